"""The annotated corpus: authoring form, validation, split files, statistics."""

import pytest

from conftest import ROOT
from pipeline.authoring import AuthoringError, compile_folder, parse_ann, to_ann
from pipeline.corpus import check_document, statistics, validate
from pipeline.docs import read_jsonl

ANNOTATIONS = ROOT / "annotations"


def test_annotations_validate_without_errors():
    report = validate(ANNOTATIONS)
    assert report.documents >= 80
    assert [str(f) for f in report.errors] == []


def test_split_files_are_compiled_from_the_sources():
    by_split = compile_folder(ANNOTATIONS / "src")
    for split, compiled in by_split.items():
        on_disk = {d["id"]: d for d in read_jsonl(ANNOTATIONS / f"{split}.jsonl")}
        assert on_disk == {c.doc["id"]: c.doc for c in compiled}, f"recompile {split}.jsonl"


def test_seed_release_is_training_material():
    train = {d["id"] for d in read_jsonl(ANNOTATIONS / "train.jsonl")}
    assert "nia-2021-h1" in train


def test_corpus_size_and_variety():
    stats = statistics(ANNOTATIONS)
    assert stats["labels"]["QUANTITY"] >= 1200
    assert len(stats["source_kinds"]) >= 12
    for split in ("train", "dev", "test"):
        assert stats["splits"][split]["documents"] > 0


def write(tmp_path, spans, text="Exports rose 5% to 3 trillion yuan, up 5% again."):
    path = tmp_path / "doc.ann"
    path.write_text(f"id: doc\nsplit: train\n=== text\n{text}\n=== spans\n{spans}\n=== relations\n")
    return path


@pytest.mark.parametrize(
    "spans,message",
    [
        ('q1 QUANTITY "5%" value=5 unit=percent metric=CHANGE', "occurs 2 times; add n="),
        ('q1 QUANTITY "7%" value=7 unit=percent metric=CHANGE', "not found"),
        ('q1 QUANTITY "5%" n=3 value=5 unit=percent metric=CHANGE', "n=3 but"),
        ('q1 QUANTITY "3 trillion yuan" value=abc', "must be a number"),
    ],
)
def test_authoring_errors_name_file_and_line(tmp_path, spans, message):
    path = write(tmp_path, spans)
    with pytest.raises(AuthoringError, match=message) as err:
        parse_ann(path)
    assert f"{path}:6" in str(err.value)


@pytest.mark.parametrize("spans, text, line", [
    # the second ``in May`` counted as the second free-standing one, but n counts the one inside the longer period too
    ('p1 PERIOD "in the 12 months ended in May" date_from=2023-06-01 date_to=2024-05-31\n'
     'p2 PERIOD "in May" n=1 date_from=2024-05-01 date_to=2024-05-31',
     "Prices rose 2.1% in the 12 months ended in May, after 0.3% in May.", 7),
    ('q1 QUANTITY "1 to 3 percent" value=1 value_max=3 unit=percent metric=SHARE\n'
     'q2 QUANTITY "3 percent" n=1 value=3 unit=percent metric=SHARE',
     "Inflation is inside the 1 to 3 percent band and the neutral rate is about 3 percent.", 7),
])
def test_authoring_rejects_a_span_inside_another_of_its_label(tmp_path, spans, text, line):
    """``n`` counts occurrences inside longer spans too, so a period, baseline or figure that lies inside another of
    its label is an occurrence counted wrong: an error naming the file and the inner span's line."""
    path = write(tmp_path, spans, text)
    with pytest.raises(AuthoringError, match="lies inside") as err:
        parse_ann(path)
    assert f"{path}:{line}" in str(err.value)
    fixed = spans.replace("n=1", "n=2")
    path.write_text(path.read_text().replace(spans, fixed))
    assert len(parse_ann(path).doc["spans"]) == 2


def test_authoring_round_trip(tmp_path):
    compiled = parse_ann(ANNOTATIONS / "src" / "nia-2021-h1.ann")
    path = tmp_path / "again.ann"
    path.write_text(to_ann(compiled.doc, compiled.split))
    assert parse_ann(path).doc == compiled.doc


def test_validation_flags_value_disagreements_and_token_boundaries(nlp):
    text = "Sales reached 3.2 million units."
    doc = {"id": "d", "text": text, "spans": [
        {"id": "q1", "start": 14, "end": 25, "label": "QUANTITY", "value": 3.2, "unit": "unit", "metric": "COUNT"},
        {"id": "c1", "start": 27, "end": 31, "label": "CATEGORY"},
    ], "relations": [{"head": "q1", "child": "c1", "label": "CATEGORY"}]}
    merger = nlp.get_pipe("relstats_number_merger")
    findings = check_document(doc, "d.jsonl:1", tokenize=lambda t: merger(nlp.make_doc(t)))
    messages = " ".join(f.message for f in findings)
    assert "parser reads 3200000" in messages
    assert "token boundaries" in messages


def test_schema_errors_are_reported():
    doc = {"id": "d", "text": "abc", "spans": [
        {"id": "q1", "start": 0, "end": 9, "label": "QUANTITY", "value": 1, "unit": "x", "metric": "COUNT"}],
        "relations": [{"head": "q1", "child": "zz", "label": "CATEGORY"}]}
    messages = " ".join(f.message for f in check_document(doc, "d"))
    assert "not inside the text" in messages


