# Helpers shared by throughput.sh and matching.sh (sourced, not run).
#
# Both scripts accept paths relative to the directory they are started from, then work from the
# repository root so policy-topics finds Lexicons/ and Models/ the way it does for a user there.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(dirname "$BENCH_DIR")
SHARED_DIR="$REPO_ROOT/../shared"
DEFAULT_BIN="$REPO_ROOT/.build-bench/release/policy-topics"
DEFAULT_PEERS_PYTHON=/tmp/policy-topics-peers/bin/python
DEFAULT_PEERS="$SHARED_DIR/peers/peers.py"
TIME_BIN=/usr/bin/time

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# abspath PATH: PATH made absolute against the current directory (the file need not exist).
abspath() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$PWD/$1" ;;
  esac
}

require_bin() {
  [ -x "$1" ] || die "$1: not an executable; build with: swift build -c release --scratch-path .build-bench"
  [ -x "$TIME_BIN" ] || die "$TIME_BIN is missing (apt-get install time)"
}

# make_workdir: sets WORK to a fresh temporary directory removed on exit.
make_workdir() {
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/pt-bench.XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
}

# decompress GZ OUT: gunzips GZ to OUT once (plain files are copied).
decompress() {
  case "$1" in
    *.gz) gzip -dc "$1" > "$2" ;;
    *) cp "$1" "$2" ;;
  esac
}

# raw_bytes FILE...: total UTF-8 bytes of title + "\n" + text over every JSONL record, counted
# as peers.py counts them (its doc_text), so MB/s figures share one denominator.
raw_bytes() {
  python3 - "$@" <<'PY'
import gzip, json, sys
total = 0
for path in sys.argv[1:]:
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                total += len(((d.get("title") or "") + "\n" + (d.get("text") or "")).encode("utf-8"))
print(total)
PY
}

# timed OUT LOG CMD...: runs CMD (stdout to OUT, stderr to LOG) and prints "WALL_SECONDS
# MAX_RSS_KB", the wall time to the millisecond (a 0.15 s run measured to 10 ms, as
# /usr/bin/time's %e gives it, is off by up to 7 %). Prints nothing and returns 1 when CMD fails.
timed() {
  local out=$1 log=$2; shift 2
  if ! python3 - "$out" "$log" "$@" <<'PY'
import os, sys, time
out, log, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(out, "wb") as o, open(log, "wb") as e:
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.dup2(o.fileno(), 1)
        os.dup2(e.fileno(), 2)
        os.execvp(cmd[0], cmd)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
if os.waitstatus_to_exitcode(status) != 0:
    sys.exit(1)
print(f"{wall:.3f} {usage.ru_maxrss}")
PY
  then
    echo "command failed: $*" >&2
    tail -n 20 "$log" >&2
    return 1
  fi
}

# best_of N LOG CMD...: runs CMD N times; prints "BEST_WALL_SECONDS PEAK_RSS_KB" (the smallest
# wall time, the largest RSS over the runs) and reports each run on stderr. stdout goes to
# /dev/null.
best_of() {
  local n=$1 log=$2; shift 2
  local best="" peak=0 i wall rss
  for ((i = 1; i <= n; i++)); do
    read -r wall rss <<< "$(timed /dev/null "$log" "$@")"
    [ -n "$wall" ] || return 1
    echo "    run $i: ${wall} s, ${rss} KB" >&2
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$wall; fi
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  echo "$best $peak"
}

# mbps BYTES SECONDS: megabytes (1e6 bytes) per second.
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.2f", b / s / 1e6; else print "inf" }'; }

# ratio A B: A / B to two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# mib KB: kilobytes as MiB.
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# common_option ARGS...: handles an option every tagging benchmark takes — --bin PATH,
# --runs N, --model FILE, --lexicons DIR (the last two appended to TAG_OPTIONS for `tag`),
# -h/--help (calls the script's usage) — and sets USED to the number of arguments it took (0
# when the first is none of these).
common_option() {
  USED=2
  case "$1" in
    --bin) BIN=$(abspath "$2") ;;
    --runs) RUNS=$2 ;;
    --model) TAG_OPTIONS+=(--model "$(abspath "$2")") ;;
    --lexicons) TAG_OPTIONS+=(--lexicons "$(abspath "$2")") ;;
    -h|--help) usage 0 ;;
    *) USED=0 ;;
  esac
}
