"""Bytes of a text or HTML export -> text: the one decoding chain both extractors use.

Order: a byte-order mark (UTF-32, UTF-8, UTF-16: Word's "Unicode text" export is UTF-16 LE
with a BOM), then UTF-16/32 recognised by their NUL pattern when the BOM was lost, then the
charset an HTML page declares, then UTF-8, then Windows-1252 (what Word writes on Windows),
then Latin-1 (which decodes any bytes). NUL bytes left after that mean a binary file.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple, Optional

from pipeline.errors import ExtractionError

#: BOMs, longest first: UTF-32 LE's begins with UTF-16 LE's
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
FALLBACKS = ("utf-8", "cp1252", "latin-1")
#: bytes looked at to recognise UTF-16/32 without a BOM and NULs of a binary file
SAMPLE = 4096


class Decoded(NamedTuple):
    text: str
    encoding: str  # the codec that read the bytes, e.g. "utf-8", "utf-16-le", "cp1252"


def decode_text(data: bytes, declared: Optional[str] = None) -> Decoded:
    """The text of an export and the encoding that read it; ExtractionError for binary content.

    ``declared`` is the charset a page names (an HTML ``<meta charset>``); a BOM overrides it
    (as browsers do), and a declared UTF-16/32 without either BOM or NUL pattern is ignored
    (the declaration itself was readable as ASCII, so the page is not UTF-16).
    """
    encoding = _bom_encoding(data) or _wide_encoding(data[:SAMPLE])
    if encoding:
        start = next((len(bom) for bom, name in BOMS if name == encoding and data.startswith(bom)), 0)
        return _decode_wide(data[start:], encoding)
    if b"\x00" in data[:SAMPLE]:
        raise ExtractionError("binary content in a text file (NUL bytes): not a text export")
    candidates = ([declared] if declared and not _is_wide(declared) else []) + list(FALLBACKS)
    for candidate in candidates:
        try:
            return Decoded(data.decode(candidate), codecs.lookup(candidate).name)
        except (LookupError, UnicodeDecodeError):
            continue
    return Decoded(data.decode("latin-1"), "iso8859-1")  # unreachable: latin-1 decodes any bytes


def _bom_encoding(data: bytes) -> Optional[str]:
    return next((name for bom, name in BOMS if data.startswith(bom)), None)


def _wide_encoding(sample: bytes) -> Optional[str]:
    """UTF-16/32 without a BOM, from where the NUL bytes fall (text in Latin scripts is mostly
    ASCII, whose UTF-16 code units have one NUL byte and UTF-32 ones three)."""
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    n32 = len(sample) // 4 * 4
    quads = [sample[i:i + 4] for i in range(0, n32, 4)]
    if sum(q[1:] == b"\x00\x00\x00" and q[0] for q in quads) > 0.6 * len(quads):
        return "utf-32-le"
    if sum(q[:3] == b"\x00\x00\x00" and q[3] for q in quads) > 0.6 * len(quads):
        return "utf-32-be"
    pairs = len(sample) // 2
    odd_nuls = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0 and sample[i - 1])
    even_nuls = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0 and sample[i + 1])
    if odd_nuls > 0.6 * pairs:
        return "utf-16-le"
    if even_nuls > 0.6 * pairs:
        return "utf-16-be"
    return None


def _is_wide(name: str) -> bool:
    try:
        return codecs.lookup(name).name.startswith(("utf-16", "utf-32"))
    except LookupError:
        return False


def _decode_wide(data: bytes, encoding: str) -> Decoded:
    """UTF-16/32 text; a truncated last code unit or a lone surrogate is replaced, not fatal."""
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        return Decoded(data.decode(encoding, errors="replace"), f"{encoding} (invalid bytes replaced)")
