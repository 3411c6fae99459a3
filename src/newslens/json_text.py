"""JSON as newslens writes it: readable UTF-8, yet safe to print to a terminal."""

from __future__ import annotations

import json
import re
from typing import Any

# json.dumps escapes C0 controls but, with ensure_ascii=False, writes C1 controls
# (U+0080–U+009F) as they are; terminals may act on them (U+009B starts a control sequence),
# and article text is untrusted. Outside strings JSON holds none, so escaping them is exact.
_C1 = re.compile("[\u0080-\u009f]")


def dumps(value: Any, indent: int | None = None) -> str:
    """``value`` as JSON, non-ASCII text as itself and C1 controls escaped."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
