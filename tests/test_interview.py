"""`assess run`: the interview state machine (no terminal), the answers file it writes,
and the command end to end in a real pseudo-terminal (killed with SIGKILL, then resumed)."""
from __future__ import annotations

import os
import select
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assess.engine.answers import check
from assess.engine.conditions import DONT_KNOW
from assess.engine.questionnaire import load as load_questionnaire
from assess.interview.session import Interview
from assess.interview.words import clean
from assess.interview.yamlout import yaml_quote, yaml_scalar
from assess.kb.yamlsafe import load_file, load_text

REPO = Path(__file__).resolve().parent.parent
MINI = REPO / "tests" / "fixtures" / "mini-questionnaire.yaml"


@pytest.fixture(scope="module")
def mini(kb):
    return load_questionnaire(MINI, kb)


@pytest.fixture
def iv(mini, kb):
    return Interview(mini, kb.sources, file="answers.yaml")


def feed(iv, state, *lines):
    """Type each line in turn; returns the last state and the text shown after the last line."""
    text = ""
    for line in lines:
        state, text = iv.step(state, line)
    return state, text


def at_first_question(iv):
    state, _ = iv.new()
    return feed(iv, state, "Jo Bloggs", "")


def valid(iv, mini, state):
    """The answers file of `state` read back and checked as `assess score` would."""
    return check(load_text(iv.dump(state), "answers.yaml"), mini)


# ---------------------------------------------------------------- state machine
def test_new_interview_asks_respondent_and_context_then_first_question(iv):
    state, text = iv.new()
    assert "Mini assessment" in text and "Who is answering?" in text and state.mode == "respondent"
    state, text = iv.step(state, "  Jo Bloggs, Anytown CCG ")
    assert state.respondent == "Jo Bloggs, Anytown CCG" and "What is this assessment about?" in text
    state, text = iv.step(state, "")
    assert state.context is None and state.mode == "question" and state.current == "scope"
    assert "── Scope" in text and "Which services are in scope?" in text and "1. General practice" in text


def test_progress_counts_only_questions_that_apply(iv):
    state, text = at_first_question(iv)
    assert iv.progress(state) == (1, 5, False)          # gp-contracts may apply: counted
    assert "Question 1 of about 5" in text
    state, text = iv.step(state, "2")                    # acute only: gp-contracts cannot apply
    assert state.current == "lead"
    assert iv.progress(state) == (2, 4, True)
    assert "Question 2 of 4" in text
    state, text = feed(iv, state, "b", "1 2")           # with general practice it applies again
    assert state.current == "lead" and iv.progress(state) == (2, 5, True)


def test_dont_know_on_scope_removes_the_conditional_question(iv):
    state, _ = at_first_question(iv)
    state, text = iv.step(state, "s")
    assert state.answers["scope"] == DONT_KNOW and "Saved: don't know" in text
    state, _ = iv.step(state, "1")
    assert state.current == "population"                 # gp-contracts is unknown: not asked
    assert iv.progress(state) == (3, 4, True)


def test_back_goes_to_previous_question_and_enter_keeps_the_answer(iv):
    state, _ = at_first_question(iv)
    state, _ = feed(iv, state, "1", "gps")
    assert state.current == "gp-contracts"
    state, text = iv.step(state, "b")
    assert state.current == "lead" and "Now: GP practices" in text
    state, text = iv.step(state, "back")
    assert state.current == "scope" and "Now: General practice" in text and "── Scope" not in text
    state, _ = iv.step(state, "")                        # Enter keeps the answer
    assert state.answers["scope"] == ("general-practice",) and state.current == "lead"
    state, _ = feed(iv, state, "b", "b")                 # before the first question: the context
    assert state.mode == "context"
    state, _ = iv.step(state, "")
    assert state.current == "scope"


def test_skip_and_empty_enter_mean_dont_know(iv, mini):
    state, _ = at_first_question(iv)
    state, _ = feed(iv, state, "1", "skip", "", "s")
    assert dict(state.answers) == {"scope": ("general-practice",), "lead": DONT_KNOW,
                                   "gp-contracts": DONT_KNOW, "population": DONT_KNOW}
    state, _ = feed(iv, state, "b", "s")                 # s replaces an answer with don't know
    assert state.answers["population"] == DONT_KNOW
    assert valid(iv, mini, state).values["lead"] == DONT_KNOW


