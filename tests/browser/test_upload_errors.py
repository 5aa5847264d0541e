"""Loading an answers file that cannot be used: an NHS.UK error summary at the top, in plain words, focus on it."""
from __future__ import annotations

import pytest

from assess.kb.yamlsafe import load_file

from .conftest import questionnaire_for_site


@pytest.fixture(scope="module")
def questionnaire():
    return load_file(questionnaire_for_site()).data


def _upload(page, site_url, tmp_path, text: str, name: str = "answers.yaml"):
    page.goto(site_url + "assess.html")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    page.set_input_files("#upload", str(path))
    summary = page.locator("#upload-error-summary")
    summary.wait_for()
    return summary


def test_a_bad_file_is_reported_at_the_top_with_focus_and_the_field_marked(page, site_url, tmp_path):
    summary = _upload(page, site_url, tmp_path, "this is not\n  an answers: file\n", "notes.yaml")
    first = page.evaluate("document.querySelector('#assess-root').firstElementChild.id")
    assert first == "upload-error-summary"                       # above the page's heading
    assert page.evaluate("document.activeElement.id") == "upload-error-summary"
    assert summary.get_attribute("role") == "alert"
    assert page.title().startswith("Error: ")
    text = summary.inner_text()
    assert text.startswith("There is a problem with the file")
    assert "\u201cnotes.yaml\u201d could not be loaded, so your answers have not changed." in text
    assert "Line 2 of the file" in text
    assert page.locator("#upload-group.nhsuk-form-group--error #upload-error").count() == 1
    assert "upload-error" in page.get_attribute("#upload", "aria-describedby")
    summary.locator("a").first.click()                            # the problem links to the file field
    assert page.evaluate("document.activeElement.id") == "upload"
    assert not page.errors, page.errors


def test_problems_name_questions_by_their_text_not_their_ids(page, site_url, tmp_path, questionnaire):
    questions = [q for s in questionnaire["sections"] for q in s["questions"]]
    q = next(q for q in questions if q["type"] == "single" and "when" not in q)
    text = (f"questionnaire: {questionnaire['id']}\nanswers:\n  {q['id']}: no-such-option\n"
            "  not-a-question: 1\nsurname: Bloggs\n")
    summary = _upload(page, site_url, tmp_path, text)
    problems = summary.locator("li").all_inner_texts()
    assert len(problems) == 3, problems
    assert any(f"is not one of the answers to \u201c{q['text']}\u201d" in p for p in problems), problems
    option = q["options"][0]
    assert any(f"{option['id']} (\u201c{option['label']}\u201d)" in p for p in problems), problems
    assert any("a question this assessment does not ask (\u201cnot-a-question\u201d)" in p for p in problems), problems
    assert any("\u201csurname:\u201d that answers files do not have" in p for p in problems), problems
    joined = " ".join(problems)
    assert f"'{q['id']}'" not in joined and "mapping" not in joined and "unknown key" not in joined


def test_a_file_that_is_not_an_answers_file_says_so(page, site_url, tmp_path):
    summary = _upload(page, site_url, tmp_path, "- just\n- a list\n")
    assert "This is not an answers file: " in summary.inner_text()


def test_a_good_file_after_a_bad_one_clears_the_error(page, site_url, tmp_path, questionnaire):
    _upload(page, site_url, tmp_path, "answers: [\n")
    good = tmp_path / "good.yaml"
    good.write_text(f"questionnaire: {questionnaire['id']}\nanswers: {{}}\n", encoding="utf-8")
    page.set_input_files("#upload", str(good))
    page.wait_for_selector("text=Check your answers")
    assert page.locator("#upload-error-summary").count() == 0


def test_the_file_field_has_the_nhs_focus_style(page, site_url):
    page.goto(site_url + "assess.html")
    page.focus("#upload")
    style = page.evaluate("(() => { const s = getComputedStyle(document.activeElement);"
                          " return [s.outlineStyle, s.outlineColor, s.outlineWidth, s.borderTopColor]; })()")
    assert style == ["solid", "rgb(255, 235, 59)", "4px", "rgb(33, 43, 50)"], style


def test_a_megabyte_of_free_text_is_refused_plainly_within_two_seconds(page, site_url, tmp_path, questionnaire):
    from assess.engine.answers import MAX_FREE_TEXT

    line = "lorem ipsum dolor sit amet, " * 3
    text = f"questionnaire: {questionnaire['id']}\ncontext: \"" + (line + "\n  ") * (1024 * 1024 // len(line)) \
        + "\"\nanswers: {}\n"
    page.goto(site_url + "assess.html")
    path = tmp_path / "long.yaml"
    path.write_text(text, encoding="utf-8")
    started = page.evaluate("performance.now()")
    page.set_input_files("#upload", str(path))
    summary = page.locator("#upload-error-summary")
    summary.wait_for(timeout=2000)
    assert page.evaluate("performance.now()") - started < 2000
    assert f"the limit is {MAX_FREE_TEXT:,}. Shorten it" in summary.inner_text()
    assert not page.errors, page.errors


def test_the_free_text_fields_hold_no_more_than_an_answers_file_may(page, site_url):
    from assess.engine.answers import MAX_FREE_TEXT

    page.goto(site_url + "assess.html")
    for field in ("#respondent", "#context"):
        assert page.get_attribute(field, "maxlength") == str(MAX_FREE_TEXT)
