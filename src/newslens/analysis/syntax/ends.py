"""Where reported words end (:func:`reported_end`).

Before a conjunct that is the speaker's own act or someone else's report, a report set against
them ("…, while Moscow said …"), the narrator's clause of what the speaker was doing ("…, as
he faced questions", :func:`narrators_clause`), a closing participle ("…, calling it …"), the
reporter's summing-up ("…, the latest sign that …", :func:`sums_up`) or a relative clause in
which the one named speaks ("…, who said …", :func:`before_their_report`); past a verbless
conjunct, a stranded particle, bare verbs that carry a reported infinitive on, and what the
parse hung on the cue that only goes on with the words: a phrase repeating one of their
prepositions ("…, and of …"), what they come to ("…, when it comes to …"), a condition ("…,
should he fail …") or what a colon spells out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import Verb, lexicons
from newslens.analysis.syntax.conjuncts import _closing_participle, _speakers_act, backshifted
from newslens.analysis.syntax.names import _when
from newslens.analysis.syntax.narrators_clauses import comment_on_the_report, narrators_clause
from newslens.analysis.syntax.set_off import _before_summary
from newslens.analysis.syntax.words import _NOUNS, SUBJECTS, to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token


def _past_bare_conjuncts(cue: Token, clause: Token, end: int) -> int:
    """``end``, or past the verbs that carry on a reported infinitive though the parse hung
    them on the cue: "wants to widen the road, build a bridge and cut fares", "promised to
    rest and in some cases drop his senior players", "said she wanted to talk to the nurses
    and tell them …", and a past report's clause, its modal put back ("said it was angry and
    would seek talks"). A bare verb is the infinitive's, not the cue's ("promised to rest
    them and dropped Cole": the coach dropped him)."""
    if cue.tag_ in ("VB", "MD"):
        return end
    # "told reporters on a call that it was …": the parse may read the clause as the call's
    # relative, its "that" left as the clause's mark
    reported = clause.dep_ == "ccomp" or (
        clause.dep_ == "relcl" and any(c.dep_ == "mark" for c in clause.children)
    )
    if clause.dep_ == "xcomp":
        if not to_infinitive(clause):
            return end
        # a present-tense form the tagger chose for a bare one cannot agree with a past or
        # third-person cue ("promised to rest and drop")
        bare: tuple[str, ...] = ("VB",) if cue.tag_ == "VBP" else ("VB", "VBP")
    elif reported and cue.tag_ in ("VBD", "VBZ") and _ends_on_a_bare_verb(clause):
        bare = ("VB",)  # a past or third-person cue has no bare verb for its conjunct
    elif reported and cue.tag_ == "VBD":
        bare = ()  # only a conjunct in a modal put back: "and would seek talks"
    else:
        return end
    past_report = reported and cue.tag_ == "VBD"
    last = None
    for conj in cue.rights:
        if conj.dep_ != "conj" or conj.i < clause.i:
            continue
        if past_report and backshifted(conj):
            last = conj
            continue
        if conj.tag_ not in bare or any(
            c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in conj.children
        ):
            break
        last = conj
    return end if last is None else max(end, _before_summary(last, list(last.subtree)))


def _ends_on_a_bare_verb(clause: Token) -> bool:
    """Whether a reported clause ends on an infinitive or a verb after a modal, which a bare
    verb joined after it goes on with: "she wanted to talk to the nurses", "it would
    review the plan"."""
    doc = clause.doc
    last = clause.right_edge.i
    return any(
        t.tag_ == "VB"
        and any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in t.children)
        and all(w.is_punct or w.dep_ == "cc" for w in doc[t.right_edge.i + 1 : last + 1])
        for t in clause.subtree
    )