def test_help_shows_help_text_and_its_source_or_derived(iv, kb):
    state, _ = at_first_question(iv)
    same, text = iv.step(state, "?")
    assert same == state
    assert "Pick all that apply." in text and "this tool's judgement, not the source's: test" in text
    item = {"text": "An MCP is a new provider.", "source": {"doc": "hlp-module-1", "where": "Option 6: MCP – Overview"}}
    assert iv.cite(item) == "HLP Module 1, “Option 6: MCP – Overview”"


@pytest.mark.parametrize("line, message", [
    ("7", "not one of the options"), ("acute, banana", "“banana” is not one of the options"),
    ("yes please", "not one of the options"),
])
def test_invalid_choice_says_what_is_allowed_and_asks_again(iv, line, message):
    state, _ = at_first_question(iv)
    again, text = iv.step(state, line)
    assert again == state and message in text and "1 to 2" in text


@pytest.mark.parametrize("line, message", [
    ("lots", "is not a number"), ("-5", "out of range"), ("20000000", "out of range"),
    ("1e999999999", "out of range"), ("nan", "not a number"), ("9" * 400, "out of range"),
])
def test_invalid_number_says_the_range_and_asks_again(iv, line, message):
    state, _ = at_first_question(iv)
    state, _ = feed(iv, state, "2", "1")
    assert state.current == "population"
    again, text = iv.step(state, line)
    text = " ".join(text.split())
    assert again == state and message in text and "0 to 10,000,000 people" in text


@pytest.mark.parametrize("line, value", [
    ("250000", 250000), ("250,000", 250000), ("250 000", 250000), ("250k", 250000),
    ("1.5m", 1500000), ("250000 people", 250000), ("2500.5", 2500.5),
])
def test_numbers_in_the_forms_people_type(iv, line, value):
    state, _ = at_first_question(iv)
    state, _ = feed(iv, state, "2", "1", line)
    assert state.answers["population"] == value and type(state.answers["population"]) is type(value)


def test_multi_accepts_numbers_ids_labels_and_none(iv):
    state, _ = at_first_question(iv)
    for line, want in [("2,1", ("general-practice", "acute")), ("acute general-practice", ("general-practice", "acute")),
                       ("General practice", ("general-practice",)), ("none", ()), ("1, 1", ("general-practice",))]:
        answered, _ = iv.step(state, line)
        assert answered.answers["scope"] == want, line


def test_review_lists_answers_and_changes_one(iv, mini):
    state, _ = at_first_question(iv)
    state, text = feed(iv, state, "1", "2", "yes", "120000", "Some notes")
    assert state.mode == "review" and "Review your answers" in text
    assert "→ General practice" in text and "→ 120,000 people" in text and "→ Some notes" in text
    state, text = iv.step(state, "4")
    assert state.current == "population" and state.from_review and "Now: 120,000 people" in text
    state, text = iv.step(state, "90000")
    assert state.mode == "review" and "→ 90,000 people" in text
    state, text = feed(iv, state, "3", "b")               # b on a changed answer: back to the review, unchanged
    assert state.mode == "review" and state.answers["gp-contracts"] == "yes"
    again, text = iv.step(state, "9")
    assert again == state and "1 to 5" in text
    state, text = iv.step(state, "done")
    assert state.mode == "done" and "assess score answers.yaml" in text and "assess report answers.yaml" in text
    assert valid(iv, mini, state).values["population"] == 90000


def test_answers_that_stop_applying_are_dropped_and_told(iv, mini):
    state, _ = at_first_question(iv)
    state, _ = feed(iv, state, "1", "2", "no", "s", "")
    assert state.mode == "review" and state.answers["gp-contracts"] == "no"
    state, text = feed(iv, state, "1", "2")               # scope: acute only
    assert "gp-contracts" not in state.answers
    assert "Dropped your answer to “Must practices keep their own contracts?”" in text
    assert "Must practices keep" not in text.split("Review your answers")[1]
    assert "gp-contracts" not in iv.dump(state)
    valid(iv, mini, state)
    state, text = feed(iv, state, "1", "1 2")             # brings the question back: asked at once
    assert state.current == "gp-contracts" and "brings in another question" in text
    state, text = iv.step(state, "1")
    assert state.mode == "review" and state.answers["gp-contracts"] == "yes"


def test_dropped_on_the_way_back(iv):
    state, _ = at_first_question(iv)
    state, _ = feed(iv, state, "1", "1", "yes")
    state, text = feed(iv, state, "b", "b", "b", "2")     # back to scope, acute only
    assert "Dropped your answer" in text and "gp-contracts" not in state.answers
    assert state.current == "lead"
    state, _ = iv.step(state, "")
    assert state.current == "population"


