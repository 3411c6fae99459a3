"""Where the words of the clause a cue reports start and end (:func:`_words_of_the_clauses`).

From the clause's subject, one the parse made the cue's object ("said the alternative,
patching the road, would cost as much"), the object a clause without "that" qualifies, or whom
the cue bids (:func:`bidden`); to the end of its clause and what the parse joined on that is
more of it, short of another's report; with the noun a relative stands for ("a rise, which
the union says is below inflation"), and what goes on after the cue's aside.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import Verb
from newslens.analysis.syntax.asides import _words_going_on
from newslens.analysis.syntax.edges import trimmed
from newslens.analysis.syntax.ends import (
    _elliptic_end,
    _past_a_stranded_particle,
    _past_bare_conjuncts,
    reported_end,
)
from newslens.analysis.syntax.joined_words import _more_of_the_same, _object_of_its_relative
from newslens.analysis.syntax.relatives import _relative_object, _relative_subject
from newslens.analysis.syntax.set_off import _before_summary
from newslens.analysis.syntax.told import (
    hearer_run_into_the_words,
    subject_told_as_the_object,
    teller_run_into_the_words,
)
from newslens.analysis.syntax.with_reports import before_a_report_with
from newslens.analysis.syntax.words import SUBJECTS, object_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def _words_of_the_clauses(
    cue: Token, clauses: list[Token], verb: Verb, theirs: dict[int, Token]
) -> list[tuple[int, int]]:
    """Token ranges of the words of the clauses a cue reports, ``theirs`` the reports of
    others after it (:func:`~newslens.analysis.syntax.complements.others_reports`)."""
    doc = cue.doc
    # What follows the verb is what it reports ("…; the team says she will …"); clauses
    # before it only when nothing follows ("The economy is growing, he said").
    after = [c for c in clauses if c.i > cue.i] or clauses
    end = _clause_end(cue, after[-1], theirs)
    start = _clause_start(cue, after[0], verb)
    relative = _relative_subject(cue, after[0]) or _relative_object(cue, after[0])
    if relative is not None:
        # "a 4.5% rise, which the union says is below inflation": what the union says is
        # the rise, then what follows its verb; not "which the union says". So for "the gap
        # that ministers say they inherited": the gap, then "they inherited".
        antecedent = cue.head
        return trimmed(doc, [(antecedent.left_edge.i, relative.i), (cue.i + 1, end)])
    going_on = _words_going_on(cue, after[-1]) if after[-1].i < cue.i else None
    if going_on is not None:
        # "Prices rose in May, the agency said on Tuesday, and wages fell": both clauses
        conjunction = going_on.left_edge.i - 1
        return trimmed(doc, [(start, end), (conjunction, going_on.right_edge.i + 1)])
    return trimmed(doc, [(start, end)])


def _clause_end(cue: Token, last: Token, theirs: dict[int, Token]) -> int:
    """Where the words of a cue's last clause end: past what the parse joined on that is more
    of them, before the subject of another's report."""
    end = _past_a_stranded_particle(cue, _elliptic_end(cue, reported_end(cue, last)))
    # "said the results fit, and that there was “no downside”": a second that-clause
    # or question the parse hung on the cue is said too.
    more = _more_of_the_same(cue, last)
    if more and end == last.right_edge.i + 1:
        end = _before_summary(more[-1], list(more[-1].subtree))
    if end == last.right_edge.i + 1:
        end = _past_a_noun_joined_to_the_cue(cue, _past_bare_conjuncts(cue, last, end))
        end = _past_a_quote_hung_on_the_speaker(cue, end)
    end = before_a_report_with(cue, _before_a_comment_on_the_quote(cue, end))
    return min([end] + [n.left_edge.i - 1 for n in theirs.values() if cue.i < n.i < end])


def _past_a_quote_hung_on_the_speaker(cue: Token, end: int) -> int:
    """``end``, or past the quoted words right after a relative's clause, and what follows
    them, that the parse hung on the one the relative is about or on the cue: "Alan Price, who
    said he had raised concerns "at least four times" between 2020 and 2022" (a name takes
    no quotation after its relative)."""
    doc = cue.doc
    if cue.dep_ != "relcl" or end >= len(doc) or doc[end].text not in ('"', "“"):
        return end
    hung = sorted((*cue.head.rights, *cue.rights), key=lambda word: word.i)
    for word in hung:
        if word.left_edge.i == end and word.text != ",":
            end = word.right_edge.i + 1
    return end


def _past_a_noun_joined_to_the_cue(cue: Token, end: int) -> int:
    """``end``, or past the noun after the clause's last "and" that the parse hung on the cue
    as its object: "said the offences were aggravated by the length of time over which they
    were committed and the vulnerability of the victims" reports the victims too."""
    doc = cue.doc
    if end >= len(doc) or doc[end - 1].dep_ != "cc":
        return end
    noun = next(
        (
            c
            for c in cue.rights
            if c.dep_ in ("dobj", "dep") and c.pos_ == "NOUN" and c.left_edge.i == end
        ),
        None,
    )
    return end if noun is None else noun.right_edge.i + 1


