"""The network-rules page in Chromium: the bundled examples as `assess vote --json` gives them, a 60-member
network within a second, the form's file read back by Python, a budget, no JavaScript, axe at 1280 and 390 px."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from assess.governance.budget import check
from assess.governance.budget import load as load_budget
from assess.governance.network import load, load_proposal
from assess.governance.voting import analyse
from assess.governance.wording import say
from assess.site.scripts import GOVERNANCE, NETWORK_PAGE

from golden.governance_cases import dump, generated_network

from .test_accessibility import axe_violations

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
CASES = [("network-gp-led-even.yaml", None), ("network-investment-weighted.yaml", None),
         ("network-investment-weighted.yaml", "proposal-acute-opposes.yaml"),
         ("network-qualified-majority.yaml", None), ("network-qualified-majority.yaml", "proposal-community-shift.yaml")]


def _open(page, site_url, network: str, proposal: str | None = None):
    page.goto(site_url + "network-rules.html")
    page.set_input_files("#network-upload", str(EXAMPLES / network))
    page.wait_for_selector("#network-results table")
    if proposal:
        page.set_input_files("#proposal-upload", str(EXAMPLES / proposal))
        page.wait_for_selector(".app-outcome")
    return page.evaluate("CareModels.networkPage.last")


def _python(network: str, proposal: str | None) -> dict:
    net = load(EXAMPLES / network)
    result = analyse(net, load_proposal(EXAMPLES / proposal, net) if proposal else None)
    return json.loads(json.dumps(result))


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


@pytest.mark.parametrize("network, proposal", CASES)
def test_the_bundled_examples_give_what_assess_vote_gives(page, site_url, network, proposal):
    shown = _open(page, site_url, network, proposal)
    expected = _python(network, proposal)
    for result in (shown, expected):                       # the file names as each side was given them
        result["network"]["file"] = network
        if result["proposal"]:
            result["proposal"]["file"] = proposal
    assert shown == expected
    names = {m["id"]: m["name"] for m in expected["network"]["members"]}
    for i, d in enumerate(expected["decisions"]):
        section = page.locator(f"#decision-{i}")
        for v in d["voters"]:
            cells = section.locator(f'tr[data-member="{v["member"]}"] td').all_inner_texts()
            assert cells[1:4] == [_pct(v["weight_share"]), _pct(v["banzhaf"]), _pct(v["shapley_shubik"])]
        vetoes = section.locator(".app-vetoes").inner_text()
        if d["veto_players"] and len(d["veto_players"]) == len(d["voters"]):
            assert say("veto players all") in vetoes
        else:
            assert all(names[m] in vetoes for m in d["veto_players"])
        if d["outcome"] is not None:
            assert ("PASSES" in section.locator(".app-outcome").inner_text()) == d["outcome"]["passes"]
    assert not page.errors, page.errors
    assert not page.remote, page.remote


def test_a_60_member_network_computes_within_a_second(page, site_url, tmp_path):
    network, _ = generated_network(8)
    assert len(network["members"]) == 60
    text = dump(network)
    page.goto(site_url + "network-rules.html")
    took = page.evaluate("""text => {
        // the best of three runs: the machine running the tests may be busy with other work
        const G = CareModels.governance, times = [];
        let result;
        for (let i = 0; i < 3; i++) {
            const start = performance.now();
            result = G.analyse(G.readNetwork(text, 'big.yaml'), null);
            times.push(performance.now() - start);
        }
        return [Math.min(...times), result.decisions[0].voters.length];
    }""", text)
    assert took[1] == 60
    assert took[0] < 1000, f"{took[0]:.0f} ms"
    path = tmp_path / "big.yaml"
    path.write_text(text, encoding="utf-8")
    page.set_input_files("#network-upload", str(path))
    page.wait_for_selector("#network-results table")
    assert page.locator("#decision-0 tbody tr").count() == 60


def test_a_network_made_in_the_form_downloads_as_a_file_python_reads_alike(page, site_url, tmp_path):
    page.goto(site_url + "network-rules.html")
    page.fill("#f-network", "Test network")
    page.locator("#f-network").dispatch_event("change")
    for i, (name, kind, investment) in enumerate((("North GP practices", "gp-practice", "6.5"),
                                                  ("City council social care", "social-care", "11.4"),
                                                  ("City hospital", "acute", "40"))):
        page.get_by_role("button", name="Add a member").click()
        page.fill(f"#f-member-{i}-name", name)
        page.locator(f"#f-member-{i}-name").dispatch_event("change")
        page.select_option(f"#f-member-{i}-type", kind)
        page.fill(f"#f-member-{i}-investment", investment)
        page.locator(f"#f-member-{i}-investment").dispatch_event("change")
    page.get_by_role("button", name="Add a type of decision").click()
    assert page.evaluate("document.activeElement.id") == "f-decision-0-name"
    page.fill("#f-decision-0-name", "Changing financial flows")
    page.locator("#f-decision-0-name").dispatch_event("change")
    page.select_option("#f-decision-0-weighting", "investment")
    page.wait_for_selector("#network-results table")
    shown = page.evaluate("CareModels.networkPage.last")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the network file").click()
    path = tmp_path / "network.yaml"
    info.value.save_as(path)
    expected = json.loads(json.dumps(analyse(load(path))))
    expected["network"]["file"] = shown["network"]["file"]
    assert shown == expected
    assert shown["decisions"][0]["dictators"] == ["member-3"]


def test_the_budget_check_gives_what_assess_budget_gives(page, site_url):
    page.goto(site_url + "network-rules.html")
    for name in ("budget-fits.yaml", "budget-over.yaml"):
        result = check(load_budget(EXAMPLES / name))
        title = result["budget"]["network"] + (", " + result["budget"]["period"] if result["budget"]["period"] else "")
        page.set_input_files("#budget-upload", str(EXAMPLES / name))
        page.wait_for_function("t => (document.querySelector('#budget-results h3') || {}).textContent === t", arg=title)
        verdict = page.locator("#budget-results .app-verdict").inner_text()
        assert verdict.startswith("FITS" if result["fits"] else "DOES NOT FIT")
        text = page.locator("#budget-results").inner_text()
        assert all(w["text"] in text for w in result["warnings"])
    assert not page.errors, page.errors


def test_a_broken_file_is_named_by_its_line(page, site_url, tmp_path):
    path = tmp_path / "broken.yaml"
    text = (EXAMPLES / "network-gp-led-even.yaml").read_text(encoding="utf-8").replace("risk_share: 20", "risk_share: 120", 1)
    path.write_text(text, encoding="utf-8")
    line = 1 + text.split("\n").index("    risk_share: 120")
    page.goto(site_url + "network-rules.html")
    page.set_input_files("#network-upload", str(path))
    page.wait_for_selector("#network-problems .nhsuk-error-summary")
    assert f"Line {line}: risk share 120 is out of range" in page.locator("#network-problems").inner_text()


@pytest.mark.parametrize("upload, problems", [("#network-upload", "#network-problems"),
                                              ("#budget-upload", "#budget-results")])
def test_a_file_too_large_is_refused_by_its_size_as_python_refuses_it(page, site_url, tmp_path, upload, problems):
    from assess.files import MAX_BYTES, refuse_large

    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    with pytest.raises(Exception) as python:
        refuse_large(path)
    page.goto(site_url + "network-rules.html")
    page.set_input_files(upload, str(path))
    page.wait_for_selector(f"{problems} .nhsuk-error-summary")
    text = " ".join(page.locator(problems).inner_text().split())
    assert f"larger than {MAX_BYTES:,} bytes" in text and f"larger than {MAX_BYTES:,} bytes" in str(python.value)
    assert not page.errors, page.errors


def test_without_javascript_the_page_says_so(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "network-rules.html")
    assert page.locator(".app-nojs").is_visible()
    assert not page.locator("#network-root").is_visible()
    context.close()


def test_the_page_and_its_scripts_are_within_200_kb_gzipped(built_site):
    html = (built_site / "network-rules.html").read_bytes()
    scripts = re.findall(r'<script src="assets/([^"]+)"', html.decode("utf-8"))
    assert set(scripts) == set(GOVERNANCE + NETWORK_PAGE)
    total = len(gzip.compress(html)) + len(gzip.compress((built_site / "assets" / "site.css").read_bytes()))
    total += sum(len(gzip.compress((built_site / "assets" / name).read_bytes())) for name in scripts)
    assert total < 200_000, total


@pytest.mark.parametrize("width", (1280, 390))
def test_the_network_page_has_no_axe_violations(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + "network-rules.html")
    assert axe_violations(page) == [], "empty"
    _open(page, site_url, "network-qualified-majority.yaml", "proposal-community-shift.yaml")
    page.set_input_files("#budget-upload", str(EXAMPLES / "budget-over.yaml"))
    page.wait_for_selector("#budget-results table")
    assert axe_violations(page) == [], "a network, a proposal and a budget"
    page.fill("#f-member-0-risk", "120")
    page.locator("#f-member-0-risk").dispatch_event("change")
    page.wait_for_selector("#network-problems .nhsuk-error-summary")
    assert axe_violations(page) == [], "a problem"
    assert page.evaluate("document.documentElement.scrollWidth") <= width
