"""Whether one line, by its own words, is the site's (``_is_furniture``): a lead ("Share this
article", "Read more:"), a button, a picture's credit, a page number, a newsletter's dated
masthead, or one of the site's asks that ``pitches_and_contacts`` tells (a pitch for a
newsletter, an app or a subscription, how to reach the reporter); or whether it is a paragraph
of the story (``_is_paragraph``), or one that opens it."""

from __future__ import annotations

import re

from newslens.boilerplate.bylines import BYLINE_WORDS, is_byline
from newslens.boilerplate.dates import _MONTH_NAME, _is_date_or_time, time_stamp
from newslens.boilerplate.pitches_and_contacts import _WRITER_CONTACT, _is_pitch

# A line that *is* furniture when it starts with one of these, e.g. "Share this article".
_LEADS = re.compile(
    r"""^\W*(?:
        share\ (?:this|on|via)\b | share\W*$ | tweet\W*$ |
        see\ also\b | also\ read\b |
        related(?:\ (?:articles?|posts?|stories|news|content|coverage|reading))?\s*:?\s*$ |
        related\ (?:articles?|posts?|stories)\b | related(?:\ (?:coverage|content|reading|news|links?))?\s*:\s*\S |
        (?-i:RELATED)\s+\S |
        (?:more|recommended|watch|listen|photos?|videos?|related\ video|read)\s*:\s*[^\n]{1,150}(?<![.!])$ |
        view\ this\ post\ on\ (?:instagram|facebook|x|twitter|tiktok|threads)\W*$ |
        a\ (?:post|photo|video|reel)\ shared\ by\ [^\n]{1,60}\(@[\w.]{1,40}\)\W*$ | \[image\ or\ embed\]\W*$ |
        \[?!\[[^\]\n]{0,300}\]\([^()\s]+(?:\ "[^"\n]*")?\)(?:\]\([^()\s]+\))?\s*$ |
        follow\ [^\n]{1,60}\bcoverage\b[^\n]{0,60}(?:https?://|www\.)\S+\s*$ |
        (?:explore\ )?more\ (?:from|on|stories|galleries|videos|podcasts)\b[^.!?]*$ |
        (?:sign|log)\ in\ to\ (?:comment|reply)\b[^.!?\n]{0,40}$ |
        scroll\ (?:down\ )?to\ continue\b[^.!?\n]{0,40}$ |
        subscribe\b | sign\ up\b[^.]*\bnewsletter | sign\ up\ here\W*$ | follow\ us\b | join\ us\ on\b |
        advertisement\W*$ | sponsored(?:\ content)?\W*$ |
        (?:the\ )?(?:story|article)\ continues\ (?:below|after|under)\b[^.]*$ |
        continue\ reading\b[^.]*$ |
        (?:previous|prev|next)\ page\W*$ | go\ to\ page\ \d{1,3}\W*$ |
        (?:continued\ (?:on|from)|continue\ to)\ (?:the\ )?(?:next\ |previous\ )?page\b[^.!?]{0,20}$ |
        (?:pages?\s*:\s*)?(?:(?:previous|prev)\W+)?(?:\d{1,3}\W+){2,}(?:next|last)\b\W*$ |
        pages?\s*:\s*(?:\d{1,3}\W*){2,}$ |
        listen\ to\ this\ (?:article|story)\b[^.!?]{0,30}$ | \d{1,3}\ ?min(?:ute)?s?\ read\W*$ |
        gift\ (?:this\ )?(?:article|story)\W*$ | save\W*$ | comments?\W*$ |
        this\ (?:article|story)\ is\ more\ than\ (?:\d+|an?|one|two|three|four|five|six)
            \ (?:days?|weeks?|months?|years?)\ old\W*$ |
        print\ this\ (?:article|story|page)\W*$ |
        (?:we|this\ (?:site|website))\ uses?\ cookies\b | (?:accept|allow)\ (?:all\ )?cookies\b |
        (?:with\ your\ permission\ )?we\ and\ our\ (?:\d+\ )?(?:partners|vendors)
            \ (?:store|process|collect|(?:may\ )?use\ (?:cookies|precise|your|personal|data))\b |
        this\ (?:content|embed|video|post)\ (?:is\ not\ available|is\ blocked|cannot\ be\ shown)\b
            [^\n]{0,200}\b(?:cookies|privacy|consent)\b[^\n]{0,120}$ |
        by\ (?:signing\ up|subscribing|registering)\b[^\n]{0,40}\ you\ agree\b[^\n]{0,200}$ |
        we\ use\ your\ (?:sign-?up|e-?mail(?:\ address)?)\ to\ (?![^\n]*\b(?:said|says|told)\b) |
        cookie\ (?:policy|settings|preferences)\b |
        click\ here\b | tags?\s*: |
        all\ rights\ reserved\b | copyright\ (?:©|\(c\)|\d{4}) | © |
        skip\ to\ (?:main\ )?content\b | (?:photo|image|picture)(?:\ (?:caption|credit))?\s*: |
        (?:photo|image|picture|media|video)\ (?:caption|credit|source)\s*, |
        view\ (?:this\ (?:email|newsletter)\ |it\ )?(?:in|on)\ (?:your\ |a\ )?(?:web\ )?browser\b |
        unsubscribe(?:\ (?:here|now|from\ [^.!?\n]{1,40}))?[.!]?\s*(?:[|•·][^\n]*)?$ |
        to\ unsubscribe(?:\ from\ (?:this|these|our)\ [\w\ -]{1,30}?)?,?\ (?:just\ |simply\ )?
            (?:reply|click|tap|e-?mail|visit|text|send|go\ to|follow|use|write\ to)\b |
        you(?:'re|’re|\ are)\ receiving\ this\b | forwarded\ this\ (?:email|newsletter)\b |
        (?:update|manage)\ (?:your\ )?(?:email\ )?preferences\b | privacy\ (?:policy|notice)\W*$ |
        (?:accept|reject)(?:\ all)?\W*$ | already\ a\ (?:subscriber|member)\b | reply\W*$ |
        this\ (?:press\ |news\ )?(?:release|announcement)\ (?:contains|includes|may\ contain)
            \ (?:certain\ )?["“]?forward-looking\b |
        (?:the\ )?(?:views|opinions)(?:\ and\ opinions)?\ expressed\b[^\n]{0,120}
            \b(?:author|writer|columnist|contributor)s?(?:['’]s?)?\b |
        this\ (?:article|story|content)\ is\ (?:only\ )?(?:for|available\ to)\ (?:paying\ )?
            (?:subscribers|members)\b |
        like\ this\s*:\s*$ | (?:like\ )?loading\W*$ | print\W*$ | e-?mail\W*$ | click\ to\ \w+ |
        (?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|copy\ link|
           log\ ?in|sign\ in|sign\ up|log\ ?out|register|menu|search|home)[^\w.]*$ |
        most\ (?:read|popular|viewed|shared|commented)\W*$ |
        key\ events\W*$ |
        you\ (?:may|might)\ also\ like\W*$ |
        recommended(?:\ (?:for\ you|stories|articles|reading|from\ [^.!?\n]{1,40}))?\W*$ |
        [\d.,]+[km]?\ (?:followers|likes|restacks|claps|responses|shares|views)\W*$ |
        (?:over\ |more\ than\ )?(?:[\d.,]+[km]?|hundreds|thousands|tens\ of\ thousands)
            \ (?:of\ )?(?:paid\ )?subscribers\W*$ |
        written\ by\ (?-i:[A-Z][\w'’.-]*(?:\ [A-Z][\w'’.-]*){0,3})\s*$ |
        thanks\ for\ reading\b(?![^\n]*\b(?:said|says|told)\b)[^\n]{0,150}$ | (?<=[·∙•])$ |
        trending(?:\ (?:now|stories|news))?\W*$ |
        (?-i:[A-Z][\w'’.-]*(?:\ [A-Z][\w'’.-]*){0,3})\ is\ our\ (?:[\w-]+\ ){0,3}
            (?:correspondent|editor|reporter|writer|columnist)
            (?:\.|,\ (?:covering|reporting|writing|based)\b) | about\ the\ authors?\b |
        (?:do\ you\ have|have\ you\ got|got)\ a\ (?:news\ )?(?:story|tip)(?:\ for\ us)?\s*\?
            [^\n]{0,40}\b(?:e-?mail|call|contact|get\ in\ touch|send|message)\b |
        (?:do\ you\ )?(?:have|got)\ a\ question\b[^?\n]{0,80}\?
            [^\n]{0,40}\b(?:e-?mail|write\ to|contact|get\ in\ touch|send|message)\b |
        previous\ (?:post|article|story)\b | next\ (?:post|article|story)\b |
        leave\ a\ (?:comment|reply)\b | comments?\s*\(\d+\) | join\ the\ conversation\W*$ |
        (?:have\ your\ say|join\ the\ (?:conversation|discussion|debate))\b[^.!?\n]{0,60}
            \bcomments?\b[^.!?\n]{0,30}[.!]?\s*$ |
        (?:with\ )?additional\ reporting(?:\ by|\s*:)\ (?:(?-i:[A-Z])|agencies\b)[^.\n]{0,80}\.?\s*$ |
        \(\s*(?:additional\ )?(?:reporting|writing|editing)\ by\b |
        (?:(?:additional\ )?(?:reporting|writing)\ by\ [^.;\n]{2,80};\s*)+editing\ by\b |
        this\ (?:article|story|column|piece|post)\ (?:was|has\ been)\ (?:amended|updated|corrected
            |clarified)\b |
        (?:(?:this|the)\ (?:interview|conversation|q&a|transcript)|(?:the\ )?(?:answers|responses))
            \ (?:(?:has|have)\ been|was|were)\ (?:lightly\ )?(?:edited|condensed)(?:\ and\ (?:edited|condensed))?
            (?:\ for\ (?:length|clarity|brevity)(?:\ and\ (?:length|clarity|brevity))?)?[.!]?\s*$ |
        (?:correction|clarification|editor['’]?s['’]?\ note)s?
            (?:,\ [\w\ ,]{0,12}\d[\w\ ,]{0,20}|\ \([^()\n]{1,30}\))?\s*:\s*\S |
        (?:an?\ )?(?:earlier|previous)\ version\ of\ this\ (?:article|story|column|piece|report|post)
            \ (?:said|stated|misstated|reported|gave|named|misnamed|incorrectly|wrongly|misidentified)\b |
        (?:this|a\ version\ of\ this)\ (?:article|story|piece|essay|feature)
            \ (?:(?:first\ |also\ )?appear(?:s|ed)|was\ (?:first\ |originally\ )?published)
            \ (?:in|on|by)\ (?-i:print\b|the\ [^\n]{0,60}?\b(?:issue|edition)\b|[A-Z0-9])
            (?![^\n]*\b(?:said|says|told|according)\b)[^\n]{0,200}$ |
        (?:this|the\ above)\ (?:article|story)\ (?:was|is|has\ been)\ (?:produced|written|supplied
            |provided|funded|made\ possible)\ (?:by|through|with|as\ part\ of|in\ partnership\ with)
            \ (?:a\ grant\ from\ )?(?-i:the\ [A-Z]|[A-Z])
            (?![^\n]*\b(?:said|says|told|according)\b)[^\n]{0,200}$ |
        [^.\n]{3,120}\bcontributed(?:\ reporting)?\ to\ this\ (?:report|story|article)\.?\s*$ |
        (?-i:[A-Z][\w'’-]+(?:\ [A-Z][\w'’-]+)?(?:(?:,\ |,?\ and\ )[A-Z][\w'’-]+(?:\ [A-Z][\w'’-]+)?)*)
            \ reported\ from\ (?-i:[A-Z][\w'’.-]*(?:,?\ [A-Z][\w'’.-]*){0,4})\s*$ |
        (?:[\w’'-]+\ ){0,3}(?:writers?|reporters?|correspondents?)\ (?-i:[A-Z])[^.\n]{3,160}
            \bcontributed(?:\ reporting)?\.?\s*$ |
        [—–-]\ ?[^()\n]{1,80}\(@[\w.-]{1,60}\)[^\n]{0,40}$ |
        good\ (?:morning|afternoon|evening)\s*[,.!](?![^\n]*["“”])[^\n]{0,100}$ |
        (?:the\ )?(?:associated\ press|ap)\b[^\n]{0,200}\bsolely\ responsible\ for\ all\ content\b
            [^\n]{0,250}$ |
        for\ immediate\ release\W*$ | our\ standards\s*:[^\n]{0,80}$ | embargoed\b[^.]{0,80}$ |
        \((?:adds|updates|recasts|corrects|changes|rewrites|writes\ through)\b[^()\n]*\)\s*$ |
        on\ [^\n]{5,120}(?:\d:\d\d|<[^<>\n]+@[^<>\n]+>)[^\n]{0,60}\ wrote:\s*$ |
        (?:-+\ ?(?:forwarded|original)\ message\ ?-+|begin\ forwarded\ message:)
            \s+from:\s[^\n]{1,500}?\b(?:subject|date|sent):\s[^\n]*$ |
        (?:(?:this\ )?(?:article|story|page)\ (?:was\ )?)?printed\ from
            \ (?:https?://|www\.|[\w-]+(?:\.[\w-]+)+|(?-i:[A-Z])[^\n:]{0,60}:\s*(?:https?://|www\.))
            [^\n]{0,160}$ |
        (?:url|link)(?:\ to\ (?:this\ )?(?:article|story|page))?\s*:\s*(?:https?://|www\.)\S+\s*$ |
        (?:https?://|www\.)\S+\s*$ | [\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$ | (?:_{3,}|[_=*~-]{10,})\s*$ |
        [\w.-]+\ mailing\ list\s*$ | [¹²³⁴⁵⁶⁷⁸⁹]+\ ?\S
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# A page's buttons and links, each a line of its own, that name nothing of a story.
_BUTTONS = frozenset(
    {
        "topics",
        "we value your privacy",
        "more options",
        "manage options",
        "manage preferences",
        "agree",
        "i agree",
        "got it",
        "email address",
        "sign me up",
        "member-only story",
        "listen",
        "live",
        "report",
        "follow",
        "type your email…",
        "type your email...",
        "enter your email",
        "enter your email address",
        "discussion about this post",
        "reuse this content",
        "have your say",
        "show key events only",
        "about us",
        "contact",
        "contact us",
        "advertise",
        "advertise with us",
        "careers",
        "sitemap",
        "site map",
        "terms of use",
        "terms of service",
        "terms and conditions",
        "accessibility",
        "accessibility statement",
    }
)
_MAX_BUTTON = max(map(len, _BUTTONS))

# Furniture anywhere in a line: WordPress-style "Headline Previous post Headline" navigation.
# The lookahead names the letters a match opens with, so the search passes every other place
# in a line at one test.
_ANYWHERE = re.compile(
    r"(?=[pnoau])(?:\b(?:previous|next|older|newer)\ (?:post|article|story|entry)\b"
    r"|\ball\ rights\ reserved\b|\buses\ cookies\b)",
    re.IGNORECASE,
)

# A newsletter's masthead, its name and the day's date: "THE MORNING BRIEF | Tuesday 3 March 2026".
# A headline may be dated so too; see _is_dated_masthead.
_MASTHEAD = re.compile(
    r"""^(?P<name>[^|\n]{2,60}?)\s[|•·–—-]\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?
        (?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# What names a newsletter rather than tells a story: a word for one ("THE MORNING BRIEF",
# "Daily Bulletin", "The Quayside Letter") or an issue's number ("Issue 112", "No. 45").
_MASTHEAD_NAME = re.compile(
    r"\b(?:brief(?:ing)?|bulletin|(?:news)?letter|digest|dispatch|round-?up|edition|daily|weekly"
    r"|monthly|memo|wrap|catch-?up|playbook|insider|notebook|update)s?\b"
    r"|(?:\bissue|\bno\.|\bvol(?:ume)?\.?|\#)\s*\d+",
    re.IGNORECASE,
)


# A caption that ends with its picture's credit, "… Photograph: Jane Doe/Reuters", "… (AP
# Photo/John Smith)": a credit names its source with a capital, where a sentence that goes on
# after "a photograph:" does not.
_CREDIT_END = re.compile(
    r"""(?:\b(?i:photograph|photo|picture|image|illustration)s?\s*:\s*[A-Z][^.:\n]{1,80}\.?
        | \((?:[A-Z]{2,}\ )?(?i:photos?)(?:\ by)?\s*[/:]?\s*[^()\n]{2,60}\))\s*$""",
    re.VERBOSE,
)
_CREDIT_WORDS = ("photo", "picture", "image", "illustration")
_MAX_CAPTION = 300

# A page number left in text copied from a PDF ("14", "- 14 -", "Page 3 of 12"): dashes or
# brackets around it at most, so that a figure alone on its line ("£5", "40%") and a year
# heading a timeline ("2019") are not taken for one.
_PAGE_NUMBER = re.compile(
    r"[-–—(\[ ]{0,3}(?:page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?[-–—)\] ]{0,3}", re.I
)


# Leads that also begin sentences ("Read more than the headline …", "Posted in 2019, the
# video …"): furniture only as a link's label, a colon after them or no sentence ending.
_LINK_LEADS = re.compile(
    r"^\W*(?:read\ (?:more|also|next)|filed\ under|posted\ in)\b(\s*[:>»›→|]|\W*$)?",
    re.IGNORECASE | re.VERBOSE,
)

# Furniture lines are short; a long line that merely mentions "subscribe" is prose.
_MAX_LINE = 400
# A link under a list heading: a headline, short and without a sentence-ending full stop.
_MAX_LINK = 160


_SENTENCE_ENDS = (".", "!", "?", '"', "”")
LIST_POINT = re.compile(r"[-•*·–—]\s+\S")
# What stands above a story's second paragraph is its head: the first may be the standfirst
# under the headline.
_PARAGRAPHS_ON_TOP = 2


def _is_paragraph(line: str) -> bool:
    return (
        line.endswith(_SENTENCE_ENDS)
        and len(line.split()) >= _MIN_PARAGRAPH_WORDS
        and not LIST_POINT.match(line)
        and not _is_furniture(line)
    )


def _is_furniture(line: str) -> bool:
    if len(line) > _MAX_LINE:
        return False
    return bool(
        (len(line) <= _MAX_BUTTON and line.lower() in _BUTTONS)
        or _LEADS.match(line)
        or _ANYWHERE.search(line)
        or time_stamp(line) is not None
        or _is_link_lead(line)
        or (line.startswith(BYLINE_WORDS) and is_byline(line))
        or _is_pitch(line)
        or _WRITER_CONTACT.match(line) is not None
        or _is_caption(line)
        or _PAGE_NUMBER.fullmatch(line) is not None
        or _is_named_masthead(line)
        or (len(line) <= _MAX_SITE_LINK and _SITE_LINK.fullmatch(line) is not None)
        or ("ack to " in line and _BACK_HOME.fullmatch(line) is not None)
        or ("  " in line and _is_row_of_buttons(line))
        or bool(_detail_parts(line))
    )


# A site's notes and links that are a short line of their own, looked for only in one: a note
# to turn on JavaScript, a forum's name and its poster's ("r/Porthaven", "Posted by
# u/harbourwatcher"); and its logo, a link home ("The Guardian - Back to homepage").
_SITE_LINK = re.compile(
    r"""(?:please\ )?(?:turn\ on|enable)\ javascript\b[^.!?\n]{0,60}[.!]?
        | r/\w{2,30} | (?:posted|submitted)\ by\ u/[\w-]{2,30}""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_SITE_LINK = 80
_BACK_HOME = re.compile(r"[^.!?\n]{0,60}\b[Bb]ack\ to\ (?:the\ )?(?i:home\ ?page)\W*", re.X)


# A page's buttons copied on one line, wide gaps between them: "Share  Save  Gift this article".
_GAP = re.compile(r"\s{2,}")


def _is_row_of_buttons(line: str) -> bool:
    buttons = _GAP.split(line)
    return len(buttons) > 1 and all(map(_is_furniture, buttons))


# A story's details on one line: its date and how long it takes to read ("December 1, 2026 · 6
# min read"), when it was updated ("18 November 2026, 7:30am · Updated 4:02pm"), or how many
# comments it has (WordPress's "Posted on 3 October 2026 by Ruth Bellamy · 14 Comments"); or
# the site's address with its reading time, as a read-it-later app sets it ("example.com · 4
# min read"). A wire's page sets the time it was updated after the date with no mark between
# ("December 3, 2026 4:12 PM GMT Updated 2 hours ago"). A row of a table of dates and times
# (its cells between " | ") is the story's.
_META_SEPARATOR = re.compile(r"\s+[·|•]\s+|(?<=[\w.])\s*(?=(?:Updated|Published)\b)")
_LABELLED_DETAIL = re.compile(
    r"\d{1,3}\ ?min(?:ute)?s?\ read|(?:\d+|no)\ comments?|leave\ a\ (?:comment|reply)",
    re.IGNORECASE,
)
# A site's address as a reader view sets it over the headline: "www.example.co.uk".
_HOSTNAME = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,24}", re.IGNORECASE)


def _detail_parts(line: str) -> list[str]:
    """The parts of a line of a story's details, between its marks; [] for any other line."""
    if not ("·" in line or "|" in line or "•" in line or "Updated" in line or "Published" in line):
        return []
    parts = _META_SEPARATOR.split(line)
    labelled = [bool(_LABELLED_DETAIL.fullmatch(part) or time_stamp(part)) for part in parts]
    if len(parts) < 2 or not any(labelled):
        return []
    kept = all(
        is_labelled or _is_date_or_time(part) or _HOSTNAME.fullmatch(part)
        for part, is_labelled in zip(parts, labelled, strict=True)
    )
    return parts if kept else []


def _is_named_masthead(line: str) -> bool:
    dated = _dated(line)
    return (
        dated is not None and reads_as_masthead_name(dated.group("name"))
    ) or _ISSUE_LINE.fullmatch(line) is not None


# A newsletter's issue and its month or day, with no name: "December 2026 | Issue 48", "Issue
# 48 · 4 December 2026".
_ISSUE = r"(?:issue|no\.|vol(?:ume)?\.?|\#)\s*\d+"
_ISSUE_DATE = rf"(?:\d{{1,2}}\s+)?(?:{_MONTH_NAME})\.?(?:\s+\d{{1,2}},?)?\s+\d{{4}}"
_ISSUE_LINE = re.compile(
    rf"{_ISSUE_DATE}\s+[|•·–—-]\s+{_ISSUE}|{_ISSUE}\s+[|•·–—-]\s+{_ISSUE_DATE}", re.I
)


def _dated(line: str) -> re.Match[str] | None:
    """A name and a date after it, as a masthead has; only a line that ends with the year's
    digit is matched against the pattern, which most lines of a long article are not."""
    return _MASTHEAD.match(line) if line[-1:].isdigit() else None


# A story's first paragraph is one sentence at least; a greeting ("Good morning. Here is …")
# is furniture.
_MIN_PARAGRAPH_WORDS = 8


def _opens_story(line: str | None) -> bool:
    if line is None:
        return False
    return is_byline(line) or (
        line.endswith(_SENTENCE_ENDS)
        and len(line.split()) >= _MIN_PARAGRAPH_WORDS
        and not _is_furniture(line)
    )


def _is_caption(line: str) -> bool:
    # The credit's word first: searching every line for the credit itself doubled the time
    # a long article's furniture takes to find.
    return (
        len(line) <= _MAX_CAPTION
        and any(word in line.lower() for word in _CREDIT_WORDS)
        and _CREDIT_END.search(line) is not None
    )


def _is_link_lead(line: str) -> bool:
    lead = _LINK_LEADS.match(line)
    return lead is not None and (lead.group(1) is not None or _looks_like_link(line))


def _looks_like_link(line: str) -> bool:
    # A headline may ask a question ("Why are trains so late?"); it does not end a sentence.
    return len(line) <= _MAX_LINK and not line.rstrip("\"'”’)").endswith((".", "!", ":"))


# Site furniture pasted above a story (a menu, "Skip to content") is a few short lines; a PDF's
# running head is known as one where it comes again at the top of the next page.
_HEAD_CHARS = 8000


def reads_as_masthead_name(line: str) -> bool:
    """Whether a line names a newsletter ("THE MORNING BRIEF", "Issue 112") rather than
    tells a story."""
    return _MASTHEAD_NAME.search(line) is not None
