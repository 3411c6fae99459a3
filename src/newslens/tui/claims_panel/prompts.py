"""Each row of the panel's lists as Rich Text (pure functions of plain data): a claim, a
passage, a figure in its context, and the sources tally. Names and quotes from the article are
appended as plain text, never parsed as markup."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping

from rich.text import Text

from newslens.analysis.model import Analysis, Claim, ClaimKind, Figure, Qualifier
from newslens.article import Span
from newslens.tui.claims_panel.rows import _UNANNOTATED, ClaimRow, Passage, RowAnnotation
from newslens.tui.inert import clipped, flat, inert_line
from newslens.wording import listed_cue

_SHORT = 90  # characters of claim text in the list
_CONTEXT = 36  # characters either side of a figure in the figures list
_KIND = {
    ClaimKind.ATTRIBUTED: "attributed",
    ClaimKind.NUMERIC: "numeric",
    ClaimKind.ASSERTION: "assertion",
}


def short_text(text: str, row: ClaimRow) -> str:
    return clipped(flat(text[row.start : row.end]).strip(), _SHORT)


def claim_prompt(text: str, claim: Claim, annotation: RowAnnotation = _UNANNOTATED) -> Text:
    prompt = Text(no_wrap=False, overflow="fold")
    prompt.append(inert_line(claim.claimant or "unattributed"), style="bold")
    # A row whose cue is only a colon names the kind, as one with no cue does.
    cue = listed_cue(claim.cue)
    if cue:
        prompt.append(f" · {inert_line(cue)}", style="italic")
    # A cue says the claim is someone's: "· attributed" after it told nothing new, and in the
    # panel's 30 columns at 80 often took a row of its own (the sample's 31 claims: 150 rows,
    # 137 without it).
    if not (cue and claim.kind == ClaimKind.ATTRIBUTED):
        prompt.append(f" · {_KIND.get(claim.kind, str(claim.kind))}", style="dim")
    prompt.append("\n")
    prompt.append(short_text(text, claim))
    if claim.figures:
        figures = ", ".join(inert_line(text[a:b]) for a, b in claim.figures[:3])
        prompt.append(f"\n# {figures}", style="dim")
    _append_annotation(prompt, annotation)
    return prompt


def passage_prompt(text: str, passage: Passage, annotation: RowAnnotation) -> Text:
    """A passage's row, told apart from the analysis's claims by "your passage" where a
    claim's kind would be."""
    prompt = Text(no_wrap=False, overflow="fold")
    if passage.claimant:
        prompt.append(inert_line(passage.claimant), style="bold")
        prompt.append(" · your passage", style="dim")
    else:
        prompt.append("your passage", style="bold")
    prompt.append("\n")
    prompt.append(short_text(text, passage))
    _append_annotation(prompt, annotation)
    return prompt


def row_prompt(text: str, row: ClaimRow, annotated: Mapping[Span, RowAnnotation]) -> Text:
    annotation = annotated.get((row.start, row.end), _UNANNOTATED)
    if isinstance(row, Passage):
        return passage_prompt(text, row, annotation)
    return claim_prompt(text, row, annotation)


def _append_annotation(prompt: Text, annotation: RowAnnotation) -> None:
    if annotation == _UNANNOTATED:
        return
    prompt.append("\n")
    for tag in annotation.tags:
        prompt.append(f"[{inert_line(tag)}] ", style="reverse")
    if annotation.note:
        prompt.append("[note]", style="reverse")
        prompt.append(f" {inert_line(annotation.note)} ", style="italic")


def figure_prompt(
    text: str,
    figure: Figure,
    annotation: RowAnnotation = _UNANNOTATED,
    line_ends_inside: Collection[int] = frozenset(),
) -> Text:
    """A figure's row: its kind, and the words around it in its own paragraph. A line break
    ends the paragraph (a web page's text puts each paragraph on a line of its own, and the
    reader draws a blank line between them), but for ``line_ends_inside``, those of a text
    wrapped by hand that fall inside a paragraph (newslens.wrapping)."""
    prompt = Text(no_wrap=False, overflow="fold")
    prompt.append(inert_line(figure.text), style="bold")
    details = [figure.kind.value]
    if figure.qualifier is not Qualifier.EXACTLY:
        details.append(figure.qualifier.value)
    if figure.unit:
        details.append(inert_line(figure.unit))
    prompt.append(" · " + " · ".join(details), style="dim")
    start = max(0, figure.start - _CONTEXT)
    breaks = _paragraph_ends(text, start, figure.start, line_ends_inside)
    if breaks:
        start = breaks[-1] + 1
    end = min(len(text), figure.end + _CONTEXT)
    ends = _paragraph_ends(text, figure.end, end, line_ends_inside)
    if ends:
        end = ends[0]
    before = flat(text[start : figure.start]).lstrip()
    after = flat(text[figure.end : end]).rstrip()
    # Context cut off mid-text starts and ends with a whole word ("…in the eurozone", not
    # "…ion in the eurozone").
    opening = "" if breaks or start == 0 else "…"
    if opening and " " in before.rstrip():
        before = before.split(" ", 1)[1]
    closing = "" if ends or end == len(text) else "…"
    if closing and " " in after.lstrip():
        after = after.rsplit(" ", 1)[0]
    prompt.append(f"\n{opening}{before}", style="dim")
    prompt.append(inert_line(figure.text), style="underline")
    prompt.append(f"{after}{closing}", style="dim")
    _append_annotation(prompt, annotation)
    return prompt


def _paragraph_ends(text: str, start: int, end: int, inside: Collection[int]) -> list[int]:
    """Where the line breaks in ``text[start:end]`` fall, but for those ``inside`` a
    paragraph."""
    return [at for at in range(start, end) if text[at] == "\n" and at not in inside]


def source_rows(analysis: Analysis) -> list[tuple[str, str, int, int]]:
    """``(key, name, quotes, claims)`` for every speaker, most quoted first."""
    claims = Counter(claim.claimant_key for claim in analysis.claims)
    quotes = Counter(quote.speaker_key for quote in analysis.quotes)
    rows = [
        (speaker.key, speaker.name, quotes[speaker.key], claims[speaker.key])
        for speaker in analysis.speakers
    ]
    rows.sort(key=lambda row: (-row[2], -row[3], row[1].casefold()))
    return rows
