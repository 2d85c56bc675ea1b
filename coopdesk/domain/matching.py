"""How a name typed in a file is matched with one we know: a column header, a unit's name.

People type "Unidad de Planeación", "UNIDAD DE PLANEACION" or "unidad-de planeación" for the
same thing; each import compares such names by one key, so a header and a unit are matched
the same way.
"""

from __future__ import annotations

import re
import unicodedata

_APART = re.compile(r"[^a-z0-9]+")


def match_key(text: object) -> str:
    """``text`` compared without case, accents, punctuation or spacing."""
    plain = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return _APART.sub(" ", plain.casefold()).strip()
