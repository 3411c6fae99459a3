"""Whatever bytes arrive, and whatever charset a page or a server names for them, newslens
reads them as text it can write out again (no half of a surrogate pair, which no output can
encode) with "\\n" line ends, or says in one line that it cannot."""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from newslens.decoding import decode_text
from newslens.errors import NewslensError

PIECES = st.sampled_from(
    [
        b"+2AA-",  # UTF-7 for half a surrogate pair
        b"\\ud800",
        b"\\x1b",
        b"\xed\xa0\x80",  # a surrogate encoded as if UTF-8
        b"\xe2\x80\x9c",
        b"\x93",
        b"\x00",
        b"\r\n",
        b"\r",
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE,
        b"The mayor said ",
    ]
)
CHARSETS = st.sampled_from(
    [None, "utf-8", "utf-16", "utf-7", "unicode_escape", "iso-8859-1", "shift_jis", "koi8-r"]
)


@settings(max_examples=300)
@given(st.lists(st.one_of(PIECES, st.binary(max_size=4)), max_size=12).map(b"".join), CHARSETS)
def test_any_bytes_are_read_as_text_that_can_be_written_out(
    raw: bytes, charset: str | None
) -> None:
    try:
        text = decode_text(raw, "page", charset=charset)
    except NewslensError as error:
        assert "\n" not in str(error)
        return
    text.encode("utf-8")
    assert "\r" not in text
