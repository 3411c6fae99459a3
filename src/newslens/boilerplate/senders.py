"""Who sent a text: the email headers it opens with (:func:`email_headers`), and who issued a
press release (:func:`press_release_issuer`)."""

from __future__ import annotations

import re

from newslens.article import Span, title_from_first_line
from newslens.boilerplate.letterheads import _letterhead
from newslens.boilerplate.lines import _HEAD_CHARS
from newslens.boilerplate.spans import _lines, strip_span

# A press release's paragraph on its issuer, under "About Northwind Energy": the paragraph
# that follows begins with the name ("Northwind Energy plc is a …"), where a story's section
# "About the survey" goes on in its own words.
_ABOUT = re.compile(r"About\ ((?:[A-Z][\w&.'’-]*\ ?){1,6}?)\s*:?", re.VERBOSE)
_ABOUT_LINE = re.compile(rf"^[ \t]*{_ABOUT.pattern}[ \t]*\n\s*", re.MULTILINE)


# An email's headers over its body, pasted with it or saved in a .eml file: "From: The Quayside
# Letter <hello@…>", "Subject: …", "Date: …", and those of its delivery ("Received: …").
_EMAIL_HEADER = re.compile(
    r"""(?P<name>from|to|cc|bcc|subject|date|sent|reply-to|return-path|message-id|mime-version
        |content-[\w-]+|received|delivered-to|x-[\w-]+|list-[\w-]+|dkim-signature|importance
        |authentication-results)[ \t]*:[ \t]*(?P<value>[^\n]*)""",
    re.IGNORECASE | re.VERBOSE,
)


# The fields of an email's header pasted on one line with its message, as a story quotes a mail:
# "From: Harwood Press Office Sent: 3 March 2026 To: newsdesk" names its sender and its date,
# and asserts nothing.
_HEADER_FIELD = re.compile(r"(?<![\w-])(?:From|Sent|Date|To|Cc|Subject):")


def is_header_line(line: str) -> bool:
    """Whether a line holds an email's header: two of its fields or more."""
    return len(_HEADER_FIELD.findall(line)) > 1


def is_header_field(text: str, at: int) -> bool:
    """Whether the name of a field of an email's header starts at ``at`` in ``text``, on a
    header line: "Sent" of "From: Harwood Press Office Sent: 3 March 2026 To: newsdesk"."""
    if _HEADER_FIELD.match(text, at) is None:
        return False
    end = text.find("\n", at)
    return is_header_line(text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)])


