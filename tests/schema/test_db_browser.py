"""`tdkt serve` in a real browser: Debian's chromium, headless, driven by Selenium and chromedriver.

The test installs chromium with ensure_chromium.sh when it is missing (no
browser is downloaded from the web); if that is impossible it is skipped
with the reason.
"""
from __future__ import annotations

import contextlib
import csv
import os
import shutil
import socket
import subprocess
import sys
import time
import unicodedata
import urllib.request
from pathlib import Path

import pytest

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
ENSURE = Path(__file__).with_name("ensure_chromium.sh")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,1600"]


def _ensure_chromium() -> None:
    if os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK):
        return
    try:
        result = subprocess.run(["bash", str(ENSURE)], capture_output=True, text=True, timeout=900, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"chromium is missing and could not be installed: {exc}")
    if result.returncode or not os.access(CHROMIUM, os.X_OK):
        tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        pytest.skip("chromium is missing and `tests/schema/ensure_chromium.sh` could not install it: "
                    + " / ".join(tail))


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    _ensure_chromium()
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS + [f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def _serving(arguments: list[str], env: dict | None = None, seconds: float = 60):
    """`tdkt serve ARGUMENTS --port P` on a free port of 127.0.0.1, as a user starts it; yields its base URL."""
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "tdkt", "serve", *arguments, "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            pytest.fail(f"tdkt serve exited: {process.stdout.read()}")
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1).read()
            break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"tdkt serve did not answer within {seconds:.0f} s")
    try:
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def server(shared_db, tmp_path_factory):
    directory = tmp_path_factory.mktemp("served")
    db = directory / "tdkt.db"
    shutil.copyfile(shared_db, db)
    with _serving(["--db", str(db)], seconds=30) as base:
        yield base


def _navigating(driver, action, timeout: float = 30.0) -> None:
    """Do ACTION (a click or a submit) and wait until the browser has left the page it was on.

    Without this a wait for text can read the old page, or read it just as it is
    replaced (Selenium then says the element is stale).
    """
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    old_page = driver.find_element("tag name", "html")
    action()
    WebDriverWait(driver, timeout).until(expected_conditions.staleness_of(old_page))


def _page_text(driver) -> str:
    """The body's text, read again if the page is replaced while it is read."""
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException

    for _ in range(50):
        try:
            return driver.find_element("tag name", "body").text
        except (StaleElementReferenceException, NoSuchElementException):
            time.sleep(0.1)
    return driver.find_element("tag name", "body").text


def _wait_for(driver, text: str, timeout: float = 10.0) -> str:
    deadline = time.time() + timeout
    while time.time() < deadline:
        body = _page_text(driver)
        if text in body:
            return body
        time.sleep(0.1)
    raise AssertionError(f"{text!r} not on the page {driver.current_url}:\n{body[:1500]}")


def test_search_without_diacritics_then_a_canned_query_then_a_fact_to_its_source(browser, server):
    browser.get(server + "/tdkt/articles")
    box = browser.find_element("css selector", "input[name=_search]")
    box.send_keys("thi dua khen thuong dak song")
    _navigating(browser, box.submit)
    body = _wait_for(browser, "Huyện Đắk Song tổng kết công tác thi đua, khen thưởng năm 2023")
    assert "1 row where search matches" in body
    assert "Krông Nô trao tặng" not in body

    browser.get(server + "/tdkt")
    _navigating(browser, browser.find_element("link text", "District comparison").click)
    province = browser.find_element("css selector", "input[name=province]")
    province.send_keys("dak nong")
    _navigating(browser, province.submit)
    body = _wait_for(browser, "Krông Nô")
    rows = [row.text for row in browser.find_elements("css selector", "table.rows-and-columns tbody tr")]
    assert len(rows) == 2 and rows[0].startswith("Krông Nô Đắk Nông Lâm Đồng") and " 48 " in rows[0] + " "
    assert rows[1].startswith("Đắk Song Đắk Nông Lâm Đồng") and " 17 " in rows[1] + " "

    browser.get(server + "/tdkt/awards?code=bang_khen_bo_tinh")
    _wait_for(browser, "Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể")  # the sentence on the award row
    _navigating(browser, browser.find_element("link text",
                                              "Huyện Đắk Song tổng kết công tác thi đua, khen thưởng năm 2023").click)
    _wait_for(browser, "https://daksong.daknong.gov.vn/tin-tuc/tong-ket-thi-dua-2023")


# --- The analyst's and archivist's path: dashboard → awards → the article with its facts → the archived page ---

