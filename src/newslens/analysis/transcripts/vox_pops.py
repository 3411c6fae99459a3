"""A vox pop's answers: a paragraph opened by a name, who the speaker is after commas and a
colon, then a quotation ("Ellen Marsh, 34, a nurse from Dunmore: “It's brighter …”") is that
person's quote, though no verb says so."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicon
from newslens.analysis.model import QuoteKind
from newslens.analysis.transcripts.turns import Turn
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan


# A name of two to four words opening a line, then who they are, with no sentence of its own,
# then a colon and the quotation mark its words open with.
_ANSWERED = re.compile(
    r"^([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}), [^\n:.!?\"“”]{2,80}(:)[ \t]+", re.MULTILINE
)


def vox_pops(doc: Doc, text: str, marks: list[Span]) -> list[Turn]:
    """Each line a described name opens before a quotation, as the named person's quote."""
    closing = dict(marks)
    out = []
    for line in _ANSWERED.finditer(text):
        end = closing.get(line.end())
        name = doc.char_span(line.start(1), line.end(1))
        colon = doc.char_span(line.start(2), line.end(2))
        if end is None or name is None or colon is None or not _a_name(name):
            continue
        if _a_clause(doc[name.end : colon.start]):
            continue  # "Jo Hill, who runs the cafe, said: “…”": the verb's quote
        out.append(Turn((line.end(), end), QuoteKind.DIRECT, colon[0], name))
    return out


def _a_clause(description: SpacySpan) -> bool:
    """Whether what follows a name before the colon says something of them, with a reporting
    verb or a relative word, rather than only who they are ("34, a nurse from Dunmore")."""
    verbs = lexicon()
    return any(t.lemma_.lower() in verbs or t.tag_ in ("WP", "WDT") for t in description)


def _a_name(words: SpacySpan) -> bool:
    """Whether title-case words are someone's name, not a phrase of place or time opening the
    line ("In Leeds, the mood was different: …")."""
    last = words[-1]
    return words[0].pos_ not in ("ADP", "DET") and (
        last.pos_ == "PROPN" or last.ent_type_ == "PERSON"
    )
