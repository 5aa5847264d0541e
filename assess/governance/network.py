"""Provider-network files (Provider networks, Section 4): members, decision rules, proposals.

`load(path)` and `load_proposal(path, network)` read a YAML file safely, check
it against kb/schema/network.schema.json and the rules below, and return frozen
plain data -- or raise InputError naming file:line for every problem found.
Numbers become exact Fractions (0.1 is one tenth, as written).
"""
from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path

from ..errors import InputError, Problem
from ..kb.problems import key_hint
from ..kb.problems import say as problem_text
from ..kb.yamlsafe import Document, load_file
from .wording import caution_parts, check_text, say

MEMBER_TYPES = {
    "gp-practice": "GP practice",
    "gp-network": "GP network",
    "acute": "acute provider",
    "community": "community provider",
    "mental-health": "mental-health provider",
    "social-care": "social-care provider",
    "third-sector": "third-sector organisation",
    "specialist": "specialist provider",
    "service-user-representative": "service-user representative",
    "other": "other provider",
}
PRIMARY_CARE = ("gp-practice", "gp-network")
RULES = ("veto", "majority", "qualified-majority")
WEIGHTINGS = ("even", "investment", "risk-share")
PENALTIES = {
    "lose-investment": "loss of any upfront investment",
    "lose-say": "losing a say in how the network's capitated payments are allocated",
    "lose-goodwill": "loss of goodwill",
    "other": "other penalties (see notes)",
}
_FIELD = {"investment": "investment", "risk-share": "risk_share"}


@dataclass(frozen=True)
class Caution:
    """A plain-language warning, with the source passage it draws on or, if ours, why."""

    id: str
    text: str
    source: tuple[str, str] | None = None   # (document id in kb/sources.yaml, section)
    rationale: str | None = None            # set when the judgement is the project's own

    def as_dict(self) -> dict:
        out = {"id": self.id, "text": self.text}
        if self.source:
            out["source"] = {"doc": self.source[0], "where": self.source[1]}
        else:
            out.update(derived=True, rationale=self.rationale)
        return out


def caution(cid: str, key: str | None = None, **values: str) -> Caution:
    """The caution `cid` worded by the sentence `key` (its own by default), with its source or rationale."""
    source, rationale = caution_parts(cid)
    return Caution(cid, say(key or cid, **values), source, rationale)


@dataclass(frozen=True)
class Member:
    id: str
    name: str
    type: str
    investment: Fraction | None
    risk_share: Fraction | None

    def weight(self, weighting: str) -> Fraction | None:
        """This member's votes under `weighting` (None when the file does not give them)."""
        return Fraction(1) if weighting == "even" else getattr(self, _FIELD[weighting])


@dataclass(frozen=True)
class Decision:
    """A type of decision and the rule that makes it."""

    id: str
    name: str
    rule: str
    weighting: str
    threshold: Fraction | None        # percent; qualified majority only (None: more than half)
    vetoes: tuple[str, ...]           # members who must approve
    excluded: tuple[str, ...]         # members who do not vote (they gain from the decision)
    type_majority: tuple[str, ...]    # over half of each type's voting members must approve
    require_types: tuple[str, ...]    # at least one voting member of each type must approve
    every_type: bool                  # require_types was "all"
    description: str | None


@dataclass(frozen=True)
class RightToLeave:
    allowed: bool
    notice_months: int | None
    penalties: tuple[str, ...]
    notes: str | None


@dataclass(frozen=True)
class Network:
    file: str
    name: str
    members: tuple[Member, ...]
    decisions: tuple[Decision, ...]
    service_users: str | None         # "vote", "advise" or not stated
    right_to_leave: RightToLeave | None

    def member(self, member_id: str) -> Member:
        return next(m for m in self.members if m.id == member_id)

    def not_voting(self, decision: Decision) -> tuple[tuple[Member, str], ...]:
        """Members who do not vote on `decision`, each with the reason."""
        out = []
        for m in self.members:
            if m.id in decision.excluded:
                out.append((m, say("excluded")))
            elif m.type == "service-user-representative" and self.service_users == "advise":
                out.append((m, say("advises")))
        return tuple(out)

    def voters(self, decision: Decision) -> tuple[Member, ...]:
        silent = {m.id for m, _ in self.not_voting(decision)}
        return tuple(m for m in self.members if m.id not in silent)


