"""The newslens components added to the model, and ``analyze()`` with them.

``analyze(article)`` and the batch path ``analyze_many(articles, n_process=N)`` both run the
model with the newslens components (paragraph sentence starts, title-case headlines parsed
again in sentence case (title_case.py), quote marks, attribution, figures, claims) through
``nlp.pipe``, long texts in paragraph chunks with the paragraphs before each as context
(chunks.py). What a chunk cannot see from there is read from the whole text before it is
parsed, as where a Q&A begins.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from newslens.analysis.chunks import (
    CHUNK_CHARS,
    CONTEXT_CHARS,
    Chunk,
    assemble,
    chunk_spans,
    context_start,
)
from newslens.analysis.model import Analysis, Claim, Quote
from newslens.analysis.spacy_model import load_model, model_label, model_name
from newslens.article import Article
from newslens.wrapping import heading_marks_blanked, markdown_marks_blanked, reply_marks_blanked

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Chunks parsed together: at most 80,000 characters in the parser at once.
# Measured on 600 KB of news text: 16 to a batch peaked at 1.1 GB, 4 at 440 MB, and 4 was
# no slower.
BATCH_SIZE = 4

_pipeline_lock = threading.Lock()


def analysis_pipeline(nlp: Language | None = None, requested: str | None = None) -> Language:
    """The model with the newslens components added (once; later calls find them there)."""
    # Importing the modules registers their factories (and imports spaCy: not at module level).
    from newslens.analysis import claims, components, figures, title_case
    from newslens.analysis.lemmas import LEMMAS, MODEL_LEMMATIZER, model_lemmatizer
    from newslens.analysis.syntax.contractions import CURLY_CONTRACTIONS
    from newslens.analysis.word_rules import MODEL_RULES, WORD_RULES, word_rules

    nlp = nlp if nlp is not None else load_model(model_name(requested))
    with _pipeline_lock:
        # Before the parser: sentences never cross a line break.
        if components.PARAGRAPHS not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe(components.PARAGRAPHS, before="parser")
        # The model's attribute rules asked once a distinct word, in place of its ruler.
        if WORD_RULES not in nlp.pipe_names and word_rules(nlp) is not None:
            nlp.add_pipe(WORD_RULES, after=MODEL_RULES)
            nlp.disable_pipe(MODEL_RULES)
        # After them: the same rules for "’s", "’re", "n’t" ….
        if CURLY_CONTRACTIONS not in nlp.pipe_names and MODEL_RULES in nlp.component_names:
            rules = WORD_RULES if WORD_RULES in nlp.pipe_names else MODEL_RULES
            nlp.add_pipe(CURLY_CONTRACTIONS, after=rules)
        # The model's lemmatizer asked once a distinct word, in its place.
        if LEMMAS not in nlp.pipe_names and model_lemmatizer(nlp) is not None:
            nlp.add_pipe(LEMMAS, after=MODEL_LEMMATIZER)
            nlp.disable_pipe(MODEL_LEMMATIZER)
        # After the parser: a title-case headline parsed again in sentence case, and a
        # sentence with blanks between its words (Markdown's marks) parsed again without them.
        if title_case.TITLE_CASE not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe(title_case.TITLE_CASE, after="parser")
        # The rest, in pipeline order.
        for name in (
            components.QUOTES,
            components.ATTRIBUTION,
            figures.EXTENSION,
            claims.EXTENSION,
        ):
            if name not in nlp.pipe_names:
                nlp.add_pipe(name)
    return nlp


def analyze(article: Article, nlp: Language | None = None) -> Analysis:
    """Speakers, quotes, figures and claims of one article.

    Safe to call from a worker thread, one call at a time.
    """
    return next(analyze_many([article], nlp=nlp))


def analyze_many(
    articles: Iterable[Article],
    nlp: Language | None = None,
    n_process: int = 1,
    chunk_parsed: Callable[[Article, int, int], None] | None = None,
) -> Iterator[Analysis]:
    """Analyses of ``articles`` in order, through one ``nlp.pipe`` (``n_process`` processes).

    Each chunk's results are taken off its ``Doc`` as soon as it is parsed, and the ``Doc``
    dropped: memory follows the chunk size and the batch size, not the article's length.
    ``chunk_parsed(article, done, total)`` is told of each chunk parsed, so that a caller can
    show how far a long text has got.
    """
    from newslens.analysis.transcripts.interviews import interview_start
    from newslens.analysis.transcripts.turns import INTERVIEW_BEFORE

    nlp = analysis_pipeline(nlp)
    name, version = model_label(nlp)
    # Each article, the text its chunks are cut from, and how many chunks it has.
    queue: list[tuple[Article, str, int]] = []

    def pieces() -> Iterator[tuple[str | Doc, tuple[int, int, int]]]:
        for article in articles:
            text = markdown_marks_blanked(heading_marks_blanked(reply_marks_blanked(article.text)))
            spans = chunk_spans(text, CHUNK_CHARS)
            queue.append((article, text, len(spans)))
            whole = _read_whole(text) if len(spans) > 1 else {}
            # A chunk after a Q&A's first question holds its answers but not its intro.
            interview = interview_start(text) if len(spans) > 1 else None
            for start, end in spans:
                context = context_start(text, start, CONTEXT_CHARS)
                piece = text[context:end]
                if n_process > 1 and not whole:
                    yield piece, (context, start, end)  # tokenized by the process that parses it
                    continue
                extensions = whole
                if interview is not None and interview[0] < start:
                    extensions = {**whole, INTERVIEW_BEFORE: interview[1]}
                yield _piece_doc(nlp, piece, extensions), (context, start, end)

    def reread(text: str, chunk: Chunk) -> Chunk:
        """The chunk of ``text`` parsed again as text of its own, not of a Q&A begun before it."""
        doc = nlp(_piece_doc(nlp, text[chunk.context : chunk.end], _read_whole(text)))
        return Chunk.of(doc, chunk.context, chunk.start, chunk.end)

    docs = nlp.pipe(pieces(), as_tuples=True, n_process=n_process, batch_size=BATCH_SIZE)
    current: list[Chunk] = []
    for doc, (context, start, end) in docs:
        current.append(Chunk.of(doc, context, start, end))
        article, text, count = queue[0]
        if chunk_parsed is not None:
            chunk_parsed(article, len(current), count)
        if len(current) == count:
            queue.pop(0)
            analysis = assemble(article, current, name, version, partial(reread, text))
            yield analysis if text == article.text else _widened_over_marks(analysis, article, text)
            current = []


def _widened_over_marks(analysis: Analysis, article: Article, read: str) -> Analysis:
    """The analysis with each quote's parts, speaker and cue, each speaker's mentions and each
    claim widened over the marks the analysis read as spaces right at their ends: the reader
    highlights "[$3 million](https://…)" whole, not up to its link's "]", and "The **mayor**"
    with both its marks, not the opening one alone."""
    shown = article.text

    def widened(start: int, end: int) -> tuple[int, int]:
        while start > 0 and shown[start - 1] != read[start - 1]:
            start -= 1
        while end < len(shown) and shown[end] != read[end]:
            end += 1
        return start, end

    def quote_widened(quote: Quote) -> Quote:
        speaker, cue = quote.speaker_span, quote.cue_span
        return replace(
            quote,
            parts=tuple(widened(*p) for p in quote.parts),
            speaker_span=None if speaker is None else widened(*speaker),
            cue_span=None if cue is None else widened(*cue),
        )

    def claim_widened(claim: Claim) -> Claim:
        start, end = widened(claim.start, claim.end)
        return replace(claim, start=start, end=end)

    return replace(
        analysis,
        quotes=tuple(quote_widened(q) for q in analysis.quotes),
        speakers=tuple(
            replace(s, mentions=tuple(widened(*m) for m in s.mentions)) for s in analysis.speakers
        ),
        claims=tuple(claim_widened(c) for c in analysis.claims),
    )


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
    any chunk), and whether it writes decimal commas (its "3,5%" makes "1.500" in another chunk
    1500)."""
    from newslens.analysis.figures import DECIMAL_COMMAS, LOCAL_MONEY, MONTH_FIRST
    from newslens.analysis.figures.currencies import LocalMoney
    from newslens.analysis.figures.dates import writes_month_first
    from newslens.analysis.figures.thousands import writes_decimal_commas

    money = LocalMoney.of(text)
    return {
        LOCAL_MONEY: [money.dollar, money.rand],
        MONTH_FIRST: writes_month_first(text),
        DECIMAL_COMMAS: writes_decimal_commas(text),
    }