def reported_end(cue: Token, clause: Token) -> int:
    """Where the reported clause ends: before a conjunct that is no part of what was said.

    "Ruiz hinted that the council wants a deal, but did not say when": the parse may
    hang "did not say" on "wants"; its tense is the cue's, not the clause's, and it has
    no subject of its own, so it is Ruiz who did not say. "She said the plan was fair,
    and when pressed, the mayor replied …": a reporting verb with a subject of its own
    starts another attribution.
    """
    doc = cue.doc
    verbs = lexicons()[0]
    for conj in clause.rights:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
            continue
        if _speakers_act(conj, cue) or _another_report(conj, verbs):
            cut = conj.left_edge.i
            while cut > clause.i and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            if cut > clause.i:
                return cut
    words = list(clause.subtree)  # walked once for every rule below: each walk builds Tokens
    contrast = (
        _contrasting_report(clause, words, verbs)
        or narrators_clause(cue, clause, words)
        or comment_on_the_report(clause, words)
    )
    if contrast is not None:
        cut = contrast.left_edge.i
        while cut > clause.i and doc[cut - 1].is_punct:
            cut -= 1
        return cut
    closing = _closing_report(clause, words)
    if closing is not None:
        return closing.left_edge.i - 1  # ", calling it …" reports words of its own
    end = _past_the_matter(cue, clause, _before_summary(clause, words))
    return _past_a_parallel_phrase(cue, clause, end, words)


def _past_a_parallel_phrase(cue: Token, clause: Token, end: int, words: list[Token]) -> int:
    """``end``, or past a phrase after "and" that the parse hung on the cue but that repeats
    the preposition of one in the reported clause (``words``, its subtree): "said the day
    brought back memories of her father, and of all who came before" — the memories are of
    both."""
    doc = cue.doc
    if end != clause.right_edge.i + 1:
        return end
    inside = {t.lower_ for t in words if t.dep_ == "prep" and t.i > clause.i}
    for child in cue.rights:
        if child.i < end or child.dep_ not in ("prep", "conj") or child.pos_ != "ADP":
            continue
        between = doc[end : child.i]
        if (
            child.lower_ in inside
            and any(t.dep_ == "cc" for t in between)
            and all(t.is_punct or t.dep_ == "cc" for t in between)
        ):
            return child.right_edge.i + 1
        break
    return end


def _past_the_matter(cue: Token, clause: Token, end: int) -> int:
    """``end``, or past a clause right after the reported words that the parse hung on the
    cue, or over it, but that only goes on with them: what they come to ("said there remains
    a “big gap,” when it comes to pay"), a condition ("threatened to make him testify,
    should he fail to hand over the files"), as no saying is so limited, and what a colon
    spells out ("said the plan had two flaws: it cost too much …")."""
    doc = cue.doc
    if end != clause.right_edge.i + 1:
        return end  # before reading the sentence: Token.sent walks it
    last = cue.sent.end - 1
    if end >= last:
        return end
    start = end
    while start < last and doc[start].is_punct:
        start += 1
    first = doc[start]
    above = [cue.head] if cue.head.i > start else []
    for verb in [*(c for c in cue.rights if c.i >= start), *above]:
        words = {c.lower_ for c in verb.children}
        matter = (
            verb.dep_ == "advcl"
            and verb.lemma_ == "come"
            and verb.left_edge.i <= start
            and {"when", "it", "to"} <= words
        )
        # "should he fail": a condition, its auxiliary before its subject
        condition = (
            first.lower_ in _INVERTED_CONDITIONS
            and first.head == verb
            and start < last
            and doc[start + 1].dep_ in SUBJECTS
            and doc[start + 1].head == verb
        )
        # the parse makes the words after a colon the sentence's clause, the cue's its own;
        # not a quotation after it, which its own cue finds
        spelled_out = (
            verb == cue.head
            and cue.dep_ == "ccomp"
            and [t.text for t in doc[end:start]] == [":"]
            and any(c.dep_ in SUBJECTS and c.i >= start for c in verb.children)
        )
        if spelled_out:
            # the parse may hang the clause after the colon on the next one: all of them
            verbs = lexicons()[0]
            while verb.dep_ in ("ccomp", "conj") and verb.head.i > verb.i:
                if verb.head.lemma_.lower() in verbs:
                    break  # "…, the report said": the next cue's, not the words
                verb = verb.head
        if matter or spelled_out:
            return verb.right_edge.i + 1
        if condition:
            # up to its comma: ", in effect daring him to …" is the speaker's act again
            return next(
                (t.i for t in doc[start : verb.right_edge.i + 1] if t.text == ","),
                verb.right_edge.i + 1,
            )
    return end


# Auxiliaries that open a condition put before its subject: "should he fail", "had she known".
_INVERTED_CONDITIONS = frozenset(["should", "had", "were"])


# Conjunctions of a clause set against the one before: "…, while Moscow said …", "…,
# though she noted …".
_CONTRASTING = frozenset(["while", "whereas", "whilst", "though", "although"])


