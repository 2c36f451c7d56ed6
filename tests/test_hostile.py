"""Hostile inputs and faults: each gives the exact message a user sees, never a traceback, a lost
document, a hang or a file that looks complete when it is not (issue 13)."""

import csv
import json
import os
import signal
import subprocess
import sys
import time

import pytest

import pipeline
from conftest import ROOT
from pipeline.cli import main

RELEASE = "Exports rose 13.8 percent to 17.67 trillion yuan in the first half of the year."


def write_jsonl(path, docs):
    path.write_text("".join((d if isinstance(d, str) else json.dumps(d)) + "\n" for d in docs), encoding="utf-8")
    return path


def run_extract(tmp_path, capsys, docs, *options):
    src = write_jsonl(tmp_path / "in.jsonl", docs)
    out = tmp_path / "out" / "docs.jsonl"
    code = main(["extract", str(src), "-o", str(out), "--rules-only", *options])
    err = capsys.readouterr().err
    written = [json.loads(line) for line in out.open(encoding="utf-8")] if out.exists() else None
    errors = [json.loads(line) for line in (out.parent / "docs.errors.jsonl").open()] if written is not None else None
    return code, err, written, errors


# -- one bad document is reported and skipped; the others are extracted --------------------------
BAD_DOCUMENTS = [
    ({"id": "d", "text": RELEASE, "meta": {"date": "2021-02-30"}},
     "document 'd': meta.date '2021-02-30' is not a valid ISO date (day is out of range for month)", "DocumentError"),
    ({"id": "d", "text": RELEASE, "meta": {"date": 20210730}},
     "document 'd': meta.date must be an ISO date string (YYYY-MM-DD), got int", "DocumentError"),
    ({"id": "d", "text": RELEASE, "meta": ["date", "2021-07-30"]},
     "document 'd': 'meta' must be an object, got list", "InputError"),
    ('{"id": "d", "text": "Sales rose \\ud800 5%."}',
     "document 'd': text has a lone surrogate U+D800 at offset 11 (not valid Unicode)", "DocumentError"),
    ({"id": "d", "text": "Output was " + "7" * 5000 + " tons."},
     "document 'd': Exceeds the limit (4300 digits) for integer string conversion", "ValueError"),
    ({"id": "d"}, "document 'd': no 'text' string", "InputError"),
    ({"id": "", "text": RELEASE}, "document has no 'id' (a non-empty string or integer)", "InputError"),
    ("[1, 2]", "expected a JSON object, got list", "InputError"),
    ('{"id": "d", "text": "cut', "not valid JSON at column 21: Unterminated string starting at", "InputError"),
    ({"id": "ok", "text": "A repeat."}, "document 'ok': document id 'ok' already read from", "InputError"),
]


@pytest.mark.parametrize("bad,message,exception", BAD_DOCUMENTS)
def test_bad_document_is_reported_and_the_run_goes_on(tmp_path, capsys, bad, message, exception):
    good = {"id": "ok", "text": RELEASE}
    code, err, written, errors = run_extract(tmp_path, capsys, [good, bad, dict(good, id="ok2")])
    assert code == 1
    assert f"in.jsonl:2: {message}" in err and f"[{exception}]; skipped" in err
    assert [d["id"] for d in written] == ["ok", "ok2"]
    assert len(errors) == 1 and errors[0]["line"] == 2 and errors[0]["exception"] == exception
    assert errors[0]["file"].endswith("in.jsonl") and message.split(": ", 1)[-1][:30] in errors[0]["reason"]
    assert "Traceback" not in err


def test_strict_stops_at_the_first_failure_and_writes_nothing(tmp_path, capsys):
    docs = [{"id": "a", "text": RELEASE}, {"id": "b", "text": RELEASE, "meta": {"date": "2021-13-01"}},
            {"id": "c", "text": RELEASE}]
    code, err, written, _ = run_extract(tmp_path, capsys, docs, "--strict")
    assert code == 1 and written is None
    assert "document 'b': meta.date '2021-13-01' is not a valid ISO date" in err
    assert "stopped at the first failure (--strict); no output written" in err
    assert not list((tmp_path / "out").glob("*"))