def _before_a_comment_on_the_quote(cue: Token, end: int) -> int:
    """``end``, or the closing quotation mark before a "which" clause that runs to ``end``:
    in 'said the scheme was "a great success," which few teachers would agree with' the
    writer comments on the words quoted, which end at their mark."""
    doc = cue.doc
    for which in doc[cue.i + 3 : end]:
        if which.tag_ != "WDT" or which.head.right_edge.i + 1 < end:
            continue
        two, one = doc[which.i - 2], doc[which.i - 1]
        if two.tag_ == "''" and one.text == ",":
            return which.i - 1  # '…", which'
        if two.text == "," and one.tag_ == "''":
            return which.i  # '…," which'
    return end


def _clause_start(cue: Token, first: Token, verb: Verb) -> int:
    """Where the words of a cue's first clause start: at its subject, the object the clause
    qualifies, or whom the cue bids."""
    start = first.left_edge.i if verb.reports_object else _subject_start(cue, first)
    # "cited remarks Trump had made": the remarks too; not "told the forum he was …",
    # whom it was told
    described = (
        _object_of_its_relative(cue, first) if verb.reports_object and not verb.addressee else None
    )
    if described is not None:
        start = described.left_edge.i
    bidden_one = bidden(cue, first)
    if bidden_one is not None:
        start = bidden_one.left_edge.i
    hearer = hearer_run_into_the_words(cue)
    if hearer is not None:
        # "told reporters members would …", "told MPs taxes would …": the words follow
        # whom they were told
        start = hearer.i + 1
    teller = teller_run_into_the_words(cue)
    if teller is not None:
        # "Jury told by prosecutor carer stole …": the words follow who told them
        start = teller.i + 1
    subject = subject_told_as_the_object(cue, first)
    if subject is not None:
        # "MPs told taxes will rise": the MPs are told, and "taxes" is what will rise
        start = subject.left_edge.i
    return start


def _subject_start(cue: Token, clause: Token) -> int:
    """Where the reported clause starts, with a subject the parse made the cue's object.

    "She said the alternative, patching the road, would cost as much": a clause with no
    subject of its own after the object of a verb that reports no object ("say", not
    "tell") has that object for its subject.
    """
    start = clause.left_edge.i
    that = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if (
        that is not None
        and (cue.i < start or clause.is_ancestor(cue))
        and start < that.i
        and cue.doc[that.i - 1].text == ","
    ):
        # "said, speaking on condition of anonymity, that …": the aside before "that" is
        # the reporter's, however the parse hung it, and so is the cue the parse hung below
        # the clause ("She continues to insist, …, that he lied", "lied" over "continues")
        return that.i
    if (
        clause.dep_ != "ccomp"
        or clause.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in (*SUBJECTS, "csubj", "csubjpass", "expl", "mark") for c in clause.children)
    ):
        return start  # a clause of its own: "told Ruiz on Friday that …", "told them that …"
    taken = next(
        (
            c
            for c in cue.rights
            if (c.dep_ == "dobj" or _counted(c) or _hyphened_to_its_noun(c))
            and cue.i < c.i < clause.i
        ),
        None,
    )
    if taken is None or any(t.text in (":", ";") for t in cue.doc[taken.i : start]):
        return start  # "described a way to pay: Draw on …" gives an order, not a subject
    return min(start, taken.left_edge.i)


def bidden(cue: Token, clause: Token) -> Token | None:
    """Whom a cue bids do what its infinitive says, as an order keeps whom it was given to:
    "the administration" of "urged the administration to take a harder line", "Trump" of
    "called on Trump to stop", "the crowd" of "asked the crowd to welcome him"."""
    if clause.dep_ != "xcomp" or clause.i < cue.i:
        return None
    for child in cue.children:
        if not cue.i < child.i < clause.i:
            continue
        if child.dep_ == "dobj" and not (child.tag_ == "CD" and cue.lemma_.lower() == "vote"):
            return child  # "voted seven to four to approve it": the tally is no one bidden
        if child.dep_ in ("prep", "prt") and child.lower_ == "on" and cue.lemma_.lower() == "call":
            return object_of(child)
    return None


def _counted(phrase: Token) -> bool:
    """Whether a phrase the parse hung on the cue is a count of people or things: "between
    200 and 300 people", "up to 40 homes" (the subject of the clause after it)."""
    return phrase.dep_ == "prep" and any(
        g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children) for g in phrase.children
    )


def _hyphened_to_its_noun(phrase: Token) -> bool:
    """Whether a phrase the parse hung on the cue is a noun hyphened to a preposition, split
    in two: "by-elections" of "said by-elections were difficult" (the clause's subject)."""
    doc = phrase.doc
    return (
        phrase.dep_ == "prep"
        and not phrase.whitespace_
        and phrase.i + 2 < len(doc)
        and doc[phrase.i + 1].text == "-"
        and not doc[phrase.i + 1].whitespace_
    )
