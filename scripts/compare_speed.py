"""Compare the extraction speed of two checkouts of relstats on the same documents, in turn.

    python scripts/compare_speed.py OLD_CHECKOUT NEW_CHECKOUT [--docs annotations/train.jsonl] [--rounds 2]
        [--rules-only] [--cpu]

Each checkout is timed in a fresh process (its own ``pipeline`` package and its own ``models/relstats``),
the two alternating ``--rounds`` times so that a busy machine slows both alike; each process reports the
best of three passes over the documents after a warm-up. Prints characters per second per run and the
median of each checkout. Make a checkout of an earlier commit with ``git worktree add DIR COMMIT``.

``--rules-only`` times ``pipeline.load(rules_only=True)`` instead of the trained model; ``--cpu`` counts the
process's CPU time (``time.process_time``) instead of the wall clock, so that time spent waiting for a core
that another process holds is not counted (on a shared two-core machine the wall clock of two runs of the
same code differed by up to 15%).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

_WORKER = r"""
import json, os, sys, time
checkout, docs_path, rules_only, clock = sys.argv[1], sys.argv[2], sys.argv[3] == "rules", sys.argv[4]
sys.path.insert(0, checkout)
os.chdir(checkout)
import pipeline
nlp = pipeline.load(rules_only=True) if rules_only else pipeline.load()
now = time.process_time if clock == "cpu" else time.perf_counter
docs = [{"id": d["id"], "text": d["text"]} for d in map(json.loads, open(docs_path, encoding="utf-8"))]
chars = sum(len(d["text"]) for d in docs)
list(pipeline.extract(docs[:3], nlp=nlp))
best = min(
    (lambda t0: (list(pipeline.extract(docs, nlp=nlp)), now() - t0)[1])(now())
    for _ in range(3))
print(json.dumps({"checkout": checkout, "documents": len(docs), "characters": chars, "chars_per_s": chars / best}))
"""


def run(checkout: Path, docs: Path, rules_only: bool = False, cpu: bool = False) -> dict:
    out = subprocess.run([sys.executable, "-c", _WORKER, str(checkout), str(docs), "rules" if rules_only else "trained",
                          "cpu" if cpu else "wall"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--docs", type=Path, default=Path("annotations/train.jsonl"))
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--rules-only", action="store_true", help="time the rules-only pipeline")
    parser.add_argument("--cpu", action="store_true", help="count CPU time, not the wall clock")
    args = parser.parse_args(argv)
    docs = args.docs.resolve()
    speeds: dict[str, list[float]] = {"old": [], "new": []}
    for _ in range(args.rounds):
        for name, checkout in (("old", args.old.resolve()), ("new", args.new.resolve())):
            result = run(checkout, docs, args.rules_only, args.cpu)
            speeds[name].append(result["chars_per_s"])
            print(f"{name} {checkout}: {result['chars_per_s']:,.0f} characters/s ({result['documents']} documents)")
    old, new = statistics.median(speeds["old"]), statistics.median(speeds["new"])
    what = ("rules only" if args.rules_only else "trained") + (", CPU time" if args.cpu else "")
    print(f"median ({what}): old {old:,.0f}, new {new:,.0f} characters/s; new / old = {new / old:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
