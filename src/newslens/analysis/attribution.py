"""Who said what: direct and indirect speech from the dependency parse and a verb lexicon.

Works on one parsed ``Doc`` and the quoted spans found by :mod:`newslens.analysis.quotes`,
in a single pass over the tokens and the sentences: no second parse. The patterns:

- a quoted span syntactically tied to a reporting verb outside the quotes ("X said",
  "said X", "X said:" before it) is a direct quote; quoted spans on either side of one
  cue ('"A," he said. "B."') are one quote in parts;
- a quoted span opening a sentence with no cue of its own carries on the last speaker;
- a reporting verb's complement clause outside quotes ("X said that …", "X says they
  have …", "…, officials said") is indirect speech, or mixed when it holds a quoted
  fragment; "according to X" attributes the clause it modifies;
- short quoted spans nobody is said to have said (scare quotes, titles) are not quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from newslens.analysis.model import Quote, QuoteKind, Span, Speaker, SpeakerKind, Stance
from newslens.analysis.speakers import Mention, mention_for, resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

SUBJECTS = ("nsubj", "nsubjpass")
# Heads a cue without a subject of its own takes its subject from: "…, saying …".
INHERITS_SUBJECT = ("conj", "advcl", "xcomp", "acl", "pcomp", "ccomp", "prep", "relcl")
COMPLEMENTS = ("ccomp",)
# Verbs whose infinitive complement is what is reported: "vowed to fight", "urged X to …".
XCOMP_CUES = frozenset(
    [
        "promise",
        "pledge",
        "vow",
        "urge",
        "call",
        "threaten",
        "demand",
        "claim",
        "deny",
        "warn",
        "ask",
        "expect",
        "hope",
        "plan",
        "agree",
        "refuse",
        "offer",
        "propose",
        "decline",
    ]
)
MIN_QUOTE_WORDS = 4  # a shorter quoted span is a quote only when a cue governs it
CARRY_OVER_CHARS = 600  # how far back a quote opening a sentence looks for its speaker


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Stance]:
    """The reporting verbs (lemma → stance) from reporting_verbs.txt."""
    verbs: dict[str, Stance] = {}
    text = files("newslens.analysis").joinpath("reporting_verbs.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            lemma, stance = line.split()
            verbs[lemma] = Stance(stance)
    return verbs


@dataclass
class _Attribution:
    parts: list[Span]
    kind: QuoteKind
    cue: Token | None
    speaker: Token | None
    phrase: SpacySpan | None = None
    mention: Mention | None = None
    carried_from: _Attribution | None = None
    confidence: float = 0.9
    extra: list[Span] = field(default_factory=list)


def _quote_index(doc: Doc, marks: list[Span]) -> list[int]:
    """For each token, the index of the quoted span holding it, or -1."""
    out = [-1] * len(doc)
    k = 0
    for token in doc:
        while k < len(marks) and marks[k][1] <= token.idx:
            k += 1
        if k < len(marks) and marks[k][0] <= token.idx < marks[k][1]:
            out[token.i] = k
    return out


def _is_cue(token: Token, in_quote: list[int], verbs: dict[str, Stance]) -> bool:
    return (
        in_quote[token.i] < 0
        and token.pos_ in ("VERB", "AUX")
        and token.lemma_.lower() in verbs
        and token.lemma_.lower() != "be"
    )


def _subject(cue: Token) -> Token | None:
    """The speaker token of a cue: its subject, the agent of a passive, or an inherited one."""
    token: Token | None = cue
    for _ in range(4):
        if token is None:
            return None
        for child in token.children:
            if child.dep_ == "nsubj":
                if child.lower_ in ("who", "that", "which") and token.dep_ == "relcl":
                    return token.head
                return child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if any(child.dep_ == "nsubjpass" for child in token.children):
            return None
        if token.dep_ not in INHERITS_SUBJECT or token.head is token:
            return None
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in SUBJECTS:
            # "the statement, saying …": the noun is the source.
            return token
    return None


def _phrase(doc: Doc, head: Token, in_quote: list[int], stop: Token | None) -> SpacySpan:
    """The speaker phrase: the head's subtree without clauses, quotes or the cue."""
    kept = [head.i]
    for token in head.subtree:
        if token.i == head.i:
            continue
        if in_quote[token.i] >= 0 or (stop is not None and token.i == stop.i):
            continue
        if any(a.dep_ in ("relcl", "acl", "advcl") and a.i != head.i for a in _path(token, head)):
            continue
        kept.append(token.i)
    kept.sort()
    # Keep the contiguous run around the head.
    lo = hi = kept.index(head.i)
    while lo > 0 and kept[lo - 1] == kept[lo] - 1:
        lo -= 1
    while hi + 1 < len(kept) and kept[hi + 1] == kept[hi] + 1:
        hi += 1
    start, end = kept[lo], kept[hi] + 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return doc[start:end]


