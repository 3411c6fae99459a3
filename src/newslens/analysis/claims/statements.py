"""What a reporter's sentence outside quotes is on record for beyond what the score weighs: an
event counted ("It is the third stabbing this month"), a state dated ("closed since March"),
an act dated ("Talks broke up on Wednesday") or a fact denied ("The council has never
published the report"); and when it states nothing: a bare reaction ("Tom Briggs disagreed.",
"Islanders reacted with anger on social media"), a note that someone was asked for comment,
an interview's standfirst ("She spoke to Tom Reeves about …") or the writer's own past told
only by when or for how long ("Last July, I handed in my notice").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from newslens.analysis.claims.moods import _is_imperative, _is_question
from newslens.analysis.claims.parse import _Parse
from newslens.analysis.claims.token_kinds import _has_got
from newslens.analysis.claims.words import word_lists
from newslens.analysis.figures.ages import an_age
from newslens.analysis.figures.units import unit_of_time
from newslens.analysis.lexicon import lexicon
from newslens.analysis.model import Figure, FigureKind
from newslens.analysis.syntax.negation import is_negated


def _counts_or_dates_an_event(parse: _Parse, sent: Span, figures: Sequence[Figure]) -> bool:
    """ "It is the third stabbing in the borough this month", "The bridge has been closed since
    March", "Talks broke up on Wednesday": the reporter's statement of how many times a thing
    has happened, since when a state has lasted, or when a thing was done. Debates seldom say
    any of them, so the score, set on debates, weighs none; but each is on record and a
    fact-checker checks it."""
    root = sent.root
    if (
        root.pos_ not in ("VERB", "AUX")
        or parse.has_modal(root.i)
        or _is_question(parse.text_of(sent))
        or _is_imperative(parse, sent)
        or not word_lists()["hypothetical"].isdisjoint(parse.lower[sent.start : sent.end])
    ):
        return False
    # The ordinal is what the sentence says the thing is: "It is the third stabbing", not a
    # title ("the former first lady") or a series ("by the second debate, …").
    counts = [
        (parse.doc[c].left_edge.idx, parse.doc[c].right_edge.idx + len(parse.doc[c].right_edge))
        for c in parse.children(root.i, "attr")
    ]
    if any(
        f.kind is FigureKind.ORDINAL and a <= f.start and f.end <= b
        for f in figures
        for a, b in counts
    ):
        return True
    since = [parse.doc[i].idx for i in range(sent.start, sent.end) if parse.lower[i] == "since"]
    if any(f.kind is FigureKind.DATE and any(s < f.start for s in since) for f in figures):
        return True
    return _is_past(root) and any(
        f.kind is FigureKind.DATE and _dates(parse, root, f) for f in figures
    )


def _is_past(verb: Token) -> bool:
    """ "broke up", "was approved", "had closed": a verb that tells of something done (not
    "was", which tells what a thing was like: "It was a lovely day last Saturday")."""
    if verb.pos_ != "VERB" or _has_got(verb):
        return False
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    )


def _dates(parse: _Parse, verb: Token, figure: Figure) -> bool:
    """ "Talks broke up on Wednesday", "In 2015, she moved to Leeds": ``figure`` is when the
    act of ``verb`` took place, not a date inside one of its phrases."""
    words = parse.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if words is None:
        return False
    word = words.root
    if word.head == verb:
        return word.dep_ == "npadvmod"
    return word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head == verb


# Verbs (lemmas) of a reaction that says nothing of its own: "Tom Briggs disagreed."
_REACTIONS = frozenset(["agree", "disagree", "concur", "nod", "smile", "laugh", "shrug", "sigh"])
# What a bare reaction may have besides its subject: "Her husband, too, strongly agreed."
_BARE = frozenset(["nsubj", "punct", "advmod", "cc", "aux", "neg"])


# What a reaction or a feeling may have besides: how, where or at what, and a feeling's word
# ("reacted with anger on social media", "felt betrayed"), never "by" doing something.
_OF_A_FEELING = _BARE | frozenset(["prep", "acomp", "npadvmod"])
# Phrases that hold a clause said or a claim named ("reacted with anger to claims that …").
_CLAUSES = frozenset(["ccomp", "csubj", "relcl", "acl", "advcl", "pcomp"])


def _reacts_only(sent: Span) -> bool:
    """ "Her husband, Mark Fowler, agreed.", "Tom Briggs disagreed.": a reaction with nothing
    it agrees to or laughs at in the sentence, which a reader checks in the words it answers;
    "Islanders reacted with anger on social media": a reaction or a feeling told only by how
    and where, which no one checks."""
    root = sent.root
    lemma = root.lemma_.lower()
    if lemma in _REACTIONS:
        return all(c.dep_ in _BARE for c in root.children)
    if lemma not in word_lists()["reacting_verbs"] or root.pos_ != "VERB":
        return False
    children = list(root.children)
    return all(
        c.dep_ in _OF_A_FEELING and not (c.dep_ == "prep" and c.lower_ == "by") for c in children
    ) and not any(t.dep_ in _CLAUSES for c in children for t in c.subtree)


# What a sentence that only attributes words may have besides its verb and what it names as
# said: who, where and when ("in an interview with Sky News", "on Tuesday").
_OF_AN_ATTRIBUTION = _BARE | frozenset(["prep", "npadvmod", "dobj", "auxpass", "nsubjpass"])
# Phrases that tell what the words were, not where or when they were said.
_TOPICS = frozenset(["about", "on", "against", "of", "for"])


def _attributes_only(sent: Span) -> bool:
    """ "Peskov revealed this in an interview with Sky News", "He made the remarks on Tuesday",
    "She was speaking at a conference in Leeds": who said the words before, where and when,
    which a reader checks in those words, not here ("spoke on the cuts" names a topic; "gave
    the interview a day after the library was closed" tells of an event)."""
    root = sent.root
    lemma = root.lemma_.lower()
    # A headline ("Blige sings to Clinton in a preview clip") has no words before it to
    # attribute: what it tells is the story.
    if sent.start == 0 or root.pos_ != "VERB" or (lemma not in lexicon() and lemma != "make"):
        return False
    said = word_lists()["said_words"]
    children = list(root.children)
    # "People like Scott, he said.": words of their own before the one who said them.
    if sum(c.dep_ == "nsubj" for c in children) > 1:
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    if lemma == "make" and not objects:
        return False
    return (
        all(c.dep_ in _OF_AN_ATTRIBUTION for c in children)
        and all(o.lemma_.lower() in said for o in objects)
        and not any(c.dep_ == "prep" and _names_a_topic(c) for c in children)
        and not any(t.dep_ in _CLAUSES for c in children for t in c.subtree)
    )


def _tells_a_conversation(sent: Span) -> bool:
    """ "She spoke to Tom Reeves about anxiety, family and why she still bakes at midnight": who
    spoke to whom, and on what, an interview's standfirst, which asserts nothing the interview
    itself does not ("spoke about the cuts" with no one spoken to tells of a speech)."""
    root = sent.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in word_lists()["conversing_verbs"]:
        return False
    children = list(root.children)
    return any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in children) and all(
        c.dep_ in _OF_AN_ATTRIBUTION for c in children
    )


