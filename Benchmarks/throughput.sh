#!/usr/bin/env bash
# Tagging throughput of policy-topics next to the peer pipelines (peers.py throughput).
#
#   Benchmarks/throughput.sh [--bin PATH] [--peers-python PATH] [--corpus FILE] [--runs N] [--no-peers]
#                            [--model FILE] [--lexicons DIR]
#   Benchmarks/throughput.sh --all-years [--bin PATH] [--rss-limit-mib N] [--model FILE] [--lexicons DIR]
#
# Default mode: decompresses the corpus (xwlb-2019) once, then measures (to the millisecond) N
# rounds (default 3) of: `policy-topics tag --jobs 1 FILE > /dev/null` and `--jobs 2`, two
# `--jobs 1` processes tagging the two halves of FILE at once (what two cores can give at
# most), a one-record run (start-up), and `tag --jobs 1` / `--jobs 2` of the .gz file itself
# (ISA-L inflating it on the way), and `--jobs 1` / `--jobs 2` of FILE four times over (one
# 4x file), whose difference from one copy is the time per copy without the fixed cost of a run
# (start-up, loading, exit); it reports the best and the median of each. Rounds run every
# configuration in turn, so the host's slow spells weigh on all of them alike. Then it runs
# `peers.py throughput --train dev.jsonl --input FILE --json` once. MB/s is raw text
# bytes (UTF-8 title + text, as peers.py counts them) per wall second, 1 MB = 1e6 bytes.
#
# --all-years: `zcat xwlb-*.jsonl.gz | policy-topics tag --jobs 2 - > /dev/null`, timing the tag
# process; fails when its peak RSS exceeds the limit (default 150 MiB).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BIN=$DEFAULT_BIN
PEERS_PYTHON=$DEFAULT_PEERS_PYTHON
PEERS=$DEFAULT_PEERS
CORPUS="$SHARED_DIR/corpora/xwlb/xwlb-2019.jsonl.gz"
TRAIN="$SHARED_DIR/labelled/dev.jsonl"
CORPUS_DIR="$SHARED_DIR/corpora/xwlb"
RUNS=3
WITH_PEERS=1
ALL_YEARS=0
RSS_LIMIT_MIB=150
TAG_OPTIONS=()   # --model / --lexicons for policy-topics tag (default: its own lookup)

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

while [ $# -gt 0 ]; do
  common_option "$@"
  if [ "$USED" -gt 0 ]; then shift "$USED"; continue; fi
  case "$1" in
    --peers-python) PEERS_PYTHON=$(abspath "$2"); shift 2 ;;
    --peers) PEERS=$(abspath "$2"); shift 2 ;;
    --corpus) CORPUS=$(abspath "$2"); shift 2 ;;
    --corpus-dir) CORPUS_DIR=$(abspath "$2"); shift 2 ;;
    --train) TRAIN=$(abspath "$2"); shift 2 ;;
    --no-peers) WITH_PEERS=0; shift ;;
    --all-years) ALL_YEARS=1; shift ;;
    --rss-limit-mib) RSS_LIMIT_MIB=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; usage 64 >&2 ;;
  esac
done

require_bin "$BIN"
make_workdir
cd "$REPO_ROOT"

