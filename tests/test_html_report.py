"""The HTML review report without a browser: escaping, table rows, error marks against gold, CLI."""

import csv
import io
import json
import re

import pytest

from conftest import ROOT
from pipeline.cli import main
from pipeline.html_report import error_kind, json_for_html, render_html, sentence_offsets, write_html
from pipeline.table import rows

HOSTILE = [
    "Exports rose 5% to 3 million tons <script>alert(1)</script> in May.",
    'Imports were 2 trillion yuan "><img src=x onerror=alert(1)> in June.',
    "Sales were 4 billion dollars </script><script>window.pwned=1</script> in 2023.",
    "Prices rose 2% & wages 3% <!-- comment --> in <b>March</b>.",
    "Output rose 7%\u2028in April.",
]


def _data_block(page: str) -> str:
    return re.search(r'<script type="application/json" id="relstats-data">(.*?)</script>', page, re.S).group(1)


@pytest.mark.parametrize("text", HOSTILE)
def test_document_text_renders_as_text(extract_one, text):
    page = render_html([extract_one(text)])
    assert page.count("<script") == 2  # the data block and the report's own script, nothing from the text
    assert "<img" not in page and "<b>March" not in page and "<!-- comment" not in page
    data = _data_block(page)
    assert "<" not in data and ">" not in data and "\u2028" not in data
    assert json.loads(data)["documents"][0]["spans"]
    visible = re.sub(r"<[^>]+>", "", re.search(r'<div class="text">(.*?)</div>', page, re.S).group(1))
    import html

    assert html.unescape(visible) == text


@pytest.mark.parametrize("value", [
    "</script><script>alert(1)</script>", {"a": "<!--", "b": ["&amp;", "\u2029"]}, "plain", 3.5, None,
])
def test_json_for_html_round_trips_without_markup(value):
    encoded = json_for_html(value)
    assert not set("<>&\u2028\u2029") & set(encoded)
    assert json.loads(encoded) == value


def test_one_table_row_per_statistics_row(extract_one):
    records = [dict(extract_one(text), id=f"d{k}") for k, text in enumerate([
        "Exports rose 13.8 percent year on year to 17.67 trillion yuan in 2023.",
        "Employment rose by 256,000 in December, up 1.2% from November and 3.4% from a year earlier.",
    ])]
    page = render_html(records)
    tbody = re.search(r"<tbody>(.*?)</tbody>", page, re.S).group(1)
    assert tbody.count("<tr ") == sum(len(rows(r)) for r in records) > 0
    assert '<table id="statistics">' in page
    for record in records:
        for span in record["spans"]:
            if span["label"] == "QUANTITY":
                assert re.search(rf'<mark [^>]*data-ids="[^"]*\b{span["id"]}\b', page)


def test_sentences_follow_the_pipeline_split(extract_one):
    text = "Exports were 3 trillion yuan in May. Imports were 2 trillion yuan. See No. 5 for details."
    bounds = sentence_offsets(text)
    assert [text[a:b].strip() for a, b in bounds] == [
        "Exports were 3 trillion yuan in May.", "Imports were 2 trillion yuan.", "See No. 5 for details."]
    record = extract_one(text)
    figure = next(s for s in record["spans"] if text[s["start"] : s["end"]] == "2 trillion yuan")
    assert figure["sentence"] == 1


GOLD_TEXT = "Exports rose 5% to 3 trillion yuan in May, and imports fell 2% to 1.5 trillion yuan."


