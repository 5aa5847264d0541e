"""The terminal front end of the interview: the read-step-save loop and the `assess run` setup."""
from __future__ import annotations

import difflib
import os
import shlex
import shutil
import sys
from pathlib import Path
from typing import Callable

from ..errors import UserError, display_path, visible
from ..files import check_output
from .session import DEFAULT_OUTPUT, ENDED, Interview, State

FORCE_TTY = "ASSESS_FORCE_TTY"
DEFAULT_QUESTIONNAIRE = "care-model-fit"


def run_loop(interview: Interview, state: State, text: str, save: Callable[[State], None],
             read: Callable[[str], str] = input, write: Callable[[str], None] = print) -> tuple[State, bool]:
    """Show, read, step, save, until done or quit. Returns the last state and whether Ctrl-C stopped it."""
    write(text)
    interrupted = False
    while state.mode not in ENDED:
        try:
            line = read(interview.prompt(state))
        except EOFError:
            write("")
            line = "q"
        except KeyboardInterrupt:
            write("")
            line, interrupted = "q", True
        except UnicodeDecodeError:
            write("That could not be read as text (it is not UTF-8); please type it again.")
            continue
        state, text = interview.step(state, line)
        save(state)
        if text:
            write(text)
    return state, interrupted


def main(questionnaire: str | None, resume: Path | None, output: Path | None) -> int:
    """`assess run`: check the terminal, load the questionnaire (and resumed answers), run the loop."""
    if not sys.stdin.isatty() and os.environ.get(FORCE_TTY) != "1":
        raise UserError("'assess run' is an interview and needs a terminal to type into, but its input is not one.\n"
                        "  - to score answers you already have in a file: assess score FILE\n"
                        "  - to answer the questions: run 'assess run' in a terminal")
    from ..kb import load as load_kb

    kb = load_kb()
    q, answers, out = _open(kb, questionnaire, resume, output)
    shown = display_path(out)
    command = ["assess", "run"] + ([questionnaire] if questionnaire and _is_path(questionnaire) else [])
    width = min(shutil.get_terminal_size((80, 24)).columns, 100) - 1
    # help may cite a later document as well as a source
    interview = Interview(q, kb.documents, file=shown, resume_command=shlex.join(command + ["--resume", shown]),
                          width=width)
    if answers is not None:
        state, text = interview.resume(answers.values, answers.respondent, answers.context, answers.date,
                                       answers.ignored)
    else:
        state, text = interview.new()
    # A file resumed in place is edited, not rewritten: only the answers that change (at the first
    # change, or at once when answers were left out); the user's comments and order stay.
    in_place = resume is not None and out.resolve() == Path(resume).resolve()
    save = _saver(interview, out, _text_of(out) if in_place else None)
    if sys.stdin.isatty():
        try:
            import readline  # noqa: F401 - line editing and history for input()
        except ImportError:  # pragma: no cover - not on every platform
            pass
    save(state)
    # answers and questionnaires come from users' files: their control characters are shown, not acted on
    state, interrupted = run_loop(interview, state, text, save, read=lambda p: input(visible(p, newlines=True)),
                                  write=lambda t: print(visible(t, newlines=True)))
    return 130 if interrupted else 0


def _open(kb, questionnaire: str | None, resume: Path | None, output: Path | None):
    """(questionnaire, answers read from --resume or None, output path), every check done."""
    from ..engine.answers import check, read_questionnaire_id
    from ..engine.questionnaire import load as load_questionnaire

    if resume is None:
        q = load_questionnaire(_questionnaire_file(questionnaire or DEFAULT_QUESTIONNAIRE), kb)
        out = Path(output or DEFAULT_OUTPUT)
        _check_new_output(out)
        return q, None, out
    doc, qid = read_questionnaire_id(resume)
    if questionnaire:
        q = load_questionnaire(_questionnaire_file(questionnaire), kb)
        if q.id != qid:
            raise UserError(f"{display_path(resume)} holds answers to '{qid}', not to '{q.id}' "
                            f"({questionnaire}): name the right questionnaire, or leave it out")
    else:
        q = load_questionnaire(_questionnaire_file(qid, resume), kb)
    answers = check(doc, q)
    out = Path(output or resume)
    if output is not None and out.resolve() != Path(resume).resolve():
        _check_new_output(out)
    else:
        check_output(out)
    return q, answers, out


def _saver(interview: Interview, out: Path, original: str | None) -> Callable[[State], None]:
    """save(state): write the answers file when it changed (not before anything was given).

    With the `original` text of a file resumed in place, that text is edited instead of replaced.
    """
    from ..files import write_atomic
    from .yamledit import update

    written = [original]

    def save(s: State) -> None:
        if s.empty:
            return
        if original is None:
            data = interview.dump(s)
        else:
            data = update(original, interview.q, s.answers, respondent=s.respondent, context=s.context, date=s.date)
        if data != written[0]:
            write_atomic(out, data)
            written[0] = data
    return save


def _text_of(path: Path) -> str:
    from ..files import MAX_BYTES, read_regular

    return read_regular(path, MAX_BYTES).decode("utf-8").removeprefix("\ufeff")


def _is_path(name: str) -> bool:
    return name.endswith((".yaml", ".yml")) or "/" in name or os.sep in name


def _questionnaire_file(name: str, answers_file: Path | None = None) -> Path:
    """A questionnaire id (bundled) or the path of a questionnaire file."""
    if _is_path(name):
        return Path(name)
    from ..resources import questionnaires_dir

    path = questionnaires_dir() / f"{name}.yaml"
    if path.is_file():
        return path
    known = sorted(p.stem for p in questionnaires_dir().glob("*.yaml"))
    if answers_file is not None:
        raise UserError(f"{display_path(answers_file)} answers questionnaire '{name}', which is not bundled: "
                        f"give its file, e.g. assess run path/to/{name}.yaml --resume {display_path(answers_file)}")
    close = difflib.get_close_matches(name, known, n=1)
    raise UserError(f"no questionnaire '{name}' "
                    + (f"; did you mean {close[0]}?" if close else
                       f"({'known: ' + ', '.join(known) if known else 'none is bundled yet'}); "
                       "or give the path of a questionnaire .yaml file"))


def _check_new_output(out: Path) -> None:
    shown = display_path(out)
    if out.is_dir() and not out.is_symlink():
        raise UserError(f"{shown} is a folder: give a file name with -o, e.g. -o {shown}/answers.yaml")
    check_output(out)
    if out.exists():
        raise UserError(f"{shown} already exists and 'assess run' will not overwrite it.\n"
                        f"  - to carry on with it: assess run --resume {shlex.quote(shown)}\n"
                        "  - to start again: choose another file with -o FILE (or delete it)")
