"""Build the bad-input fixtures under tests/fixtures/bad/ (committed; rerun to refresh).

Each is a file an archive really holds: an empty file, a .docx that is not a zip (an e-mail
saved under the wrong name), a zip that is not a Word document, a truncated .docx, a
password-protected .docx, a file of an unknown type; a password-protected PDF, a truncated
PDF, a PDF with no pages, a PDF whose one page makes pdfminer work for minutes, a .doc that
LibreOffice cannot open. The encrypted ones need ``msoffcrypto-tool`` and ``pikepdf``
(``pip install msoffcrypto-tool pikepdf``), used only here.

    python scripts/build_bad_fixtures.py
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "bad"
SOURCE_DOCX = ROOT / "data" / "raw" / "minutes_pwg_mopti_2019-03-21.docx"
SOURCE_PDF = ROOT / "data" / "raw" / "cr_souscluster_protection_menaka_2020-02-13.pdf"


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A well-formed PDF file (header, numbered objects, xref table, trailer) from object bodies."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def zero_page_pdf() -> bytes:
    return pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def slow_pdf(operations: int = 3_000_000) -> bytes:
    """One page whose content stream holds millions of tiny text operations: a few hundred
    kilobytes compressed, minutes of pdfminer work (the 'pathological file' of a big archive)."""
    import zlib

    content = b"BT /F1 1 Tf " + b"1 0 Td (x) Tj " * operations + b"ET"
    stream = zlib.compress(content, 9)
    return pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "empty.docx").write_bytes(b"")
    (OUT / "not_a_zip.docx").write_text("From: coordination@example.org\nSubject: CR reunion\n\nVoir piece jointe.\n")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("README.txt", "photos de la mission")
        archive.writestr("photo_001.jpg", b"\xff\xd8\xff\xe0 not really a jpeg")
    (OUT / "zip_not_word.docx").write_bytes(buffer.getvalue())
    data = SOURCE_DOCX.read_bytes()
    (OUT / "truncated.docx").write_bytes(data[: len(data) // 2])
    (OUT / "liste_presence.xyz").write_text("UNHCR;OCHA;NRC\n")
    pdf = SOURCE_PDF.read_bytes()
    (OUT / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    (OUT / "zero_pages.pdf").write_bytes(zero_page_pdf())
    (OUT / "slow_page.pdf").write_bytes(slow_pdf())
    (OUT / "damaged.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 40)
    try:
        import pikepdf
    except ImportError:
        print("pikepdf not installed: encrypted.pdf left as it is")
    else:
        with pikepdf.open(SOURCE_PDF) as source:
            source.save(OUT / "encrypted.pdf", encryption=pikepdf.Encryption(user="secret", owner="owner"))
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        print("msoffcrypto-tool not installed: encrypted.docx left as it is")
    else:
        with SOURCE_DOCX.open("rb") as source, (OUT / "encrypted.docx").open("wb") as target:
            OOXMLFile(source).encrypt("secret", target)
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
