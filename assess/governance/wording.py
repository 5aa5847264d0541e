"""The sentences `assess vote` and `assess budget` say, in one table for Python and the browser (the names of
member types, weightings, penalties and budget sections stay beside what they name, in network.py, voting.py
and budget.py; the site's data ships them too).

`voting.py`, `budget.py` and `network.py` fill these sentences here, and the network-rules page's scripts
(`site/js/governance-*.js`) fill the same ones from the data the site build writes, so both say the same
words. `{name}` marks a value, filled in as text; how a value is worded (a percentage, a list of names) is
the code's part, on both sides. A caution's text has the caution's id as its key; its source (a passage of
the sources) or, when the judgement is the project's own, its rationale is in CAUTIONS.
"""
from __future__ import annotations

DOC = "provider-networks-decisions"
SOURCES = {
    "design": (DOC, "Section 4 – What issues do provider networks need to consider when designing "
                    "decision-making processes?"),
    "why": (DOC, "Section 4 – Why is joint decision-making so important?"),
    "start": (DOC, "Section 4 – Where should provider networks start?"),
    "allocate": (DOC, "Section 4 – How do providers allocate funds to support new model of care?"),
}

RULE_NAMES = {"veto": "veto (unanimity)", "majority": "majority", "qualified-majority": "qualified majority"}

