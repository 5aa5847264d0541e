"""`assess score` as text: the decision first, then every model with its fit, what is ruled out, and what next.

The CLI escapes the result's user text for the terminal before it is rendered here.
"""
from __future__ import annotations

from .focus import no_legal_form, structure_kept
from .sentences import CONFIDENCE, plural, say

WIDTH = 100
SHOWN = 8          # changes that would put another model first, listed by `assess score`


def _recommendation_text(rec: dict, terms: dict) -> list[str]:
    """The decision first, headed as the paper heads it: what is recommended, its fit, how sure, why, and what
    would change it."""
    import textwrap

    from .words import fit_out_of_100

    head = say(f"headline {rec['kind']}", name=rec["name"], alternative_one=terms.get("alternative_one", "alternative"))
    if rec["kind"] != "none":
        head += f", fit {fit_out_of_100(rec['fit'], rec['low'], rec['high'])}"
    lines = [head + f"; confidence: {CONFIDENCE[rec['confidence']]}"]
    for text in rec["why"] + [rec["confidence_why"]["text"]] + rec["instead"]:
        lines += textwrap.wrap(text, WIDTH, initial_indent="  - ", subsequent_indent="    ")
    changes = rec.get("changes", [])
    if not changes:
        lines.append("  No single answer change would change the recommendation.")
    else:
        n = len(changes)
        lines += textwrap.wrap(f"{plural(n, 'single answer change')} would change the recommendation "
                               f"(all of them in 'assess report'), the first: {changes[0]['text']}", WIDTH,
                               initial_indent="  ", subsequent_indent="    ")
    return lines


def _wrap(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> list[str]:
    """`textwrap.wrap`, filling lines word by word itself when `text` is single-spaced words with no
    hyphen (where textwrap also breaks) and none longer than a line: the same lines, without textwrap's
    cost, which with a thousand models took longer than scoring them."""
    words = text.split()
    if (words and "-" not in text and text == " ".join(words)
            and max(map(len, words)) <= width - max(len(initial_indent), len(subsequent_indent))):
        lines, line, indent = [], "", initial_indent
        for word in words:
            if line and len(indent) + len(line) + 1 + len(word) > width:
                lines.append(indent + line)
                line, indent = "", subsequent_indent
            line = f"{line} {word}" if line else word
        return lines + [indent + line]
    import textwrap

    return textwrap.wrap(text, width, initial_indent=initial_indent, subsequent_indent=subsequent_indent)


def score_text(result: dict) -> str:
    """The decision, then every model with its fit (names in full), the ones ruled out apart, and what next."""
    import textwrap

    from ..engine.numbers import fit
    from .words import range_text

    terms = result["terms"]
    alternative = result["recommendation"]["kind"] == "alternative"     # the care models only if they later integrate
    people = [r["label"] for r in result["respondents"]]
    multi = len(people) > 1
    lines = [f"{result['questionnaire']}: {len(people)} respondent{'s' if multi else ''} ({'; '.join(people)})"]
    lines += [""] + _recommendation_text(result["recommendation"], terms)
    standing = [r for r in result["ranking"] if not r["excluded"]]
    ruled_out = [r for r in result["ranking"] if r["excluded"]]
    lines += [""] + (_wrap(say("models if later", ranking=terms["ranking"]), WIDTH) if alternative else [])
    lines += [f"{terms['ranking'].capitalize()} (fit out of 100; range if the “don't know” answers were known):"]
    for rank, r in enumerate(standing, 1):
        spread = range_text(r["low"], r["high"])
        head = f"{rank:>3}. "
        name = _wrap(r["name"], WIDTH - 24, subsequent_indent=" " * len(head)) or [""]
        lines.append(f"{head}{name[0]:<{WIDTH - 24}}{fit(r['score']):>6}  {spread:>9}")
        lines += [" " * len(head) + more for more in name[1:]]
        reasons = "; ".join((f"{x['respondent']}: " if multi and x.get("respondent") else "")
                            + f"{x['answer_label']} ({x['points']:+g})" for x in r["reasons"][:2])
        if reasons:
            lines += _wrap("because " + reasons, WIDTH, initial_indent=" " * 7, subsequent_indent=" " * 9)
    if ruled_out:
        lines += ["", "Ruled out by the answers:"]
        for r in ruled_out:
            lines += _wrap(f"{r['name']}: " + say("ruled out because", reason=r["exclusion"]["reason"],
                                                  condition=r["exclusion"]["condition"]),
                                   WIDTH, initial_indent="  - ", subsequent_indent="    ")
    if result["alternatives"]:
        lines += [""] + textwrap.wrap(f"{terms['alternatives'].capitalize()}: " + ", ".join(
            f"{a['name']} {fit(a['score'])}" for a in result["alternatives"]), WIDTH, subsequent_indent="  ")
    kept = structure_kept(result) if alternative and result["legal_forms"] else None
    if kept:
        lines += _wrap(no_legal_form(terms, kept), WIDTH)
    elif result["legal_forms"]:
        best = result["legal_forms"][0]
        lines += [f"Suggested {terms['legal_forms']}: {best['name']} ({fit(best['score'])})"]
    if result["dont_know"]:
        lines += [f"Not known: {plural(len(result['dont_know']), 'question')} answered “don't know” or left out; "
                  "the range shows what they could change."]
    lines += _sensitivity_text(result, terms) if not alternative else []
    first = result["challenges"][:3]
    lines += ["", f"{len(result['challenge'])} check-and-challenge questions, the most pressing first:"]
    for c in first:
        lines += textwrap.wrap(c["text"], WIDTH, initial_indent=f"  {c['priority']}. ", subsequent_indent="     ")
    lines.append("  ... all of them, with why and where from, in 'assess report'.")
    return "\n".join(lines)


def _sensitivity_text(result: dict, terms: dict) -> list[str]:
    """What would put another model first: the first SHOWN changes, saying how many of all they are."""
    import textwrap

    n = len(result["sensitivity"])
    lines = [""] + textwrap.wrap(
        f"What would put another {terms['ranking_one']} first"
        + (f" ({SHOWN} of {n} single answer changes shown; {n - SHOWN} more with --json or in 'assess report'):"
           if n > SHOWN else ":"), WIDTH, subsequent_indent="  ")
    for s in result["sensitivity"][:SHOWN]:
        who = f"{s['respondent']}: " if "respondent" in s else ""
        lines += textwrap.wrap(who + s["text"], WIDTH, initial_indent="  - ", subsequent_indent="    ")
    if not result["sensitivity"]:
        lines.append("  no single answer change would do that")
    return lines
