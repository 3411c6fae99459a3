"""Lines a label opens: "PENCE: …", "Pat Moore: Voters are tired …", a role's among a
transcript's turns or in a headline that quotes; not a kicker, a newsroom's label, a dateline or
a heading that ends with a date."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newslens.analysis.lexicon import reporting_verb_of
from newslens.analysis.model import QuoteKind
from newslens.analysis.quotes import headline_at
from newslens.analysis.speakers import SOURCE_NOUNS, headline_role
from newslens.analysis.syntax.words import WH_WORDS
from newslens.analysis.title_case import title_case_headline_at
from newslens.analysis.transcripts.initials import named_by_initials
from newslens.analysis.transcripts.turns import Turn
from newslens.article import Span
from newslens.boilerplate import headline_and_date, is_header_line
from newslens.given_names import GIVEN_NAMES
from newslens.word_lists import word_sections_of
from newslens.wrapping import wrapped_line_ends

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


# "Pat Caddell: Voters worried …" and "PENCE: Well, …": a line that a name and a colon open;
# or a headline's role after a name ("Rovers boss: '…'"); an earnings call's name with the
# speaker's office or firm after dashes ("Mark Owusu -- Chief Financial Officer: …", "Tom Lee
# -- Keefe, Bruyette & Woods -- Analyst: …"); after the time a podcast's transcript stamps on
# each turn ("[00:01:18] Mark Hale: …"). Markdown's emphasis, read as spaces, may set a label
# off ("**Mark Hale:** …", "**Mark Hale**: …").
_LABELLED = re.compile(
    r"^[ \t]{0,3}(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t\u00a0]+)?"
    r"[\"“]?((?:[A-Z][\w.’'-]*)(?:[ \u00a0][A-Z][\w.’'-]*){0,3}(?:[ \u00a0][a-z]+)?)"
    r"(?: (?:--|—) [A-Z][\w&.’'-]*(?:,? [A-Z][\w&.’'-]*| (?:of|and|for|&))*){0,3}[ \t]{0,2}:"
    r"[ \u00a0]+(\S[^\n]*?)\s*$",
    re.MULTILINE,
)


# Labels a newsroom puts before a colon that name nobody who speaks.
EDITORIAL_LABELS = frozenset(
    [
        "note",
        "editor's note",
        "update",
        "updated",
        "correction",
        "clarification",
        "warning",
        "source",
        "sources",
        "photo",
        "video",
        "watch",
        "read more",
        "related",
        "see also",
        "advertisement",
        "caption",
        "credit",
        "tags",
        "filed under",
        "full text",
        "q",
        "a",
        "question",
        "answer",
        "live",
        "breaking",
        "analysis",
        "opinion",
        "comment",
        "explainer",
        "exclusive",
        "watch live",
        "factbox",
        "profile",
        "interview",
        "obituary",
        "feature",
        "preview",
        "podcast",
        "in pictures",
        "in depth",
        "claim",
        "review",
        "rating",
        "our rating",
        "verdict",
        "our verdict",
        "ruling",
        "our ruling",
        "fact check",
        "operator",  # an earnings call's host, who hands over and speaks for no one
    ]
)


_WORDS = word_sections_of("newslens.analysis.transcripts", "label_words.txt")
_LINKING = _WORDS["linking"]  # "Showdown In Ohio": a kicker's, no name's
_STORMS = _WORDS["storms"]  # "Storm Darragh: …" names no one who speaks


def labelled_lines(doc: Doc, text: str, marks: list[Span]) -> list[Turn]:
    """Lines a short name and a colon open: headlines and transcripts."""
    out = []
    matches = list(_LABELLED.finditer(text))
    soft = wrapped_line_ends(text) if matches else set()
    in_capitals = [m for m in matches if m.group(1).isupper()]
    for match in matches:
        label = match.group(1).lower().replace("’", "'")
        if label in EDITORIAL_LABELS or label.split()[0] in _STORMS:
            continue
        # "The Gap Goes On: …" heads a section; a speaker's label is a name, or a court's
        # "THE JUDGE: …" in capitals among the transcript's other turns.
        role = match.group(1).isupper() and _among_turns(text, match)
        if label.split()[0] in ("the", "a", "an") and not role:
            continue
        if any(w in _LINKING for w in label.split()[1:]):
            continue  # "Trouble Over Tides: …" is a kicker, words no name is made of
        if in_capitals == [match] and _opens_story(text, match):
            continue  # "MUMBAI: The Reserve Bank …" opens a story; a transcript has turns
        if is_header_line(match.group(0)):
            continue  # "… Press Office Sent: 3 March 2026 To: newsdesk": an email's header
        if headline_and_date(match.group(0).strip())[1] is not None:
            continue  # "Morning Report: Interview with the Mayor, 2 December 2026" heads it
        part = (match.start(2), _through_wrapped(text, match.end(2), soft))
        name = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        words = doc.char_span(*part, alignment_mode="expand")
        if name is None or words is None or len(words) - (words[-1].text == ".") < 3:
            continue
        if _a_place(name) and _opens_story(text, match) and not _among_turns(text, match):
            continue  # "Mumbai: The state government …", an Indian paper's dateline
        stop = words[-1].text == "."
        if stop and headline_at(text, part[0]) and not _among_turns(text, match):
            # "Poll: Voters Back Levy.": the site's full stop after each headline, no sentence's
            part = (part[0], part[1] - 1)
        if label.split()[0] in _ASKING and _asks(name):
            continue  # "Will Prices Fall: What Buyers Should Know" heads a story
        if title_case_headline_at(text, match.end(1)) and not _a_name(name):
            continue  # "Rents Keep Rising: What The Figures Say": the headline's own words
        kind = _line_kind(part, marks)
        # "Flood: residents told to leave" heads a story; nobody is speaking. "Witness: 'I
        # saw it'" quotes someone, called by role.
        # "Rovers boss: '…'", a role after a name in lower case, only when it quotes.
        role_after = name[-1].is_lower
        quoted_role = kind is QuoteKind.DIRECT and headline_role(name[-1 if role_after else 0])
        # "Counsel: …" among other turns of a transcript is counsel's turn, quoted or not.
        turn = len(name) == 1 and headline_role(name[0]) and _among_turns(text, match)
        if ((len(name) == 1 and _kicker(name[0])) or role_after) and not (quoted_role or turn):
            continue
        # the colon, past an earnings call's office after the name
        at = text.rindex(":", match.end(1), match.start(2))
        colon = doc.char_span(at, at + 1, alignment_mode="expand")
        cue = None if colon is None else colon[0]
        verb = _verb_in_label(name)
        if verb is not None:
            # "Mayor Backs Plan: 'It Will Save Lives'": the mayor's words, not the plan's
            name, cue = doc[name.start : verb.i], verb
        else:
            _given_name_as_written(name)
        out.append(Turn(part, kind, cue, named_by_initials(name) or name))
    return out


# What the tagger may make of a given name opening a label: a verb or a modal ("Will Hollis:",
# "Mark Hollis:"), or a plural noun without a plural's ending ("Rob Hollis:", "PRESENTER:").
_VERB_TAGS = frozenset(["MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"])


def _given_name_as_written(name: SpacySpan) -> None:
    """Read the first word of a label as the name it is written as: a proper noun, alone or
    before proper nouns, where the tagger took it for a verb or a plural noun. Else the name would be
    the surname alone ("Hollis" of "Will Hollis: …"), or a group ("Rob Hollis", "PRESENTER").
    "RESIDENTS: …" stays a plural."""
    first = name[0]
    if first.pos_ == "PROPN" or any(w.pos_ != "PROPN" for w in name[1:]):
        return
    plural = first.tag_ == "NNS" and first.lower_.endswith("s")
    if first.tag_ in _VERB_TAGS or (first.tag_ == "NNS" and not plural):
        first.tag_, first.pos_ = "NNP", "PROPN"


# Modals and auxiliaries a yes/no question opens with ("Will Prices Fall: …").
_ASKING = frozenset([
    "will", "would", "can", "could", "should", "shall", "may", "might", "must", "is", "are",
    "was", "were", "do", "does", "did", "has", "have", "had",
])  # fmt: skip


def _asks(label: SpacySpan) -> bool:
    """Whether a label that opens with a modal or an auxiliary asks a question: its last
    word, after the subject, is no proper noun ("Will Prices Fall", "Is Britain Ready"), or
    the opening word serves it or heads the label ("Has Brexit Worked", "Is Inflation
    Beaten"). A name is two words ("Will Hollis"), or ends in a proper noun the opening word
    neither serves nor heads ("Will Mark Hollis", "May Li Chen")."""
    first, last = label[0], label[-1]
    serves = first.head == first or (first.dep_ in ("aux", "auxpass") and first.head == last)
    return len(label) >= 3 and (last.tag_ not in ("NNP", "NNPS") or serves)


def _verb_in_label(label: SpacySpan) -> Token | None:
    """A reporting verb in a title-case headline's words before its colon, after the first
    word: "Backs" of "Mayor Backs Plan", which the tagger reads as one noun phrase."""
    for word in label[1:]:
        if word.is_title and reporting_verb_of(word.lower_) is not None:
            return word
    return None


def _through_wrapped(text: str, end: int, soft: set[int]) -> int:
    """Where a line's words end that goes on over the lines after it, wrapped by hand
    ("SMITH: Worried enough to … We have\nseen 140 cases …"): the last of them, with its
    full stop, as a quote's words keep theirs. A line a label opens is the next turn's."""
    line_end = text.find("\n", end)
    while (
        line_end in soft
        and not text[end:line_end].strip(". \t")
        and not _turn_at(text, line_end + 1)
    ):
        end = text.find("\n", line_end + 1)
        end = len(text) if end < 0 else end
        while end > line_end and text[end - 1].isspace():
            end -= 1
        line_end = text.find("\n", end)
    return end


def _turn_at(text: str, start: int) -> bool:
    """Whether the line at ``start`` opens a turn of a transcript: "Counsel: …", "Q: …"."""
    return bool(_LABELLED.match(text, start) or _EXCHANGE.match(text, start))


def asks_in_an_exchange(text: str, start: int) -> bool:
    """Whether the line at ``start`` is an interviewer's "Q: …" among the turns of a Q&A."""
    line = _EXCHANGE.match(text, start)
    return line is not None and line.group(1) == "Q" and _among_turns(text, line)


def _among_turns(text: str, line: re.Match[str]) -> bool:
    """Whether the line before or after a labelled line, past any blank lines, opens a turn
    too, as in a transcript ("Counsel: …" then "Witness: …"), not a headline's kicker
    ("Flood: …")."""
    before = line.start()
    while before > 0 and text[before - 1].isspace():
        before -= 1
    before = text.rfind("\n", 0, before) + 1
    after = text.find("\n", line.start(2))
    while 0 <= after < len(text) and text[after].isspace():
        after += 1
    after = text.rfind("\n", 0, after) + 1 if 0 <= after < len(text) else -1
    return (before < line.start() and _turn_at(text, before)) or (
        line.start() < after and _turn_at(text, after)
    )


def _opens_story(text: str, label: re.Match[str]) -> bool:
    """Whether a line a label in capitals opens is a story's first paragraph, after a
    dateline: near the top, and a sentence ending in a full stop, as a headline is not
    ("PESKOV: Losses significant")."""
    sentence = label.group(2).endswith(".")
    return sentence and text.count("\n\n", 0, label.start()) <= 2


def _a_place(label: SpacySpan) -> bool:
    """Whether a label is all a place's name, as the recogniser reads it ("New Delhi")."""
    return all(w.ent_type_ in ("GPE", "LOC") for w in label)


# Entities that may speak for themselves in a headline: "Peskov: …", "Nato: …", "Russia: …".
_SPEAKING_ENTITIES = frozenset(["PERSON", "ORG", "NORP", "GPE"])


def _a_name(label: SpacySpan) -> bool:
    """Whether a title-case headline's label names who speaks: a name the recogniser reads
    as a speaker's ("Peskov", "Pat Moore") or the story writes as a name ("Ruiz" of "Ana
    Ruiz: …" after "Councillor Ana Ruiz said …"), or a source of findings ("Poll: …");
    capitals alone make no name; nor a given name alone, unless the words after the colon are
    someone's own ("Ilse Varga: We Will Not Back Down", not "Hope Fades: Search Called Off").
    Before an explainer's question ("Grace Period: What It Means For Tenants") the recogniser's
    reading is not enough: the story must write the name again, as it must when the recogniser
    read the colon into the name ("Grace Period: Union Ready For Long Fight")."""
    last = label[-1]
    if last.lemma_.lower() in SOURCE_NOUNS:
        return True
    if (
        not _explains(label)
        and not _colon_in_entity(label)
        and any(w.ent_type_ in _SPEAKING_ENTITIES for w in label)
    ):
        return True
    if (
        len(label) > 1
        and label[0].lower_ in GIVEN_NAMES
        and all(w.tag_ == "NNP" for w in label)  # "Hope Fades": a verb, read in sentence case
        and _in_the_first_person(label)
    ):
        return True
    return any(
        t.text == last.text and t.i >= label.end and (t.pos_ == "PROPN" or t.ent_type_)
        for t in label.doc
    )


def _colon_in_entity(label: SpacySpan) -> bool:
    """Whether the recogniser ran an entity on through the colon after a label ("Grace
    Period:" read as a body's name): the words it read are a kicker's, no one's name."""
    doc, end = label.doc, label.end
    return end < len(doc) and doc[end].text == ":" and doc[end].ent_iob_ == "I"


# Words that open an explainer's question after a headline's colon, with no question mark:
# "What It Means For Tenants", "Why It Matters", "How The Scheme Works"; a question word, but
# for the object's "whom" and "whose".
_EXPLAINING = WH_WORDS - {"whom", "whose"}


def _explains(label: SpacySpan) -> bool:
    """Whether the words after a label's colon open with "What", "Why", "How" … and ask no
    question: a headline's promise of an explanation, not someone's words."""
    first = _first_word_after_colon(label)
    if first is None or first.lower_ not in _EXPLAINING:
        return False
    doc = label.doc
    line_end = next((t.i for t in doc[first.i :] if "\n" in t.text), len(doc))
    return not any(t.text == "?" for t in doc[first.i : line_end])


# Words that open a speaker's own words: "Ilse Varga: We Will Not Back Down".
_FIRST_PERSON = frozenset(["i", "we", "my", "our", "us"])


def _in_the_first_person(label: SpacySpan) -> bool:
    """Whether the words after a label's colon open with "I", "We", "My", "Our" or "Us"."""
    first = _first_word_after_colon(label)
    return first is not None and first.lower_ in _FIRST_PERSON


def _first_word_after_colon(label: SpacySpan) -> Token | None:
    """The word right after the colon that follows a label, if a colon follows it."""
    doc, end = label.doc, label.end
    return doc[end + 1] if end + 1 < len(doc) and doc[end].text == ":" else None


def _kicker(label: Token) -> bool:
    """Whether a one-word label before a colon is a kicker, a common noun that says what a
    story is about ("Flood: …", "Budget: …"), rather than a name: not in capitals as a
    transcript's "PENCE:" is, not taken for a name by the recogniser, and written as a name
    nowhere else in the text ("Okoro: …" after "Chief Constable Nadia Okoro")."""
    if label.is_upper or label.ent_type_ in _SPEAKING_ENTITIES:
        return False
    if label.lemma_.lower() in SOURCE_NOUNS:
        return False  # "Poll: voters split …", "Study: …": what follows is what it found
    return not any(
        t.text == label.text and t.i != label.i and (t.pos_ == "PROPN" or t.ent_type_)
        for t in label.doc
    )


def _line_kind(part: Span, marks: list[Span]) -> QuoteKind:
    """Reported, not quoted: a transcript line's words carry no quotation marks of their own
    (a transcript quoted whole is the quoting article's direct quote, not each line's).

    "Ramaphosa: 'We will not allow …'": a headline's words in marks are quoted. Not a line
    of a transcript quoted whole, whose marks open before the line's words.
    """
    quoted = any(a == part[0] and part[1] <= b for a, b in marks)
    return QuoteKind.DIRECT if quoted else QuoteKind.INDIRECT


# "Q: …" and "A: …" opening the lines of an interview transcript ("**Q.** …" in Markdown).
_EXCHANGE = re.compile(
    r"^[ \t]*[*_]*([QA])[*_]*[:.][*_]*[ \t\u00a0]+(\S[^\n]*?)[ \t]*$", re.MULTILINE
)
