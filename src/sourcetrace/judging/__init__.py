"""The parts of judging (see :mod:`sourcetrace.judge`, the entry point)."""
