"""A letters page's letters: a paragraph that greets the editor ("Sir, …", "Dear Editor, …") and
is signed on the line under it with a name and where the writer lives ("Peter Hollis,
Kennington") is the signer's words, and "I" in it the signer, not the paper."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslens.analysis.model import QuoteKind
from newslens.analysis.transcripts.turns import Turn

if TYPE_CHECKING:
    from spacy.tokens import Doc


# A letter's greeting at the start of a line: "Sir, ", "Dear Sir, ", "Madam – ", "Dear Editor: ".
_GREETING = re.compile(
    r"^(?:Dear )?(?:Sir or Madam|Sir|Madam|Editor)\s?[,:–—-] *", flags=re.MULTILINE
)
# The line a letter is signed with: a name of two to four words, then where the writer lives
# (or who they are), with no sentence of its own ("Janet Rowe, Willesborough, Kent").
_SIGNED = re.compile(r"\n([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}), ([^\n.!?]{2,60})(?=\n|$)")


def letters(doc: Doc, text: str) -> list[Turn]:
    """Each greeted and signed letter of the text, as its signer's turn."""
    out = []
    for greeting in _GREETING.finditer(text):
        end = text.find("\n", greeting.end())
        signed = None if end < 0 else _SIGNED.match(text, end)
        if signed is None:
            continue
        words = greeting.end(), len(text[:end].rstrip())
        name = doc.char_span(signed.start(1), signed.end(1))
        if name is None or words[1] <= words[0]:
            continue
        out.append(Turn(words, QuoteKind.INDIRECT, None, name))
    return out
