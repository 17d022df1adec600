"""A PDF page read by pdfium, shaped like the pdfplumber page the PDF extractor reads.

pdfminer interprets every content stream in Python: almost all of a text page's reading time.
pdfium (pypdfium2, installed with pdfplumber) does it in C. From it come each character's
origin, advance and font size, and each painted path's points; they are given pdfminer's
coordinates (top-down, pdfminer's box: from the font's descent to one em above it, as wide as
the advance), the paths made into pdfplumber's dicts so that its own ``TableFinder`` finds the
ruled tables, the characters kept as tuples made into the words ``utils.extract_words`` would
make (``char_words``), exactly as before.

pdfminer still opens the file (no content is interpreted): the page boxes and rotation, and the
fonts' /Descent, which pdfium reads from the font program instead. A page this reader does not
shape like pdfplumber (rotated, cropped, a MediaBox not at the origin, text not upright, form
XObjects, a font not found by name) is left to pdfplumber: :func:`read_page` returns ``None``.
"""

from __future__ import annotations

import ctypes
import re
import zlib
from typing import Any, Optional

import numpy
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFException, dict_value, list_value, num_value, resolve1
from pdfminer.psparser import PSException, PSLiteral, literal_name
from pdfplumber import utils
from pdfplumber.container import Container
from pdfplumber.table import TableFinder, TableSettings

from pipeline.extract.char_words import Char, words_of_chars
from pipeline.extract.layout import Word

#: bytes of content stream past which a page is left to pdfplumber: a page of minutes draws
#: with a few tens of kilobytes; pdfium would load one drawing millions of objects (a damaged
#: or hostile file) into gigabytes at once, while pdfminer's slow reading of it is stopped by
#: the per-file timeout
MAX_CONTENT_BYTES = 4_000_000

_SEGMENT = {pdfium_c.FPDF_SEGMENT_MOVETO: "m", pdfium_c.FPDF_SEGMENT_LINETO: "l",
            pdfium_c.FPDF_SEGMENT_BEZIERTO: "c"}


class PdfiumPage(Container):
    """The parts of ``pdfplumber.Page`` the PDF extractor uses, over pdfium-made objects; its
    characters kept as plain tuples (:data:`char_words.Char`), words made from them directly."""

    def __init__(self, page_number: int, width: float, height: float, objects: dict[str, list[dict]],
                 chars: list[Char]):
        self.page_number = page_number
        self.width, self.height = width, height
        self.bbox = (0, 0, width, height)
        self._objects = objects
        self._chars = chars

    @property
    def objects(self) -> dict[str, list[dict]]:
        return self._objects

    @property
    def chars(self) -> list[dict]:
        """The characters as pdfplumber's dicts (for its own functions; the extractor uses :meth:`words`)."""
        return [{"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top, "upright": True,
                 "size": bottom - top} for text, x0, x1, top, bottom in self._chars]

    def words(self) -> list[Word]:
        """What ``extract_words()`` gives, as :class:`Word`s, without pdfplumber's dicts."""
        return words_of_chars(self._chars)

    def extract_words(self, **kwargs: Any) -> list[dict]:
        return utils.extract_words(self.chars, **kwargs)

    def find_tables(self, table_settings: Optional[dict] = None):
        return TableFinder(self, TableSettings.resolve(table_settings)).tables

    def close(self) -> None:
        self._objects, self._chars = {}, []
        self.flush_cache()


def font_descents(page: PDFPage, read: dict[int, Optional[float]]) -> Optional[dict[str, float]]:
    """Each font of the page's resources by base name: its descent (text space per unit of
    size), as pdfminer reads it. ``None`` when a font is one pdfminer boxes otherwise (Type3,
    vertical writing) or two fonts share a name with different descents. ``read`` holds the
    descents of the document's fonts already read (by object number): pages share their fonts."""
    fonts = dict_value(dict_value(page.resources).get("Font"))
    descents: dict[str, float] = {}
    for ref in fonts.values():
        spec = dict_value(ref)
        objid = getattr(ref, "objid", None)
        if objid in read:
            descent = read[objid]
        else:
            try:
                descent = pdfminer_descent(spec)
            except (PDFException, PSException, KeyError, TypeError, ValueError, IndexError):
                descent = None
            if objid is not None:
                read[objid] = descent
        if descent is None:
            return None
        name = _base_name(resolve1(spec.get("BaseFont")))
        if descents.get(name, descent) != descent:
            return None
        descents[name] = descent
    return descents


