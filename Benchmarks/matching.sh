#!/usr/bin/env bash
# Lexicon matching + TF-IDF vectorising throughput, with a JSON-parse-only baseline.
#
#   Benchmarks/matching.sh [--bin PATH] [--corpus FILE] [--runs N] [--lexicons DIR]
#
# There is no matching-only subcommand, so two whole-process figures bracket it, on the
# decompressed corpus (default xwlb-2019), best of N runs (default 3), single-threaded:
#   match   policy-topics tag --classifier cosine --jobs 1 --model ZS FILE > /dev/null
#           ZS = policy-topics train --zero-shot: lexicon prototypes only, so the work per article
#           is read + lexicon matching + TF-IDF vectorising + cosine + JSONL output
#   parse   policy-topics split FILE > /dev/null     (read and rewrite JSONL, no tagging)
# MB/s = raw text bytes (UTF-8 title + text) / wall seconds, 1 MB = 1e6 bytes. The difference of
# the two times estimates what matching + vectorising + cosine (+ the larger tag records) cost.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BIN=$DEFAULT_BIN
CORPUS="$SHARED_DIR/corpora/xwlb/xwlb-2019.jsonl.gz"
RUNS=3
LEXICON_OPTIONS=()   # --lexicons for train and tag (default: policy-topics' own lookup)

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --bin) BIN=$(abspath "$2"); shift 2 ;;
    --corpus) CORPUS=$(abspath "$2"); shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --lexicons) LEXICON_OPTIONS=(--lexicons "$(abspath "$2")"); shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "unknown argument: $1" >&2; usage 64 >&2 ;;
  esac
done

require_bin "$BIN"
make_workdir
cd "$REPO_ROOT"

FILE="$WORK/corpus.jsonl"
decompress "$CORPUS" "$FILE"
bytes=$(raw_bytes "$FILE")
docs=$(grep -c . "$FILE")
echo "corpus: $(basename "$CORPUS"), $docs records, $(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB raw text" >&2

ZS="$WORK/zs.ptmodel"
"$BIN" train --zero-shot --out "$ZS" ${LEXICON_OPTIONS[@]+"${LEXICON_OPTIONS[@]}"} > /dev/null 2> "$WORK/train.log" \
  || { cat "$WORK/train.log" >&2; die "zero-shot training failed"; }

echo "match: tag --classifier cosine --jobs 1, zero-shot model (best of $RUNS)" >&2
result=$(best_of "$RUNS" "$WORK/tag.log" "$BIN" tag --classifier cosine --jobs 1 --model "$ZS" \
  ${LEXICON_OPTIONS[@]+"${LEXICON_OPTIONS[@]}"} "$FILE")
read -r tag_wall tag_rss <<< "$result"
echo "parse: split (best of $RUNS)" >&2
result=$(best_of "$RUNS" "$WORK/split.log" "$BIN" split "$FILE")
read -r split_wall split_rss <<< "$result"

echo
echo "$docs articles, $(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB raw text; best of $RUNS, one thread"
printf '%-52s  %8s  %8s  %10s\n' "measure" "wall s" "MB/s" "peak RSS"
printf '%-52s  %8s  %8s  %10s\n' "$(printf '%.0s-' {1..52})" "--------" "--------" "----------"
printf '%-52s  %8s  %8s  %10s\n' "match+vectorise+cosine (tag, zero-shot, cosine)" "$tag_wall" "$(mbps "$bytes" "$tag_wall")" "$(mib "$tag_rss") MiB"
printf '%-52s  %8s  %8s  %10s\n' "JSON parse + rewrite only (split)" "$split_wall" "$(mbps "$bytes" "$split_wall")" "$(mib "$split_rss") MiB"
extra=$(awk -v a="$tag_wall" -v b="$split_wall" 'BEGIN { printf "%.2f", a - b }')
if awk -v e="$extra" 'BEGIN { exit !(e > 0) }'; then
  printf '%-52s  %8s  %8s\n' "difference (tag - split)" "$extra" "$(mbps "$bytes" "$extra")"
else
  printf '%-52s  %8s  %8s\n' "difference (tag - split)" "$extra" "n/a (noise)"
fi
