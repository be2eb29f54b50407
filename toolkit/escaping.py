"""Text as libxml2 writes it, for the two writers that write it by hand.

libxml2 escapes text the same way in its XML and its HTML output: ``&``, ``<`` and
``>`` as entities, a carriage return as a character reference (so that it survives
line-end normalisation when read back), every other character as it is (the output is
UTF-8). `release_xml` and `html_writer` pass every text through `escape_text`, and are
held to lxml's own output by their tests.
"""

from __future__ import annotations


def escape_text(text: str) -> str:
    """Text as it stands between tags: markup characters escaped, nothing interpreted."""
    # Each test is a scan in C; most text holds none of the four, and is given back.
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text
