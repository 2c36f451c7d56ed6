"""The benchmark's smoke mode: relstats only, a few documents, one run, no network, no .venv-bench."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not (ROOT / "annotations" / "test.jsonl").exists(), reason="annotations are absent")
def test_bench_smoke(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench.py"), "--smoke", "--out-dir", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads((tmp_path / "bench.json").read_text())
    assert (tmp_path / "bench.md").read_text().startswith("# relstats benchmark (smoke)")
    assert report["mode"] == "smoke"
    for key in ("date", "machine", "versions", "accuracy", "corpus", "speed", "scaling", "profile", "targets"):
        assert key in report
    assert {"cpu_model", "cores", "loadavg_start"} <= set(report["machine"])
    assert {"python", "spacy"} <= set(report["versions"])
    accuracy = report["accuracy"]["relstats"]
    for key in ("exact", "lenient"):
        assert {"p", "r", "f1"} <= set(accuracy[key])
    assert {"value", "unit"} <= set(accuracy)
    assert "records" in report["accuracy"]["relstats_full"]
    speed = report["speed"]["relstats"]
    assert speed["chars_per_s"] > 0 and speed["docs_per_s"] > 0
    assert speed["load_s"] > 0 and speed["peak_rss_mb"] > 0
    assert all(s["chars_per_s"] > 0 for s in report["scaling"]["documents"])
    assert report["profile"]["cumulative"] and report["profile"]["tottime"]
    assert "quantulum3" not in report["speed"]