def _names_a_topic(prep: Token) -> bool:
    """ "about the cuts", "on the budget": what the words were on (not "on Tuesday")."""
    return prep.lower_ in _TOPICS and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in prep.children
    )


def _asks_for_comment(parse: _Parse, sent: Span) -> bool:
    """ "A spokesperson did not respond to a request for comment", "Hale was not available for
    comment", "did not return calls seeking comment", "messages requesting comment", "His
    solicitor declined to comment": the reporter's note that someone was asked, which a reader
    takes as it is, no claim (not "criticised for comments she made")."""
    # Only a "comment" is read as a Token: a sentence's words are found in ``parse``.
    comments = (sent.doc[i] for i in range(sent.start, sent.end) if parse.lower[i] == "comment")
    return any(
        (t.head.lower_ == "for" or t.head.lemma_.lower() in _ASKED_FOR_COMMENT)
        and not any(c.dep_ in ("det", "poss", "relcl") for c in t.children)
        for t in comments
    )


# Verbs whose "comment" tells that comment was asked for: "seeking comment", "declined to
# comment".
_ASKED_FOR_COMMENT = frozenset(["seek", "request", "decline", "refuse"])


def _tells_own_time(parse: _Parse, sent: Span, stated: Sequence[Figure]) -> bool:
    """ "Last July, I handed in my notice", "On a typical Sunday I would spend four hours
    marking": the writer's own past or habit, told with only when it was or for how long, which
    no record holds (a body's dated act, "Last July, the council sold the site", is on record)."""
    root = sent.root
    return (
        bool(stated)
        and all(
            f.kind in (FigureKind.DATE, FigureKind.TIME)
            or (f.kind is FigureKind.QUANTITY and unit_of_time(f.unit or "") is not None)
            for f in stated
        )
        and parse.has_subject(root.i, {"i", "we"})
        and (root.tag_ == "VBD" or parse.has_aux(root.i, ("would",)))
    )


def _denies_a_fact(parse: _Parse, sent: Span) -> bool:
    """ "The council has never published the report", "The firm does not disclose its pay":
    the reporter's statement that something named did not or does not do a thing. Such a
    statement has no figure and little the score weighs, but it is on record either way; not
    a feeling or a view held now ("She does not like the word", "They do not believe it"),
    while "The council did not approve the plan" tells of an act."""
    root = sent.root
    return (
        not _is_question(parse.text_of(sent))
        and root.pos_ in ("VERB", "AUX")
        and is_negated(root)
        and not parse.has_modal(root.i)
        and any(parse.pos[s] in ("NOUN", "PROPN") for s in parse.children(root.i, "nsubj"))
        and not _holds_a_view(root)
    )


def _holds_a_view(verb: Token) -> bool:
    """ "does not like", "do not believe": a verb of opinion in the present."""
    return verb.lemma_.lower() in word_lists()["opinion_verbs"] and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "do" for c in verb.children
    )


def _states_a_figure(figures: Iterable[Figure]) -> bool:
    """Whether any of ``figures`` is more than a date, a time or someone's age."""
    return any(f.kind not in (FigureKind.DATE, FigureKind.TIME) and not an_age(f) for f in figures)
