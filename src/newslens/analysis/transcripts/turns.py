"""A speaker's words that a label or an interview gives them (:class:`Turn`), and the marks a
chunk of a long text carries when its Q&A began in an earlier chunk."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newslens.analysis.model import QuoteKind
from newslens.article import Span

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
