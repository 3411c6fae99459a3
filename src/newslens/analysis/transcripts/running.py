"""A transcript's labelled turns, each running on over the paragraphs under it: a radio
interview's "REYES: We will sell two buildings. …" and the plain paragraph that goes on
answering after it, up to the next turn or the writer's own prose again."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newslens.analysis.quotes import line_at
from newslens.analysis.transcripts.interviews import Page
from newslens.analysis.transcripts.labels import _LABELLED, _among_turns, labelled_lines
from newslens.analysis.transcripts.turns import Turn
from newslens.article import Span


def transcript_turns(doc: Doc, text: str, marks: list[Span]) -> list[Turn]:
    """The lines a label opens (:func:`labelled_lines`); a transcript's turn among other
    turns with the paragraphs under it that go on (:meth:`Page.running_on`), not a
    headline's, whose paragraphs under it are the story."""
    turns = labelled_lines(doc, text, marks)
    if not turns:
        return turns
    starts = [line_at(text, turn.words[0])[0] for turn in turns]
    page = None
    out = []
    for turn, start, until in zip(turns, starts, [*starts[1:], len(text)], strict=True):
        label = _LABELLED.match(text, start)
        if label is not None and _among_turns(text, label):
            page = page or Page.of(doc, marks)
            turn = replace(turn, words=page.running_on(turn.words, until, turn.speaker))
        out.append(turn)
    return out
