"""The sentences the board paper builds from its data, in one table.

`report.py` fills them here, and the browser's board paper (`site/js/`) fills the same ones from
`assets/paper-data.js`, so the two papers say the same words. `{name}` marks a value, filled in as text;
how a value is worded (a number, a list of names) is the code's part, on both sides.
"""
from __future__ import annotations

from typing import Mapping

SENTENCES = {
    # the decision
    "headline none": "Not yet clear: find out more before choosing",
    "headline alternative": "Recommended: {name}, a {alternative_one} instead of a new organisation",
    "headline model": "Recommended: {name}",
    "fit and range": "{fit} (range {range})",
    "no range": "exact",
    "recommended fit": "{fit} out of 100 (range {range})",
    "recommended fit, exact": "{fit} out of 100 (exact)",
    # the ranking and its chart
    "excluded": "excluded: the answers rule out what it requires ({condition}). {reason}",
    "may be excluded": "may be excluded: what it requires ({condition}) is not known for every respondent. {reason}",
    "top may be excluded": "It may be excluded: what it requires ({condition}) is not known, or not so for every "
                           "respondent. {reason}",
    "ruled out because": "{reason} (it needs: {condition})",       # assess score and the results page
    "chart title": "Fit of each {one} to the answers (0–100)",
    "chart description": "Bar chart of the fit of each {one}, best first: {rows}. The appendix gives the same "
                         "figures as a table.",
    "chart row": "{name} {fit}",
    "chart row excluded": "{name} {fit}, excluded",
    "chart ruled out": "ruled out (fit {fit} otherwise)",
    "chart caption": "Fit of each {one}, best first; the leading three are solid; models the answers rule out are "
                     "listed apart, without a bar. The appendix gives the same figures as a table.",
    "weight": "derived scoring weight",
    "weight from": "derived scoring weight, from {source}",
    # workforce and the form of the model
    "workforce recommended": "Workforce implications of {name}",
    "workforce pursued": "Workforce implications if {name} were pursued",
    "variant heading": "Which form of {label}",
    "form that fits": "The form that fits: {name} (one of the BMA paper's “very simplified” models, which are “not "
                      "intended to be exhaustive”).",
    "vanguard": "{example} (an example in the HLP pack) shares {shared} with {vanguard}, a vanguard site of "
                "{announced} (no. {number}, {type})",
    "shared name": "the name {names}",
    "shared names": "the names {names}",
    # what would change the decision
    "change": "{change_to} would put {name} first, {margin} points ahead of {other}",
    "change level": "{change_to} would put {name} first, level with {other}",
    "change alone": "{change_to} would leave {name} the only one not ruled out",
    "no change": "No change to any single answer would put another {one} first: {top} stays first whichever one "
                 "answer is changed or resolved.",
    "no change, none standing": "No change to any single answer would leave a {one} that is not ruled out.",
    "changes": "{changes} of one answer would put another {one} first (over {questions}). Below are the questions "
               "where one answer matters most, the largest lead first: check these answers before deciding.",
    "more changes": "… and {changes}, on these questions.",
    "changes shown": "{shown} of {total} shown; the first {listed} under “What would change this”.",
    "changes listed": "{listed} of {total} shown, the largest lead first.",
    "more changes elsewhere": "… and {changes}, on these and {questions}.",
    # the summary
    "all excluded": "Every {one} is excluded by the answers given; see the ranking for the reasons.",
    "best fit": "Of the {ranking} not ruled out, {name} fits the local context as answered best: fit {fit}.",
    "one unknown": "1 of the {n} scored questions that apply was answered “don't know” or left out, which costs "
                   "confidence: knowing it could put the top fit anywhere in {range}.",
    "unknowns": "{count} of the {n} scored questions that apply were answered “don't know” or left out, which "
                "costs confidence: knowing them could put the top fit anywhere in {range}.",
    "rivals": "Depending on those answers, {names} could come level or ahead.",
    "rivals and more": "Depending on those answers, {names} (and {more} more) could come level or ahead.",
    "present value": "its present value",
    "all answered": "All {n} scored questions that apply were answered, so the fits are not widened by “don't "
                    "know” answers.",
    "mean": "The fits are the mean over {n} respondents, who answered {questions} differently.",
    "best alternative": "Of the {alternatives}, {name} fits best ({fit}).",
    "legal form": "The suggested {legal_forms} is {name} ({fit}).",
    "excluded models": "{models} excluded by the answers: {names}.",
    # a paper built around a collaborative alternative, or around what to find out first
    "alternative summary": "{name} fits the local context as answered best of the options: fit {fit}. It is a "
                           "{alternative_one}, used instead of creating a new organisation.",
    "models if later": "If the organisations later want to integrate, these are the fits of the {ranking}; none is "
                       "recommended now.",
    "alternative limits": "The support pack names no barriers of collaborative models. They keep the organisations "
                          "separate, as the less formal legal models do, so this tool reads the pack's cons of "
                          "those as their limits too:",
    "no legal form": "No {legal_forms} is needed: the answers plan no contractual or structural change (“{question}”: "
                     "{answer}).",
    "collaborative quote": "The support pack: “{quote}”",
    "model questions": "{questions} about the {ranking}, for the case the organisations later want to integrate:",
    "deciding answer": "“{answer}” would recommend {name} ({fit})",
    "deciding nothing": "“{answer}” would leave nothing that fits well enough",
}

# how sure the decision is (assess/engine/recommendation.py's confidence), in words: the paper, the CLI, the browser
CONFIDENCE = {"clear": "Clear", "close": "Close call", "uncertain": "Uncertain"}
# how the features of a BMA type are introduced, by the part of the paper they come from
FEATURE_LABELS = {"features": "Features", "early_features": "Features in the early stages of development",
                  "mature_features": "Features of a mature model"}

# what `plural` says for more than one
PLURALS = {"single change": "single changes", "more single change": "more single changes", "question": "questions",
           "other question": "other questions", "model is": "models are"}


def say(key: str, **values: str) -> str:
    """The sentence `key` with its values filled in (every value it names must be given)."""
    return SENTENCES[key].format(**values)


def vanguard_text(x: Mapping) -> str:
    """An HLP example of a model and a vanguard site that share a name (assess/engine/variants.py), in a line."""
    names = " and ".join(f"“{w}”" for w in x["shared"])
    return say("vanguard", example=x["example"], shared=say("shared names" if len(x["shared"]) > 1 else "shared name",
                                                              names=names),
               vanguard=x["vanguard"], announced=x["announced"], number=str(x["number"]), type=x["type"])


def plural(n: int, word: str) -> str:
    """'1 question', '3 questions' (the plural from PLURALS, else the word and an s)."""
    return f"{n} {word if n == 1 else PLURALS.get(word, word + 's')}"
