#!/usr/bin/python3
"""serve_browser.py - `evidex serve` in a real browser (headless Debian
chromium through chromium-driver and python3-selenium).

Builds an index of the bundled corpus in a temporary folder, starts
`evidex serve` on a free loopback port, then, as a user would: types a
query, checks the cards (ids, speaker lines), clicks a facet and checks the
filtered count against `evidex -c`, opens a unit page, presses Copy
citation and reads the clipboard back (it must be the text of
`evidex show --cite`), and checks a quotation.  Optionally saves
screenshots (--shots DIR).

Usage: serve_browser.py BUILD_DIR SOURCE_DIR [--shots DIR]
Exit 0 pass, 1 fail, 77 skip (no chromium, chromedriver or selenium).
"""
import os, shutil, signal, subprocess, sys, tempfile, time

SKIP = 77


def skip(why):
    print("serve_browser: SKIP: " + why + " (scripts/test.sh installs "
          "chromium, chromium-driver and python3-selenium)")
    sys.exit(SKIP)


for tool in ("/usr/bin/chromium", "/usr/bin/chromedriver"):
    if not os.path.exists(tool):
        skip(tool + " is missing")
try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    skip("python3-selenium is missing")

build, src = sys.argv[1], sys.argv[2]
shots = sys.argv[sys.argv.index("--shots") + 1] if "--shots" in sys.argv else None
evidex = os.path.join(build, "evidex")
tmp = tempfile.mkdtemp(prefix="evx-browser-")
db = os.path.join(tmp, "db")
env = dict(os.environ, EVIDEX_DB=db)


def cli(*args):
    return subprocess.run([evidex, *args], cwd=src, env=env, text=True,
                          capture_output=True).stdout


def check(cond, what):
    if not cond:
        raise AssertionError(what)
    print("ok - " + what)


subprocess.run([os.path.join(build, "evidex-index"), "--corpus", "corpus"],
               cwd=src, env=env, check=True, capture_output=True)
server = subprocess.Popen([evidex, "serve", "--listen", "127.0.0.1:0"],
                          env=env, stdout=subprocess.PIPE, text=True)
line = server.stdout.readline()
base = line.split()[2]  # "evidex: serving http://127.0.0.1:PORT/ ..."

opts = webdriver.ChromeOptions()
opts.binary_location = "/usr/bin/chromium"
for a in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
          "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync",
          "--user-data-dir=" + os.path.join(tmp, "profile"),
          "--window-size=1280,1000"):
    opts.add_argument(a)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
driver.set_page_load_timeout(30)
status = 1
try:
    # Let the page write to the clipboard (loopback is a secure context).
    driver.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": base.rstrip("/"),
        "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})

    driver.get(base)
    box = driver.find_element(By.ID, "q")
    box.send_keys("consistent and clear messages\n")
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "article.card"))
    ids = [c.get_attribute("data-id") for c in driver.find_elements(By.CSS_SELECTOR, "article.card")]
    want = [l.split('"id":"')[1].split('"')[0] for l in cli("--json", "consistent and clear messages").splitlines()]
    check(ids == want, "cards are the CLI's hits, in order: %s" % ids[:4])
    card = driver.find_element(By.CSS_SELECTOR, 'article.card[data-id="HC650/p239/q1"]')
    sp = card.find_element(By.CSS_SELECTOR, ".speaker").text
    check("Ian Dalton" in sp and "NHS Improvement" in sp and "Q361" in sp,
          "speaker line: " + sp)
    check(card.find_elements(By.CSS_SELECTOR, ".snippet mark"), "matched words marked")
    if shots:
        driver.save_screenshot(os.path.join(shots, "serve-search.png"))

    facet = driver.find_element(By.CSS_SELECTOR, 'a[data-field="type"][href*="quotation"]')
    shown = int(facet.find_element(By.XPATH, "following-sibling::span").text)
    facet.click()
    WebDriverWait(driver, 10).until(lambda d: "type%3Aquotation" in d.current_url or "type:quotation" in d.current_url)
    total = int(driver.find_element(By.ID, "count").get_attribute("data-total"))
    expect = int(cli("-c", "consistent and clear messages type:quotation").strip())
    check(total == expect == shown, "facet count %d = page count %d = evidex -c %d" % (shown, total, expect))
    types = {t.get_attribute("textContent") for t in driver.find_elements(By.CSS_SELECTOR, "article.card .type")}
    check(types == {"quotation"}, "filtered cards are quotations: %s" % types)

    driver.find_element(By.CSS_SELECTOR, 'article.card[data-id="HC650/p239/q1"] a.id').click()
    WebDriverWait(driver, 10).until(lambda d: "/unit/HC650/p239/q1" in d.current_url)
    check("consistent and clear messages" in driver.find_element(By.CSS_SELECTOR, ".fulltext").text,
          "unit page shows the full text")
    btn = driver.find_element(By.CSS_SELECTOR, 'button.copy[data-kind="markdown"]')
    btn.click()
    WebDriverWait(driver, 5).until(lambda d: "done" in btn.get_attribute("class"))
    clip = driver.execute_async_script(
        "var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('ERROR ' + e); });")
    cite = cli("show", "--cite", "HC650/p239/q1").rstrip("\n")
    check(clip == cite, "clipboard holds the text of evidex show --cite")
    if shots:
        driver.save_screenshot(os.path.join(shots, "serve-unit.png"))

    driver.get(base + "who")
    driver.find_element(By.ID, "wq").send_keys("we must give clear and consistent messages to the NHS")
    driver.find_element(By.CSS_SELECTOR, 'button[value="check"]').click()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.ID, "verdict"))
    verdict = driver.find_element(By.ID, "verdict").text
    check(verdict in ("Found as a quotation", "Not found as a quotation"), "check verdict: " + verdict)
    check(driver.find_elements(By.CSS_SELECTOR, ".diff del, .diff ins"), "differing words are marked")
    if shots:
        driver.save_screenshot(os.path.join(shots, "serve-check.png"))
        driver.set_window_size(400, 900)
        driver.get(base + "?q=" + "funding%20transformation")
        driver.save_screenshot(os.path.join(shots, "serve-phone.png"))
    status = 0
except Exception as e:  # one line saying what failed
    print("not ok - %s: %s" % (type(e).__name__, e))
finally:
    driver.quit()
    server.send_signal(signal.SIGTERM)
    rc = server.wait(timeout=10)
    if status == 0 and rc != 0:
        print("not ok - evidex serve exited %d on SIGTERM" % rc)
        status = 1
    shutil.rmtree(tmp, ignore_errors=True)
sys.exit(status)
