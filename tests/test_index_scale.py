"""What keeps a trace fast in a large index, with the same results (issue 16, fifth round)."""

from __future__ import annotations

import sqlite3

from sourcetrace import Document, Index

#: The candidate query as it was before the fifth round: the ``docs`` row of every
#: matching document was joined before sorting. The reference the new query must equal.
_JOINED = (
    "SELECT docs.id, -bm25(docs_fts) AS score FROM docs_fts "
    "JOIN docs ON docs.rowid = docs_fts.rowid "
    "WHERE docs_fts MATCH ? ORDER BY bm25(docs_fts) LIMIT ?"
)


def _docs() -> list[Document]:
    # Ids out of alphabetical order, many documents with equal texts (equal BM25 scores),
    # some sharing more of the query than others.
    texts = ["otter river bank", "otter river", "otter", "river bank otter otter", "bank"]
    return [
        Document(id=f"x{(7 * i) % 50:02d}", text=texts[i % len(texts)], title=None)
        for i in range(50)
    ]


def test_candidates_equal_the_joined_query_ties_included(index: Index) -> None:
    index.add(_docs())
    conn: sqlite3.Connection = index.store._conn  # type: ignore[attr-defined]
    for terms, limit in ((["otter"], 7), (["otter", "river"], 12), (["bank", "otter"], 50)):
        query = " OR ".join(f'"{t}"' for t in terms)
        expected = [(d, float(s)) for d, s in conn.execute(_JOINED, (query, limit))]
        assert index.store.candidates(terms, limit=limit) == expected
        # Ties are many here, and keep the insertion (rowid) order.
        assert len({s for _, s in expected}) < len(expected)
        rowid = dict(conn.execute("SELECT id, rowid FROM docs"))
        got = [(-s, rowid[d]) for d, s in index.store.candidates(terms, limit=limit)]
        assert got == sorted(got)


def test_candidate_query_reads_no_document_row_per_match(index: Index) -> None:
    index.add(_docs())
    conn: sqlite3.Connection = index.store._conn  # type: ignore[attr-defined]
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        index.store.candidates(["otter"], limit=3)
    finally:
        conn.set_trace_callback(None)
    ranked = [s for s in statements if "bm25" in s]  # FTS5's own statements have none
    assert len(ranked) == 1
    # The full-text match is ranked alone: the ids of the 3 kept are read after it, not
    # the docs row of each of the 40 documents matched.
    plan = conn.execute("EXPLAIN QUERY PLAN " + ranked[0]).fetchall()
    assert not any("docs " in row[-1] or row[-1].endswith("docs") for row in plan), plan
    # Both statements read one snapshot of the index, as the single joined one did.
    ours = [s for s in statements if not s.startswith("--")]
    begin, end = ours.index("SAVEPOINT candidates"), ours.index("RELEASE candidates")
    inside = ours[begin + 1 : end]
    assert ranked[0] in inside and any("SELECT rowid, id FROM docs" in s for s in inside)
