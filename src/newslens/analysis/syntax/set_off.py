"""Phrases set off by a comma at the end of reported words that are no part of them: the
reporter's summing-up or gloss ("…, the latest sign that …", "…, a figure that could not be
verified", :func:`sums_up`), and a relative clause in which the one named speaks ("…, who said
…", :func:`before_their_report`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import Verb, lexicons

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Nouns of a reporter's summing-up or gloss set off after the words: "…, the latest sign that
# demand is slowing", "…, a figure that could not be verified", '…," a phrase Moscow has used'.
_SUMMING_UP = frozenset(
    [
        *("sign", "signal", "indication", "example", "step", "move", "blow", "setback"),
        *("reversal", "figure", "phrase", "term"),
    ]
)


def _before_summary(clause: Token, words: list[Token]) -> int:
    """The end of a reported clause (``words``, its subtree), before an apposition in which
    the reporter sums it up, or before their report (:func:`before_their_report`).

    "said it would delay the factory in Ohio, the latest sign that …": the sign is the
    reporter's reading, not what the company said.
    """
    verbs = lexicons()[0]
    set_off = _set_off_at_the_end(clause, words)
    for token in set_off:
        if sums_up(token) or (
            token.dep_ == "appos"
            # "…, a figure the shire described as …": someone else's words on it
            and any(
                t.lemma_.lower() in verbs and any(c.dep_ == "nsubj" for c in t.children)
                for t in token.subtree
            )
        ):
            return _before_set_off(token)
    return _before_a_report_among(clause, set_off)


def before_their_report(head: Token, words: list[Token]) -> int:
    """The end of the words under ``head`` (``words``, its subtree), before a relative clause
    closing them that is a report of the one it is about: "endorsed Ana Ruiz, who said the
    deal was fair" endorsed Ruiz, and "called Jones, who said it was false" called Jones; the
    rest is their words."""
    return _before_a_report_among(head, _set_off_at_the_end(head, words))


def _set_off_at_the_end(head: Token, words: list[Token]) -> list[Token]:
    """The phrases among ``words`` (the subtree of ``head``) set off by a comma that close
    them, in the subtree's order: "…, the latest sign that …", "…, who said …"."""
    doc = head.doc
    end = head.right_edge.i + 1
    return [
        t for t in words if t.right_edge.i + 1 == end and _set_off_by_a_comma(doc, t.left_edge.i)
    ]


def _set_off_by_a_comma(doc: Doc, start: int) -> bool:
    """Whether a comma comes before ``start``, or before the closing mark of a quotation
    right before it ('…on the ground," a phrase Moscow has used …')."""
    before = doc[start - 1]
    return before.text == "," or (before.tag_ == "''" and doc[start - 2].text == ",")


def _before_set_off(phrase: Token) -> int:
    """Where the words before a phrase set off by a comma end: at the comma, or past the
    closing mark of the quotation the comma is inside."""
    start = phrase.left_edge.i
    return start if phrase.doc[start - 1].tag_ == "''" else start - 1


def _before_a_report_among(head: Token, set_off: list[Token]) -> int:
    """The end of the words under ``head``, before the first of the phrases ``set_off`` at
    their end that is a report of the one it is about (:func:`before_their_report`)."""
    verbs = lexicons()[0]
    report = next((t for t in set_off if _their_own_report(t, verbs)), None)
    return head.right_edge.i + 1 if report is None else report.left_edge.i - 1


def _their_own_report(clause: Token, verbs: dict[str, Verb]) -> bool:
    """Whether a relative clause is a report with "who" or "which" for its subject, and
    words of its own: not "a candidate, who said and did the same things", which says who."""
    return (
        clause.dep_ == "relcl"
        and clause.lemma_.lower() in verbs
        and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children)
        and any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in clause.children)
    )


def sums_up(noun: Token) -> bool:
    """Whether a phrase set off by a comma is the reporter summing up the clause before it,
    "…, the latest sign that demand is slowing", however the parse hung it: as an apposition,
    or as a second object ("has no plans to meet him, the clearest sign yet that …")."""
    return (
        noun.lemma_.lower() in _SUMMING_UP
        and noun.dep_ in ("appos", "dobj", "attr", "npadvmod")
        and _set_off_by_a_comma(noun.doc, noun.left_edge.i)
    )
