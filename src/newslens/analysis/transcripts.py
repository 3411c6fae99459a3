"""Transcripts and interviews: the lines a label opens, and the answers of a Q&A.

Works on one parsed ``Doc`` and its text, and gives back plain data, each speaker's words as a
:class:`Turn` that :mod:`newslens.analysis.attribution` makes a quote of:

- a line a name and a colon open ("PENCE: …", "Pat Moore: Voters are tired …") is its
  speaker's; a role's ("Counsel: …") among the other turns of a transcript, or a headline's
  ("Witness: 'I saw it'", "Rovers boss: '…'") when it quotes; a kicker ("Flood: …"), a
  newsroom's label ("Update: …") and a dateline opening a story ("MUMBAI: …") name no one;
- in a Q&A transcript the "A:" lines, or the paragraphs under each question when no label
  is printed, are the answers of whom the intro says was interviewed; in a chunk of a long
  text that the Q&A began before (:func:`interview_start`), of whom an earlier chunk's intro
  names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice, takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newslens.analysis.lexicon import reporting_verb_of
from newslens.analysis.model import QuoteKind
from newslens.analysis.quotes import pair_quotes
from newslens.analysis.quotes import paragraphs as paragraph_spans
from newslens.analysis.speakers import SOURCE_NOUNS, headline_role, name_run
from newslens.analysis.syntax.cues import INTERVIEWING
from newslens.analysis.syntax.words import SUBJECTS
from newslens.article import Span
from newslens.boilerplate import Furniture, find_boilerplate, strip_span
from newslens.wrapping import wrapped_line_ends

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Set on a chunk of a long text that its Q&A began before, to whether the Q&A's lines "Q:" and
# "A:" open (as ``interview_start`` found): the intro naming whom the answers are by is in an
# earlier chunk, beyond the context read with this one.
INTERVIEW_BEFORE = "newslens_interview_before"
if not Doc.has_extension(INTERVIEW_BEFORE):
    Doc.set_extension(INTERVIEW_BEFORE, default=None)
# The speaker key of words such a chunk gives the interviewee, until the chunks are put
# together and it is the key the earlier chunk found: no name's key has "@" without an offset.
NAMED_BEFORE = "interviewee@before"


# "Pat Caddell: Voters worried …" and "PENCE: Well, …": a line that a name and a colon open;
# or a headline's role after a name ("Rovers boss: '…'").
_LABELLED = re.compile(
    r"^[\"“]?((?:[A-Z][\w.’'-]*)(?:[ \u00a0][A-Z][\w.’'-]*){0,3}(?:[ \u00a0][a-z]+)?):"
    r"[ \u00a0]+(\S[^\n]*?)[.\s]*$",
    re.MULTILINE,
)


# Labels a newsroom puts before a colon that name nobody who speaks.
EDITORIAL_LABELS = frozenset(
    [
        "note",
        "editor's note",
        "update",
        "updated",
        "correction",
        "clarification",
        "warning",
        "source",
        "sources",
        "photo",
        "video",
        "watch",
        "read more",
        "related",
        "see also",
        "advertisement",
        "caption",
        "credit",
        "tags",
        "filed under",
        "full text",
        "q",
        "a",
        "question",
        "answer",
        "live",
        "breaking",
        "analysis",
        "opinion",
        "comment",
        "explainer",
        "exclusive",
        "watch live",
        "factbox",
        "claim",
        "review",
        "rating",
        "our rating",
        "verdict",
        "our verdict",
        "ruling",
        "our ruling",
        "fact check",
    ]
)


@dataclass(frozen=True)
class Turn:
    """A speaker's words that a label or an interview gives them: a transcript's turn, a
    headline's quote, an interview's answer."""

    words: Span
    kind: QuoteKind
    cue: Token | None  # the colon after the label, or a headline's verb; an answer has none
    # As the label or the intro names them: "PENCE", "Counsel", "Jane Doe"; None for the
    # interviewee of an intro before the text (``INTERVIEW_BEFORE``).
    speaker: SpacySpan | None


def labelled_lines(doc: Doc, text: str, marks: list[Span]) -> list[Turn]:
    """Lines a short name and a colon open: headlines and transcripts."""
    out = []
    matches = list(_LABELLED.finditer(text))
    soft = wrapped_line_ends(text) if matches else set()
    in_capitals = [m for m in matches if m.group(1).isupper()]
    for match in matches:
        label = match.group(1).lower().replace("’", "'")
        if label in EDITORIAL_LABELS or label.split()[0] in ("the", "a", "an"):
            continue  # "The Gap Goes On: …" heads a section; a speaker's label is a name
        if in_capitals == [match] and _opens_story(text, match):
            continue  # "MUMBAI: The Reserve Bank …" opens a story; a transcript has turns
        part = (match.start(2), _through_wrapped(text, match.end(2), soft))
        name = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        words = doc.char_span(*part, alignment_mode="expand")
        if name is None or words is None or len(words) < 3:
            continue
        kind = _line_kind(part, marks)
        # "Flood: residents told to leave" heads a story; nobody is speaking. "Witness: 'I
        # saw it'" quotes someone, called by role.
        # "Rovers boss: '…'", a role after a name in lower case, only when it quotes.
        role_after = name[-1].is_lower
        quoted_role = kind is QuoteKind.DIRECT and headline_role(name[-1 if role_after else 0])
        # "Counsel: …" among other turns of a transcript is counsel's turn, quoted or not.
        turn = len(name) == 1 and headline_role(name[0]) and _among_turns(text, match)
        if ((len(name) == 1 and _kicker(name[0])) or role_after) and not (quoted_role or turn):
            continue
        cue = doc[name.end] if name.end < len(doc) else None
        verb = _verb_in_label(name)
        if verb is not None:
            # "Mayor Backs Plan: 'It Will Save Lives'": the mayor's words, not the plan's
            name, cue = doc[name.start : verb.i], verb
        out.append(Turn(part, kind, cue, name))
    return out


def _verb_in_label(label: SpacySpan) -> Token | None:
    """A reporting verb in a title-case headline's words before its colon, after the first
    word: "Backs" of "Mayor Backs Plan", which the tagger reads as one noun phrase."""
    for word in label[1:]:
        if word.is_title and reporting_verb_of(word.lower_) is not None:
            return word
    return None


def _through_wrapped(text: str, end: int, soft: set[int]) -> int:
    """Where a line's words end that goes on over the lines after it, wrapped by hand
    ("SMITH: Worried enough to … We have\nseen 140 cases …"): the last of them, less the
    full stop the line's own end leaves out. A line a label opens is the next turn's."""
    line_end = text.find("\n", end)
    while (
        line_end in soft
        and not text[end:line_end].strip(". \t")
        and not _turn_at(text, line_end + 1)
    ):
        end = text.find("\n", line_end + 1)
        end = len(text) if end < 0 else end
        while end > line_end and (text[end - 1].isspace() or text[end - 1] == "."):
            end -= 1
        line_end = text.find("\n", end)
    return end


def _turn_at(text: str, start: int) -> bool:
    """Whether the line at ``start`` opens a turn of a transcript: "Counsel: …", "Q: …"."""
    return bool(_LABELLED.match(text, start) or _EXCHANGE.match(text, start))


def _among_turns(text: str, line: re.Match[str]) -> bool:
    """Whether the line before or after a labelled line opens a turn too, as in a
    transcript ("Counsel: …" then "Witness: …"), not a headline's kicker ("Flood: …")."""
    before = text.rfind("\n", 0, max(0, line.start() - 1)) + 1
    after = text.find("\n", line.end()) + 1
    return (before < line.start() and _turn_at(text, before)) or (
        0 < after < len(text) and _turn_at(text, after)
    )