def test_python_api_yields_error_records_unless_asked_to_raise(nlp):
    docs = ["Sales rose 5%.", {"id": "bad", "text": "Sales rose 5%.", "meta": {"date": "2023-02-29"}}, 42]
    records = list(pipeline.extract(docs, nlp=nlp))
    assert [pipeline.is_error(r) for r in records] == [False, True, True]
    assert records[1]["reason"] == "meta.date '2023-02-29' is not a valid ISO date (day is out of range for month)"
    assert records[2]["reason"] == "expected a string or a document with 'text', got int"
    with pytest.raises(ValueError, match="day is out of range for month"):
        list(pipeline.extract(docs[1:2], nlp=nlp, raise_errors=True))


# -- long documents and size limits ---------------------------------------------------------------
def test_long_document_is_cut_at_paragraphs_and_nothing_is_lost(nlp):
    paragraphs = [f"In {month}, exports rose {k + 1}.5 percent to {k + 10} billion yuan, of which 3 billion were "
                  f"cars. Imports fell {k + 2}% year-on-year." for k, month in enumerate(
                      ["January", "February", "March", "April", "May", "June"] * 12)]
    text = "\n\n".join(paragraphs)
    whole = next(pipeline.extract([text], nlp=nlp, limits=pipeline.Limits(chunk_chars=10 ** 6)))
    pieces = next(pipeline.extract([text], nlp=nlp, limits=pipeline.Limits(chunk_chars=400)))
    assert len(text) > 10 * 400
    for key in ("text", "spans", "relations", "rows"):
        assert pieces[key] == whole[key]
    for span in pieces["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(text)


def test_a_sentence_listing_400_figures_is_extracted_in_time(nlp):
    # issue 13: no cost per figure may grow with the figures of its sentence (bench/scale.py measures
    # the target, 0.1 s; this bound only catches a quadratic step coming back)
    text = "Prices were up " + " ".join(["5%"] * 400) + " in May."
    started = time.perf_counter()
    record = next(pipeline.extract([text], nlp=nlp))
    assert time.perf_counter() - started < 2.0
    assert sum(1 for span in record["spans"] if span["label"] == "QUANTITY") == 400


def test_document_over_the_size_limit_is_refused_with_its_size(tmp_path, capsys):
    code, err, written, errors = run_extract(tmp_path, capsys, [{"id": "big", "text": "x " * 600}], "--max-chars", "1000")
    assert code == 1 and written == []
    assert "document 'big': document has 1,200 characters, over the limit of 1,000 (--max-chars)" in err


def test_document_over_spacy_max_length_is_extracted_in_pieces(nlp):
    text = (RELEASE + "\n\n") * 20
    nlp.max_length, saved = 1000, nlp.max_length
    try:
        record = next(pipeline.extract([text], nlp=nlp))
    finally:
        nlp.max_length = saved
    assert not pipeline.is_error(record)
    assert sum(s["label"] == "QUANTITY" for s in record["spans"]) == 40


# -- safe outputs ----------------------------------------------------------------------------------
@pytest.mark.parametrize("cell,expected", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"), ("@SUM(1)", "'@SUM(1)"), ("\tExports", " Exports"), ("\t=1+1", "' =1+1"), ("-0.3", "-0.3"), ("+46,000", "+46,000"),
    ("=", "="), ("Exports", "Exports"), ("a\x00b\x1bc", "abc"), ("two\nlines", "two lines"), (-0.3, -0.3),
    (12, 12), (None, ""),
])
def test_csv_cells_are_never_formulas_and_numbers_stay_numbers(cell, expected):
    from pipeline.safeio import csv_cell

    assert csv_cell(cell) == expected


