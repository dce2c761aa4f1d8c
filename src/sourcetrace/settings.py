"""The settings of trace, judge, align, verify and corpus: one table, validated.

Each setting is declared once here with its type, range and help; its default is the
default of the options object that holds it (:class:`~sourcetrace.trace.TraceOptions`,
its :class:`~sourcetrace.judge.AcceptancePolicy`, :class:`~sourcetrace.align.AlignOptions`,
:class:`~sourcetrace.quotes.verify.VerifyOptions`,
:class:`~sourcetrace.corpus.kernels.CorpusOptions`). The options objects validate
themselves against this table when built, so an invalid value fails at once with the
setting named. The acceptance rules declare their thresholds themselves (see
:func:`sourcetrace.judge.threshold`); they appear here as ``judge.<rule>.<threshold>``.

Example:
    >>> opts = apply_settings({"trace.pool": "60"})
    >>> opts.trace.pool
    60
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sourcetrace.errors import SourcetraceError

if TYPE_CHECKING:
    from sourcetrace.corpus.kernels import CorpusOptions
    from sourcetrace.judge import AcceptancePolicy
    from sourcetrace.quotes.verify import VerifyOptions
    from sourcetrace.trace import TraceOptions


#: The largest whole number a setting may take when its table gives no maximum: SQLite's
#: largest integer. A retrieval limit above it failed deep in a trace with an
#: ``OverflowError`` traceback (``--set trace.candidates=99999999999999999999999``).
MAX_INT = 2**63 - 1


class SettingError(SourcetraceError, ValueError):
    """A setting has an invalid value or does not exist.

    Args:
        key: The setting (``trace.pool``).
        reason: What is wrong.
    """

    def __init__(self, key: str, reason: str) -> None:
        self.key = key
        self.reason = reason
        super().__init__(f"setting {key}: {reason}")


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting.

    Attributes:
        key: ``section.name`` (``judge.<rule>.<threshold>`` for rule thresholds).
        type: ``int``, ``float`` or ``bool``.
        help: What it does.
        minimum: Smallest valid value, if bounded.
        maximum: Largest valid value, if bounded.
    """

    key: str
    type: type
    help: str
    minimum: float | None = None
    maximum: float | None = None

    def check(self, value: object) -> None:
        """Raise :class:`SettingError` unless ``value`` is valid for this setting."""
        if self.type is bool:
            if not isinstance(value, bool):
                raise SettingError(self.key, f"must be true or false, got {value!r}")
            return
        ok_types: tuple[type, ...] = (int,) if self.type is int else (int, float)
        if isinstance(value, bool) or not isinstance(value, ok_types):
            raise SettingError(self.key, f"must be {_kind(self.type)}, got {value!r}")
        if self.type is int and self.maximum is None and value > MAX_INT:  # type: ignore[operator]
            raise SettingError(self.key, f"must be at most {MAX_INT} (2**63 - 1), got {value!r}")
        try:
            number = float(value)  # type: ignore[arg-type]
        except OverflowError:  # an int past 1e308
            raise SettingError(self.key, f"is too large for a number, got {value!r}") from None
        if number != number:  # NaN
            raise SettingError(self.key, "must be a number, got nan")
        if self.minimum is not None and number < self.minimum:
            raise SettingError(self.key, f"must be at least {self.minimum:g}, got {value!r}")
        if self.maximum is not None and number > self.maximum:
            raise SettingError(self.key, f"must be at most {self.maximum:g}, got {value!r}")

    def parse(self, text: str) -> Any:
        """Parse a value given as text (``--set key=value``) and check it."""
        value: Any
        if self.type is bool:
            lowered = text.strip().lower()
            if lowered not in {"true", "false", "1", "0", "yes", "no"}:
                raise SettingError(self.key, f"must be true or false, got {text!r}")
            value = lowered in {"true", "1", "yes"}
        else:
            try:
                value = self.type(text)
            except ValueError:
                raise SettingError(self.key, f"must be {_kind(self.type)}, got {text!r}") from None
        self.check(value)
        return value


#: Most words per seed n-gram (``align.seed``): a passage must hold a whole seed.
MAX_SEED = 100


def _kind(t: type) -> str:
    return {int: "an integer", float: "a number", bool: "true or false"}.get(t, t.__name__)


def _s(
    key: str, t: type, help_text: str, lo: float | None = None, hi: float | None = None
) -> Setting:
    return Setting(key, t, help_text, lo, hi)


