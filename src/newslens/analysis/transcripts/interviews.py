"""A Q&A's answers: the "A:" lines, or the paragraphs under each question when no label is
printed, given to whom the intro says was interviewed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice, takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newslens.analysis.lexicon import lexicon
from newslens.analysis.model import QuoteKind
from newslens.analysis.quotes import pair_quotes
from newslens.analysis.quotes import paragraphs as paragraph_spans
from newslens.analysis.syntax.cues import INTERVIEWING
from newslens.analysis.syntax.text import doc_text
from newslens.analysis.syntax.words import SUBJECTS
from newslens.analysis.transcripts.interviewees import (
    _FIRST_PERSON,
    _interviewee,
    _says_interviewed,
    _the_writer,
    heard_with,
)
from newslens.analysis.transcripts.labels import (
    _EXCHANGE,
    _LABELLED,
    _through_wrapped,
    _turn_at,
)
from newslens.analysis.transcripts.turns import INTERVIEW_BEFORE, Turn
from newslens.article import Span
from newslens.boilerplate import Furniture, find_boilerplate, strip_span
from newslens.wrapping import wrapped_line_ends

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


@dataclass
class Interview:
    """An interview the text prints: who answers, the questions put to them, and each answer.

    ``interviewee`` is None in a chunk the interview began before: an earlier one names them.
    """

    interviewee: SpacySpan | None
    questions: list[Span]
    answers: list[Turn]

    def held(self, verb: Token) -> bool:
        """Whether a verb before the first question is the interview being held, between the
        writer and someone: "We spoke to her about …", "He talked to us about …"."""
        if not self.questions or verb.idx >= self.questions[0][0]:
            return False
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in INTERVIEWING:
            return False
        sides = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")] + heard_with(verb)
        return any(map(_the_writer, sides))


def find_interview(doc: Doc, text: str, marks: list[Span]) -> Interview | None:
    """The Q&A the text prints, with "Q:" and "A:" labels or without; in a chunk that it
    began before, what the chunk holds of it, whose interviewee an earlier chunk names."""
    labelled = doc._.get(INTERVIEW_BEFORE)
    if labelled is None:
        return _labelled_interview(doc, text, marks, False) or _unlabelled_interview(
            doc, text, marks, False
        )
    if labelled:
        return _labelled_interview(doc, text, marks, True)
    return _unlabelled_interview(doc, text, marks, True)


def interview_start(text: str) -> tuple[int, bool] | None:
    """Where the Q&A ``text`` prints begins, read from the text alone, before it is parsed,
    and whether its lines "Q:" and "A:" open: its first such line, or the first question of
    an exchange printed without labels that may open an interview (:func:`_may_open`).
    Whether an intro before it names whom the answers are by is for the parse to say. None
    for a text that prints none."""
    labels: set[str] = set()
    first = None
    for line in _EXCHANGE.finditer(text):
        first = line.start() if first is None else first
        labels.add(line.group(1))
        if len(labels) == 2:
            return first, True
    spans = _paragraph_spans(text)
    if not _may_ask(text, spans, 2):
        return None
    marks = pair_quotes(text)
    paragraphs = [_paragraph(text, span, marks) for span in spans]
    opening = (span[0] for span, turns in _exchanges(paragraphs) if _may_open(turns))
    start = next(opening, None)
    return None if start is None else (start, False)


def _labelled_interview(doc: Doc, text: str, marks: list[Span], before: bool) -> Interview | None:
    """A Q&A transcript whose lines "Q:" and "A:" open, the answers each the interviewee's,
    or whose answers a name labels (:func:`_answered_by_name`).

    The intro before the first "Q:" names who answers, or, ``before`` this chunk of a long
    text, an earlier chunk's does; a question is nobody's to quote, and the label "A" is
    nobody's name, nor a cue: an answer is the interviewee's own words as the interview
    prints them, direct speech with no verb to say how it was said, running on over the
    unlabelled paragraphs under its "A:" line (:meth:`Page.running_on`).
    """
    lines = list(_EXCHANGE.finditer(text))
    labels = {m.group(1) for m in lines}
    if not lines or (not before and labels != {"Q", "A"} and not _answered_by_name(text, lines)):
        return None
    interviewee = None if before else _interviewee(doc, text, lines[0].start())
    if interviewee is None and not before:
        return None
    soft = wrapped_line_ends(text)
    said = {line: (line.start(2), _through_wrapped(text, line.end(2), soft)) for line in lines}
    questions = [said[line] for line in lines if line.group(1) == "Q"]
    page = Page.of(doc, marks)
    answers = [
        _answer(page.running_on(said[line], until, interviewee), interviewee)
        for line, until in zip(lines, [*(n.start() for n in lines[1:]), len(text)], strict=True)
        if line.group(1) == "A"
    ]
    return Interview(interviewee, questions, answers)


def _answered_by_name(text: str, lines: list[re.Match[str]]) -> bool:
    """Whether a Q&A prints its questions under "Q:" and each answer under the name of who
    answers ("HOLT: …") rather than "A:": two questions or more, each line after one a
    name's. The answers are that name's turns (:func:`transcript_turns`)."""
    if len(lines) < 2 or any(line.group(1) != "Q" for line in lines):
        return False
    for line in lines:
        after = line.end()
        while after < len(text) and text[after].isspace():
            after += 1
        if _EXCHANGE.match(text, after) or not _LABELLED.match(text, after):
            return False
    return True


@dataclass(frozen=True)
class Page:
    """The text a transcript's turns run on in: its parse, paragraphs, quotation marks and
    the site's furniture, read once for all the turns."""

    doc: Doc
    spans: list[Span]
    marks: list[Span]
    furniture: Furniture

    @classmethod
    def of(cls, doc: Doc, marks: list[Span]) -> Page:
        text = doc_text(doc)
        return cls(doc, _paragraph_spans(text), marks, Furniture(find_boilerplate(text)))

    def running_on(self, words: Span, until: int, speaker: SpacySpan | None) -> Span:
        """A turn's words with the paragraphs under it, before ``until`` (the next turn),
        that go on answering: sentences with no quotation marks or label of their own, up
        to a heading, someone quoted, the writer's own prose again (:func:`_writers_prose`)
        or the site's furniture. Under the transcript's last turn, where the writer takes
        over again ("The inquiry resumes on Monday."), only words in the first or second
        person run on."""
        text, end = doc_text(self.doc), words[1]
        last = until == len(text)
        for span in self.spans:
            if span[0] <= end or span[1] > until:
                continue
            paragraph = _paragraph(text, span, self.marks)
            if self.furniture.covers(span) or not paragraph.answers or _direction(text, span):
                break
            if _writers_prose(self.doc, span, speaker):
                break
            if last and not (paragraph.in_person or paragraph.to_you):
                break
            end = span[1]
        return words if end == words[1] else _without_blank_end(text, (words[0], end))


