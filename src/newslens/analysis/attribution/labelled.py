"""Words whose speaker the layout names, not a verb: a dash's signature ("“…” ― Ana Ruiz"),
an embedded post's credit under its words ("— Met Office (@metoffice) …"), a headline's "'…':
witness tells court", a transcript's labelled turns and a Q&A's answers;
and whom the questions' "you" and the answers' "I" stand for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslens.analysis.attribution.words import _Attribution
from newslens.analysis.model import QuoteKind
from newslens.analysis.quotes import headline_at
from newslens.analysis.speakers import headline_role
from newslens.analysis.speakers.names import name_start
from newslens.analysis.syntax.names import after_a_given_name, persons_name, phrase
from newslens.analysis.syntax.text import doc_text
from newslens.analysis.syntax.words import _FINITE, object_of
from newslens.analysis.transcripts.interviews import SECOND_PERSON, Interview
from newslens.analysis.transcripts.turns import Turn
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


# "“…” ― Maria Lopez": a quotation signed with a dash and a name, as in letters and epigraphs,
# on its line or opening the next.
_SIGNATURE = re.compile(
    r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?(―|—|–|--)[ \t\u00a0]*([^\n]{2,160}?)[ \t\u00a0.]*(?=\n|$)"
)
# A signature of a name alone runs to six words; a name and a role after its comma to fifteen
# ("― Sam Patel, chair of the traders' association").
_NAME_ALONE = 6
_NAME_AND_ROLE = 15


# "“…”\n\nJane Roe, speaking on BBC Radio 4, 11 March 2025.": a fact check credits the claim it
# checks, a paragraph of its own, on the line under it with who said it, where and when, and
# no dash; the year or "speaking" tells the credit from a line of the story.
_CREDIT_LINE = re.compile(
    r"[ \t\u00a0.]*\n(?:[ \t\u00a0]*\n)?[ \t\u00a0]*([^\n]{2,200}?)[ \t\u00a0.]*(?=\n|$)"
)
_CREDIT_WHEN = re.compile(r"\b(?:19|20)\d{2}\b|\bspeaking\b")
_CREDIT_WORDS = 20
_CREDIT_NAME_WORDS = 8  # "Leader of the Opposition Kemi Badenoch"
_PLACE_OR_TIME = frozenset(["GPE", "LOC", "FAC", "NORP", "DATE", "TIME"])


def _signature(doc: Doc, text: str, span: Span) -> _Attribution | None:
    """A quoted span followed on its line, or on the next, by a dash and the name of who said
    it, with a role after it or not; or a fact check's credit line under it."""
    match = _SIGNATURE.match(text, span[1])
    if match is None:
        return _credited_under(doc, text, span)
    if len(match.group(2).split()) > _NAME_AND_ROLE:
        return None
    name = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
    dash = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if name is None or dash is None or not name.text[:1].isupper():
        return None
    if len(match.group(2).split()) > _NAME_ALONE and not _name_then_role(name):
        return None  # "― The council did nothing about it for years": a sentence, no credit
    return _Attribution([span], QuoteKind.DIRECT, dash[0], name.root, phrase=name)


# "— Met Office (@metoffice) November 29, 2026": the credit line an embedded post shows under
# its words (dimmed as the page's furniture), naming the account that posted them; Instagram's
# reads "A post shared by Jane Hollis (@janehollis)".
_POST_CREDIT = re.compile(
    r"^[ \t\u00a0]*(?:[—–-][ \t\u00a0]?|A (?:post|photo|video|reel) shared by )"
    r"([^()\n]{1,80}?)[ \t\u00a0]*\(@[\w.-]{1,60}\)[^\n]{0,40}$",
    re.MULTILINE,
)
# A post runs to a few hundred characters (Mastodon's limit is 500); a longer run of lines
# over a credit holds the story's too.
_POST_CHARS = 500


