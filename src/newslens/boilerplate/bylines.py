"""Bylines: whether a line is one ("By Alice Carter", "מאת דנה כהן"; :func:`is_byline`) or says
"By" in other words ("Words by Alice Carter"; :func:`byline_in_other_words`), the names it
signs (:func:`signed_names`), which of them are writers rather than a role or a wire service
(:func:`names_of`), and how a reader writes them (:func:`names_as_written`)."""

from __future__ import annotations

import re

from newslens.boilerplate.dates import _MONTH_NAME

# A byline left in the text ("By Alice Carter", "By Ana Ruiz, Tom Hale and Li Wei – 14 November
# 2025", "By Jo Price, transport correspondent, in Ashford | 9:14 a.m."): every word a name's,
# an author's role, a number's or a month's, so "By Tuesday the river had risen" is prose;
# "By Jo Price and agencies" credits the wire copy written in, "By Jo Price, AFP, translated
# from French" the language it was first written in.
AUTHOR_ROLE = (
    r"(?i:editor|correspondent|reporter|writer|columnist|critic|contributor|journalist|analyst"
    r"|checker|translator)s?"
)
# A name may hold particles in lower case, "Ana de la Cruz", "Jean-Luc d'Arcy": a particle is
# part of a name only before the rest of it, "By de" is none.
_PARTICLE = r"(?:de|del|della|der|den|di|da|das|do|dos|du|la|le|van|von|ter|ten|bin|ibn|al|el|y)"
_ELIDED = r"[dl]['’](?=[A-Z])"
_NAME_PARTICLE = rf"{_PARTICLE}(?=\s+(?:{_PARTICLE}\s+)?(?:{_ELIDED})?[A-Z])"
_BYLINE = re.compile(
    rf"""By(?:\s+(?:(?:{_ELIDED})?[A-Z][\w'’.-]*,?|{_NAME_PARTICLE}|and|&|in|agencies
        |(?:[a-z][\w'’-]*\ ){{0,3}}{AUTHOR_ROLE},?|translated\ from|\d[\d:,.]*|[ap]\.m\.
        |[,|·•–—-]))+\s*""",
    re.VERBOSE,
)
# Hebrew names have no capitals to tell them from prose: a Hebrew byline ("מאת דנה כהן") is
# "מאת" ("by") and names of two to four words, listed with commas or with "ו" ("and", written
# onto the next name's first word), perhaps each with a role after a comma ("כתבת התחבורה",
# transport reporter) and the date after a mark ("| 14.11.2026"); a sentence ("מאת השר נמסר
# כי …", "the minister said that …") goes on, or ends with a full stop. A later word of a name
# may open with ו ("דנה וייס"), but not one that another word follows: that ו is "and". Bidi
# marks (RLM, LRM), which Hebrew pages set after a name or a date, are no words.
_HEBREW_WORD = r"[\u05d0-\u05ea][\u05d0-\u05ea\u05f3\u05f4'\"-]*"
_HEBREW_LATER_WORD = rf"\s+(?!ו{_HEBREW_WORD}\s+{_HEBREW_WORD}){_HEBREW_WORD}"
_HEBREW_ROLE_WORD = r"(?:כתבנו|כתבתנו|כתבת?|עורכת|עורך|פרשנית|פרשן|צלמת|צלם)\b"
_HEBREW_ROLE = rf",\s*{_HEBREW_ROLE_WORD}(?:{_HEBREW_LATER_WORD}){{0,3}}"
_HEBREW_NAME = rf"(?!{_HEBREW_ROLE_WORD}){_HEBREW_WORD}(?:{_HEBREW_LATER_WORD}){{1,3}}"
_HEBREW_LISTED = re.compile(rf"(?:^|,\s*|\s+ו)(?P<name>{_HEBREW_NAME})")
_HEBREW_BYLINE = re.compile(
    rf"מאת:?\s+(?P<names>{_HEBREW_NAME}(?:{_HEBREW_ROLE})?"
    rf"(?:(?:,\s*|\s+ו){_HEBREW_NAME}(?:{_HEBREW_ROLE})?)*)"
    r"(?:\s*[|·•–—-][\d\s./:,\u05d0-\u05ea\u200e\u200f]*)?[\u200e\u200f]*"
)
# The words a byline opens with: English's "By", Hebrew's "מאת".
BYLINE_WORDS = ("By", "מאת")