def _opens_story(text: str, label: re.Match[str]) -> bool:
    """Whether a line a label in capitals opens is a story's first paragraph, after a
    dateline: near the top, and a sentence ending in a full stop, as a headline is not
    ("PESKOV: Losses significant")."""
    sentence = text[label.end(2) : label.end(2) + 1] == "."
    return sentence and text.count("\n\n", 0, label.start()) <= 2


# Entities that may speak for themselves in a headline: "Peskov: …", "Nato: …", "Russia: …".
_SPEAKING_ENTITIES = frozenset(["PERSON", "ORG", "NORP", "GPE"])


def _kicker(label: Token) -> bool:
    """Whether a one-word label before a colon is a kicker, a common noun that says what a
    story is about ("Flood: …", "Budget: …"), rather than a name: not in capitals as a
    transcript's "PENCE:" is, not taken for a name by the recogniser, and written as a name
    nowhere else in the text ("Okoro: …" after "Chief Constable Nadia Okoro")."""
    if label.is_upper or label.ent_type_ in _SPEAKING_ENTITIES:
        return False
    if label.lemma_.lower() in SOURCE_NOUNS:
        return False  # "Poll: voters split …", "Study: …": what follows is what it found
    return not any(
        t.text == label.text and t.i != label.i and (t.pos_ == "PROPN" or t.ent_type_)
        for t in label.doc
    )


