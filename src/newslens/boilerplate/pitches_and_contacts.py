"""Whether a line is the site asking something of its reader rather than the story telling:
a pitch for its newsletter, its app or a subscription, a call for letters or for claims to
check (``_is_pitch``), or how to reach the reporter under the story (``_WRITER_CONTACT``)."""

from __future__ import annotations

import re

from newslens.boilerplate.bylines import AUTHOR_ROLE

# A pitch for the site's newsletter or alerts in the middle of a story ("Get our free daily
# newsletter", "Want more? Sign up to our morning briefing"), perhaps after a short teaser;
# a sentence that reports such an email is the story's ("… the email said").
_PITCH = re.compile(
    r"""^\W*(?:[^.!?\n]{1,60}[?:!]\s*)?
        (?:sign\ up(?:\ (?:for|to))?|subscribe(?:\ to)?|get|receive|join)
        (?:\s*:\s*|\ (?:our|your|the|this)\ )(?:[\w'’&-]+\ ){0,5}?
        (?:newsletters?|e-?mails?|inbox|briefings?|bulletins?|alerts?|podcasts?)\b
        [^.!?\n]{0,80}[.!]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A paywall's offer where a pasted story stops: "Get unlimited access to the Ledger for £1 a
# month. Cancel anytime.", "Start your free trial", "Unlock this article", "Become a subscriber";
# "cancel anytime" only after a price ("Customers can cancel at any time" is the story's).
_ACCESS_PITCH = re.compile(
    r"""^\W*(?:(?:get|enjoy|unlock|try)\ (?:unlimited|full|complete|instant)\ (?:digital\ )?access\b
        | unlock\ (?:this|the\ full)\ (?:article|story)\b | start\ (?:your|a)\ free\ trial\b
        | become\ a\ (?:subscriber|member)\b
        | [^\n]*(?:[£$€]\d|\b(?:a|per)\ month\b)[^\n]*\bcancel\ (?:any\ ?time|at\ any\ time)\W*$)""",
    re.IGNORECASE | re.VERBOSE,
)
# A pitch for the site's app: "Download the KVTR 7 News app for alerts", "Breaking news alerts:
# get them on our app". A newsletter's for subscribers calls it "a reader-supported publication",
# or promises it "straight to your inbox".
_APP_PITCH = re.compile(
    r"""^\W*(?:[^.!?\n]{1,60}[:!]\s*)?(?:download|get|install)\ (?:it\ |them\ )?(?:on\ |from\ )?
        (?:our|the)\ (?:free\ )?(?:[\w&'’-]+\ ){0,4}?app\b[^\n]{0,120}$""",
    re.IGNORECASE | re.VERBOSE,
)
# A call for readers' letters under the story: "The Gazette welcomes letters to the editor.
# Send yours to …", "Email your letters to …", "Letters may be edited for length and should be
# sent to …". The story's "Readers wrote dozens of letters to the council" asks nothing, and
# "The mayor welcomes letters from residents" is news of someone else's call.
_LETTERS_CALL = re.compile(
    r"""^\W*(?:[^.!?\n]{1,60}\ welcomes?\ (?:your\ |all\ )?
            (?:letters\ to\ the\ editor|letters\ from\ (?:its\ |our\ )?readers)\b
        | we\ welcome\ (?:your\ |all\ )?letters\b
        | (?:send|e-?mail|submit|post)\ (?:us\ )?(?:your\ |a\ )?letters?(?:\ to\ the\ editor)?
            \ (?:to|at|via)\b
        | letters(?:\ to\ the\ editor)?\ (?:[^.!?\n]{1,40}\ and\ )?(?:can|may|should)\ be
            \ (?:sent|e-?mailed|submitted|posted|addressed)\ (?:to|at|via)\b
        | to\ (?:submit|send|write)\ a\ letter\b[^\n]{0,40}
            \b(?:e-?mail|write\ to|visit|send|go\ to)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# A call for claims or stories to check, under a fact check or a story: "If you see a claim you
# think we should check, email us.", "Spotted a claim? Tell us.", perhaps after a line about
# the site; "us" is the site, so the line asks, and no one in the story is quoted.
_TIPS_CALL = re.compile(
    r"""^\W*(?:[^.!?\n"“”]{1,100}[.!?]\s+)?
        (?:if\ you\ [^.!?\n"“”]{1,80},\s*|[^.!?\n"“”]{1,60}\?\s*)
        (?:please\ )?(?:e-?mail|contact|tell|message|write\ to)\ us\b[^.!?\n"“”]{0,80}[.!]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_REPORTED = re.compile(r"\b(?:said|says|told|according|urged|wrote|warned)\b", re.IGNORECASE)
_MAX_PITCH = 200


# How to reach the reporter, under the story: "Reporter Jo Price can be reached at
# jprice@… or 555-0142", "Contact the writer at …", "Reach Sam Lee at …", "Follow her on X
# @jprice", "Email: …", "Tips? Send them to …". After the lead come only addresses, numbers
# and handles, to the line's end, so the story's "Residents can call 555-0199 to report a
# leak" or "The utility can be reached at 555-0199 for updates" stays the story's.
_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_PHONE = r"\+?\(?\d[\d\ ().-]{5,18}\d(?:,?\ ?ext\.?\ ?\d{1,5})?"
_CHANNEL = (
    r"(?:e-?mail|phone|telephone|tel\.?|mobile|text|x|twitter|bluesky|signal|whatsapp"
    r"|instagram|threads|mastodon)"
)
_CONTACT_ITEM = (
    rf"(?:(?:at|on|via|by)\ |{_CHANNEL}\b\s*:?\ ?){{0,3}}"
    rf"(?:{_ADDRESS}|{_PHONE}|@[\w.]{{1,30}}|(?:https?://|www\.)\S+)"
)
# Items joined by a word or a mark, never by a space alone: a run of digits is then one
# number, not many ways of cutting it into several.
_CONTACTS = rf"{_CONTACT_ITEM}(?:\s*(?:,|;|/|\bor\b|\band\b)\s*{_CONTACT_ITEM})*\W*$"
_NAMED = r"(?-i:[A-Z][\w'’.-]*(?:\ [A-Z][\w'’.-]*){0,3})"
_WRITER_CONTACT = re.compile(
    rf"""^\W*(?:
        (?:(?:[\w-]+\ ){{0,2}}{AUTHOR_ROLE}\ )?{_NAMED}\ (?:can|may)\ be
            \ (?:reached|contacted|e-?mailed)\ {_CONTACTS} |
        (?:you\ can\ )?(?:contact|reach|e-?mail|write\ to|follow|tell)
            \ (?:the\ (?:[\w-]+\ )?{AUTHOR_ROLE}|him|her|them|me|us|{_NAMED})\ {_CONTACTS} |
        (?:{_CHANNEL}|contact)\s*:\s*{_CONTACTS} |
        (?:(?:have|got)\ a\ )?(?:news\ )?(?:tips?|story\ ideas?)\s*\?\s*
            (?:send|e-?mail|call|contact|message|text|write|reach|get\ in\ touch)\b[^\n]{{0,120}}$
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def _is_pitch(line: str) -> bool:
    return (
        len(line) <= _MAX_PITCH
        and (
            bool(_PITCH.match(line))
            or (" app" in line.lower() and bool(_APP_PITCH.match(line)))
            or "reader-supported publication" in line
            or bool(_ACCESS_PITCH.match(line))
            or "your inbox" in line
            or ("letter" in line.lower() and bool(_LETTERS_CALL.match(line)))
            or (" us" in line and bool(_TIPS_CALL.match(line)))
        )
        and not _REPORTED.search(line)
    )