SENTENCES = {
    # who does not vote on a decision
    "excluded": "excluded from this decision (gains substantial new revenues from it)",
    "advises": "advises, does not vote (service users advise)",
    # a rule in words
    "rule veto": "Veto (unanimity): every voting member must agree.",
    "rule majority": "Majority: more than half of the total vote must be in favour (the source's \"half the "
                     "total plus one\"; with weighted votes, more than half of the total weight).",
    "rule qualified-majority": "Qualified majority: {needed} of the total vote, and any conditions below.",
    "needed veto": "every vote",
    "needed half": "more than half",
    "needed threshold": "at least {percent}",
    "needs veto": "all {n} votes",
    "needs even": "{needed} of the vote ({quota} of {n} votes)",
    "needs weighted": "{needed} of the {weighting}-weighted vote",
    "condition veto": "{names} must approve (veto)",
    "condition type majority": "more than half of the voting {types} must approve ({need} of {count})",
    "condition every type": "at least one member of every type among the voters must approve ({types})",
    "condition type": "at least one {type} must approve",
    # a proposal's outcome
    "reason vote": "{share} of the vote is in favour; it needs {needs}: {verdict}",
    "reason vote enough": "enough",
    "reason vote short": "not enough",
    "reason veto for": "{name} (veto) is in favour",
    "reason vetoed": "vetoed: {name} is not in favour",
    "reason types": "{got} of {count} {types} in favour; it needs {need}: {verdict}",
    "reason types met": "met",
    "reason types short": "not met",
    # a rule the power cannot be computed for
    "too complex": "decision '{decision}': the votes are too finely divided to compute voting power exactly "
                   "({detail})",
    "too complex hint": "state the {weighting} figures in rounder numbers (e.g. £m to one decimal place)",
    "too complex detail": "{states} states for {n} members",
    # cautions about a decision rule
    "gridlock": "Every voting member has a veto. This encourages consensus but risks gridlock: one member can "
                "stop any change to how money flows.",
    "weighting-ignored": "Votes are weighted by {weighting}, but under unanimity every member must agree, so the "
                         "weighting makes no difference.",
    "investment-weighting": "Votes based on investment give the most say to the members with the largest budgets "
                            "today, who have the most to lose; this could make changing financial flows more "
                            "difficult.",
    "dictator": "With {weighting} weighting, {name} alone can carry any vote on this decision, and nothing passes "
                "without it: the other members cannot outvote it.",
    "alone-has-weight": "{name} alone has enough votes to reach the threshold; only the extra conditions stop it "
                        "deciding on its own.",
    "effective-veto": "{name} has an effective veto: no decision of this type can pass without it, although the "
                      "rule gives it no veto by name. Provider networks, Section 4 warns that consensus does not "
                      "mean any provider has a veto, because a veto would grind decision-making to a halt.",
    "named-veto": "{names} can veto this decision. The source allows vetoes only in certain situations, for "
                  "example where a provider's ability to meet statutory requirements is in doubt: keep this "
                  "decision type that narrow.",
    "service-users-powerless": "The service-user representative ({name}) votes, but its vote can never change an "
                               "outcome under this rule. Co-production means service users should be involved in "
                               "decisions: give them a real share of the vote, or a formal role such as "
                               "non-executive chair.",
    "never-decisive": "{names} votes, but its vote can never change an outcome under this rule: a vote without "
                      "any real say.",
    "never-decisive many": "{names} vote, but their votes can never change an outcome under this rule: a vote "
                           "without any real say.",
    "threshold-too-low": "A threshold of {percent} is not a majority: two opposing groups could each pass "
                         "contradictory decisions.{hint}",
    "threshold-too-low hint": " (The threshold is a percentage: did you mean {percent}?)",
    # cautions about the network
    "no-gp-member": "No member is a GP practice or GP network. Provider networks should include a GP network: "
                    "GPs are at the centre of coordinating people's care.",
    "no-social-care": "No member provides social care. Provider networks should include social care, to provide "
                      "for the holistic needs of individuals.",
    "service-users-no-role": "Service users have no stated role in decisions. Co-production means they should be "
                             "involved: give them a share of the vote, or a seat on the board (for example as "
                             "non-executive chair) with 'service_users: advise'.",
    "right-to-leave-unstated": "The file does not say whether members may leave the network, or at what cost. "
                               "Agree this upfront: a right to leave without penalty is an implicit veto.",
    "leave-without-penalty": "Members may leave without penalty. That is an implicit veto: a member who loses a "
                             "vote can walk out. The source expects some cost, such as {penalties}.",
    "risk-shares-total": "Risk shares add up to {percent}, not 100%; votes weighted by risk share use them in "
                         "proportion.",
    # cautions about a capitated budget
    "over-budget": "The budgeted costs total {total}, which {over} the capitated budget of {capitated}{unit}. The "
                   "total must be less than the capitated budget: revisit the model of care until the outcomes "
                   "can be achieved within it.",
    "over-budget exactly": "exactly uses",
    "over-budget by": "is {amount} more than",
    "over-budget unit": " (amounts in {unit})",
    "missing-amount": "'{name}' has no amount yet, so the total leaves it out: the budget may not really fit.",
    "no-contingency": "There is no contingency fund. Networks will want one for unanticipated interventions above "
                      "the agreed model of care; it also reduces the risk of overspending the capitated budget.",
    "contingency-outside-range": "The contingency fund is {percent} of the capitated budget, outside the {low} to "
                                 "{high} range the network set.",
    "no-facs-personal-budgets": "The capitated payments include social-care personal budgets, but no personal "
                                "budget is marked facs-statutory: the network must meet the statutory obligations "
                                "of the Fair Access to Care Services guidance (FACS).",
    # how assess vote and the network-rules page report a decision and a budget
    "rule label": "Rule",
    "weighting label": "Weighting",
    "passes with label": "Passes with",
    "not voting label": "Not voting",
    "budget check": "Capitated budget check: {title}",
    "amounts in": "Amounts in {unit}",
    "total costs": "Total budgeted costs",
    "capitated budget": "Capitated budget",
    "headroom": "Headroom",
    "note dictator": "decides alone",
    "note veto": "veto",
    "note null": "never decisive",
    "veto players": "Veto players (nothing passes without them)",
    "veto players all": "every voting member",
    "veto players none": "none",
    "ease of passing": "Ease of passing",
    "ease": "{percent} of all the ways the members could vote would pass a decision of this type.",
    "minimal_winning": "Smallest winning groups (every member needed to pass)",
    "minimal_blocking": "Smallest blocking groups (enough to stop any decision)",
    "too many": "{count} (too many to list)",
    "passes": "The proposal PASSES under this rule",
    "fails": "The proposal DOES NOT PASS under this rule",
    "decisive votes": "Decisive votes",
    "decisive": "{names} (if {which} had voted the other way, the result would change)",
    "decisive one": "it",
    "decisive many": "any one of them",
    "not counted label": "In favour but not counted",
    "not counted": "{names} (they do not vote on this decision)",
    "judgement": "Our judgement: {rationale}",
    "fits": "FITS: the total is less than the capitated budget, with {headroom} ({share}) to spare.",
    "over": "DOES NOT FIT: the total is {over} ({share}) over the capitated budget; it must be less than it.",
    "uses all": "DOES NOT FIT: the total uses the whole capitated budget; it must be less than it.",
    "incomplete": "Some lines have no amount yet: the check covers only the amounts given.",
}

