"""Whether a cue is denied, and the word that says a verb was not done.

"did not confirm", "nobody has said" (:func:`is_negated`); "declined [to say]", "his refusal
[to use]" (:func:`undone_by`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


# Verbs that say their infinitive did not happen: "declined to say", "failed to mention".
NOT_DOING = frozenset(
    ["decline", "refuse", "fail", "neglect", "forget", "avoid", "omit", "stop", "cease", "quit"]
)
# Those of them that say it was left undone, never begun: "failed to note", "neglected to
# mention" say nothing was said, where "had stopped asking when …" tells of asking before.
FAILING = frozenset(["fail", "neglect", "forget", "avoid", "omit"])
# Nouns that say the same of theirs: "his refusal to use the words …".
NOT_DOING_NOUNS = frozenset(["refusal", "failure", "reluctance", "unwillingness"])
_UNDOING = NOT_DOING | NOT_DOING_NOUNS


def undone_by(verb: Token) -> Token | None:
    """The word before ``verb`` that says it was not done: "declined [to say]", "had stopped
    [asking]", "his refusal [to use]"; None when there is none."""
    head = verb.head
    if verb.dep_ in ("xcomp", "acl") and head.i < verb.i and head.lemma_.lower() in _UNDOING:
        return head
    return None


def is_negated(cue: Token) -> bool:
    """Whether the cue is denied: "did not confirm", "would never tell", "nobody has said",
    "neither side has said"."""
    for child in cue.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.lower_ in _NO_ONE
            or any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in child.children)
        ):
            return True
    return False


_NO_ONE = frozenset(["nobody", "none", "neither", "noone"])
