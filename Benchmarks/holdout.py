#!/usr/bin/env python3
"""Out-of-sample accuracy: the shipped model, trained on dev.jsonl (2013–2022), scored on items
of other years labelled separately, next to the peer pipelines trained on the same data.

  python3 Benchmarks/holdout.py [--bin B] [--peers-python P] [--no-peers] [--json]
  python3 Benchmarks/holdout.py sample --out DIR     # re-draw the items to label

The labels (`Benchmarks/holdout/labels.jsonl`: id, labels, confidence; no text) belong to
CCTV evening-news items of 2012 and 2023–2026 from `../shared/corpora/xwlb/`; this script
joins them with the items' title and text from the corpus, then runs

  ours       policy-topics evaluate --model Models/default.ptmodel --data HOLDOUT --json
             (ensemble, naive Bayes and cosine; the ensemble also per confidence group)
  zero-shot  policy-topics train --zero-shot --out Z; policy-topics evaluate --model Z ...
  peers      peers.py accuracy --train ../shared/labelled/dev.jsonl --test HOLDOUT --json

How the items were drawn and labelled: `Benchmarks/holdout/README.md`.
"""
import argparse
import gzip
import json
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from accuracy import (DEFAULT_BIN, DEFAULT_PEERS, DEFAULT_PEERS_PYTHON, OUR_CLASSIFIERS, REPO,  # noqa: E402
                      TOPIC_ORDER, run, score_ours, score_peer)

SHARED = os.path.join(REPO, "..", "shared")
CORPUS = os.path.join(SHARED, "corpora", "xwlb")
DEV = os.path.join(SHARED, "labelled", "dev.jsonl")
LABELS = os.path.join(REPO, "Benchmarks", "holdout", "labels.jsonl")
MODEL = os.path.join(REPO, "Models", "default.ptmodel")

# The draw (`sample`): per year, 60 items whose text is 80–1,600 characters long (the range
# of dev.jsonl), 36 of them among items that name any of these words and 24 among the rest,
# so that the four topics occur often enough to be scored.
YEARS = (2012, 2023, 2024, 2025, 2026)
SEED = 20261129
TOPICAL_WORDS = "新能源 光伏 风电 氢能 储能 电动汽车 充电 长江 改革 生态 环境 污染 碳 减排 绿色".split()


