"""The tag set: six defaults, replaced by ``[[tags]]`` entries in config.toml.

    [[tags]]
    key = "1"            # the quick-tag key (optional; a digit, 1 to 9)
    name = "verified"
    colour = "#2e7d32"   # #rgb, #rrggbb or a colour name
    verdict = true       # optional: a fact-check rating, exported as a ClaimReview

Any other name typed in the tag picker is a free-text tag; it gets a neutral colour.
"""

from __future__ import annotations

import re
from typing import Any

from rich.color import ANSI_COLOR_NAMES
from rich.color import Color as RichColor

from newslens.annotations.model import NOT_A_CLAIM, Tag, TagSet
from newslens.errors import NewslensError

DEFAULT_TAGS = TagSet(
    (
        Tag("verified", "#2e7d32", "1", verdict=True),
        Tag("disputed", "#ef6c00", "2", verdict=True),
        Tag("false", "#c62828", "3", verdict=True),
        Tag("misleading", "#ad1457", "4", verdict=True),
        Tag("needs-source", "#1565c0", "5"),
        Tag("opinion", "#6a1b9a", "6"),
    )
)
_DEFAULT_VERDICTS = {t.name for t in DEFAULT_TAGS.tags if t.verdict}

_MAX_TAG_CHARS = 60

# The CSS named colours, all 148 of CSS Color Module Level 4: the HTML export can use them
# as they are, but Rich, which draws the reader, knows few of them ("darkgreen", "orange").
# A copy, as no library the annotations may import has them: Rich has only xterm's names,
# and Textual's table (the reader's) is no dependency of this layer.
_CSS_TABLE = """
aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff beige:f5f5dc
bisque:ffe4c4 black:000000 blanchedalmond:ffebcd blue:0000ff blueviolet:8a2be2 brown:a52a2a
burlywood:deb887 cadetblue:5f9ea0 chartreuse:7fff00 chocolate:d2691e coral:ff7f50
cornflowerblue:6495ed cornsilk:fff8dc crimson:dc143c cyan:00ffff darkblue:00008b
darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9 darkgreen:006400 darkgrey:a9a9a9
darkkhaki:bdb76b darkmagenta:8b008b darkolivegreen:556b2f darkorange:ff8c00 darkorchid:9932cc
darkred:8b0000 darksalmon:e9967a darkseagreen:8fbc8f darkslateblue:483d8b darkslategray:2f4f4f
darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 deeppink:ff1493 deepskyblue:00bfff
dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222 floralwhite:fffaf0
forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc ghostwhite:f8f8ff gold:ffd700
goldenrod:daa520 gray:808080 green:008000 greenyellow:adff2f grey:808080 honeydew:f0fff0
hotpink:ff69b4 indianred:cd5c5c indigo:4b0082 ivory:fffff0 khaki:f0e68c lavender:e6e6fa
lavenderblush:fff0f5 lawngreen:7cfc00 lemonchiffon:fffacd lightblue:add8e6 lightcoral:f08080
lightcyan:e0ffff lightgoldenrodyellow:fafad2 lightgray:d3d3d3 lightgreen:90ee90
lightgrey:d3d3d3 lightpink:ffb6c1 lightsalmon:ffa07a lightseagreen:20b2aa lightskyblue:87cefa
lightslategray:778899 lightslategrey:778899 lightsteelblue:b0c4de lightyellow:ffffe0
lime:00ff00 limegreen:32cd32 linen:faf0e6 magenta:ff00ff maroon:800000 mediumaquamarine:66cdaa
mediumblue:0000cd mediumorchid:ba55d3 mediumpurple:9370db mediumseagreen:3cb371
mediumslateblue:7b68ee mediumspringgreen:00fa9a mediumturquoise:48d1cc mediumvioletred:c71585
midnightblue:191970 mintcream:f5fffa mistyrose:ffe4e1 moccasin:ffe4b5 navajowhite:ffdead
navy:000080 oldlace:fdf5e6 olive:808000 olivedrab:6b8e23 orange:ffa500 orangered:ff4500
orchid:da70d6 palegoldenrod:eee8aa palegreen:98fb98 paleturquoise:afeeee palevioletred:db7093
papayawhip:ffefd5 peachpuff:ffdab9 peru:cd853f pink:ffc0cb plum:dda0dd powderblue:b0e0e6
purple:800080 rebeccapurple:663399 red:ff0000 rosybrown:bc8f8f royalblue:4169e1
saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460 seagreen:2e8b57 seashell:fff5ee
sienna:a0522d silver:c0c0c0 skyblue:87ceeb slateblue:6a5acd slategray:708090 slategrey:708090
snow:fffafa springgreen:00ff7f steelblue:4682b4 tan:d2b48c teal:008080 thistle:d8bfd8
tomato:ff6347 turquoise:40e0d0 violet:ee82ee wheat:f5deb3 white:ffffff whitesmoke:f5f5f5
yellow:ffff00 yellowgreen:9acd32
"""
_CSS_COLOURS = {
    name: f"#{rgb}" for name, _, rgb in (entry.partition(":") for entry in _CSS_TABLE.split())
}