if [ "$ALL_YEARS" = 1 ]; then
  shopt -s nullglob
  files=("$CORPUS_DIR"/*.jsonl.gz)
  [ ${#files[@]} -gt 0 ] || die "no *.jsonl.gz under $CORPUS_DIR"
  echo "counting raw text bytes of ${#files[@]} files ..." >&2
  bytes=$(raw_bytes "${files[@]}")
  echo "zcat ${#files[@]} files | policy-topics tag --jobs 2 - > /dev/null" >&2
  # time only the tag process; zcat feeds it through the pipe
  zcat "${files[@]}" | "$TIME_BIN" -f '%e %M' -o "$WORK/all.time" "$BIN" tag --jobs 2 ${TAG_OPTIONS[@]+"${TAG_OPTIONS[@]}"} - \
    > /dev/null 2> "$WORK/all.log" || { tail -n 20 "$WORK/all.log" >&2; die "tag failed"; }
  read -r wall rss < "$WORK/all.time"
  limit_kb=$((RSS_LIMIT_MIB * 1024))
  echo
  echo "all years: ${#files[@]} files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB raw text"
  printf '%-28s %10s\n' "wall time" "${wall} s"
  printf '%-28s %10s\n' "throughput" "$(mbps "$bytes" "$wall") MB/s"
  printf '%-28s %10s\n' "peak RSS" "$(mib "$rss") MiB (${rss} KB)"
  grep -i -E 'tagged|warning|rejected' "$WORK/all.log" | tail -n 3 | sed 's/^/  tag: /' || true
  if [ "$rss" -le "$limit_kb" ]; then
    echo "RSS check: PASS (<= ${RSS_LIMIT_MIB} MiB)"
  else
    echo "RSS check: FAIL (> ${RSS_LIMIT_MIB} MiB)"
    exit 1
  fi
  exit 0
fi

FILE="$WORK/corpus.jsonl"
decompress "$CORPUS" "$FILE"
bytes=$(raw_bytes "$FILE")
docs=$(grep -c . "$FILE")
echo "corpus: $(basename "$CORPUS"), $docs records, $(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB raw text" >&2

# What two cores can give at most: the two halves of the corpus tagged by two independent
# `--jobs 1` processes at once (no shared state; each pays the whole start-up), and the
# start-up alone (a one-record file).
half=$(( (docs + 1) / 2 ))
head -n "$half" "$FILE" > "$WORK/half1.jsonl"
tail -n +"$((half + 1))" "$FILE" > "$WORK/half2.jsonl"
head -n 1 "$FILE" > "$WORK/one.jsonl"
cat "$FILE" "$FILE" "$FILE" "$FILE" > "$WORK/four.jsonl"
TAG_ARGS=(${TAG_OPTIONS[@]+"${TAG_OPTIONS[@]}"})
# run_config NAME: one timed run of configuration NAME, appended to $WORK/times.NAME.
run_config() {
  local result
  run_tag() { timed /dev/null "$WORK/$1.log" "$BIN" tag --jobs "$2" ${TAG_ARGS[@]+"${TAG_ARGS[@]}"} "$3"; }
  case "$1" in
    tag1) result=$(run_tag "$1" 1 "$FILE") ;;
    tag2) result=$(run_tag "$1" 2 "$FILE") ;;
    gz1) result=$(run_tag "$1" 1 "$CORPUS") ;;
    gz2) result=$(run_tag "$1" 2 "$CORPUS") ;;
    one) result=$(run_tag "$1" 1 "$WORK/one.jsonl") ;;
    four1) result=$(run_tag "$1" 1 "$WORK/four.jsonl") ;;
    four2) result=$(run_tag "$1" 2 "$WORK/four.jsonl") ;;
    pair) result=$(timed /dev/null "$WORK/$1.log" bash -c \
      '"$1" tag --jobs 1 "${@:4}" "$2" > /dev/null & "$1" tag --jobs 1 "${@:4}" "$3" > /dev/null; wait' \
      pair "$BIN" "$WORK/half1.jsonl" "$WORK/half2.jsonl" ${TAG_ARGS[@]+"${TAG_ARGS[@]}"}) ;;
  esac
  [ -n "$result" ] || die "$1 failed"
  echo "$result" >> "$WORK/times.$1"
}
CONFIGS=(tag1 tag2 pair one four1 four2)
case "$CORPUS" in *.gz) CONFIGS+=(gz1 gz2) ;; esac
# Rounds of every configuration in turn, so a slow spell of the host weighs on all alike.
for ((round = 1; round <= RUNS; round++)); do
  echo "ours: round $round of $RUNS (${CONFIGS[*]})" >&2
  for config in "${CONFIGS[@]}"; do run_config "$config"; done
done
# best_median NAME: "BEST MEDIAN PEAK_RSS_KB" of configuration NAME's runs.
best_median() {
  sort -n "$WORK/times.$1" | awk '{ w[NR] = $1; if ($2 > r) r = $2 }
    END { m = (NR % 2) ? w[(NR + 1) / 2] : (w[NR / 2] + w[NR / 2 + 1]) / 2; print w[1], m, r }'
}
read -r wall1 med1 rss1 <<< "$(best_median tag1)"
read -r wall2 med2 rss2 <<< "$(best_median tag2)"
read -r wallpair _ _ <<< "$(best_median pair)"
read -r wallone _ _ <<< "$(best_median one)"
read -r four1 _ _ <<< "$(best_median four1)"
read -r four2 _ _ <<< "$(best_median four2)"
gzline=""
if [ -f "$WORK/times.gz1" ]; then
  read -r gwall1 gmed1 _ <<< "$(best_median gz1)"
  read -r gwall2 gmed2 _ <<< "$(best_median gz2)"
  gzline="$gwall1 $gmed1 $gwall2 $gmed2"
fi

pwall="" prss=""
if [ "$WITH_PEERS" = 1 ]; then
  [ -x "$PEERS_PYTHON" ] || die "$PEERS_PYTHON missing: run bash ../shared/peers/setup.sh, or pass --no-peers"
  [ -f "$PEERS" ] || die "$PEERS missing"
  echo "peers: peers.py throughput (once, slow)" >&2
  result=$(timed "$WORK/peers.json" "$WORK/peers.log" \
    "$PEERS_PYTHON" "$PEERS" throughput --train "$TRAIN" --input "$FILE" --json)
  read -r pwall prss <<< "$result"
else
  echo '{"results": {}}' > "$WORK/peers.json"
fi

echo
python3 - "$bytes" "$docs" "$wall1" "$rss1" "$wall2" "$rss2" "$WORK/peers.json" "$pwall" "$prss" "$RUNS" \
  "$wallpair" "$wallone" "$med1" "$med2" "$gzline" "$(basename "$CORPUS")" "$four1" "$four2" <<'PY'
import json, sys
bytes_, docs = int(sys.argv[1]), int(sys.argv[2])
wall1, rss1, wall2, rss2 = float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
peers = json.load(open(sys.argv[7]))
pwall, prss, runs = sys.argv[8], sys.argv[9], sys.argv[10]
wallpair, wallone = float(sys.argv[11]), float(sys.argv[12])
med1, med2, gzline, corpus_name = float(sys.argv[13]), float(sys.argv[14]), sys.argv[15], sys.argv[16]
four1, four2 = float(sys.argv[17]), float(sys.argv[18])
if peers.get("bytes") not in (None, bytes_):
    print(f"note: peers.py counted {peers['bytes']} bytes, this script {bytes_}")
mb = lambda s: bytes_ / s / 1e6 if s > 0 else float("inf")
mib = lambda kb: f"{kb / 1024:.1f} MiB"
print(f"{docs} articles, {bytes_ / 1e6:.2f} MB raw text (UTF-8 title + text); MB = 1e6 bytes")
rows = [
    (f"ours tag --jobs 1 (best of {runs})", wall1, mb(wall1), mib(rss1)),
    (f"ours tag --jobs 2 (best of {runs})", wall2, mb(wall2), mib(rss2)),
    (f"ours tag --jobs 1 (median)", med1, mb(med1), ""),
    (f"ours tag --jobs 2 (median)", med2, mb(med2), ""),
]
if gzline:
    g1, gm1, g2, gm2 = map(float, gzline.split())
    rows += [
        (f"ours tag --jobs 1 {corpus_name} (best)", g1, mb(g1), ""),
        (f"ours tag --jobs 2 {corpus_name} (best)", g2, mb(g2), ""),
    ]
peer_rows = sorted(((f"peer {n}", r["seconds"], r["mb_per_s"], "") for n, r in peers["results"].items()),
                   key=lambda r: -r[2])
if pwall:
    peer_rss = mib(int(prss))
    peer_rows = [(n, s, m, peer_rss) for n, s, m, _ in peer_rows]
w = max(len("pipeline (peers: predict only)"), *(len(r[0]) for r in rows + peer_rows))
print(f"{'pipeline (peers: predict only)':<{w}}  {'wall s':>8}  {'MB/s':>8}  {'peak RSS':>12}")
print(f"{'-' * w}  {'-' * 8}  {'-' * 8}  {'-' * 12}")
for n, s, m, r in rows + peer_rows:
    print(f"{n:<{w}}  {s:8.2f}  {m:8.2f}  {r:>12}")
print()
print(f"speed-up jobs 2 / jobs 1:          {wall1 / wall2:6.2f}x   (medians: {med1 / med2:.2f}x)")
if gzline:
    print(f"speed-up on the .gz file itself:   {g1 / g2:6.2f}x   (medians: {gm1 / gm2:.2f}x; inflating is serial, so two threads hide it)")
print(f"two-core ceiling:                  {wall1 / wallpair:6.2f}x   (two --jobs 1 processes on the halves at once: {wallpair:.3f} s)")
print(f"start-up, one record:              {wallone * 1000:6.0f} ms  (serial in every run)")
# Time per copy of the corpus without a run's fixed cost: the 4x file less one copy, over 3.
copy1, copy2 = (four1 - wall1) / 3, (four2 - wall2) / 3
print(f"speed-up per copy, fixed cost out: {copy1 / copy2:6.2f}x   (a copy takes {copy1 * 1000:.1f} / {copy2 * 1000:.1f} ms;"
      f" fixed cost of a run {(wall1 - copy1) * 1000:.1f} / {(wall2 - copy2) * 1000:.1f} ms)")
print(f"speed-up on the 4x file:           {four1 / four2:6.2f}x   ({4 * bytes_ / 1e6:.1f} MB: {mb(four1 / 4) :.1f} / {mb(four2 / 4):.1f} MB/s)")
if peer_rows:
    best = peer_rows[0]
    print(f"ours jobs 2 / best peer:           {mb(wall2) / best[2]:6.2f}x   (best peer: {best[0][len('peer '):]})")
    print(f"ours jobs 1 / best peer:           {mb(wall1) / best[2]:6.2f}x")
    print(f"peers.py process: {float(pwall):.1f} s wall in all (training, reading, every peer), peak RSS {mib(int(prss))}")
print("ours = whole process (start-up, model load, JSON parse, tagging, JSONL output);"
      " peers = predict() only, as peers.py times it")
PY
