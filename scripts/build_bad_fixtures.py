"""Build the bad-input fixtures under tests/fixtures/bad/ (committed; rerun to refresh).

Each is a file an archive really holds: an empty file, a .docx that is not a zip (an e-mail
saved under the wrong name), a zip that is not a Word document, a truncated .docx, a
password-protected .docx, a file of an unknown type. The encrypted one needs
``msoffcrypto-tool`` (``pip install msoffcrypto-tool``), used only here.

    python scripts/build_bad_fixtures.py
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "bad"
SOURCE_DOCX = ROOT / "data" / "raw" / "minutes_pwg_mopti_2019-03-21.docx"


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
