"""Numbers as people write them in text ("70%", "48k", "£1,200"): the plain number to write instead."""
from __future__ import annotations

import re

from .problems import say

_WRITTEN = r"\s*([£$€])?\s*(-?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(%|[kK]|[mM]|bn)?\s*"     # compiled when first used
_SCALE = {"k": 1000, "K": 1000, "m": 10**6, "M": 10**6, "bn": 10**9}


def number_fix(text: str) -> str | None:
    """The fix for a number written as text ("48k": write 48000, and why), worded by problems.py; None when
    `text` does not look like a number."""
    found = re.fullmatch(_WRITTEN, str(text))
    if not found:
        return None
    from decimal import Decimal, InvalidOperation  # only when a problem is reported

    currency, digits, suffix = found.groups()
    try:
        value = Decimal(digits.replace(",", "")) * _SCALE.get(suffix or "", 1)
    except InvalidOperation:
        return None
    plain = str(int(value)) if value == value.to_integral_value() else format(value.normalize(), "f")
    reasons = [say("number percent" if suffix == "%" else "number in full")] if suffix else []
    if "," in digits:
        reasons.append(say("number commas"))
    if currency:
        reasons.append(say("number currency", currency=currency))
    why = say("number reasons", reasons="; ".join(reasons)) if reasons else say("number quoted")
    return say("number fix", plain=plain, why=why)
