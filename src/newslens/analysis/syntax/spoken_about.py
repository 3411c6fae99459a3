"""The matter a verb of saying with no object of its own speaks about: "commented on the death
of the striker", "complained about the noise" report "the death of the striker", "the noise"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import Verb
from newslens.analysis.syntax.hearers import a_hearer
from newslens.analysis.syntax.negation import NOT_DOING

if TYPE_CHECKING:
    from spacy.tokens import Token


# Speakers no one is: "Anyone who talks about the losses can be jailed" tells of a law.
_ANYONE = frozenset(["anyone", "anybody", "whoever"])


def a_matter_voiced(about: Token) -> bool:
    """Whether an "about" (or "on") phrase names a matter or two that someone voiced: "about her
    pride", "about the fire and its cost"; not "about the lifeboat crews", "about housing, her
    critics and what comes next", nor "Anyone who talks about the losses …"."""
    cue = about.head
    if cue.head.lower_ in _ANYONE or any(c.lower_ in _ANYONE for c in cue.children):
        return False
    topic = next((c for c in about.children if c.dep_ == "pobj"), None)
    if topic is None or len(topic.conjuncts) >= 2 or a_hearer(topic):
        return False
    # "told a worker who complained about the delays that …": a "that" clause the parse hung
    # on the matter is the words of the verb before it
    return not any(t.dep_ == "mark" and t.lower_ == "that" for t in topic.subtree)


def described_by_the_writer(about: Token) -> bool:
    """Whether an "about" phrase names a thing told of before that the writer goes on to
    describe: "warned about the closures, which have hit rural towns hardest" names the
    closures, and what they did is the writer's; no words of the speaker's are in it."""
    topic = next((c for c in about.children if c.dep_ == "pobj"), None)
    if topic is None or topic.pos_ != "NOUN" or about.lower_ != "about":
        return False
    kinds = [(c.dep_, c.lower_) for c in topic.children]
    relative = next((c for c in topic.children if c.dep_ == "relcl"), None)
    return (
        relative is not None
        and relative.left_edge.lower_ == "which"
        and kinds == [("det", "the"), ("punct", ","), ("relcl", relative.lower_)]
    )


# Verbs whose "on" phrase is what they say, as others' "about" is: "commented on the death";
# "spoke on the radio", "posted on its website" say where.
_ON_A_MATTER = frozenset(["comment", "remark"])


def spoken_about(cue: Token, verb: Verb) -> tuple[int, int] | None:
    """The token range [start, end) of the matter a verb of saying speaks about or on, when it
    reports no clause nor object: "complained about the noise from the bar"; not someone
    ("complained about the referee"), a list of topics, a name ("commented on Twitter"), nor
    what a refusal is on ("declined to comment on the case" reports nothing). None when
    there is no such matter."""
    if verb.reports_object or verb.mind or verb.act or verb.aside_only or verb.after_quote_only:
        return None
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in NOT_DOING:
        return None
    lemma = cue.lemma_.lower()
    about = next(
        (
            c
            for c in cue.rights
            if c.dep_ == "prep"
            and (c.lower_ == "about" or (c.lower_ == "on" and lemma in _ON_A_MATTER))
        ),
        None,
    )
    if about is None or not a_matter_voiced(about) or described_by_the_writer(about):
        return None
    topic = next(c for c in about.children if c.dep_ == "pobj")
    return topic.left_edge.i, topic.right_edge.i + 1
