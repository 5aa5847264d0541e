"""The questionnaire engine: questionnaires, conditions, answers files, scoring, sensitivity,
check-and-challenge selection, lint and sampling. Pure functions on plain data.

May import: `assess.kb` and the shared top-level modules.
"""
