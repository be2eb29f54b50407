"""Language tags compared as content is tagged (BCP 47): imported by the build, validate
and normalize alike, so kept apart from the modules that translate (whose imports, the
formatting package among them, normalize has no use for)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=256)
def within_language(tag: str, language: str) -> bool:
    """Whether content tagged `tag` is in `language` as it is tagged: the same tag, or
    `tag` narrows `language` by region or variant (the language range ``en`` matches
    ``en-GB``: RFC 4647, 3.3.1, basic filtering); not when it adds a script
    (``zh-Hant`` is not all ``zh`` text: fonts and glyphs follow the script).

    A fallback from an ``en`` source on an ``en-GB`` page is then left unmarked: a mark
    ``lang="en"`` would be a correct tag (BCP 47), but it says nothing the page's
    ``en-GB`` does not (English), and what WCAG 2.1 SC 3.1.2 asks marked is a change of
    language, which this is not; marked, it reads as one to a screen reader that
    switches voices at a change of ``lang``. Marks that say more than the page stay:
    ``en-US`` text on an ``en-GB`` page, ``en-GB`` on an ``en`` one.
    """
    tag, language = tag.replace("_", "-").lower(), language.replace("_", "-").lower()
    if tag == language:
        return True
    if not tag.startswith(language + "-"):
        return False
    return not any(len(s) == 4 and s.isalpha() for s in tag[len(language) + 1:].split("-"))
