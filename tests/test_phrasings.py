"""Phrasing cases from data: every way a figure is written (``tests/data/phrasings.jsonl``).

Each line is one text with the QUANTITY spans FORMAT expects in it, in order: surface text,
value, unit, metric, and where given value_max, bound, direction and the unit's dimension. An
empty list means no QUANTITY at all (names, dates, identifiers, scores). A case with ``"gap"``
states a known shortfall: it is expected to fail, strictly, so fixing it shows up.
"""

import json
from collections import Counter
from pathlib import Path

import pytest

import pipeline
from pipeline.extensions import spans_of
from pipeline.units import coverage

CASES_PATH = Path(__file__).parent / "data" / "phrasings.jsonl"


def load_cases(path: Path = CASES_PATH) -> list[dict]:
    """The phrasing cases; a malformed line is an error naming the file and line."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
            assert isinstance(case["text"], str) and isinstance(case["spans"], list) and case["class"]
        except (ValueError, KeyError, AssertionError) as error:
            raise ValueError(f"{path}:{number}: not a phrasing case ({error!r})") from error
        case["line"] = number
        cases.append(case)
    return cases


CASES = load_cases()


def read(nlp, case: dict) -> list[dict]:
    document = {"id": f"line{case['line']}", "text": case["text"], "meta": case.get("meta", {})}
    _, doc = next(pipeline.process(nlp, [document]))
    found = []
    for span in spans_of(doc, "QUANTITY"):
        ext = span._
        found.append({"text": span.text, "value": ext.value, "value_max": ext.value_max, "unit": ext.unit,
                      "metric": ext.metric, "bound": ext.bound, "direction": ext.direction,
                      "dimension": ext.unit_dimension})
    return found


def problems(expected: list[dict], found: list[dict]) -> list[str]:
    """What differs between the expected and the found spans (empty when they agree)."""
    if [e["text"] for e in expected] != [f["text"] for f in found]:
        return [f"spans {[f['text'] for f in found]} != {[e['text'] for e in expected]}"]
    out = []
    for want, got in zip(expected, found):
        if got["value"] is None or abs(got["value"] - want["value"]) > 0.002 * abs(want["value"]):
            out.append(f"{want['text']}: value {got['value']} != {want['value']}")
        for key in ("unit", "metric", "value_max", "bound", "direction", "dimension"):
            if key in want and want[key] is not None and got[key] != want[key]:
                if key == "value_max" and got[key] is not None and abs(got[key] - want[key]) <= 0.002 * want[key]:
                    continue
                out.append(f"{want['text']}: {key} {got[key]!r} != {want[key]!r}")
    return out


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['line']}-{c['class']}")
def test_phrasing_case(nlp, case):
    found = read(nlp, case)
    wrong = problems(case["spans"], found)
    if case.get("gap"):
        if not wrong:
            pytest.fail(f"line {case['line']}: known gap now passes, remove 'gap': {case['gap']}")
        pytest.xfail(case["gap"])
    assert not wrong, f"{CASES_PATH.name}:{case['line']}: {case['text']!r}: " + "; ".join(wrong)


def test_phrasing_cases_cover_every_unit_dimension_and_forty_currencies():
    dimensions = {span.get("dimension") for case in CASES for span in case["spans"]} - {None}
    known = set(coverage()["dimensions"]) - {"count"}
    assert known <= dimensions | {"count"}, sorted(known - dimensions)
    currencies = {span["unit"] for case in CASES for span in case["spans"] if span["metric"] == "MONEY"}
    assert len(currencies) >= 40, len(currencies)
    assert len(CASES) >= 300
    assert min(Counter(c["class"] for c in CASES).values()) >= 2


def test_a_malformed_case_file_names_the_line(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text('{"class": "x", "text": "a", "spans": []}\n{"text": 5}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"cases.jsonl:2"):
        load_cases(path)
