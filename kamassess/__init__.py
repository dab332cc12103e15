"""KAM Assess core: framework, scoring, storage, exchange files, reports and CLI (no Qt here)."""

__version__ = "0.1.0"