def _line_kind(part: Span, marks: list[Span]) -> QuoteKind:
    """Reported, not quoted: a transcript line's words carry no quotation marks of their own
    (a transcript quoted whole is the quoting article's direct quote, not each line's).

    "Ramaphosa: 'We will not allow …'": a headline's words in marks are quoted. Not a line
    of a transcript quoted whole, whose marks open before the line's words.
    """
    quoted = any(a == part[0] and part[1] <= b for a, b in marks)
    return QuoteKind.DIRECT if quoted else QuoteKind.INDIRECT


# "Q: …" and "A: …" opening the lines of an interview transcript ("**Q.** …" in Markdown).
_EXCHANGE = re.compile(
    r"^[ \t]*[*_]*([QA])[*_]*[:.][*_]*[ \t\u00a0]+(\S[^\n]*?)[ \t.]*$", re.MULTILINE
)
# A heading that says what follows is an interview: "Jane Doe, Q&A", "Q&A with Jane Doe".
_QA = re.compile(r"\bQ ?& ?A\b")
INTERVIEWED_WORDS = 6  # "spoke to the city's housing chief Jane Doe": from verb to name


@dataclass
class Interview:
    """An interview the text prints: who answers, the questions put to them, and each answer.

    ``interviewee`` is None in a chunk the interview began before: an earlier one names them.
    """

    interviewee: SpacySpan | None
    questions: list[Span]
    answers: list[Turn]


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
    """A Q&A transcript whose lines "Q:" and "A:" open, the answers each the interviewee's.

    The intro before the first "Q:" names who answers, or, ``before`` this chunk of a long
    text, an earlier chunk's does; a question is nobody's to quote, and the label "A" is
    nobody's name, nor a cue: an answer is the interviewee's own words as the interview
    prints them, direct speech with no verb to say how it was said, running on over the
    unlabelled paragraphs under its "A:" line (:func:`_answer_running_on`).
    """
    lines = list(_EXCHANGE.finditer(text))
    if not lines or (not before and {m.group(1) for m in lines} != {"Q", "A"}):
        return None
    interviewee = None if before else _interviewee(doc, text, lines[0].start())
    if interviewee is None and not before:
        return None
    soft = wrapped_line_ends(text)
    said = {line: (line.start(2), _through_wrapped(text, line.end(2), soft)) for line in lines}
    questions = [said[line] for line in lines if line.group(1) == "Q"]
    spans = _paragraph_spans(text)
    furniture = Furniture(find_boilerplate(text))
    answers = [
        _answer(_answer_running_on(text, said[line], spans, marks, furniture, until), interviewee)
        for line, until in zip(lines, [*(n.start() for n in lines[1:]), len(text)], strict=True)
        if line.group(1) == "A"
    ]
    return Interview(interviewee, questions, answers)


def _answer_running_on(
    text: str, words: Span, spans: list[Span], marks: list[Span], furniture: Furniture, until: int
) -> Span:
    """An "A:" line's words with the paragraphs under it, before ``until`` (the next line
    "Q:" or "A:" opens), that go on answering: sentences with no quotation marks or label of
    their own, up to a heading, someone quoted, or the site's furniture."""
    end = words[1]
    for span in spans:
        if span[0] <= end or span[1] > until:
            continue
        if furniture.covers(span) or not _paragraph(text, span, marks).answers:
            break
        end = span[1]
    return words if end == words[1] else _without_full_stop(text, (words[0], end))


def _answer(words: Span, interviewee: SpacySpan | None) -> Turn:
    return Turn(words, QuoteKind.DIRECT, None, interviewee)


QUESTION_WORDS = 40  # an interviewer's question is a line or two; an answer may run on
_FIRST_PERSON = frozenset(["i", "me", "my", "mine", "we", "us", "our", "ours"])
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
            interview.answers += _answers(text, answers, interview.interviewee)
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
    text: str, answers: list[list[_Paragraph]], interviewee: SpacySpan | None
) -> list[Turn]:
    """Each answer's paragraphs as one quote of the interviewee's, up to the site's furniture
    under the last ("Have a question for the mayor? Email us …")."""
    furniture = Furniture(find_boilerplate(text))
    out = []
    for answer in answers:
        said = list(takewhile(lambda p: not furniture.covers(p.span), answer))
        if said:
            words = _without_full_stop(text, (said[0].span[0], said[-1].span[1]))
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


def _without_full_stop(text: str, span: Span) -> Span:
    """An answer's words less the full stop at their end, as a labelled answer's are."""
    start, end = span
    while end > start and text[end - 1] in " \t.":
        end -= 1
    return start, end