SEED_TITLES = {row["title"] for row in csv.DictReader(open(Path(__file__).parents[2] / "data" / "demo" / "seeds.csv",
                                                             encoding="utf-8"))}


def _screenshot(driver, directory: Path, name: str) -> Path:
    """Save what the browser shows; TDKT_SCREENSHOTS names a folder to keep them (the README's come from here)."""
    path = directory / f"{name}.png"
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000, f"{name}: an empty screenshot"
    return path


def _wait_for_element(driver, css: str, timeout: float = 20.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = driver.find_elements("css selector", css)
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"no {css!r} on {driver.current_url}:\n{_page_text(driver)[:1500]}")


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    """`tdkt demo` (crawl of the sample portal into WARC files, extract, load), then `tdkt serve` on its database."""
    home = tmp_path_factory.mktemp("demo-home")
    env = {**os.environ, "TDKT_HOME": str(home)}
    built = subprocess.run([sys.executable, "-m", "tdkt", "demo", "--quiet"], env=env, capture_output=True,
                           text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-2000:]
    with _serving([], env=env) as base:
        yield base


def test_dashboard_to_an_award_to_its_article_with_highlights_to_the_archived_page(browser, demo_server,
                                                                                   tmp_path):
    shots = Path(os.environ.get("TDKT_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    browser.set_window_size(1280, 1400)

    # The dashboard: every chart drawn from the views, none failed; the form bars are links.
    browser.get(demo_server + "/-/dashboards/awards")
    bars = _wait_for_element(browser, "#chart-by_form svg path[aria-roledescription='bar']")
    _wait_for_element(browser, "#chart-map svg path[aria-roledescription='circle']")
    body = browser.find_element("tag name", "body").text
    assert "Awards" in body and "awarded beside proposed" in body
    assert "error" not in body.lower(), body[:2000]
    _screenshot(browser, shots, "dashboard")
    top_bar = bars[0].get_attribute("aria-label")  # Vega's description: "recipients: 35; form: …; status: …"
    assert "recipients" in top_bar and "awarded" in top_bar

    # A click on the bar lists that form's awards.
    _navigating(browser, bars[0].click)
    _wait_for_element(browser, "table.rows-and-columns tbody tr")
    assert "/awards?code=" in browser.current_url and "status=awarded" in browser.current_url
    rows = browser.find_elements("css selector", "table.rows-and-columns tbody tr")
    assert rows, "the bar's awards are listed"
    _screenshot(browser, shots, "awards")

    # An award written for this project (never a real seed's page in a picture): to its place in the article.
    chosen = next(row for row in rows if row.find_elements("css selector", "td.col-article_id a")
                  and row.find_element("css selector", "td.col-article_id a").text not in SEED_TITLES)
    award_text = chosen.find_element("css selector", "td.col-text").text
    _navigating(browser, chosen.find_element("link text", "in the article").click)
    _wait_for_element(browser, ".tdkt-text .tdkt-label")
    assert "/-/article/" in browser.current_url and "#awards-" in browser.current_url
    anchor = browser.current_url.rsplit("#", 1)[1]
    token = browser.find_element("xpath", f"//*[@id='{anchor}']/..")  # displaCy marks word by word
    assert token.get_attribute("textContent").startswith(award_text.split()[0]), (award_text, token.text)
    award_links = [label.find_element("tag name", "a").get_attribute("href")
                   for label in token.find_elements("css selector", ".tdkt-label[data-label='AWARD']")]
    assert any(link.endswith("/awards/" + anchor.split("-")[1]) for link in award_links), award_links
    labels = {label.get_attribute("data-label") for label in browser.find_elements("css selector", ".tdkt-label")}
    assert {"AWARD", "DATE"} <= labels, labels
    browser.execute_script("window.scrollTo(0, 0)")
    _screenshot(browser, shots, "article")
    title = browser.find_element("tag name", "h1").text

    # The archived copy, as fetched: a banner says when and from where; the archived page is the same article.
    _navigating(browser, browser.find_element("css selector", "a.tdkt-archive").click)
    banner = _wait_for_element(browser, "#tdkt-archive-banner")[0].text
    assert "/-/archive/" in browser.current_url
    assert "archived" in banner.lower() and "127.0.0.1" in banner, banner
    archived_text = unicodedata.normalize("NFC", browser.find_element("tag name", "body").get_attribute("textContent"))
    assert title[:40].lower() in archived_text.lower()  # NFC: a windows-1258 page writes its tones apart
    _screenshot(browser, shots, "archive")
