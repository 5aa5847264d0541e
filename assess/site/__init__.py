"""The static site: pages, the compiled questionnaire for the browser, the build and a local server.

May import: `assess.reports`, `assess.engine`, `assess.kb`, the shared top-level modules and
`assess.__version__`.
"""
