"""The command line end to end: extract, evaluate, validate, stats, export-tasks; clear input errors."""

import csv
import json

import pytest

from conftest import ROOT
from pipeline.cli import main


def test_extract_examples_writes_csv_and_documents(tmp_path, capsys):
    csv_path, docs_path = tmp_path / "stats.csv", tmp_path / "docs.jsonl"
    assert main(["extract", str(ROOT / "examples"), "-o", str(csv_path), "-o", str(docs_path), "--rules-only"]) == 0
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    docs = [json.loads(line) for line in docs_path.open(encoding="utf-8")]
    assert {d["id"] for d in docs} >= {"nia-2021-h1", "retail-sales-2023-10"}
    seed_rows = [r for r in rows if r["doc_id"] == "nia-2021-h1" and r["text"] == "8,419"]
    assert seed_rows and seed_rows[0]["change_value"] == "220" and seed_rows[0]["change_baseline"] == "yoy"
    assert seed_rows[0]["metric"] == "COUNT" and seed_rows[0]["unit"] == "case"
    for doc in docs:
        for span in doc["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(doc["text"])
    assert "documents" in capsys.readouterr().err


def test_extract_table_jsonl_and_docs_input(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Exports rose 5% to 3.1 trillion yuan in May."}) + "\n")
    out = tmp_path / "rows.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--format", "table-jsonl", "--rules-only"]) == 0
    rows = [json.loads(line) for line in out.open()]
    assert rows == [dict(rows[0])] and rows[0]["value"] == 3.1e12 and rows[0]["change_value"] == 5
    assert rows[0]["period"] == "in May" and rows[0]["category"] == "Exports"


def test_bad_jsonl_line_names_file_and_line(tmp_path, capsys):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": "a", "text": "ok"}\n{not json}\n')
    assert main(["extract", str(src), "-o", str(tmp_path / "o.jsonl"), "--rules-only"]) == 1
    assert f"{src}:2: not valid JSON" in capsys.readouterr().err
    assert [json.loads(line)["id"] for line in (tmp_path / "o.jsonl").open()] == ["a"]


@pytest.mark.parametrize("content,message", [('{"id": "a"}', "no 'text'"), ('[1, 2]', "JSON object")])
def test_malformed_documents_are_reported_not_dropped(tmp_path, capsys, content, message):
    src = tmp_path / "bad.jsonl"
    src.write_text(content + "\n")
    assert main(["extract", str(src), "-o", str(tmp_path / "o.jsonl"), "--rules-only"]) == 1
    assert message in capsys.readouterr().err
    assert message in (tmp_path / "o.errors.jsonl").read_text()


def test_missing_input_is_an_error(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "o.csv")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_duplicate_document_ids_are_refused(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Sales rose 5%.")
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "x"}) + "\n")
    assert main(["extract", str(tmp_path / "a.txt"), str(src), "-o", str(tmp_path / "o.jsonl"), "--rules-only"]) == 1
    assert "already read" in capsys.readouterr().err


def test_evaluate_prediction_file_against_gold(tmp_path, capsys):
    from pipeline.authoring import parse_ann

    gold = parse_ann(ROOT / "annotations" / "src" / "nia-2021-h1.ann").doc
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    report = tmp_path / "report.json"
    assert main(["evaluate", str(path), "--pred", str(path), "--json", str(report)]) == 0
    assert "Record accuracy: 100.0%" in capsys.readouterr().out
    assert json.loads(report.read_text())["records"]["accuracy"] == 1.0


def test_export_tasks_for_label_studio(tmp_path):
    out = tmp_path / "tasks.json"
    assert main(["export-tasks", str(ROOT / "examples" / "retail-sales-2023-10.txt"), "-o", str(out),
                 "--rules-only"]) == 0
    tasks = json.loads(out.read_text())
    assert tasks and tasks[0]["predictions"][0]["result"]


def test_extract_with_two_processes_matches_one(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    examples = str(ROOT / "examples")
    assert main(["extract", examples, "-o", str(one), "--rules-only"]) == 0
    assert main(["extract", examples, "-o", str(two), "--rules-only", "--n-process", "2"]) == 0
    assert one.read_text() == two.read_text()