def _gold() -> dict:
    def q(qid, surface, value, unit, metric, direction=None):
        start = GOLD_TEXT.index(surface)
        return {"id": qid, "start": start, "end": start + len(surface), "label": "QUANTITY", "value": value,
                "value_max": None, "bound": "=", "unit": unit, "metric": metric, "direction": direction}

    def phrase(pid, surface, label):
        start = GOLD_TEXT.index(surface)
        return {"id": pid, "start": start, "end": start + len(surface), "label": label}

    return {"id": "trade", "text": GOLD_TEXT, "meta": {},
            "spans": [q("q1", "5%", 5, "percent", "CHANGE", "up"), q("q2", "3 trillion yuan", 3e12, "yuan", "MONEY"),
                      q("q3", "2%", 2, "percent", "CHANGE", "down"),
                      q("q4", "1.5 trillion yuan", 1.5e12, "yuan", "MONEY"),
                      phrase("c1", "Exports", "CATEGORY"), phrase("c2", "imports", "CATEGORY"),
                      phrase("p1", "in May", "PERIOD")],
            "relations": [{"head": "q1", "child": "q2", "label": "MODIFIES"},
                          {"head": "q2", "child": "c1", "label": "CATEGORY"},
                          {"head": "q2", "child": "p1", "label": "PERIOD"},
                          {"head": "q3", "child": "q4", "label": "MODIFIES"},
                          {"head": "q4", "child": "c2", "label": "CATEGORY"},
                          {"head": "q4", "child": "p1", "label": "PERIOD"}]}


def _without(doc: dict, span_id: str) -> dict:
    doc = json.loads(json.dumps(doc))
    doc["spans"] = [s for s in doc["spans"] if s["id"] != span_id]
    doc["relations"] = [r for r in doc["relations"] if span_id not in (r["head"], r["child"])]
    return doc


def _changed(doc: dict, span_id: str, **fields) -> dict:
    doc = json.loads(json.dumps(doc))
    next(s for s in doc["spans"] if s["id"] == span_id).update(fields)
    return doc


def _extra(doc: dict) -> dict:
    doc = json.loads(json.dumps(doc))
    start = GOLD_TEXT.index("May")
    doc["spans"].append({"id": "q9", "start": start, "end": start + 3, "label": "QUANTITY", "value": 5,
                         "unit": "month", "metric": "AMOUNT", "bound": "="})
    return doc


def _no_period(doc: dict) -> dict:
    doc = json.loads(json.dumps(doc))
    doc["relations"] = [r for r in doc["relations"] if not (r["head"] == "q4" and r["label"] == "PERIOD")]
    return doc


@pytest.mark.parametrize("make_prediction,kind,surface,css", [
    (lambda g: _without(g, "q3"), "missed", "2%", "err-missed"),
    (lambda g: _changed(g, "q2", unit="us dollar"), "wrong unit", "3 trillion yuan", "err-wrong"),
    (lambda g: _changed(g, "q2", value=3e9), "wrong value", "3 trillion yuan", "err-wrong"),
    (lambda g: _changed(g, "q4", metric="AMOUNT"), "wrong metric", "1.5 trillion yuan", "err-wrong"),
    (_extra, "spurious", "May", "err-spurious"),
    (_no_period, "missing PERIOD link", "1.5 trillion yuan", "err-wrong"),
], ids=["missed", "unit", "value", "metric", "spurious", "link"])
def test_gold_marks_each_error(make_prediction, kind, surface, css):
    gold = _gold()
    page = render_html([make_prediction(gold)], gold=[gold])
    assert "1 errors against gold" in page and kind in page
    mark = re.search(rf'<mark class="([^"]*)"[^>]*>{re.escape(surface)}</mark>', page)
    assert mark and css in mark.group(1).split()
    data = json.loads(_data_block(page))
    assert [e["kinds"] for e in data["documents"][0]["errors"]] == [[kind]]


def test_gold_prediction_has_no_errors():
    gold = _gold()
    page = render_html([gold], gold=[gold])
    assert "0 errors against gold" in page and "err-" not in page.split("<main>")[1].split("<script")[0]


def test_gold_with_another_text_is_refused():
    gold = _gold()
    with pytest.raises(ValueError, match="trade"):
        render_html([gold], gold=[dict(gold, text=GOLD_TEXT + " More.")])