# The line a mail program sets over the headers of a mail it forwards, which a forwarded story
# pasted whole opens with: "---------- Forwarded message ---------", "-----Original
# Message-----", "Begin forwarded message:", Outlook's rule of underscores.
_FORWARDED = re.compile(
    r"[ \t]*(?:-+[ \t]*(?:forwarded message|original message)[ \t]*-+"
    r"|begin forwarded message:|_{20,})[ \t]*",
    re.IGNORECASE,
)
_FORWARDED_LINE = re.compile(rf"^{_FORWARDED.pattern}$", re.IGNORECASE | re.MULTILINE)
# The note a forwarder writes above the mail is no part of the story: a line or two ("Thought
# you'd want to see this — J."), or a message of a few paragraphs, where a story that goes on
# to quote a mail opens with its headline over its own paragraphs.
_FORWARDER_LINE_CHARS = 200
_FORWARDER_NOTE_CHARS = 2000
# How a message opens and closes, as a story's headline and paragraphs never do: "Hi Priya,",
# "Dear all", "FYI"; "Thanks,\nSam", "Best wishes, Sam Okafor", "— J.", a name alone.
_GREETING = re.compile(
    r"""(?:hi|hello|hey|dear)[ \t,!]|fyi\b
        |(?:good\ )?(?:morning|afternoon|evening)(?:[ \t]+\w+)?[ \t]*[,!—–-]?[ \t]*$""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)
_SIGN_OFF = re.compile(
    r"""(?:(?i:(?:many\ )?thanks|thank\ you|cheers|best(?:\ wishes)?|(?:kind\ |warm\ )?regards
        |all\ the\ best|speak\ soon)[!,.]?\s*)?[—–-]*[ \t]*(?:[A-Z][\w'’-]*\.?[ \t]*){0,3}""",
    re.VERBOSE,
)
# What a mail program puts before the subject of a mail forwarded or answered: "Fwd: ",
# "FW: ", "Re: ", repeated as it goes round.
_FORWARDED_SUBJECT = re.compile(r"(?:(?:fwd?|re)[ \t]*:[ \t]*)+", re.IGNORECASE)


def email_headers(text: str) -> tuple[Span | None, dict[str, str]]:
    """The span of the email headers that open ``text`` (with the line a forward sets over
    them, and the forwarder's note above that), and each header's value by its name in lower
    case, the subject without its "Fwd:" or "Re:"; (None, {}) for a text that opens with no
    sender and its subject or date."""
    headers: dict[str, str] = {}
    span: Span | None = None
    at = 0
    while at < len(text) and text[at].isspace():  # not text.lstrip(), a copy of 5 MB
        at += 1
    forwarded = _FORWARDED.match(text, at) or _FORWARDED_LINE.search(text, at, at + _HEAD_CHARS)
    if forwarded is not None and not _is_forwarders_note(text[at : forwarded.start()]):
        forwarded = None
    if forwarded is not None and text[forwarded.end() : forwarded.end() + 1] in ("\n", ""):
        span = (at, forwarded.end())
        at = forwarded.end() + 1
    while at < min(len(text), _HEAD_CHARS):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        header = _EMAIL_HEADER.fullmatch(text, at, end)
        if header is not None:
            headers.setdefault(header.group("name").lower(), header.group("value").strip())
        elif not (span and text[at : at + 1] in (" ", "\t") and text[at:end].strip()):
            break  # a folded header's next line starts with blank space
        span = (span[0] if span else at, end)
        at = end + 1
    if span is None or "from" not in headers or not headers.keys() & {"subject", "date", "sent"}:
        return None, {}
    if "subject" in headers:
        headers["subject"] = subject_title(headers["subject"])
    return strip_span(text, *span), headers


def _is_forwarders_note(above: str) -> bool:
    """Whether ``above``, the text over the line a forward sets over the forwarded mail, is the
    forwarder's note: short, or a message of a few paragraphs that opens with a greeting, ends
    with a sign-off or has no headline on top, not a story's headline and opening."""
    above = above.strip()
    if len(above) <= _FORWARDER_LINE_CHARS:
        return True
    if len(above) > _FORWARDER_NOTE_CHARS:
        return False
    last = above.rsplit("\n\n", 1)[-1].strip()
    return bool(
        _GREETING.match(above) or _SIGN_OFF.fullmatch(last) or title_from_first_line(above) is None
    )


def subject_title(subject: str) -> str:
    """An email's subject as a title: without the "Fwd:" or "Re:" its forwards put before it."""
    subject = subject.strip()
    forwarded = _FORWARDED_SUBJECT.match(subject)
    return subject if forwarded is None else subject[forwarded.end() :]


# An organisation's name as a release writes it: "Northwind Energy plc", "Bank of Kent"; a full
# stop after it ends the sentence.
_NAME_WORD = r"[A-Z0-9](?:[\w&'’-]|\.(?=\w))*"
_ORGANISATION = rf"(?=[A-Z]){_NAME_WORD}(?:\ (?:{_NAME_WORD}|&|of|and|for|plc|ltd|inc|llc)){{0,6}}"
# A release's note of who sent it, a line of its own: "Issued by Kestrel PR on behalf of
# Northwind Energy" (the client is the issuer, the agency only sends it), "Issued on behalf of
# Northwind Energy", "Issued by Northwind Energy".
_ISSUED_BY = re.compile(
    rf"""^[ \t]*Issued\ (?:by\ (?:the\ )?(?P<sender>{_ORGANISATION}))?\ ?
        (?:on\ behalf\ of\ (?:the\ )?(?P<client>{_ORGANISATION})(?:\ by\ [^\n]{{1,60}}?)?)?
        [ \t]*\.?[ \t]*$""",
    re.MULTILINE | re.VERBOSE,
)
# The first paragraph of a release, under its dateline: "PORTMOOR, England, March 4, 2026
# /PRNewswire/ -- Portmoor Harbour Trust (LSE: PHT), the charity that runs the port, today
# announced …". The issuer is who announces: a name before its ticker and a description
# between commas at most. A dateline without a press wire's name in it is a release's only
# under "For immediate release"; a news agency's ("LONDON, March 3 (Reuters) -") is a story's.
_ANNOUNCER = rf"""\s*(?:--|[–—-])\s*(?:The\ )?(?P<name>{_ORGANISATION})
    (?:,\ (?:Inc|Ltd|LLC|Corp|Co)\.?)?(?:\ \([^()\n]{{1,40}}\))?
    (?:,[^,\n]{{1,150}},)?\ (?:today\ )?
    (?:announce[sd]|report(?:s|ed)|launch(?:es|ed)|unveil(?:s|ed)|open(?:s|ed))\b"""
_WIRE_ANNOUNCEMENT = re.compile(
    r"""(?:/\ ?(?i:pr\ ?newswire|business\ wire|globe\ newswire|cnw|accesswire)\ ?/
        |\((?i:business\ wire|globe\ newswire|accesswire)\))"""
    + _ANNOUNCER,
    re.VERBOSE,
)
_DATELINE_ANNOUNCEMENT = re.compile(r"^[A-Z][A-Z\ .'’-]+,[^\n–—]{1,40}?" + _ANNOUNCER, re.M | re.X)
_FOR_RELEASE = re.compile(
    r"^\W*for immediate release(?:\W*|\W+[\w ,.]{0,30}\d{4})$", re.IGNORECASE | re.MULTILINE
)
# A release's first lines: a wire's dateline comes before the story's second paragraph.
_RELEASE_HEAD_CHARS = 2000
# A release's heading line, naming its issuer and the kind of text it is, perhaps its date:
# "Harwood Borough Council — Press release — 3 March 2026", "Bank of Kent | News release".
_MARK = r"\s+[—–|·-]\s+|:\s+"
_RELEASE_HEADING = re.compile(
    rf"""(?:The\ )?(?P<name>{_ORGANISATION})(?:{_MARK})(?i:press|news|media)\ release
        (?:(?:{_MARK})(?P<date>[^\n]{{1,40}}))?""",
    re.VERBOSE,
)


def release_heading(text: str) -> re.Match[str] | None:
    """The heading a release's first line is ("Harwood Borough Council — Press release — 3
    March 2026"), or None."""
    first = text.lstrip().partition("\n")[0].strip()
    return _RELEASE_HEADING.fullmatch(first) if "release" in first.lower() else None


def press_release_issuer(text: str) -> str | None:
    """Who issued a press release: the name under which its "About …" paragraph tells of
    them, when that paragraph opens with the name ("About Northwind Energy", then "Northwind
    Energy plc is …"), as a story's "About the survey" does not; else the client its "Issued
    by …" line names, or who announces in the first paragraph under its dateline, or the
    name its first line sets before "Press release", or the name its letterhead opens with."""
    head = text[:_RELEASE_HEAD_CHARS]
    announced = _WIRE_ANNOUNCEMENT.search(head)
    if announced is None and _FOR_RELEASE.search(head):
        announced = _DATELINE_ANNOUNCEMENT.search(head)
    announcer = None if announced is None else announced.group("name")
    abouts = [
        name
        for heading in _ABOUT_LINE.finditer(text)
        if text.startswith(name := heading.group(1).strip(), heading.end())
    ]
    # "About HLX-204" over "About Helixa Therapeutics": the issuer is who announces, not
    # what it announces
    about = next(
        (
            n
            for n in abouts
            if announcer is None or n.startswith(announcer) or announcer.startswith(n)
        ),
        None,
    )
    if about is not None:
        return about
    issued = _ISSUED_BY.search(text) if "Issued " in text else None
    if issued is not None and (issued.group("client") or issued.group("sender")):
        return issued.group("client") or issued.group("sender")
    if announcer is not None:
        return announcer
    headed = release_heading(head)
    return _letterhead_name(head) if headed is None else headed.group("name")


_ORGANISATION_ALONE = re.compile(_ORGANISATION)


def _letterhead_name(head: str) -> str | None:
    """The issuer's name a release's letterhead opens with, over its address and how to reach
    its press office ("Harwood Borough Council", then "Tel: …"); a letterhead that opens with
    its address names no one."""
    if "release" not in head.lower():
        return None  # the usual case: no release label for a letterhead to stand over
    letterhead = _letterhead(head, _lines(head))
    if not letterhead:
        return None
    first = head[slice(*letterhead[0])]
    return first if _ORGANISATION_ALONE.fullmatch(first) else None