def _direction(text: str, span: Span) -> bool:
    """Whether a paragraph is a transcript's direction, nobody's words: "(CROSSTALK)",
    "[Laughter.]", set in brackets whole."""
    words = text[span[0] : span[1]].strip("\"“”' ")
    return bool(words) and words[0] in "([" and words[-1] in ")]"


def _writers_prose(doc: Doc, span: Span, speaker: SpacySpan | None) -> bool:
    """Whether a paragraph under an answer or a turn is the writer's prose again, not the
    answer going on: saying no "I" or "we", it names the speaker ("Lind's forum has …") or
    reports someone named ("The Department for Environment said it was investing …")."""
    words = doc.char_span(*span, alignment_mode="expand")
    if words is None or any(t.lower_ in _FIRST_PERSON for t in words):
        return False
    name = None if speaker is None else speaker[-1].lower_
    return any(t.lower_ == name for t in words) or any(map(_cue_of_someone_named, words))


def _cue_of_someone_named(word: Token) -> bool:
    """Whether a word is a reporting verb whose subject is a name: "the department said"."""
    return (
        word.pos_ == "VERB"
        and word.lemma_.lower() in lexicon()
        and any(
            c.dep_ in SUBJECTS and (c.pos_ == "PROPN" or c.ent_type_ in _NAMED)
            for c in word.children
        )
    )


