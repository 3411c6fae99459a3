"""A fixed, hand-made Analysis of the bundled sample article, for snapshots that never need spaCy."""

from __future__ import annotations

from newslens.analysis.model import (
    Analysis,
    Claim,
    ClaimKind,
    Figure,
    FigureKind,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
    Stance,
)
from newslens.article import Article
from newslens.resources import sample_article


def sample() -> Article:
    text = sample_article().read_text(encoding="utf-8")
    # A relative source: the snapshot must not depend on where the repository lives.
    return Article(text=text, title=text.split("\n", 1)[0], source="kremlin-admits-losses.txt")


def _span(text: str, needle: str, after: str = "") -> tuple[int, int]:
    start = text.index(needle, text.index(after) if after else 0)
    return start, start + len(needle)


def sample_analysis(article: Article) -> Analysis:
    text = article.text
    peskov = _span(text, "Kremlin spokesman Dmitry Peskov")
    peskov_said = _span(text, "Peskov", "tragedy for us")
    forces = _span(text, "Ukrainian forces")
    hinted_by = _span(text, "Peskov", "since 2014")
    quote_1 = _span(
        text, "“We have significant losses (in human strength). This is a huge tragedy for us, “"
    )
    reported = _span(text, "they have killed nearly 19,000 Russian soldiers so far")
    hinted = _span(text, "the Kremlin already wants to see an end to the war in Ukraine")
    figures = (
        Figure(*_span(text, "February 24"), "February 24", FigureKind.DATE, "02-24"),
        Figure(*_span(text, "nearly 19,000"), "nearly 19,000", FigureKind.COUNT, 19000.0),
        Figure(*_span(text, "2014"), "2014", FigureKind.DATE, "2014"),
        Figure(*_span(text, "more than 300"), "more than 300", FigureKind.COUNT, 300.0),
    )
    quotes = (
        Quote(
            parts=(quote_1,),
            kind=QuoteKind.DIRECT,
            speaker="Dmitry Peskov",
            speaker_key="dmitry peskov",
            speaker_span=peskov_said,
            cue="said",
            cue_span=_span(text, "said", "tragedy for us"),
            stance=Stance.NEUTRAL,
        ),
        Quote(
            parts=(reported,),
            kind=QuoteKind.INDIRECT,
            speaker="Ukrainian forces",
            speaker_key="ukrainian forces",
            speaker_span=forces,
            cue="say",
            cue_span=_span(text, "say", "Ukrainian forces"),
            stance=Stance.NEUTRAL,
        ),
        Quote(
            parts=(hinted,),
            kind=QuoteKind.INDIRECT,
            speaker="Dmitry Peskov",
            speaker_key="dmitry peskov",
            speaker_span=hinted_by,
            cue="hinted",
            cue_span=_span(text, "hinted"),
            stance=Stance.TENTATIVE,
        ),
    )
    claims = (
        Claim(*quote_1, ClaimKind.ATTRIBUTED, "Dmitry Peskov", "dmitry peskov", "said"),
        Claim(
            *reported,
            ClaimKind.NUMERIC,
            "Ukrainian forces",
            "ukrainian forces",
            "say",
            figures=((figures[1].start, figures[1].end),),
        ),
        Claim(*hinted, ClaimKind.ATTRIBUTED, "Dmitry Peskov", "dmitry peskov", "hinted"),
    )
    speakers = (
        Speaker(
            "dmitry peskov",
            "Dmitry Peskov",
            SpeakerKind.PERSON,
            (peskov, peskov_said, hinted_by),
            2,
        ),
        Speaker("ukrainian forces", "Ukrainian forces", SpeakerKind.GROUP, (forces,), 1),
    )
    tail = text.index("Kremlin spokesman says war could end")
    return Analysis(
        fingerprint=article.fingerprint,
        speakers=speakers,
        quotes=quotes,
        figures=figures,
        claims=claims,
        boilerplate=((tail, len(text.rstrip())),),
        model_name="fixed",
        model_version="0",
    )