def test_formula_document_ids_and_categories_are_neutralised_in_csv(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "=1+1", "text": "@Exports rose 5% to 30 tons in May."}])
    out = tmp_path / "t.csv"
    assert main(["extract", str(src), "-o", str(out), "--rules-only"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["doc_id"] == "'=1+1" and rows[0]["value"] == "30" and rows[0]["bound"] == "="
    assert all(not v.startswith(("=", "+", "-", "@")) or v in ("=",) for row in rows for v in row.values())


def test_huge_number_becomes_null_with_a_warning_and_json_stays_strict(tmp_path, capsys):
    code, err, written, _ = run_extract(tmp_path, capsys, [{"id": "d", "text": "Output was " + "9" * 400 + " tons."}])
    assert code == 0
    span = next(s for s in written[0]["spans"] if s["label"] == "QUANTITY")
    assert span["value"] is None
    assert written[0]["meta"]["warnings"] == [f"span 'q1' '{'9' * 37}...' (11-416): value inf cannot be written "
                                              f"as JSON; written as null"]
    assert "Infinity" not in (tmp_path / "out" / "docs.jsonl").read_text()


def test_control_characters_are_escaped_in_json():
    from pipeline.safeio import dumps

    assert dumps({"t": "a\x00b\x7fc\u2028d\x85"}) == '{"t": "a\\u0000b\\u007fc\\u2028d\\u0085"}'
    with pytest.raises(ValueError, match="Out of range float values are not JSON compliant"):
        dumps({"v": float("nan")})


# -- arguments checked before any work ------------------------------------------------------------
@pytest.mark.parametrize("outputs,fmt,message", [
    (["IN"], None, "IN: is also an input; refusing to overwrite it"),
    (["o.csv"], "docs", "o.csv: --format docs writes .jsonl files, but the name ends in .csv"),
    (["o.jsonl"], "table-csv", "o.jsonl: --format table-csv writes .csv files, but the name ends in .jsonl"),
    (["o.xlsx"], None, "o.xlsx: cannot tell the output format from the extension '.xlsx'; use .csv, .jsonl or .html"),
    (["o.csv", "o.csv"], None, "o.csv: named twice as an output"),
    (["o.csv", "o.errors.jsonl"], None, "o.errors.jsonl: is where the error records go; choose another output name"),
    (["sub"], None, "sub: is a folder; name a file"),
])
def test_bad_outputs_are_refused_before_any_work(tmp_path, capsys, monkeypatch, outputs, fmt, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    src = write_jsonl(tmp_path / "IN.jsonl", [{"id": "a", "text": RELEASE}])
    before = src.read_bytes()
    args = ["extract", src.name] + [x for o in outputs for x in ("-o", "IN.jsonl" if o == "IN" else o)]
    assert main(args + (["--format", fmt] if fmt else []) + ["--rules-only"]) == 2
    err = capsys.readouterr().err
    assert message.replace("IN:", "IN.jsonl:") in err and "documents" not in err
    assert src.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["IN.jsonl", "sub"]


def test_output_inside_an_input_folder_is_refused(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(RELEASE)
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "docs.jsonl"), "--rules-only"]) == 2
    assert "where the next run would read it as input" in capsys.readouterr().err


@pytest.mark.parametrize("option,message", [
    (["--n-process", "0"], "--n-process must be at least 1, not 0"),
    (["--encoding", "klingon"], "unknown encoding 'klingon'"),
    (["--max-chars", "-5"], "--max-chars must be at least 1, not -5"),
])
def test_bad_options_are_refused(tmp_path, capsys, option, message):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": RELEASE}])
    assert main(["extract", str(src), "-o", str(tmp_path / "o.jsonl"), "--rules-only", *option]) == 2
    assert message in capsys.readouterr().err


# -- decoding --------------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding,data", [
    ("utf-8 with BOM", b"\xef\xbb\xbf" + RELEASE.encode("utf-8")),
    ("utf-16 LE with BOM", b"\xff\xfe" + RELEASE.encode("utf-16-le")),
    ("utf-16 BE with BOM", b"\xfe\xff" + RELEASE.encode("utf-16-be")),
])
def test_byte_order_marks_are_read_and_removed(tmp_path, capsys, encoding, data):
    (tmp_path / "release.txt").write_bytes(data)
    out = tmp_path / "docs.jsonl"
    assert main(["extract", str(tmp_path / "release.txt"), "-o", str(out), "--rules-only"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["text"] == RELEASE
    category = next(s for s in doc["spans"] if s["label"] == "CATEGORY")
    assert doc["text"][category["start"]:category["end"]] == "Exports"


def test_undecodable_file_names_the_byte_and_encoding_option_reads_it(tmp_path, capsys):
    path = tmp_path / "latin.txt"
    path.write_bytes("Exports to Côte d'Ivoire rose 5%.".encode("cp1252"))
    out = tmp_path / "docs.jsonl"
    assert main(["extract", str(path), "-o", str(out), "--rules-only"]) == 1
    assert "cannot decode as utf-8 (byte f4 at offset 12); use --encoding to name its encoding" in capsys.readouterr().err
    assert main(["extract", str(path), "-o", str(out), "--rules-only", "--encoding", "cp1252"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["text"] == "Exports to Côte d'Ivoire rose 5%."


@pytest.mark.parametrize("text,surface", [
    ("Exports rose ١٣٫٨ percent in May.", "١٣٫٨ percent"),    # Arabic-Indic digits and decimal separator
    ("Exports rose १३.८ percent in May.", "१३.८ percent"),     # Devanagari
    ("Exports rose １３.８ percent in May.", "１３.８ percent"),  # full-width
])
def test_other_decimal_digits_are_read_and_offsets_index_the_original(nlp, text, surface):
    record = next(pipeline.extract([text], nlp=nlp))
    assert record["text"] == text
    quantity = next(s for s in record["spans"] if s["label"] == "QUANTITY")
    assert text[quantity["start"]:quantity["end"]] == surface and quantity["value"] == 13.8


# -- evaluate and the corpus tools ----------------------------------------------------------------
@pytest.fixture()
def gold_file(tmp_path):
    from pipeline.authoring import parse_ann

    docs = [parse_ann(p).doc for p in sorted((ROOT / "annotations" / "src").glob("*.ann"))[:3]]
    return write_jsonl(tmp_path / "gold.jsonl", docs), docs


def _break(doc, how):
    doc = json.loads(json.dumps(doc))
    if how == "string offset":
        doc["spans"][0]["start"] = str(doc["spans"][0]["start"])
    elif how == "out of range":
        doc["spans"][0]["end"] = len(doc["text"]) + 5
    elif how == "no end":
        del doc["spans"][0]["end"]
    elif how == "unknown relation end":
        doc["relations"].append({"head": "q1", "child": "zz", "label": "CATEGORY"})
    return doc


@pytest.mark.parametrize("how,message", [
    ("string offset", "'start' and 'end' must be integers, got '"),
    ("out of range", "not inside the text (length"),
    ("no end", "must be integers, got"),
    ("unknown relation end", "-CATEGORY-> zz: unknown span id"),
])
def test_evaluate_refuses_broken_predictions_with_file_and_line(tmp_path, capsys, gold_file, how, message):
    path, docs = gold_file
    pred = write_jsonl(tmp_path / "pred.jsonl", [docs[0], _break(docs[1], how), docs[2]])
    assert main(["evaluate", str(path), "--pred", str(pred)]) == 2
    err = capsys.readouterr().err
    assert f"pred.jsonl:2: document {docs[1]['id']!r}: span" in err or f"pred.jsonl:2: document {docs[1]['id']!r}: relation" in err
    assert message in err


def test_evaluate_reports_missing_unknown_and_duplicate_documents(tmp_path, capsys, gold_file):
    path, docs = gold_file
    pred = write_jsonl(tmp_path / "pred.jsonl", [docs[0], dict(docs[0], id="stranger"), docs[0]])
    assert main(["evaluate", str(path), "--pred", str(pred)]) == 2
    err = capsys.readouterr().err
    assert "pred.jsonl:2: document 'stranger' is not in the gold file" in err
    assert f"pred.jsonl:3: document {docs[0]['id']!r} predicted twice (also line 1)" in err
    assert "2 of 3 gold documents have no prediction" in err and "--allow-missing" in err
    only_first = write_jsonl(tmp_path / "first.jsonl", [docs[0]])
    assert main(["evaluate", str(path), "--pred", str(only_first), "--allow-missing"]) == 0
    assert "warning: 2 gold documents have no prediction" in capsys.readouterr().err


ANN = ("id: x\ndate: {date}\nsplit: train\n=== text\nSales rose 5% to 30 tons.\n=== spans\n"
       "q1 QUANTITY 5% value=5 unit=percent metric=CHANGE direction=up\n"
       "q2 QUANTITY '30 tons' value=30 unit=ton metric=AMOUNT\nc1 CATEGORY Sales\n{relations}")


@pytest.mark.parametrize("content,message", [
    (b"\x00\x01binary\x00", "x.ann:1: binary file (NUL byte at offset 0), not an .ann text"),
    (ANN.format(date="2021-07-30", relations="").encode() + b"\xff\n",
     "x.ann:10: not UTF-8 text (byte ff at offset 216)"),
    (ANN.format(date="2021-02-30", relations="=== relations\nq1 MODIFIES q2\nq2 CATEGORY c1\n").encode(),
     "x.ann:2: date '2021-02-30' is not a valid ISO date (day is out of range for month)"),
    (ANN.format(date="2021-07-30", relations="").encode(),
     "no '=== relations' line after the spans (is the file cut short?)"),
])
def test_compile_and_validate_refuse_broken_ann_files(tmp_path, capsys, content, message):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "x.ann").write_bytes(content)
    assert main(["compile", str(tmp_path)]) == 2
    assert message in capsys.readouterr().err
    assert main(["validate", str(tmp_path), "--no-tokens"]) == 1
    assert message in capsys.readouterr().out


def test_validate_flags_a_relations_block_cut_short(tmp_path, capsys):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "x.ann").write_text(ANN.format(date="2021-07-30", relations="=== relations\nq1 MODIFIES q2\n"))
    assert main(["validate", str(tmp_path), "--no-tokens", "--strict"]) == 1
    assert "CATEGORY 'c1' is the child of no relation (is the relations block cut short?)" in capsys.readouterr().out


# -- faults: a killed run resumes to the same output; a dead worker is reported --------------------
def _corpus(tmp_path, n):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    return write_jsonl(tmp_path / "many.jsonl", [{"id": f"d{k}", "text": texts[k % len(texts)]} for k in range(n)])


def _extract_cmd(src, out_dir, *extra):
    return [sys.executable, "-m", "pipeline", "extract", str(src), "-o", str(out_dir / "t.csv"),
            "-o", str(out_dir / "d.jsonl"), "--rules-only", *extra]


def test_sigkill_in_the_middle_then_resume_equals_an_uninterrupted_run(tmp_path):
    src = _corpus(tmp_path, 60)
    full, part = tmp_path / "full", tmp_path / "part"
    subprocess.run(_extract_cmd(src, full), check=True, cwd=ROOT, capture_output=True)
    proc = subprocess.Popen(_extract_cmd(src, part), cwd=ROOT, stderr=subprocess.DEVNULL)
    checkpoint = part / "t.csv.checkpoint"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # kill once a few documents are done, well before the end
        if checkpoint.exists() and 3 <= json.loads(checkpoint.read_text() or '{"done": 0}').get("done", 0):
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not (part / "t.csv").exists() and not (part / "d.jsonl").exists()  # nothing looks complete
    done = json.loads(checkpoint.read_text())["done"]
    assert 3 <= done < 60
    resumed = subprocess.run(_extract_cmd(src, part, "--resume"), cwd=ROOT, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert f"resuming after {done} documents" in resumed.stderr
    for name in ("t.csv", "d.jsonl", "t.errors.jsonl"):
        assert (part / name).read_bytes() == (full / name).read_bytes()
    assert sorted(p.name for p in part.iterdir()) == ["d.jsonl", "t.csv", "t.errors.jsonl"]


def test_a_second_run_on_the_same_outputs_is_refused_and_the_first_completes(tmp_path):
    src = _corpus(tmp_path, 400)
    full, out = tmp_path / "full", tmp_path / "out"
    subprocess.run(_extract_cmd(src, full), check=True, cwd=ROOT, capture_output=True)
    first = subprocess.Popen(_extract_cmd(src, out), cwd=ROOT, stderr=subprocess.PIPE, text=True)
    checkpoint = out / "t.csv.checkpoint"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not checkpoint.exists():
        time.sleep(0.02)
    # a second command naming one of the same files, with another first output
    second = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(src), "-o", str(out / "other.csv"),
                             "-o", str(out / "d.jsonl"), "--rules-only"], cwd=ROOT, capture_output=True, text=True)
    assert first.poll() is None  # the refusal came while the first run was writing
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert second.returncode == 2
    assert f"{out / 'd.jsonl'}: another extract run is writing it now" in second.stderr
    for name in ("t.csv", "d.jsonl", "t.errors.jsonl"):
        assert (out / name).read_bytes() == (full / name).read_bytes()
    assert sorted(p.name for p in out.iterdir()) == ["d.jsonl", "t.csv", "t.errors.jsonl"]


def test_runs_into_one_folder_keep_their_failures_apart(tmp_path, capsys):
    good = write_jsonl(tmp_path / "good.jsonl", [{"id": "g", "text": RELEASE}])
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "b", "text": RELEASE, "meta": {"date": "2021-02-30"}}])
    out = tmp_path / "out"
    assert main(["extract", str(bad), "-o", str(out / "bad.jsonl"), "--rules-only"]) == 1
    assert main(["extract", str(good), "-o", str(out / "good.jsonl"), "--rules-only"]) == 0
    assert [json.loads(line)["id"] for line in (out / "bad.errors.jsonl").open()] == ["b"]
    assert (out / "good.errors.jsonl").read_text() == ""
    assert "bad.errors.jsonl" in capsys.readouterr().err


