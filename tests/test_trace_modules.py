"""The trace entry point keeps its public names after the split into :mod:`sourcetrace.tracing`."""

from __future__ import annotations

import sourcetrace.trace as trace_module
from sourcetrace.tracing import evidence, holders, lookup, options, pool

# Every public name ``sourcetrace.trace`` defined before the split, and where it lives now.
MOVED = {
    "TraceOptions": options,
    "MAX_CHARS": options,
    "content_pairs": evidence,
    "STRAY_EDGE_WORDS": evidence,
    "WHOLE_SENTENCES": evidence,
    "EDITED_SENTENCE_EDITS": evidence,
    "OUTMATCH_WORDS": evidence,
    "OUTMATCH_DENSITY": evidence,
    "Retriever": lookup,
    "Finder": lookup,
    "SENTENCE_HITS": lookup,
    "SENTENCE_TERMS": lookup,
    "SENTENCE_PAIRS": lookup,
    "LOOKUP_RUN": lookup,
    "LOOKUP_HOLDERS": lookup,
    "LOOKUP_MAX_DOCS": lookup,
    "EXTEND_FROM": lookup,
    "PROBE_UNRELATED": lookup,
    "POOL_COPY_SHARE": lookup,
    "HOLDERS_FROM": holders,
    "HOLDER_HITS": holders,
    "SAME_TEXT": holders,
    "SHADOWED_COPIED": pool,
    "SHADOWED_RETOLD": pool,
}


def test_public_names_are_still_imported_from_trace() -> None:
    for name, module in MOVED.items():
        assert getattr(trace_module, name) is getattr(module, name), name
    for name in ("trace", "trace_pool", "trace_many"):
        assert callable(getattr(trace_module, name))


def test_options_keep_their_signature_and_name() -> None:
    """The settings digest reads the options' repr: moving the class leaves it as it was."""
    opts = trace_module.TraceOptions()
    assert repr(opts).startswith("TraceOptions(")
    assert opts.signature() == options.TraceOptions().signature()
