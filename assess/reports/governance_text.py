"""`assess vote` and `assess budget` as text: a network's voting rules and a budget check, in plain words.

Rendered from the same data `--json` prints (assess.governance.voting and
assess.governance.budget), after the CLI has escaped its user text for the terminal.
"""
from __future__ import annotations

import textwrap
from typing import Callable

from ..governance.wording import say

WIDTH = 88


# ---------------------------------------------------------------- vote report

def render_vote(result: dict, cite: Callable[[dict], str]) -> str:
    """`assess vote` as text; `cite` names a warning's source as a reader knows it (kbview.cite)."""
    from ..governance.network import MEMBER_TYPES, PENALTIES

    net = result["network"]
    names = {m["id"]: m["name"] for m in net["members"]}
    roles = {"vote": "service users vote", "advise": "service users advise but do not vote",
             None: "service users have no stated role"}
    out = [f"Provider network: {net['name']}  ({net['file']})",
           f"{len(net['members'])} members; {roles[net['service_users']]}", "",
           "Members",
           _indent(_table(("id", "name", "type", "investment", "risk share"),
                          [(m["id"], m["name"], MEMBER_TYPES[m["type"]], _figure(m["investment"]),
                            _figure(m["risk_share"], "%")) for m in net["members"]], right=(3, 4)))]
    leave = net["right_to_leave"]
    if leave is not None:
        terms = "allowed" if leave["allowed"] else "not allowed"
        if leave["notice_months"] is not None:
            terms += f", with {leave['notice_months']} months' notice"
        if leave["penalties"]:
            terms += "; penalties: " + ", ".join(PENALTIES[p] for p in leave["penalties"])
        out += [""] + _wrap(terms + (f" ({leave['notes']})" if leave["notes"] else ""), "Right to leave: ", "  ")
    out += ["", _power_guide()]
    proposal = result["proposal"]
    if proposal:
        out += ["", f"Proposal: {proposal['title']}  ({proposal['file']})",
                "  In favour: " + (", ".join(names[i] for i in proposal["in_favour"]) or "nobody")
                + " (everyone else counts as not in favour)"]
    for number, decision in enumerate(result["decisions"], 1):
        out += ["", "", f"Decision {number} of {len(result['decisions'])}: {decision['name']} ({decision['id']})"]
        out += _decision(decision, names, cite)
    if result["warnings"]:
        out += ["", "", "Warnings about the network"] + _warnings(result["warnings"], cite)
    return "\n".join(out)


def _power_guide() -> str:
    from ..governance.wording import GUIDE, GUIDE_NOTE, GUIDE_TITLE

    lines = [GUIDE_TITLE]
    for term, text in GUIDE:
        lines += _wrap(text, f"  {term:<15} ", " " * 18)
    return "\n".join(lines + _wrap(GUIDE_NOTE, "  "))


PAD = " " * 15          # a decision's labelled lines: the label, then its text from column 16


def _label(key: str) -> str:
    """A decision's label with its colon, indented and padded so every labelled text starts in one column."""
    return f"  {say(key) + ':':<13}"


def _decision(d: dict, names: dict, cite: Callable[[dict], str]) -> list[str]:
    out = []
    if d["description"]:
        out += _wrap(d["description"], "  ")
    out += _wrap(d["rule_text"], _label("rule label"), PAD)
    out += _wrap(d["weighting_text"], _label("weighting label"), PAD)
    out += [_label("passes with label") + d["needs"]]
    for condition in d["conditions"]:
        out += _wrap(condition, "    and ", "        ")
    for silent in d["not_voting"]:
        out += _wrap(f"{names[silent['member']]}: {silent['reason']}", _label("not voting label"), PAD)
    rows = []
    for v in d["voters"]:
        notes = [say("note " + key) for key in ("dictator", "veto", "null") if v[key]]
        rows.append((v["member"], _figure(v["weight"]), _pct(v["weight_share"]), _pct(v["banzhaf"]),
                     _pct(v["shapley_shubik"]), ", ".join(notes)))
    out += ["", _indent(_table(("member", "weight", "share", "Banzhaf", "Shapley-Shubik", "note"), rows)), ""]
    vetoes = d["veto_players"]
    out += _wrap(say("veto players all") if vetoes and len(vetoes) == len(d["voters"])
                 else ", ".join(names[i] for i in vetoes) or say("veto players none"),
                 f"  {say('veto players')}: ", "    ")
    out += _wrap(say("ease", percent=_pct(d["ease_of_passing"])), f"  {say('ease of passing')}: ", "    ")
    for key in ("minimal_winning", "minimal_blocking"):
        found, label = d[key], say(key)
        if found["coalitions"] is None:
            out.append(f"  {label}: " + say("too many", count=f"{found['count']:,}"))
        else:
            out.append(f"  {label}: {found['count']}")
            out += [line for group in found["coalitions"]
                    for line in _wrap(", ".join(names[i] for i in group), "    - ", "      ")]
    if d["outcome"] is not None:
        o = d["outcome"]
        out += ["", "  " + say("passes" if o["passes"] else "fails")]
        out += [line for reason in o["reasons"] for line in _wrap(reason, "    - ", "      ")]
        if o["decisive"]:
            which = say("decisive one" if len(o["decisive"]) == 1 else "decisive many")
            out += _wrap(say("decisive", names=", ".join(names[i] for i in o["decisive"]), which=which),
                         f"    {say('decisive votes')}: ", "      ")
        if o["not_counted"]:
            out += _wrap(say("not counted", names=", ".join(names[i] for i in o["not_counted"])),
                         f"    {say('not counted label')}: ", "      ")
    if d["warnings"]:
        out += ["", "  Warnings"] + _warnings(d["warnings"], cite, "  ")
    return out


