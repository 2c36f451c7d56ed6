"""relstats on Apache Spark: the statistics table (FORMAT §5) of a DataFrame of releases.

    >>> from pipeline.spark import extract_dataframe, failures, statistics
    >>> table = extract_dataframe(releases, text_col="text", id_col="id", meta_cols=["date"])
    >>> statistics(table).write.parquet("s3://bucket/relstats/statistics")
    >>> failures(table).show()

Needs the ``spark`` extra (``pip install 'relstats[spark]'``: pyspark and pyarrow) on the driver and
on every executor. The work runs in ``mapInArrow``: each executor's Python worker loads the pipeline
once (cached in a module global, keyed by model and options; Spark reuses Python workers between
tasks) and extracts the documents of its partitions in batches. Arrow carries the table with its
declared types (numbers as doubles, offsets as ints, nulls kept) without a pandas round trip.

Failures: a document whose extraction raises, or whose record carries an ``"error"`` key, or whose
id or text is missing, becomes one row with ``error_class`` and ``error_message`` set and every
statistic null; the rest of its batch and partition are extracted as usual. Determinism: each
document's rows depend only on that document (its text, id and meta) and the model, never on the
partition or batch it lands in, so a retried task returns the same rows. Rows carry ``row_index``
(their place in the document's table); :func:`ordered` sorts by an order column (input position, or
the document id) and ``row_index``, which is the order the ``spark-extract`` command writes.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterable, Iterator, Sequence

try:
    import pyarrow as pa
    from pyspark import StorageLevel
    from pyspark.accumulators import AccumulatorParam
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
except ImportError as err:  # pragma: no cover - exercised only without the extra
    raise ImportError(f"pipeline.spark needs the spark extra: pip install 'relstats[spark]' ({err})") from None

from pipeline.table import COLUMNS

#: Table columns in the order ``pipeline.table.rows`` gives them (FORMAT §5, then the JSONL-only flag).
ROW_COLUMNS = list(COLUMNS) + ["period_inherited"]
DOUBLE_COLUMNS = ("value", "value_max", "change_value", "share_value", "share_change_value")
INT_COLUMNS = ("sentence", "start", "end")
BOOL_COLUMNS = ("period_inherited",)
#: Columns added after the table's own: the row's place in its document, and the failure if any.
STATUS_COLUMNS = ("row_index", "error_class", "error_message")
DOCUMENT_COLUMN = "document"


def _spark_type(column: str) -> T.DataType:
    if column in DOUBLE_COLUMNS:
        return T.DoubleType()
    if column in INT_COLUMNS or column == "row_index":
        return T.IntegerType()
    if column in BOOL_COLUMNS:
        return T.BooleanType()
    return T.StringType()


def table_schema(carried: Sequence[T.StructField] = (), with_document: bool = False) -> T.StructType:
    """The declared schema of :func:`extract_dataframe`'s result.

    ``doc_id`` and the FORMAT §5 columns, ``period_inherited``, the ``carried`` input columns,
    ``row_index``, ``error_class``, ``error_message`` and, with ``with_document``, the FORMAT §2
    document as JSON (on the document's first row only, so it is stored once; a document without
    figures gets a row of its own for it).
    """
    fields = [T.StructField(name, _spark_type(name), nullable=name != "doc_id") for name in ROW_COLUMNS]
    fields += [T.StructField(f.name, f.dataType, True) for f in carried]
    fields += [T.StructField(name, _spark_type(name), True) for name in STATUS_COLUMNS]
    if with_document:
        fields.append(T.StructField(DOCUMENT_COLUMN, T.StringType(), True))
    return T.StructType(fields)


# --- executor side -----------------------------------------------------------------------------

_PIPELINES: dict = {}
#: Seconds each pipeline took to load in this process, keyed like ``_PIPELINES``.
LOAD_SECONDS: dict = {}


def resolve_model(model: str | None) -> str | None:
    """Where ``model`` is on this machine: the path itself, else the archive Spark shipped under its name.

    ``None`` and ``"rules"`` pass through. A directory shipped with :func:`ship_model` (or
    ``spark-submit --archives model.zip#NAME``) is found with ``SparkFiles.get(NAME)``.
    """
    if model is None or model == "rules" or Path(model).is_dir():
        return model
    from pyspark import SparkFiles

    for name in (Path(model).name, Path(model).name + ".zip"):
        try:
            shipped = Path(SparkFiles.get(name))
        except Exception:  # no SparkContext/files root in this process
            continue
        candidates = [shipped] + (sorted(p for p in shipped.iterdir() if p.is_dir()) if shipped.is_dir() else [])
        for candidate in candidates:
            if (candidate / "config.cfg").exists():
                return str(candidate)
    raise FileNotFoundError(f"{model}: model directory not found on this executor (ship it with ship_model "
                            f"or spark-submit --archives)")


def load_pipeline(model: str | None = None, rules_only: bool = False):
    """The relstats pipeline for this process, loaded once and then cached (see :data:`LOAD_SECONDS`)."""
    key = (model, rules_only)
    if key not in _PIPELINES:
        from pipeline.language import load

        started = time.perf_counter()
        path = resolve_model(model)
        _PIPELINES[key] = load(None if path == "rules" else path, rules_only=rules_only or path == "rules")
        LOAD_SECONDS[key] = time.perf_counter() - started
    return _PIPELINES[key]


def _failure(err_class: str, message: str) -> dict:
    return {"error_class": err_class, "error_message": message[:2000]}


def _record_failure(record: dict) -> dict | None:
    error = record.get("error")
    if error is None:
        return None
    if isinstance(error, dict):
        return _failure(str(error.get("class") or error.get("type") or "Error"), str(error.get("message", error)))
    # the error records of pipeline.extract (pipeline.runner): reason and exception class
    return _failure(str(record.get("exception") or record.get("error_class") or "Error"),
                    str(record.get("reason") or error))


def extract_documents(documents: list[dict], nlp, batch_size: int = 4) -> list[tuple[dict, dict | None, dict | None]]:
    """``(document, record, failure)`` for each FORMAT §1 document, in order.

    ``record`` is the FORMAT §2 document with its table under ``"rows"`` (None when the document
    failed); ``failure`` holds ``error_class`` and ``error_message`` (None when it did not).

    The batch goes through :func:`pipeline.extract` at once; if that raises, each document is
    extracted alone, so one bad document costs only itself.
    """
    from pipeline import extract

    try:
        records = list(extract(documents, nlp=nlp, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - isolate the failing document below
        records = None
    results = []
    for k, document in enumerate(documents):
        if records is None:
            try:
                record = next(iter(extract([document], nlp=nlp, batch_size=1)))
            except Exception as err:  # noqa: BLE001 - a failed document is reported, never raised
                results.append((document, None, _failure(type(err).__name__, str(err))))
                continue
        else:
            record = records[k]
        failure = _record_failure(record)
        results.append((document, None, failure) if failure else (document, record, None))
    return results


def _meta_of(value, column: str) -> dict:
    if value is None or value == "":
        return {}
    if isinstance(value, dict):
        return value
    meta = json.loads(value)
    if not isinstance(meta, dict):
        raise ValueError(f"column {column!r}: meta must be a JSON object")
    return meta


def _partition_rows(items: list[dict], options: dict, nlp) -> list[dict]:
    """The output rows (dicts keyed by the schema's names) of one chunk of input rows."""
    id_col, text_col, meta_col = options["id_col"], options["text_col"], options["meta_col"]
    carried = options["carried"]
    out, documents, sources = [], [], []
    for item in items:
        keep = {name: item.get(name) for name in carried}
        doc_id, text = item.get(id_col), item.get(text_col)
        problem = None
        if doc_id is None or str(doc_id) == "":
            problem = _failure("InputError", f"row without {id_col!r}")
        elif not isinstance(text, str):
            problem = _failure("InputError", f"document {doc_id}: no {text_col!r} string")
        if problem is None:
            try:
                meta = _meta_of(item.get(meta_col), meta_col) if meta_col else {}
            except ValueError as err:
                problem = _failure("InputError", f"document {doc_id}: {err}")
        if problem is not None:
            out.append({"doc_id": "" if doc_id is None else str(doc_id), **keep, **problem})
            continue
        meta = dict(meta, **{name: _json_safe(item.get(name)) for name in options["meta_cols"]})
        documents.append({"id": str(doc_id), "text": text, "meta": meta})
        sources.append(keep)
    for (document, record, failure), keep in zip(extract_documents(documents, nlp, options["batch_size"]), sources):
        if failure is not None:
            out.append({"doc_id": document["id"], **keep, **failure})
            continue
        table = record.pop("rows")
        document_json = json.dumps(record, ensure_ascii=False) if options["with_document"] else None
        if not table and document_json is not None:
            out.append({"doc_id": document["id"], **keep, DOCUMENT_COLUMN: document_json})
        for index, row in enumerate(table):
            entry = {name: row.get(name) for name in ROW_COLUMNS}
            for name in DOUBLE_COLUMNS:
                if entry[name] is not None:
                    entry[name] = float(entry[name])
            entry.update(keep, row_index=index)
            if index == 0 and document_json is not None:
                entry[DOCUMENT_COLUMN] = document_json
            out.append(entry)
    return out


def _json_safe(value):
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _map_batches(batches: Iterable[pa.RecordBatch], options: dict) -> Iterator[pa.RecordBatch]:
    """The ``mapInArrow`` function: input batches of releases -> batches of table rows."""
    from pyspark.sql.pandas.types import to_arrow_schema

    schema = to_arrow_schema(options["schema"])
    nlp, loaded_s, documents = None, 0.0, 0
    chunk = options["batch_size"] * options["batches_per_chunk"]
    for batch in batches:
        items = batch.to_pylist()
        for start in range(0, len(items), chunk):
            if nlp is None:
                key = (options["model"], options["rules_only"])
                fresh = key not in _PIPELINES
                nlp = load_pipeline(options["model"], options["rules_only"])
                loaded_s = LOAD_SECONDS[key] if fresh else 0.0
            rows = _partition_rows(items[start : start + chunk], options, nlp)
            documents += len(items[start : start + chunk])
            if rows:
                yield pa.RecordBatch.from_pylist(rows, schema=schema)
    if options.get("worker_stats") is not None:
        import resource

        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        options["worker_stats"].add([{"pid": os.getpid(), "load_s": loaded_s, "documents": documents,
                                      "peak_rss_mb": peak_mb, "peak_virtual_mb": _peak_virtual_mb()}])


def _peak_virtual_mb() -> float | None:
    """This process's peak virtual size (what ``spark.executor.pyspark.memory`` limits), on Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmPeak:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


# --- driver side -------------------------------------------------------------------------------


def extract_dataframe(
    df: DataFrame,
    text_col: str = "text",
    id_col: str = "id",
    meta_cols: Sequence[str] = (),
    model: str | Path | None = None,
    rules_only: bool = False,
    meta_col: str | None = "meta",
    keep_cols: Sequence[str] = (),
    with_document: bool = False,
    batch_size: int = 4,
    worker_stats=None,
) -> DataFrame:
    """The statistics table of the releases in ``df`` as a Spark DataFrame (schema: :func:`table_schema`).

    One row per table row (``row_index`` set), one row per failed document (``error_class`` and
    ``error_message`` set, statistics null) and, with ``with_document``, one row per document
    without figures (only ``doc_id``, carried columns and ``document``); :func:`statistics` and
    :func:`failures` take the first and second kind apart.

    ``id_col`` and ``text_col`` name the document id and text. ``meta_col`` (used when ``df`` has it)
    holds the FORMAT §1 ``meta`` as a JSON string, struct or map; ``meta_cols`` are further columns put
    into ``meta`` under their own names (``date`` anchors relative periods) and copied onto every
    row, like ``keep_cols`` (copied only). ``model`` is a model directory visible to the executors
    (a shared path, or one shipped with :func:`ship_model`), ``"rules"`` or ``None`` for
    :func:`pipeline.load`'s default. ``with_document`` adds the FORMAT §2 document as JSON.
    ``worker_stats`` (an accumulator of lists, see :func:`stats_accumulator`) receives one entry per
    task: the Python worker's pid, the seconds it spent loading the pipeline for this task (0 when
    it was cached), the documents, and the worker's peak RSS and peak virtual size in MB.
    """
    names = set(df.columns)
    for column in [text_col, id_col, *meta_cols, *keep_cols]:
        if column not in names:
            raise ValueError(f"extract_dataframe: no column {column!r} in {sorted(names)}")
    meta_col = meta_col if meta_col in names else None
    carried_names = list(dict.fromkeys([*meta_cols, *keep_cols]))
    clash = set(carried_names) & (set(ROW_COLUMNS) | set(STATUS_COLUMNS) | {DOCUMENT_COLUMN})
    if clash:
        raise ValueError(f"extract_dataframe: carried columns {sorted(clash)} clash with table columns")
    selected = [F.col(id_col).cast("string").alias(id_col), F.col(text_col).cast("string").alias(text_col)]
    if meta_col:
        kind = df.schema[meta_col].dataType
        structured = isinstance(kind, (T.StructType, T.MapType))
        meta = F.to_json(F.col(meta_col)) if structured else F.col(meta_col).cast("string")
        selected.append(meta.alias(meta_col))
    selected += [F.col(name) for name in carried_names if name not in (id_col, text_col, meta_col)]
    source = df.select(*selected)
    carried = [source.schema[name] for name in carried_names]
    schema = table_schema(carried, with_document)
    options = {
        "id_col": id_col, "text_col": text_col, "meta_col": meta_col, "meta_cols": list(meta_cols),
        "carried": carried_names, "model": None if model is None else str(model), "rules_only": rules_only,
        "with_document": with_document, "batch_size": batch_size, "batches_per_chunk": 16,
        "schema": schema, "worker_stats": worker_stats,
    }
    return source.mapInArrow(lambda batches: _map_batches(batches, options), schema)


class _ListParam(AccumulatorParam):
    def zero(self, value):
        return []

    def addInPlace(self, first, second):
        return first + second


def stats_accumulator(spark: SparkSession):
    """An accumulator for ``extract_dataframe(worker_stats=...)``; read its ``.value`` after an action."""
    return spark.sparkContext.accumulator([], _ListParam())


def statistics(table: DataFrame) -> DataFrame:
    """The rows of extracted figures (failures, documents without figures and error columns left out)."""
    return table.where(F.col("row_index").isNotNull()).drop(*STATUS_COLUMNS[1:])


def failures(table: DataFrame) -> DataFrame:
    """One row per failed document: ``doc_id``, ``error_class``, ``error_message`` (and carried columns)."""
    keep = [c for c in table.columns if c not in ROW_COLUMNS and c not in STATUS_COLUMNS and c != DOCUMENT_COLUMN]
    return table.where(F.col("error_class").isNotNull()).select("doc_id", *keep, "error_class", "error_message")


def ordered(table: DataFrame, order_col: str | None = None) -> DataFrame:
    """``table`` sorted by ``order_col`` (default ``doc_id``) and then each row's place in its document.

    Sorting samples its input first, so persist an extracted table before sorting it, or the
    extraction runs twice.
    """
    keys = [F.col(order_col or "doc_id")]
    if "row_index" in table.columns:
        keys.append(F.col("row_index").asc_nulls_first())
    return table.orderBy(*keys)


def ship_model(spark: SparkSession, model_dir: str | Path) -> str:
    """Send a model directory to every executor (``SparkContext.addArchive``); returns its name for ``model=``."""
    model_dir = Path(model_dir)
    if not (model_dir / "config.cfg").exists():
        raise FileNotFoundError(f"{model_dir}: not a spaCy model directory (no config.cfg)")
    folder = Path(tempfile.mkdtemp(prefix="relstats-model-"))
    archive = shutil.make_archive(str(folder / model_dir.name), "zip", root_dir=model_dir)
    spark.sparkContext.addArchive(archive)
    return model_dir.name + ".zip"


def session(master: str | None = None, app_name: str = "relstats", conf: dict | None = None,
            log_level: str = "ERROR") -> SparkSession:
    """A Spark session (``conf``: extra settings).

    ``master=None`` keeps the master ``spark-submit`` set, else runs ``local[*]``. On a local master
    the Python workers run this interpreter (and so this relstats).
    """
    conf = {"spark.ui.showConsoleProgress": "false", **(conf or {})}
    if master is None:
        from pyspark import SparkConf

        master = None if SparkConf().contains("spark.master") else "local[*]"  # set by spark-submit, else local
    if master is None or master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    for key, value in conf.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel(log_level)
    return spark


def to_table_row(row) -> dict:
    """A Spark result row as the dict ``pipeline.table.rows`` gives (same keys, order and number types)."""
    values = row.asDict()
    out = {name: values[name] for name in ROW_COLUMNS}
    for name in DOUBLE_COLUMNS:
        value = out[name]
        if value is not None and float(value).is_integer():
            out[name] = int(value)
    return out


# --- the spark-extract command -----------------------------------------------------------------

ORDER_COLUMN = "input_position"


def read_releases(spark: SparkSession, path: str | Path, partitions: int | None = None) -> tuple[DataFrame, str | None]:
    """Releases from a docs JSONL file, a folder of ``.txt``/``.jsonl`` files or a Parquet dataset.

    Returns the DataFrame (``id``, ``text``, ``meta`` as JSON and an order column) and the name of
    the column that gives the output order: the input position for JSONL and text files (read on
    the driver with :func:`pipeline.docs.read_inputs`, so problems name file and line), None (by id) for
    Parquet (read by the executors; it needs ``id`` and ``text`` columns, ``meta`` is optional).
    """
    from pipeline.docs import InputError, read_inputs

    path = Path(path)
    parallelism = partitions or max(2, spark.sparkContext.defaultParallelism * 2)
    if path.suffix == ".parquet" or (path.is_dir() and _is_parquet_dataset(path)) or not path.exists():
        if not path.exists() and "://" not in str(path):
            raise InputError(f"{path}: no such file or folder")
        df = spark.read.parquet(str(path))
        missing = [c for c in ("id", "text") if c not in df.columns]
        if missing:
            raise InputError(f"{path}: Parquet dataset has no {', '.join(repr(c) for c in missing)} column")
        keep = [c for c in ("id", "text", "meta") if c in df.columns]
        return (df.select(*keep).repartition(partitions) if partitions else df.select(*keep)), None
    documents = list(read_inputs([path]))
    rows = [(k, d["id"], d["text"], json.dumps(d.get("meta") or {}, ensure_ascii=False))
            for k, d in enumerate(documents)]
    schema = T.StructType([T.StructField(ORDER_COLUMN, T.LongType(), False), T.StructField("id", T.StringType(), False),
                           T.StructField("text", T.StringType(), False), T.StructField("meta", T.StringType(), True)])
    slices = max(1, min(parallelism, len(rows)))
    return spark.createDataFrame(spark.sparkContext.parallelize(rows, slices), schema), ORDER_COLUMN


def _is_parquet_dataset(path: Path) -> bool:
    return any(p.suffix == ".parquet" for p in path.rglob("*.parquet"))


def run_extract(input_path: str, output: str, master: str | None = None, partitions: int | None = None,
                model: str | None = None, rules_only: bool = False, errors: str | None = None) -> dict:
    """``relstats spark-extract``: the statistics table of INPUT written to OUTPUT; returns counts.

    OUTPUT ending in ``.jsonl`` gets the rows as JSON lines exactly as ``extract --format
    table-jsonl`` writes them; anything else becomes a Parquet dataset (columns of
    :func:`table_schema`, without the status columns). Failed documents go to ``errors`` (default:
    ``<OUTPUT stem>.errors.jsonl`` beside OUTPUT), one JSON object each.
    """
    from pipeline.docs import write_jsonl

    spark = session(master)
    started = time.perf_counter()
    df, order_col = read_releases(spark, input_path, partitions)
    local = spark.sparkContext.master.startswith("local")
    if model is not None and not rules_only:
        if Path(model).is_dir() and not local:
            model = ship_model(spark, model)
        elif not Path(model).is_dir() and local:
            raise FileNotFoundError(f"{model}: no such model directory")
        # otherwise a name shipped with spark-submit --archives MODEL.zip#NAME, found on each executor
    keep = [ORDER_COLUMN] if order_col == ORDER_COLUMN else []
    spark.conf.set("spark.sql.shuffle.partitions", str(df.rdd.getNumPartitions()))
    # Extract once: the table is kept (memory, else disk) before sorting, which would otherwise run
    # the extraction again to sample its range partitions.
    table = extract_dataframe(df, model=model, rules_only=rules_only, keep_cols=keep)
    table = table.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        table.count()
        n_docs = df.count()
        result = ordered(statistics(table), order_col)
        out = Path(output)
        if out.suffix == ".jsonl":
            n_rows = write_jsonl((to_table_row(r) for r in result.toLocalIterator()), out)
        else:
            result.drop(*keep, "row_index").write.mode("overwrite").parquet(str(out))
            n_rows = spark.read.parquet(str(out)).count()
        failed = [r.asDict() for r in ordered(failures(table), order_col).drop(*keep).collect()]
    finally:
        table.unpersist()
    errors_path = Path(errors) if errors else out.with_name(out.stem + ".errors.jsonl")
    if failed or errors:
        write_jsonl(failed, errors_path)
    elif errors_path.exists():
        errors_path.unlink()
    return {"documents": n_docs, "rows": n_rows, "failed": len(failed), "seconds": time.perf_counter() - started,
            "errors_path": str(errors_path) if failed or errors else None}