# what is wrong with a network file, and how to fix it: key -> (message, fix)
CHECKS = {
    "users vote": ("service users are to vote, but no member has type service-user-representative",
                   "add the service users' representative as a member, or write 'advise'"),
    "decision twice": ("decision id '{id}' is used twice", "the first is at line {line}"),
    "member twice": ("member id '{id}' is used twice", "the first is at line {line}; give each member its own id"),
    "qualified only": ("'{key}' applies only to qualified-majority rules, not '{rule}'",
                       "use rule: qualified-majority, or remove this key"),
    "listed twice": ("'{id}' is listed twice (also at line {line})", "list each member once"),
    "nobody votes": ("nobody votes on decision '{decision}'", "exclude fewer members from it"),
    "type nobody": ("no voting member is of type '{type}', so decision '{decision}' could never be made",
                    "add such a member, or remove this condition"),
    "veto silent": ("'{id}' has a veto but does not vote ({reason})",
                    "a member cannot block a decision it does not vote on"),
    "no weight": ("member '{id}' has no {field}, but decision '{decision}' weights votes by {weighting}",
                  "add '{field}:' (0 if it has none)"),
    "all zero": ("every voting member's {field} is 0, so nobody has a vote on decision '{decision}'",
                 "give the members their figures, or weight votes evenly"),
    "unknown member": ("no member '{id}' in the network", "{hint}"),
    "members are": ("", "members: {ids}"),
    # a file that is not the kind it should be, a proposal, a budget's range
    "not a network": ("a network file is a mapping with 'network:', 'members:' and 'decisions:'",
                      "start each of these keys at the beginning of a line, with 'members:' and 'decisions:' "
                      "holding lists"),
    "not a budget": ("a budget file is a mapping with 'network:', 'capitated_budget:' and 'service_standards:'",
                     "start each of these keys at the beginning of a line"),
    "not a proposal": ("a proposal is a mapping with 'proposal:' and 'in_favour:'",
                       "write 'proposal:' (what is proposed) and 'in_favour:' (the ids of the members for it), "
                       "each at the beginning of a line"),
    "proposal text": ("'proposal' must be text saying what is proposed", "write what is proposed after 'proposal:'"),
    "no decision type": ("no decision type '{decision}' in {file}", "{hint}"),
    "decision types": ("", "decision types: {ids}"),
    "in favour list": ("'in_favour' must be a list of member ids", "write [] when nobody is in favour"),
    "contingency range": ("the contingency range starts at {min}%, above its end ({max}%)",
                          "put the smaller percentage in 'min'"),
}

# what the power figures mean (assess vote's guide and the network-rules page's): (term, explanation)
GUIDE = (
    ("weight", "the member's votes under this decision's weighting, as a share of all votes"),
    ("Banzhaf", "how often this member's vote decides the outcome: of all the situations in which one member "
                "changing sides would change the result, the share that are this member's"),
    ("Shapley-Shubik", "the chance that this member's vote is the one that tips the decision, if members declare "
                       "their votes one at a time in a random order"),
)
GUIDE_TITLE = "What the figures mean"
GUIDE_NOTE = "A member whose power is far from its share of the votes has more (or less) say than its votes suggest."

# caution id -> ("source", key of SOURCES) or ("rationale", the project's reason for its judgement)
CAUTIONS = {
    "gridlock": ("source", "design"),
    "weighting-ignored": ("rationale", "unanimity counts agreement, not weight"),
    "investment-weighting": ("source", "design"),
    "dictator": ("source", "design"),
    "alone-has-weight": ("rationale", "a member whose weight meets the quota is held back only by conditions"),
    "effective-veto": ("source", "why"),
    "named-veto": ("source", "design"),
    "service-users-powerless": ("source", "design"),
    "never-decisive": ("rationale", "a member that is never decisive has no voting power (Banzhaf index 0)"),
    "threshold-too-low": ("rationale", "a quota of half the votes or less lets two disjoint coalitions both win"),
    "no-gp-member": ("source", "start"),
    "no-social-care": ("source", "start"),
    "service-users-no-role": ("source", "design"),
    "right-to-leave-unstated": ("source", "design"),
    "leave-without-penalty": ("source", "design"),
    "risk-shares-total": ("rationale", "shares of a deficit should account for all of it"),
    "over-budget": ("source", "allocate"),
    "missing-amount": ("rationale", "an uncosted line cannot be checked"),
    "no-contingency": ("source", "allocate"),
    "contingency-outside-range": ("rationale", "the range is the network's own rule"),
    "no-facs-personal-budgets": ("source", "allocate"),
}


def say(key: str, **values: str) -> str:
    """The sentence `key` with its values filled in (every value it names must be given)."""
    return SENTENCES[key].format(**values)


def check_text(name: str, /, **values: str) -> tuple[str, str]:
    """The message and the fix of the check `name`, with their values filled in."""
    message, fix = CHECKS[name]
    return message.format(**values), fix.format(**values)


def caution_parts(cid: str) -> tuple[tuple[str, str] | None, str | None]:
    """(source, rationale) of the caution `cid`: one of them is None."""
    kind, value = CAUTIONS[cid]
    return (SOURCES[value], None) if kind == "source" else (None, value)


def data() -> dict:
    """Everything above, as JSON-ready data for the browser."""
    return {"sentences": SENTENCES, "checks": {k: list(v) for k, v in CHECKS.items()}, "guide": [list(row) for row in GUIDE], "guide_title": GUIDE_TITLE,
            "guide_note": GUIDE_NOTE, "cautions": {k: list(v) for k, v in CAUTIONS.items()},
            "sources": {k: list(v) for k, v in SOURCES.items()}}