# Entities that speak in a story: "Ms Lind", "the Department for Environment", "Germany".
_NAMED = frozenset(["PERSON", "ORG", "NORP", "GPE"])


def _answer(words: Span, interviewee: SpacySpan | None) -> Turn:
    return Turn(words, QuoteKind.DIRECT, None, interviewee)


QUESTION_WORDS = 40  # an interviewer's question is a line or two; an answer may run on


SECOND_PERSON = frozenset(["you", "your", "yours", "yourself", "yourselves"])


@dataclass(frozen=True)
class _Paragraph:
    """A paragraph of a Q&A printed without labels, and the part it may play in it."""

    span: Span
    asks: bool  # a short question of its own: "How has the first month been?"
    prompts: bool  # a short point put to "you" without a question mark: "Your critics say …"
    answers: bool  # sentences without quotation marks or a label: no one else's words
    in_person: bool  # says "I", "we", "my" …
    to_you: bool  # says "you", "your" …


def _unlabelled_interview(doc: Doc, text: str, marks: list[Span], before: bool) -> Interview | None:
    """An interview printed as paragraphs with no "Q:" and "A:" labels: an intro that says
    someone was interviewed, then at least two questions, each a short paragraph of its own,
    each answered by the paragraphs under it, with no quotation marks, in the first person
    at least twice. A question put to the interviewee is addressed to "you" at least
    once. So a story's rhetorical "So what happens next?" followed by reporting, an
    explainer's questions answered in the third person, and a readers' column, whose
    askers write in the first person, are none. In a chunk of a long text that the
    interview began ``before``, every exchange is the interview's, as after its first."""
    spans = _paragraph_spans(text)
    # Reading every paragraph's words costs a pass over the text: only where two could ask.
    if not _may_ask(text, spans, 1 if before else 2):
        return None
    paragraphs = [_paragraph(text, span, marks) for span in spans]
    interview = Interview(None, [], []) if before else None
    for (start, _), turns in _exchanges(paragraphs):
        if interview is None:
            interviewee = _introduced(doc, text, start, turns)
            interview = None if interviewee is None else Interview(interviewee, [], [])
        if interview is not None:
            # A subheading or a caption between two exchanges breaks no interview.
            interview.questions += [q.span for q, _ in turns]
            answers = [answer for _, answer in turns]
            interview.answers += _answers(doc, answers, interview.interviewee)
    return interview if interview is not None and interview.questions else None


def _exchanges(
    paragraphs: list[_Paragraph],
) -> Iterator[tuple[Span, list[tuple[_Paragraph, list[_Paragraph]]]]]:
    """Each exchange of questions and answers (:func:`_exchange`), by its first question's
    span: one opening at each question outside the exchanges before it."""
    after = 0  # the paragraph after the last exchange read
    for start in (i for i, p in enumerate(paragraphs) if p.asks):
        if start < after:
            continue
        turns = _exchange(paragraphs[start:])
        after = start + sum(1 + len(answer) for _, answer in turns)
        yield paragraphs[start].span, turns


def _paragraph_spans(text: str) -> list[Span]:
    """Each paragraph's span, less the white space at its ends; none that is blank."""
    spans = [strip_span(text, *p) for p in paragraph_spans(text)]
    return [(start, end) for start, end in spans if start < end]


def _may_ask(text: str, spans: list[Span], questions: int) -> bool:
    """Whether at least ``questions`` of the paragraphs end in a question mark."""
    asking = (end for start, end in spans if text[start:end].rstrip("*_ ").endswith("?"))
    return next(islice(asking, questions - 1, None), None) is not None


def _answers(
    doc: Doc, answers: list[list[_Paragraph]], interviewee: SpacySpan | None
) -> list[Turn]:
    """Each answer's paragraphs as one quote of the interviewee's, up to the site's furniture
    under the last ("Have a question for the mayor? Email us …") or the writer's own prose
    again (:func:`_writers_prose`)."""
    text = doc_text(doc)
    furniture = Furniture(find_boilerplate(text))
    out = []
    for first, *rest in answers:
        said = [first, *takewhile(lambda p: not _writers_prose(doc, p.span, interviewee), rest)]
        said = list(takewhile(lambda p: not furniture.covers(p.span), said))
        if said:
            words = _without_blank_end(text, (said[0].span[0], said[-1].span[1]))
            out.append(_answer(words, interviewee))
    return out


