"""Keep Presidio's helpers off the network: the worker runs with no outbound access."""

from __future__ import annotations

import os


def make_tldextract_offline() -> None:
    """Presidio's email recognizer calls tldextract, whose default extractor fetches the public suffix list on
    first use. Replace it with one that reads only the snapshot bundled with the package."""
    os.environ.setdefault("TLDEXTRACT_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "tldextract-offline"))
    import tldextract
    import tldextract.tldextract as module

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    module.TLD_EXTRACTOR = offline
