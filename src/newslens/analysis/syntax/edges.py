"""Where reported words start and end among the tokens, and their characters.

Past a dateline and stray marks, short of a closing mark, a conjunction or the court and day
something was pleaded at, to the end of a word the parse split (:func:`trim`); the character
span of a token range, without a sentence's stop kept on its last word (:func:`chars`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newslens.analysis.lexicon import lexicons
from newslens.analysis.syntax.datelines import dateline
from newslens.analysis.syntax.words import _SPEAKER_WORDS, SUBJECTS, object_of
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Token


def trimmed(doc: Doc, ranges: list[tuple[int, int]], shortest: int = 2) -> list[tuple[int, int]]:
    return [r for r in (trim(doc, a, b, shortest) for a, b in ranges if b > a) if r is not None]


def trim(doc: Doc, start: int, end: int, shortest: int = 2) -> tuple[int, int] | None:
    after = dateline(doc, start)
    if after is not None:
        start = after  # the place and date the words were sent from are nobody's words
    while (start < end and (doc[start].is_punct and doc[start].text not in '“"«„')) or (
        start < end and doc[start].is_space
    ):
        start += 1
    if 0 < start < end - 1 and _how_it_was_said(doc[start]):
        start += 1  # "said privately they doubted …": how they said it, not what
    # A closing quotation mark and a percent sign ("near 3%") end the words, not follow them;
    # a conjunction ending them joins what the parse left out ("plans to open 150 shops and
    # will raise its dividend").
    end = _before_where_it_was_said(doc, start, end)
    while end > start and (
        doc[end - 1].is_space
        or (doc[end - 1].is_punct and doc[end - 1].text not in '”"»%')
        or doc[end - 1].pos_ == "CCONJ"
    ):
        end -= 1
    if end < len(doc) and doc[end].text == ")" and _opens_a_bracket(doc[start:end]):
        end += 1  # "shortly after 2am (0000 GMT)": a bracket opened in the words closes in them
    end = _whole_word_end(doc, end)
    return (start, end) if end - start >= shortest else None


# Adverbs right after a verb of saying that tell how it was said.
_WAYS_OF_SAYING = frozenset(["privately", "publicly", "openly", "repeatedly", "separately"])


def _how_it_was_said(word: Token) -> bool:
    """Whether ``word`` is an adverb of how the verb before it said the words: "said privately
    they doubted …"; not one of a word in them ("discuss publicly available data")."""
    before = word.doc[word.i - 1]
    return (
        word.lower_ in _WAYS_OF_SAYING
        and before.pos_ == "VERB"
        and word.head.dep_ in ("ROOT", "ccomp", "conj")
        and lexicons()[0].get(before.lemma_.lower()) is not None
    )


# Bodies that sit to hear what is put to them: "at Leeds Crown Court", "before the tribunal".
_COURTS = _SPEAKER_WORDS["audiences"]


def _before_where_it_was_said(doc: Doc, start: int, end: int) -> int:
    """``end`` moved before the court and the day closing words with no subject of their own,
    which tell where and when they were said, not what: "admitted causing death by dangerous
    driving [at Leeds Crown Court on Friday]", "pleaded guilty to theft [before the
    magistrates]". Not a place of being ("denied being at the court"), nor a day alone
    ("admitted stealing a van on Friday"), which may be when the act was done."""
    if any(t.dep_ in SUBJECTS for t in doc[start:end]):
        return end  # "said the van was found at the court on Friday": in the words
    cut, court = end, False
    while cut > start:
        phrase = next(
            (
                p
                for p in reversed(doc[start + 1 : cut])
                if p.dep_ == "prep" and p.left_edge.i == p.i and p.right_edge.i >= cut - 1
            ),
            None,
        )
        where = object_of(phrase) if phrase is not None else None
        if phrase is None or where is None or phrase.head.lemma_.lower() == "be":
            break
        if phrase.lower_ in ("at", "before") and where.lemma_.lower() in _COURTS:
            court = True
        elif not (phrase.lower_ == "on" and where.ent_type_ == "DATE"):
            break
        cut = phrase.i
    return cut if court else end


def _opens_a_bracket(words: SpacySpan) -> bool:
    """Whether ``words`` leave a round bracket open."""
    return sum(1 if t.text == "(" else -1 if t.text == ")" else 0 for t in words) > 0


def _whole_word_end(doc: Doc, end: int) -> int:
    """``end`` moved past the rest of a word the parse split and hung elsewhere: the "m" of
    "3.8m", the "-25" of "2024-25". Words end at a space or a sentence's punctuation."""
    while 0 < end < len(doc) and not doc[end - 1].whitespace_:
        if _wordlike(doc[end]):
            end += 1
        elif (
            doc[end].text in _JOINERS
            and not doc[end].whitespace_
            and end + 1 < len(doc)
            and _wordlike(doc[end + 1])
        ):
            end += 2
        else:
            break
    return end


def _wordlike(token: Token) -> bool:
    return token.is_alpha or token.like_num


_JOINERS = frozenset("-–/")


# A full stop and a footnote's superscript number that the tokenizer kept on the word before
# ("2024.¹"): the sentence's ending, not its words.
_FOOTNOTED_STOP = re.compile(r"(?<=\w)[.!?][⁰¹²³⁴⁵⁶⁷⁸⁹]+\Z")


# A sum's unit that the tokenizer kept with the full stop after it, as it would an
# abbreviation's ("would cost £15m."): at the end of a sentence, the stop is the sentence's.
_SUM_UNIT_AND_STOP = re.compile(r"(?:\d[\d.,]*)?(?:m|bn|k)\.")


def chars(doc: Doc, start: int, end: int) -> Span:
    last = doc[end - 1]
    stop = _FOOTNOTED_STOP.search(last.text)
    if stop is not None:
        return doc[start].idx, last.idx + stop.start()
    stop_kept = 1 if _sum_ending_a_sentence(last) else 0
    return doc[start].idx, last.idx + len(last.text) - stop_kept


def _sum_ending_a_sentence(word: Token) -> bool:
    """Whether a word is a sum's unit with the full stop that ends its sentence: "£15m."."""
    doc = word.doc
    return (
        _SUM_UNIT_AND_STOP.fullmatch(word.text) is not None
        and (word.text[0].isdigit() or (word.i > 0 and doc[word.i - 1].like_num))
        and all(t.is_space for t in doc[word.i + 1 : word.sent.end])
    )
