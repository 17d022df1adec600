"""The errors the pipeline reports per file: one line naming the cause, recorded in outputs."""


class ExtractionError(Exception):
    """A file could not be read as minutes; the message says why in one line."""


class MissingToolError(ExtractionError):
    """A system tool the file needs (LibreOffice, Tesseract…) is not installed."""
