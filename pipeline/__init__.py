"""minutes-pipeline: humanitarian coordination minutes into tidy, typed datasets."""

__version__ = "0.1.0"