def test_quit_saves_and_tells_how_to_resume(iv):
    state, _ = at_first_question(iv)
    state, _ = iv.step(state, "1")
    state, text = iv.step(state, "q")
    assert state.mode == "quit" and "assess run --resume answers.yaml" in text
    state0, _ = iv.new()
    _, text = iv.step(state0, "quit")
    assert "nothing was saved" in text


def test_resume_starts_at_first_unanswered_or_review(iv):
    state, text = iv.resume({"scope": ("acute",), "lead": "trust"}, "Jo", None)
    assert state.current == "population" and "2 answers so far" in text and "Question 3 of 4" in text
    state, text = iv.resume({"scope": ("acute",), "lead": "trust", "population": 5, "notes": "x"})
    assert state.mode == "review"
    state, text = iv.step(state, "b")
    assert state.current == "notes"


def test_respondent_and_context_help_back_and_clear(iv):
    state, _ = iv.new()
    state, text = iv.step(state, "?")
    assert state.mode == "respondent" and "Enter" in text
    state, text = feed(iv, state, "Jo", "Anytown", "b", "b")
    assert state.mode == "respondent" and "Now: Jo" in text
    assert iv.step(state, "b")[1] == "This is the first question."
    state, _ = feed(iv, state, "-", "")
    assert state.respondent is None and state.context == "Anytown" and state.mode == "question"


# ---------------------------------------------------------------- the answers file
TRICKY = ['Jo "Bloggs", CCG', "back\\slash", "# not a comment", "key: value", "- item", "yes", "null", "~",
          "@at", "%percent", "`tick`", "'single'", "{flow: map}", "[list]", "&anchor *alias", "!!python/object",
          "emoji 🙂 and ü", "tab\there", "line\nbreak", "nel\x85x", "ls\u2028x", "bom\ufeffx", "del\x7fx",
          "bell\x07x", "  spaced  ", "", "0123", "1e3", "surrogate \udc80 x", "c1 \x9b x", "\\u0041 literally"]


@pytest.mark.parametrize("text", TRICKY)
def test_yaml_quote_round_trips(text):
    expected = text.replace("\udc80", "\ufffd")
    assert load_text(f"v: {yaml_quote(text)}\n", "t.yaml").data["v"] == expected


@pytest.mark.parametrize("ident", ["yes", "no", "on", "off", "true", "null", "10", "1-2", "a-b", "y", "n"])
def test_ids_that_yaml_would_misread_are_quoted(ident):
    assert load_text(f"{yaml_scalar(ident)}: {yaml_scalar(ident)}\n", "t.yaml").data == {ident: ident}


def test_typed_text_round_trips_through_the_answers_file(iv, mini):
    state, _ = iv.new()
    state, _ = feed(iv, state, 'Jo "Bloggs" \\ #1: - yes', "nel\x85 & *x ~ 🙂", "1 2", "gps", "yes", "1.5m",
                    "key: value # not a comment\x1b[A\udc80")
    answers = valid(iv, mini, state)
    assert answers.respondent == 'Jo "Bloggs" \\ #1: - yes'
    assert answers.context == "nel  & *x ~ 🙂"
    assert answers.values["notes"] == clean("key: value # not a comment\x1b[A\udc80")
    assert answers.values["gp-contracts"] == "yes" and answers.values["population"] == 1500000
    text = iv.dump(state)
    assert text.index("questionnaire:") < text.index("respondent:") < text.index("context:") < text.index("answers:")
    assert [k for k in load_text(text, "a.yaml").data["answers"]] == ["scope", "lead", "gp-contracts", "population",
                                                                      "notes"]


def test_float_answers_are_written_without_exponent(iv, mini):
    state, _ = iv.resume({"scope": ("acute",), "lead": "trust", "population": 0.00001})
    assert valid(iv, mini, state).values["population"] == 0.00001
    assert "e-" not in iv.dump(state)


# ---------------------------------------------------------------- the command
def _env(**extra):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("ASSESS_FORCE_TTY", None)
    env.update(extra)
    return env


def _run(args, cwd, input="", **env):
    proc = subprocess.run([sys.executable, "-m", "assess", "run", *map(str, args)], cwd=cwd, input=input,
                          capture_output=True, text=True, encoding="utf-8", env=_env(**env), timeout=30)
    return proc.returncode, proc.stdout, proc.stderr


