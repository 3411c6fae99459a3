"""The who-said-what spaCy components and the ``Doc`` extensions they write.

    nlp.add_pipe("newslens_paragraphs", before="parser")  # sentences start each line, and after a dateline
    nlp.add_pipe("newslens_quotes")       # doc._.newslens_quote_marks: [[start, end], …]
    nlp.add_pipe("newslens_attribution")  # doc._.newslens_quotes, doc._.newslens_speakers,
                                          # doc._.newslens_interviewee

Extension values are plain lists and dicts (``Quote``/``Speaker`` as ``asdict`` gives them)
because spaCy's multi-process ``nlp.pipe`` sends docs between processes through msgpack;
:func:`quotes_of` and :func:`speakers_of` turn them back into the frozen dataclasses.

The paragraphs component is :class:`~newslens.analysis.sentence_starts.ParagraphStarts`; the
forms of the reporting verbs the factories give the components are read from the model by
:mod:`newslens.analysis.misread_verbs`.
"""

from __future__ import annotations

from itertools import takewhile

import numpy
from spacy.attrs import LOWER, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import VERB
from spacy.tokens import Doc

from newslens.analysis.attribution import attribute
from newslens.analysis.misread_verbs import misread_forms, past_forms
from newslens.analysis.model import Quote, Speaker, as_plain
from newslens.analysis.quotes import pair_quotes
from newslens.analysis.sentence_starts import ParagraphStarts
from newslens.analysis.syntax.contractions import mend_perfects
from newslens.analysis.syntax.text import doc_text

PARAGRAPHS = "newslens_paragraphs"
QUOTES = "newslens_quotes"
ATTRIBUTION = "newslens_attribution"

for _name in (
    "newslens_quote_marks",
    "newslens_quotes",
    "newslens_speakers",
    "newslens_interviewee",
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class QuoteMarks:
    """Pairs the quotation marks of the text: no model needed."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.newslens_quote_marks = [list(span) for span in pair_quotes(doc_text(doc))]
        return doc


class Attribution:
    """Direct and indirect quotes with cue, speaker and stance, from the parse.

    First it gives back their lemma to the reporting verbs the lemmatizer's rules misread
    (``misread_forms``): "hopes", "hoped" and "hoping" are "hop" to it, "rated" is "rat", so
    "She hopes the bill will pass" would report nothing. And it reads a "’s" that is "has" as one
    (``mend_perfects``): "She’s urged voters to …" is no passive.
    """

    def __init__(self, misread: dict[str, str] | None = None) -> None:
        self.misread = {get_string_id(form): lemma for form, lemma in (misread or {}).items()}
        self.forms = numpy.fromiter(self.misread, dtype=numpy.uint64)

    def __call__(self, doc: Doc) -> Doc:
        if len(self.forms) and len(doc):
            words = doc.to_array([LOWER, POS])
            found = numpy.isin(words[:, 0], self.forms) & (words[:, 1] == VERB)
            for i in numpy.flatnonzero(found).tolist():
                doc[i].lemma_ = self.misread[int(words[i, 0])]
        mend_perfects(doc)
        marks = doc._.newslens_quote_marks
        spans = pair_quotes(doc_text(doc)) if marks is None else [(a, b) for a, b in marks]
        quotes, speakers, interviewee = attribute(doc, spans)
        doc._.newslens_quotes = [as_plain(q) for q in quotes]
        doc._.newslens_speakers = [as_plain(s) for s in speakers]
        # Whom a long Q&A's later chunks give their answers to (``NAMED_BEFORE``), named by
        # the intro in this one: as a speaker with the one mention that names them.
        doc._.newslens_interviewee = (
            None
            if interviewee is None
            else as_plain(
                Speaker(interviewee.key, interviewee.name, interviewee.kind, (interviewee.span,))
            )
        )
        return doc


@Language.factory(PARAGRAPHS)
def make_paragraphs(nlp: Language, name: str) -> ParagraphStarts:
    # Added before the parser: the components before it are those that read the words.
    names = list(takewhile(lambda n: n != "parser", nlp.pipe_names))
    return ParagraphStarts(past_forms(nlp), [nlp.get_pipe(n) for n in names])


@Language.factory(QUOTES)
def make_quotes(nlp: Language, name: str) -> QuoteMarks:
    return QuoteMarks()


@Language.factory(ATTRIBUTION, requires=["token.dep", "token.lemma", "token.pos", "doc.ents"])
def make_attribution(nlp: Language, name: str) -> Attribution:
    return Attribution(misread_forms(nlp))


def quotes_of(doc: Doc, offset: int = 0) -> list[Quote]:
    """The quotes a pipeline with ``newslens_attribution`` found, shifted by ``offset``."""
    return [Quote.from_dict(q, offset) for q in doc._.newslens_quotes or ()]


def speakers_of(doc: Doc, offset: int = 0) -> list[Speaker]:
    """The speakers of those quotes, their mentions shifted by ``offset``."""
    return [Speaker.from_dict(s, offset) for s in doc._.newslens_speakers or ()]


def interviewee_of(doc: Doc, offset: int = 0) -> Speaker | None:
    """Whom the intro of the Q&A ``doc`` prints names, with that mention, shifted by ``offset``."""
    found = doc._.newslens_interviewee
    return None if found is None else Speaker.from_dict(found, offset)
