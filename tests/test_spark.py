"""relstats on a real local Spark session: the same table as single-process ``extract``.

Skips cleanly when pyspark (the ``spark`` extra) or Java is absent.
"""

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Java is absent (Spark needs it)", allow_module_level=True)

import pipeline  # noqa: E402
from pipeline.cli import main  # noqa: E402
from pipeline.table import COLUMNS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow
N_DOCUMENTS = 200


@pytest.fixture(scope="module")
def spark():
    from pipeline.spark import session

    spark = session("local[2]", app_name="relstats-tests",
                    conf={"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "4"})
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def releases():
    """A few hundred synthetic releases built from the annotated ones (bench/synthetic.py)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import synthetic
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return synthetic.build(synthetic.read_annotated(ROOT / "annotations"), N_DOCUMENTS)


def write_docs(docs, path: Path) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def same_json_value(a, b) -> bool:
    """Equal with the same JSON type; an integral float and the equal int are the same JSON number."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b and (type(a) is type(b) or float(a).is_integer())
    return type(a) is type(b) and a == b


def assert_same_rows(expected: list[dict], got: list[dict]) -> None:
    assert len(got) == len(expected)
    for k, (want, row) in enumerate(zip(expected, got)):
        assert list(row) == list(want), f"row {k}: key order"
        bad = {key: (want[key], row[key]) for key in want if not same_json_value(want[key], row[key])}
        assert not bad, f"row {k} ({want['doc_id']} {want['text']!r}): {bad}"


def extracted_rows(docs, nlp) -> list[dict]:
    """The table rows single-process ``extract`` gives, in its order."""
    return [row for record in pipeline.extract(docs, nlp=nlp) for row in record["rows"]]


def test_spark_extract_gives_the_rows_of_extract(spark, releases, nlp, tmp_path):
    source = write_docs(releases, tmp_path / "releases.jsonl")
    expected = extracted_rows(releases, nlp)
    out = tmp_path / "table.jsonl"
    code = main(["spark-extract", str(source), str(out), "--master", "local[2]", "--partitions", "5", "--rules-only"])
    assert code == 0
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len({row["doc_id"] for row in expected}) > N_DOCUMENTS // 2
    assert_same_rows(expected, got)
    assert not (tmp_path / "table.errors.jsonl").exists()


def test_spark_extract_writes_typed_parquet(spark, releases, nlp, tmp_path):
    from pipeline.spark import ROW_COLUMNS, to_table_row

    docs = releases[:20]
    parquet = tmp_path / "table.parquet"
    assert main(["spark-extract", str(write_docs(docs, tmp_path / "docs.jsonl")), str(parquet),
                 "--partitions", "3", "--rules-only"]) == 0
    table = spark.read.parquet(str(parquet))
    types = dict(table.dtypes)
    assert [f for f in table.columns if f in COLUMNS] == COLUMNS
    assert types["value"] == types["change_value"] == types["share_value"] == "double"
    assert types["start"] == types["end"] == types["sentence"] == "int"
    assert types["period_inherited"] == "boolean" and types["unit"] == "string"
    key = lambda r: (r["doc_id"], r["start"], r["change_value"] or 0)  # noqa: E731
    got = [to_table_row(r) for r in sorted(table.collect(), key=key)]
    assert_same_rows(sorted(extracted_rows(docs, nlp), key=key), got)
    assert list(got[0]) == ROW_COLUMNS


def test_extract_dataframe_declares_its_schema(spark, releases, nlp):
    from pyspark.sql import types as T

    from pipeline.spark import extract_dataframe, table_schema

    docs = releases[:12] + [{"id": "no-figures", "text": "The minister opened the new bridge.", "meta": {}}]
    df = spark.createDataFrame([(d["id"], d["text"], d["meta"].get("date"), d["meta"].get("source")) for d in docs],
                               "id string, text string, date string, source string")
    table = extract_dataframe(df, meta_cols=["date"], keep_cols=["source"], rules_only=True, with_document=True)
    carried = [T.StructField("date", T.StringType()), T.StructField("source", T.StringType())]
    assert table.schema == table_schema(carried, with_document=True)
    rows = table.collect()
    sample = next(r for r in rows if r["value"] is not None and r["change_value"] is not None)
    assert isinstance(sample["value"], float) and isinstance(sample["start"], int)
    # the FORMAT §2 document rides on each document's first row, as extract gives it
    records = {r["id"]: r for r in pipeline.extract(
        [{"id": d["id"], "text": d["text"], "meta": {"date": d["meta"].get("date")}} for d in docs], nlp=nlp)}
    documents = {r["doc_id"]: json.loads(r["document"]) for r in rows if r["document"] is not None}
    assert set(documents) == set(records)
    assert sum(r["row_index"] is not None for r in rows) == sum(len(rec["rows"]) for rec in records.values())
    for doc_id, document in documents.items():
        want = dict(records[doc_id])
        want.pop("rows")
        assert document == want
    assert {r["date"] for r in rows} <= {d["meta"].get("date") for d in docs}


@pytest.mark.parametrize("partitions", [1, 4])
def test_failed_documents_are_reported_without_losing_their_partition(spark, releases, nlp, partitions):
    from pipeline.spark import extract_dataframe, failures, ordered, statistics, to_table_row

    good = releases[:6]
    unreadable = "Output was " + "9" * 5000 + " tons."  # beyond Python's int-digit limit: the document fails
    inputs = [(d["id"], d["text"]) for d in good[:3]] + [("unreadable", unreadable), ("no-text", None)]
    inputs += [(d["id"], d["text"]) for d in good[3:]] + [(None, "Imports fell 2 percent.")]
    df = spark.createDataFrame(inputs, "id string, text string").repartition(partitions)
    table = extract_dataframe(df, rules_only=True).cache()
    failed = {r["doc_id"]: r for r in failures(table).collect()}
    assert set(failed) == {"unreadable", "no-text", ""}
    assert failed["unreadable"]["error_class"] == "ValueError"
    assert "digits" in failed["unreadable"]["error_message"]
    assert failed["no-text"]["error_class"] == "InputError"
    expected = extracted_rows([{"id": d["id"], "text": d["text"]} for d in good], nlp)
    expected.sort(key=lambda r: r["doc_id"])
    assert_same_rows(expected, [to_table_row(r) for r in ordered(statistics(table)).collect()])
    table.unpersist()


def test_output_does_not_depend_on_partitioning(spark, releases):
    from pipeline.spark import extract_dataframe

    df = spark.createDataFrame([(d["id"], d["text"], json.dumps(d["meta"])) for d in releases[:20]],
                               "id string, text string, meta string")
    key = lambda r: (r["doc_id"], r["row_index"])  # noqa: E731
    first = sorted(extract_dataframe(df.repartition(1), rules_only=True).collect(), key=key)
    second = sorted(extract_dataframe(df.repartition(7), rules_only=True, batch_size=3).collect(), key=key)
    assert first and first == second


def test_spark_extract_reads_text_folders_and_parquet(spark, releases, nlp, tmp_path):
    folder = tmp_path / "releases"
    folder.mkdir()
    for d in releases[:5]:
        (folder / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
    expected = extracted_rows([{"id": d["id"], "text": d["text"]} for d in releases[:5]], nlp)
    out = tmp_path / "from-folder.table.jsonl"
    assert main(["spark-extract", str(folder), str(out), "--rules-only"]) == 0
    assert_same_rows(expected, [json.loads(line) for line in out.read_text().splitlines()])

    dataset = tmp_path / "releases.parquet"
    spark.createDataFrame([(d["id"], d["text"]) for d in reversed(releases[:5])], "id string, text string") \
        .write.parquet(str(dataset))
    out = tmp_path / "from-parquet.jsonl"
    assert main(["spark-extract", str(dataset), str(out), "--rules-only"]) == 0
    assert_same_rows(sorted(expected, key=lambda r: r["doc_id"]),
                     [json.loads(line) for line in out.read_text().splitlines()])


def test_spark_extract_names_the_bad_input(spark, tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Sales rose 3%."}\n{"id": "b", "text": 5}\n', encoding="utf-8")
    assert main(["spark-extract", str(bad), str(tmp_path / "out.jsonl"), "--rules-only"]) == 2
    assert f"{bad}:2" in capsys.readouterr().err
    dataset = tmp_path / "notext.parquet"
    spark.createDataFrame([("a", "x")], "id string, body string").write.parquet(str(dataset))
    assert main(["spark-extract", str(dataset), str(tmp_path / "out.jsonl"), "--rules-only"]) == 2
    assert "'text'" in capsys.readouterr().err


@pytest.mark.skipif(not (ROOT / "models" / "relstats" / "config.cfg").exists(), reason="no trained model")
def test_a_shipped_model_is_found_on_the_executors(spark, releases):
    from pipeline.spark import extract_dataframe, ship_model, to_table_row

    docs = releases[:4]
    name = ship_model(spark, ROOT / "models" / "relstats")
    assert not Path(name).exists()  # the executors find it among the files Spark shipped, not in the working dir
    df = spark.createDataFrame([(d["id"], d["text"], json.dumps(d["meta"])) for d in docs],
                               "id string, text string, meta string")
    key = lambda r: (r["doc_id"], r["row_index"])  # noqa: E731
    got = [to_table_row(r) for r in sorted(extract_dataframe(df, model=name).collect(), key=key)]
    trained = pipeline.load(ROOT / "models" / "relstats")
    expected = sorted(extracted_rows(docs, trained), key=lambda r: r["doc_id"])
    assert_same_rows(expected, got)


def test_spark_extract_writes_failed_documents_beside_the_table(spark, releases, nlp, tmp_path):
    docs = releases[:3] + [{"id": "unreadable", "text": "Imports were " + "9" * 5000 + " tons.", "meta": {}}]
    out = tmp_path / "with-failure.jsonl"
    assert main(["spark-extract", str(write_docs(docs, tmp_path / "docs.jsonl")), str(out), "--rules-only"]) == 0
    errors = [json.loads(line) for line in (tmp_path / "with-failure.errors.jsonl").read_text().splitlines()]
    assert [(e["doc_id"], e["error_class"]) for e in errors] == [("unreadable", "ValueError")]
    assert_same_rows(extracted_rows(releases[:3], nlp), [json.loads(line) for line in out.read_text().splitlines()])
