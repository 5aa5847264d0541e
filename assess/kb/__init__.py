"""The knowledge base: safe YAML reading, JSON Schemas, loading and cross-checks, frozen data.

May import: the shared top-level modules only (`assess.errors`, `files`, `resources`, `cache`).
"""
from .loader import digest, load, read, validate
from .model import MODEL_SECTIONS, KnowledgeBase, UnknownId

__all__ = ["MODEL_SECTIONS", "KnowledgeBase", "UnknownId", "digest", "load", "read", "validate"]
