#!/usr/bin/env bash
# Kill-and-resume reliability test for `policy-topics ingest` (SQLite store, WAL mode).
#
# Usage: Scripts/kill-resume.sh [BIN] [ROUNDS=20]
#   BIN     policy-topics binary (default: .build-kill/release/policy-topics)
#   ROUNDS  kill/resume rounds (default 20); one extra round checks readers during a write.
#
# Input: the xwlb corpus years in KR_YEARS (default "2018 2019") from ../shared/corpora/xwlb,
# relative to the repository root, concatenated into one JSONL file. Skips (exit 0) when
# ../shared is absent.
#
# 1. Reference: a clean full ingest (--batch-size KR_BATCH, default 500) into a fresh store;
#    records its duration, article count, the `export` output (id order and sorted) and a
#    digest of every score and mention row keyed by content hash.
# 2. Each round: fresh store; ingest in the background; after a random 0.05 s .. reference
#    duration, kill -9. Then, on a byte copy of the killed store (db + -wal, so the resumed
#    ingest still meets the raw post-crash files; KR_CHECK_IN_PLACE=1 checks the store itself):
#      - PRAGMA integrity_check prints ok, PRAGMA foreign_key_check prints nothing;
#      - every article has a taggings row and one score per topic of the current model, and
#        no score/tagging/mention row lacks its article;
#      - the committed articles are exactly the first N articles of the reference export
#        (same order), and N ends on a batch boundary (when every input line is a record).
#    Then the same ingest runs to completion on the killed store and must report
#    "added = reference - N"; the final store must pass the same checks, hold the reference
#    count, and its sorted export and score/mention digest must equal the reference.
# 3. Extra round: `report --period week --format csv --out -` three times while an ingest
#    writes; each must exit 0 while the ingest is still running.
# Prints one line per round and "R passed, F failed" last; exits 1 on any failure, 2 on
# usage or setup errors. Env: KR_SEED (random seed), KR_WORK (work dir, default a new
# /tmp/kr.XXXXXX, removed unless KR_KEEP=1 or a round failed), KR_INPUT (ready input file),
# KR_RESOURCES (folder holding Models/default.ptmodel and Lexicons/, default the repository
# root; both are copied into the work dir and passed as --model/--lexicons, so edits to the
# checkout during the run cannot change the model between reference and rounds).
set -uo pipefail

usage() { sed -n '2,33p' "$0" | sed 's/^# \{0,1\}//'; }
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" || $# -gt 2 ]]; then usage; [[ $# -gt 2 ]] && exit 2; exit 0; fi

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2
bin=${1:-.build-kill/release/policy-topics}
rounds=${2:-20}
batch=${KR_BATCH:-500}
years=${KR_YEARS:-"2018 2019"}
seed=${KR_SEED:-$(( $(date +%s) % 32768 ))}
RANDOM=$seed