#: Settings of the options objects (not the rule thresholds, which the rules declare).
TABLE: tuple[Setting, ...] = (
    _s("trace.candidates", int, "Documents retrieved by BM25 and aligned.", 1),
    _s("trace.pool", int, "Documents retrieved to measure what sharing the topic gives.", 1),
    _s("trace.query_terms", int, "Distinctive article words the retrieval query uses.", 1),
    _s("trace.retold_min", float, "Share of a sentence's stems for it to be retold.", 0, 1),
    _s("trace.retold_min_stems", int, "Fewest content stems of a retold sentence.", 1),
    _s("trace.retold_copied", float, "Share copied from which a sentence is not retold.", 0, 1),
    _s("trace.retold_max_ratio", int, "Longest retold source sentence, times the stems.", 1),
    _s("trace.retold_max_extra", int, "Plus this many stems.", 0),
    _s("trace.retold_dice", float, "Share of stems a retold pair shares (Dice).", 0, 1),
    _s("trace.retold_min_shared", int, "Fewest stems a retold pair shares.", 0),
    _s("trace.retold_outside", int, "Fewest shared stems outside their longest run.", 0),
    _s("trace.retold_max_length", float, "Longest length ratio of a retold pair.", 1),
    _s("trace.wholly", float, "Article coverage from which a source is 'wholly'.", 0, 1),
    _s("trace.long_passage", int, "Identical words from which a copied passage is long.", 1),
    _s("trace.extend_rounds", int, "Most further retrievals while new text is copied.", 0),
    _s("trace.extend_batch", int, "New documents aligned per further retrieval.", 1),
    _s("trace.holders", int, "Most holders of a copied sentence named on its passage.", 0),
    _s(
        "trace.source_may_be_absent",
        bool,
        "The index may lack the article's source: confidences fitted for that.",
    ),
    _s("judge.min_pool", int, "Fewest retrieved documents to measure distinctiveness.", 1),
    # A seed of n words is read as n shifted copies of each text's words: a million
    # words per seed held the trace for minutes, and no passage is that long.
    _s("align.seed", int, "Words per seed n-gram.", 1, MAX_SEED),
    _s("align.max_gap", int, "Largest run of unmatched words bridged in a passage.", 0),
    _s("align.max_shift", int, "Largest difference of the two gaps at a bridge.", 0),
    _s("align.min_matched", int, "Fewest identical words of a passage.", 1),
    _s("align.min_content", int, "Fewest identical content words of a passage.", 0),
    _s("align.max_positions", int, "Seeds more frequent than this in a source are ignored.", 1),
    _s("align.min_chars", int, "Fewest characters a passage spans in the article.", 0),
    _s("verify.altered_min", float, "Share of a quotation in order for 'altered'.", 0, 1),
    _s("verify.paraphrase_min", float, "Share of a quotation's stems for a paraphrase.", 0, 1),
    _s("verify.supported_min", float, "Share of a claim's stems for 'supported'.", 0, 1),
    _s("verify.min_shared", int, "Fewest stems a paraphrase or supported claim shares.", 1),
    _s("verify.distorted_min", float, "Share of a claim's stems for 'distorted'.", 0, 1),
    _s("verify.supported_many", int, "Stems a long claim may share below that share (0: off).", 0),
    _s("verify.supported_many_min", float, "The least share of a claim's stems for them.", 0, 1),
    _s("verify.lookup", int, "Documents retrieved per quotation besides the sources.", 0),
    _s(
        "verify.other_min",
        float,
        "Share of a quotation's words a document other than the story's sources must hold.",
        0,
        1,
    ),
    _s("verify.other_run", int, "Fewest consecutive quotation words such a document must hold.", 1),
    _s("verify.claim_cosine", float, "Embedding cosine of a claim reworded in its source.", 0, 1),
    _s("verify.claim_cosine_shared", int, "Fewest stems such a reworded claim shares.", 0),
    _s("verify.meaning", bool, "Compare quotation meanings by sentence embeddings (nlp extra)."),
    _s("verify.meaning_min", float, "Cosine a word-overlap paraphrase must also reach.", 0, 1),
    _s("verify.meaning_alone", float, "Cosine for a paraphrase in other words.", 0, 1),
    _s("verify.meaning_researcher", float, "The same, by the study's named researcher.", 0, 1),
    _s("verify.cut_short", bool, "A whole-sentence quotation ending a source sentence early."),
    _s(
        "verify.claim_model", bool, "Let the claim model support reworded claims (nlp extra; slow)."
    ),
    _s("verify.figures_absent", bool, "A claim's figure no source gives makes it unsupported."),
    _s("corpus.ngram", int, "Words per shingle.", 1),
    _s("corpus.sample", int, "Keep one shingle hash in this many.", 1),
    _s("corpus.min_shared", int, "Shared sampled shingles that make two texts a pair.", 1),
    _s("corpus.max_df", int, "Keys held by more documents are too common to pair on.", 2),
    _s("corpus.max_term_holders", int, "Closed world: terms held by more pair none.", 2),
    _s("corpus.pool", int, "Candidates per document by shared distinctive terms.", 0),
    _s("corpus.max_copies", int, "Most candidates per document by shared shingles.", 0),
    _s("corpus.closed_world", bool, "Every article was written from a corpus document."),
    _s("corpus.corroborate", bool, "Report a best candidate a sibling was traced to."),
    _s("corpus.sibling_confidence", float, "Confidence that sibling's trace must reach.", 0, 1),
    _s("corpus.cluster_min", float, "Share from its best source to join its cluster.", 0, 1),
    _s("corpus.source_cluster_min", float, "Share of a release from another to join it.", 0, 1),
    _s("corpus.story_lead_ratio", float, "Closed world: lead whose stories stand out (0: off).", 0),
    _s("corpus.story_lead_min_pairs", int, "Closed world: fewest pairs such a lead needs.", 1),
    _s(
        "corpus.story_pair_max_holders",
        int,
        "Closed world: pairs more stories hold are not counted (0: all).",
        0,
    ),
    _s("corpus.max_source_chars", int, "Most characters of a document read (its beginning).", 1),
)


