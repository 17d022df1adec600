"""Build the bad-input fixtures under tests/fixtures/bad/ (committed; rerun to refresh).

Each is a file an archive really holds: an empty file, a .docx that is not a zip (an e-mail
saved under the wrong name), a zip that is not a Word document, a truncated .docx, a
password-protected .docx, a file of an unknown type; a password-protected PDF, a truncated
PDF, a PDF with no pages, a PDF whose one page makes pdfminer work for minutes, a .doc that
LibreOffice cannot open. The encrypted ones need ``msoffcrypto-tool`` and ``pikepdf``
(``pip install msoffcrypto-tool pikepdf``), used only here.

The hazards of real archives that git cannot hold reliably, or that are too big to commit, are
built by functions the tests call into a temporary folder: a file name that is not UTF-8,
symbolic links out of the archive and into a loop, Word's "Unicode text" exports (UTF-16 LE/BE
with a BOM, UTF-32), a text export of tens of megabytes; and for ``bench/memory.py`` a
400-page text-layer PDF, a 3,000-row table .docx and a .docx expanding to 1 GiB.

    python scripts/build_bad_fixtures.py                  # the committed fixtures
    python scripts/build_bad_fixtures.py --hazards DIR    # the others, into DIR (and DIR-outside/)
"""

from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "bad"
SOURCE_DOCX = ROOT / "data" / "raw" / "minutes_pwg_mopti_2019-03-21.docx"
SOURCE_PDF = ROOT / "data" / "raw" / "cr_souscluster_protection_menaka_2020-02-13.pdf"
SEED_TEXT = ROOT / "data" / "raw" / "000_cd32c92fb1dbef1b.txt"
SEED_PROSE = ROOT / "data" / "raw" / "003_9977c9c00bf37876.txt"
#: what the file behind an outward link holds: a test fails if it reaches the datasets
SECRET = "CONFIDENTIEL : identifiants du serveur, ne pas diffuser"
#: the Latin-1 bytes of a name copied from an old Windows share or zip
LATIN1_NAME = "réunion_gao.txt".encode("latin-1")
UNICODE_EXPORTS = {"cr_utf16le.txt": "utf-16-le", "cr_utf16be.txt": "utf-16-be", "cr_utf32.txt": "utf-32"}
BOMS = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32": b""}  # Python's utf-32 writes its BOM


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


def non_utf8_name(folder: Path) -> Path:
    """A text export named in Latin-1 bytes ("réunion_gao.txt" from an old share), content of its own."""
    path = folder / os.fsdecode(LATIN1_NAME)
    text = SEED_PROSE.read_text(encoding="utf-8") + "\nRéunion de suivi : 14 ménages arrivés à Gao.\n"
    path.write_text(text, encoding="utf-8")
    return path


def unicode_text_exports(folder: Path) -> list[Path]:
    """The seed compte rendu as Word's "Unicode text" export (UTF-16 LE with a BOM), UTF-16 BE, UTF-32."""
    text = SEED_TEXT.read_text(encoding="utf-8")
    paths = []
    for name, encoding in UNICODE_EXPORTS.items():
        paths.append(folder / name)
        paths[-1].write_bytes(BOMS[encoding] + text.encode(encoding))
    return paths


def outward_links(folder: Path, outside: Path) -> dict[str, Path]:
    """Links that leave the archive: ``notes.txt`` to a private file, ``partage`` to a folder
    (which holds ``retour``, a link back to itself: followed, it would be walked for ever)."""
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    (outside / "autre.txt").write_text(SECRET + " (dossier partagé)\n", encoding="utf-8")
    (outside / "retour").symlink_to(outside, target_is_directory=True)
    links = {"notes.txt": outside / "secret.txt", "partage": outside}
    for name, target in links.items():
        (folder / name).symlink_to(target, target_is_directory=target.is_dir())
    return {name: folder / name for name in links}


def folder_links(folder: Path) -> dict[str, Path]:
    """``annexes/boucle`` links back to the archive (a loop); ``raccourci`` links to ``annexes``."""
    annexes = folder / "annexes"
    annexes.mkdir(exist_ok=True)
    (annexes / "ordre_du_jour.txt").write_text("Ordre du jour : point sur les déplacements à Ménaka.\n",
                                               encoding="utf-8")
    (annexes / "boucle").symlink_to("..", target_is_directory=True)
    (folder / "raccourci").symlink_to("annexes", target_is_directory=True)
    return {"annexes/boucle": annexes / "boucle", "raccourci": folder / "raccourci"}


