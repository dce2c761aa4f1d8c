"""The stages of a trace (see :mod:`sourcetrace.trace`, the entry point)."""