def test_resume_refuses_a_checkpoint_of_another_command(tmp_path):
    src = _corpus(tmp_path, 2)
    out = tmp_path / "o"
    out.mkdir()
    (out / "t.csv.checkpoint").write_text(json.dumps({"fingerprint": {"inputs": ["other"]}, "done": 1}))
    done = subprocess.run(_extract_cmd(src, out, "--resume"), cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 2
    assert "written by a run with other inputs, outputs or options" in done.stderr


def test_a_worker_that_dies_is_retried_then_reported_and_the_run_ends(tmp_path):
    src = _corpus(tmp_path, 12)
    out = tmp_path / "np"
    env = dict(os.environ, RELSTATS_TEST_KILL_WORKER="d5")
    done = subprocess.run(_extract_cmd(src, out, "--n-process", "2", "--batch-size", "2"), cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert ("many.jsonl:6: document 'd5': a worker process died while extracting this document, twice (killed, "
            "for example for lack of memory) [BrokenProcessPool]; skipped") in done.stderr
    ids = [json.loads(line)["id"] for line in (out / "d.jsonl").open()]
    assert ids == [f"d{k}" for k in range(12) if k != 5]
    assert [e["id"] for e in map(json.loads, (out / "t.errors.jsonl").open())] == ["d5"]


def test_two_processes_give_the_same_output_as_one(tmp_path, nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))] * 2
    one = list(pipeline.extract(texts, nlp=nlp))
    two = list(pipeline.extract(texts, nlp=nlp, n_process=2, batch_size=1))
    assert two == one