def large_text(path: Path, megabytes: float = 50) -> Path:
    """A text export of ``megabytes`` MB: the seed compte rendu over and over (a merged archive)."""
    block = SEED_TEXT.read_bytes()
    copies = int(megabytes * 1e6 // len(block)) + 1
    with path.open("wb") as handle:
        for _ in range(copies):
            handle.write(block)
    return path


def text_layer_pdf(path: Path, pages: int = 400, lines: int = 45) -> Path:
    """A ``pages``-page PDF with a text layer (Helvetica lines of minutes prose on every page)."""
    sentences = [s.strip() for s in SEED_PROSE.read_text(encoding="utf-8").replace("\n", " ").split(". ") if s.strip()]
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for page in range(pages):
        text = [f"Compte rendu - page {page + 1} sur {pages}"] + [
            sentences[(page * lines + k) % len(sentences)][:95] for k in range(lines)]
        ops = b"BT /F1 10 Tf 14 TL 50 800 Td " + b"".join(
            b"(" + t.encode("cp1252", "replace").replace(b"\\", b"").replace(b"(", b"[").replace(b")", b"]")
            + b") Tj T* " for t in text) + b"ET"
        objects.append(b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % (len(objects)))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages)
    path.write_bytes(pdf_bytes(objects))
    return path


def table_docx(path: Path, rows: int = 3000) -> Path:
    """A .docx whose agenda table has ``rows`` rows (a year of minutes pasted into one file)."""
    import docx

    document = docx.Document()
    document.add_paragraph("Compte rendu de la réunion du Cluster Protection")
    document.add_paragraph("Lieu et date : Bamako, 06 septembre 2017")
    table = document.add_table(rows=rows + 1, cols=5)
    header = ("Points", "Discussions", "Actions", "Responsable", "Délai")
    for r, row in enumerate(table.rows):
        cells = row.cells
        values = header if r == 0 else (
            f"Point {r}", f"Le sous-cluster signale {r} ménages déplacés à Gao et Ménaka.",
            f"Partager la liste des sites ({r})", "UNHCR", "Avant la prochaine réunion")
        for cell, value in zip(cells, values):
            cell.text = value
    document.save(path)
    return path


def expanding_docx(path: Path, expanded: int = 1 << 30) -> Path:
    """A .docx of about a megabyte whose word/document.xml expands to ``expanded`` bytes (a zip bomb)."""
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w='
            b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    tail = b"</w:body></w:document>"
    paragraph = b"<w:p><w:r><w:t>Compte rendu de reunion.</w:t></w:r></w:p>"
    chunk = paragraph * ((1 << 20) // len(paragraph))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml",
                         '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                         'wordprocessingml.document.main+xml"/></Types>')
        archive.writestr("_rels/.rels",
                         '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                         '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(head)
            written = len(head) + len(tail)
            while written + len(chunk) <= expanded:
                member.write(chunk)
                written += len(chunk)
            member.write(paragraph * ((expanded - written) // len(paragraph)))
            member.write(tail)
    return path


def hazards(folder: Path, outside: Path) -> list[Path]:
    """Every hazard of a real archive into ``folder`` (links pointing into ``outside``): what the
    tests build in a temporary folder, and ``--hazards`` builds for a manual run."""
    folder.mkdir(parents=True, exist_ok=True)
    built = [non_utf8_name(folder), *unicode_text_exports(folder)]
    built += list(outward_links(folder, outside).values()) + list(folder_links(folder).values())
    built.append(large_text(folder / "archive_fusionnee.txt"))
    built.append(expanding_docx(folder / "bombe.docx"))
    return built


def main() -> None:
    if sys.argv[1:2] == ["--hazards"] and len(sys.argv) == 3:
        folder = Path(sys.argv[2]).resolve()
        for path in hazards(folder, folder.with_name(folder.name + "-outside")):
            print(os.fsencode(path.relative_to(folder)).decode("utf-8", "backslashreplace"))
        return
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
