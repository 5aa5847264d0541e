"""The golden conformance corpus the browser's engine replays (cases.py)."""