def _path(token: Token, top: Token) -> list[Token]:
    """The tokens from ``token`` up to (not including) ``top``."""
    out = []
    while token.i != top.i and token.head is not token:
        out.append(token)
        token = token.head
    return out


def _complement(cue: Token, in_quote: list[int]) -> tuple[int, int] | None:
    """Token range [start, end) of what the cue reports, outside the cue's own words."""
    doc = cue.doc
    for child in cue.children:
        if child.dep_ in COMPLEMENTS or (
            child.dep_ == "xcomp" and cue.lemma_.lower() in XCOMP_CUES
        ):
            start, end = child.left_edge.i, child.right_edge.i + 1
            if start <= cue.i < end:
                continue
            return _trim(doc, start, end)
    if cue.dep_ == "parataxis" or (cue.dep_ == "ccomp" and cue.i > cue.head.i):
        # "The economy, officials said, is growing" / "The economy is growing, he said."
        head = cue.head
        start, end = head.left_edge.i, head.right_edge.i + 1
        lo, hi = cue.left_edge.i, cue.right_edge.i + 1
        if lo > start and hi >= end:
            end = lo
        elif lo <= start:
            start = hi
        else:
            return None
        if head.i < start or head.i >= end:
            return None
        return _trim(doc, start, end)
    return None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while (start < end and (doc[start].is_punct and doc[start].text not in '“"«„')) or (
        start < end and doc[start].is_space
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_space or (doc[end - 1].is_punct and doc[end - 1].text not in '”"»')
    ):
        end -= 1
    return (start, end) if end - start >= 2 else None


def _according_to(doc: Doc, in_quote: list[int]) -> list[_Attribution]:
    out = []
    for token in doc:
        if token.lower_ != "according" or in_quote[token.i] >= 0:
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        source = None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            continue
        head = token.head
        sent = token.sent
        lo, hi = token.left_edge.i, token.right_edge.i + 1
        start, end = sent.start, sent.end
        if head is not token and sent.start <= head.i < sent.end:
            start, end = head.left_edge.i, head.right_edge.i + 1
        span = _trim(doc, hi, end) if lo <= start + 1 else _trim(doc, start, lo)
        if span is None:
            continue
        out.append(
            _Attribution([_chars(doc, *span)], QuoteKind.INDIRECT, token, source, confidence=0.8)
        )
    return out


def _chars(doc: Doc, start: int, end: int) -> Span:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _quote_tokens(marks: list[Span], in_quote: list[int]) -> list[list[int]]:
    tokens: list[list[int]] = [[] for _ in marks]
    for i, k in enumerate(in_quote):
        if k >= 0:
            tokens[k].append(i)
    return tokens


def _linked_cue(doc: Doc, quote: list[int], cues: set[int]) -> Token | None:
    """A cue outside the quote that governs a word in it, or hangs off a word in it."""
    inside = set(quote)
    best: Token | None = None
    for i in quote:
        token = doc[i]
        cue: Token | None
        if token.head.i in cues and token.head.i not in inside:
            cue = token.head
        else:
            cue = next((c for c in token.children if c.i in cues and c.i not in inside), None)
        if cue is not None and (best is None or abs(cue.i - quote[0]) < abs(best.i - quote[0])):
            best = cue
    return best