# A role on a line of its own, under the byline: "Transport Reporter".
_ROLE = re.compile(rf"(?:[\w'’-]+\ ){{0,3}}{AUTHOR_ROLE}")


def is_byline(line: str) -> bool:
    """Whether a line, white space around it left out, is a byline: "By" (or "מאת") and the
    authors' names, perhaps their roles and the date."""
    return any(byline.fullmatch(line.strip()) for byline in (_BYLINE, _HEBREW_BYLINE))


# How a magazine or a blogging platform says "By": "Words: Hannah Blake", "Words by …", "Text
# by …", "Written by …", "By: …", and "By" in capitals or in lower case ("BY HANNAH BLAKE"); a
# live blog signs with its editors ("Edited by Sarah Kent and Mike Ross").
_WRITER_PREFIX = re.compile(r"(?:(?i:(?:words|text)(?::|\ by)|(?:written|edited)\ by|by:)|BY|by)\ ")


def byline_in_other_words(line: str) -> str | None:
    """The byline ("By Hannah Blake") a line is that says "By" in other words ("Words by Hannah
    Blake"), or None: "Written by the river: a year on the Tamar" is a headline."""
    prefix = _WRITER_PREFIX.match(line.strip())
    if prefix is None:
        return None
    byline = f"By {prefix.string[prefix.end() :]}"
    return byline if is_byline(byline) else None


# The names a byline signs with: each two to four words with capitals ("Helen Brice", "JANE
# DOE"), perhaps with a role after it ("Jane Doe, Political Editor"); a word that starts the
# date after them ("Updated", "March 3", "Tuesday") is no part of a name.
_STAMP_START = (
    rf"(?i:updated|published|posted|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    rf"|(?i:{_MONTH_NAME})\.?\s+\d"
)
_WRITER_WORD = rf"(?:{_ELIDED})?[A-Z][\w'’.-]*"
_NAME = rf"{_WRITER_WORD}(?:\s+(?!{_STAMP_START})(?:{_PARTICLE}\s+){{0,2}}{_WRITER_WORD}){{1,3}}"
ONE_NAME = re.compile(_NAME)
_ROLE_AFTER_NAME = rf",\s+{_ROLE.pattern}"
_NAME_SEPARATOR = re.compile(r",?\s+(?:and|&)\s+|,\s+")
# The wire services whose names follow their writers' in a byline, as the AP signs ("By JANE
# DOE Associated Press", "By JANE DOE AP Education Writer").
_AGENCY = (
    r"(?i:(?:the\s+)?(?:associated\s+press|agence\s+france[-\s]presse|bloomberg\s+news|pa\s+media"
    r"|press\s+association|united\s+press\s+international|(?:australian\s+associated|canadian)"
    r"\s+press|reuters|bloomberg|afp|ap|upi|aap|dpa|efe|ansa|xinhua))"
)
_AGENCY_ALONE = re.compile(rf"{_AGENCY}(?:\s+{_ROLE.pattern})?")
# The newsroom a writer signs for after the name, "By Jane Ormsby, BBC News": no writer; nor
# a broadcaster's initials and its nation or region, "BBC Wales", "ITV Cymru Wales" (two
# capitals may be a writer's initials: "JR Hale").
_NEWSROOM = re.compile(
    r"(?:[\w'’.&-]+\s+){1,3}(?:News|Newsroom|Online|Sport|Digital)"
    r"|[A-Z]{3,4}(?:\s+[A-Z][a-z][\w'’-]*){1,2}"
)
_AFTER_AGENCY = re.compile(
    rf"(?P<writer>.+?)(?P<mark>\s*[,|·–—-])?\s+(?P<agency>{_AGENCY_ALONE.pattern})"
)
# A byline that names no writer still says who wrote the piece: "By Staff", "By agencies",
# "By Reuters".
_CREDIT = rf"(?:{_AGENCY}|(?i:staff|agencies|wires))\b"
_SIGNATURE = re.compile(
    rf"""By\s+(?:(?P<names>{_NAME}(?:{_ROLE_AFTER_NAME})?
        (?:(?:{_NAME_SEPARATOR.pattern}){_NAME}(?:{_ROLE_AFTER_NAME})?)*)
        |(?P<credit>{_CREDIT}))""",
    re.VERBOSE,
)


