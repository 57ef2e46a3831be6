#!/usr/bin/env python3
"""Cross-validated accuracy of policy-topics next to the peer pipelines (peers.py).

Splits the labelled data into k folds exactly as `policy-topics train` does
(fold = FNV-1a-64(UTF-8 id) mod k), and for each fold:

  ours       policy-topics train --data TRAIN --out M --classifier ensemble
             policy-topics evaluate --model M --data TEST --json --classifier nb|cosine|ensemble
  zero-shot  policy-topics train --zero-shot --out Z
             policy-topics evaluate --model Z --data TEST --json          (cosine)
  peers      peers.py accuracy --train TRAIN --test TEST --json

Prints one table (mean micro-F1, mean macro-F1 and mean per-topic F1 over the folds, sorted by
micro-F1) and the wall time of each pipeline family. `--json` prints everything, per fold too.

When the records carry the annotators' `confidence` ("high"/"low"), the ensemble is also scored
on each confidence group of every test fold, counts pooled over the folds: how much of the
error sits in the items the annotators hesitated over.

Only the topics that occur in the labelled data are scored. Our micro/macro F1 are recomputed
from the per-topic tp/fp/fn of those topics and checked against the figures `evaluate` prints.

Run from the repository root:

  python3 Benchmarks/accuracy.py --bin .build-bench/release/policy-topics \\
      --peers-python /tmp/policy-topics-peers/bin/python
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(REPO, "..", "shared", "labelled", "dev.jsonl")
DEFAULT_PEERS = os.path.join(REPO, "..", "shared", "peers", "peers.py")
DEFAULT_BIN = os.path.join(REPO, ".build-bench", "release", "policy-topics")
DEFAULT_PEERS_PYTHON = "/tmp/policy-topics-peers/bin/python"
OUR_CLASSIFIERS = ("nb", "cosine", "ensemble")
# evaluate --json rounds every number to 4 decimals, so its averages can differ from ours by
# up to half a unit in the last place.
CHECK_TOLERANCE = 0.5e-4 + 1e-12
# Display order of the labelled topics; topics not listed here follow, sorted.
TOPIC_ORDER = ("new-energy", "yangtze-economic-belt", "reform", "environment")


def fnv1a64(text):
    """FNV-1a 64 of the UTF-8 bytes of `text` (the trainer's fold hash)."""
    h = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        h ^= byte
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def read_labelled(path):
    """Returns [(raw line, parsed record)] for every non-blank line."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if not isinstance(record.get("id"), str):
                sys.exit(f"{path}:{n}: record has no string 'id'; folds are assigned by id")
            rows.append((line.rstrip("\n"), record))
    return rows


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for line, _ in rows:
            f.write(line + "\n")


def run(cmd, what):
    """Runs `cmd` in the repository root; returns (stdout, seconds). Exits on failure."""
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.stderr.write(f"{what} failed (exit {proc.returncode}): {' '.join(cmd)}\n")
        sys.stderr.write(proc.stderr[-4000:])
        sys.exit(1)
    return proc.stdout, seconds


def f1(tp, fp, fn):
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def score_ours(report, topics, what):
    """Scores one `evaluate --json` report over `topics` only; checks its own micro/macro."""
    per_topic = {}
    for t in topics:
        s = report["topics"].get(t)
        if s is None:
            sys.exit(f"{what}: evaluate reported no topic '{t}'")
        per_topic[t] = s
    tp = sum(s["tp"] for s in per_topic.values())
    fp = sum(s["fp"] for s in per_topic.values())
    fn = sum(s["fn"] for s in per_topic.values())
    row = {
        "micro_f1": f1(tp, fp, fn),
        "macro_f1": sum(f1(s["tp"], s["fp"], s["fn"]) for s in per_topic.values()) / len(topics),
        # from the counts: the printed precision, recall and F1 are rounded
        "topics": {t: {"precision": s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 0.0,
                       "recall": s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 0.0,
                       "f1": f1(s["tp"], s["fp"], s["fn"]), "support": s["support"]}
                   for t, s in per_topic.items()},
    }
    # evaluate averages over topics with support; with every data topic present in the fold
    # (and extra model topics having none) the two must agree.
    scored = [t for t, s in report["topics"].items() if s["support"] > 0]
    check = {
        "evaluate_scored_topics": sorted(scored),
        "scored_topics_match": sorted(scored) == sorted(topics),
        "micro_matches": abs(row["micro_f1"] - report["micro_f1"]) <= CHECK_TOLERANCE,
        "macro_matches": abs(row["macro_f1"] - report["macro_f1"]) <= CHECK_TOLERANCE,
        # predictions of topics outside the labelled set: ignored by both averages
        "extra_topic_predictions": sum(s["fp"] for t, s in report["topics"].items() if t not in topics),
    }
    return row, check


def score_peer(result, topics):
    return {
        "micro_f1": result["micro_f1"],
        "macro_f1": result["macro_f1"],
        "topics": {t: {"precision": result[t]["p"], "recall": result[t]["r"], "f1": result[t]["f1"]}
                   for t in topics if t in result},
    }


def mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default=DEFAULT_DATA, help="labelled JSONL (default: ../shared/labelled/dev.jsonl from the repo root)")
    p.add_argument("--bin", default=DEFAULT_BIN, help="policy-topics binary (default: .build-bench/release/policy-topics)")
    p.add_argument("--peers-python", default=DEFAULT_PEERS_PYTHON, help="python of the peers venv")
    p.add_argument("--peers", default=DEFAULT_PEERS, help="peers.py (default: ../shared/peers/peers.py)")
    p.add_argument("--folds", type=int, default=5, help="number of folds (default 5)")
    p.add_argument("--lexicons", help="pass --lexicons DIR to policy-topics (default: its own lookup from the repo root)")
    p.add_argument("--no-peers", action="store_true", help="skip the peer pipelines")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    a = p.parse_args()
    if a.folds < 2:
        p.error("--folds must be at least 2")

    binary = os.path.abspath(a.bin)
    if not os.access(binary, os.X_OK):
        sys.exit(f"{binary}: not an executable; build with `swift build -c release --scratch-path .build-bench`")
    if not a.no_peers:
        for path in (a.peers_python, a.peers):
            if not os.path.exists(path):
                sys.exit(f"{path}: missing (set up the peers with ../shared/peers/setup.sh, or pass --no-peers)")
    peers_py = os.path.abspath(a.peers)
    lexicon_args = ["--lexicons", os.path.abspath(a.lexicons)] if a.lexicons else []

    rows = read_labelled(a.data)
    labelled = {l for _, r in rows for l in r.get("labels", [])}
    topics = [t for t in TOPIC_ORDER if t in labelled] + sorted(labelled - set(TOPIC_ORDER))
    folds = [[] for _ in range(a.folds)]
    for row in rows:
        folds[fnv1a64(row[1]["id"]) % a.folds].append(row)

    scores = {}        # pipeline -> [per-fold score rows]
    checks = []        # per fold and classifier: our average check
    timing = {"ours train (ensemble)": 0.0, **{f"ours evaluate {c}": 0.0 for c in OUR_CLASSIFIERS},
              "ours zero-shot (train + evaluate)": 0.0}
    if not a.no_peers:
        timing["peers (all pipelines, train + predict)"] = 0.0
    fold_sizes = []
    # confidence group -> topic -> [tp, fp, fn], ours ensemble, pooled over folds
    by_confidence = {}

    def log(msg):
        if not a.json or sys.stderr.isatty():
            sys.stderr.write(msg + "\n")
            sys.stderr.flush()

    with tempfile.TemporaryDirectory(prefix="pt-accuracy-") as tmp:
        zs_model = os.path.join(tmp, "zero-shot.ptmodel")
        _, dt = run([binary, "train", "--zero-shot", "--out", zs_model, *lexicon_args], "zero-shot train")
        timing["ours zero-shot (train + evaluate)"] += dt
        for f in range(a.folds):
            test = folds[f]
            train = [r for g in range(a.folds) if g != f for r in folds[g]]
            fold_sizes.append({"train": len(train), "test": len(test),
                               "test_support": {t: sum(t in r.get("labels", []) for _, r in test) for t in topics}})
            train_path = os.path.join(tmp, f"train-{f}.jsonl")
            test_path = os.path.join(tmp, f"test-{f}.jsonl")
            model_path = os.path.join(tmp, f"model-{f}.ptmodel")
            write_jsonl(train_path, train)
            write_jsonl(test_path, test)
            log(f"fold {f + 1}/{a.folds}: train {len(train)}, test {len(test)}")

            _, dt = run([binary, "train", "--data", train_path, "--out", model_path,
                         "--classifier", "ensemble", *lexicon_args], f"fold {f} train")
            timing["ours train (ensemble)"] += dt
            for c in OUR_CLASSIFIERS:
                out, dt = run([binary, "evaluate", "--model", model_path, "--data", test_path,
                               "--classifier", c, "--json", *lexicon_args], f"fold {f} evaluate {c}")
                timing[f"ours evaluate {c}"] += dt
                row, check = score_ours(json.loads(out), topics, f"fold {f} {c}")
                scores.setdefault(f"ours {c}", []).append(row)
                checks.append({"fold": f, "pipeline": f"ours {c}", **check})

            groups = {}
            for r in test:
                confidence = r[1].get("confidence")
                if isinstance(confidence, str):
                    groups.setdefault(confidence, []).append(r)
            for confidence, group in sorted(groups.items()):
                group_path = os.path.join(tmp, f"test-{f}-{confidence}.jsonl")
                write_jsonl(group_path, group)
                out, _ = run([binary, "evaluate", "--model", model_path, "--data", group_path,
                              "--classifier", "ensemble", "--json", *lexicon_args],
                             f"fold {f} evaluate ({confidence} confidence)")
                report = json.loads(out)
                pooled = by_confidence.setdefault(confidence, {"articles": 0, "topics": {}})
                pooled["articles"] += len(group)
                for t in topics:
                    s = report["topics"].get(t, {"tp": 0, "fp": 0, "fn": 0})
                    counts = pooled["topics"].setdefault(t, [0, 0, 0])
                    counts[0] += s["tp"]
                    counts[1] += s["fp"]
                    counts[2] += s["fn"]

            out, dt = run([binary, "evaluate", "--model", zs_model, "--data", test_path, "--json", *lexicon_args],
                          f"fold {f} zero-shot evaluate")
            timing["ours zero-shot (train + evaluate)"] += dt
            report = json.loads(out)
            row, check = score_ours(report, topics, f"fold {f} zero-shot")
            scores.setdefault(f"ours zero-shot {report.get('classifier', 'cosine')}", []).append(row)
            checks.append({"fold": f, "pipeline": "ours zero-shot", **check})

            if not a.no_peers:
                log(f"fold {f + 1}/{a.folds}: peers")
                out, dt = run([a.peers_python, peers_py, "accuracy", "--train", train_path, "--test", test_path,
                               "--json"], f"fold {f} peers")
                timing["peers (all pipelines, train + predict)"] += dt
                peer = json.loads(out)
                for name, result in peer["results"].items():
                    scores.setdefault(f"peer {name}", []).append(score_peer(result, topics))

    summary = {}
    for name, per_fold in scores.items():
        summary[name] = {
            "folds": len(per_fold),
            "micro_f1": mean([r["micro_f1"] for r in per_fold]),
            "macro_f1": mean([r["macro_f1"] for r in per_fold]),
            "topics": {t: mean([r["topics"][t]["f1"] for r in per_fold if t in r["topics"]]) for t in topics},
        }
    ranked = sorted(summary, key=lambda n: summary[n]["micro_f1"], reverse=True)
    mismatches = [c for c in checks
                  if not (c["micro_matches"] and c["macro_matches"] and c["scored_topics_match"])]

    confidence_summary = {}
    for confidence, pooled in sorted(by_confidence.items()):
        counts = pooled["topics"]
        tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
        confidence_summary[confidence] = {
            "articles": pooled["articles"], "micro_f1": f1(tp, fp, fn),
            "topics": {t: {"f1": f1(*c), "tp": c[0], "fp": c[1], "fn": c[2]} for t, c in counts.items()},
        }

    if a.json:
        print(json.dumps({
            "data": os.path.abspath(a.data), "articles": len(rows), "folds": a.folds, "topics": topics,
            "fold_sizes": fold_sizes, "summary": {n: summary[n] for n in ranked},
            "per_fold": scores, "by_confidence": confidence_summary, "seconds": timing,
            "average_checks": checks,
        }, ensure_ascii=False))
        return

    print(f"{len(rows)} articles, {a.folds} folds (FNV-1a-64(id) mod {a.folds}), "
          f"test sizes {', '.join(str(s['test']) for s in fold_sizes)}; topics: {', '.join(topics)}")
    print("mean over folds of each fold's F1\n")
    width = max(len("pipeline"), *(len(n) for n in ranked))
    cols = [("micro-F1", 8), ("macro-F1", 8)] + [(t, max(len(t), 6)) for t in topics]
    print(f"{'pipeline':<{width}}  " + "  ".join(f"{c:>{w}}" for c, w in cols))
    print("-" * width + "  " + "  ".join("-" * w for _, w in cols))
    for n in ranked:
        s = summary[n]
        values = [s["micro_f1"], s["macro_f1"]] + [s["topics"][t] for t in topics]
        print(f"{n:<{width}}  " + "  ".join(f"{v:>{w}.3f}" for v, (_, w) in zip(values, cols)))

    if confidence_summary:
        print("\nours ensemble by annotator confidence (tp/fp/fn pooled over the folds)\n")
        header = f"{'confidence':<10}  {'articles':>8}  {'micro-F1':>8}  " + "  ".join(
            f"{t:>{max(len(t), 6)}}" for t in topics)
        print(header)
        print("-" * len(header))
        for confidence, s in confidence_summary.items():
            print(f"{confidence:<10}  {s['articles']:>8}  {s['micro_f1']:>8.3f}  " + "  ".join(
                f"{s['topics'][t]['f1']:>{max(len(t), 6)}.3f}" for t in topics))

    print("\nwall time, all folds")
    for name, seconds in timing.items():
        print(f"  {name:<40} {seconds:8.1f} s")

    extra = {}
    for c in checks:
        extra[c["pipeline"]] = extra.get(c["pipeline"], 0) + c["extra_topic_predictions"]
    if mismatches:
        print(f"\nWARNING: evaluate's micro/macro F1 differ from the {len(topics)}-topic recomputation in "
              f"{len(mismatches)} case(s): " + "; ".join(
                  f"fold {c['fold']} {c['pipeline']} (evaluate scored {','.join(c['evaluate_scored_topics'])})"
                  for c in mismatches))
    else:
        print(f"\ncheck: evaluate's micro/macro F1 equal the {len(topics)}-topic recomputation in every fold "
              f"(to its 4 printed decimals); evaluate scored exactly the labelled topics")
    print("predictions of unlabelled topics (ignored, all folds): "
          + ", ".join(f"{p} {n}" for p, n in extra.items()))

if __name__ == "__main__":
    main()
