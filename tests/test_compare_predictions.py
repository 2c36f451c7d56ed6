"""``scripts/compare_predictions.py``: record accuracy of two prediction files and, with ``--changes``, the records
one fixes and breaks against the other."""

import copy
import json
import runpy
import sys
from pathlib import Path

from conftest import SMALL_GOLD

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "compare_predictions.py"


def _write(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_changes_count_the_records_fixed_and_broken(tmp_path, capsys, monkeypatch):
    gold = _write(tmp_path / "gold.jsonl", [SMALL_GOLD])
    before_doc = copy.deepcopy(SMALL_GOLD)
    before_doc["spans"][1]["unit"] = "us dollar"  # 3 trillion yuan read in the wrong currency
    after_doc = copy.deepcopy(SMALL_GOLD)
    after_doc["relations"] = [r for r in after_doc["relations"] if r["label"] != "MODIFIES"]  # 5% loses its figure
    before = _write(tmp_path / "before.jsonl", [before_doc])
    after = _write(tmp_path / "after.jsonl", [after_doc])
    monkeypatch.setattr(sys, "argv", ["compare_predictions.py", str(gold), str(before), str(after), "--changes"])
    try:
        runpy.run_path(str(SCRIPT), run_name="__main__")
    except SystemExit as done:
        assert done.code == 0
    out = capsys.readouterr().out
    assert "| all | 1 | 50.0 | 50.0 |" in out, out
    assert "records fixed 1, broken 1" in out, out
