"""The provider-network governance toolkit: network and budget files, voting, power indices,
capitated-budget checks.

May import: `assess.kb` (safe YAML, schemas) and the shared top-level modules.
"""
