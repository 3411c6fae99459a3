"""Articles for the reader benchmarks: the bundled sample and a generated 5 MB one."""

from __future__ import annotations

import random
from pathlib import Path

from newslens.resources import sample_article

_NAMES = ["Ann Holt", "Raj Patel", "the ministry", "Mr Ortiz", "local residents", "the council"]
_VERBS = ["said", "claimed", "admitted", "stressed", "suggested", "told reporters"]


def _paragraph(rng: random.Random, index: int) -> str:
    sentences = []
    for _ in range(rng.randint(3, 7)):
        name, verb = rng.choice(_NAMES), rng.choice(_VERBS)
        figure = f"{rng.randint(2, 9000):,}"
        kind = rng.random()
        if kind < 0.3:
            sentences.append(f"“We expect {figure} people to be affected by March,” {name} {verb}.")
        elif kind < 0.6:
            sentences.append(
                f"{name.capitalize()} {verb} that costs rose by {rng.randint(1, 40)} percent."
            )
        else:
            sentences.append(
                f"Section {index} of the report covers {figure} households and "
                f"{rng.randint(1, 99)} schools across the region."
            )
    return " ".join(sentences)


def generated_article(path: Path, size: int = 5 * 1024 * 1024, seed: int = 1) -> Path:
    """A plain-text article of about ``size`` bytes (reused if already there)."""
    if path.exists() and abs(path.stat().st_size - size) < 4096:
        return path
    rng = random.Random(seed)
    parts = ["A generated article for benchmarking the reader\n"]
    total = len(parts[0])
    index = 0
    while total < size:
        paragraph = _paragraph(rng, index) + "\n"
        parts.append("\n" + paragraph)
        total += len(paragraph.encode("utf-8")) + 1
        index += 1
    path.write_text("".join(parts), encoding="utf-8")
    return path


def sample() -> Path:
    return sample_article()