def _introduced(
    doc: Doc, text: str, end: int, turns: list[tuple[_Paragraph, list[_Paragraph]]]
) -> SpacySpan | None:
    """The interviewee of the first exchange of an interview printed without labels: the
    person the intro before ``end`` says is interviewed, when the exchange may open one."""
    if not _may_open(turns):
        return None
    return _interviewee(doc, text, end) if _says_interviewed(doc, text, end) else None


def _may_open(turns: list[tuple[_Paragraph, list[_Paragraph]]]) -> bool:
    """Whether an exchange may open an interview printed without labels: two questions or
    more, one put to "you", answered in the first person twice at least."""
    in_person = [a for _, a in turns if any(p.in_person for p in a)]
    return len(turns) >= 2 and len(in_person) >= 2 and any(q.to_you for q, _ in turns)


# A paragraph's words, read from the text, as the parse would give them ("don't": "don", "t").
_WORD = re.compile(r"[^\W_]+")


# "This interview has been edited …", "Interviewed by …": the writer's note.
_INTERVIEW_WORD = re.compile(r"\binterview(?:s|ed|ing)?\b", re.IGNORECASE)


def _paragraph(text: str, span: Span, marks: list[Span]) -> _Paragraph:
    """What part a paragraph may play in a Q&A, from its words: read from the text alone, as
    the whole text is before it is parsed (:func:`interview_start`)."""
    start, end = span
    words = _WORD.findall(text, start, end)
    lowers = {w.lower() for w in words if w != "US"}  # "US", the country, is no "us"
    in_person, to_you = bool(lowers & _FIRST_PERSON), bool(lowers & SECOND_PERSON)
    # A live blog's "10.42am", a signature's "Mark, Derby": no sentence, no one's answer.
    ending = text[start:end].rstrip("*_ ")[-1:]
    sentences = ending in (".", "!", "?", "…", ")") and not _turn_at(text, start)
    short = "\n" not in text[start:end] and len(words) <= QUESTION_WORDS
    # A question in the first person is a reader's or the writer's ("Should I fix again?");
    # one may quote what someone said of "you", but an answer quotes no one.
    question = sentences and short and not in_person
    asks = question and ending == "?"
    unquoted = not any(a < end and start < b for a, b in marks)
    # "This interview has been edited for length." is the writer's note, not an answer.
    note = not in_person and _INTERVIEW_WORD.search(text, start, end) is not None
    answers = sentences and unquoted and not note
    return _Paragraph(span, asks, question and not asks and to_you, answers, in_person, to_you)


def _exchange(paragraphs: list[_Paragraph]) -> list[tuple[_Paragraph, list[_Paragraph]]]:
    """The questions from the first of ``paragraphs`` on, each with the paragraphs that
    answer it, until a paragraph is neither, or a question has no answer. A point put to
    "you" is a question only after an answer and before one: an answer may say "you" too."""
    turns: list[tuple[_Paragraph, list[_Paragraph]]] = []
    at = 0
    while at < len(paragraphs) and (paragraphs[at].asks or (turns and paragraphs[at].prompts)):
        end = at + 1
        while end < len(paragraphs) and paragraphs[end].answers and not _puts(paragraphs, end):
            end += 1
        if end == at + 1:
            break
        turns.append((paragraphs[at], paragraphs[at + 1 : end]))
        at = end
    return turns


def _puts(paragraphs: list[_Paragraph], at: int) -> bool:
    """Whether the paragraph at ``at`` puts a question that the one after it answers."""
    paragraph = paragraphs[at]
    if paragraph.asks:
        return True
    after = paragraphs[at + 1] if at + 1 < len(paragraphs) else None
    return paragraph.prompts and after is not None and after.answers and not after.asks


def _without_blank_end(text: str, span: Span) -> Span:
    """An answer's words less the blanks at their end; the full stop stays, as a labelled
    answer's and a quote's do."""
    start, end = span
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end
