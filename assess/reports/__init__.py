"""Reports, briefing packs and comparisons: views (plain dicts built from results and the
knowledge base) separate from rendering (Markdown, HTML, PDF, Word, chart; the output
formats in `formats`), and the text the CLI prints (`score_text`, `governance_text`).

May import: `assess.engine`, `assess.governance`, `assess.kb`, the shared top-level modules and
`assess.__version__`.
"""
