"""How often an annotation lands on the right passage after the edits a news site makes.

    python benchmarks/anchoring_accuracy.py ../shared/eval/polnear-dev.jsonl [--per-article N]

Each line of the file is a JSON object whose ``"text"`` is an article (a file that is not JSON
lines is read as one article). With a fixed seed, passages are picked in each article the way a
reader marks them: a sentence (as the reader's sentence key selects it), the words inside a
quote's marks, a figure alone ("19,000", the shortest kind) and a few words around a figure
("19,000 homes"). Each passage is annotated in the text before an edit and placed again, with
``anchoring.locate``, in the text after it. One edit per trial:

- ``typo fixed``: a word of the passage (or, for a figure, beside it) had two letters swapped
  when it was annotated; the site fixes it.
- ``paragraph above``: a paragraph (from another article of the file) inserted before the
  passage's paragraph.
- ``paragraph deleted``: another paragraph removed.
- ``sentence reworded``: the words around the passage rewritten (its sentence outside the
  passage; for a sentence, the sentences either side), the passage itself kept.
- ``quotes restyled``: every quotation mark and apostrophe straightened, or curled if straight.
- ``reflowed``: paragraphs hard-wrapped at 50-80 columns and two spaces after each full stop.
- ``correction``: a correction paragraph appended.
- ``figure changed``: a number inside the passage changed ("19,000" → "19,500"). README's policy:
  a verdict on one figure is none on another, so the RIGHT outcome is an orphan whose reason is
  that its numbers changed; any placement is WRONG. Only passages holding a number.
- ``passage deleted``: the sentence(s) holding the passage removed. The right outcome is an
  orphan; any placement is WRONG (the same words elsewhere are another passage).

Outcomes. CORRECT: placed on a span [s, e) that overlaps the edited passage's true span
[ts, te) by at least half of each, ``overlap >= (e - s) / 2 and overlap >= (te - ts) / 2``.
WRONG: placed anywhere else, or placed at all when the passage was deleted or its figure changed
(a verdict silently on other words: the worst outcome). ORPHANED: not placed; needless for the
first seven edits, the right outcome for the last two. "reason" is the share of the changed
figures' orphans whose reason is that its numbers changed.

The baseline is a naive reader's exact search, ``new_text.find(old_exact)``: found is placed
there, else an orphan. Time is per annotation, ``locate`` (or ``find``) alone, in microseconds.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newslens.annotations.anchoring import (
    TextPositionSelector,
    locate,
    orphan_reason,
    quote_selector,
)
from newslens.annotations.model import Annotation
from newslens.tui.selection import sentence_at

SEED = 11
OUTCOMES = ("correct", "orphan", "wrong")
Span = tuple[int, int]
_FIGURE = re.compile(r"(?<![\w.,:])\d+(?:[.,]\d+)*(?![\w:])")
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{12,300})[”\"]")
_WORD = re.compile(r"[A-Za-z]{4,}")
_FILLERS = (
    "officials",
    "on Tuesday",
    "according to aides",
    "again",
    "last week",
    "in a statement",
    "reportedly",
    "the campaign",
    "later",
    "critics",
)
_CORRECTION = (
    "\n\nCorrection: An earlier version of this article misstated the date of a meeting. "
    "It was held on a Thursday, not a Wednesday."
)


@dataclass(frozen=True, slots=True)
class Trial:
    """An annotation made on ``old`` at ``old_span``; where it belongs in ``new``.

    ``truth`` is None when the right outcome is an orphan; ``figure_changed`` asks for the
    orphan's reason to be a changed number.
    """

    old: str
    old_span: Span
    new: str
    truth: Span | None
    figure_changed: bool = False


Edit = Callable[[str, Span, random.Random, Sequence[str]], Trial | None]


def read_texts(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    try:
        return [json.loads(line)["text"] for line in raw.splitlines() if line.strip()]
    except (json.JSONDecodeError, KeyError, TypeError):
        return [raw]


def paragraphs(text: str) -> list[Span]:
    spans, start = [], 0
    for found in re.finditer(r"\n\s*\n", text):
        spans.append((start, found.start()))
        start = found.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def passages(text: str, rng: random.Random, per_kind: int) -> list[tuple[str, Span]]:
    """Up to ``per_kind`` random passages of each kind a reader marks."""
    sentences = []
    for start, end in paragraphs(text):
        at = start
        while at < end:
            s, e = sentence_at(text, at)
            if 30 <= e - s <= 400 and s >= start and e <= end:
                sentences.append((s, e))
            at = max(e, at + 1)
            while at < end and text[at].isspace():
                at += 1
    quotes = [found.span(1) for found in _QUOTED.finditer(text)]
    figures = [found.span() for found in _FIGURE.finditer(text)]
    around = []
    for s, e in figures:
        words = list(re.finditer(r"\S+", text[max(0, s - 30) : e + 30]))
        base = max(0, s - 30)
        inside = [i for i, w in enumerate(words) if base + w.start() <= s < base + w.end()]
        if inside:
            i = inside[0]
            lo, hi = max(0, i - rng.randint(0, 2)), min(len(words), i + rng.randint(1, 3))
            around.append((base + words[lo].start(), base + words[hi - 1].end()))
    picked = []
    for kind, pool in (
        ("sentence", sentences),
        ("quote", quotes),
        ("figure", figures),
        ("figure+words", around),
    ):
        for where in rng.sample(pool, min(per_kind, len(pool))):
            picked.append((kind, where))
    return picked


def replaced(text: str, span: Span, edits: list[tuple[int, int, str]]) -> tuple[str, Span]:
    """``text`` with non-overlapping (start, end, new) edits, and where ``span`` went.

    An edit is wholly inside the span or wholly outside it.
    """
    out, at, shift_start, shift_end = [], 0, 0, 0
    for start, end, new in sorted(edits):
        out += [text[at:start], new]
        at = end
        delta = len(new) - (end - start)
        if end <= span[0]:
            shift_start += delta
        if end <= span[1] and start < span[1]:
            shift_end += delta
    out.append(text[at:])
    return "".join(out), (span[0] + shift_start, span[1] + shift_end)


def typo_fixed(text: str, span: Span, rng: random.Random, _: Sequence[str]) -> Trial | None:
    s, e = span
    words = [w.span() for w in _WORD.finditer(text, s, e)]
    if not words:  # a figure: the typo is in a word beside it
        words = [w.span() for w in _WORD.finditer(text, max(0, s - 20), min(len(text), e + 20))]
    if not words:
        return None
    ws, we = rng.choice(words)
    i = rng.randint(ws + 1, we - 3)
    swapped = text[i + 1] + text[i]
    if swapped == text[i : i + 2]:
        return None
    old = text[:i] + swapped + text[i + 2 :]
    return Trial(old, span, text, span)


def paragraph_above(
    text: str, span: Span, rng: random.Random, others: Sequence[str]
) -> Trial | None:
    starts = [start for start, _ in paragraphs(text) if start <= span[0]]
    at = rng.choice(starts)
    donor = rng.choice(others)
    ps, pe = rng.choice(paragraphs(donor))
    new, truth = replaced(text, span, [(at, at, donor[ps:pe] + "\n\n")])
    return Trial(text, span, new, truth)


def paragraph_deleted(text: str, span: Span, rng: random.Random, _: Sequence[str]) -> Trial | None:
    others = [(s, e) for s, e in paragraphs(text) if e < span[0] or s > span[1]]
    if not others:
        return None
    s, e = rng.choice(others)
    end = min(len(text), e + 2) if text[e : e + 2] == "\n\n" else e
    new, truth = replaced(text, span, [(s, end, "")])
    return Trial(text, span, new, truth)


def reworded(piece: str, rng: random.Random) -> str:
    """``piece`` with words replaced, dropped and added; the blanks at its ends kept, so
    that no word is glued onto the passage."""
    lead = piece[: len(piece) - len(piece.lstrip())]
    trail = piece[len(piece.rstrip()) :]
    out = []
    for word in piece.strip().split(" "):
        roll = rng.random()
        if roll < 0.15 and word:
            continue
        out.append(rng.choice(_FILLERS) if roll < 0.4 and word.isalpha() else word)
    if rng.random() < 0.5:
        out.insert(rng.randint(0, len(out)), rng.choice(_FILLERS))
    return lead + " ".join(word for word in out if word) + trail


def sentence_reworded(text: str, span: Span, rng: random.Random, _: Sequence[str]) -> Trial | None:
    s, e = span
    sentence = sentence_at(text, s)
    if sentence[0] < s or e < sentence[1]:
        edits = [(sentence[0], s, reworded(text[sentence[0] : s], rng))] if sentence[0] < s else []
        if e < sentence[1]:
            edits.append((e, sentence[1], reworded(text[e : sentence[1]], rng)))
    else:
        before = sentence_at(text, max(0, s - 2)) if s > 1 else (s, s)
        after = sentence_at(text, min(len(text) - 1, e + 1)) if e + 1 < len(text) else (e, e)
        edits = [
            (a, b, reworded(text[a:b], rng))
            for a, b in (before, after)
            if b <= s or a >= e  # a neighbour, not the passage itself
        ]
    if not edits:
        return None
    new, truth = replaced(text, span, edits)
    return None if new == text else Trial(text, span, new, truth)


def quotes_restyled(text: str, span: Span, rng: random.Random, _: Sequence[str]) -> Trial | None:
    if any(mark in text for mark in "“”’"):
        new = text.translate(str.maketrans("“”‘’", "\"\"''"))
    else:
        new = re.sub(r'(^|(?<=[\s(\[]))"', "“", text).replace('"', "”").replace("'", "’")
    return None if new == text else Trial(text, span, new, span)


def reflowed(text: str, span: Span, rng: random.Random, _: Sequence[str]) -> Trial | None:
    width = rng.randint(50, 80)
    chars, column = list(text), 0
    for i, char in enumerate(chars):
        column = 0 if char == "\n" else column + 1
        if char == " " and column > width:
            chars[i], column = "\n", 0
    wrapped = "".join(chars)
    stops = [(m.end(), m.end(), " ") for m in re.finditer(r"\. (?=[A-Z])", wrapped)]
    new, truth = replaced(wrapped, span, stops)
    return Trial(text, span, new, truth)


def correction(text: str, span: Span, rng: random.Random, _: Sequence[str]) -> Trial | None:
    return Trial(text, span, text + _CORRECTION, span)


def figure_changed(text: str, span: Span, rng: random.Random, _: Sequence[str]) -> Trial | None:
    numbers = list(_FIGURE.finditer(text, *span))
    if not numbers:
        return None
    number = rng.choice(numbers)
    digits = [i for i, c in enumerate(number.group()) if c.isdigit()]
    # The second digit for a figure like 19,000 (→ 19,500 style), else the last one.
    i = digits[2] if len(digits) > 2 else digits[-1]
    old_digit = number.group()[i]
    new_digit = str((int(old_digit) + rng.randint(1, 8)) % 10)
    at = number.start() + i
    new, _moved = replaced(text, span, [(at, at + 1, new_digit)])
    return Trial(text, span, new, None, figure_changed=True)


def passage_deleted(text: str, span: Span, rng: random.Random, _: Sequence[str]) -> Trial | None:
    start = sentence_at(text, span[0])[0]
    end = sentence_at(text, max(span[0], span[1] - 1))[1]
    while end < len(text) and text[end] == " ":
        end += 1
    new = text[:start] + text[end:]
    return Trial(text, span, new, None)


EDITS: dict[str, Edit] = {
    "typo fixed": typo_fixed,
    "paragraph above": paragraph_above,
    "paragraph deleted": paragraph_deleted,
    "sentence reworded": sentence_reworded,
    "quotes restyled": quotes_restyled,
    "reflowed": reflowed,
    "correction": correction,
    "figure changed": figure_changed,
    "passage deleted": passage_deleted,
}


def outcome(trial: Trial, placed: Span | None) -> str:
    if placed is None:
        return "orphan"
    if trial.truth is None:
        return "wrong"
    (s, e), (ts, te) = placed, trial.truth
    overlap = min(e, te) - max(s, ts)
    return "correct" if overlap >= (e - s) / 2 and overlap >= (te - ts) / 2 else "wrong"


def newslens(trial: Trial) -> Span | None:
    start, end = trial.old_span
    found = locate(
        trial.new,
        quote_selector(trial.old, start, end),
        TextPositionSelector(start, end),
    )
    return None if found is None else (found.start, found.end)


def exact_find(trial: Trial) -> Span | None:
    exact = trial.old[slice(*trial.old_span)]
    at = trial.new.find(exact)
    return None if at < 0 else (at, at + len(exact))


def numbers_reason(trial: Trial) -> bool:
    start, end = trial.old_span
    selector = quote_selector(trial.old, start, end)
    annotation = Annotation(
        "bench", "", start, end, selector.exact, selector.prefix, selector.suffix
    )
    return orphan_reason(trial.new, annotation).numbers_changed


@dataclass
class Tally:
    outcomes: Counter[str]
    seconds: float = 0.0
    reasons: int = 0

    def run(self, place: Callable[[Trial], Span | None], trial: Trial) -> str:
        began = time.perf_counter()
        placed = place(trial)
        self.seconds += time.perf_counter() - began
        result = outcome(trial, placed)
        self.outcomes[result] += 1
        return result


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}" if whole else "    -"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="articles: JSON lines with a 'text' field")
    parser.add_argument("--per-article", type=int, default=3, help="passages of each kind")
    parser.add_argument("--show-wrong", type=int, default=0, help="print N wrong placements")
    args = parser.parse_args(argv)
    try:
        texts = [t for t in read_texts(args.data) if t.strip()]
    except (OSError, UnicodeDecodeError) as error:
        print(f"anchoring_accuracy: cannot read {args.data}: {error}", file=sys.stderr)
        return 2
    if not texts:
        print(f"anchoring_accuracy: no article text in {args.data}", file=sys.stderr)
        return 2
    rng = random.Random(SEED)
    ours = {name: Tally(Counter()) for name in EDITS}
    naive = {name: Tally(Counter()) for name in EDITS}
    by_kind: Counter[tuple[str, str]] = Counter()
    shown = 0
    for index, text in enumerate(texts):
        others = [t for j, t in enumerate(texts) if j != index] or [text]
        for kind, span in passages(text, rng, args.per_article):
            for name, edit in EDITS.items():
                trial = edit(text, span, rng, others)
                if trial is None:
                    continue
                result = ours[name].run(newslens, trial)
                naive[name].run(exact_find, trial)
                by_kind[kind, result] += 1
                if trial.figure_changed and result == "orphan" and numbers_reason(trial):
                    ours[name].reasons += 1
                if result == "wrong" and shown < args.show_wrong:
                    shown += 1
                    show_wrong(trial, f"{name}/{kind}")
    report(ours, naive, by_kind, len(texts))
    return 0


def report(
    ours: dict[str, Tally],
    naive: dict[str, Tally],
    by_kind: Counter[tuple[str, str]],
    articles: int,
) -> None:
    print(f"{articles} articles, seed {SEED}; % of trials: correct / orphaned / WRONG\n")
    print(
        f"{'edit':<18} {'n':>5}   {'newslens':^17}  {'µs':>5}   {'exact find':^17}  {'µs':>5}  reason"
    )
    totals, naive_totals = Counter[str](), Counter[str]()
    for name in EDITS:
        mine, base = ours[name], naive[name]
        n = sum(mine.outcomes.values())
        totals += mine.outcomes
        naive_totals += base.outcomes
        reason = percent(mine.reasons, mine.outcomes["orphan"]) if name == "figure changed" else ""
        print(
            f"{name:<18} {n:>5}   {row(mine.outcomes)}  {micros(mine.seconds, n)}"
            f"   {row(base.outcomes)}  {micros(base.seconds, n)}  {reason}"
        )
    print(f"{'all':<18} {sum(totals.values()):>5}   {row(totals)}  {'':>5}   {row(naive_totals)}")
    print(
        f"\nWRONG placements: newslens {totals['wrong']}, exact find {naive_totals['wrong']} "
        f"({totals['wrong'] / max(naive_totals['wrong'], 1):.2f}x); correctly placed: "
        f"{totals['correct']} vs {naive_totals['correct']}"
        f" ({totals['correct'] / max(naive_totals['correct'], 1):.2f}x)"
    )
    print("newslens by passage kind:")
    for kind in sorted({kind for kind, _ in by_kind}):
        print(f"  {kind:<14} {row(Counter({r: by_kind[kind, r] for r in OUTCOMES}))}")


def show_wrong(trial: Trial, what: str) -> None:
    """The passage and where newslens put it, for looking into a failure (never saved)."""
    placed = newslens(trial) or (0, 0)
    print(f"WRONG [{what}] {trial.old[slice(*trial.old_span)]!r}")
    print(f"    placed on {trial.new[slice(*placed)]!r}")


def micros(seconds: float, n: int) -> str:
    return f"{1e6 * seconds / max(n, 1):5.0f}"


def row(outcomes: Counter[str]) -> str:
    n = sum(outcomes.values())
    return " ".join(percent(outcomes[key], n) for key in OUTCOMES)


if __name__ == "__main__":
    sys.exit(main())
