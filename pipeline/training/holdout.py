"""Relation model settings compared on groups of training releases held out in turn.

    python -m pipeline.training.holdout --out reports/holdout

Dev and test are small (31 and 25 releases) and the rules were written while reading dev, so a
choice of model made on them says little about text the project has never read. Here each group of
``annotations/train.jsonl`` (releases written in one batch, by annotators who never ran the
extractor on them) is taken out of the training set in turn; the whole pipeline is trained on the
other releases once per setting (``relstats train`` with that setting's overrides, the same code
``make train`` runs) and scores the group with FORMAT §6. Each setting is compared with the first
(the logistic regressions) by a paired bootstrap over the group's documents, and over all groups
together.

Settings (``--setting NAME=KEY=VALUE[,KEY=VALUE]``, repeatable; keys of ``configs/relstats.cfg``)
default to three settings the relation step can ship: logistic regressions for every label (the
shipped one), gradient-boosted trees for every label, and trees for the three labels whose candidates
are few or whose links depend on interactions (``tree_labels``).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from pipeline.training.report import HEADLINE, bootstrap, headline, per_document, predict
from pipeline.training.train import ROOT

#: groups of training releases (id prefixes), each written in one batch by people who never ran the extractor on it
GROUPS = {
    "batches 7-9 (session 11)": ("batch7-", "batch8-", "batch9-"),
    "probes 2-4 (sessions 8-9)": ("probe2-", "probe3-", "probe4-"),
    "batches 3 and 6": ("batch3-", "batch6-"),
}
COMPONENT = "components.relstats_relation_model"
SETTINGS = {
    "logistic regressions (shipped)": {f"{COMPONENT}.family": "logistic", f"{COMPONENT}.tree_labels": []},
    "gradient-boosted trees": {f"{COMPONENT}.family": "gbdt", f"{COMPONENT}.tree_labels": []},
    "trees for BASELINE, PERIOD, PART_OF": {
        f"{COMPONENT}.family": "logistic", f"{COMPONENT}.tree_labels": ["BASELINE", "PERIOD", "PART_OF"]},
}


def parse_setting(text: str) -> tuple[str, dict]:
    """``NAME=KEY=VALUE[,KEY=VALUE]`` -> (name, overrides); values are JSON when they parse as JSON."""
    name, _, rest = text.partition("=")
    overrides = {}
    for item in filter(None, rest.split(",")):
        key, _, value = item.partition("=")
        try:
            overrides[key.strip()] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key.strip()] = value
    if not name or not overrides:
        raise argparse.ArgumentTypeError(f"{text!r}: expected NAME=KEY=VALUE[,KEY=VALUE]")
    return name, overrides


def run(settings: dict[str, dict], groups: dict[str, tuple], seed: int = 0) -> dict:
    """Train once per (group, setting) without the group and score the group; returns the report."""
    from pipeline.docs import read_jsonl
    from pipeline.language import load
    from pipeline.scoring import score
    from pipeline.training.train import build

    train = read_jsonl(ROOT / "annotations" / "train.jsonl")
    results: dict = {"groups": {}, "settings": {name: overrides for name, overrides in settings.items()}}
    pooled: dict[str, list] = {name: [] for name in settings}
    for group, prefixes in groups.items():
        held = [d for d in train if d["id"].startswith(prefixes)]
        rest = [d for d in train if not d["id"].startswith(prefixes)]
        if not held:
            raise SystemExit(f"holdout: no training release starts with {', '.join(prefixes)}")
        entry = {"documents": len(held), "quantities": sum(
            1 for d in held for s in d["spans"] if s["label"] == "QUANTITY"), "training_documents": len(rest),
            "scores": {}, "rows": {}}
        for name, overrides in settings.items():
            with tempfile.TemporaryDirectory() as tmp:
                started = time.perf_counter()
                build(Path(tmp) / "model", seed=seed, force=True, train_docs=rest, work=Path(tmp) / "work",
                      overrides=overrides)
                nlp = load(Path(tmp) / "model")
                pred = predict(nlp, held)
                entry["scores"][name] = headline(score(held, pred))
                entry["scores"][name]["seconds"] = round(time.perf_counter() - started, 1)
                rows = per_document(held, pred)
                entry["rows"][name] = rows
                pooled[name] += rows
        first = next(iter(settings))
        entry["bootstrap"] = {name: bootstrap(entry["rows"][first], entry["rows"][name])
                              for name in settings if name != first}
        results["groups"][group] = entry
    first = next(iter(settings))
    results["pooled_bootstrap"] = {name: bootstrap(pooled[first], pooled[name]) for name in settings if name != first}
    return results


def markdown(results: dict) -> str:
    settings = list(results["settings"])
    first = settings[0]
    lines = ["# Relation model settings on held-out groups of the training releases", "",
             "`python -m pipeline.training.holdout` (`make holdout`): each group is taken out of "
             "`annotations/train.jsonl` in turn, the whole pipeline is trained on the other releases once per "
             "setting and scores the group (FORMAT §6). Differences are setting − "
             f"{first}, with the 95% interval of a paired bootstrap over the group's documents.", ""]
    for name in settings:
        lines.append(f"- **{name}**: `{json.dumps(results['settings'][name])}`")
    lines.append("")
    head = "| group | setting | records | " + " | ".join(HEADLINE[1:]) + " | records − first [95% CI] |"
    lines += [head, "|" + "---|" * (4 + len(HEADLINE[1:]))]
    for group, entry in results["groups"].items():
        label = f"{group}: {entry['documents']} releases, {entry['quantities']} quantities"
        for name in settings:
            s = entry["scores"][name]
            diff = "" if name == first else _interval(entry["bootstrap"][name]["records"])
            lines.append(f"| {label} | {name} | {s['records']:.3f} | " +
                         " | ".join(f"{s[k]:.3f}" for k in HEADLINE[1:]) + f" | {diff} |")
            label = ""
    lines += ["", "All groups together (paired bootstrap over their documents):", ""]
    for name, boot in results["pooled_bootstrap"].items():
        cells = ", ".join(f"{k} {_interval(boot[k])}" for k in HEADLINE)
        lines.append(f"- {name} − {first}: {cells}")
    return "\n".join(lines) + "\n"


def _interval(cell: dict) -> str:
    return f"{100 * cell['mean']:+.1f} [{100 * cell['low']:+.1f}, {100 * cell['high']:+.1f}]"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "holdout")
    parser.add_argument("--setting", action="append", type=parse_setting, default=[],
                        help="NAME=KEY=VALUE[,KEY=VALUE] (repeatable; the first is the reference)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    settings = dict(args.setting) or SETTINGS
    results = run(settings, GROUPS, seed=args.seed)
    for entry in results["groups"].values():
        entry.pop("rows")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    args.out.with_suffix(".md").write_text(markdown(results), encoding="utf-8")
    print(markdown(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
