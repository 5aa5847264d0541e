"""Capitated budget allocation of a provider network (Provider networks, Section 4).

`load(path)` reads and checks a budget file (kb/schema/budget.schema.json);
`check(budget)` is pure and returns the result of `assess budget --json`:

    {"budget": {"file", "network", "period", "unit"},
     "capitated_budget": number,
     "lines": [{"section", "name", "amount": number | null, "share": number | null, "basis": text | null}],
     "sections": [{"section", "name", "amount", "share"}],
     "total": number, "total_share": number, "headroom": number, "headroom_share": number,
     "fits": bool,            # total < capitated budget ("must be less than", Provider networks, Section 4)
     "complete": bool,        # every line has an amount
     "warnings": [warning]}   # as in assess.voting

Shares are fractions of the capitated budget (0.25 = 25%), rounded to 6 decimals.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from ..errors import InputError
from .network import Caution, Range, caution, exact, json_number, read_checked
from .wording import check_text, say

SECTIONS = {"service-standards": "Service standards", "personal-budgets": "Personal budgets",
            "contingency": "Contingency fund", "operations-team": "Operations team"}
BASES = {"facs-statutory": "FACS statutory", "discretionary": "discretionary"}
_AMOUNT = "a budgeted cost is 0 or more"
RANGES = tuple(Range(path, Fraction(0), None, False, "amount", _AMOUNT) for path in (
    ("service_standards", "*", "amount"), ("personal_budgets", "*", "amount"), ("contingency", "amount"),
    ("operations_team", "amount"))) + (
    Range(("capitated_budget",), Fraction(0), None, True, "capitated budget", "the capitated budget is more than 0"),
    Range(("contingency", "range_percent", "min"), Fraction(0), Fraction(100), False, "percentage",
          "a percentage of the capitated budget, from 0 to 100"),
    Range(("contingency", "range_percent", "max"), Fraction(0), Fraction(100), False, "percentage",
          "a percentage of the capitated budget, from 0 to 100"),
)


@dataclass(frozen=True)
class Line:
    section: str
    name: str
    amount: Fraction | None
    basis: str | None = None   # personal budgets: facs-statutory or discretionary


@dataclass(frozen=True)
class Budget:
    file: str
    network: str
    period: str | None
    unit: str | None
    capitated: Fraction
    includes_personal_budgets: bool
    lines: tuple[Line, ...]
    has_contingency: bool
    contingency_range: tuple[Fraction, Fraction] | None   # percent of the capitated budget


def load(path: Path | str, schema_dir: Path | None = None) -> Budget:
    """Read a budget file; raise InputError (file:line: message) for any problem."""
    doc = read_checked(path, "budget.schema.json", schema_dir, RANGES, "not a budget")
    data = doc.data
    lines = [Line("service-standards", raw["name"], _amount_of(raw)) for raw in data["service_standards"]]
    lines += [Line("personal-budgets", raw["name"], _amount_of(raw), raw["basis"])
              for raw in data.get("personal_budgets", ())]
    contingency = data.get("contingency")
    if contingency is not None:
        lines.append(Line("contingency", SECTIONS["contingency"], _amount_of(contingency)))
    if "operations_team" in data:
        lines.append(Line("operations-team", SECTIONS["operations-team"], _amount_of(data["operations_team"])))
    bounds = None
    if contingency is not None and "range_percent" in contingency:
        bounds = (exact(contingency["range_percent"]["min"]), exact(contingency["range_percent"]["max"]))
        if bounds[0] > bounds[1]:
            raise InputError(doc.problem(("contingency", "range_percent", "min"),
                                         *check_text("contingency range", min=contingency["range_percent"]["min"],
                                                     max=contingency["range_percent"]["max"])))
    return Budget(doc.file, data["network"], data.get("period"), data.get("unit"), exact(data["capitated_budget"]),
                  data.get("includes_personal_budgets", False), tuple(lines), contingency is not None, bounds)


def _amount_of(raw: dict) -> Fraction | None:
    return exact(raw["amount"]) if "amount" in raw else None


def check(budget: Budget) -> dict:
    """Whether the budgeted costs fit in the capitated budget, with shares, headroom and warnings."""
    cap = budget.capitated
    total = sum((line.amount for line in budget.lines if line.amount is not None), Fraction(0))
    sections = []
    for section, name in SECTIONS.items():
        amounts = [line.amount or 0 for line in budget.lines if line.section == section]
        if amounts:
            sections.append({"section": section, "name": name, "amount": json_number(sum(amounts)),
                             "share": json_number(sum(amounts) / cap)})
    return {
        "budget": {"file": budget.file, "network": budget.network, "period": budget.period, "unit": budget.unit},
        "capitated_budget": json_number(cap),
        "lines": [{"section": line.section, "name": line.name, "amount": json_number(line.amount),
                   "share": None if line.amount is None else json_number(line.amount / cap), "basis": line.basis}
                  for line in budget.lines],
        "sections": sections,
        "total": json_number(total), "total_share": json_number(total / cap),
        "headroom": json_number(cap - total), "headroom_share": json_number((cap - total) / cap),
        "fits": total < cap,
        "complete": all(line.amount is not None for line in budget.lines),
        "warnings": [c.as_dict() for c in cautions(budget, total)],
    }


def cautions(budget: Budget, total: Fraction) -> list[Caution]:
    cap = budget.capitated
    unit = say("over-budget unit", unit=budget.unit) if budget.unit else ""
    out = []
    if total >= cap:
        over = say("over-budget exactly") if total == cap else say("over-budget by", amount=_amount(total - cap))
        out.append(caution("over-budget", total=_amount(total), over=over, capitated=_amount(cap), unit=unit))
    for line in budget.lines:
        if line.amount is None:
            out.append(caution("missing-amount", name=line.name))
    contingency = next((line.amount for line in budget.lines if line.section == "contingency"), None)
    if not budget.has_contingency or contingency == 0:
        out.append(caution("no-contingency"))
    elif contingency is not None and budget.contingency_range is not None:
        low, high = budget.contingency_range
        percent = contingency / cap * 100
        if not low <= percent <= high:
            out.append(caution("contingency-outside-range", percent=_pct(percent), low=_pct(low), high=_pct(high)))
    if budget.includes_personal_budgets and not any(line.basis == "facs-statutory" for line in budget.lines):
        out.append(caution("no-facs-personal-budgets"))
    return out


def _amount(value: Fraction) -> str:
    return f"{int(value):,}" if value.denominator == 1 else f"{float(value):,.2f}"


def _pct(percent: Fraction) -> str:
    return f"{float(percent):.1f}".removesuffix(".0") + "%"
