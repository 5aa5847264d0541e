"""Numbers as people write them in text ("70%", "48k", "£1,200"): the plain number to write instead."""
from __future__ import annotations

import re

_WRITTEN = r"\s*([£$€])?\s*(-?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(%|[kK]|[mM]|bn)?\s*"     # compiled when first used
_SCALE = {"k": 1000, "K": 1000, "m": 10**6, "M": 10**6, "bn": 10**9}
_WHY = {"%": "without the %: the number is already a percentage", "k": "written out in full",
        "K": "written out in full", "m": "written out in full", "M": "written out in full",
        "bn": "written out in full"}


def number_fix(text: str) -> str | None:
    """The fix for a number written as text, e.g. "write 48000 (written out in full)"; None when
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
    reasons = [_WHY[suffix]] if suffix else []
    if "," in digits:
        reasons.append("without commas")
    if currency:
        reasons.append(f"without the {currency}")
    return f"write {plain}" + (f" ({'; '.join(reasons)})" if reasons else " (a number, not in quotes)")