def test_without_a_terminal_it_stops_at_once(tmp_path):
    code, out, err = _run([MINI], tmp_path, input="1\n")
    assert code == 1 and "Traceback" not in err
    assert "needs a terminal" in err and "assess score FILE" in err and "assess run" in err
    assert not (tmp_path / "answers.yaml").exists()


def test_forced_terminal_reads_piped_answers(tmp_path, mini):
    code, out, err = _run([MINI], tmp_path, input="Jo\n\n1\n2\nno\n250000\n\ndone\n", ASSESS_FORCE_TTY="1")
    assert code == 0, err
    assert "Your answers are saved in answers.yaml" in out and "assess score answers.yaml" in out
    answers = check(load_file(tmp_path / "answers.yaml"), mini)
    assert dict(answers.values) == {"scope": ("general-practice",), "lead": "trust", "gp-contracts": "no",
                                    "population": 250000, "notes": DONT_KNOW}


def _invoke(cli, args, cwd, input=""):
    """The command in process (faster than a subprocess), with a forced terminal."""
    here = os.getcwd()
    os.chdir(cwd)
    try:
        result = cli("run", *args, input=input, env={"ASSESS_FORCE_TTY": "1"})
    finally:
        os.chdir(here)
    return result.exit_code, result.stdout, result.stderr


def test_refuses_to_overwrite_unless_resumed(tmp_path, cli):
    (tmp_path / "answers.yaml").write_text("keep me\n")
    code, _, err = _invoke(cli, [MINI], tmp_path)
    assert code == 1 and "already exists" in err and "--resume answers.yaml" in err and "-o" in err
    assert (tmp_path / "answers.yaml").read_text() == "keep me\n"


def test_resume_reports_bad_files_with_line_numbers(tmp_path, cli):
    bad = tmp_path / "bad.yaml"
    bad.write_text("questionnaire: mini\nanswers:\n  scope: [acute]\n  lead: nobody\n")
    code, _, err = _invoke(cli, [MINI, "--resume", bad], tmp_path)
    assert code == 1 and "bad.yaml:4" in err and "“nobody” is not one of the answers" in err and "Traceback" not in err
    code, _, err = _invoke(cli, ["--resume", bad], tmp_path)
    assert code == 1 and "not bundled" in err and "Traceback" not in err
    code, _, err = _invoke(cli, ["no-such-questionnaire"], tmp_path)
    assert code == 1 and "no questionnaire 'no-such-questionnaire'" in err


class Terminal:
    """A child process on a pseudo-terminal, with a minimal `expect`."""

    def __init__(self, args, cwd):
        import fcntl
        import termios

        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
        self.proc = subprocess.Popen([sys.executable, "-m", "assess", "run", *map(str, args)], cwd=cwd,
                                     stdin=slave, stdout=slave, stderr=slave, env=_env(TERM="dumb"),
                                     start_new_session=True)
        os.close(slave)
        self.fd, self.seen, self.at = master, "", 0

    def expect(self, text, timeout=15):
        deadline = time.monotonic() + timeout
        while text not in self.seen[self.at:]:
            ready, _, _ = select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise AssertionError(f"waited for {text!r}; the terminal shows:\n{self.seen[-3000:]}")
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                data = b""
            if not data:
                raise AssertionError(f"the program ended before {text!r}:\n{self.seen[-3000:]}")
            self.seen += data.decode("utf-8", "replace")
        self.at = self.seen.index(text, self.at) + len(text)

    def send(self, line):
        os.write(self.fd, line.encode() + b"\r")

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(10)
        os.close(self.fd)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a POSIX pseudo-terminal")
