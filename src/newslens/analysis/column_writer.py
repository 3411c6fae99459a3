"""The writer of a column named: its "I" is the one person the byline names."""

from __future__ import annotations

import re
from dataclasses import replace

from newslens.analysis.model import Claim, Quote, Speaker
from newslens.given_names import GIVEN_NAMES

# The key of the writer's "I" (``speakers.mentions``).
_WRITER = "i"
# A byline that is one person's name: "Jane Roe", "Mary-Ann O'Neill", "Anna de Vries".
_PERSONS_NAME = re.compile(r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|de|van|von|da)){1,3}")


def _one_writer(byline: str | None) -> str | None:
    """The one person a byline names, given name first ("Jane Roe"); None for two writers
    ("Jane Roe and Tom Hill"), an agency ("Reuters") or a desk ("Staff reporter")."""
    if byline is None or not _PERSONS_NAME.fullmatch(byline):
        return None
    return byline if byline.split()[0].lower() in GIVEN_NAMES else None


def column_writer_named(
    byline: str | None, quotes: list[Quote], claims: list[Claim], speakers: dict[str, Speaker]
) -> tuple[list[Quote], list[Claim]]:
    """A column's "I" shown as the one writer its byline names, as a letter's "I" is its
    signer: "I believe the high street can be saved" under "By Jane Roe" is Jane Roe's.
    ``speakers`` is updated in place; the quotes and claims are returned renamed."""
    writer = _one_writer(byline)
    if writer is None or _WRITER not in speakers:
        return quotes, claims
    speakers[_WRITER] = replace(speakers[_WRITER], name=writer)
    quotes = [replace(q, speaker=writer) if q.speaker_key == _WRITER else q for q in quotes]
    claims = [replace(c, claimant=writer) if c.claimant_key == _WRITER else c for c in claims]
    return quotes, claims
