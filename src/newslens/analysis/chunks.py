"""Long texts in paragraph chunks, and one article's analysis put together from theirs.

Texts longer than ``CHUNK_CHARS`` go in paragraph chunks whose offsets are mapped back, so
spaCy's ``max_length`` is never reached. Each chunk after the first is parsed with the
paragraphs before it as context (``CONTEXT_CHARS``), so that "she said" at a chunk's start
finds the speaker named just before, as in one piece. What a chunk found for those after it
is carried on when they are put together, as whom a Q&A's intro names, whose answers run on
through the later chunks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol, TypeVar

from newslens.analysis.claims.repeated_figures import without_repeated_figures
from newslens.analysis.column_writer import column_writer_named
from newslens.analysis.model import Analysis, Claim, Figure, Quote, Speaker, SpeakerKind
from newslens.article import Article
from newslens.boilerplate import Furniture, find_boilerplate

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Each chunk after the first is parsed after the paragraphs before it, up to this many
# characters: speakers named there are the antecedents of a "he said" or a "the spokesman
# added" opening the chunk, and a quote opening it carries on the speaker before. Results
# are kept from the chunk's own text only. In the PolNeAR dev articles analysed whole,
# every quote attributed to a pronoun or role noun had a named mention of its speaker at
# most 2,132 characters before it (99% within 1,344).
CONTEXT_CHARS = 2_200
# Texts longer than this are analysed in paragraph chunks: spaCy's max_length (1,000,000)
# is never reached and the parser's memory stays bounded whatever the article's size. With
# its context a chunk is at most 20,000 characters, as chunks were before they had context:
# a 5 MB article's analysis peaked at 695 MB with 20,000 plus 3,000 of context, above the
# 1 GB the reader and the analysis may take together.
CHUNK_CHARS = 20_000 - CONTEXT_CHARS


def chunk_spans(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Contiguous (start, end) pieces of ``text``, each at most ``limit`` characters.

    A piece ends at a paragraph break when there is one in its second half, else at a
    line break, a sentence end or a space, and only as a last resort mid-word.
    """
    if limit < 2:
        raise ValueError("limit must be at least 2")
    spans = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            found = window.rfind(sep, limit // 2)
            if found >= 0:
                cut = found + len(sep)
                break
        if cut <= 0:
            cut = limit
        spans.append((start, start + cut))
        start += cut
    spans.append((start, len(text)))
    return spans


def context_start(text: str, start: int, limit: int = CONTEXT_CHARS) -> int:
    """Where the context read before the chunk at ``start`` begins: at most ``limit`` before.

    At a paragraph start when one is in reach, else a line start, a sentence start or a
    word, so that the context's first sentence is parsed whole.
    """
    low = start - limit
    if low <= 0:
        return 0
    window = text[low:start]
    for sep in ("\n\n", "\n", ". ", " "):
        found = window.find(sep)
        if found >= 0:
            return low + found + len(sep)
    return start


@dataclass(frozen=True, slots=True)
class Chunk:
    """What the components found in one chunk and its context, in offsets of the article.

    ``start`` is where the chunk's own text begins, ``end`` where it ends; ``context`` (at or
    before ``start``) where the text parsed with it begins. Unresolved mentions' keys
    ("he@120") are by article offset. ``interviewee``: whom the intro of a Q&A the chunk
    holds names.
    """

    context: int
    start: int
    end: int
    quotes: list[Quote]
    speakers: list[Speaker]
    figures: list[Figure]
    claims: list[Claim]
    interviewee: Speaker | None

    @classmethod
    def of(cls, doc: Doc, context: int, start: int, end: int) -> Chunk:
        from newslens.analysis.claims import claims_of
        from newslens.analysis.components import interviewee_of, quotes_of, speakers_of
        from newslens.analysis.figures import figures_of

        quotes = quotes_of(doc, context)
        speakers = speakers_of(doc, context)
        claims = claims_of(doc, context)
        interviewee = interviewee_of(doc, context)
        if context:
            # An unresolved mention's key ("he@120") gives its place in the doc, which the
            # context moves away from the article's.
            quotes = [replace(q, speaker_key=_placed(q.speaker_key, context)) for q in quotes]
            speakers = [replace(s, key=_placed(s.key, context) or s.key) for s in speakers]
            claims = [replace(c, claimant_key=_placed(c.claimant_key, context)) for c in claims]
            if interviewee is not None:
                key = _placed(interviewee.key, context) or interviewee.key
                interviewee = replace(interviewee, key=key)
        figures = figures_of(doc, context)
        return cls(context, start, end, quotes, speakers, figures, claims, interviewee)


def _placed(key: str | None, offset: int) -> str | None:
    """An unresolved mention's key, "he@120" by its offset in the doc, by its article offset."""
    word, at, position = (key or "").rpartition("@")
    if not at or not position.isdigit():
        return key
    return f"{word}@{int(position) + offset}"


class _Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_Item = TypeVar("_Item", bound=_Located)


def _take(earlier: list[_Item], found: list[_Item], start: int) -> list[_Item]:
    """``earlier`` extended by what a chunk beginning at ``start`` found in its own text.

    Whatever lies wholly in the context is the previous chunk's, which read more before it;
    an item reaching from the context into the chunk ('"A," he said. "B."' across the
    break) saw more of itself there and replaces what it overlaps. ``earlier`` is extended
    in place, not copied: a 5 MB article has some 270,000 items in 290 chunks.
    """
    own = [x for x in found if x.end > start]
    reaching = [x for x in own if x.start < start]
    if reaching:
        earlier = [
            x for x in earlier if not any(x.start < r.end and r.start < x.end for r in reaching)
        ]
    earlier.extend(own)
    return earlier


def _agreeing(chunk: Chunk, earlier: list[Chunk], speakers: dict[str, Speaker]) -> Chunk:
    """``chunk`` with its speakers keyed as the ``earlier`` chunks keyed the context they share.

    The earlier chunk read the context with more text before it: where it took a mention
    there for someone ('"…," she said.' with her name further back), so do the quotes this
    chunk attributes to that mention (a quote carrying on the last speaker).
    """
    # Only the chunks read up to the context can have mentions in it: asking every
    # speaker's every mention instead took a 20 MB text's 1,100 chunks minutes.
    reaching = len(earlier)
    while reaching and earlier[reaching - 1].end > chunk.context:
        reaching -= 1
    known = {
        m: s.key
        for before in earlier[reaching:]
        for s in before.speakers
        for m in s.mentions
        if chunk.context <= m[0] < chunk.start
    }
    if not known:
        return chunk
    keys: dict[tuple[int, int], str] = {}  # a quote's span: its speaker's key, if changed
    quotes = []
    for q in chunk.quotes:
        key = known.get(q.speaker_span or (-1, -1), q.speaker_key)
        if key is not None and key != q.speaker_key:
            keys[q.start, q.end] = key
            q = replace(q, speaker_key=key, speaker=speakers[key].name)
        quotes.append(q)
    claims = [
        replace(c, claimant_key=keys[c.start, c.end], claimant=speakers[keys[c.start, c.end]].name)
        if (c.start, c.end) in keys and c.claimant_key is not None
        else c
        for c in chunk.claims
    ]
    return replace(chunk, quotes=quotes, claims=claims)


def _carries_on_a_qa(chunk: Chunk) -> bool:
    """Whether ``chunk`` gave words to the interviewee of a Q&A begun before it."""
    from newslens.analysis.transcripts.turns import NAMED_BEFORE

    return any(q.speaker_key == NAMED_BEFORE for q in chunk.quotes)


def _answered_by(chunk: Chunk, interviewee: Speaker) -> Chunk:
    """``chunk`` with the words it gave the interviewee of a Q&A begun before it (keyed
    ``NAMED_BEFORE``) given to ``interviewee``, whom an earlier chunk's intro names."""
    from newslens.analysis.transcripts.turns import NAMED_BEFORE

    name, key, mention = interviewee.name, interviewee.key, interviewee.mentions[0]
    quotes = [
        replace(q, speaker=name, speaker_key=key, speaker_span=mention)
        if q.speaker_key == NAMED_BEFORE
        else q
        for q in chunk.quotes
    ]
    claims = [
        replace(c, claimant=name, claimant_key=key) if c.claimant_key == NAMED_BEFORE else c
        for c in chunk.claims
    ]
    return replace(chunk, quotes=quotes, claims=claims)


def assemble(
    article: Article,
    chunks: list[Chunk],
    name: str,
    version: str,
    reread: Callable[[Chunk], Chunk],
) -> Analysis:
    """The article's analysis from its chunks'. A chunk that read on a Q&A begun before it
    gives its answers to whom an earlier chunk's intro names; where none names anyone, it is
    ``reread`` as text of its own: the whole text's shape says where a Q&A may begin, only the
    parse of its intro whether one does (a column's questions to "you", answered in the first
    person, are none)."""
    boilerplate = find_boilerplate(article.text)
    quotes: list[Quote] = []
    figures: list[Figure] = []
    claims: list[Claim] = []
    speakers: dict[str, Speaker] = {}
    # The mentions of each speaker seen in several chunks, sorted once at the end: sorted
    # again at each chunk, those of one named all through a 20 MB text took a minute.
    mentions: dict[str, set[tuple[int, int]]] = {}
    interviewee = None  # whom the Q&A is with, once a chunk's intro names them
    read: list[Chunk] = []
    for chunk in chunks:
        if _carries_on_a_qa(chunk):
            chunk = reread(chunk) if interviewee is None else _answered_by(chunk, interviewee)
        chunk = _agreeing(chunk, read, speakers)
        read.append(chunk)
        interviewee = chunk.interviewee or interviewee
        quotes = _take(quotes, chunk.quotes, chunk.start)
        figures = _take(figures, chunk.figures, chunk.start)
        claims = _take(claims, chunk.claims, chunk.start)
        for speaker in chunk.speakers:
            known = speakers.get(speaker.key)
            if known is None:
                speakers[speaker.key] = speaker
            else:
                speakers[speaker.key] = _joined(known, speaker)
                mentions.setdefault(speaker.key, set(known.mentions)).update(speaker.mentions)
    for key, every in mentions.items():
        speakers[key] = replace(speakers[key], mentions=tuple(sorted(every)))
    if len(chunks) > 1:
        quotes, claims = _surnames_joined(quotes, claims, speakers)
    quotes, claims = column_writer_named(article.byline, quotes, claims, speakers)
    # Nothing in the site's furniture is the story's: not a quote, a claim, nor a figure (the
    # "4" of a footer's "4 Quay Street").
    furniture = Furniture(boilerplate)
    quotes = [q for q in quotes if not furniture.covers((q.start, q.end))]
    figures = [f for f in figures if not furniture.covers((f.start, f.end))]
    # A claim that runs on into furniture keeps only the figures of the story.
    listed = {(f.start, f.end) for f in figures}
    claims = [
        replace(c, figures=tuple(s for s in c.figures if s in listed))
        for c in claims
        if not furniture.covers((c.start, c.end))
    ]
    if len(chunks) > 1:
        # A point chunks before the body's sentence that states its figures again: each
        # chunk's claims were compared among themselves only.
        claims = without_repeated_figures(claims, figures)
    counts: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker_key is not None:
            counts[quote.speaker_key] = counts.get(quote.speaker_key, 0) + 1
    return Analysis(
        fingerprint=article.fingerprint,
        # A speaker is someone the article quotes: one whose quotes all fell in boilerplate
        # is not.
        speakers=tuple(
            replace(s, quote_count=counts[s.key]) for s in speakers.values() if s.key in counts
        ),
        quotes=tuple(quotes),
        figures=tuple(figures),
        claims=tuple(sorted(claims, key=lambda c: -c.score)),
        boilerplate=tuple(boilerplate),
        model_name=name,
        model_version=version,
    )


def _surnames_joined(
    quotes: list[Quote], claims: list[Claim], speakers: dict[str, Speaker]
) -> tuple[list[Quote], list[Claim]]:
    """A surname in one chunk joins the full name of another: "Kovacs" is "Anna Kovacs".

    Within a chunk ``speakers.resolve`` joins a surname to the first full personal name
    with it; a name out of the chunk's reach is joined here, for the speakers the chunks
    kept. ``speakers`` is updated in place; the quotes and claims are returned rekeyed.
    """
    full: dict[str, Speaker] = {}
    for s in sorted(speakers.values(), key=lambda s: min(s.mentions, default=(0, 0))):
        if s.kind is SpeakerKind.PERSON and " " in s.key and "@" not in s.key:
            full.setdefault(s.key.split()[-1], s)
    joined = {key: full[key] for key in speakers if key in full and " " not in key}
    for key, person in joined.items():
        surname = speakers.pop(key)
        both = tuple(sorted({*speakers[person.key].mentions, *surname.mentions}))
        speakers[person.key] = replace(_joined(speakers[person.key], surname), mentions=both)
    quotes = [
        replace(q, speaker_key=joined[q.speaker_key].key, speaker=joined[q.speaker_key].name)
        if q.speaker_key in joined
        else q
        for q in quotes
    ]
    claims = [
        replace(c, claimant_key=joined[c.claimant_key].key, claimant=joined[c.claimant_key].name)
        if c.claimant_key in joined
        else c
        for c in claims
    ]
    return quotes, claims


def _joined(old: Speaker, new: Speaker) -> Speaker:
    """One speaker seen in two chunks: the fuller name, the kind a later chunk shows where
    the earlier one's gives way to it; the mentions are ``old``'s, for the caller to join."""
    return replace(
        old,
        name=max(old.name, new.name, key=len),
        kind=new.kind if old.kind.yields_to(new.kind) else old.kind,
    )
