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

The modules, lowest first: ``spans`` holds the spans found and asks whether a span lies inside
them (:class:`Furniture`); ``dates`` reads time stamps and dates, ``bylines`` bylines and the
names they sign; ``pitches_and_contacts`` whether a line asks something of the reader (a pitch
for a newsletter, an app or a subscription, how to reach the reporter); ``lines`` decides
whether one line, by its own words, is the site's or a paragraph of the story (the words kept
in ``leads``, ``captions`` and ``masthead_names``); ``senders`` reads who sent a text (an
email's headers, a press release's issuer); ``menus``, ``above``, ``mastheads``, ``ends`` and
``repeats`` each find one kind of furniture by the lines around it: a site's menus, what a page
sets above its story (``writers_over_dates`` reads the writer it names without a "By"), a paper's
or a newsletter's masthead, what comes under the story, and what a page repeats (a PDF's running
head, a box of key points, a live blog's key events), and ``signed_posts`` what a blog sets over
a post's headline and its signed time stamp; ``furniture`` reads a text line by line and gathers
them all (:func:`find_boilerplate`), and ``heads`` reads a plain text's title, byline and date
past them. This module only names what the package offers. A name with a leading underscore is
the package's own: its modules share it, and only they and their tests use it.
"""

from newslens.boilerplate.bylines import (
    BYLINE_WORDS,
    ONE_NAME,
    is_byline,
    names_as_written,
    names_of,
    signed_names,
)
from newslens.boilerplate.dates import (
    PUBLISHED_LABEL,
    earliest_entry_date,
    headline_and_date,
    is_entry_time,
    opens_an_entry,
    time_stamp,
    written_date,
)
from newslens.boilerplate.furniture import find_boilerplate
from newslens.boilerplate.heads import (
    byline_under_headline,
    date_under_headline,
    title_past_furniture,
)
from newslens.boilerplate.lines import LIST_POINT
from newslens.boilerplate.masthead_names import reads_as_masthead_name
from newslens.boilerplate.senders import (
    is_header_field,
    is_header_line,
    press_release_issuer,
    subject_title,
)
from newslens.boilerplate.signed_posts import stamp_signed_by
from newslens.boilerplate.spans import Furniture, is_inside, strip_span

__all__ = [
    "BYLINE_WORDS",
    "LIST_POINT",
    "ONE_NAME",
    "PUBLISHED_LABEL",
    "Furniture",
    "byline_under_headline",
    "date_under_headline",
    "earliest_entry_date",
    "find_boilerplate",
    "headline_and_date",
    "is_byline",
    "is_entry_time",
    "is_header_field",
    "is_header_line",
    "is_inside",
    "names_as_written",
    "names_of",
    "opens_an_entry",
    "press_release_issuer",
    "reads_as_masthead_name",
    "signed_names",
    "stamp_signed_by",
    "strip_span",
    "subject_title",
    "time_stamp",
    "title_past_furniture",
    "written_date",
]
