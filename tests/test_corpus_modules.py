"""``corpus.kernels`` keeps its public names after the split into smaller modules."""

from __future__ import annotations

from sourcetrace.corpus import grouping, kernels, options, orient, records

# Every public name ``sourcetrace.corpus.kernels`` defined before the split, and where it
# lives now (the rest stayed in ``kernels``).
MOVED = {
    "CORPUS_POLICY": options,
    "SCHEME": options,
    "CorpusOptions": options,
    "DocKeys": records,
    "Observation": records,
    "DocMeta": records,
    "Pair": records,
    "Cluster": records,
    "direction": orient,
    "corroborated": orient,
    "story_affinity": orient,
    "dated_apart": orient,
    "STORY_LEAD": orient,
    "CORROBORATED": orient,
    "resolve_pairs": orient,
    "clusters": grouping,
}
STAYED = (
    "text_digest",
    "doc_keys",
    "postings",
    "term_weight",
    "key_pairs",
    "add_scores",
    "select_pool",
    "retold_from",
    "tier_of",
    "pool_signature",
    "verify",
    "doc_terms",
)


def test_public_names_are_still_imported_from_kernels() -> None:
    for name, module in MOVED.items():
        assert getattr(kernels, name) is getattr(module, name), name
    for name in STAYED:
        assert getattr(kernels, name).__module__ == kernels.__name__, name


def test_the_package_exports_the_clustering_function_not_its_module() -> None:
    import sourcetrace.corpus as corpus

    assert corpus.clusters is grouping.clusters
    assert callable(corpus.clusters)