def _posts(doc: Doc, text: str, found: list[_Attribution]) -> list[_Attribution]:
    """An embedded post's words, over its credit, as the account's direct quote: the page
    shows them as its words, as a signature shows a quotation's. None of a line that holds
    words found to be someone's already (a credit under the story's own quote)."""
    if "(@" not in text:
        return []
    taken = [p for a in found for p in a.parts]
    posts = []
    for match in _POST_CREDIT.finditer(text):
        words = _post_over(text, match.start(), taken)
        name = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if words is None or name is None or not name.text[:1].isupper():
            continue
        posts.append(_Attribution([words], QuoteKind.DIRECT, None, name.root, phrase=name))
    return posts


def _post_over(text: str, credit: int, taken: list[Span]) -> Span | None:
    """The words of the post credited at `credit`: the lines over it up to a blank line (or,
    with a blank line right over the credit, the paragraph above that), where a blank line
    sets the post apart from the story; else its last line alone. None where its last line
    is a credit or someone's words already."""
    end = credit
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    last = (start + len(text[start:end]) - len(text[start:end].lstrip()), end)
    if last[0] >= last[1] or _POST_CREDIT.match(text, start) or _overlaps(last, taken):
        return None
    top = start
    while top > 0 and end - top <= _POST_CHARS:
        above = text.rfind("\n", 0, top - 1) + 1
        if not text[above : top - 1].strip():
            break
        top = above
    else:
        return last
    lines = text[top:end]
    if _POST_CREDIT.search(lines) or _overlaps((top, end), taken):
        return last
    return top + len(lines) - len(lines.lstrip()), end


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def _credited_under(doc: Doc, text: str, span: Span) -> _Attribution | None:
    """A quote that is a paragraph of its own, credited on the line under it: a person's name
    (a role may come before it), a comma, then where and when, with no verb of a sentence."""
    if text[text.rfind("\n", 0, span[0]) + 1 : span[0]].strip():
        return None
    match = _CREDIT_LINE.match(text, span[1])
    if match is None or len(match.group(1).split()) > _CREDIT_WORDS:
        return None
    if not _CREDIT_WHEN.search(match.group(1)):
        return None
    credit = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if credit is None or any(t.tag_ in _FINITE for t in credit):
        return None  # "Jane Roe, a nurse, disagreed with the claim in 2025.": the story
    comma = next((t for t in credit if t.text == ","), None)
    if comma is None or not 0 < comma.i - credit.start <= _CREDIT_NAME_WORDS:
        return None
    who = doc[comma.i - 1]
    if who.pos_ != "PROPN" or who.ent_type_ in _PLACE_OR_TIME:
        return None  # "Leeds, 11 March 2025.": a place and a date credit no one
    return _Attribution([span], QuoteKind.DIRECT, None, who)


def _name_then_role(credit: SpacySpan) -> bool:
    """Whether a credit opens with a name and a comma: "Sam Patel, chair of …"."""
    comma = next((t for t in credit if t.text == ","), None)
    if comma is None or comma.i == credit.start or comma.i - credit.start > 4:
        return False
    return all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in credit.doc[credit.start : comma.i]
    )


def _said_in_turn(turn: Turn, interviewee: bool = False) -> _Attribution:
    """A transcript's turn, a labelled headline's words or an interview's answer, said by
    whom its label or the intro names."""
    speaker = turn.speaker
    return _Attribution(
        [turn.words],
        turn.kind,
        turn.cue,
        None if speaker is None else _name_head(speaker),
        phrase=speaker,
        confidence=0.6,
        interviewee=interviewee,
    )


def _name_head(name: SpacySpan) -> Token:
    """The word a label's or an intro's name hangs on: its last, when its words are proper
    nouns written together, however the parse hung them ("MARK HOLLIS: …" read as a verb and
    its object, whose root would give the name as "MARK")."""
    last = name[-1]
    return last if last.pos_ == "PROPN" and name_start(last) <= name.start else name.root


# What a headline's speaker speaks on: "'…': a farmer on losing everything".
_TOPICS = ("on", "about")