def _nearest_cue(doc: Doc, quote: list[int], cues: set[int]) -> Token | None:
    """The closest cue in the sentences the quote touches, or in a sentence ending in ':' before."""
    first, last = doc[quote[0]], doc[quote[-1]]
    lo, hi = first.sent.start, last.sent.end
    candidates = [i for i in cues if lo <= i < hi]
    if candidates:
        i = min(candidates, key=lambda i: min(abs(i - quote[0]), abs(i - quote[-1])))
        return doc[i]
    before = quote[0] - 1
    while before >= 0 and (doc[before].is_space or doc[before].text in '"“«„'):
        before -= 1
    if before >= 0 and doc[before].text == ":":
        sent = doc[before].sent
        near = [i for i in cues if sent.start <= i < before]
        if near:
            return doc[max(near)]
    return None


def _opens_clause(doc: Doc, quote: list[int], cues: set[int]) -> bool:
    """Whether a quoted span starts where a quotation can: after punctuation, a cue or nothing.

    "X said, “…”" and "“…,” X said" quote someone; "voter fraud “would be …”" and "called
    it “a disaster”" weave a quoted fragment into the reporter's own sentence.
    """
    before = quote[0] - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0:
        return True
    token = doc[before]
    if token.i in cues:
        return True
    return token.is_punct and token.text not in ("-", "/", "'", "’")


def _reads_as_quote(doc: Doc, quote: list[int]) -> bool:
    words = [doc[i] for i in quote if not doc[i].is_punct and not doc[i].is_space]
    return len(words) >= MIN_QUOTE_WORDS


def _opens_sentence(doc: Doc, quote: list[int]) -> bool:
    first = doc[quote[0]]
    return all(t.is_punct or t.is_space for t in doc[first.sent.start : quote[0]])


def find_attributions(doc: Doc, marks: list[Span]) -> list[_Attribution]:
    """Direct, mixed and indirect attributions in ``doc``, in text order."""
    verbs = lexicon()
    in_quote = _quote_index(doc, marks)
    cues = {t.i for t in doc if _is_cue(t, in_quote, verbs)}
    quote_tokens = _quote_tokens(marks, in_quote)
    direct: list[_Attribution] = []
    cue_used: set[int] = set()
    for k, tokens in enumerate(quote_tokens):
        if not tokens:
            continue
        span = marks[k]
        if not _opens_clause(doc, tokens, cues):
            continue  # a fragment woven into the reporter's sentence: mixed speech at most
        cue = _linked_cue(doc, tokens, cues)
        confidence = 0.9
        if cue is None and _reads_as_quote(doc, tokens):
            cue, confidence = _nearest_cue(doc, tokens, cues), 0.7
        if cue is not None:
            previous = direct[-1] if direct else None
            if previous is not None and previous.cue is not None and previous.cue.i == cue.i:
                previous.parts.append(span)
                continue
            if not _reads_as_quote(doc, tokens) and _linked_only_by_object(doc, tokens, cue):
                continue
            cue_used.add(cue.i)
            direct.append(
                _Attribution([span], QuoteKind.DIRECT, cue, _subject(cue), confidence=confidence)
            )
            continue
        if not _reads_as_quote(doc, tokens) or not _opens_sentence(doc, tokens):
            continue
        previous = direct[-1] if direct else None
        if previous is None or span[0] - previous.parts[-1][1] > CARRY_OVER_CHARS:
            continue
        between = doc.text[previous.parts[-1][1] : span[0]]
        if previous.cue is not None and _only_attribution(doc, previous, between):
            previous.parts.append(span)
            continue
        direct.append(
            _Attribution(
                [span],
                QuoteKind.DIRECT,
                None,
                None,
                carried_from=previous.carried_from or previous,
                confidence=0.6,
            )
        )
    indirect = _according_to(doc, in_quote)
    taken = [p for a in direct for p in a.parts]
    for i in sorted(cues):
        cue = doc[i]
        comp = _complement(cue, in_quote)
        if comp is None:
            continue
        chars = _chars(doc, *comp)
        if _covered(chars, taken) or i in cue_used:
            continue
        kind = (
            QuoteKind.MIXED
            if any(chars[0] <= a and b <= chars[1] + 1 for a, b in marks)
            else QuoteKind.INDIRECT
        )
        indirect.append(_Attribution([chars], kind, cue, _subject(cue), confidence=0.8))
    found = sorted(direct + indirect, key=lambda a: a.parts[0])
    for a in found:
        if a.speaker is not None:
            stop = a.cue
            a.phrase = _phrase(doc, a.speaker, in_quote, stop)
    return found


