"""Title-case headlines parsed again in sentence case, after the parser (and, first, sentences
with blanks between their words: :mod:`newslens.analysis.blanks`).

"Hale Vows To Eliminate Tax Breaks": a capital on every word reads to the tagger as a name,
and the parser makes one noun of "Hale Vows" and nothing of the vow. The line's words, in
sentence case, are tagged and parsed again on their own, and the parse kept in place of the
first when it finds a verb the first read as a noun, or a clause the first read as describing
one. A word the story writes with its capital in mid-sentence is a name and keeps it; the
recogniser still reads the line as printed, capitals and all, for its names, and reads it
again in sentence case for its amounts (``SENTENCE_CASE_ENTITIES``): printed, "Fares Rose By A
Quarter Over Five Years" is one date of five and a quarter years, in sentence case a share and
a length of time.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from newslens.analysis.blanks import parsed_across_blanks
from newslens.analysis.quotes import headline_at, line_at
from newslens.analysis.syntax.text import doc_text
from newslens.analysis.syntax.words import _FINITE, _NOUN_TAGS

if TYPE_CHECKING:
    from collections.abc import Callable

    from thinc.types import Ints2d

TITLE_CASE = "newslens_title_case"
# The entities (start, end, label by token) the recogniser finds in the title-case lines read in
# sentence case.
SENTENCE_CASE_ENTITIES = "newslens_sentence_case_entities"
if not Doc.has_extension(SENTENCE_CASE_ENTITIES):
    Doc.set_extension(SENTENCE_CASE_ENTITIES, default=None)

# The components run again on a headline's words: all that tags and parses them.
_PARSING = ("tok2vec", "tagger", "parser")
# Words in title case a headline has at least: fewer is a name or two in sentence case.
_FEWEST_CAPITALISED = 3
# Words of up to this many letters title case may leave in lower case ("Vows to Act on Pay").
_SHORT = 3


class TitleCaseHeadlines:
    """Parses each title-case headline line again in sentence case (see the module)."""

    def __init__(
        self, parsing: list[Callable[[Doc], Doc]], recognising: Callable[[Doc], Doc] | None
    ) -> None:
        self.parsing = parsing
        self.recognising = recognising

    def __call__(self, doc: Doc) -> Doc:
        if not self.parsing or not len(doc):
            return doc
        parsed_across_blanks(doc, self.parsing)
        text = doc_text(doc)
        rows = None
        found: list[tuple[int, int, str]] = []
        for start, end in _title_case_lines(doc, text):
            words = doc[start:end]
            names = _names_in_the_story(text, {w.text for w in words[1:] if w.is_title})
            cased = [
                w.text if k == 0 or not w.is_title or w.text in names else w.lower_
                for k, w in enumerate(words)
            ]
            again = Doc(doc.vocab, words=cased, spaces=[bool(w.whitespace_) for w in words])
            for proc in self.parsing:
                again = proc(again)
            if self.recognising is not None:
                found += [
                    (start + e.start, start + e.end, e.label_) for e in self.recognising(again).ents
                ]
            if not _verb_found(words, again):
                continue  # no verb the first parse missed: it stands
            if rows is None:
                rows = doc.to_array([TAG, HEAD, DEP])
            rows[start:end] = again.to_array([TAG, HEAD, DEP])
        if rows is not None:
            doc.from_array([TAG, HEAD, DEP], cast("Ints2d", rows))
        doc._.set(SENTENCE_CASE_ENTITIES, found or None)
        return doc


# The tags of a verb that can be a headline's own: a finite one, but no "will" or "may".
_FINITE_TAGS = _FINITE - {"MD"}


def _verb_found(words: Span, again: Doc) -> bool:
    """Whether the sentence-case parse reads as a verb a word the first read as a noun ("Vows"
    of "Hale Vows To …"), or as a clause of what was said one the first read as describing a
    noun ("Needed" of "Council Says More Money Needed", a headline's "more money is needed")."""
    return any(
        (w.tag_ in _NOUN_TAGS and a.tag_ in _FINITE_TAGS) or (w.dep_ == "acl" and a.dep_ == "ccomp")
        for w, a in zip(words, again, strict=True)
    )


# A quotation mark, or an apostrophe opening a word: a headline quoting someone, which the
# rules for headline quotes read in title case ("Mayor Backs Plan: 'It Will Save Lives'").
_QUOTING = re.compile(r"[\"“”‘]|(?:^|\s)['’]")


def _title_case_lines(doc: Doc, text: str) -> list[tuple[int, int]]:
    """The token ranges of the lines that read as headlines with their words in title case,
    quoting no one."""
    found = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        quoting = _QUOTING.search(line) is not None
        if line.strip() and not quoting and in_title_case(line) and headline_at(text, line_start):
            span = doc.char_span(line_start, line_end, alignment_mode="expand")
            if span is not None and len(span):
                found.append((span.start, span.end))
        line_start = line_end + 1
    return found


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def title_case_words(line: str) -> list[str] | None:
    """The words of a line after its first when every longer one starts with a capital, as
    title case writes them ("Vows to Act on Pay"); None when one does not."""
    words = _WORD.findall(line)[1:]
    return words if all(w[0].isupper() for w in words if len(w) > _SHORT) else None


def in_title_case(line: str) -> bool:
    """Whether every longer word of a line after its first starts with a capital, and enough
    do: "Hale Vows to Eliminate Tax Breaks", not "Hale vows to end tax breaks"."""
    words = title_case_words(line)
    return words is not None and sum(len(w) > _SHORT for w in words) >= _FEWEST_CAPITALISED


def title_case_headline_at(text: str, i: int) -> bool:
    """Whether ``i`` is in a headline in title case that quotes no one. Its colon parts two
    of its own phrases: no label of a speaker ("Rents Keep Rising: What The Figures Say"),
    nor words that what follows it reports ("Are Schools Safe: Parents Ask Questions")."""
    start, end = line_at(text, i)
    line = text[start:end]
    return _QUOTING.search(line) is None and in_title_case(line) and headline_at(text, i)


def _names_in_the_story(text: str, words: set[str]) -> set[str]:
    """Which of ``words`` the text writes with its capital after another word of a sentence,
    where only a name has one: "Hale" of "Mayor Ana Hale said"."""
    found = set()
    for word in words:
        for match in re.finditer(rf"(?<=[\w,;] ){re.escape(word)}\b", text):
            if not headline_at(text, match.start()):
                found.add(word)
                break
    return found


@Language.factory(TITLE_CASE)
def make_title_case(nlp: Language, name: str) -> TitleCaseHeadlines:
    if not all(p in nlp.pipe_names for p in _PARSING):
        return TitleCaseHeadlines([], None)
    ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
    return TitleCaseHeadlines([nlp.get_pipe(p) for p in _PARSING], ner)