def _rule_settings(policy: AcceptancePolicy, prefix: str = "judge") -> list[Setting]:
    out = []
    for rule in (*policy.rules, *policy.refusals):
        for f in dataclasses.fields(rule):  # type: ignore[arg-type]
            meta = f.metadata
            t = type(f.default)
            out.append(
                Setting(
                    f"{prefix}.{rule.name}.{f.name}",
                    t,
                    meta.get("help", ""),
                    meta.get("minimum"),
                    meta.get("maximum"),
                )
            )
    return out


def registry() -> dict[str, Setting]:
    """Return every setting by key (rule thresholds of the default policy included)."""
    return dict(_registry())


@lru_cache(maxsize=1)
def _registry() -> tuple[tuple[str, Setting], ...]:
    from sourcetrace.judge import DEFAULT_POLICY

    return tuple((s.key, s) for s in (*TABLE, *_rule_settings(DEFAULT_POLICY)))


@lru_cache(maxsize=256)
def _sections(section: str) -> tuple[tuple[str, Setting], ...]:
    return tuple((_section(s.key)[1], s) for s in TABLE if _section(s.key)[0] == section)


def _section(key: str) -> tuple[str, str]:
    section, _, name = key.partition(".")
    return section, name


def check_options(section: str, options: object) -> None:
    """Validate the fields of one options object against the table.

    Args:
        section: ``trace``, ``align``, ``verify`` or ``corpus``.
        options: The options object.

    Raises:
        SettingError: Naming the first invalid setting.
    """
    for name, s in _sections(section):
        s.check(getattr(options, name))


@lru_cache(maxsize=256)
def check_policy(policy: AcceptancePolicy) -> None:
    """Validate an acceptance policy's ``min_pool`` and its rules' thresholds."""
    dict(_registry())["judge.min_pool"].check(policy.min_pool)
    for s in _rule_settings(policy):
        _, rule, name = s.key.split(".", 2)
        s.check(getattr(policy.rule(rule), name))


@dataclass(frozen=True, slots=True)
class Settings:
    """The options objects built from the defaults and any overrides.

    Attributes:
        trace: Trace settings (with their align settings and acceptance policy).
        verify: Quotation verdict settings.
        corpus: Corpus settings (their ``trace`` is the corpus policy's, with the same
            overrides).
    """

    trace: TraceOptions
    verify: VerifyOptions
    corpus: CorpusOptions

    def signature(self) -> str:
        """Return a short digest of every setting in force (see :func:`values`)."""
        text = json.dumps(values(self), sort_keys=True, default=str)
        return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def trace_signature(trace: TraceOptions | None = None, verify: VerifyOptions | None = None) -> str:
    """The digest of every setting a trace reads (``settings`` of its JSON).

    :meth:`Settings.signature` of ``trace`` and ``verify`` (defaults where None) with the
    corpus defaults: corpus settings do nothing in a trace, so they do not change it.
    """
    from sourcetrace.corpus.kernels import CorpusOptions
    from sourcetrace.quotes.verify import VerifyOptions
    from sourcetrace.trace import TraceOptions

    return Settings(trace or TraceOptions(), verify or VerifyOptions(), CorpusOptions()).signature()