def test_style_measures_count_brackets_long_sentences_density_and_links():
    from pipeline.corpus import style_measures

    text = ("Payroll employment rose by 41,000 (+0.2%) in May. " + "Word " * 36 + "ended here.\nShort line 3.")
    start = text.index("41,000")
    doc = {"text": text, "spans": [
        {"id": "q1", "label": "QUANTITY", "start": start, "end": start + 6},
        {"id": "q2", "label": "QUANTITY", "start": text.index("+0.2%"), "end": text.index("+0.2%") + 5}],
        "relations": [{"head": "q2", "child": "q1", "label": "MODIFIES"}]}
    measures = style_measures([doc])
    assert measures["figures_in_brackets"] == 0.5
    assert measures["long_sentences"] == round(1 / 3, 3)
    assert measures["relations_per_figure"] == 0.5
    assert measures["figures_per_1000_chars"] == round(2000 / len(text), 1)


def _open_bracket(text: str, offset: int) -> int:
    """The offset of the innermost bracket open at ``offset`` (-1: none)."""
    stack = []
    for i, char in enumerate(text[:offset]):
        if char == "(":
            stack.append(i)
        elif char == ")" and stack:
            stack.pop()
    return stack[-1] if stack else -1


def test_no_gold_part_and_whole_stand_in_brackets_of_their_own():
    # the relation step never proposes such a PART_OF pair (relation_features.candidate_pairs): the
    # corpus must agree (GUIDELINES C5-4: ``Iranians (3,371), Turks (3,040)`` are list items)
    pairs = 0
    for split in ("train", "dev", "test"):
        for doc in read_jsonl(ANNOTATIONS / f"{split}.jsonl"):
            spans = {s["id"]: s for s in doc["spans"]}
            for rel in doc["relations"]:
                if rel["label"] != "PART_OF":
                    continue
                pairs += 1
                a = _open_bracket(doc["text"], spans[rel["head"]]["start"])
                b = _open_bracket(doc["text"], spans[rel["child"]]["start"])
                assert not (a >= 0 and b >= 0 and a != b), (doc["id"], rel)
    assert pairs >= 200


def test_a_named_month_and_year_is_a_year_baseline():
    # FORMAT BASELINE: ``year`` for an explicit year; ``compared with May 2023`` is no ``yoy``
    import re

    month_year = re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|"
                            r"December) (\d{4})")
    found = 0
    for split in ("train", "dev", "test"):
        for doc in read_jsonl(ANNOTATIONS / f"{split}.jsonl"):
            for span in doc["spans"]:
                match = month_year.fullmatch(doc["text"][span["start"] : span["end"]])
                if span["label"] == "BASELINE" and match:
                    found += 1
                    assert (span.get("type"), span.get("year")) == ("year", int(match.group(2))), (doc["id"], span)
    assert found >= 30


@pytest.mark.parametrize("probe,n", [("probe5", 10), ("probe6", 8), ("probe7", 10), ("probe8", 8), ("probe9", 8), ("probe10", 8), ("probe11", 8), ("probe12", 8), ("probe13", 8), ("probe14", 8), ("probe15", 8), ("probe16", 8), ("probe17", 8), ("probe18", 8), ("probe19", 8), ("probe20", 8), ("probe21", 8), ("probe22", 8), ("probe23", 8), ("probe24", 8), ("probe25", 8), ("probe26", 8), ("probe27", 8), ("probe28", 8), ("probe29", 8), ("probe30", 8), ("probe31", 8), ("probe32", 8), ("probe33", 8), ("probe34", 8), ("probe35", 8), ("probe36", 8), ("probe37", 8), ("probe38", 8), ("probe39", 8), ("probe40", 8), ("probe41", 8), ("probe42", 8), ("probe43", 8), ("probe44", 8), ("probe45", 8), ("probe46", 8), ("probe47", 8), ("probe48", 8), ("probe49", 8), ("probe50", 8), ("probe51", 8), ("probe52", 8), ("probe53", 8), ("probe54", 8), ("probe55", 8), ("probe56", 8), ("probe57", 8), ("probe58", 8), ("probe59", 8), ("probe60", 8), ("probe61", 8), ("probe62", 8), ("probe63", 8)])
def test_the_fresh_probes_validate_and_are_compiled_from_their_sources(probe, n):
    # the held-out probes (GUIDELINES C7-3): all in their test split, none in the training corpus
    report = validate(ANNOTATIONS / probe)
    assert report.documents == n and [str(f) for f in report.errors] == []
    compiled = compile_folder(ANNOTATIONS / probe / "src")
    assert not compiled["train"] and not compiled["dev"] and len(compiled["test"]) == n
    on_disk = {d["id"]: d for d in read_jsonl(ANNOTATIONS / probe / "test.jsonl")}
    assert on_disk == {c.doc["id"]: c.doc for c in compiled["test"]}
    corpus_ids = {d["id"] for split in ("train", "dev", "test") for d in read_jsonl(ANNOTATIONS / f"{split}.jsonl")}
    assert not corpus_ids & set(on_disk)
