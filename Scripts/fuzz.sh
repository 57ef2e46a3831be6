#!/usr/bin/env bash
# Fuzzes the parsers of untrusted input with libFuzzer.
#
#   Scripts/fuzz.sh [TARGET...] [--seconds N]
#
# Builds `policy-fuzz` with -sanitize=fuzzer,address (scratch path .build-fuzz), then runs each
# target (default: all of jsonl csv page lexicon model date features gzip) for N seconds (default
# 60), starting from the inputs in Fuzz/Corpus/TARGET. New inputs libFuzzer finds go to a
# temporary copy, not into the repository. A crash stops the run and leaves the input that
# causes it in Fuzz/crashes/; replay it with
#   swift run policy-fuzz TARGET Fuzz/crashes/FILE
# and, once fixed, add it to Fuzz/Corpus/TARGET so the tests keep checking it.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET=60
TARGETS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_PER_TARGET=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) TARGETS+=("$1"); shift ;;
  esac
done
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(jsonl csv page lexicon model date features gzip)

swift build --scratch-path .build-fuzz --product policy-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library
BIN=$(swift build --scratch-path .build-fuzz --show-bin-path)/policy-fuzz

WORK=$(mktemp -d "${TMPDIR:-/tmp}/policy-fuzz.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p Fuzz/crashes
status=0
for target in "${TARGETS[@]}"; do
  [ -d "Fuzz/Corpus/$target" ] || { echo "no corpus for target '$target'" >&2; exit 64; }
  mkdir -p "$WORK/$target"
  cp "Fuzz/Corpus/$target"/* "$WORK/$target/"
  echo "== $target: ${SECONDS_PER_TARGET} s"
  if ! POLICY_FUZZ_TARGET=$target "$BIN" "$WORK/$target" -max_total_time="$SECONDS_PER_TARGET" \
    -max_len=65536 -artifact_prefix="Fuzz/crashes/$target-" -print_final_stats=1 2> "$WORK/$target.log"; then
    status=1
    tail -n 40 "$WORK/$target.log"
    echo "== $target: CRASH (input saved under Fuzz/crashes/)"
  else
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$WORK/$target.log" | sed 's/^/   /'
    echo "== $target: no crash"
  fi
done
exit $status