def pdfminer_descent(spec: dict) -> Optional[float]:
    """pdfminer's ``PDFFont.get_descent()`` for a font dictionary, read from the descriptor it
    would use (the standard 14 fonts' metrics for those names, else /FontDescriptor, a Type0
    font's from its descendant) without building the font, whose ToUnicode map and font program
    pdfminer would parse; ``None`` for Type3 fonts and vertical writing."""
    subtype = literal_name(resolve1(spec["Subtype"])) if "Subtype" in spec else "Type1"
    if subtype == "Type0":
        encoding = resolve1(spec.get("Encoding"))
        if not isinstance(encoding, PSLiteral) or literal_name(encoding).endswith("-V"):
            return None
        spec = dict_value(list_value(spec["DescendantFonts"])[0])
        if literal_name(resolve1(spec.get("Subtype"))) not in ("CIDFontType0", "CIDFontType2"):
            return None
        descriptor = dict_value(spec.get("FontDescriptor", {}))
    elif subtype in ("Type1", "MMType1", "TrueType"):
        basefont = literal_name(resolve1(spec["BaseFont"])) if "BaseFont" in spec else "unknown"
        descriptor = FONT_METRICS[basefont][0] if basefont in FONT_METRICS else dict_value(spec.get("FontDescriptor", {}))
    else:
        return None
    descent = num_value(descriptor.get("Descent", 0))
    return (-descent if descent > 0 else descent) * 0.001


def _base_name(name: Any) -> str:
    """The font's name without its subset tag ("BAAAAA+DejaVuSans": "DejaVuSans"), as pdfium gives it."""
    name = getattr(name, "name", name)
    name = name.decode("latin-1") if isinstance(name, bytes) else str(name)
    return re.sub(r"^[A-Z]{6}\+", "", name)


def content_bytes(page: PDFPage, limit: int) -> int:
    """Size of the page's content streams once decompressed, counted up to just past ``limit``
    (never holding more than that)."""
    total = 0
    for stream in (resolve1(s) for s in page.contents):
        raw = getattr(stream, "rawdata", None) or b""
        filters = resolve1(stream.attrs.get("Filter")) if hasattr(stream, "attrs") else None
        if getattr(filters, "name", None) == "FlateDecode":
            try:
                total += len(zlib.decompressobj().decompress(raw, limit + 1 - total))
            except zlib.error:
                total += len(raw)
        else:
            total += len(raw)
        if total > limit:
            break
    return total


def plain_page(page: PDFPage) -> Optional[tuple[float, float]]:
    """Width and height of a page pdfium and pdfplumber place alike (not rotated, CropBox the
    MediaBox, which starts at the origin), else ``None``."""
    media = [float(v) for v in page.mediabox]
    crop = [float(v) for v in page.cropbox]
    if (page.rotate or 0) % 360 or media != crop or media[0] != 0 or media[1] != 0:
        return None
    return media[2] - media[0], media[3] - media[1]


def read_page(pdf: pdfium.PdfDocument, index: int, miner_page: PDFPage,
              fonts: Optional[dict[int, Optional[float]]] = None) -> Optional[PdfiumPage]:
    """Page ``index`` (0-based) as a :class:`PdfiumPage`, or ``None`` when pdfplumber must read it.
    ``fonts``: the descents of the fonts read on earlier pages (see :func:`font_descents`)."""
    size = plain_page(miner_page)
    descents = font_descents(miner_page, {} if fonts is None else fonts) if size else None
    if size is None or descents is None:
        return None
    width, height = size
    if content_bytes(miner_page, MAX_CONTENT_BYTES) > MAX_CONTENT_BYTES:
        return None
    page = pdf[index]
    try:
        objects = _page_objects(page, height)
        if objects is None:
            return None
        chars = _chars(page, height, descents)
        if chars is None:
            return None
        return PdfiumPage(index + 1, width, height, objects, chars)
    finally:
        page.close()