def _contrasting_report(head: Token, words: list[Token], verbs: dict[str, Verb]) -> Token | None:
    """A report of someone else's set against the words after ``head`` (``words``, its
    subtree), however deep the parse hung it: "Kyiv said its drones struck a depot, while
    Moscow said it downed 27"."""
    return next(
        (
            t
            for t in words
            if t.i > head.i
            and t.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in _CONTRASTING for c in t.children)
            and _reports_with_a_subject(t, verbs)
        ),
        None,
    )


def _closing_report(head: Token, words: list[Token]) -> Token | None:
    """A reporting participle closing the sentence after ``head`` (``words``, its subtree),
    however deep the parse hung it: "rejected claims that he had meddled, telling MPs …"
    tells of its own."""
    verbs = lexicons()[0]
    return next(
        (t for t in words if t.i > head.i and _closing_participle(t) and t.lemma_.lower() in verbs),
        None,
    )


def bid_end(clause: Token) -> int:
    """The end of what someone is bid to do ("a call for the city to open shelters"), before
    a clause in the past the parse hung on its verb, and the time just before it: "… to open
    shelters on Monday as he issued a statement" tells when the call was made, since no one
    is bid to have done a thing."""
    end = clause.right_edge.i + 1
    if clause.tag_ != "VB":
        return end
    rights = list(clause.rights)
    for k, child in enumerate(rights):
        if child.dep_ != "advcl" or child.tag_ != "VBD":
            continue
        if not any(c.dep_ == "mark" for c in child.lefts):
            continue
        cut = child.left_edge.i
        while k > 0 and _when(rights[k - 1]) and rights[k - 1].right_edge.i + 1 == cut:
            k -= 1
            cut = rights[k].left_edge.i
        while cut > clause.i + 1 and clause.doc[cut - 1].is_punct:
            cut -= 1
        return cut
    return end


def _another_report(conj: Token, verbs: dict[str, Verb]) -> bool:
    """Whether a conjunct is someone else reporting words of their own: ", and the
    engineer insisted that …", "and the auditors disputed the figures" (not ", and that …",
    nor a relative ", and who felt …")."""
    if any(c.dep_ == "mark" for c in conj.children):
        return False
    if _reports_with_a_subject(conj, verbs):
        return True
    verb = verbs.get(conj.lemma_.lower())
    children = list(conj.children)
    return (
        verb is not None
        and verb.reports_object
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in children)
        and any(c.dep_ == "dobj" for c in children)
    )


def _reports_with_a_subject(verb: Token, verbs: dict[str, Verb]) -> bool:
    """Whether a verb reports a clause and has a subject of its own ("Moscow said …")."""
    return (
        verb.lemma_.lower() in verbs
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


# Parts of speech of a conjunct that cannot be a verb's: "…, but a “special operation”".
_VERBLESS = frozenset(["NOUN", "PROPN", "ADJ", "NUM", "PRON"])


def _elliptic_end(cue: Token, end: int) -> int:
    """``end``, or past a verbless conjunct right after it that the parse hung on the cue.

    "claims that it is not a war, but a “special operation”": a verb has no noun for a
    conjunct, so "but a special operation" finishes what is claimed ("not X but Y").
    """
    doc = cue.doc
    holders = [cue, cue.head] if cue.dep_ == "xcomp" else [cue]  # "continues to claim"
    for holder in holders:
        for conj in holder.rights:
            if conj.dep_ != "conj" or conj.i < end or conj.pos_ not in _VERBLESS:
                continue
            between = doc[end : conj.left_edge.i]
            if not any(t.dep_ == "cc" for t in between) or not all(
                t.dep_ == "cc" or t.is_punct or t.is_space for t in between
            ):
                continue
            if any(t.pos_ in ("VERB", "AUX") for t in conj.subtree):
                continue
            return conj.right_edge.i + 1
    return end


def _past_a_stranded_particle(cue: Token, end: int) -> int:
    """``end``, or past the noun phrase right after it that the parse hung on the cue when
    the words would end on a particle or a preposition with nothing after it: "vote to
    strike over pay and ticket office closures", not "to strike over"."""
    doc = cue.doc
    last = doc[end - 1]
    if end >= len(doc) or last.dep_ not in ("prt", "prep") or any(last.children):
        return end
    phrase = doc[end]
    while phrase.head.i >= end and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.head.i != cue.i or phrase.pos_ not in _NOUNS or phrase.left_edge.i != end:
        return end
    return phrase.right_edge.i + 1