def _replace(obj: Any, changes: Mapping[str, Any]) -> Any:
    return dataclasses.replace(obj, **changes) if changes else obj


def _with_rules(policy: AcceptancePolicy, changes: Mapping[str, Any]) -> AcceptancePolicy:
    """Apply ``{"<rule>.<threshold>": value, "min_pool": n}`` to a policy."""
    for key, value in changes.items():
        if key == "min_pool":
            policy = dataclasses.replace(policy, min_pool=value)
            continue
        rule, name = key.split(".", 1)
        current: Any = policy.rule(rule)
        policy = policy.with_rule(dataclasses.replace(current, **{name: value}))
    return policy


def _trace(base: TraceOptions, by: Mapping[str, Mapping[str, Any]]) -> TraceOptions:
    out: TraceOptions = _replace(
        base,
        {
            **by.get("trace", {}),
            "align": _replace(base.align, by.get("align", {})),
            "policy": _with_rules(base.policy, by.get("judge", {})),
        },
    )
    return out


def apply_settings(
    overrides: Mapping[str, str] | Iterable[tuple[str, str]] = (),
) -> Settings:
    """Build the options objects from their defaults and ``key=value`` overrides.

    Args:
        overrides: Values as text, by key (see :func:`registry`).

    Raises:
        SettingError: For an unknown key or an invalid value (the key named).
    """
    from sourcetrace.corpus.kernels import CorpusOptions
    from sourcetrace.quotes.verify import VerifyOptions
    from sourcetrace.trace import TraceOptions

    table = registry()
    items = overrides.items() if isinstance(overrides, Mapping) else overrides
    by: dict[str, dict[str, Any]] = {}
    for key, text in items:
        if key not in table:
            raise SettingError(key, f"no such setting{_did_you_mean(key, table)}")
        section, name = _section(key)
        by.setdefault(section, {})[name] = table[key].parse(text)
    corpus_defaults = CorpusOptions()
    corpus = _replace(corpus_defaults, by.get("corpus", {}))
    return Settings(
        trace=_trace(TraceOptions(), by),
        verify=_replace(VerifyOptions(), by.get("verify", {})),
        corpus=dataclasses.replace(corpus, trace=_trace(corpus_defaults.trace, by)),
    )


def parse_assignments(texts: Iterable[str]) -> list[tuple[str, str]]:
    """Split ``key=value`` texts (``--set``); a text without ``=`` is a :class:`SettingError`."""
    out = []
    for text in texts:
        key, eq, value = text.partition("=")
        if not eq:
            raise SettingError(text, "expected key=value, e.g. trace.pool=60")
        out.append((key.strip(), value.strip()))
    return out


def values(settings: Settings) -> dict[str, Any]:
    """Return the value of every setting in force, by key (the trace policy's thresholds)."""
    sections: dict[str, object] = {
        "trace": settings.trace,
        "align": settings.trace.align,
        "verify": settings.verify,
        "corpus": settings.corpus,
    }
    out: dict[str, Any] = {}
    for s in TABLE:
        sec, name = _section(s.key)
        if sec == "judge":
            continue
        out[s.key] = getattr(sections[sec], name)
    out["judge.min_pool"] = settings.trace.policy.min_pool
    out["judge.policy"] = settings.trace.policy.signature()
    out["corpus.policy"] = settings.corpus.trace.policy.signature()
    return out


def _did_you_mean(key: str, table: Mapping[str, object]) -> str:
    """The closest setting names to a mistyped ``key``, as the tail of an error message."""
    import difflib

    wanted = key.lower()
    close = [k for k in table if k.rsplit(".", 1)[-1] == wanted]  # "pool": its sections
    close = close or difflib.get_close_matches(wanted, list(table), n=2, cutoff=0.75)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    return f"{hint} (see `sourcetrace settings`)"