def corpus_items(year):
    with gzip.open(os.path.join(CORPUS, f"xwlb-{year}.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def sample(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(SEED)
    for year in YEARS:
        items = [d for d in corpus_items(year) if 80 <= len(d["text"]) <= 1600]
        def topical(d):
            return any(w in d["title"] + d["text"] for w in TOPICAL_WORDS)
        hits = [d for d in items if topical(d)]
        rest = [d for d in items if not topical(d)]
        picked = rng.sample(hits, 36) + rng.sample(rest, 24)
        rng.shuffle(picked)
        path = os.path.join(out_dir, f"batch-{year}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for d in picked:
                f.write(json.dumps({k: d[k] for k in ("id", "date", "title", "text")}, ensure_ascii=False) + "\n")
        print(f"wrote {path}: {len(picked)} items")


def joined_holdout(labels_path):
    """The labelled records, with title and text from the corpus, in the labels' order."""
    labels = []
    with open(labels_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                record = json.loads(line)
                if not isinstance(record.get("id"), str) or not isinstance(record.get("labels"), list):
                    sys.exit(f"{labels_path}:{n}: a label record needs a string 'id' and a list 'labels'")
                labels.append(record)
    wanted = {r["id"] for r in labels}
    years = sorted({int(r["id"].split("-")[1][:4]) for r in labels})
    found = {}
    for year in years:
        for d in corpus_items(year):
            if d["id"] in wanted:
                found[d["id"]] = d
    missing = [r["id"] for r in labels if r["id"] not in found]
    if missing:
        sys.exit(f"{len(missing)} labelled ids are not in the corpus, e.g. {missing[0]}")
    return [{"id": r["id"], "date": found[r["id"]]["date"], "title": found[r["id"]]["title"],
             "text": found[r["id"]]["text"], "labels": r["labels"], "confidence": r.get("confidence")}
            for r in labels]


def write(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "sample":
        p = argparse.ArgumentParser(prog="holdout.py sample")
        p.add_argument("--out", required=True)
        sample(p.parse_args(sys.argv[2:]).out)
        return
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bin", default=DEFAULT_BIN)
    p.add_argument("--labels", default=LABELS)
    p.add_argument("--model", default=MODEL)
    p.add_argument("--peers-python", default=DEFAULT_PEERS_PYTHON)
    p.add_argument("--peers", default=DEFAULT_PEERS)
    p.add_argument("--no-peers", action="store_true")
    p.add_argument("--json", action="store_true")
    a = p.parse_args()
    for path in (a.bin, a.labels, a.model, CORPUS, DEV):
        if not os.path.exists(path):
            sys.exit(f"{path}: missing")
    if not a.no_peers:
        for path in (a.peers_python, a.peers):
            if not os.path.exists(path):
                sys.exit(f"{path}: missing (set up the peers with ../shared/peers/setup.sh, or pass --no-peers)")
    records = joined_holdout(a.labels)
    topics = [t for t in TOPIC_ORDER if any(t in r["labels"] for r in records)]
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "holdout.jsonl")
        write(data, records)

        def ours(model, what, data_path=data, classifier=None):
            cmd = [a.bin, "evaluate", "--model", model, "--data", data_path, "--json"]
            if classifier:
                cmd += ["--classifier", classifier]
            out, _ = run(cmd, what)
            row, check = score_ours(json.loads(out), topics, what)
            if not (check["micro_matches"] and check["macro_matches"]):
                sys.exit(f"{what}: our recomputed F1 disagrees with evaluate's: {check}")
            return row

        for c in OUR_CLASSIFIERS:
            rows[f"ours {c}"] = ours(a.model, f"evaluate {c}", classifier=c)
        zero_shot = os.path.join(tmp, "zero-shot.ptmodel")
        run([a.bin, "train", "--zero-shot", "--out", zero_shot], "zero-shot train")
        rows["ours zero-shot (lexicons only)"] = ours(zero_shot, "zero-shot evaluate")
        groups = {}
        for confidence in ("high", "low"):
            subset = [r for r in records if r.get("confidence") == confidence]
            if subset:
                path = os.path.join(tmp, f"{confidence}.jsonl")
                write(path, subset)
                groups[confidence] = (len(subset), ours(a.model, f"evaluate ({confidence})", data_path=path))
        if not a.no_peers:
            out, _ = run([a.peers_python, a.peers, "accuracy", "--train", DEV, "--test", data, "--json"], "peers")
            for name, result in json.loads(out)["results"].items():
                rows[f"peer {name}"] = score_peer(result, topics)
    support = {t: sum(t in r["labels"] for r in records) for t in topics}
    if a.json:
        print(json.dumps({"items": len(records), "support": support, "pipelines": rows,
                          "ensemble_by_confidence": {k: {"items": n, **row} for k, (n, row) in groups.items()}},
                         indent=2, ensure_ascii=False))
        return
    print(f"{len(records)} items; support: " + ", ".join(f"{t} {n}" for t, n in support.items()))
    print()
    print("| pipeline | micro-F1 | macro-F1 | " + " | ".join(topics) + " |")
    print("|---|---:|---:|" + "---:|" * len(topics))
    for name, row in sorted(rows.items(), key=lambda kv: -kv[1]["micro_f1"]):
        cells = [f"{row['topics'][t]['f1']:.3f}" if t in row["topics"] else "–" for t in topics]
        print(f"| {name} | {row['micro_f1']:.3f} | {row['macro_f1']:.3f} | " + " | ".join(cells) + " |")
    for confidence, (n, row) in groups.items():
        print(f"\nensemble on the {n} {confidence}-confidence items: micro-F1 {row['micro_f1']:.3f}, "
              + ", ".join(f"{t} {row['topics'][t]['f1']:.3f}" for t in topics))


if __name__ == "__main__":
    main()