def signed_names(line: str) -> str | None:
    """The names, "A; B", that a line signs with ("By A, Political Editor, and B"), or None
    for one that signs nobody; the date, place and agency after them ("in Ashford | 9:14
    a.m.", "| Reuters", "and agencies") and a writer's role left out."""
    hebrew = _HEBREW_BYLINE.fullmatch(line.strip())
    if hebrew is not None:
        without_roles = re.sub(_HEBREW_ROLE, "", hebrew["names"])
        return "; ".join(found["name"] for found in _HEBREW_LISTED.finditer(without_roles))
    if not line.startswith("By"):
        return None
    signature = _SIGNATURE.match(f"By {without_agency(line[2:].strip())}")
    if signature is None:
        return None
    after = signature.string[signature.end() :]
    if after.strip() and not is_byline(f"By {after}"):
        return None
    credit = signature.group("credit")
    if credit:
        return credit[0].upper() + credit[1:]  # shown where a name would be, as a name is
    names = _NAME_SEPARATOR.split(re.sub(_ROLE_AFTER_NAME, "", signature.group("names")))
    return "; ".join(map(without_agency, names))


def without_agency(name: str) -> str:
    """A writer's name, or a byline's names, without the agency after them; a name that ends
    with one ("Michael Bloomberg") is kept whole, where a mark sets the agency apart ("Jane
    Doe | Reuters"), the AP sets its writer's name in capitals or the agency's is several
    words."""
    signed = _AFTER_AGENCY.fullmatch(name)
    if signed is None:
        return name
    writer = signed.group("writer")
    apart = signed.group("mark") or writer.isupper() or " " in signed.group("agency")
    return writer if apart and len(writer.split()) >= 2 else name


def names_of(byline: str) -> list[str]:
    """The writers a byline's names ("A; B") are: a role set after a name ("Graham Tully,
    Transport Correspondent") is no author, nor is the wire service a writer signs for ("By
    JANE DOE Associated Press", "Jane Doe | Reuters") or the newsroom after the name ("BBC
    News"), but a byline that is only a role ("Staff Reporter") or an agency ("By The
    Associated Press") is still the page's word on who wrote it."""
    names = [without_agency(name) for name in map(str.strip, byline.split(";")) if name]
    people = [
        name
        for name in names
        if not any(credit.fullmatch(name) for credit in (_ROLE, _AGENCY_ALONE, _NEWSROOM))
    ]
    return people or names


# An agency's initials in capitals ("AP", "AFP", "ANSA") are its name, not shouting: a name in
# capitals this long or shorter stays as it is.
_INITIALS = 4


def names_as_written(byline: str | None) -> str | None:
    """The byline as a reader writes it: "A and B", "A, B and C", where its names are listed
    as "A; B; C"."""
    if byline is None:
        return None
    # Wire services sign in capitals ("By ROSA DELGADO"), which the header would shout.
    names = [
        name.title() if name.isupper() and len(name) > _INITIALS else name
        for name in names_of(byline)
    ]
    names = list(dict.fromkeys(names))  # a name found in the markup and in the head
    if len(names) < 2:
        return names[0] if names else None
    return f"{', '.join(names[:-1])} and {names[-1]}"
