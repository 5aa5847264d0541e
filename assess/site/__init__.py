"""The static site: pages, the compiled questionnaire for the browser, the build and a local server.

May import: `assess.reports`, `assess.engine`, `assess.kb` and the shared top-level modules.
"""
