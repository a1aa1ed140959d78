"""De-identification: text normalisation, spaCy + Presidio recognizers, ASRS-style replacement, evaluation."""

from scrubber.engine import Scrubber, ScrubResult
from scrubber.findings import Finding
from scrubber.normalize import normalize
from scrubber.replace import render

__all__ = ["Finding", "ScrubResult", "Scrubber", "normalize", "render"]
