"""Reports, briefing packs and comparisons: views (plain dicts built from results and the
knowledge base) separate from rendering (Markdown, HTML, PDF, chart).

May import: `assess.engine`, `assess.kb` and the shared top-level modules.
"""
