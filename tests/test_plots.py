"""Charts for make evaluate / make experiments: PNG and SVG written, linked from the Markdown."""

import sys

import pytest

from conftest import SMALL_GOLD
from pipeline.scoring import score
from pipeline.training.plots import evaluation_charts, experiment_charts, label_scores

pytest.importorskip("matplotlib")

GOLD = SMALL_GOLD
TEXT = GOLD["text"]
NO_PERIOD = dict(GOLD, relations=GOLD["relations"][:2])


def _run(documents, fraction, seed, records, low, high):
    return {"seed": seed, "fraction": fraction, "documents": documents, "training_seconds": 1.0,
            "headline": {"records": records}, "bootstrap": {"records": {"mean": (low + high) / 2, "low": low, "high": high}}}


def test_label_scores_follow_the_scorer_report():
    report = score([GOLD], [NO_PERIOD])
    scores = dict(label_scores(report))
    assert scores["QUANTITY"]["f1"] == 1.0 and scores["PERIOD link"]["r"] == 0.0 and scores["MODIFIES link"]["f1"] == 1.0


def test_evaluation_charts_are_written_and_linked(tmp_path):
    result = {"splits": {"test": {"rules": {"report": score([GOLD], [NO_PERIOD])},
                                  "trained": {"report": score([GOLD], [GOLD])}}}}
    lines = evaluation_charts(result, tmp_path / "evaluation")
    for suffix in (".png", ".svg"):
        chart = tmp_path / f"evaluation-test-labels{suffix}"
        assert chart.stat().st_size > 5_000
        assert f"(evaluation-test-labels{suffix})" in "\n".join(lines)
    assert (tmp_path / "evaluation-test-labels.svg").read_text().lstrip().startswith("<?xml")


def test_learning_curve_is_written_and_linked(tmp_path):
    result = {"rules": {"records": 0.55}, "runs": [_run(40, 1.0, 0, 0.62, 0.01, 0.09), _run(40, 1.0, 1, 0.63, 0.02, 0.1),
                                                   _run(10, 0.25, 0, 0.57, -0.05, 0.06), _run(20, 0.5, 0, 0.60, -0.01, 0.08)]}
    lines = experiment_charts(result, tmp_path / "experiments")
    assert (tmp_path / "experiments-learning-curve.png").read_bytes()[:4] == b"\x89PNG"
    assert any("experiments-learning-curve.png" in line for line in lines)
    assert experiment_charts({"rules": {"records": 0.5}, "runs": []}, tmp_path / "none") == []


def test_without_matplotlib_the_report_says_so(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    result = {"splits": {"test": {"rules": {"report": score([GOLD], [GOLD])}, "trained": {"report": score([GOLD], [GOLD])}}}}
    lines = evaluation_charts(result, tmp_path / "evaluation")
    assert any("matplotlib is not installed" in line for line in lines) and not list(tmp_path.iterdir())
