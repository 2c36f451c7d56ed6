"""Charts for the Markdown reports (matplotlib, Agg backend): PNG and SVG side by side.

``evaluation_charts(result, out)`` draws per-label precision, recall and F1 bars for rules only and
rules + trained on each split of ``make evaluate``; ``experiment_charts(result, out)`` draws the
learning curve (record accuracy by training documents, the seeds at 100%, rules only as a line) and
the gain over rules with its 95% paired-bootstrap interval. Both return the Markdown lines that link
the charts (paths relative to the report), or a line saying why there are none.

    python -m pipeline.training.plots reports/evaluation.json reports/experiments.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

QUANTITY_ROWS = (("QUANTITY", ("quantity", "lenient")),)
SPAN_LABELS = ("CATEGORY", "BASELINE", "PERIOD")
RELATION_LABELS = ("CATEGORY", "MODIFIES", "BASELINE", "PART_OF", "PERIOD")
MEASURES = (("p", "precision", "#90a4ae"), ("r", "recall", "#4fc3f7"), ("f1", "F1", "#1565c0"))


def _pyplot():
    """matplotlib's pyplot on the Agg backend, or None when matplotlib is not installed."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    plt.rcParams.update({"svg.hashsalt": "relstats", "font.size": 9})
    return plt


def label_scores(report: dict) -> list[tuple[str, dict]]:
    """``(label, {p, r, f1})`` rows of a scorer report: QUANTITY (lenient), each span label and each
    relation label, in a fixed order."""
    out = [("QUANTITY", report["quantity"]["lenient"])]
    out += [(f"{label} span", report["spans"][label]) for label in SPAN_LABELS if label in report.get("spans", {})]
    out += [(f"{label} link", report["relations"][label]) for label in RELATION_LABELS
            if label in report.get("relations", {})]
    return out


def _save(fig, base: Path) -> list[Path]:
    base.parent.mkdir(parents=True, exist_ok=True)
    paths = [base.with_suffix(".png"), base.with_suffix(".svg")]
    fig.savefig(paths[0], dpi=110, bbox_inches="tight")
    fig.savefig(paths[1], bbox_inches="tight", metadata={"Date": None})
    return paths


def plot_label_scores(reports: dict[str, dict], base: Path, title: str) -> list[Path]:
    """Grouped P/R/F1 bars per label, one panel per named scorer report; writes ``base``.png/.svg."""
    plt = _pyplot()
    if plt is None:
        return []
    fig, axes = plt.subplots(1, len(reports), figsize=(5.5 * len(reports), 3.6), sharey=True, squeeze=False)
    for ax, (name, report) in zip(axes[0], reports.items()):
        rows = label_scores(report)
        width = 0.27
        for k, (key, legend, color) in enumerate(MEASURES):
            xs = [i + (k - 1) * width for i in range(len(rows))]
            ax.bar(xs, [100 * scores[key] for _, scores in rows], width, label=legend, color=color)
        for i, (_, scores) in enumerate(rows):
            ax.text(i + width, 100 * scores["f1"] + 1, f"{100 * scores['f1']:.0f}", ha="center", fontsize=7)
        ax.set_xticks(range(len(rows)), [label for label, _ in rows], rotation=35, ha="right")
        ax.set_title(name)
        ax.set_ylim(0, 105)
        ax.grid(axis="y", alpha=0.3)
    axes[0][0].set_ylabel("percent")
    axes[0][-1].legend(loc="lower right", fontsize=7)
    fig.suptitle(title)
    paths = _save(fig, base)
    plt.close(fig)
    return paths


def plot_learning_curve(result: dict, base: Path) -> list[Path]:
    """Record accuracy and gain over rules (95% paired-bootstrap interval) by training documents."""
    plt = _pyplot()
    if plt is None:
        return []
    runs = sorted(result["runs"], key=lambda r: (r["documents"], r["seed"]))
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.6))
    curve = {}
    for run in runs:  # the lowest seed at each size draws the curve
        curve.setdefault(run["documents"], run)
    xs = sorted(curve)
    left.plot(xs, [100 * curve[x]["headline"]["records"] for x in xs], "o-", color="#1565c0",
              label=f"rules + trained (seed {curve[xs[-1]]['seed']})")
    seeds = [r for r in runs if r["documents"] == xs[-1] and r is not curve[xs[-1]]]
    if seeds:
        left.plot([xs[-1]] * len(seeds), [100 * r["headline"]["records"] for r in seeds], "x", color="#e65100",
                  label="other seeds")
    left.axhline(100 * result["rules"]["records"], color="#607d8b", linestyle="--", label="rules only")
    left.set_xlabel("training documents")
    left.set_ylabel("test record accuracy (%)")
    left.set_title("Learning curve")
    left.legend(fontsize=7, loc="lower right")
    left.grid(alpha=0.3)
    gains = [curve[x]["bootstrap"]["records"] for x in xs]
    means = [100 * g["mean"] for g in gains]
    errors = [[100 * (g["mean"] - g["low"]) for g in gains], [100 * (g["high"] - g["mean"]) for g in gains]]
    right.errorbar(xs, means, yerr=errors, fmt="o-", capsize=4, color="#1565c0")
    right.axhline(0, color="#607d8b", linestyle="--")
    right.set_xlabel("training documents")
    right.set_ylabel("records: trained − rules (points)")
    right.set_title("Gain over rules, 95% paired bootstrap")
    right.grid(alpha=0.3)
    paths = _save(fig, base)
    plt.close(fig)
    return paths


def _links(paths: list[Path], out: Path, caption: str) -> list[str]:
    if not paths:
        print("matplotlib is not installed: no charts (pip install 'relstats[report]')", file=sys.stderr)
        return [f"({caption}: no chart, matplotlib is not installed)", ""]
    png, svg = paths
    folder = Path(out).parent
    return [f"![{caption}]({png.relative_to(folder).as_posix()}) ([SVG]({svg.relative_to(folder).as_posix()}))", ""]


def evaluation_charts(result: dict, out: Path) -> list[str]:
    """Per-label P/R/F1 charts of ``make evaluate``'s result, one per split; Markdown lines linking them."""
    lines = ["## Charts", ""]
    for split, entry in result["splits"].items():
        base = Path(f"{out}-{split}-labels")
        paths = plot_label_scores({"rules only": entry["rules"]["report"], "rules + trained": entry["trained"]["report"]},
                                  base, f"Per-label precision, recall and F1 ({split} split)")
        lines += _links(paths, Path(out), f"per-label P/R/F1, {split} split")
    return lines


def experiment_charts(result: dict, out: Path) -> list[str]:
    """The learning-curve chart of ``make experiments``' result; Markdown lines linking it."""
    if not result.get("runs"):
        return []
    paths = plot_learning_curve(result, Path(f"{out}-learning-curve"))
    return ["## Learning curve", ""] + _links(paths, Path(out), "learning curve with 95% intervals")


def main(argv: list[str] | None = None) -> int:
    """Redraw the charts from saved report JSON files (``reports/evaluation.json``, ``experiments.json``)."""
    for name in argv if argv is not None else sys.argv[1:]:
        path = Path(name)
        result = json.loads(path.read_text(encoding="utf-8"))
        out = path.with_suffix("")
        lines = evaluation_charts(result, out) if "splits" in result else experiment_charts(result, out)
        print("\n".join(line for line in lines if line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