def test_in_a_terminal_killed_mid_interview_then_resumed(tmp_path, mini):
    (tmp_path / "out").mkdir()
    answers_file = tmp_path / "out" / "answers.yaml"
    term = Terminal([MINI, "-o", "out/answers.yaml"], tmp_path)
    try:
        term.expect("Who is answering?")
        term.send("Jo Bloggs, CCG")
        term.expect("What is this assessment about?")
        term.send("")
        term.expect("Question 1 of about 5")
        term.send("1, 2")
        term.expect("Question 2 of 5")
        term.send("?")
        term.expect("The lead organisation.")
        term.send("2")
        term.expect("Must practices keep their own contracts?")
        term.expect("> ")
        os.kill(term.proc.pid, signal.SIGKILL)
        assert term.proc.wait(10) == -signal.SIGKILL
    finally:
        term.close()
    saved = check(load_file(answers_file), mini)
    assert saved.respondent == "Jo Bloggs, CCG"
    assert dict(saved.values) == {"scope": ("general-practice", "acute"), "lead": "trust"}
    assert [p.name for p in answers_file.parent.iterdir()] == ["answers.yaml"]   # no temporary file left

    term = Terminal([MINI, "--resume", "out/answers.yaml"], tmp_path)
    try:
        term.expect("Carrying on with out/answers.yaml: 2 answers so far.")
        term.expect("Question 3 of 5")
        term.send("s")
        term.expect("Population served?")
        term.send("250,000")
        term.expect("Anything else?")
        term.send('Said "hi" – ok: #1')
        term.expect("Review your answers")
        term.send("done")
        term.expect("assess report out/answers.yaml")
        assert term.proc.wait(10) == 0
    finally:
        term.close()
    final = check(load_file(answers_file), mini)
    assert dict(final.values) == {"scope": ("general-practice", "acute"), "lead": "trust",
                                  "gp-contracts": DONT_KNOW, "population": 250000, "notes": 'Said "hi" – ok: #1'}


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a POSIX pseudo-terminal")
def test_ctrl_c_mid_interview_saves_and_says_how_to_carry_on(tmp_path, mini):
    """A real Ctrl-C (SIGINT), not the short commands' exit at once: the interview saves and says how to resume."""
    term = Terminal([MINI], tmp_path)
    try:
        term.expect("Who is answering?")
        term.send("Jo")
        term.expect("What is this assessment about?")
        term.send("")
        term.expect("Question 1 of about 5")
        term.send("1")
        term.expect("Question 2 of")
        term.expect("> ")
        os.kill(term.proc.pid, signal.SIGINT)
        term.expect("Your answers so far are saved in answers.yaml.")
        term.expect("assess run")
        term.expect("--resume answers.yaml")
        assert term.proc.wait(10) == 130
    finally:
        term.close()
    assert dict(check(load_file(tmp_path / "answers.yaml"), mini).values) == {"scope": ("general-practice",)}


def test_resume_leaves_out_answers_that_do_not_apply_and_can_write_elsewhere(tmp_path, mini, cli):
    old = tmp_path / "old.yaml"
    old.write_text("questionnaire: mini\nanswers:\n  scope: dont-know\n  gp-contracts: 'yes'\n  lead: gps\n")
    code, out, err = _invoke(cli, [MINI, "--resume", old, "-o", "new.yaml"], tmp_path, input="q\n")
    assert code == 0, err
    assert "Left out the answer to “Must practices keep their own contracts?”" in out
    assert "Question 3 of 4" in out and "assess run" in out and "--resume new.yaml" in out
    assert dict(check(load_file(tmp_path / "new.yaml"), mini).values) == {"scope": DONT_KNOW, "lead": "gps"}
    assert "gp-contracts" in old.read_text()            # the resumed file is left as it was
    code, _, err = _invoke(cli, [MINI, "--resume", old, "-o", "new.yaml"], tmp_path)
    assert code == 1 and "new.yaml already exists" in err


def test_a_question_shows_its_hint_under_its_short_text(kb):
    from assess.interview.texts import Texts

    q = load_questionnaire(REPO / "questionnaires" / "care-model-fit.yaml", kb)
    sites = next(x for x in q.questions if x.id == "sites")
    screen = Texts(q, None, "answers.yaml", None, 200).question_screen(sites, [], None, (5, 20, False))
    lines = screen.splitlines()
    assert sites.text in lines and sites.hint in lines
    assert lines.index(sites.hint) == lines.index(sites.text) + 1 and len(sites.text.split()) <= 12


def test_the_further_objectives_leave_out_the_main_one_in_the_terminal_too(kb):
    q = load_questionnaire(REPO / "questionnaires" / "care-model-fit.yaml", kb)
    main = q.by_id["main-objective"].options[2]
    interview = Interview(q, kb.sources, file="answers.yaml")
    state, _ = interview.new()
    state, text = feed(interview, state, "", "", "1", "3")           # scope, then the main objective
    assert state.current == "objectives" and q.by_id["objectives"].hint in text
    offered = [o for o in q.by_id["objectives"].options if o.id != main.id]
    listed = text.split(q.by_id["objectives"].hint, 1)[1]
    assert main.label not in listed and f"{len(offered):>2}. {offered[-1].label}" in listed
    state, _ = feed(interview, state, "3")
    assert state.answers["objectives"] == (offered[2].id,) and offered[2].id != q.by_id["objectives"].options[2].id