@pytest.mark.parametrize("reason,kind", [("missed", "missed"), ("unit", "wrong unit"),
                                         ("missing:BASELINE", "missing BASELINE link"),
                                         ("wrong:CATEGORY", "wrong CATEGORY link")])
def test_error_kinds_are_readable(reason, kind):
    assert error_kind(reason) == kind


def test_cli_writes_report_with_gold_and_summary(tmp_path, capsys):
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(_gold()) + "\n", encoding="utf-8")
    docs = tmp_path / "in.jsonl"
    docs.write_text(json.dumps({"id": "trade", "text": GOLD_TEXT}) + "\n", encoding="utf-8")
    out, table = tmp_path / "review.html", tmp_path / "rows.csv"
    assert main(["extract", str(docs), "-o", str(out), "-o", str(table), "--gold", str(gold_path), "--rules-only"]) == 0
    page = out.read_text(encoding="utf-8")
    n_rows = len(list(csv.DictReader(table.open(encoding="utf-8"))))
    assert page.count("<tr data-row=") == n_rows and "errors against gold" in page
    err = capsys.readouterr().err
    assert re.search(r"1 documents, \d+ figures, \d+ errors, .* characters/s", err)


def test_cli_format_option_quiet_and_verbose(tmp_path, capsys):
    docs = tmp_path / "in.jsonl"
    docs.write_text(json.dumps({"id": "a", "text": "Exports were 3 trillion yuan in May."}) + "\n")
    out = tmp_path / "report.htm"
    assert main(["extract", str(docs), "-o", str(out), "--format", "html", "--rules-only", "--quiet"]) == 0
    assert out.read_text().startswith("<!DOCTYPE html>") and capsys.readouterr().err == ""
    assert main(["extract", str(docs), "-o", str(tmp_path / "r.html"), "--rules-only", "--verbose"]) == 0
    err = capsys.readouterr().err
    assert "a: 1 figures, 1 rows" in err and "characters/s" in err


def test_write_html_returns_row_count_and_has_no_remote_reference(tmp_path, extract_one):
    record = extract_one("Exports rose 5% to 3 trillion yuan in May, and imports fell 2%.")
    n = write_html([record], tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert n == len(rows(record))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "default-src 'none'" in page and "@import" not in page


def test_progress_shows_only_on_a_terminal(monkeypatch):
    import pipeline.progress as progress_module
    from pipeline.progress import progress, summary_line, wants_progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    items = [1, 2, 3]
    assert progress(items, enabled=False) is items
    assert not wants_progress(io.StringIO()) and wants_progress(Terminal())
    monkeypatch.setattr(progress_module, "QUIET", True)
    assert not wants_progress(Terminal())
    monkeypatch.setattr(progress_module.sys, "stderr", Terminal())
    monkeypatch.setattr(progress_module, "QUIET", False)
    assert list(progress(items, total=3, desc="t")) == items and progress(items) is not items
    assert summary_line(2, 10, 1, 5000, 2.0) == "2 documents, 10 figures, 1 errors, 5,000 characters in 2.0 s (2,500 characters/s)"


def test_make_report_target_writes_the_examples_report():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = re.search(r"^report:.*\n((?:\t.*\n)+)", makefile, re.M)
    assert target and "examples/" in target.group(1) and "out/report.html" in target.group(1)


def test_evaluate_ends_with_a_summary_line_unless_quiet(tmp_path, capsys):
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text(json.dumps(_gold()) + "\n", encoding="utf-8")
    pred_path.write_text(json.dumps(_without(_gold(), "q3")) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold_path), "--pred", str(pred_path)]) == 0
    err = capsys.readouterr().err
    assert re.search(r"^1 documents, 3 figures, 1 errors, 84 characters in .* characters/s\)$", err, re.M)
    assert main(["evaluate", str(gold_path), "--pred", str(pred_path), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
