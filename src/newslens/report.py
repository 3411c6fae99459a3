"""What ``newslens extract`` prints: an article and its analysis as json, jsonl or text.

The JSON shape puts every quote in the prediction shape of the project's attribution
scorer (``start``, ``end``, ``parts``, ``kind``, ``speaker``, ``speaker_span``, ``cue``,
``cue_span``), so extract output can be scored as it is.
"""

from __future__ import annotations

from typing import Any, TextIO

from newslens import json_text
from newslens.analysis.model import Analysis, Quote, as_plain
from newslens.article import Article, source_label
from newslens.wording import counted, listed_cue
from newslens.wrapping import REPLY_MARKS


def quote_record(quote: Quote) -> dict[str, Any]:
    """A quote as a flat JSON object: ``start``/``end`` first, then everything else."""
    record: dict[str, Any] = {"start": quote.start, "end": quote.end}
    record.update(as_plain(quote))
    return record


def record(article: Article, analysis: Analysis) -> dict[str, Any]:
    """One source's extract record."""
    return {
        "id": article.source,
        "source": article.source,
        "title": article.title,
        "byline": article.byline,  # the writer a page or a "By …" line names, or an issuer
        "date": article.date,
        "fingerprint": article.fingerprint,
        "model": {"name": analysis.model_name, "version": analysis.model_version},
        "schema_version": analysis.schema_version,
        "text": article.text,
        "speakers": as_plain(analysis.speakers),
        "quotes": [quote_record(q) for q in analysis.quotes],
        "figures": as_plain(analysis.figures),
        "claims": as_plain(analysis.claims),
        "boilerplate": as_plain(analysis.boilerplate),
    }


def render(article: Article, analysis: Analysis, fmt: str) -> str:
    """The text to print for one source in format ``fmt`` (json, jsonl or text)."""
    if fmt == "jsonl":
        return json_text.dumps(record(article, analysis))
    if fmt == "json":
        return json_text.dumps(record(article, analysis), indent=2)
    return summary(article, analysis)


def summary(article: Article, analysis: Analysis) -> str:
    """Who said what, for a person to read: speakers, one block per quote, then the claims,
    most check-worthy first, each with its score and kind."""
    text = article.text
    lines = [_oneline(article.title or "(untitled)"), _oneline(source_label(article.source))]
    if article.byline or article.date:
        lines.append(" · ".join(_oneline(f) for f in (article.byline, article.date) if f))
    lines.append("")
    if analysis.speakers:
        lines.append("Speakers")
        for s in sorted(analysis.speakers, key=lambda s: -s.quote_count):
            lines.append(f"  {_oneline(s.name)} ({s.kind}) · {counted(s.quote_count, 'quote')}")
        lines.append("")
    lines.append(f"Quotes ({len(analysis.quotes)})")
    for q in analysis.quotes:
        words = " … ".join(_oneline(REPLY_MARKS.sub("\n", text[a:b])) for a, b in q.parts)
        who = _oneline(q.speaker or "(unattributed)")
        cue = listed_cue(q.cue)
        how = f" · {_oneline(cue)}" if cue else ""
        lines.append(f"  {who}{how} · {q.kind}")
        lines.append(f"    {words}")
    lines.append("")
    lines.append(f"Claims ({len(analysis.claims)})")
    for c in analysis.claims:
        who = f" · {_oneline(c.claimant)}" if c.claimant else ""
        lines.append(f"  {c.score:.2f} · {c.kind}{who}")
        lines.append(f"    {_oneline(text[c.start : c.end])}")
    lines.append("")
    return "\n".join(lines)


def _oneline(text: str) -> str:
    # Article text is untrusted: flatten line breaks and drop control characters.
    return "".join(c if c.isprintable() else " " for c in " ".join(text.split()))


class Progress:
    """A one-line progress bar on a terminal's stderr, for runs over many sources, or over
    the chunks of one long text (``label`` says which).

    Silent when the stream is not a terminal or the run is short (under ``minimum`` steps),
    so piped and scripted output stays clean, and when the output goes to the same terminal,
    where the bar would land in the middle of it.
    """

    MIN_SOURCES = 5
    WIDTH = 30

    def __init__(
        self,
        total: int,
        stream: TextIO,
        output: TextIO,
        label: str = "",
        minimum: int = MIN_SOURCES,
    ) -> None:
        self.total = total
        self.count = 0
        self.stream = stream
        self.label = label
        self.active = total >= minimum and stream.isatty() and not output.isatty()

    def step(self) -> None:
        self.count += 1
        if self.active:
            filled = self.WIDTH * self.count // self.total
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.stream.write(f"\r{self.label}[{bar}] {self.count}/{self.total}")
            self.stream.flush()

    def done(self) -> None:
        if self.active and self.count:
            self.stream.write("\n")
            self.stream.flush()
        self.active = False


class ChunkProgress:
    """A :class:`Progress` bar for each text long enough to keep a user waiting, by its chunks
    parsed: "analysing big.txt, chunks [######------] 12/250"."""

    # A chunk takes some 0.8 s to parse (a 5 MB text: 282 in 222 s): from three, a text
    # keeps one waiting.
    MIN_CHUNKS = 3

    def __init__(self, stream: TextIO, output: TextIO) -> None:
        self.stream = stream
        self.output = output
        self.bar: Progress | None = None

    def chunk_parsed(self, article: Article, done: int, total: int) -> None:
        if done == 1:
            label = f"analysing {_oneline(source_label(article.source))}, chunks "
            self.bar = Progress(total, self.stream, self.output, label, self.MIN_CHUNKS)
        if self.bar is not None:
            self.bar.step()
            if done == total:
                self.done()

    def done(self) -> None:
        if self.bar is not None:
            self.bar.done()
        self.bar = None
