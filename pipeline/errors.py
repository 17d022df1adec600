"""The errors the pipeline reports per file: one line naming the cause, recorded in outputs."""


class ExtractionError(Exception):
    """A file could not be read as minutes; the message says why in one line."""


def out_of_memory() -> str:
    """The cause for a file whose reading ran out of memory: too large for a worker, with the cap."""
    import resource

    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        return "too large: out of memory while converting this file"
    return (f"too large: out of memory while converting this file (the worker may address "
            f"{soft / 2**20:,.0f} MB; --memory-limit)")


class MissingToolError(ExtractionError):
    """A system tool the file needs (LibreOffice, Tesseract…) is not installed."""