def _says_interviewed(doc: Doc, text: str, end: int) -> bool:
    """Whether the text before ``end`` says a person is interviewed: a "Q&A" heading with a
    name on it, "an interview with Ruth Kemble", or a verb of interviewing between the
    writer and a person ("We spoke to her", "He talked to us", "Kofi Mensah sat down with
    our correspondent"), not a story's "Lisa Hart spoke to reporters"."""
    for token in doc:
        if token.idx >= end:
            break
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma == "interview":
            if any(map(_a_person, heard_with(token))):
                return True
        elif token.pos_ == "VERB" and lemma in INTERVIEWING:
            sides = [c for c in token.children if c.dep_ in ("nsubj", "dobj")]
            sides += heard_with(token)
            writer = [side for side in sides if _the_writer(side)]
            if writer and any(_a_person(side) for side in sides if side not in writer):
                return True
    return any(
        _on_a_qa_line(text, e.start_char, e.end_char)
        for e in doc.ents
        if e.label_ == "PERSON" and e.end_char <= end
    )


def heard_with(verb: Token) -> list[Token]:
    """Whom a verb or noun of interviewing is with: "spoke to her", "an interview with …"."""
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("to", "with")
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _the_writer(word: Token) -> bool:
    """Whether a word is the writer: "we", "us", "our correspondent"."""
    return word.lower_ in _FIRST_PERSON or any(
        c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in word.children
    )


def _a_person(word: Token) -> bool:
    """Whether a word is a person, by name, as "he", "she", "him", "her", or by a name set
    beside it ("the harbourmaster, Jo Price")."""
    return (
        word.lower_ in ("he", "she", "him", "her")
        or (word.pos_ == "PROPN" and word.ent_type_ in ("", "PERSON"))
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in word.children)
    )


def _on_a_qa_line(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``text[start:end]`` says "Q&A": "Jane Doe, Q&A"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return bool(_QA.search(text, line_start, len(text) if line_end < 0 else line_end))


def _interviewee(doc: Doc, text: str, end: int) -> SpacySpan | None:
    """The person a Q&A's intro, before ``end``, says is interviewed: named on a line with
    "Q&A" ("Jane Doe, Q&A"), or else right after a verb of interviewing ("spoke to the
    housing chief, Jane Doe"), or else the only person it names."""
    # The recogniser may take in only part of the name ("Jane" of "chief Jane Doe").
    named = (_whole_name(e) for e in doc.ents if e.label_ == "PERSON" and e.end_char <= end)
    people = [p for p in named if p is not None]
    people += _named_subjects(doc, end, {t.i for p in people for t in p})
    people.sort(key=lambda p: p.start)
    for person in people:
        if _on_a_qa_line(text, person.start_char, person.end_char):
            return person
    for person in people:
        before = doc[max(0, person.start - INTERVIEWED_WORDS) : person.start]
        verb = next((t for t in reversed(before) if t.pos_ in ("VERB", "AUX")), None)
        if (
            verb is not None
            and verb.lemma_.lower() in INTERVIEWING
            and not any(t.text in ".;:!?" for t in doc[verb.i : person.start])
        ):
            return person
    # "Leila Hassan was elected mayor. Q: …": an intro about one person introduces them; a
    # feature's intro that quotes others too is about the one it names most, or, of two
    # named as often, the one it makes a subject ("Priya Raman has led Dunmore council").
    times = Counter(p[-1].lower_ for p in people)
    subjects = {p[-1].lower_ for p in people if any(t.dep_ in SUBJECTS for t in p)}
    standing = {name: (count, name in subjects) for name, count in times.items()}
    ranked = sorted(standing, key=lambda name: standing[name], reverse=True)
    if not ranked or (len(ranked) > 1 and standing[ranked[0]] == standing[ranked[1]]):
        return None
    return next(p for p in people if p[-1].lower_ == ranked[0])


def _named_subjects(doc: Doc, end: int, taken: set[int]) -> list[SpacySpan]:
    """The names before ``end`` that are the subjects of clauses, outside the names in
    ``taken``: a feature's "Trent admits", "Trent, 46, wipes", whom the recogniser may not
    take for a person."""
    return [
        name_run(t)
        for t in doc
        if t.idx < end
        and t.dep_ == "nsubj"
        and t.pos_ == "PROPN"
        and t.i not in taken
        and t.ent_type_ in ("", "PERSON")
    ]


def _whole_name(person: SpacySpan) -> SpacySpan | None:
    """The run of proper nouns a person's entity is written in, without a heading's "Q&A":
    "Jane Doe" from "Jane", or from "Jane Doe Q&A"."""
    words = [t for t in person if t.pos_ == "PROPN" and not _QA.search(t.text)]
    if not words:
        return None
    word, doc = words[-1], person.doc
    while word.i + 1 < len(doc) and doc[word.i + 1].pos_ == "PROPN" and word.whitespace_:
        if _QA.search(doc[word.i + 1].text):
            break
        word = doc[word.i + 1]
    return name_run(word)