def _quote_then_source(doc: Doc, text: str, marks: list[Span]) -> list[_Attribution]:
    """A headline that opens with its quote and names who said it after a colon: "'We need
    5,000 more nurses': health chief sets out plan", "'I saw it': witness tells court". The
    source is the subject after the colon, a name or a role ("'Record year': Flood warning
    …" names nobody)."""
    out = []
    for a, b in marks:
        if (a > 0 and text[a - 1] != "\n") or not text.startswith(": ", b):
            continue
        if not headline_at(text, a):
            continue
        line_end = text.find("\n", b)
        rest = doc.char_span(b + 2, len(text) if line_end < 0 else line_end, "expand")
        source = None if rest is None else rest.root
        if source is not None and source.pos_ not in ("NOUN", "PROPN"):
            source = next((c for c in source.children if c.dep_ == "nsubj"), None)
        interviewed = None if rest is None else _interviewed(rest)
        if interviewed is not None:
            source = interviewed
        elif source is None or not (source.ent_type_ == "PERSON" or headline_role(source)):
            continue
        colon = doc.char_span(b, b + 1)
        cue = colon[0] if colon is not None else None
        # "a farmer on losing everything": the speaker is the farmer, not what she speaks on.
        topic = next((c for c in source.rights if c.dep_ == "prep" and c.lower_ in _TOPICS), None)
        words = None if topic is None else doc[source.left_edge.i : topic.i]
        if interviewed is not None:
            words = doc[interviewed.left_edge.i : interviewed.i + 1]
        out.append(
            _Attribution([(a, b)], QuoteKind.DIRECT, cue, source, phrase=words, confidence=0.6)
        )
    return out


# Nouns of a talk printed as it went: "'…': an interview with Ruth Calder".
_TALKS = frozenset(["interview", "conversation"])


def _interviewed(rest: SpacySpan) -> Token | None:
    """The one a headline's talk is with, whose words its quote are: Ruth Calder of "an
    interview with Ruth Calder", "in conversation with Ruth Calder", and Amara Okafor of "an
    interview with Dr Amara Okafor", though the recogniser took her name for a place's."""
    for talk in (t for t in rest if t.lemma_.lower() in _TALKS):
        partner = next((c for c in talk.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        one = None if partner is None else object_of(partner)
        # A surname after a given name is a person's whatever the recogniser took it for.
        if one is not None and (persons_name(one) or after_a_given_name(one) or headline_role(one)):
            return one
    return None


def _put_to_the_interviewee(
    doc: Doc, found: list[_Attribution], interview: Interview, in_quote: list[int]
) -> None:
    """Whom an interview's questions and headline speak of is the interviewee: "You promised
    10,000 homes. How?" reports her promise, "Your critics say …" her critics, whom no
    "your" names for a reader; the headline's "'…': the new mayor on her first 100 days"
    quotes the mayor the intro names."""
    interviewee = interview.interviewee
    text = doc_text(doc)
    for a in found:
        speaker = a.speaker
        if speaker is None:
            continue
        asked = any(start <= speaker.idx < end for start, end in interview.questions)
        # A chunk the interview began before holds no headline: the article's is its first line.
        headline = (
            interviewee is not None
            and speaker.idx < interview.questions[0][0]
            and headline_at(text, a.parts[0][0])
            and speaker.pos_ == "NOUN"
            and headline_role(speaker)
        )
        if (asked and speaker.lower_ == "you") or headline:
            a.speaker = None if interviewee is None else interviewee.root
            a.phrase, a.interviewee = interviewee, True
        elif asked:
            words = phrase(doc, speaker, in_quote, a.cue)
            yours = [t.i for t in words if t.lower_ in SECOND_PERSON]
            if yours and yours[-1] + 1 < words.end:
                a.phrase = doc[yours[-1] + 1 : words.end]
                a.speaker = a.phrase.root


def _answered_in_person(found: list[_Attribution], answers: list[_Attribution]) -> None:
    """ "A: I told the council that …", "WALLACE: I want to ask you …": the one who answers
    or takes a turn of a transcript says "I" in it, not the writer, and "we" ("we raised
    the money"): the interviewee's side, never the writer's "We spoke to her" of the intro."""
    for a in found:
        speaker = a.speaker
        if speaker is None or speaker.lower_ not in ("i", "we"):
            continue
        answer = next((b for b in answers if b.parts[0][0] <= speaker.idx < b.parts[0][1]), None)
        if answer is not None:
            a.speaker, a.phrase, a.interviewee = answer.speaker, answer.phrase, answer.interviewee
