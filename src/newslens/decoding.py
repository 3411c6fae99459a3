"""Reading a file's bytes as text: by its byte-order mark, the charset it declares, UTF-8, or
Windows-1252, as browsers read them, each character kept where it is in the file."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from newslens.errors import NewslensError
from newslens.wording import counted

Warn = Callable[[str], None]


def ignore_warning(_: str) -> None:
    pass


def decode_text(
    raw: bytes, name: str, warn: Warn = ignore_warning, charset: str | None = None
) -> str:
    """Decode by BOM, then the declared charset, then UTF-8, then Windows-1252, then UTF-8
    with its few stray bytes replaced (either of the last two with a warning).

    Characters are kept as they are: only the BOM goes and line endings become
    ``\\n``, so offsets into the result are offsets into the file's text.
    """
    kind = _document_kind(raw)
    if kind is not None:
        raise NewslensError(f"{name}: {kind}, not text; copy its text into a file and open that")
    if raw.startswith(codecs.BOM_UTF8):
        text = _decode_utf_8(raw[len(codecs.BOM_UTF8) :], name, warn)
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode(raw, "utf-16", name)
    elif charset is not None:
        text = _decode_declared(raw, charset, name, warn)
    else:
        if b"\x00" in raw:
            raise NewslensError(f"{name}: looks like a binary file (it has NUL bytes)")
        text, used = _decode_undeclared(raw, name, warn)
        if used == _CP1252:
            warn(f"{name}: not UTF-8; read as {used}")
    if "\x00" in text:
        raise NewslensError(f"{name}: looks like a binary file (it has NUL characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CP1252 = "Windows-1252 (Western European)"

# The documents users bring that newslens does not read, told by the bytes they open with: a
# user given "has NUL bytes" or "bad byte at 10" for a PDF would not know what to do instead.
_DOCUMENT_KINDS = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (a Word, OpenDocument or EPUB file is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Office document"),
)


def _document_kind(raw: bytes) -> str | None:
    return next((kind for magic, kind in _DOCUMENT_KINDS if raw.startswith(magic)), None)


# What browsers decode (the WHATWG Encoding Standard) where a server names a narrower
# legacy charset: pages labelled ISO-8859-1 or ASCII are written in Windows-1252 (curly
# quotes at 0x93/0x94), GB2312 pages in GBK, and so on.
_SUPERSETS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
}
# Windows-1252 as browsers read it: the five bytes Python's cp1252 leaves undefined are
# the C1 controls of ISO-8859-1 (shown as placeholders in the reader), not an error.
_WINDOWS_1252 = {
    code: bytes([code]).decode("cp1252", errors="ignore") or chr(code) for code in range(0x80, 0xA0)
}


def _decode_declared(raw: bytes, charset: str, name: str, warn: Warn) -> str:
    """Decode by the charset a server declared; bytes that do not fit it mean the
    declaration is wrong, and the text is read as if none had been made."""
    try:
        codec = _codec_browsers_read(charset)
        codec = _SUPERSETS.get(codec, codec)
        if codec == "cp1252":
            return _decode_windows_1252(raw, charset, name, warn)
        return raw.decode(codec)
    except LookupError:  # no such codec, or one that is not a text encoding ("base64")
        raise NewslensError(f"{name}: sent in an unknown charset {charset!r}") from None
    except UnicodeDecodeError:
        text, used = _decode_undeclared(raw, name, warn)
        if used == _CP1252:
            warn(f"{name}: not valid {charset} as declared; read as {used}")
        return text


# <meta charset="…"> and <meta http-equiv="Content-Type" content="text/html; charset=…">, which
# a page should write within its first 1024 bytes (the WHATWG "prescan"). A browser that meets
# one later in the head, after a long inline script or style, reads the page again in it.
_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_PRESCAN_BYTES = 1024
_HEAD_BYTES = 64 * 1024
_BODY_OPENS = re.compile(rb"<body[\s>]", re.IGNORECASE)
# An XML file's declaration, which must open it: <?xml version="1.0" encoding="ISO-8859-1"?>.
_XML_ENCODING = re.compile(rb"""\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']""")