def clean_tag_name(text: str) -> str:
    """A typed tag name made canonical, or NewslensError saying why it cannot be one."""
    name = " ".join(text.split()).lower()
    if not name:
        raise NewslensError("a tag needs a name")
    if len(name) > _MAX_TAG_CHARS:
        raise NewslensError(f"a tag name has at most {_MAX_TAG_CHARS} characters")
    if any(not ch.isprintable() for ch in name):
        raise NewslensError("a tag name cannot contain control characters")
    return name


def tag_colour(text: str) -> str | None:
    """``text`` as a colour that both Rich (the reader) and CSS (the HTML export) draw.

    Only ``#rgb``, ``#rrggbb`` and names are read: a colour lands in CSS, so nothing
    else may be smuggled in with it. A name only one of the two knows becomes ``#rrggbb``;
    None when it is no colour at all.
    """
    if re.fullmatch(r"#[0-9a-fA-F]{6}", text):
        return text
    if re.fullmatch(r"#[0-9a-fA-F]{3}", text):
        return "#" + "".join(digit * 2 for digit in text[1:])  # Rich reads only #rrggbb
    name = text.lower()
    css = _CSS_COLOURS.get(name)
    if name in ANSI_COLOR_NAMES:
        # A name both know stays one, so the reader keeps the terminal's own red.
        return name if css else RichColor.parse(name).get_truecolor().hex
    return css


# The digits the reader tags with; a key among them is the only one a tag can have.
QUICK_TAG_KEYS = "123456789"


def load_tagset(entries: list[Any], source: str = "config") -> TagSet:
    """The tag set from config.toml's ``[[tags]]`` list (``Config.tags``); empty means defaults.

    ``source`` starts each error message: "config", or "config <its path>:".
    """
    if not entries:
        return DEFAULT_TAGS
    tags: list[Tag] = []
    for number, entry in enumerate(entries, 1):
        where = f"{source} [[tags]] entry {number}"
        if not isinstance(entry, dict):
            raise NewslensError(f"{where}: expected a table with key, name and colour")
        name = _entry_name(entry.get("name"), where)
        if name == NOT_A_CLAIM:
            raise NewslensError(f"{where}: {NOT_A_CLAIM!r} is reserved")
        written = entry.get("colour", entry.get("color"))
        if written is None:
            raise NewslensError(
                f'{where}: needs a colour: #rgb, #rrggbb or a colour name, like colour = "darkgreen"'
            )
        colour = tag_colour(written) if isinstance(written, str) else None
        if colour is None:
            raise NewslensError(
                f"{where}: colour {written!r} is not #rgb, #rrggbb or a colour name"
            )
        key = entry.get("key")
        if key is not None:
            key = str(key)
            if len(key) != 1 or key not in QUICK_TAG_KEYS:
                raise NewslensError(f"{where}: key {key!r} is no quick-tag key: one digit, 1 to 9")
        verdict = entry.get("verdict", name in _DEFAULT_VERDICTS)
        if not isinstance(verdict, bool):
            raise NewslensError(f"{where}: verdict must be true or false")
        if any(t.name == name for t in tags):
            raise NewslensError(f"{where}: tag {name!r} is defined twice")
        if key is not None and any(t.key == key for t in tags):
            raise NewslensError(f"{where}: key {key!r} is used twice")
        tags.append(Tag(name, colour, key, verdict))
    return TagSet(tuple(tags))


def _entry_name(written: object, where: str) -> str:
    if written is None or (isinstance(written, str) and not written.strip()):
        raise NewslensError(f'{where}: needs a name, like name = "verified"')
    if not isinstance(written, str):
        raise NewslensError(f"{where}: name must be text in quotes, not {written!r}")
    try:
        return clean_tag_name(written)
    except NewslensError as exc:
        raise NewslensError(f"{where}: name {written!r}: {exc}") from None
