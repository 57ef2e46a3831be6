#!/usr/bin/env bash
# Renders an HTML report with headless Chromium and checks that the result is not blank.
#
# Usage: Scripts/check-html-report.sh FILE.html [OUT.png]
#
# Checks, printing what it measured:
#   - FILE.html contains the share chart (id="share-chart") and loads nothing from the
#     network (no http:// or https://, no <script src>);
#   - the screenshot has more than MIN_COLOURS distinct colours (default 16) and more than
#     MIN_INK (default 0.01) of its pixels are not near-white.
# Exits 0 when all checks pass, 1 when one fails, 2 on usage or tool errors.
#
# Needs chromium (apt-get install -y chromium) and python3 (standard library only). Install
# a CJK font (apt-get install -y fonts-wqy-microhei or fonts-noto-cjk) so Chinese renders.
# The screenshot goes to OUT.png, by default a new file under ${TMPDIR:-/tmp}; it is kept.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || "$1" == "-h" || "$1" == "--help" ]]; then
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

html=$1
if [[ ! -f "$html" ]]; then
  echo "check-html-report: no such file: $html" >&2
  exit 2
fi
html_abs=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
png=${2:-$(mktemp "${TMPDIR:-/tmp}/check-html-report.XXXXXX.png")}

browser=${CHROMIUM:-}
if [[ -z "$browser" ]]; then
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
  done
fi
if [[ -z "$browser" ]]; then
  echo "check-html-report: chromium not found; install it with: apt-get install -y chromium" >&2
  exit 2
fi

rm -f "$png"
# Chromium logs harmless D-Bus and GPU warnings on stderr; keep them unless it fails.
log=$(mktemp "${TMPDIR:-/tmp}/check-html-report.XXXXXX.log")
trap 'rm -f "$log"' EXIT
if ! "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --screenshot="$png" --window-size=1280,2000 "file://$html_abs" >"$log" 2>&1; then
  cat "$log" >&2
  echo "check-html-report: $browser failed" >&2
  exit 2
fi
if [[ ! -s "$png" ]]; then
  cat "$log" >&2
  echo "check-html-report: no screenshot written to $png" >&2
  exit 2
fi

python3 - "$html_abs" "$png" "${MIN_COLOURS:-16}" "${MIN_INK:-0.01}" <<'PY'
import re
import struct
import sys
import zlib

html_path, png_path, min_colours, min_ink = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])


def read_png(path):
    """Decodes an 8-bit non-interlaced PNG (grey, RGB, grey+alpha or RGBA) into rows of bytes."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour_type, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour_type)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour_type}, interlace {interlace}")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous, pos = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[pos]
        line = bytearray(raw[pos + 1:pos + 1 + stride])
        pos += 1 + stride
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                predictor = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


failures = []
with open(html_path, encoding="utf-8") as f:
    html = f.read()
has_chart = 'id="share-chart"' in html
external = re.findall(r"https?://", html)
script_src = re.findall(r"<script[^>]*\bsrc=", html, flags=re.I)
print(f"html: {html_path} ({len(html.encode('utf-8'))} bytes)")
print(f"  chart id share-chart: {'yes' if has_chart else 'NO'}")
print(f"  http(s):// references: {len(external)}; <script src>: {len(script_src)}")
if not has_chart:
    failures.append('the HTML has no element with id="share-chart"')
if external or script_src:
    failures.append("the HTML references the network")

width, height, channels, rows = read_png(png_path)
colours = set()
ink = 0
for row in rows:
    for x in range(0, len(row), channels):
        px = row[x:x + 3] if channels >= 3 else row[x:x + 1] * 3
        colours.add(px)
        if min(px) < 240:
            ink += 1
total = width * height
ink_fraction = ink / total
# Rows with any non-white pixel: how far down the page content reaches.
last_row = max((y for y, row in enumerate(rows) if any(v < 240 for v in row)), default=-1)
print(f"png: {png_path} ({width}x{height}, {channels} channels)")
print(f"  distinct colours: {len(colours)} (need > {min_colours})")
print(f"  non-white pixels: {ink_fraction:.2%} (need > {min_ink:.2%})")
print(f"  lowest non-white row: {last_row}")
if len(colours) <= min_colours:
    failures.append(f"only {len(colours)} distinct colours: the page looks blank")
if ink_fraction <= min_ink:
    failures.append(f"only {ink_fraction:.2%} of pixels are not white: the page looks blank")

if failures:
    for failure in failures:
        print(f"FAIL: {failure}")
    sys.exit(1)
print("OK")
PY
