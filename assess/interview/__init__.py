"""The guided interview: a state machine over a questionnaire, apart from its terminal front end.

May import: `assess.engine`, `assess.kb` and the shared top-level modules.
"""