def test_extraction_keeps_no_document_alive(nlp):
    """Memory does not grow with the number of documents: no finished Doc stays referenced."""
    import gc

    from spacy.tokens import Doc

    texts = (f"Exports rose {k % 9}.5 percent to {k % 13 + 1} billion yuan in May." for k in range(60))
    for _ in pipeline.extract(texts, nlp=nlp):
        pass
    gc.collect()
    assert sum(isinstance(obj, Doc) for obj in gc.get_objects()) <= 8


def test_disk_full_keeps_the_part_files_for_resume(tmp_path, capsys, monkeypatch):
    from pipeline.outputs import RunOutputs

    docs = [{"id": f"d{k}", "text": RELEASE} for k in range(4)]
    src = write_jsonl(tmp_path / "in.jsonl", docs)
    out = tmp_path / "o" / "docs.jsonl"
    real_write, calls = RunOutputs.write, []

    def write_until_full(self, record):
        calls.append(record["id"])
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real_write(self, record)

    monkeypatch.setattr(RunOutputs, "write", write_until_full)
    assert main(["extract", str(src), "-o", str(out), "--rules-only"]) == 2
    assert ("error: cannot write the outputs (No space left on device); the .part files and the checkpoint are kept"
            in capsys.readouterr().err)
    assert not out.exists() and (tmp_path / "o" / "docs.jsonl.part").exists()
    monkeypatch.setattr(RunOutputs, "write", real_write)
    assert main(["extract", str(src), "-o", str(out), "--rules-only", "--resume"]) == 0
    assert "resuming after 2 documents" in capsys.readouterr().err
    assert [json.loads(line)["id"] for line in out.open()] == ["d0", "d1", "d2", "d3"]
