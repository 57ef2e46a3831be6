#!/usr/bin/env bash
# Tagging throughput by input and output kind: JSONL, CSV and bulletin pages.
#
#   Benchmarks/inputs.sh [--bin PATH] [--corpus FILE] [--pages DIR] [--runs N] [--model FILE] [--lexicons DIR]
#
# The same articles as JSONL (the corpus, default xwlb-2019) and as CSV (id,date,title,text,
# written from it here), each tagged to JSONL and to CSV; and a directory of plain-text
# bulletin pages (default ../shared/corpora/xwlb/daily-pages-2024), split into articles and
# tagged, and split alone. Best of N runs (default 3) of `policy-topics tag --jobs 1|2 ...`
# (`split --jobs 1|2` for the split rows). MB/s: for JSONL and CSV the raw text bytes (UTF-8 title + text,
# as peers.py counts them); for pages the bytes of the page files. 1 MB = 1e6 bytes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BIN=$DEFAULT_BIN
CORPUS="$SHARED_DIR/corpora/xwlb/xwlb-2019.jsonl.gz"
PAGES="$SHARED_DIR/corpora/xwlb/daily-pages-2024"
RUNS=3
TAG_OPTIONS=()

usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

while [ $# -gt 0 ]; do
  common_option "$@"
  if [ "$USED" -gt 0 ]; then shift "$USED"; continue; fi
  case "$1" in
    --corpus) CORPUS=$(abspath "$2"); shift 2 ;;
    --pages) PAGES=$(abspath "$2"); shift 2 ;;
    *) echo "unknown argument: $1" >&2; usage 64 >&2 ;;
  esac
done

require_bin "$BIN"
[ -d "$PAGES" ] || die "$PAGES: no such directory"
make_workdir
cd "$REPO_ROOT"

JSONL="$WORK/corpus.jsonl"
CSV="$WORK/corpus.csv"
decompress "$CORPUS" "$JSONL"
python3 - "$JSONL" "$CSV" <<'PY'
import csv, json, sys
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8", newline="") as dst:
    out = csv.writer(dst)
    out.writerow(["id", "date", "title", "text"])
    for line in src:
        if line.strip():
            d = json.loads(line)
            out.writerow([d.get("id", ""), d.get("date", ""), d.get("title") or "", d.get("text") or ""])
PY
text_bytes=$(raw_bytes "$JSONL")
page_bytes=$(cat "$PAGES"/* | wc -c)
page_files=$(ls "$PAGES" | wc -l)

rows=()
measure() {  # measure LABEL BYTES CMD...
  local label=$1 bytes=$2; shift 2
  echo "$label (best of $RUNS)" >&2
  local result wall rss
  result=$(best_of "$RUNS" "$WORK/run.log" "$@")
  read -r wall rss <<< "$result"
  rows+=("$(printf '%-44s  %8s  %8s  %9s' "$label" "$wall" "$(mbps "$bytes" "$wall")" "$(mib "$rss")")")
}

T=(${TAG_OPTIONS[@]+"${TAG_OPTIONS[@]}"})
for jobs in 1 2; do
  measure "JSONL -> JSONL, tag --jobs $jobs" "$text_bytes" "$BIN" tag --jobs "$jobs" ${T[@]+"${T[@]}"} "$JSONL"
  measure "JSONL -> CSV, tag --jobs $jobs" "$text_bytes" "$BIN" tag --jobs "$jobs" --format csv ${T[@]+"${T[@]}"} "$JSONL"
  measure "CSV -> JSONL, tag --jobs $jobs" "$text_bytes" "$BIN" tag --jobs "$jobs" ${T[@]+"${T[@]}"} "$CSV"
  measure "pages -> JSONL, tag --jobs $jobs" "$page_bytes" "$BIN" tag --jobs "$jobs" ${T[@]+"${T[@]}"} "$PAGES"
  measure "pages -> articles, split --jobs $jobs" "$page_bytes" "$BIN" split --jobs "$jobs" "$PAGES"
done

echo
echo "$(basename "$CORPUS"): $(awk -v b="$text_bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB raw text;" \
  "$(basename "$PAGES"): $page_files pages, $(awk -v b="$page_bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB"
printf '%-44s  %8s  %8s  %9s\n' "input -> output, command" "wall s" "MB/s" "RSS MiB"
printf '%-44s  %8s  %8s  %9s\n' "$(printf '%.0s-' {1..44})" "--------" "--------" "---------"
printf '%s\n' "${rows[@]}"
