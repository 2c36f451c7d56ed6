"""The review report of the bundled examples in real headless Chromium (Debian's ``chromium``,
driven by Playwright's Python package; no browser is downloaded). Skips when either is missing."""

import csv
import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT

# RELSTATS_CHROMIUM names another binary (or, set to a missing path, shows the skip)
CHROMIUM = os.environ.get("RELSTATS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).is_file():
    pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run does it)",
                allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
SCREENSHOT = ROOT / "reports" / "report-screenshot.png"


@pytest.fixture(scope="module")
def examples_report(tmp_path_factory):
    """``make report``'s command on the bundled examples: the HTML report and the CSV table."""
    from pipeline.cli import main

    out = tmp_path_factory.mktemp("report")
    assert main(["extract", str(ROOT / "examples"), "-o", str(out / "statistics.csv"),
                 "-o", str(out / "report.html"), "--quiet"]) == 0
    return out / "report.html", out / "statistics.csv"


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        except playwright_api.Error as err:
            pytest.skip(f"chromium at {CHROMIUM} does not start under Playwright: {err}")
        yield browser
        browser.close()


class OpenedReport:
    """A report opened from disk with every request recorded and every non-file request aborted."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1600, "height": 1000})
        self.page = self.context.new_page()
        self.url = path.resolve().as_uri()
        self.requests, self.blocked, self.dialogs, self.errors = [], [], [], []
        self.context.route("**/*", self._route)
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-ready]")

    def _route(self, route):
        if route.request.url == self.url:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def outside_requests(self) -> list[str]:
        return [url for url in self.requests if url != self.url] + self.blocked

    def visible_rows(self) -> list[int]:
        return self.page.eval_on_selector_all("#statistics tbody tr",
                                              "rows => rows.filter(r => !r.hidden).map(r => +r.dataset.row)")

    def close(self):
        self.context.close()


def test_examples_report_in_chromium(browser, examples_report):
    path, table = examples_report
    n_csv = len(list(csv.DictReader(table.open(encoding="utf-8"))))
    report = OpenedReport(browser, path)
    page = report.page
    try:
        # as many rows as out/statistics.csv
        assert page.locator("#statistics tbody tr").count() == n_csv > 0
        order = report.visible_rows()

        # sorting by value changes the order and sorts it; a second click reverses it
        page.click('#statistics th[data-col="value"]')
        by_value = report.visible_rows()
        values = page.eval_on_selector_all(
            "#statistics tbody tr", "rows => rows.map(r => r.querySelector('td[data-col=value]').textContent)")
        numbers = [float(v.replace(",", "")) for v in values if v]
        assert by_value != order and numbers == sorted(numbers)
        page.click('#statistics th[data-col="value"]')
        assert report.visible_rows()[: len(numbers)] != by_value[: len(numbers)]

        # filters: a metric, a document, free text; each changes the visible rows consistently
        page.select_option("#filter-metric", "MONEY")
        money = report.visible_rows()
        assert 0 < len(money) < n_csv
        assert set(page.eval_on_selector_all(
            "#statistics tbody tr:not([hidden]) td[data-col=metric]", "cells => cells.map(c => c.textContent)")) == {"MONEY"}
        page.select_option("#filter-metric", "")
        page.select_option("#filter-doc", label="payrolls-2024-02")
        docs = set(page.eval_on_selector_all("#statistics tbody tr:not([hidden]) td[data-col=doc_id]",
                                             "cells => cells.map(c => c.textContent)"))
        assert docs == {"payrolls-2024-02"} and page.text_content("#row-count").startswith(f"{len(report.visible_rows())} of")
        page.fill("#filter-text", "health care")
        assert 0 < len(report.visible_rows()) < len(docs) + 20
        page.fill("#filter-text", "")
        page.select_option("#filter-doc", "")
        assert len(report.visible_rows()) == n_csv

        # clicking a row far down brings its highlighted figure into view and flashes it
        page.click('#statistics th[data-col="start"]')
        page.click('#statistics th[data-col="start"]')  # descending: late figures first
        row = page.locator("#statistics tbody tr").first
        row_data = json.loads(page.eval_on_selector(
            "#statistics tbody tr", "r => JSON.stringify(JSON.parse(document.getElementById('relstats-data')"
            ".textContent).rows[+r.dataset.row])"))
        figure = page.locator(f'#d{row_data["doc"]}-{row_data["qid"]}')
        assert not _in_view(page, figure)
        row.click()
        page.wait_for_timeout(400)
        assert _in_view(page, figure)
        assert "flash" in figure.get_attribute("class") and "l-QUANTITY" in figure.get_attribute("class")
        assert figure.text_content() in row_data["cells"]["text"]

        # the copy button copies the row with its provenance
        page.locator("#statistics tbody tr").first.locator("button.copy").click()
        copied = page.get_attribute("#copy-status", "data-copied")
        assert f"document: {row_data['cells']['doc_id']}" in copied
        assert f"offsets: {row_data['cells']['start']}-{row_data['cells']['end']}" in copied
        assert "sentence: " + row_data["sentence_text"] in copied and row_data["cells"]["text"] in row_data["sentence_text"]

        # the seed release with the first figure's links drawn, for the screenshot
        page.select_option("#filter-doc", label="nia-2021-h1")
        page.click('#statistics th[data-col="start"]')
        page.locator("#statistics tbody tr:not([hidden])").first.click()
        page.wait_for_timeout(2800)  # let the flash finish
        assert page.locator("#doc-0 svg.links path").count() >= 3
        card = page.text_content("#doc-0 .link-card")
        assert "CATEGORY" in card and "PERIOD" in card
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))
        assert SCREENSHOT.stat().st_size > 10_000

        assert report.outside_requests() == [] and report.errors == [] and report.dialogs == []
    finally:
        report.close()


def _in_view(page, locator) -> bool:
    return page.evaluate(
        """el => { const r = el.getBoundingClientRect(), pane = document.getElementById('documents').getBoundingClientRect();
                  return r.top >= pane.top && r.bottom <= pane.bottom && r.top >= 0 && r.bottom <= window.innerHeight; }""",
        locator.element_handle())


HOSTILE_TEXT = ('Exports rose 5% to 3 trillion yuan in May <script>window.pwned = 1; alert("x")</script> and '
                'imports were 2 trillion yuan "><img src=x onerror="window.pwned = 2; alert(1)"> in June.')


def test_markup_in_a_release_renders_as_text(browser, tmp_path, nlp):
    import pipeline
    from pipeline.html_report import write_html

    records = list(pipeline.extract([{"id": "hostile", "text": HOSTILE_TEXT}], nlp=nlp))
    path = tmp_path / "hostile.html"
    write_html(records, path)
    report = OpenedReport(browser, path)
    page = report.page
    try:
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert page.locator("section.doc img").count() == 0 and page.locator("section.doc script").count() == 0
        assert page.text_content("#doc-0 .text") == HOSTILE_TEXT
        assert page.locator("#statistics tbody tr").count() >= 2
        assert report.dialogs == [] and report.outside_requests() == [] and report.errors == []
    finally:
        report.close()


def test_gold_errors_are_marked_and_found_from_the_list(browser, tmp_path):
    from pipeline.html_report import write_html
    from test_html_report import _changed, _gold, _without

    gold = _gold()
    prediction = _without(_changed(gold, "q2", unit="us dollar"), "q3")
    path = tmp_path / "gold.html"
    write_html([prediction], path, gold=[gold])
    report = OpenedReport(browser, path)
    page = report.page
    try:
        assert page.locator("#doc-0 mark.err-missed").text_content() == "2%"
        wrong = page.locator("#doc-0 mark.err-wrong")
        assert wrong.count() == 1 and wrong.text_content() == "3 trillion yuan"
        assert page.locator("#statistics tbody tr.row-error").count() == 1
        page.click("#doc-0 details.errors summary")
        page.locator("#doc-0 li.error-item", has_text="wrong unit").click()
        assert "flash" in wrong.get_attribute("class")
        assert report.outside_requests() == [] and report.errors == []
    finally:
        report.close()
