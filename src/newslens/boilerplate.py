"""Site furniture inside an article's text: navigation tails, share buttons, cookie notices.

Text extracted from a web page often keeps a few lines that are the site's, not the article's:
"… Previous post …", "Share this article", "Read more:", "Related articles" and its list of links;
wire copy ends with its credits ("(Reporting by …; Editing by …)", "Associated Press writer
Jim Gomez contributed to this report.") and corrections with a note
("This article was amended on …"), a local paper's story with how to reach its reporter.
Text pasted from elsewhere brings its own: a newsletter's "View in browser" and "Unsubscribe",
a picture's caption and credit, a PDF's page numbers and the running head repeated on each
page.
The reader dims these spans and the analysis ignores them, so a headline in a "Next post" link is
never listed as one of the article's claims.

The decision is made line by line (a line is a paragraph of extracted text), because site
furniture arrives as whole lines; only a line's own words are used, never the article's topic.
"""

from __future__ import annotations

import datetime
import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence

from newslens.article import (
    Span,
    front_matter,
    section_label,
    title_from_first_line,
    written_in_capitals,
)

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
        print\ this\ (?:article|story|page)\W*$ |
        (?:we|this\ (?:site|website))\ uses?\ cookies\b | (?:accept|allow)\ (?:all\ )?cookies\b |
        (?:with\ your\ permission\ )?we\ and\ our\ (?:\d+\ )?(?:partners|vendors)
            \ (?:store|process|collect|(?:may\ )?use\ (?:cookies|precise|your|personal|data))\b |
        this\ (?:content|embed|video|post)\ (?:is\ not\ available|is\ blocked|cannot\ be\ shown)\b
            [^\n]{0,200}\b(?:cookies|privacy|consent)\b[^\n]{0,120}$ |
        by\ (?:signing\ up|subscribing|registering)\b[^\n]{0,40}\ you\ agree\b[^\n]{0,200}$ |
        cookie\ (?:policy|settings|preferences)\b |
        click\ here\b | tags?\s*: |
        all\ rights\ reserved\b | copyright\ (?:©|\(c\)|\d{4}) | © |
        skip\ to\ (?:main\ )?content\b | (?:photo|image|picture)(?:\ (?:caption|credit))?\s*: |
        (?:photo|image|picture|media|video)\ (?:caption|credit|source)\s*, |
        view\ (?:this\ (?:email|newsletter)\ |it\ )?(?:in|on)\ (?:your\ |a\ )?(?:web\ )?browser\b |
        unsubscribe(?:\ (?:here|now|from\ [^.!?\n]{1,40}))?[.!]?\s*(?:[|•·][^\n]*)?$ |
        you(?:'re|’re|\ are)\ receiving\ this\b | forwarded\ this\ (?:email|newsletter)\b |
        (?:update|manage)\ (?:your\ )?(?:email\ )?preferences\b | privacy\ (?:policy|notice)\W*$ |
        (?:accept|reject)(?:\ all)?\W*$ | already\ a\ (?:subscriber|member)\b | reply\W*$ |
        this\ (?:press\ |news\ )?(?:release|announcement)\ (?:contains|includes|may\ contain)
            \ (?:certain\ )?["“]?forward-looking\b |
        (?:the\ )?(?:views|opinions)(?:\ and\ opinions)?\ expressed\b[^\n]{0,120}
            \b(?:author|writer|columnist|contributor)s?(?:['’]s?)?\b |
        this\ (?:article|story|content)\ is\ (?:only\ )?(?:for|available\ to)\ (?:paying\ )?
            (?:subscribers|members)\b |
        like\ this\s*:\s*$ | loading\W*$ | print\W*$ | e-?mail\W*$ | click\ to\ \w+ |
        (?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|copy\ link|
           log\ ?in|sign\ in|log\ ?out|register|menu|search|home)[^\w.]*$ |
        most\ (?:read|popular|viewed|shared|commented)\W*$ |
        key\ events\W*$ |
        you\ (?:may|might)\ also\ like\W*$ |
        recommended(?:\ (?:for\ you|stories|articles|reading|from\ [^.!?\n]{1,40}))?\W*$ |
        [\d.,]+[km]?\ (?:followers|likes|restacks|claps|responses|shares|views)\W*$ |
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
        leave\ a\ (?:comment|reply)\b | comments?\s*\(\d+\) |
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
# A date alone on its line, "Tuesday 3 March 2026", "Mar. 3, 2026": the day's date under a
# newsletter's masthead, or at the top of a page whose masthead or headline went to the header.
# Further down, a date on its own heads an entry of a timeline, which is the story's.
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
_MONTH_NAME = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH = rf"(?:{_MONTH_NAME})\.?"
_LONE_DATE = re.compile(
    rf"(?:{_WEEKDAY}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+\d{{4}}",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"\b(?:said|says|told|according|urged|wrote|warned)\b", re.IGNORECASE)
_MAX_PITCH = 200


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
_PAGE_LINE = re.compile(rf"^[ \t]*{_PAGE_NUMBER.pattern}[ \t]*$", re.I | re.M)
# A page's number on its running head's line, set apart as a PDF's layout sets it, on the
# outer side of the page: "2        Annual Review 2026", "Annual Review 2026        3".
_PAGE_NUMBER_BESIDE = re.compile(r"^[ \t\f]*\d{1,3} {3,}(?=\S)|(?<=\S) {3,}\d{1,3}[ \t]*$", re.M)
_LAYOUT_GAP = "   "
_MAX_RUNNING_HEAD = 120


# Leads that also begin sentences ("Read more than the headline …", "Posted in 2019, the
# video …"): furniture only as a link's label, a colon after them or no sentence ending.
_LINK_LEADS = re.compile(
    r"^\W*(?:read\ (?:more|also|next)|filed\ under|posted\ in)\b(\s*[:>»›→|]|\W*$)?",
    re.IGNORECASE | re.VERBOSE,
)

# A page's time stamp, "Updated 6:42 p.m. ET, March 3, 2026" or "Published: 2 hours ago": furniture
# when every word after the lead is part of a date or a time, so "Updated figures show …" is prose.
_STAMP = re.compile(
    r"^\W*(?P<label>(?:last\ |first\ )?(?:updated|published|posted|modified))\b(?:\ (?:on|at))?"
    r"\W*(?P<when>.*)$",
    re.IGNORECASE | re.VERBOSE,
)
_SIGNED = re.compile(r"\s+by(?:\s+(?:[A-Z][\w'’.-]*|and|&))+\s*$")
_STAMP_WORD = re.compile(
    rf"""\d+ | {_MONTH_NAME} |
        (?:mon|tues|wednes|thurs|fri|satur|sun)day | mon | tues? | wed | thu(?:rs?)? | fri | sat |
        sun | [ap]m? | m |
        [ecmp][sd]?t | gmt | utc | bst | cest? | ist | aed?st | sast | wat | eat |
        on | at | ago | mins? | minutes? | h | hrs? | hours? | days? | weeks? | yesterday | today |
        st | nd | rd | th""",
    re.VERBOSE,
)

# A byline left in the text ("By Alice Carter", "By Ana Ruiz, Tom Hale and Li Wei – 14 November
# 2025", "By Jo Price, transport correspondent, in Ashford | 9:14 a.m."): every word a name's,
# an author's role, a number's or a month's, so "By Tuesday the river had risen" is prose;
# "By Jo Price and agencies" credits the wire copy written in.
AUTHOR_ROLE = (
    r"(?i:editor|correspondent|reporter|writer|columnist|critic|contributor|journalist|analyst)s?"
)
# A name may hold particles in lower case, "Ana de la Cruz", "Jean-Luc d'Arcy": a particle is
# part of a name only before the rest of it, "By de" is none.
_PARTICLE = r"(?:de|del|della|der|den|di|da|das|do|dos|du|la|le|van|von|ter|ten|bin|ibn|al|el|y)"
_ELIDED = r"[dl]['’](?=[A-Z])"
_NAME_PARTICLE = rf"{_PARTICLE}(?=\s+(?:{_PARTICLE}\s+)?(?:{_ELIDED})?[A-Z])"
_BYLINE = re.compile(
    rf"""By(?:\s+(?:(?:{_ELIDED})?[A-Z][\w'’.-]*,?|{_NAME_PARTICLE}|and|&|in|agencies
        |(?:[a-z][\w'’-]*\ ){{0,3}}{AUTHOR_ROLE},?|\d[\d:,.]*|[ap]\.m\.|[,|·•–—-]))+\s*""",
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

# A heading that introduces a block of links ("Related articles", then one headline a line).
_LIST_HEADING = re.compile(
    r"^\W*(?:related|read\ (?:more|next)|(?:explore\ )?more\ (?:from|on|stories|galleries|videos|podcasts)|topics|you\ may\ also\ like|"
    r"recommended|most\ (?:read|popular|viewed|shared|commented)|trending|see\ also|also\ read)\b"
    r"[^.!?]{0,40}$",
    re.IGNORECASE | re.VERBOSE,
)

# A blog's comments under the story, pasted with it: "4 thoughts on “Headline”", "12 Comments",
# "3 responses to …", a forum's "Sort by: Best" over its thread; everything from there on is
# readers' words, not the article's.
_COMMENTS_HEAD = re.compile(
    r"""^\W*(?:\d+\ (?:thoughts?|comments?|responses?|replies)(?:\ (?:on|to)\b[^.!?]*)?
        |sort\ (?:comments\ )?by\s*:?\s*(?:best|top|new(?:est)?|old(?:est)?|controversial|q&a))\W*$""",
    re.IGNORECASE | re.VERBOSE,
)

# The end of a press release or an email, after which nothing is the story's: "-ENDS-", "###",
# "- 30 -", "Notes to editors", an email's signature ("-- "). A contact block ("For more
# information contact:", "Media contact:") runs to the next blank line.
_THE_END = re.compile(
    r"""^[ \t]*(?:-{1,2}[ \t]*(?i:ends?)[ \t]*-{1,2}|(?i:ends)|\#{3}|-[ \t]*30[ \t]*-|--[ \t]?
        |(?i:notes?\ (?:to|for)\ editors?|editors?['’]?\ notes?)[ \t]*:?
        |(?i:(?:forward-looking|safe\ harbou?r|cautionary)\ statements?)[ \t]*:?)[ \t]*$""",
    re.VERBOSE,
)
# A press release's paragraph on its issuer, under "About Northwind Energy": the paragraph
# that follows begins with the name ("Northwind Energy plc is a …"), where a story's section
# "About the survey" goes on in its own words.
_ABOUT = re.compile(r"About\ ((?:[A-Z][\w&.'’-]*\ ?){1,6}?)\s*:?", re.VERBOSE)
_ABOUT_LINE = re.compile(rf"^[ \t]*{_ABOUT.pattern}[ \t]*\n\s*", re.MULTILINE)
# A newsletter's footer, down to the sender's postal address: "You are receiving this because
# …", "Unsubscribe | Update your preferences".
_NEWSLETTER_FOOT = re.compile(
    r"^\W*(?:you(?:'re|’re|\ are)\ receiving\ this\b|unsubscribe\b[^.!?\n]{0,80}$)",
    re.IGNORECASE | re.VERBOSE,
)
_CONTACT = re.compile(
    r"^\W*(?:for\ (?:more|further)\ (?:information|details)[^.\n]{0,40}|(?:media|press)\ (?:contacts?|enquiries|inquiries))\s*:?\s*$",
    re.IGNORECASE | re.VERBOSE,
)
# A local paper's listings pasted under the story, each under its heading and running to the
# next blank line: "Obituaries", then "JENKINS, Margaret Ann. Peacefully at home …".
_LISTINGS = re.compile(
    r"""^\W*(?:obituaries|(?:death|family|public|legal)\ notices|classifieds?|classified\ ads
        |announcements|(?:births,\ )?marriages\ (?:and|&)\ deaths)\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_LISTINGS_HEADING = 40  # "Births, marriages and deaths:", the longest

# A note on the story itself, under it or under its byline: its writer ("Jane Doe is a senior
# fellow at …", "Written by Jane Doe" over her followers and bio), a correction, who else
# reported it. Text wrapped by hand carries such a note on to a second or third line, which
# goes with it; a note whose line ends its sentence ends there.
_NOTE = re.compile(
    r"""^\W*(?:this\ (?:article|story|column|piece|post)\ (?:was|has\ been)\ |correction
        |clarification|editor['’]?s['’]?\ note|(?:an?\ )?(?:earlier|previous)\ version
        |(?:with\ )?additional\ reporting|(?:the\ )?(?:views|opinions)\b|[^.\n]{3,120}\bcontributed\b
        |written\ by\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_NOTE_LINES = 4
# The writer's note names them in full, perhaps with a title, and says what they are or do,
# where the story calls the people in it "Mr Hill" or "Hill"; under the story or under the
# byline, and in the words of a note: a post, a work, a book, the subjects they write on.
_WRITER_NOTE = re.compile(
    r"""^\W*(?:(?:dr|prof(?:essor)?|sir|dame)\.?\ )?(?-i:[A-Z][\w'’-]+(?:\ (?P<surname>[A-Z][\w'’.-]+)){1,3})
        \ (?:is|was)\ (?:a|an|the|our)\ [^\n]{0,120}?\b(?:fellow|professor|lecturer|researcher
        |scholar|director|author|writer|journalist|editor|correspondent|columnist|reporter
        |economist|analyst|historian|scientist|contributor|founder|consultant|advis[eo]r|campaigner
        |novelist|poet|critic|commentator|broadcaster|freelance|host|presenter|producer|partner
        |chair|chief\ executive|head\ of)""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_WRITER_NOTE = 400


# A role on a line of its own, under the byline: "Transport Reporter".
_ROLE = re.compile(rf"(?:[\w'’-]+\ ){{0,3}}{AUTHOR_ROLE}")
# A call for readers' stories over how to send them ("Have you been affected by the closures?",
# then "Tell us at …"): the question alone may be the story's, a quoted one or a reporter's.
_READERS_QUESTION = re.compile(
    r"\W*(?:have|has|were|was|did|do|are|is)\ (?:you|your|anyone)\b[^\n]{0,150}\?", re.IGNORECASE
)


def _asked(text: str, lines: list[Span], at: int, line: str) -> Span | None:
    """The span of ``line``, the last line with words on it before line ``at``, if it asks
    readers a question; else None."""
    if _READERS_QUESTION.fullmatch(line) is None:
        return None
    return next(
        (
            strip_span(text, *lines[k])
            for k in range(at - 1, -1, -1)
            if text[slice(*lines[k])].strip()
        ),
        None,
    )


def _heads_listings(line: str, text: str, end: int) -> bool:
    # A story's subheading has a blank line under it, a listing's heading its first entry.
    return _LISTINGS.match(line) is not None and text[end : end + 2].strip() != ""


def _is_writer_note(line: str) -> bool:
    return (
        len(line) <= _MAX_WRITER_NOTE
        and _WRITER_NOTE.match(line) is not None
        and not _REPORTED.search(line)
        and not any(mark in line for mark in '"“”')
    )


def _without_emphasis(line: str) -> str:
    """A line without the Markdown marks that set it in italics or bold ("*Additional
    reporting by Sam Lee.*"); a list's point ("* First point") keeps its mark."""
    mark = line[:1]
    if mark not in ("*", "_") or not line.endswith(mark):
        return line
    inner = line.strip(mark)
    return inner if inner[:1].isalnum() else line


# Fewer section names in a row than this are a headline, a byline, a dateline.
_MIN_MENU = 4
# Furniture lines are short; a long line that merely mentions "subscribe" is prose.
_MAX_LINE = 400
# A link under a list heading: a headline, short and without a sentence-ending full stop.
_MAX_LINK = 160


def find_boilerplate(text: str) -> list[Span]:
    """Spans of ``text`` that are site furniture, ordered, merged, end exclusive.

    Adjacent furniture lines (and the line breaks between them) merge into one span, so the
    sample article's "Previous post" and "Next post" lines come back as a single range.
    Leading and trailing whitespace of each line is left out of the spans.
    """
    return list(_furniture_of(text))


# The analysis asks twice for an article's furniture: the claims component for each chunk's
# text, and the assembly of the results for the article's, the same text when the article is
# one chunk, asked again a parsing batch (four chunks) later at most.
@functools.lru_cache(maxsize=8)
def _furniture_of(text: str) -> tuple[Span, ...]:
    lines = _lines(text)
    marked: list[Span] = []
    in_list = in_block = False
    note_lines = 0  # lines of a wrapped note still to come, at most
    under_byline = False  # whether the last line with words on it was a byline
    asked: Span | None = None  # the last line with words on it, if it asks readers a question
    above: str | None = None  # the last line with words on it
    about: tuple[Span, str] | None = None  # an "About …" line and the name it gives
    for i, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if line.startswith(("*", "_")):
            line = _without_emphasis(line)
        if not line:
            in_list = in_block = False
            note_lines = 0
            continue
        previous, above = above, line
        asked = None if not previous or previous[-1] != "?" else _asked(text, lines, i, previous)
        if note_lines:
            marked.append(strip_span(text, start, end))
            note_lines = 0 if line.endswith(_SENTENCE_ENDS) else note_lines - 1
            continue
        if about is not None and line.startswith(about[1]):
            marked.extend((about[0], strip_span(text, start, end)))
        issuer = _ABOUT.fullmatch(line)
        about = None if issuer is None else (strip_span(text, start, end), issuer.group(1).strip())
        if (
            _COMMENTS_HEAD.match(line)
            or (_THE_END.match(line) and (line != "--" or _few_lines_after(text, end)))
            or (_NEWSLETTER_FOOT.match(line) and _few_lines_after(text, end))
        ):
            marked.append(strip_span(text, start, len(text)))
            break
        in_block = in_block or bool(
            _CONTACT.match(line)
            or (len(line) <= _MAX_LISTINGS_HEADING and _heads_listings(line, text, end))
        )
        if (
            in_block
            or _is_furniture(line)
            or _is_masthead_date(line, previous)
            or _is_dated_masthead(line, text, lines, i)
            or (under_byline and (_is_writer_note(line) or _ROLE.fullmatch(line) is not None))
        ):
            in_list = bool(_LIST_HEADING.match(line))
            under_byline = line.startswith(BYLINE_WORDS) and is_byline(line)
            if asked is not None and _WRITER_CONTACT.match(line):
                marked.append(asked)
            marked.append(strip_span(text, start, end))
            if not line.endswith(_SENTENCE_ENDS) and (_NOTE.match(line) or _is_writer_note(line)):
                note_lines = _MAX_NOTE_LINES - 1
        elif in_list and _looks_like_link(line):
            under_byline = False
            marked.append(strip_span(text, start, end))
        else:
            in_list = under_byline = False
    marked += _top_menu(text, lines) + _masthead_on_top(text, lines) + _menu_lines(text, lines)
    marked += [span for span, _ in [email_headers(text), front_matter(text)] if span is not None]
    marked += _above_the_story(text, lines, Furniture(marked))
    furniture = Furniture(marked)
    notes = _writer_notes_at_the_end(text, lines, furniture)
    found = (
        notes
        + _topic_tags(text, lines, furniture, set(notes))
        + _running_heads(text, lines)
        + _key_points_boxes(text, lines)
        + _key_events(text, lines)
    )
    return tuple(_merge(text, sorted(set(found + marked))))


# What a page sets between its menu and its story, pasted with it: the site's name over its
# buttons ("The Ledger Line", then "Subscribe"), where the reader is ("News | Transport",
# "Home › Local"), the section's name over the headline ("WORLD"), the date the story was
# published, and the writer's name over it without a "By". The story starts at its second
# paragraph: the first may be the standfirst under the headline. A live blog's first entry
# has its time there too, which stays: a live blog has more entries under times of day.
_BREADCRUMB_MARK = re.compile(r"\s+[|/>›»]\s+|\s*[›»]\s*")
_YEAR = re.compile(r"\b\d{4}\b")
_AGO = re.compile(r"\bago\b", re.I)  # "3 hr. ago": when a forum's post went up
_WRITERS_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\ ){1,2}[A-Z][\w'’.-]*")
_SITE_BUTTON = re.compile(
    r"\W*(?:subscribe|sign\ (?:in|up)|log\ ?in|menu|search|register)\W*", re.I
)
_MIN_HEADLINE_WORDS = 4
_MAX_NAMES_OVER_DATE = 2


def _above_the_story(text: str, lines: list[Span], furniture: Furniture) -> list[Span]:
    rows: list[tuple[int, Span, str]] = []  # the lines with words on them, and where they are
    paragraphs = 0  # under the headline, which may end with a full stop
    headline = False
    for i, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if not line:
            continue
        span = strip_span(text, start, end)
        paragraphs += headline and _is_paragraph(line)
        if start > _HEAD_CHARS or paragraphs == _PARAGRAPHS_ON_TOP:
            break
        headline = headline or not furniture.covers(span)
        rows.append((i, span, line))
    dated = [
        bool(_YEAR.search(line) or _AGO.search(line)) and _is_date_or_time(line)
        for _, _, line in rows
    ]
    # Two dates with no label ("Updated …") head the entries of a timeline.
    unlabelled = sum(1 for k, row in enumerate(rows) if dated[k] and time_stamp(row[2]) is None)
    if unlabelled > 1 or (unlabelled and _is_live_blog(text, lines)):
        dated = [False] * len(rows)
    story = [k for k, (_, span, _) in enumerate(rows) if not furniture.covers(span)]
    found = {k for k in range(len(rows)) if dated[k]}
    if story and _is_breadcrumb(rows[story[0]][2]):
        found.add(story.pop(0))
    for j in [k for k in found if dated[k]]:
        found.update(_names_over(rows, j, story, furniture))
    if story and (
        _is_site_name(rows, story)
        or _names_a_section(rows[story[0]][2], [rows[k][2] for k in story[1:2]])
    ):
        found.add(story[0])
    return [rows[k][1] for k in sorted(found)]


_MIN_ENTRIES = 2


def _is_live_blog(text: str, lines: list[Span]) -> bool:
    """Whether the first few thousand characters have two entries under a time of day (a page's
    "Updated 14:05" is no entry's)."""
    times = 0
    for start, end in lines:
        if start > _HEAD_CHARS:
            break
        line = text[start:end].strip()
        times += opens_an_entry(line)
        if times >= _MIN_ENTRIES:
            return True
    return False


def _names_over(
    rows: list[tuple[int, Span, str]], date: int, story: list[int], furniture: Furniture
) -> list[int]:
    """The rows over a date, its furniture aside, that give the writer's name (and the name of
    the publication it appears in); never the first of the story's, its headline."""
    names: list[int] = []
    for k in range(date - 1, -1, -1):
        if furniture.covers(rows[k][1]):
            continue
        if k == story[0] or len(names) == _MAX_NAMES_OVER_DATE:
            break
        if _WRITERS_NAME.fullmatch(rows[k][2]) is None:
            break
        names.append(k)
    return names


def _is_site_name(rows: list[tuple[int, Span, str]], story: list[int]) -> bool:
    """Whether the first row of the story's is the site's name over its buttons, a headline
    below them."""
    first = story[0]
    after = rows[first + 1] if first + 1 < len(rows) else None
    return (
        after is not None
        and after[0] == rows[first][0] + 1
        and _SITE_BUTTON.fullmatch(after[2]) is not None
        and len(story) > 1
    )


def _is_breadcrumb(line: str) -> bool:
    places = _BREADCRUMB_MARK.split(line)
    return len(places) > 1 and all(map(_is_menu_item, places))


def _names_a_section(line: str, below: list[str]) -> bool:
    """Whether a first line, a word or two in capitals, names the section over the longer
    headline under it; a headline of two words may have a standfirst under it."""
    headline = below[0] if below else ""
    words = len(line.split())
    return (
        _is_menu_item(line)
        and (words == 1 or (words == 2 and written_in_capitals(line)))
        and section_label(line) is None
        and len(headline.split()) >= _MIN_HEADLINE_WORDS
        and not headline.endswith(_SENTENCE_ENDS)
    )


def _writer_notes_at_the_end(text: str, lines: list[Span], furniture: Furniture) -> list[Span]:
    """The notes on the story's writers after its last paragraph, with nothing after them but
    furniture; each a paragraph, its lines perhaps wrapped by hand."""
    notes: list[Span] = []
    paragraph: list[Span] = []
    for start, end in reversed(lines):
        span = strip_span(text, start, end)
        if span[0] < span[1] and not furniture.covers(span):
            paragraph.insert(0, span)
            continue
        if paragraph:
            note = _without_emphasis(" ".join(text[a:b] for a, b in paragraph))
            if not _is_writer_note(note) or _named_in_the_story(note, text, span[0], furniture):
                return notes
            notes.extend(paragraph)
            paragraph = []
    return notes


# The topics a blogging platform tags a post with, pasted under it one a line ("Data
# Journalism", "Local Government"): a few words, each with a capital but the small words
# between them, and no mark that ends or joins a sentence.
_TAG = re.compile(
    r"[A-Z0-9][\w'’.+#&-]*(?:\ (?:[A-Z0-9][\w'’.+#&-]*|and|of|the|in|for|&)){0,3}(?<!\.)"
)
_MIN_TAGS = 2
_MAX_TAGS = 8
# A sentence that introduces the list under it as a colon would: "… are as follows.", "…
# are listed below."
_INTRODUCES_A_LIST = re.compile(r"\b(?:as\ follows|the\ following|below)\W*$", re.I | re.X)
# The counts of a post's likes and responses under its tags, "1.2K", "18".
_COUNT = re.compile(r"\d[\d.,]*[KkMm]?")


def _topic_tags(text: str, lines: list[Span], furniture: Furniture, notes: set[Span]) -> list[Span]:
    """The topic tags between the story's last sentence and the page's furniture under it,
    two or more lines of them. A story's own last short lines stay: a list under a heading, a
    colon (which ends no sentence) or a sentence that introduces it, a sign-off after a comma
    or one whose name the text gives above it (in its byline), and any with nothing of the
    page's under them."""
    tags: list[Span] = []
    under = False  # whether the page's furniture has been seen under the lines so far
    for start, end in reversed(lines):
        span = strip_span(text, start, end)
        if span[0] == span[1] and not tags:
            continue
        if not tags and (span in notes or furniture.covers(span)):
            under = True
            continue
        if not tags and _COUNT.fullmatch(text[span[0] : span[1]]):
            continue
        if span[0] == span[1]:
            break
        if not under or _TAG.fullmatch(text[span[0] : span[1]]) is None:
            return []
        tags.insert(0, span)
    if not _MIN_TAGS <= len(tags) <= _MAX_TAGS:
        return []
    story = text[: tags[0][0]].rstrip()
    last = story[story.rfind("\n") + 1 :].strip()
    first_tag = text[tags[0][0] : tags[0][1]]
    if not last.endswith(_SENTENCE_ENDS) or _INTRODUCES_A_LIST.search(last) or first_tag in story:
        return []
    return tags


def _named_in_the_story(note: str, text: str, end: int, furniture: Furniture) -> bool:
    """Whether the person a note is on is named in the story before it, outside its byline:
    the story's closing words on someone in it ("Maria Lopez is the director of the food
    bank"), not a note on its writer."""
    named = _WRITER_NOTE.match(note)
    surname = "" if named is None else named.group("surname")
    return any(
        not furniture.covers((at.start(), at.end()))
        for at in re.finditer(rf"\b{re.escape(surname)}\b", text[:end])
    )


# An email's headers over its body, pasted with it or saved in a .eml file: "From: The Quayside
# Letter <hello@…>", "Subject: …", "Date: …", and those of its delivery ("Received: …").
_EMAIL_HEADER = re.compile(
    r"""(?P<name>from|to|cc|bcc|subject|date|sent|reply-to|return-path|message-id|mime-version
        |content-[\w-]+|received|delivered-to|x-[\w-]+|list-[\w-]+|dkim-signature|importance
        |authentication-results)[ \t]*:[ \t]*(?P<value>[^\n]*)""",
    re.IGNORECASE | re.VERBOSE,
)


def email_headers(text: str) -> tuple[Span | None, dict[str, str]]:
    """The span of the email headers that open ``text``, and each header's value by its name
    in lower case; (None, {}) for a text that opens with no sender and its subject or date."""
    headers: dict[str, str] = {}
    span: Span | None = None
    at = 0
    while at < len(text) and text[at].isspace():  # not text.lstrip(), a copy of 5 MB
        at += 1
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
    return strip_span(text, *span), headers


def running_heads(text: str) -> list[Span]:
    """The lines of ``text`` that are a PDF's running head."""
    return _running_heads(text, _lines(text))


# An email's signature, after "-- ", is a few lines, and so is a newsletter's footer; a "--"
# or an "Unsubscribe" with more after it is a break or a link in the middle.
_FOOTER_LINES = 6


def _few_lines_after(text: str, end: int) -> bool:
    return sum(1 for line in text[end:].splitlines() if line.strip()) <= _FOOTER_LINES


def _running_heads(text: str, lines: list[Span]) -> list[Span]:
    """The title a PDF repeats at the top of each page, in text copied from it: a short line
    that recurs word for word, once at least next to a page number. Its first time, as the
    headline over the text's first paragraph, it is the story's."""
    laid_out = _LAYOUT_GAP in text
    if not _PAGE_LINE.search(text) and not (laid_out and _PAGE_NUMBER_BESIDE.search(text)):
        return []  # no page numbers, no pages: the usual case, found without a look at each line
    rows = [" ".join(text[start:end].split()) for start, end in lines]
    filled = [i for i, row in enumerate(rows) if row]
    beside_page: set[str] = set()
    for k, i in enumerate(filled):
        if _PAGE_NUMBER.fullmatch(rows[i]):
            beside_page.update(rows[j] for j in filled[max(0, k - 1) : k + 2] if j != i)
        elif laid_out and _numbered_beside(text, *lines[i]):
            head = " ".join(_PAGE_NUMBER_BESIDE.sub("", text[slice(*lines[i])]).split())
            if " " in head:  # a figure at the end of a table's row has a word or so before it
                rows[i] = head
                beside_page.add(head)
    counts = Counter(rows)
    heads = {row for row in beside_page if len(row) <= _MAX_RUNNING_HEAD and counts[row] > 1}
    found = [i for i in filled if rows[i] in heads]
    if found and found[0] == filled[0] and _heads_the_story(text, lines, rows, filled):
        found.pop(0)
    return [strip_span(text, *lines[i]) for i in found]


def _numbered_beside(text: str, start: int, end: int) -> bool:
    return text.find(_LAYOUT_GAP, start, end) >= 0 and bool(
        _PAGE_NUMBER_BESIDE.search(text, start, end)
    )


# A running head set out in columns, "Annual Report 2025        Harbour Authority", is a page's
# header however it stands.
_COLUMNS = re.compile(r"\S[ \t]{3,}\S")


def _heads_the_story(text: str, lines: list[Span], rows: list[str], filled: list[int]) -> bool:
    """Whether the first line, a running head, is the headline of the text: a line of its own
    over the first paragraph, not the name of a journal or a report over a headline."""
    first = filled[0]
    if len(filled) < 2 or rows[first + 1] or _COLUMNS.search(text[slice(*lines[first])]):
        return False
    under = filled[1]
    wrapped = under + 1 < len(rows) and bool(rows[under + 1])
    return _is_paragraph(rows[under]) or (
        wrapped and len(rows[under].split()) >= _MIN_PARAGRAPH_WORDS
    )


# A site's menu pasted as one line, its sections between bars or dots ("Home | News | Sport |
# Weather"). A table's head row of bare words looks the same, but a table has a row of
# figures or longer cells, as many of them, next to it; a second menu line does not count.
# It starts where a run of blanks does: tried inside the run too, "\s+" re-read the rest of it
# each time, and a page of blanks took hours.
_MENU_BAR = re.compile(r"(?<!\s)\s+[|•·]\s+")
_MIN_MENU_LINE = 3


def _menu_lines(text: str, lines: list[Span]) -> list[Span]:
    if not _MENU_BAR.search(text):
        return []
    cells = [_MENU_BAR.split(text[start:end].strip()) for start, end in lines]
    menu = [len(row) >= _MIN_MENU_LINE and _is_menu_row(row) for row in cells]
    found = []
    for i, is_menu in enumerate(menu):
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if not is_menu or any(len(cells[j]) == len(cells[i]) and not menu[j] for j in near):
            continue
        rows = _rows_like(cells, i)
        # Rows of bare words as many to a line in the middle of the story are a small table
        # ("Mon | Tue | Wed" over "Sun | Rain | Fog"); a site's menus sit above or below it.
        if (
            rows[1] - rows[0] > 1
            and _has_prose(text, lines[: rows[0]])
            and _has_prose(text, lines[rows[1] :])
        ):
            continue
        found.append(strip_span(text, *lines[i]))
    return found


def _rows_like(cells: list[list[str]], i: int) -> tuple[int, int]:
    """The run of lines around line ``i`` with as many cells as it, end exclusive."""
    start, end = i, i + 1
    while start > 0 and len(cells[start - 1]) == len(cells[i]):
        start -= 1
    while end < len(cells) and len(cells[end]) == len(cells[i]):
        end += 1
    return start, end


_SENTENCE_ENDS = (".", "!", "?", '"', "”")


# A box of a story's key points ("Key points", "At a glance", "What we know", then a short
# list, a point a line) set inside the story tells again what the story tells: read as its
# text, each point would be listed as a claim twice. Under the headline, before the story's
# second paragraph, the box is the story's opening and stays its text; further down it is
# furniture when its points repeat the story's words, where a list of facts of its own under
# "What we know" is the story's.
_KEY_POINTS_HEADING = re.compile(
    r"(?:the\s+)?(?:key\s+(?:points|facts|takeaways)|at\s+a\s+glance|fast\s+facts"
    r"|what\s+we\s+know(?:\s+so\s+far)?)\W*",
    re.IGNORECASE,
)
# A line break first: the search then skips from one to the next, 5 MB in a few milliseconds.
# (A box on the text's first line is under the headline.)
_ANY_KEY_POINTS_HEADING = re.compile(rf"\n[ \t]*{_KEY_POINTS_HEADING.pattern}\n", re.I)
LIST_POINT = re.compile(r"[-•*·–—]\s+\S")
_MAX_POINTS = 8
_MAX_POINT_CHARS = 300
_PARAGRAPHS_ON_TOP = 2
_REPEATED_SHARE = 2 / 3


def _key_points_boxes(text: str, lines: list[Span]) -> list[Span]:
    if _ANY_KEY_POINTS_HEADING.search(text) is None:
        return []  # the usual case, told without a look at each line
    rows = [text[start:end].strip() for start, end in lines]
    boxes = []
    paragraphs = 0
    for i, row in enumerate(rows):
        if paragraphs >= _PARAGRAPHS_ON_TOP and _KEY_POINTS_HEADING.fullmatch(row):
            last = _last_point(rows, i)
            start, end = lines[i][0], lines[last][1]
            if last > i and _repeats_the_story(text[start:end], text[:start] + text[end:]):
                boxes.append(strip_span(text, start, end))
        elif _is_paragraph(row):
            paragraphs += 1
    return boxes


def _is_paragraph(line: str) -> bool:
    return (
        line.endswith(_SENTENCE_ENDS)
        and len(line.split()) >= _MIN_PARAGRAPH_WORDS
        and not LIST_POINT.match(line)
        and not _is_furniture(line)
    )


def _last_point(rows: list[str], heading: int) -> int:
    """The line of the last point of the short list under a heading; the heading's own line
    where no such list follows it."""
    points = [heading]
    for i in range(heading + 1, len(rows)):
        if rows[i] and not (LIST_POINT.match(rows[i]) and len(rows[i]) <= _MAX_POINT_CHARS):
            break
        if rows[i]:
            points.append(i)
    return points[-1] if len(points) - 1 <= _MAX_POINTS else heading


def _repeats_the_story(box: str, story: str) -> bool:
    told = set(_telling_words(story))
    words = _telling_words(box)
    return bool(words) and sum(word in told for word in words) >= _REPEATED_SHARE * len(words)


def _telling_words(text: str) -> list[str]:
    # Words of four letters or more, and figures: "a", "the", "of" would repeat in any text.
    return [w for w in re.findall(r"\w+", text.lower()) if len(w) >= 4 or w.isdigit()]


# A live blog's "Key events", under which the page lists its main entries' headings again, each
# perhaps after its time ("2h ago") or cut short ("Minister resigns over ferry …"), as links to
# the entries: read as the story's, each heading would be listed as a claim twice. The list
# ends at the first line that repeats no heading further down.
# A line break first, so that the search skips from one to the next.
_KEY_EVENTS = re.compile(r"\n[ \t]*key events[ \t]*(?=\n)", re.IGNORECASE)
_ELLIPSIS = ("…", "...")
_LIST_MARK = re.compile(r"^[-•*·–—]\s+")


def _key_events(text: str, lines: list[Span]) -> list[Span]:
    heading = _KEY_EVENTS.search(text)
    if heading is None:
        return []  # the usual case, told without a look at each line
    found: list[Span] = []
    times: list[Span] = []  # a link's time on a line of its own, over its heading
    for start, end in lines[bisect_right([s for s, _ in lines], heading.end()) :]:
        line = text[start:end].strip()
        if not line:
            continue
        if is_entry_time(line):
            times.append(strip_span(text, start, end))
        elif _is_furniture(line) or _told_further_down(line, text, end):
            found.extend((*times, strip_span(text, start, end)))
            times = []
        else:
            break
    return found


def _told_further_down(line: str, text: str, end: int) -> bool:
    """Whether a line of a key events list repeats a line further down, its time and a list's
    mark before it left out: the heading of an entry, in full or cut short."""
    heading = _past_entry_time(_LIST_MARK.sub("", line, count=1))
    cut = heading.endswith(_ELLIPSIS)
    heading = heading.rstrip("….").rstrip() if cut else heading
    if len(heading.split()) < 2:
        return False
    at = text.find(f"\n{heading}", end)
    while at >= 0:
        if cut or text[at + 1 + len(heading) : at + 2 + len(heading)] in ("", "\n"):
            return True
        at = text.find(f"\n{heading}", at + 1)
    return False


_MAX_TIME_WORDS = 5


def _past_entry_time(line: str) -> str:
    """A line without the time in front of it ("2h ago Ferries cancelled")."""
    words = line.split(" ")
    for count in range(min(_MAX_TIME_WORDS, len(words) - 1), 0, -1):
        if is_entry_time(" ".join(words[:count])):
            return " ".join(words[count:]).strip()
    return line


def _has_prose(text: str, lines: list[Span]) -> bool:
    return any(text[start:end].rstrip().endswith(_SENTENCE_ENDS) for start, end in lines)


def _is_menu_row(row: list[str]) -> bool:
    # Like a menu a line at a time: mostly single words, where a table lists names of people.
    single = sum(1 for item in row if " " not in item)
    return all(map(_is_menu_item, row)) and single * 2 > len(row)


def _top_menu(text: str, lines: list[Span]) -> list[Span]:
    """A site's menu pasted above the article ("Home", "News", "Sport", … a line each):
    a run of short lines of bare words before the article's first line of prose."""
    run: list[Span] = []
    for start, end in lines:
        line = text[start:end].strip()
        if _is_menu_item(line):
            run.append(strip_span(text, start, end))
            continue
        if line and _is_furniture(line):
            continue  # "Skip to content", "Sign in": a menu's own links, which it goes on past
        if _is_menu(text, run):
            return run
        run = []
        if line:
            return []
    return []  # nothing but short lines: a list, not a menu above an article


# A newspaper's name ("THE RIVERSIDE GAZETTE", "Kent Herald"): a few words that end with a
# word papers are named by. Some of those words end headlines too ("MINISTER QUITS POST"), so
# a name that ends with one of them is "The …".
_PAPER_NAME = re.compile(
    r"(?:[^\W\d_][\w'’&.-]*\s+){0,4}(?:(?P<only>gazette|herald|chronicle|courier|telegraph"
    r"|tribune|advertiser|argus|sentinel|examiner|mercury|inquirer|enquirer|gleaner|bugle"
    r"|clarion|newspaper)|times|post|echo|journal|express|observer|standard|mail|mirror"
    r"|guardian|independent|globe|news|recorder|register|messenger|press)",
    re.IGNORECASE,
)
_MAX_MOTTO_WORDS = 10


def _masthead_on_top(text: str, lines: list[Span]) -> list[Span]:
    """A paper's or a newsletter's masthead pasted above its story: its name in capitals or
    with each word capitalised, and a motto or the day's date under it ("Your local news
    since 1887"), over a headline of its own and the story. A headline set in capitals has
    its standfirst or its story under it, not a second headline."""
    first = next((text[start:end].strip() for start, end in lines if text[start:end].strip()), "")
    if not _names_a_paper(first):
        return []  # the usual case, told without a look further down
    blocks = _top_blocks(text, lines, 3)
    if len(blocks) < 3 or len(blocks[0]) > 2 or len(blocks[1]) != 1:
        return []
    motto = [text[start:end].strip() for start, end in blocks[0][1:]]
    headline = text[slice(*blocks[1][0])].strip()
    story = " ".join(text[start:end].strip() for start, end in blocks[2])
    if not all(map(_is_motto, motto)):
        return []
    if _is_furniture(headline) or title_from_first_line(f"{headline}\n\n") != headline:
        return []
    if headline.endswith(_SENTENCE_ENDS) or not _opens_story(story):
        return []
    return [strip_span(text, blocks[0][0][0], blocks[0][-1][1])]


def _names_a_paper(line: str) -> bool:
    words = line.split()
    if not words or not (written_in_capitals(line) or all(w[0].isupper() for w in words)):
        return False
    named = _PAPER_NAME.fullmatch(line)
    if named is not None and named.group("only"):
        return True
    return words[0].lower() == "the" and (named is not None or reads_as_masthead_name(line))


def _is_motto(line: str) -> bool:
    return len(line.split()) <= _MAX_MOTTO_WORDS and not line.endswith(_SENTENCE_ENDS)


def _top_blocks(text: str, lines: list[Span], count: int) -> list[list[Span]]:
    """The first ``count`` runs of lines with words on them, blank lines between them."""
    blocks: list[list[Span]] = [[]]
    for start, end in lines:
        if text[start:end].strip():
            blocks[-1].append((start, end))
        elif blocks[-1]:
            if len(blocks) == count:
                break
            blocks.append([])
    return [block for block in blocks if block]


def _is_menu(text: str, run: list[Span]) -> bool:
    # Section names are mostly single words ("News", "Sport"); names of people are not.
    single = sum(1 for start, end in run if " " not in text[start:end])
    return len(run) >= _MIN_MENU and single * 2 > len(run)


def _is_menu_item(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 3 and all(map(_MENU_WORD.fullmatch, words))


# A word of a section's name, "News", "What's" (On), "Sci-Fi", or an ampersand.
_MENU_WORD = re.compile(r"[^\W\d_](?:[^\W\d]|['’-](?=[^\W\d_]))*|&")


def is_inside(span: Span, boilerplate: Sequence[Span]) -> bool:
    """True when ``span`` lies mostly (more than half its characters) inside boilerplate.

    For many spans against the same boilerplate, ask one :class:`Furniture` instead.
    """
    return Furniture(boilerplate).covers(span)


class Furniture:
    """Boilerplate spans, sorted and merged once, so that whether each of many spans lies
    mostly inside them is a bisection rather than a pass over all of them: a 5 MB article
    has thousands of both."""

    def __init__(self, boilerplate: Iterable[Span]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(boilerplate):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def covers(self, span: Span) -> bool:
        """Whether ``span`` lies mostly (more than half its characters) inside; an empty span,
        whether its place does."""
        start, end = span
        # The span that starts last at or before ``start`` is the only one before it that
        # can reach into it.
        at = max(0, bisect_right(self._starts, start) - 1)
        if end <= start:
            return at < len(self._starts) and self._starts[at] <= start < self._ends[at]
        covered = 0
        while at < len(self._starts) and self._starts[at] < end:
            covered += max(0, min(end, self._ends[at]) - max(start, self._starts[at]))
            at += 1
        return covered * 2 > end - start


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
        or (("·" in line or "|" in line or "•" in line) and _is_dated_reading_time(line))
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


# A story's date and how long it takes to read, on one line: "December 1, 2026 · 6 min read".
_META_SEPARATOR = re.compile(r"\s+[·|•]\s+")
_READING_TIME = re.compile(r"\d{1,3}\ ?min(?:ute)?s?\ read", re.IGNORECASE)


def _is_dated_reading_time(line: str) -> bool:
    parts = _META_SEPARATOR.split(line)
    return (
        len(parts) > 1
        and any(_READING_TIME.fullmatch(part) for part in parts)
        and all(_READING_TIME.fullmatch(part) or _is_date_or_time(part) for part in parts)
    )


def _is_date_or_time(line: str) -> bool:
    return _LONE_DATE.fullmatch(line) is not None or is_entry_time(line)


def is_byline(line: str) -> bool:
    """Whether a line, white space around it left out, is a byline: "By" (or "מאת") and the
    authors' names, perhaps their roles and the date."""
    return any(byline.fullmatch(line.strip()) for byline in (_BYLINE, _HEBREW_BYLINE))


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
    JANE DOE Associated Press", "Jane Doe | Reuters"), but a byline that is only a role
    ("Staff Reporter") or an agency ("By The Associated Press") is still the page's word on
    who wrote it."""
    names = [without_agency(name) for name in map(str.strip, byline.split(";")) if name]
    people = [
        name
        for name in names
        if _ROLE.fullmatch(name) is None and _AGENCY_ALONE.fullmatch(name) is None
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


def byline_under_headline(text: str) -> str | None:
    """Who a plain text's byline names, as a reader writes them: its first "By …" line before
    the story's second paragraph. Further down, a "By …" line signs a related story or a
    reader's comment; "By the end of the year, …" opens a sentence and signs nothing. A
    Markdown text names its author in its front matter."""
    fields = front_matter(text)[1]
    if fields.get("author") or fields.get("authors"):
        return names_as_written(fields.get("author") or fields["authors"])
    paragraphs = 0
    for line in text[:_HEAD_CHARS].split("\n"):
        line = line.strip()
        signed = signed_names(line) if line.startswith(BYLINE_WORDS) and is_byline(line) else None
        if signed is not None:
            return names_as_written(signed)
        paragraphs += _is_paragraph(line)
        if paragraphs == _PARAGRAPHS_ON_TOP:
            return None
    return None


def date_under_headline(text: str) -> str | None:
    """The ISO date a plain text's head gives: an email's date, or before the story's second
    paragraph when its time stamp says it was first published ("Published 2 December 2026"),
    else a date alone on its line, else when it was last updated; a Markdown text's front
    matter gives it as its "date"."""
    sent = email_headers(text)[1] or front_matter(text)[1]
    if sent.get("date") or sent.get("sent"):
        return written_date(sent.get("date") or sent["sent"])
    paragraphs = 0
    updated = None
    for line in text[:_HEAD_CHARS].split("\n"):
        line = line.strip()
        stamp = time_stamp(line)
        if stamp is not None and PUBLISHED_LABEL.match(stamp[0]):
            return written_date(stamp[1]) or updated
        if stamp is None and _LONE_DATE.fullmatch(line):
            return written_date(line) or updated
        if stamp is not None and updated is None:
            updated = written_date(stamp[1])
        paragraphs += _is_paragraph(line)
        if paragraphs == _PARAGRAPHS_ON_TOP:
            break
    return earliest_entry_date(text) or updated


def earliest_entry_date(text: str) -> str | None:
    """The ISO date of a live blog's earliest entry, where its entries' times name their day
    ("Wed 2 Dec 2026 14.05 GMT"): when the blog began, which a page that states no date of its
    own is dated by. None for a text with fewer than two entries, or none with a day.

    An entry's "Updated at 14.05 GMT" is no entry.
    """
    entries = 0
    days = []
    for line in text.split("\n"):
        line = line.strip()
        if not is_entry_time(line):
            continue
        stamp = time_stamp(line)
        if stamp is not None and not PUBLISHED_LABEL.match(stamp[0]):
            continue
        entries += 1
        day = written_date(line)
        if day is not None:
            days.append(day)
    return min(days) if entries >= _MIN_ENTRIES and days else None


# The label of a time stamp that says when a story was first published, not last updated.
PUBLISHED_LABEL = re.compile(r"(?:first\s+)?(?:published|posted)\b", re.I)


# A date as a page writes it: "9 April 2026", "Thu 9 Apr 2026", "April 9, 2026", "2026-04-09",
# "09/04/2026" (the day first, as htmldate reads it, unless it cannot be).
_MONTHS = (
    *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
    *("october", "november", "december"),
)
_WRITTEN_DATE = re.compile(
    r"(?P<y0>\d{4})-(?P<m0>\d\d)-(?P<d0>\d\d)"
    r"|(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month1>[a-z]{3,9})\.?,?\s+(?P<y1>\d{4})"
    r"|(?P<month2>[a-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<a3>\d{1,2})[/.](?P<b3>\d{1,2})[/.](?P<y3>\d{4})",
    re.I,
)


def written_date(words: str) -> str | None:
    """The ISO date of the first date written in ``words``, or None."""
    for found in _WRITTEN_DATE.finditer(words):
        parts = found.groupdict()
        if parts["y0"]:
            ymd = (parts["y0"], parts["m0"], parts["d0"])
        elif parts["y3"]:
            first, second = int(parts["a3"]), int(parts["b3"])
            ymd = (parts["y3"], *((first, second) if second > 12 else (second, first)))
        else:
            at = "1" if parts["y1"] else "2"
            ymd = (parts[f"y{at}"], _month_number(parts[f"month{at}"]), parts[f"d{at}"])
        try:
            return datetime.date(*map(int, ymd)).isoformat()
        except ValueError:  # no such day, or a word that is no month's name ("Thu")
            continue
    return None


def _month_number(name: str) -> int:
    name = name.lower()
    return next((n for n, month in enumerate(_MONTHS, 1) if month.startswith(name)), 0)


def _is_named_masthead(line: str) -> bool:
    dated = _dated(line)
    return dated is not None and reads_as_masthead_name(dated.group("name"))


def _dated(line: str) -> re.Match[str] | None:
    """A name and a date after it, as a masthead has; only a line that ends with the year's
    digit is matched against the pattern, which most lines of a long article are not."""
    return _MASTHEAD.match(line) if line[-1:].isdigit() else None


def _is_dated_masthead(line: str, text: str, lines: list[Span], at: int) -> bool:
    """A name and a date with no word that names a newsletter ("THE QUAYSIDE | 3 March 2026"):
    a masthead above a greeting or the first story's heading, where a headline dated so has
    its byline or its story's first paragraph under it."""
    return _dated(line) is not None and not _opens_story(_next_line(text, lines, at))


def _next_line(text: str, lines: list[Span], at: int) -> str | None:
    """The first line with words on it after line ``at``."""
    return next((line for start, end in lines[at + 1 :] if (line := text[start:end].strip())), None)


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


def _is_masthead_date(line: str, previous: str | None) -> bool:
    return _LONE_DATE.fullmatch(line) is not None and (
        previous is None or written_in_capitals(previous)
    )


def _is_caption(line: str) -> bool:
    # The credit's word first: searching every line for the credit itself doubled the time
    # a long article's furniture takes to find.
    return (
        len(line) <= _MAX_CAPTION
        and any(word in line.lower() for word in _CREDIT_WORDS)
        and _CREDIT_END.search(line) is not None
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
        )
        and not _REPORTED.search(line)
    )


def _is_link_lead(line: str) -> bool:
    lead = _LINK_LEADS.match(line)
    return lead is not None and (lead.group(1) is not None or _looks_like_link(line))


def time_stamp(line: str) -> tuple[str, str] | None:
    """A page's time stamp as its label ("Last updated") and its date and time ("11 April
    2026, 16:20"); None for a line that is no time stamp."""
    stamp = _STAMP.match(line)
    if stamp is None:
        return None
    # WordPress signs its stamp: "Posted on March 11, 2026 by Priya Natarajan".
    when = _SIGNED.sub("", stamp.group("when"))
    words = re.findall(r"[^\W\d_]+|\d+", when.lower())
    if not words or not all(_STAMP_WORD.fullmatch(w) for w in words):
        return None
    return stamp.group("label"), when.strip()


_CLOCK = re.compile(r"\d[:.][0-5]\d\b|\d\s?[ap]\.?m\b|\bago\b", re.IGNORECASE)
# Letters, figures and the marks a date or a time is written with: "£4.50" is a price.
_TIME_CHARS = re.compile(r"[\w\s,.:/–-]+")
_MAX_ENTRY_TIME = 40


def opens_an_entry(line: str) -> bool:
    """Whether a line is the time a live blog's entry opens with: a time of day, but not a
    page's "Updated 14:05"."""
    return is_entry_time(line) and time_stamp(line) is None


def is_entry_time(line: str) -> bool:
    """Whether a line is a time over a live blog's entry ("12.10 GMT", "Mon 1 Dec 2026
    14:05", "3 hours ago", "Updated at 2.21am"): a time of day, or how long ago, and only a
    date's words with it."""
    if len(line) > _MAX_ENTRY_TIME or _CLOCK.search(line) is None:
        return False
    if time_stamp(line) is not None:
        return True
    words = re.findall(r"[^\W\d_]+|\d+", line.lower())
    return _TIME_CHARS.fullmatch(line) is not None and all(map(_STAMP_WORD.fullmatch, words))


def _looks_like_link(line: str) -> bool:
    # A headline may ask a question ("Why are trains so late?"); it does not end a sentence.
    return len(line) <= _MAX_LINK and not line.rstrip("\"'”’)").endswith((".", "!", ":"))


def _lines(text: str) -> list[Span]:
    spans = []
    start = 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def strip_span(text: str, start: int, end: int) -> Span:
    """``(start, end)`` narrowed to leave out white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _merge(text: str, spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in spans:
        # Only whitespace between two furniture lines: one block.
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# Site furniture pasted above a story (a menu, "Skip to content") is a few short lines; a PDF's
# running head is known as one where it comes again at the top of the next page.
_HEAD_CHARS = 8000


def reads_as_masthead_name(line: str) -> bool:
    """Whether a line names a newsletter ("THE MORNING BRIEF", "Issue 112") rather than
    tells a story."""
    return _MASTHEAD_NAME.search(line) is not None


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
_ANNOUNCER = rf"""\s*(?:--|[–—-])\s*(?:The\ )?(?P<name>{_ORGANISATION})(?:\ \([^()\n]{{1,40}}\))?
    (?:,[^,\n]{{1,150}},)?\ (?:today\ )?
    (?:announce[sd]|report(?:s|ed)|launch(?:es|ed)|unveil(?:s|ed)|open(?:s|ed))\b"""
_WIRE_ANNOUNCEMENT = re.compile(
    r"""(?:/\ ?(?i:pr\ ?newswire|business\ wire|globe\ newswire|cnw|accesswire)\ ?/
        |\((?i:business\ wire|globe\ newswire|accesswire)\))"""
    + _ANNOUNCER,
    re.VERBOSE,
)
_DATELINE_ANNOUNCEMENT = re.compile(r"^[A-Z][A-Z\ .'’-]+,[^\n–—]{1,40}?" + _ANNOUNCER, re.M | re.X)
_FOR_RELEASE = re.compile(r"^\W*for immediate release\W*$", re.IGNORECASE | re.MULTILINE)
# A release's first lines: a wire's dateline comes before the story's second paragraph.
_RELEASE_HEAD_CHARS = 2000


def press_release_issuer(text: str) -> str | None:
    """Who issued a press release: the name under which its "About …" paragraph tells of
    them, when that paragraph opens with the name ("About Northwind Energy", then "Northwind
    Energy plc is …"), as a story's "About the survey" does not; else the client its "Issued
    by …" line names, or who announces in the first paragraph under its dateline."""
    for heading in _ABOUT_LINE.finditer(text):
        name = heading.group(1).strip()
        if text.startswith(name, heading.end()):
            return name
    issued = _ISSUED_BY.search(text) if "Issued " in text else None
    if issued is not None and (issued.group("client") or issued.group("sender")):
        return issued.group("client") or issued.group("sender")
    head = text[:_RELEASE_HEAD_CHARS]
    announced = _WIRE_ANNOUNCEMENT.search(head)
    if announced is None and _FOR_RELEASE.search(head):
        announced = _DATELINE_ANNOUNCEMENT.search(head)
    return None if announced is None else announced.group("name")


def _blanked(text: str, spans: list[Span]) -> str:
    """``text`` with each span but its line breaks left out."""
    kept: list[str] = []
    last = 0
    for start, end in spans:
        kept.extend((text[last:start], "\n" * text.count("\n", start, end)))
        last = end
    kept.append(text[last:])
    return "".join(kept)


def title_past_furniture(text: str) -> str | None:
    """The headline of a plain text: an email's subject, a Markdown text's title in its
    front matter, its first line, or the first after the site's menu and other furniture
    pasted above it; failing that, the title a PDF repeats atop each page."""
    given = email_headers(text)[1].get("subject") or front_matter(text)[1].get("title")
    if given:
        return given
    head = find_boilerplate(text[:_HEAD_CHARS])
    if not head:
        return title_from_first_line(text)
    # Read as the reader shows it, the furniture dimmed: a headline with only the byline and
    # the date under it, before a blank line, stands alone.
    title = title_from_first_line(_blanked(text[:_HEAD_CHARS], head))
    if title is None and not text[: head[0][0]].strip():
        running = running_heads(text[:_HEAD_CHARS])
        if running and running[0][0] == head[0][0]:
            title = " ".join(text[slice(*running[0])].split())
    return title