def declared_charset(raw: bytes, is_html: bool) -> str | None:
    """The charset an HTML page declares in its head, or an XML file (a news feed) in its
    declaration, as browsers take it, or None.

    Like browsers, a label that names no text encoding is passed over, and UTF-16 is read
    as UTF-8: a file whose declaration could be read at all is not in UTF-16.
    """
    if is_html:
        found = _META_CHARSET.search(raw, 0, _PRESCAN_BYTES) or _META_CHARSET.search(
            raw, 0, _end_of_head(raw)
        )
    else:
        found = _XML_ENCODING.match(raw, 0, _PRESCAN_BYTES)
    if found is None:
        return None
    label = found.group(1).decode("ascii")
    try:
        "".encode(label)  # LookupError for a name no codec has, or one like "base64"
        codec = _codec_browsers_read(label)
    except LookupError:
        return None
    return "utf-8" if codec.startswith(("utf-16", "utf-32")) else label


def _end_of_head(raw: bytes) -> int:
    body = _BODY_OPENS.search(raw, 0, _HEAD_BYTES)
    return _HEAD_BYTES if body is None else body.start()


# Codecs Python has for labels no browser reads: UTF-7 ("+2AA-" decodes to half a character,
# which nothing can write out again) and Python's escape codecs (a written "\x1b" as an ESC).
_NO_BROWSER_READS = frozenset({"utf-7", "unicode-escape", "raw-unicode-escape"})


def _codec_browsers_read(label: str) -> str:
    """The name of the codec ``label`` names; LookupError if none, or none a browser reads."""
    codec = codecs.lookup(label).name
    if codec in _NO_BROWSER_READS:
        raise LookupError(label)
    return codec


def _decode_windows_1252(raw: bytes, charset: str, name: str, warn: Warn) -> str:
    # Servers long labelled every page ISO-8859-1 by default, UTF-8 ones too; bytes that are
    # valid UTF-8 beyond ASCII are practically never Western European text.
    if not raw.isascii():
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            warn(f"{name}: declared {charset}, but the text is UTF-8; read as UTF-8")
            return text
    return raw.decode("latin-1").translate(_WINDOWS_1252)


def _decode_undeclared(raw: bytes, name: str, warn: Warn) -> tuple[str, str]:
    """The text, and the encoding that read it: UTF-8, else Windows-1252, else UTF-8 with
    the bytes that are neither shown as replacement characters."""
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    replaced = raw.decode("utf-8", errors="replace")
    if not _mostly_utf_8(replaced):
        try:
            return raw.decode("cp1252"), _CP1252
        except UnicodeDecodeError:
            pass
    return _with_strays(raw, replaced, first_bad, name, warn), "UTF-8"


def _mostly_utf_8(replaced: str) -> bool:
    """Whether text read as UTF-8, its bad bytes replaced, holds more well-formed characters
    beyond ASCII than replacements: curly quotes and accents written in UTF-8 around one
    stray byte 0x93. Read as Windows-1252, every one of them would be garbled ("â€œ") for one
    stray byte; a file written in Windows-1252 has next to none."""
    marks = replaced.count("\ufffd")
    beyond_ascii = len(replaced) - len(replaced.encode("ascii", errors="ignore"))
    return beyond_ascii - marks > marks


# A byte Windows-1252 leaves undefined (0x81, 0x8D) in UTF-8 text is a stray left by a bad
# copy: a few of them are shown as replacement characters, the rest of the text as written.
# More than this share of them, and the bytes are no text in any encoding newslens reads.
_MAX_STRAY_SHARE = 0.05


def _decode_utf_8(raw: bytes, name: str, warn: Warn) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    return _with_strays(raw, raw.decode("utf-8", errors="replace"), first_bad, name, warn)


def _with_strays(raw: bytes, replaced: str, first_bad: int, name: str, warn: Warn) -> str:
    """``replaced``, the UTF-8 reading of ``raw`` with its bad bytes replaced, if they are few
    (with a warning); else the error for bytes that are no text."""
    stray = replaced.count("\ufffd") - raw.count("\ufffd".encode())
    if stray > _MAX_STRAY_SHARE * len(replaced):
        raise _undecodable(name, first_bad)
    warn(f"{name}: not valid UTF-8 in {counted(stray, 'place')}, shown as U+FFFD; read as UTF-8")
    return replaced


def _decode(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _undecodable(name, exc.start) from None


def _undecodable(name: str, bad_byte: int) -> NewslensError:
    return NewslensError(
        f"{name}: cannot decode the text (not UTF-8, UTF-16 or Windows-1252; "
        f"bad byte at {bad_byte})"
    )
