"""Words spaced apart by blanks parsed again without them, after the parser (by the component
that parses title-case headlines again, :mod:`newslens.analysis.title_case`).

The analysis reads a text with Markdown's marks made blanks, offsets kept ("according to [the
harbour report][1]" read as "according to  the harbour report    "), and spaCy makes each run
of blanks past the first a token of its own, which the tagger and the parser read as a word:
"harbour" became a name. Each sentence with such a blank between its words is tagged and
parsed again as its words alone, and that parse kept; each blank hangs on the word before it,
as the parser hangs a space.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from spacy.attrs import DEP, HEAD, TAG
from spacy.tokens import Doc, Token

from newslens.analysis.syntax.text import doc_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from thinc.types import Ints2d

# Blanks past a word's space, before another word: not after a sentence's end ("said.  The"),
# where they part two sentences, as they should, nor before a mark of punctuation, which the
# parse reads right ("**Ruth Bellamy**:" labelling a turn).
_BLANKS_BETWEEN_WORDS = re.compile(r"[^\s.!?:][ \t]{2,}(?=[^\s.,;:!?])")


def parsed_across_blanks(doc: Doc, parsing: list[Callable[[Doc], Doc]]) -> None:
    """Parses each sentence of ``doc`` with blanks between its words again without them, by
    the components ``parsing`` (see the module)."""
    if "  " not in doc_text(doc):
        return
    sentences = _sentences_with_blanks_between_words(doc)
    if not sentences:
        return
    rows = doc.to_array([TAG, HEAD, DEP]).astype("int64")  # heads are signed offsets
    space = doc.vocab.strings.add("_SP")
    label = doc.vocab.strings.add("dep")
    for start, end in sentences:
        kept = [t.i for t in doc[start:end] if not t.is_space]
        place = {i: k for k, i in enumerate(kept)}
        words = [doc[i] for i in kept]
        again = Doc(
            doc.vocab,
            words=[w.text for w in words],
            spaces=[bool(w.whitespace_) for w in words],
        )
        for proc in parsing:
            again = proc(again)
        parsed = again.to_array([TAG, HEAD, DEP]).astype("int64")
        before = kept[0]
        for i in range(start, end):
            if i in place:
                tag, head, dep = parsed[place[i]]
                rows[i] = (tag, kept[place[i] + int(head)] - i, dep)
                before = i
            else:
                rows[i] = (space, before - i, label)
    doc.from_array([TAG, HEAD, DEP], cast("Ints2d", rows.astype("uint64")))


def _sentences_with_blanks_between_words(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of the sentences with blanks between two of their words, not after a
    sentence's end nor beside an address."""
    found: list[tuple[int, int]] = []
    for blank in _BLANKS_BETWEEN_WORDS.finditer(doc_text(doc)):
        words = doc.char_span(blank.start(), blank.end() + 1, alignment_mode="expand")
        if words is None or _address(words[0]) or _address(words[-1]):
            continue
        sentence = words[0].sent
        if not found or found[-1][1] <= sentence.start:
            found.append((sentence.start, sentence.end))
    return found


def _address(word: Token) -> bool:
    """Whether a word is an address, which an autolink's brackets, made blanks, set apart from
    the sentence as a parenthesis would ("Ann Lee <ann@harwood.example> said")."""
    return bool(word.like_email or word.like_url)