def _linked_only_by_object(doc: Doc, quote: list[int], cue: Token) -> bool:
    """A short quoted name or phrase the cue merely mentions ("called it “a disaster”")."""
    return not any(doc[i].dep_ in COMPLEMENTS for i in quote)


def _only_attribution(doc: Doc, previous: _Attribution, between: str) -> bool:
    """Whether the text between two quoted spans is just the first one's "he said"."""
    words = [w for w in between.replace(",", " ").replace(".", " ").split() if w]
    return 0 < len(words) <= 6 and previous.cue is not None and previous.cue.text in words


def _covered(chars: Span, taken: list[Span]) -> bool:
    size = chars[1] - chars[0]
    shared = sum(max(0, min(b, chars[1]) - max(a, chars[0])) for a, b in taken)
    return shared * 2 >= size


def attribute(doc: Doc, marks: list[Span]) -> tuple[list[Quote], list[Speaker]]:
    """The quotes and speakers of ``doc``, with offsets into ``doc.text``."""
    found = find_attributions(doc, marks)
    mentions = []
    for a in found:
        if a.speaker is not None and a.phrase is not None:
            a.mention = mention_for(a.speaker, a.phrase)
            mentions.append(a.mention)
    resolve(mentions)
    verbs = lexicon()
    quotes = []
    for a in found:
        source = a.carried_from if a.carried_from is not None else a
        mention = source.mention
        cue = source.cue if a.cue is None else a.cue
        quotes.append(
            Quote(
                parts=tuple(a.parts),
                kind=a.kind,
                speaker=mention.name if mention else None,
                speaker_key=mention.key if mention else None,
                speaker_span=mention.span if mention else None,
                cue=cue.text if cue is not None and a.cue is not None else None,
                cue_span=(cue.idx, cue.idx + len(cue.text))
                if cue is not None and a.cue is not None
                else None,
                stance=verbs.get(cue.lemma_.lower()) if cue is not None else None,
                confidence=a.confidence,
            )
        )
    return quotes, speakers_of(quotes, mentions)


def speakers_of(quotes: list[Quote], mentions: list[Mention]) -> list[Speaker]:
    """One Speaker per key, with every mention and the number of quotes attributed."""
    names: dict[str, str] = {}
    kinds: dict[str, SpeakerKind] = {}
    spans: dict[str, set[Span]] = {}
    for m in mentions:
        if len(m.name) > len(names.get(m.key, "")):
            names[m.key] = m.name
        if kinds.get(m.key, SpeakerKind.UNKNOWN) is SpeakerKind.UNKNOWN:
            kinds[m.key] = m.kind
        spans.setdefault(m.key, set()).add(m.span)
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker_key is not None:
            counts[q.speaker_key] = counts.get(q.speaker_key, 0) + 1
    return [
        Speaker(
            key=key,
            name=names[key],
            kind=kinds[key],
            mentions=tuple(sorted(spans[key])),
            quote_count=counts.get(key, 0),
        )
        for key in sorted(names, key=lambda k: min(spans[k]))
    ]
