"""The words that make a line the site's, whatever lines are around it: a lead ("Share this
article", "Read more:"), a notice (cookies, copyright, a correction's), a credit, a page's
buttons and links; and what is furniture anywhere in a line (a blog's "Previous post")."""

from __future__ import annotations

import re

# A line that *is* furniture when it starts with one of these, e.g. "Share this article". A
# newsletter's greeting is, with a few words to open the issue ("Good morning. Here's what you
# need to know today."); one that goes on to report opens a live blog's entry, the story's.
_LEADS = re.compile(
    r"""^\W*(?:
        share\ (?:this|on|via)\b | share\W*$ | tweet\W*$ |
        see\ also\b | also\ read\b |
        related(?:\ (?:articles?|posts?|stories|news|content|coverage|reading|topics))?\s*:?\s*$ |
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
        follow\ (?:the\ )?(?-i:[A-Z])[^.\n]{0,60}\ on\ (?:facebook|x|twitter|instagram|tiktok
            |threads|bluesky|linkedin|youtube|whatsapp)(?:(?:,|\ and|,?\ or)\ (?:facebook|x|twitter
            |instagram|tiktok|threads|bluesky|linkedin|youtube|whatsapp))*\W*$ |
        advertisement\W*$ | sponsored(?:\ content)?\W*$ |
        (?:the\ )?(?:story|article)\ continues\ (?:below|after|under)\b[^.]*$ |
        continue\ reading\b[^.]*$ |
        (?:previous|prev|next)\ page\W*$ | go\ to\ page\ \d{1,3}\W*$ |
        (?:continued\ (?:on|from)|continue\ to)\ (?:the\ )?(?:next\ |previous\ )?page\b[^.!?]{0,20}$ |
        (?:pages?\s*:\s*)?(?:(?:previous|prev)\W+)?(?:\d{1,3}\W+){2,}(?:next|last)\b\W*$ |
        pages?\s*:\s*(?:\d{1,3}\W*){2,}$ |
        listen\ to\ this\ (?:article|story)\b[^.!?]{0,30}$ | \d{1,3}\ ?min(?:ute)?s?\ read\W*$ |
        gift\ (?:this\ )?(?:article|story)\W*$ | save\W*$ | (?:\d{1,5}\ )?comments?\W*$ |
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
        (?:update|manage)\ (?:your\ )?(?:email\ )?preferences\b |
        privacy\ (?:policy|notice)(?:\W*$|\s*:\s*\S) |
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
        paid\W*$ |
        all\ times\ (?:(?:stated|shown|given|listed|quoted)\ )?(?:are\ )?(?:in\ )?
            (?:(?-i:[A-Z]{2,4})|local|uk)(?:\ time)?\W*$ |
        suggested\ topics\W*$ |
        why\ not\ (?:try|play|join|download)\ [^?\n]{1,60}\?[^\n]{0,150}\bfree\b[^\n]{0,100}$ |
        you\ (?:may|might)\ also\ like\W*$ |
        recommended(?:\ (?:for\ you|stories|articles|reading|from\ [^.!?\n]{1,40}))?\W*$ |
        [\d.,]+[km]?\ (?:followers|likes|restacks|claps|responses|shares|views)\W*$ |
        (?:over\ |more\ than\ )?(?:[\d.,]+[km]?|hundreds|thousands|tens\ of\ thousands)
            \ (?:of\ )?(?:paid\ )?subscribers\W*$ |
        (?:(?:written|edited|words|text)\ by|words:|by:?)
            \ (?-i:[A-Z][\w'’.-]*(?:\ [A-Z][\w'’.-]*){0,3})
            (?:(?:,\ |,?\ (?:and|&)\ )(?-i:[A-Z][\w'’.-]*(?:\ [A-Z][\w'’.-]*){0,3})){0,4}\s*$ |
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
        (?:[^.\n]|\.(?=,|\ (?-i:[a-z])|(?-i:[A-Z])\.)){3,120}\bcontributed(?:\ reporting)?
            \ to\ this\ (?:report|story|article)\.?\s*$ |
        (?-i:[A-Z][\w'’-]+(?:\ [A-Z][\w'’-]+)?(?:(?:,\ |,?\ and\ )[A-Z][\w'’-]+(?:\ [A-Z][\w'’-]+)?)*)
            \ reported\ from\ (?-i:[A-Z][\w'’.-]*(?:,?\ [A-Z][\w'’.-]*){0,4})
            (?:\.\ (?:[\w’'-]+\ ){0,3}(?:writers?|reporters?|correspondents?)\ (?-i:[A-Z])
                (?:[^.\n]|\.(?=,|\ (?-i:[a-z])|(?-i:[A-Z])\.)){3,160}
                \bcontributed(?:\ reporting)?(?:\ to\ this\ (?:report|story|article))?\.?)?\s*$ |
        (?:[\w’'-]+\ ){0,3}(?:writers?|reporters?|correspondents?)\ (?-i:[A-Z])
            (?:[^.\n]|\.(?=,|\ (?-i:[a-z])|(?-i:[A-Z])\.)){3,160}
            \bcontributed(?:\ reporting)?\.?\s*$ |
        [—–-]\ ?[^()\n]{1,80}\(@[\w.-]{1,60}\)[^\n]{0,40}$ |
        good\ (?:morning|afternoon|evening)\s*[,.!](?![^\n]*["“”])(?:\s+\S+){0,10}\s*$ |
        (?:the\ )?(?:associated\ press|ap)\b[^\n]{0,200}\bsolely\ responsible\ for\ all\ content\b
            [^\n]{0,250}$ |
        for\ immediate\ release\W*$ | (?:press|news|media)\ release\W*$ |
        our\ standards\s*:[^\n]{0,80}$ | embargoed\b[^.]{0,80}$ |
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
        # A blogging platform's buttons to write a post of one's own, over the post read.
        "write",
        "start writing",
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
        "terms & conditions",
        "saved stories",
        # A live blog's heads over its entries.
        "live reporting",
        "get involved",
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
