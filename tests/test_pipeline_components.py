"""Which spaCy components each stage runs: none whose output nobody reads."""

from __future__ import annotations

import importlib
import importlib.util

import pytest

from sourcetrace.quotes.speakers import load_ner
from sourcetrace.quotes.syntax import MODELS, load_parser, load_pipeline

needs_model = pytest.mark.skipif(load_parser() is None, reason="needs the quotes extra")

TEXTS = (
    "Dr Jane Smith, of the University of Leeds, told the BBC on Monday that the trial failed.",
    "“It is a worry,” said Prof Tom Reed, who leads the Alzheimer's Society team in London.",
    "The study, published in the Lancet, followed 4,000 women in Sweden for ten years.",
)


@needs_model
def test_entity_pipeline_runs_no_unheard_tok2vec() -> None:
    nlp = load_ner()
    assert nlp is not None
    assert nlp.pipe_names == ["ner"]


@needs_model
def test_entities_are_those_of_the_full_recogniser() -> None:
    spacy = importlib.import_module("spacy")
    off = ["parser", "lemmatizer", "tagger", "attribute_ruler"]
    name = next(m for m in MODELS if importlib.util.find_spec(m) is not None)
    full = spacy.load(name, disable=off)
    assert "tok2vec" in full.pipe_names
    lean = load_pipeline(disable=tuple(off))
    assert lean is not None and "tok2vec" not in lean.pipe_names

    def ents(nlp: object) -> list[tuple[tuple[int, int, str], ...]]:
        return [
            tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
            for doc in nlp.pipe(TEXTS)  # type: ignore[attr-defined]
        ]

    found = ents(lean)
    assert found == ents(full)
    assert all(found)


@needs_model
def test_parser_keeps_the_tok2vec_its_tagger_and_parser_listen_to() -> None:
    nlp = load_parser()
    assert nlp is not None
    assert nlp.pipe_names[:3] == ["tok2vec", "tagger", "parser"]
    doc = nlp("Smoking may raise the risk of cancer.")
    assert any(t.dep_ == "ROOT" for t in doc) and doc[0].tag_
