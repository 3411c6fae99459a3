"""Where sentences start, set before the parser runs: the ``newslens_paragraphs`` component
(:class:`ParagraphStarts`) and the tests it decides each word by: a line's start (a line wrapped
by hand, and a word a hyphen broke, excepted), a dateline's end, a sum, a letter after a word in
lower case ("on X.") or a footnote's number or a year after an answer of "no." ending the
sentence before, a number's "m." parted from the full stop ending its sentence ("£195m."), a
rank's "No." going on ("the world No. 1"), a mark that only ever
opens a quote, a name or an hour going on (a nickname in quote marks inside a name too), a
table's row, and a run-on line cut every ``LONGEST_SENTENCE`` words. The reporting verbs the
tagger misread, which it retags, are found by :mod:`newslens.analysis.misread_verbs`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import cast

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, IS_TITLE, ORTH, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from newslens.analysis.misread_verbs import _cues_read_as_names, _past_cues_read_as_nouns
from newslens.analysis.syntax.datelines import HALVES_OF_THE_DAY, dateline_end
from newslens.analysis.syntax.text import doc_text
from newslens.wrapping import wrapped_line_ends


class ParagraphStarts:
    """Starts a sentence after every line break, and after a dateline, before the parser runs;
    and makes a verb of a cue the tagger read as the end of a name ('"…," Okafor laughs.'); and
    starts none at a capitalised word right after a word in lower case ("would back Trump").

    Left alone, the parser runs sentences across paragraphs ("… the U.S.\n\n“Bad things
    …”") and hangs a quote on the previous paragraph's verb, and makes the place of a
    dateline the subject of the story's first sentence ("BRUSSELS - European leaders
    said …": Brussels said nothing).
    """

    def __init__(
        self, past_forms: frozenset[str] = frozenset(), before: Sequence[Callable[[Doc], Doc]] = ()
    ) -> None:
        self.past_forms = frozenset(map(get_string_id, past_forms))
        # The model's components before this one (its word vectors, its tagger), run again on
        # a doc whose words were split: a split word's vector is zeros, which the parser reads
        # as no word at all.
        self.before = tuple(before)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if _split_units_from_full_stops(doc, text):
            for pipe in self.before:
                doc = pipe(doc)
        _keep_ranks_whole(doc, text)
        soft = wrapped_line_ends(text)
        # Most articles hold neither an always-opening mark nor a superscript number: the checks
        # for them, which would otherwise run at every word, are skipped when the text has none.
        opening_marks = any(mark in text for mark in _ALWAYS_OPENING)
        footnotes = _SUPERSCRIPT_DIGIT.search(text) is not None
        line_starts = _line_starts(doc)
        # Only the first word and the words opening a line can start a sentence here, unless
        # the text holds one of those marks: then every word is looked at. Reading every
        # word as a Token cost more than all the rest of this component.
        opening = sorted({0, *line_starts}) if len(doc) else []
        words = doc if opening_marks or footnotes else [doc[i] for i in opening]
        # Whether a word starts a sentence, the last decision for it winning. They are written
        # at once: setting one word's start costs a pass over the doc (spaCy checks it is not
        # parsed yet), which a 3,000-row table paid 36,000 times.
        starts = dict.fromkeys(
            _words_opening(_SUM_ENDING_A_SENTENCE, doc, text)
            + _after_a_letter_ended(doc, text)
            + _words_opening(_PARTY_TAG_ENDED, doc, text)
            + _years_after_an_answer(doc, text),
            True,
        )
        for token in words:
            if token.is_space:
                continue
            starts_line = token.i in line_starts
            if token.i > 0:
                if opening_marks and token.text in _ALWAYS_OPENING and _ends_sentence(doc, token.i):
                    # The parser reads « as a closing mark and hangs the quote it opens on
                    # the sentence before: "… took longer. « Nous … », he said".
                    starts[token.i] = True
                if footnotes and _FOOTNOTED_END.search(text, max(0, token.idx - 8), token.idx):
                    # "… in 2024.¹ He recommended …": a footnote's number ends the sentence
                    # with its full stop, which the tokenizer keeps in one word ("2024.¹").
                    starts[token.i] = True
                if not starts_line:
                    continue
                previous = doc[token.i - 1]
                if previous.idx + previous.text.index("\n") in soft or _broken_word(doc, token.i):
                    continue  # a line of a paragraph wrapped by hand; the parser decides
                starts[token.i] = True
            # "Ofwat said bills would rise." or "Anna Reid said …" under a headline: the parser
            # may end a sentence at a name, read as a headline of its own, and "9am, the
            # union's secretary said …" after the "9".
            going_on = _name_going_on(doc, token.i)
            if _hour_going_on(doc, token.i):
                going_on.append(doc[token.i + 1])
            for word in going_on:
                starts[word.i] = False
            after = dateline_end(doc, token.i)
            if after is not None:
                starts[after] = True
            if is_table_row(doc, token.i):
                # "Schools | 412.5 | +2.1%": a row of a table is one unit, however it parses.
                for cell in _rest_of_line(doc, token.i):
                    starts[cell.i] = False
        for i in _inside_names(doc, text):
            starts[i] = False
        column = doc.to_array(SENT_START).astype(numpy.int64)
        for i, start in starts.items():
            column[i] = 1 if start else -1
        column[(column == 0) & _name_after_a_lower_case_word(doc)] = -1
        _cut_run_on_sentences(doc, column)
        for cue in _cues_read_as_names(doc, text):
            cue.tag_ = "VBZ"  # the lemmatizer, after the parser, then gives "laugh"
        for cue in _past_cues_read_as_nouns(doc, self.past_forms):
            cue.tag_ = "VBD"  # the lemmatizer then gives "hear" of "heard"
        # uint64, as spaCy's own to_array gives (its Ints2d type names signed ints only).
        doc.from_array([SENT_START], cast(Ints2d, column.reshape(-1, 1).astype(numpy.uint64)))
        return doc


# "No." or "no." before a number of up to three digits, a rank or a house: "the world No. 1",
# "No. 10 Downing Street". A year after it starts a sentence: "The answer was no. 2024 will …".
_RANK = re.compile(r"\b[Nn]o(\.)[ \t]+\d{1,3}(?![\d,.]\d)\b")


# A year after "no." and a space, which the parser runs on from the answer: "The answer was
# no. 2027 will bring a rise."
_YEAR_AFTER_AN_ANSWER = re.compile(r"\b[Nn]o\.[ \t]+((?:19|20)\d\d)(?=[ \t])")


def _years_after_an_answer(doc: Doc, text: str) -> list[int]:
    """The years that start a sentence after an answer of "no." ends the one before."""
    found = []
    for match in _YEAR_AFTER_AN_ANSWER.finditer(text):
        year = doc.char_span(match.start(1), match.end(1))
        if year is not None:
            found.append(year.start)
    return found


def _keep_ranks_whole(doc: Doc, text: str) -> None:
    """Makes one word of "No." before a rank's number, which the tokenizer splits: its full stop
    alone would end the sentence, parsed as a noun ("the world No. 1 said" cut after "No")."""
    stops = [doc.char_span(m.start(1), m.end(1)) for m in _RANK.finditer(text)]
    with doc.retokenize() as retokenizer:
        for stop in stops:
            if stop is not None and stop.start > 0:
                retokenizer.merge(doc[stop.start - 1 : stop.end], attrs={"TAG": "NN"})


# A number's "m" and the full stop ending its sentence, which the tokenizer keeps in one word as
# it would an initial ("cost £195m.", "ran 400m. Then"): before a capital, a closing mark or the
# line's end. Not "3m. in", which no sentence ends at.
_UNIT_WITH_THE_FULL_STOP = re.compile(r"\d(m\.)(?=[ \t]+[A-Z\"“]|[ \t]*(?:[”\"’')]|\n|\Z))")


def _split_units_from_full_stops(doc: Doc, text: str) -> bool:
    """Makes the unit and the full stop two words of "m." after a number that ends a sentence,
    which the parser read as a noun, finding no full stop to end the sentence at; whether any
    was split."""
    spans = [doc.char_span(m.start(1), m.end(1)) for m in _UNIT_WITH_THE_FULL_STOP.finditer(text)]
    units = [span[0] for span in spans if span is not None]
    with doc.retokenize() as retokenizer:
        for unit in units:
            # Tagged here: the tagger run again keeps the tags it finds.
            retokenizer.split(unit, ["m", "."], [(unit, 0), (unit, 1)], {"TAG": ["NN", "."]})
    return bool(units)


# A sum whose unit the tokenizer keeps with the full stop, as it would an abbreviation
# ("rose by £140m. Like-for-like sales grew"), then a capitalised word: a sentence ends there.
_SUM_ENDING_A_SENTENCE = re.compile(r"\d(?:m|bn|k)\.[ \t]+([A-Z])")


def _words_opening(pattern: re.Pattern[str], doc: Doc, text: str) -> list[int]:
    """The words that start a sentence where ``pattern``'s first group matches: "Like" of
    "rose by £140m. Like-for-like sales grew …" after a sum ends the sentence before."""
    found = []
    for match in pattern.finditer(text):
        word = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if word is not None:
            found.append(word.start)
    return found


# A capital letter and a full stop after a word in lower case ("posted on X. "), which the
# tokenizer keeps in one word as it would an initial, then the next word's first character.
_LETTER_AFTER_A_LOWER_CASE_WORD = re.compile(r"[a-z][ \t]+[A-Z]\.[ \t]+(\S)")
_OPENING_QUOTE_MARKS = frozenset(['"', "“"])


def _after_a_letter_ended(doc: Doc, text: str) -> list[int]:
    """The words that start a sentence after a capital letter ends the one before: the quote
    mark of 'wrote on X. "We will …', "The" of "posted on X. The company …". An initial
    goes on with a name ("by J. Smith", "J. K. Rowling"), and one after a name ("George
    W. Bush") is never looked at."""
    found = []
    for match in _LETTER_AFTER_A_LOWER_CASE_WORD.finditer(text):
        word = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if word is None:
            continue
        first = word[0]
        if first.text in _OPENING_QUOTE_MARKS or (first.is_title and first.is_stop):
            found.append(first.i)
    return found


# A US party tag whose state ends in a full stop ("said Sen. Ann Cole, D-Mass. "), which the
# tokenizer keeps in one word, then the next word's first character, capitalised or a quote
# mark, that opens a sentence: a tag going on in its sentence has a comma or a bracket after.
_PARTY_TAG_ENDED = re.compile(
    r"\b[DRI]-(?:[A-Z][a-z]{1,4}|(?:[A-Z]\.){1,2}[A-Z])\.[ \t]+([A-Z\"“])"
)


# A nickname in quote marks between a given name or an initial and a surname: 'Robert F.
# "Bobby" Kennedy', 'Dwayne "The Rock" Johnson'. Group 1 is the nickname with its marks, group 2
# the surname's first letters.
_NICKNAME = re.compile(
    r"(?:\b[A-Z][a-z]+|\b[A-Z]\.)[ \t]+([\"“][A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[\"”])"
    r"[ \t]+([A-Z][a-z])"
)


def _inside_names(doc: Doc, text: str) -> list[int]:
    """The words of a nickname in quote marks inside a name, and the surname after it: the
    parser would end a sentence at the initial of 'Robert F. "Bobby" Kennedy' and start one at
    the nickname's mark, leaving 'Bobby" Kennedy' the speaker."""
    found: list[int] = []
    for match in _NICKNAME.finditer(text):
        words = doc.char_span(match.start(1), match.end(2), alignment_mode="expand")
        if words is not None:
            found.extend(t.i for t in words)
    return found


# Words in the longest stretch without a full stop that the parser is given as one sentence.
# Text without full stops (a transcript pasted as one line) was one sentence thousands of words
# long, and attribution, which reads each cue's clause to its end, took time in the square of
# it: a 1 MB line, twenty minutes. Prose, its sentences ended, is left to the parser.
LONGEST_SENTENCE = 250
_SENTENCE_ENDS = (".", "!", "?", "…")


def _cut_run_on_sentences(doc: Doc, starts: numpy.ndarray) -> None:
    """Start a sentence (in ``starts``, the doc's SENT_START column: 1 a start, -1 none, 0 not
    decided) every ``LONGEST_SENTENCE`` words of a stretch that has no sentence start set and no
    word that ends a sentence."""
    if len(doc) <= LONGEST_SENTENCE:
        return
    ends = numpy.isin(doc.to_array(ORTH), [doc.vocab.strings[mark] for mark in _SENTENCE_ENDS])
    may_start = (starts == 1) | numpy.concatenate(([True], ends[:-1]))
    bounds = numpy.append(numpy.flatnonzero(may_start), len(doc))
    for at in numpy.flatnonzero(numpy.diff(bounds) > LONGEST_SENTENCE):
        start, end = int(bounds[at]), int(bounds[at + 1])
        for cut in range(start + LONGEST_SENTENCE, end, LONGEST_SENTENCE):
            starts[cut] = 1


def _line_starts(doc: Doc) -> set[int]:
    """The words right after whitespace holding a line break."""
    spaces = doc.to_array(IS_SPACE).astype(bool)
    after_a_space = numpy.flatnonzero(spaces[:-1] & ~spaces[1:]) + 1
    return {i for i in after_a_space.tolist() if "\n" in doc[i - 1].text}


# A sentence's final mark, a closing quote mark perhaps, then a footnote's superscript
# number, then the space before the next sentence.
_FOOTNOTED_END = re.compile(r"[.!?][\"”’)]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s+\Z")
_SUPERSCRIPT_DIGIT = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]")

# Marks that only ever open a quote (a „ closes none in the styles that use it).
_ALWAYS_OPENING = frozenset(["«", "„"])


def _broken_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` goes on a word a hyphen broke at the end of the line before."""
    if i < 2 or doc[i - 1].text != "\n" or not doc[i].text[:1].islower():
        return False
    stem = doc[i - 2].text  # the tokenizer keeps the hyphen on the stem: "govern-"
    return len(stem) > 1 and stem.endswith("-") and stem[-2].isalpha()


# Words of a name opening a line that are looked at for a word in lower case after them.
_LONGEST_OPENING_NAME = 3


def _name_going_on(doc: Doc, i: int) -> list[Token]:
    """The words after a name of up to three words opening the line at token ``i``, through
    the word in lower case or the comma that goes on with it ("Ofwat said", "Anna Reid said",
    "Brightwater Homes, the housebuilder, reported"): one name is no sentence of its own; none
    when the line does not go on so."""
    end = i
    while (
        end < len(doc) - 1
        and end - i < _LONGEST_OPENING_NAME
        and doc[end].tag_ in ("NNP", "NNPS")
        and doc[end].whitespace_
    ):
        end += 1
        if doc[end].is_lower and doc[end].is_alpha:
            return list(doc[i + 1 : end + 1])
    if i < end < len(doc) - 1 and doc[end].tag_ in ("NNP", "NNPS") and doc[end + 1].text == ",":
        return list(doc[i + 1 : end + 2])
    return []


def _name_after_a_lower_case_word(doc: Doc) -> numpy.ndarray:
    """Which words are a capitalised word right after a word in lower case, with no mark or
    line break between: "cited remarks Trump had made", "would back Trump". The parser may
    start a sentence at the name, but a sentence never starts so."""
    rows = doc.to_array([IS_LOWER, IS_ALPHA, IS_TITLE]).astype(bool)
    after = numpy.zeros(len(doc), dtype=bool)
    if len(doc) > 1:
        lower_word = rows[:-1, 0] & rows[:-1, 1]
        name = rows[1:, 2] & rows[1:, 1] & (doc.to_array(ORTH)[1:] != doc.vocab.strings["I"])
        after[1:] = lower_word & name
    return after


def _hour_going_on(doc: Doc, i: int) -> bool:
    """Whether the line opening at token ``i`` opens with an hour in digits and its half of
    the day, which the tokenizer parts: "9am" is "9" and "am"."""
    return (
        i + 1 < len(doc)
        and doc[i].text[:1].isdigit()
        and not doc[i].whitespace_
        and doc[i + 1].lower_ in HALVES_OF_THE_DAY
    )


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Whether the word before token ``i`` (past any spaces) ends a sentence."""
    before = next((t for t in reversed(doc[:i]) if not t.is_space), None)
    return before is not None and before.text in (".", "!", "?")


def is_table_row(doc: Doc, start: int) -> bool:
    """Whether the line opening at token ``start`` is a table's row, its cells between " | "
    (as newslens writes the tables of an HTML page)."""
    # A cell's bar is followed by a space in the text: a line without "| " is ruled out there,
    # without reading its words one by one.
    text = doc_text(doc)
    rest = doc[start].idx + len(doc[start])
    line_end = text.find("\n", rest)
    if text.find("| ", rest, len(text) if line_end < 0 else line_end) < 0:
        return False
    return any(t.text == "|" and t.whitespace_ for t in _rest_of_line(doc, start))


def _rest_of_line(doc: Doc, start: int) -> list[Token]:
    line = []
    for token in doc[start + 1 :]:
        if "\n" in token.text:
            break
        line.append(token)
    return line