@dataclass(frozen=True)
class Proposal:
    file: str
    title: str
    decision: str | None              # the decision type it is, or None: show every rule
    in_favour: tuple[str, ...]        # members voting for; everyone else counts as not in favour


def exact(value: int | float) -> Fraction:
    """A YAML number as an exact fraction of what was written (4.2 -> 21/5)."""
    return Fraction(value) if isinstance(value, int) else Fraction(repr(value))


def json_number(value: Fraction | None) -> int | float | None:
    """An exact number for JSON output: whole numbers as ints, others rounded to 6 decimals."""
    if value is None:
        return None
    return int(value) if value.denominator == 1 else round(float(value), 6)


def finite_problem(doc: Document, path: tuple, value) -> Problem | None:
    """.inf and .nan, which YAML allows and no weight or amount can be."""
    if isinstance(value, float) and not math.isfinite(value):
        return doc.problem(path, problem_text("not finite", value=value), problem_text("not finite fix"))
    return None


def _leaves(data, path: tuple = ()):
    """(path, value) of every value that is neither a mapping nor a list."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, path + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _leaves(value, path + (i,))
    else:
        yield path, data


@dataclass(frozen=True)
class Range:
    """Allowed numbers at a path ('*' matches any list index), with a message a person can act on."""

    path: tuple
    low: Fraction
    high: Fraction | None
    low_open: bool
    what: str
    hint: str

    def problem(self, doc: Document, path: tuple, value) -> Problem | None:
        if len(path) != len(self.path) or any(p != "*" and p != k for p, k in zip(self.path, path)):
            return None
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
            return None
        x = exact(value)
        if (x <= self.low if self.low_open else x < self.low) or (self.high is not None and x > self.high):
            return doc.problem(path, problem_text("named out of range", what=self.what, value=value), self.hint)
        return None


NETWORK_RANGES = (
    Range(("members", "*", "investment"), Fraction(0), None, False, "investment",
          "an investment is 0 or more, in the same unit for every member"),
    Range(("members", "*", "risk_share"), Fraction(0), Fraction(100), False, "risk share",
          "a risk share is a percentage of any deficit, from 0 to 100"),
    Range(("decisions", "*", "threshold"), Fraction(0), Fraction(100), True, "threshold",
          "a threshold is a percentage of the total vote, more than 0 and at most 100 (e.g. 70)"),
)


def read_checked(path: Path | str, schema: str, schema_dir: Path | None, ranges: tuple[Range, ...],
                 kind: str) -> Document:
    """Read a YAML file; raise InputError for a file that is no mapping (the check `kind` of CHECKS says
    what it should be), schema violations, numbers out of range and .inf/.nan."""
    from ..kb.schema import check
    from ..resources import kb_dir

    doc = load_file(path)
    if not isinstance(doc.data, dict):
        raise InputError(doc.problem((), *check_text(kind)))
    found = [p for path_, value in _leaves(doc.data) for p in [finite_problem(doc, path_, value)]
             + [r.problem(doc, path_, value) for r in ranges] if p is not None]
    mine = {(p.line, p.col) for p in found}
    problems = found + [p for p in check(doc, schema_dir or kb_dir() / "schema", schema)
                        if (p.line, p.col) not in mine]
    if problems:
        raise InputError(sorted(problems, key=lambda p: (p.line or 0, p.col or 0)))
    return doc


def load(path: Path | str, schema_dir: Path | None = None) -> Network:
    """Read a network file; raise InputError with every problem (file:line: message)."""
    doc = read_checked(path, "network.schema.json", schema_dir, NETWORK_RANGES, "not a network")
    data = doc.data
    problems: list[Problem] = []
    members = _members(doc, problems)
    by_id = {m.id: m for m in members}
    service_users = data.get("service_users")
    if service_users == "vote" and not any(m.type == "service-user-representative" for m in members):
        problems.append(doc.problem(("service_users",), *check_text("users vote")))
    draft = Network(doc.file, data["network"], tuple(members), (), service_users, _right_to_leave(data))
    decisions = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data["decisions"]):
        if raw["id"] in seen:
            first = str(doc.where(("decisions", seen[raw["id"]], "id"))[0])
            problems.append(doc.problem(("decisions", i, "id"), *check_text("decision twice", id=raw["id"], line=first)))
        seen.setdefault(raw["id"], i)
        decisions.append(_decision(doc, i, raw, draft, by_id, problems))
    if problems:
        raise InputError(sorted(problems, key=lambda p: (p.line or 0, p.col or 0)))
    return Network(doc.file, data["network"], tuple(members), tuple(decisions), service_users,
                   draft.right_to_leave)


def _members(doc: Document, problems: list[Problem]) -> list[Member]:
    members, first = [], {}
    for i, raw in enumerate(doc.data["members"]):
        if raw["id"] in first:
            line = str(doc.where(("members", first[raw["id"]], "id"))[0])
            problems.append(doc.problem(("members", i, "id"), *check_text("member twice", id=raw["id"], line=line)))
            continue
        first[raw["id"]] = i
        members.append(Member(raw["id"], raw["name"], raw["type"],
                              exact(raw["investment"]) if "investment" in raw else None,
                              exact(raw["risk_share"]) if "risk_share" in raw else None))
    return members


def _right_to_leave(data: dict) -> RightToLeave | None:
    raw = data.get("right_to_leave")
    if raw is None:
        return None
    return RightToLeave(raw["allowed"], raw.get("notice_months"), tuple(raw.get("penalties", ())), raw.get("notes"))


def _decision(doc: Document, i: int, raw: dict, network: Network, by_id: dict, problems: list[Problem]) -> Decision:
    here = ("decisions", i)
    conditions = raw.get("conditions", {})
    if raw["rule"] != "qualified-majority":
        for key in ("threshold", "conditions"):
            if key in raw:
                problems.append(doc.problem(here + (key,), *check_text("qualified only", key=key, rule=raw["rule"])))
    listed: dict[str, tuple] = {}
    for key in ("vetoes", "excluded"):
        for j, member_id in enumerate(conditions.get(key, ())):
            where = here + ("conditions", key, j)
            if member_id not in by_id:
                problems.append(_unknown(doc, where, member_id, by_id))
            elif member_id in listed:
                problems.append(doc.problem(where, *check_text("listed twice", id=member_id,
                                                               line=str(doc.where(listed[member_id])[0]))))
            listed.setdefault(member_id, where)
    vetoes = tuple(conditions.get("vetoes", ()))
    excluded = tuple(conditions.get("excluded", ()))
    require = conditions.get("require_types", ())
    decision = Decision(raw["id"], raw["name"], raw["rule"], raw.get("weighting", "even"),
                        exact(raw["threshold"]) if "threshold" in raw else None,
                        vetoes, excluded, tuple(conditions.get("type_majority", ())),
                        tuple(require) if require != "all" else (), require == "all", raw.get("description"))
    voters = network.voters(decision)
    if not voters:
        problems.append(doc.problem(here, *check_text("nobody votes", decision=decision.id)))
        return decision
    if decision.every_type:
        voting_types = {m.type for m in voters}
        decision = replace(decision, require_types=tuple(t for t in MEMBER_TYPES if t in voting_types))
    _check_voters(doc, here, conditions, decision, network, voters, problems)
    return decision


def _check_voters(doc: Document, here: tuple, conditions: dict, decision: Decision, network: Network,
                  voters: list, problems: list[Problem]) -> None:
    """Conditions that name member types nobody votes as, vetoes of members who do not vote, missing weights."""
    voting_types = {m.type for m in voters}
    for key in ("type_majority", "require_types"):
        for j, member_type in enumerate(conditions.get(key) if conditions.get(key, "all") != "all" else ()):
            if member_type not in voting_types:
                problems.append(doc.problem(here + ("conditions", key, j),
                                            *check_text("type nobody", type=member_type, decision=decision.id)))
    silent = {m.id: reason for m, reason in network.not_voting(decision)}
    for j, member_id in enumerate(decision.vetoes):
        if member_id in silent:
            problems.append(doc.problem(here + ("conditions", "vetoes", j),
                                        *check_text("veto silent", id=member_id, reason=silent[member_id])))
    if decision.rule != "veto" and decision.weighting != "even":
        field = _FIELD[decision.weighting]
        for m in voters:
            if m.weight(decision.weighting) is None:
                k = next(k for k, raw_m in enumerate(doc.data["members"]) if raw_m["id"] == m.id)
                problems.append(doc.problem(("members", k), *check_text("no weight", id=m.id, field=field,
                                                                        decision=decision.id,
                                                                        weighting=decision.weighting)))
        if all(m.weight(decision.weighting) is not None for m in voters) and \
                not any(m.weight(decision.weighting) for m in voters):
            problems.append(doc.problem(here + ("weighting",), *check_text("all zero", field=field,
                                                                           decision=decision.id)))


def _unknown(doc: Document, path: tuple, member_id: str, known) -> Problem:
    close = difflib.get_close_matches(member_id, sorted(known), n=1)
    hint = problem_text("did you mean", close=close[0]) if close else check_text("members are",
                                                                                  ids=", ".join(sorted(known)))[1]
    return doc.problem(path, *check_text("unknown member", id=member_id, hint=hint))


def load_proposal(path: Path | str, network: Network) -> Proposal:
    """Read a proposal file: which members vote for it (and, optionally, which decision type it is)."""
    doc = load_file(path)
    data = doc.data
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise InputError(doc.problem((), *check_text("not a proposal")))
    allowed = ("proposal", "decision", "in_favour")
    for key in data:
        if key not in allowed:
            problems.append(doc.problem((key,), problem_text("unknown key", key=key, at=""), key_hint(key, allowed)))
    for key in ("proposal", "in_favour"):
        if key not in data:
            problems.append(doc.problem((), problem_text("missing key", key=key, at=""), problem_text("add key", key=key)))
    title, decision, in_favour = data.get("proposal"), data.get("decision"), data.get("in_favour", [])
    if "proposal" in data and not (isinstance(title, str) and title.strip()):
        problems.append(doc.problem(("proposal",), *check_text("proposal text")))
    decisions = [d.id for d in network.decisions]
    if decision is not None and decision not in decisions:
        close = difflib.get_close_matches(str(decision), decisions, n=1)
        hint = problem_text("did you mean", close=close[0]) if close else check_text("decision types",
                                                                                     ids=", ".join(decisions))[1]
        problems.append(doc.problem(("decision",), *check_text("no decision type", decision=str(decision),
                                                               file=network.file, hint=hint)))
    if not isinstance(in_favour, list):
        problems.append(doc.problem(("in_favour",), *check_text("in favour list")))
        in_favour = []
    known = {m.id for m in network.members}
    seen: dict[str, int] = {}
    for j, member_id in enumerate(in_favour):
        if not isinstance(member_id, str) or member_id not in known:
            problems.append(_unknown(doc, ("in_favour", j), str(member_id), known))
        elif member_id in seen:
            problems.append(doc.problem(("in_favour", j), *check_text("listed twice", id=member_id,
                                                                      line=str(doc.where(("in_favour", seen[member_id]))[0]))))
        seen.setdefault(str(member_id), j)
    if problems:
        raise InputError(problems)
    return Proposal(doc.file, title.strip(), decision, tuple(in_favour))