def _warnings(warnings: list[dict], cite: Callable[[dict], str], indent: str = "") -> list[str]:
    out = []
    for w in warnings:
        out += _wrap(w["text"], indent + "  ! ", indent + "    ")
        if "source" in w:
            out += _wrap(f"Source: {cite(w['source'])}", indent + "    ",
                         indent + "      ")
        else:
            out += _wrap(say("judgement", rationale=w["rationale"]), indent + "    ", indent + "      ")
    return out


# ---------------------------------------------------------------- budget report

def render_budget(result: dict, cite: Callable[[dict], str]) -> str:
    """`assess budget` as text; `cite` as for `render_vote`."""
    from ..governance.budget import BASES, SECTIONS

    info = result["budget"]
    title = info["network"] + (f", {info['period']}" if info["period"] else "")
    out = [say("budget check", title=title) + f"  ({info['file']})"]
    if info["unit"]:
        out.append(say("amounts in", unit=info["unit"]))
    rows = [(line["name"] + (f" ({BASES[line['basis']]})" if line["basis"] else ""), SECTIONS[line["section"]],
             _money(line["amount"]), _pct(line["share"])) for line in result["lines"]]
    rows += [("", "", "", "")]
    rows += [(say("total costs"), "", _money(result["total"]), _pct(result["total_share"])),
             (say("capitated budget"), "", _money(result["capitated_budget"]), _pct(1.0)),
             (say("headroom"), "", _money(result["headroom"]), _pct(result["headroom_share"]))]
    out += ["", _indent(_table(("line", "section", "amount", "share"), rows, right=(2, 3)))]
    out += ["", "By section"]
    out += [_indent(_table(("section", "amount", "share"),
                           [(s["name"], _money(s["amount"]), _pct(s["share"])) for s in result["sections"]],
                           right=(1, 2)))]
    if result["fits"]:
        verdict = say("fits", headroom=_money(result["headroom"]), share=_pct(result["headroom_share"]))
    else:
        verdict = (say("over", over=_money(-result["headroom"]), share=_pct(-result["headroom_share"]))
                   if result["headroom"] else say("uses all"))
    out += [""] + _wrap(verdict, "Result: ", "        ")
    if not result["complete"]:
        out += _wrap(say("incomplete"), "        ")
    if result["warnings"]:
        out += ["", "Warnings"] + _warnings(result["warnings"], cite)
    return "\n".join(out)


# ---------------------------------------------------------------- formatting

def _table(header: tuple, rows: list[tuple], right: tuple[int, ...] = (1, 2, 3, 4)) -> str:
    """Aligned columns; the columns numbered in `right` are right-aligned (numbers)."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(row):
        cells = [str(c).rjust(w) if i in right else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        return "  ".join(cells).rstrip()

    return "\n".join([line(header), "  ".join("-" * w for w in widths)] + [line(r) for r in rows])


def _indent(text: str) -> str:
    return textwrap.indent(text, "  ")


def _wrap(text: str, first: str, rest: str | None = None) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=first if rest is None else rest,
                         break_on_hyphens=False) or [first.rstrip()]


def _pct(share: float | None) -> str:
    return "" if share is None else f"{share * 100:.1f}%"


def _figure(value, suffix: str = "") -> str:
    if value is None:
        return "-"
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.6f}".rstrip("0").rstrip(".")
    return text + suffix


def _money(value) -> str:
    if value is None:
        return "no amount"
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"
