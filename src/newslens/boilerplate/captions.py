"""Whether a line is a picture's caption, told by the credit it ends with, or a credit of a line
of its own (``_is_credit_line``); and the captions next to such a credit
(``_credited_captions``)."""

from __future__ import annotations

import re

from newslens.article import Span
from newslens.boilerplate.spans import _SENTENCE_ENDS, strip_span

# A caption that ends with its picture's credit, "… Photograph: Jane Doe/Reuters", "… (AP
# Photo/John Smith)": a credit names its source with a capital, where a sentence that goes on
# after "a photograph:" does not.
_CREDIT_END = re.compile(
    r"""(?:\b(?i:photograph|photo|picture|image|illustration)s?\s*:\s*[A-Z][^.:\n]{1,80}\.?
        | \((?:[A-Z]{2,}\ )?(?i:photos?)(?:\ by)?\s*[/:]?\s*[^()\n]{2,60}\))\s*$""",
    re.VERBOSE,
)
_CREDIT_WORDS = ("photo", "picture", "image", "illustration")
# A caption that ends with the photographer working for the publication, after the caption's
# last sentence: "… in Portmoor. DANIEL OKAFOR FOR THE ATLANTIC REVIEW", "… Jo Lee for The
# Herald".
_CREDIT_FOR = re.compile(
    r"\.\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?i:for)\s+(?:(?i:the)\s+)?[A-Z][\w&'’.-]*"
    r"(?:\s+[A-Z][\w&'’.-]*){0,4}\s*$"
)
_MAX_CAPTION = 300


def _is_caption(line: str) -> bool:
    # The credit's word first: searching every line for the credit itself doubled the time
    # a long article's furniture takes to find.
    if len(line) > _MAX_CAPTION:
        return False
    if any(word in line.lower() for word in _CREDIT_WORDS) and _CREDIT_END.search(line):
        return True
    return (" for " in line or " FOR " in line) and _CREDIT_FOR.search(line) is not None


# A picture's credit on a line of its own, as a page copied from a browser sets it over or
# under the caption: a library of pictures or an agency named by what it sells ("Getty
# Images", "PA Media", "AFP via Getty Images", "EPA-EFE/REX/Shutterstock"), or a photographer
# and a source between a slash ("Hannah Blake/Porthaven Council", "Getty/Instagram"); a pair
# of short words so ("Yes/No", "AC/DC") is none; or a photographer named after the picture's
# word, with the library perhaps ("Photo by Alex Chen on Unsplash", "Photographs by Jo Lee").
_CREDIT_NAME = r"[A-Z][\w&'’.-]*(?:/[A-Z][\w&'’.-]*)*"
_CREDIT_LINE = re.compile(
    rf"""(?:Photo(?:graph)?|Picture|Image|Illustration)s?\ by
            \ {_CREDIT_NAME}(?:\ {_CREDIT_NAME}){{0,3}}
            (?:\ (?:on|via|from|for)\ {_CREDIT_NAME}(?:\ {_CREDIT_NAME}){{0,3}})?
        | (?:{_CREDIT_NAME}\ (?:via\ )?){{1,4}}(?:[A-Z][\w&'’.-]*/)*
        (?:Images|Media|Pictures|Photos|Photography|Wire|Shutterstock|Alamy)
        | (?:[A-Z][\w&'’.-]*/)*(?:Shutterstock|Alamy)
        | [A-Z][\w&'’.-]*(?:\ [A-Z][\w&'’.-]*){{1,3}}/[A-Z][\w&'’.-]*(?:\ [A-Z][\w&'’.-]*){{0,3}}
        | [A-Z][\w&'’-]{{3,}}/[A-Z][\w&'’-]{{3,}}\.?""",
    re.VERBOSE,
)
_MAX_CREDIT_LINE = 60
# A page copied from a browser may set a picture's caption twice, the second time after its
# label ("Crowds on the quay", then "Image: Crowds on the quay").
_LABELLED_CAPTION = re.compile(r"(?i:photo|image|picture)(?:\ (?i:caption))?\s*:\s*(.+)")
# Or its label on a line of its own over the caption, as a broadcaster's page reads to a screen
# reader ("Image caption,", then "Fallen trees blocked the road").
_CAPTION_LABEL = re.compile(r"(?i:photo|image|picture|media|video)\ (?i:caption)\s*[,:]?")
# Or, with no caption's label, right under the credit's ("Image source, Getty Images", then "A
# man walks past a closed shop"): the picture's description, read out in its place.
_CREDIT_LABEL = re.compile(r"(?i:photo|image|picture|media|video)\ (?i:source|credit)\s*,")


def _is_credit_line(line: str) -> bool:
    return len(line) <= _MAX_CREDIT_LINE and _CREDIT_LINE.fullmatch(line) is not None


def _credited_captions(text: str, lines: list[Span]) -> list[Span]:
    """The caption right under a credit's line, no blank line between ("Getty Images", then
    "Crowds on the quay on Sunday"), else right over it, or right under its label or the
    credit's ("Image source, Getty Images"); never the text's first line, which a headline over
    a picture's credit is. A caption ends with no full stop: a sentence next to a credit-like
    line (a subheading "Social Media", "Israel/Gaza") is the story's."""
    found: list[Span] = []
    said = [text[start:end].strip() for start, end in lines]
    for i, line in enumerate(said):
        labelled = _LABELLED_CAPTION.fullmatch(line)
        if labelled is not None and i and said[i - 1] == labelled.group(1):
            found.append(strip_span(text, *lines[i - 1]))
        labelled_under = _CAPTION_LABEL.fullmatch(line) or _CREDIT_LABEL.match(line)
        if labelled_under and i + 1 < len(said) and _may_be_a_caption(said[i + 1]):
            found.append(strip_span(text, *lines[i + 1]))
        if not line or not _is_credit_line(line):
            continue
        for k in (i + 1, i - 1):
            if 0 < k < len(said) and _may_be_a_caption(said[k]):
                if k == i - 1 and not any(said[:k]):
                    break
                found.append(strip_span(text, *lines[k]))
                break
    return found


def _may_be_a_caption(line: str) -> bool:
    return bool(line) and len(line) <= _MAX_CAPTION and not line.endswith(_SENTENCE_ENDS)