def _page_objects(page: pdfium.PdfPage, height: float) -> Optional[dict[str, list[dict]]]:
    """Painted paths as pdfplumber's lines, rects and curves (pdfminer's rules), and images;
    ``None`` if the page draws through form XObjects (their matrices nest)."""
    objects: dict[str, list[dict]] = {"line": [], "rect": [], "curve": [], "image": []}
    for i in range(pdfium_c.FPDFPage_CountObjects(page)):
        obj = pdfium_c.FPDFPage_GetObject(page, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            return None
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            objects["image"].append({"object_type": "image"})
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            for shape, pts in _subpaths(obj):
                made = path_object(shape, pts, height)
                if made is not None:
                    objects[made["object_type"]].append(made)
    return objects


def _subpaths(obj) -> list[tuple[str, list[tuple[float, float]]]]:
    """A path object's subpaths as pdfminer sees them: operator letters ("m", "l", "c", "h")
    and each operator's end point in page space."""
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    x, y = ctypes.c_float(), ctypes.c_float()
    ops: list[str] = []
    pts: list[tuple[float, float]] = []
    bezier = 0
    for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        op = _SEGMENT.get(pdfium_c.FPDFPathSegment_GetType(segment), "?")
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        point = (written(a * x.value + c * y.value + e), written(b * x.value + d * y.value + f))
        if op == "c":  # pdfium lists a Bézier's two control points as segments of their own
            bezier = (bezier + 1) % 3
            if bezier:
                continue
        ops.append(op)
        pts.append(point)
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            ops.append("h")
            pts.append(pts[_last_move(ops)])
    shape = "".join(ops)
    return [(m.group(0), pts[m.start():m.end()]) for m in re.finditer(r"m[^m]*", shape)]


def written(value: float) -> float:
    """The shortest decimal that reads back as ``value`` in single precision: the number the PDF
    wrote (pdfium keeps coordinates as 32-bit floats, pdfminer the decimals as written), so that
    sums and differences against pdfminer's coordinates do not differ by 1e-5 at a threshold."""
    return float(str(numpy.float32(value)))


def all_written(values: list[float]) -> list[float]:
    """:func:`written` of each value, at once: a page's thousands of coordinates, each distinct
    one made once (a page's characters sit on a few tens of baselines), all in numpy. A zero is
    its own: 0.0 and -0.0 are one value to ``unique``, not one number."""
    doubles = numpy.array(values, dtype=numpy.float64)
    distinct, where = numpy.unique(doubles, return_inverse=True)
    made = shortest_decimals(distinct.astype(numpy.float32))[where]
    return numpy.where(doubles == 0, doubles, made).tolist()


#: powers of ten, exact as doubles
_TENS = [10.0 ** k for k in range(10)]


def shortest_decimals(singles: numpy.ndarray) -> numpy.ndarray:
    """The number each single-precision value's shortest decimal reads as, the decimal
    ``str(numpy.float32(v))`` writes, found by arithmetic rather than by printing (printing
    each was a fifth of a PDF page's reading): for each number of decimal places, from the hundred
    millions to the ninth decimal, the value rounded to it, kept where it reads back as the same
    single; the fewest places win. With up to nine places a single times a power of ten is exact
    in double precision, so the rounding is that of the decimal itself, and the quotient by the
    power of ten is the double the decimal parses to. A value no such rounding reads back (from
    a billion up, under a billionth, infinite) is printed as before."""
    exact = singles.astype(numpy.float64)
    made = exact.copy()
    pending = exact != 0
    reached = numpy.abs(exact) < 1e9  # further up, rounding to the hundred millions can keep more digits than the shortest
    for places in range(-8, 10):
        at = numpy.flatnonzero(pending & reached)
        if not at.size:
            break
        values = exact[at]
        if places >= 0:
            rounded = numpy.rint(values * _TENS[places]) / _TENS[places]
        else:
            rounded = numpy.rint(values / _TENS[-places]) * _TENS[-places]
        same = rounded.astype(numpy.float32) == singles[at]
        made[at[same]] = rounded[same]
        pending[at[same]] = False
    if pending.any():
        at = numpy.flatnonzero(pending)
        made[at] = [float(text) for text in singles[at].astype(str).tolist()]
    return made


def _last_move(ops: list[str]) -> int:
    return max(i for i, op in enumerate(ops) if op == "m")


def path_object(shape: str, pts: list[tuple[float, float]], height: float) -> Optional[dict]:
    """pdfminer's reading of one painted subpath (``LTLine``, ``LTRect`` or ``LTCurve``, see
    ``PDFLayoutAnalyzer.paint_path``) as pdfplumber's dict, top-down; ``None`` if it draws nothing."""
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:  # pdfium closes with a line
        shape, pts = shape[:-2] + "h", pts[:-2] + pts[-1:]
    if shape == "m" or "?" in shape:
        return None
    if shape in {"mlh", "ml"}:
        return _boxed("line", pts[:2], height)
    if shape in {"mlllh", "mllll"}:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if pts[0] == pts[4] and square:
            return _boxed("rect", [pts[0], pts[2]], height)
    curve = _boxed("curve", pts, height)
    curve["pts"] = [(px, height - py) for px, py in pts]
    return curve


def _boxed(kind: str, pts: list[tuple[float, float]], height: float) -> dict:
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    return {"object_type": kind, "x0": x0, "x1": x1, "y0": y0, "y1": y1, "top": height - y1,
            "bottom": height - y0, "doctop": height - y1, "width": x1 - x0, "height": y1 - y0}


def _chars(page: pdfium.PdfPage, height: float, descents: dict[str, float]) -> Optional[list[Char]]:
    """Every character drawn on the page (not those pdfium adds between words and lines), with
    pdfminer's box; ``None`` if one is not upright or its font is not among the page's.

    The characters of one text object share its matrix, size and font: those are read once per
    object, and per character its origin and the right edge of its loose box (origin plus
    advance; the box's left edge is not always the origin, nor its bottom pdfminer's). The codes
    come in one call for the page (:func:`_codes`). Coordinates are made :func:`written` all at
    once, after the loop.
    """
    text = page.get_textpage()
    try:
        raw = text.raw  # the bare handle: pypdfium2's wrapper costs a property call per C call
        object_of = ctypes.cast(pdfium_c.FPDFText_GetTextObject,  # the object's address, not a pointer proxy
                                ctypes.CFUNCTYPE(ctypes.c_void_p, pdfium_c.FPDF_TEXTPAGE, ctypes.c_int))
        loose_box = pdfium_c.FPDFText_GetLooseCharBox
        unicode_of, origin_of = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetCharOrigin
        box = pdfium_c.FS_RECTF()
        x, y = ctypes.c_double(), ctypes.c_double()
        current, known = None, (0.0, 0.0, 1.0)
        texts: list[str] = []
        lefts: list[float] = []
        rights: list[float] = []
        baselines: list[float] = []
        metrics: list[tuple[float, float, float]] = []
        count = pdfium_c.FPDFText_CountChars(raw)
        codes = _codes(raw, count)
        for i in range(count):
            address = object_of(raw, i)
            if not address:  # a space or line break pdfium generated
                continue
            loose_box(raw, i, box)
            if address != current:
                current = address
                known = _object_metrics(raw, i, descents)
                if known is None:
                    return None
            code = codes[i] if codes else unicode_of(raw, i)
            if codes and (code < 32 or 0xD800 <= code <= 0xDFFF or code >= 0xFFFE):  # a mark: ask which
                code = unicode_of(raw, i)
            if code == 2:  # pdfium's mark for a hyphen ending a line
                code = 45
            elif code in (0xFFFE, 0xFFFF, 0):
                return None
            origin_of(raw, i, x, y)
            texts.append(chr(code))
            lefts.append(x.value)
            rights.append(box.right)
            baselines.append(y.value)
            metrics.append(known)
        drawn = len(texts)
        made = all_written(lefts + rights + baselines)  # one pass: a character's right edge is often the next one's left
        boxes: dict[tuple, tuple[float, float]] = {}  # a line's characters in one font: one top and bottom object
        chars: list[Char] = []
        for char, x0, x1, baseline, known in zip(texts, made[:drawn], made[drawn:2 * drawn], made[2 * drawn:], metrics):
            top_bottom = boxes.get((baseline, known))
            if top_bottom is None:
                size, descent, scale = known
                y0, y1 = scale * descent + baseline, scale * (descent + size) + baseline  # pdfminer's LTChar box
                top_bottom = boxes[baseline, known] = (height - y1, height - y0)
            chars.append((char, x0, x1, *top_bottom))
        return chars
    finally:
        text.close()


def _codes(text, count: int) -> Optional[list[int]]:
    """The page's character codes read in one call (a call per character was a fifth of the
    reading loop), one UTF-16 unit per character; ``None`` when a character outside the Basic
    Multilingual Plane takes two units, so that units and characters no longer line up. Marks
    (a line-end hyphen, an unmapped glyph) come out as U+FFFE: :func:`_chars` asks for those one
    by one."""
    units = (ctypes.c_ushort * (count + 1))()
    written_units = pdfium_c.FPDFText_GetText(text, 0, count, units)
    return list(units)[:count] if written_units == count + 1 else None


def _object_metrics(text, index: int, descents: dict[str, float]) -> Optional[tuple[float, float, float]]:
    """For the text object of character ``index``: its font size, pdfminer's descent at that
    size and its vertical scale; ``None`` if its text is not upright or its font is unknown."""
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(text, index, matrix)
    if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
        return None
    font = pdfium_c.FPDFTextObj_GetFont(pdfium_c.FPDFText_GetTextObject(text, index))
    name = ctypes.create_string_buffer(256)
    length = pdfium_c.FPDFFont_GetBaseFontName(font, name, len(name))
    descent = descents.get(name.value.decode("latin-1") if 0 < length <= len(name) else "")
    if descent is None:
        return None
    size = written(pdfium_c.FPDFText_GetFontSize(text, index))
    return size, descent * size, written(matrix.d)
