"""care-models: knowledge base and guided assessment of the NHS new care models."""

__version__ = "0.1.0"