[[ "$rounds" =~ ^[0-9]+$ ]] || { echo "kill-resume: ROUNDS must be a number: $rounds" >&2; exit 2; }
[[ "$bin" == /* ]] || bin="$root/$bin"
[[ -x "$bin" ]] || { echo "kill-resume: no executable at $bin (build: swift build -c release --scratch-path .build-kill)" >&2; exit 2; }

if ! command -v sqlite3 >/dev/null 2>&1; then
  echo "kill-resume: installing sqlite3" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq sqlite3 >/dev/null; fi
  command -v sqlite3 >/dev/null 2>&1 || { echo "kill-resume: sqlite3 unavailable" >&2; exit 2; }
fi

work=${KR_WORK:-$(mktemp -d /tmp/kr.XXXXXX)}
mkdir -p "$work"
keep=${KR_KEEP:-0}
cleanup() { [[ "$keep" == 1 ]] || rm -rf "$work"; }
trap cleanup EXIT

input=${KR_INPUT:-/tmp/kr-input.jsonl}
if [[ -z "${KR_INPUT:-}" ]]; then
  if [[ ! -d ../shared ]]; then
    echo "kill-resume: ../shared is absent (no corpus); skipping"
    exit 0
  fi
  files=()
  for y in $years; do
    f=../shared/corpora/xwlb/xwlb-$y.jsonl.gz
    [[ -f "$f" ]] || { echo "kill-resume: missing $f; skipping"; exit 0; }
    files+=("$f")
  done
  zcat "${files[@]}" > "$input" || { echo "kill-resume: cannot decompress ${files[*]}" >&2; exit 2; }
fi
[[ -s "$input" ]] || { echo "kill-resume: empty input $input" >&2; exit 2; }

resources=${KR_RESOURCES:-$root}
[[ -f "$resources/Models/default.ptmodel" && -d "$resources/Lexicons" ]] ||
  { echo "kill-resume: no Models/default.ptmodel and Lexicons/ under $resources" >&2; exit 2; }
mkdir -p "$work/Models" && cp "$resources/Models/default.ptmodel" "$work/Models/default.ptmodel"
cp -R "$resources/Lexicons" "$work/Lexicons"
pin=(--model "$work/Models/default.ptmodel" --lexicons "$work/Lexicons")

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
# ingest DB [&]: the binary itself (not a function or subshell), so that $! is its pid and kill -9 hits it.
ingest_args=(--batch-size "$batch" "${pin[@]}" "$input")
ingest() { "$bin" ingest --db "$1" "${ingest_args[@]}"; }

# Consistency of a store: prints "N cm missing_tagging bad_scores orphan_scores orphan_taggings orphan_mentions".
consistency_sql="
WITH cm AS (SELECT CAST(value AS INTEGER) AS id FROM meta WHERE key = 'current_model'),
     mt AS (SELECT m.id, length(m.topics) - length(replace(m.topics, ',', '')) + 1 AS n FROM models m JOIN cm ON m.id = cm.id)
SELECT (SELECT COUNT(*) FROM articles),
       (SELECT COUNT(*) FROM mt),
       (SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM taggings t, cm WHERE t.article = a.id AND t.model = cm.id)),
       (SELECT COUNT(*) FROM articles a
         WHERE (SELECT COUNT(*) FROM scores s, cm WHERE s.article = a.id AND s.model = cm.id) != COALESCE((SELECT n FROM mt), -1)),
       (SELECT COUNT(*) FROM scores s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article)),
       (SELECT COUNT(*) FROM taggings t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.article)),
       (SELECT COUNT(*) FROM mentions x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article));"

# Everything tagging wrote, keyed by content hash (independent of row ids), as one digest.
digest() {
  sqlite3 -readonly "$1" "
    SELECT 's', a.content_hash, s.topic, printf('%.17g', s.score), s.is_label FROM scores s JOIN articles a ON a.id = s.article
    UNION ALL SELECT 't', a.content_hash, t.evidence, '', '' FROM taggings t JOIN articles a ON a.id = t.article
    UNION ALL SELECT 'm', a.content_hash, x.topic, x.term, x.count FROM mentions x JOIN articles a ON a.id = x.article;" |
    LC_ALL=C sort | md5sum | cut -d' ' -f1
}

# check_store DB LABEL: integrity + consistency; sets CS_N (articles) and CS_MSG; returns 1 on failure.
check_store() {
  local db=$1 ic fk tables cons
  CS_N=0 CS_MSG=""
  ic=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1)
  if [[ "$ic" != ok ]]; then CS_MSG="integrity_check: $(echo "$ic" | head -3 | tr '\n' ' ')"; return 1; fi
  tables=$(sqlite3 "$db" "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('articles','scores','taggings','mentions','meta','models')" 2>&1)
  if [[ "$tables" == 0 ]]; then CS_MSG="integrity ok (schema not created yet)"; return 0; fi
  if [[ "$tables" != 6 ]]; then CS_MSG="partial schema ($tables of 6 tables)"; return 1; fi
  fk=$(sqlite3 "$db" 'PRAGMA foreign_key_check' 2>&1)
  if [[ -n "$fk" ]]; then CS_MSG="foreign_key_check: $(echo "$fk" | head -3 | tr '\n' ' ')"; return 1; fi
  cons=$(sqlite3 -separator ' ' "$db" "$consistency_sql" 2>&1)
  local n cm mt bs os ot om
  read -r n cm mt bs os ot om <<<"$cons"
  if ! [[ "$n" =~ ^[0-9]+$ && "$om" =~ ^[0-9]+$ ]]; then CS_MSG="consistency query failed: $cons"; return 1; fi
  CS_N=$n
  if (( n > 0 && cm != 1 )); then CS_MSG="$n articles but no current model"; return 1; fi
  if (( mt || bs || os || ot || om )); then
    CS_MSG="inconsistent: $mt articles without tagging, $bs with wrong score count, orphans: $os scores $ot taggings $om mentions"
    return 1
  fi
  CS_MSG="integrity ok"
  return 0
}

# ---- reference -----------------------------------------------------------------------------------
lines=$(grep -cv '^[[:space:]]*$' "$input")
source_desc="years $years"; [[ -n "${KR_INPUT:-}" ]] && source_desc="from KR_INPUT"
echo "kill-resume: $bin, input $input ($lines records, $source_desc), batch $batch, $rounds rounds, seed $seed"
ref=$work/ref.sqlite
t0=$(now)
if ! ingest "$ref" 2>"$work/ref.err"; then echo "kill-resume: reference ingest failed:"; cat "$work/ref.err"; exit 2; fi
ref_dur=$(elapsed "$t0" "$(now)")
ref_line=$(grep 'ingested into' "$work/ref.err")
if ! check_store "$ref"; then echo "kill-resume: reference store fails its own checks: $CS_MSG"; exit 2; fi
ref_n=$CS_N
"$bin" export --db "$ref" > "$work/ref.export" || { echo "kill-resume: reference export failed" >&2; exit 2; }
LC_ALL=C sort "$work/ref.export" > "$work/ref.sorted"
ref_digest=$(digest "$ref")
ref_read=$(sed -E -n 's/.*: ([0-9]+) read.*/\1/p' <<<"$ref_line")
echo "reference: $ref_n articles in ${ref_dur} s ($ref_line)"
[[ $(wc -l < "$work/ref.export") -eq $ref_n ]] || { echo "kill-resume: reference export has $(wc -l < "$work/ref.export") lines, store $ref_n" >&2; exit 2; }

# Batch-boundary check: possible only when every non-blank input line is a record (none rejected),
# so that record index = line number - 1. The input is a single file, so origin_line is that line.
boundary_check=0
if [[ "$ref_read" == "$lines" ]] && ! grep -q '^[[:space:]]*$' "$input"; then
  boundary_check=1
  sqlite3 "$ref" 'SELECT origin_line FROM articles ORDER BY id' > "$work/ref.lines"
fi
# on_boundary N: the first N reference articles and the rest lie in different batches.
on_boundary() {
  local n=$1
  (( boundary_check == 0 || n == 0 || n == ref_n )) && return 0
  local last next
  last=$(sed -n "${n}p" "$work/ref.lines")
  next=$(sed -n "$((n + 1))p" "$work/ref.lines")
  (( (last - 1) / batch < (next - 1) / batch ))
}

# ---- kill / resume rounds ------------------------------------------------------------------------
passed=0 failed=0
ref_ms=$(awk -v d="$ref_dur" 'BEGIN { printf "%d", d * 1000 }')
(( ref_ms < 60 )) && ref_ms=60
for ((r = 1; r <= rounds; r++)); do
  dir=$work/round$r
  mkdir -p "$dir"
  db=$dir/store.sqlite
  # Draw a kill time; if the ingest finished before it (possible near the end of the range),
  # start again on a fresh store with a new draw (at most 5 draws), so that rounds test kills.
  fail="" draws=0
  while :; do
    draws=$((draws + 1))
    rm -f "$db" "$db-wal" "$db-shm"
    delay=$(awk -v lo=50 -v hi="$ref_ms" -v x="$RANDOM" 'BEGIN { printf "%.3f", (lo + (hi - lo) * x / 32767) / 1000 }')
    t0=$(now)
    "$bin" ingest --db "$db" "${ingest_args[@]}" 2>"$dir/killed.err" &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    rc=$?
    if kill -0 "$pid" 2>/dev/null; then echo "kill-resume: ingest $pid survived kill -9" >&2; exit 2; fi
    killed_after=$(elapsed "$t0" "$(now)")
    (( rc == 0 && draws < 5 )) || break
  done
  state="killed after ${killed_after} s"
  (( draws > 1 )) && state="$state (draw $draws; earlier draws came after the ingest finished)"
  (( rc == 137 )) || state="NOT killed (ingest exited $rc after ${killed_after} s, draw $draws)"
  (( rc == 0 || rc == 137 )) || fail="ingest exited $rc before the kill: $(tail -1 "$dir/killed.err")"

  # Checks on the post-kill state.
  n_kill=0 msg="no store file yet"
  if [[ -z "$fail" && -e "$db" ]]; then
    if [[ "${KR_CHECK_IN_PLACE:-0}" == 1 ]]; then snap=$db; else
      snap=$dir/snapshot.sqlite
      cp "$db" "$snap"
      [[ -e "$db-wal" ]] && cp "$db-wal" "$snap-wal"
    fi
    if check_store "$snap"; then
      n_kill=$CS_N msg=$CS_MSG
      if (( n_kill > 0 )); then
        if ! "$bin" export --db "$snap" > "$dir/killed.export" 2>"$dir/killed.export.err"; then
          fail="export of killed store failed: $(head -1 "$dir/killed.export.err")"
        elif ! cmp -s "$dir/killed.export" <(head -n "$n_kill" "$work/ref.export"); then
          fail="committed articles are not the first $n_kill reference articles"
        fi
      fi
      if [[ -z "$fail" ]] && ! on_boundary "$n_kill"; then fail="$n_kill committed articles do not end on a batch boundary"; fi
    else
      n_kill=$CS_N fail="after kill: $CS_MSG"
    fi
  fi

  # Resume.
  resumed="not resumed" same="-"
  if [[ -z "$fail" ]]; then
    t1=$(now)
    if ingest "$db" 2>"$dir/resume.err"; then
      res_dur=$(elapsed "$t1" "$(now)")
      added=$(sed -E -n 's/.*read, ([0-9]+) added.*/\1/p' "$dir/resume.err")
      if ! check_store "$db"; then fail="after resume: $CS_MSG"
      else
        resumed="resumed to $CS_N in ${res_dur} s (+$added)"
        if (( CS_N != ref_n )); then fail="resumed store has $CS_N articles, reference $ref_n"
        elif [[ "$added" != $((ref_n - n_kill)) ]]; then fail="resume added $added, expected $((ref_n - n_kill))"
        else
          "$bin" export --db "$db" 2>"$dir/export.err" | LC_ALL=C sort > "$dir/final.sorted"
          if ! cmp -s "$dir/final.sorted" "$work/ref.sorted"; then
            fail="sorted export differs from reference ($(diff "$dir/final.sorted" "$work/ref.sorted" | grep -c '^[<>]') lines)"
            same="content differs"
          elif [[ $(digest "$db") != "$ref_digest" ]]; then
            fail="scores/taggings/mentions differ from reference"
            same="tagging rows differ"
          else
            same="content identical"
          fi
        fi
      fi
    else
      fail="resumed ingest failed: $(tail -1 "$dir/resume.err")"
    fi
  fi
  if [[ -z "$fail" ]]; then
    passed=$((passed + 1))
    echo "round $r: $state, $n_kill articles committed at kill, $msg, $resumed, $same — PASS"
    [[ "$keep" == 1 ]] || rm -rf "$dir"
  else
    failed=$((failed + 1))
    keep=1
    echo "round $r: $state, $n_kill articles committed at kill, $resumed — FAIL: $fail (files in $dir)"
  fi
done

# ---- readers during a write ----------------------------------------------------------------------
dir=$work/readers
mkdir -p "$dir"
db=$dir/store.sqlite
fail="" notes=()
t0=$(now)
"$bin" ingest --db "$db" "${ingest_args[@]}" 2>"$dir/ingest.err" &
pid=$!
# Wait for the first committed batch (the store needs a current model before report works).
while kill -0 "$pid" 2>/dev/null; do
  n=$(sqlite3 -readonly "$db" 'SELECT COUNT(*) FROM articles' 2>/dev/null || echo 0)
  [[ "$n" =~ ^[0-9]+$ ]] && (( n > 0 )) && break
  sleep 0.05
done
for k in 1 2 3; do
  if ! kill -0 "$pid" 2>/dev/null; then fail="ingest finished before report $k could run"; break; fi
  tr0=$(now)
  "$bin" report --db "$db" --period week --format csv --out - --lexicons "$work/Lexicons" > "$dir/report$k.csv" 2>"$dir/report$k.err"
  rrc=$?
  running=yes; kill -0 "$pid" 2>/dev/null || running=no
  rows=$(wc -l < "$dir/report$k.csv")
  notes+=("report $k at $(elapsed "$t0" "$tr0") s: exit $rrc, $rows lines, ingest still running: $running")
  if (( rrc != 0 )); then fail="report $k exited $rrc: $(head -1 "$dir/report$k.err")"; break; fi
  if (( rows < 2 )); then fail="report $k printed $rows lines"; break; fi
  sleep "$(awk -v d="$ref_dur" 'BEGIN { printf "%.2f", d / 8 }')"
done
wait "$pid"
irc=$?
if [[ -z "$fail" ]]; then
  if (( irc != 0 )); then fail="ingest with concurrent readers exited $irc: $(tail -1 "$dir/ingest.err")"
  elif ! check_store "$db"; then fail="after concurrent ingest: $CS_MSG"
  elif (( CS_N != ref_n )); then fail="concurrent ingest stored $CS_N articles, reference $ref_n"
  elif ! cmp -s <("$bin" export --db "$db" | LC_ALL=C sort) "$work/ref.sorted"; then fail="export differs from reference"
  fi
fi
for n in "${notes[@]}"; do echo "  $n"; done
if [[ -z "$fail" ]]; then
  passed=$((passed + 1))
  echo "readers round: 3 reports exited 0 during ingest, ingest completed with $CS_N articles, content identical — PASS"
else
  failed=$((failed + 1))
  keep=1
  echo "readers round: FAIL: $fail (files in $dir)"
fi

(( failed > 0 )) && echo "kill-resume: kept $work for inspection"
echo "$passed passed, $failed failed"
(( failed == 0 ))
