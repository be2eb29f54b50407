"""The legend of a message: what its empty tags stand for, and whether its numbers agree.

Extract writes one ``#.`` line per empty tag, ``<number/>: 3 (number)`` (the tag, the
source text, the kind). When one msgid stands for several segments whose values differ
("<number/> countries" said of 3 and of 5), the line lists the others after it, in
order of first occurrence: ``<number/>: 3 (number); also 5``.

A translation that agrees with a number (Russian "3 страны", "5 стран") is right only
for the numbers of one CLDR plural category of its language. The source texts of the
cardinal numbers (kind ``number``) are read as numbers of the source locale (Babel's
`parse_decimal`, with its grouping: "1,000" in English, "1.000" in German); a text that
cannot be read so ("3.4 million", "three") tells nothing. A language whose
cardinal categories are all ``other`` (Japanese, Chinese, Korean...) never needs a look,
as CLDR's rules say (no rule of its own). Nor does a label: a text the source says of
numbers its own language inflects apart ("Photo 1", "Photo 2": English "one" and
"other") does not agree with its number, so its translation need not either.

An ordinal or a percentage is said by its style, ``<number/>: 30th (ordinal)``,
``14% (percent)``: no word agrees with its value as words agree with a count, so it is
never judged.

Babel is loaded only when numbers are judged: extract formats lines and reads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

    from babel.plural import PluralRule

ALSO = "; also "
NUMBER_KIND = "(number)"
# A legend line: the tag of an empty placeholder, its source text, the kind (the first
# bracket after which the line ends or the values of other occurrences begin).
_LINE = r"<([A-Za-z_][\w.-]*)/>: (.*?) \(([^()]*)\)((?:; also .*)?)\Z"


def legend_line(tag: str, shown: str, kind: str, others: Sequence[tuple[str, str]] = ()) -> str:
    """The ``#.`` line of one empty tag: its source text and kind, then the (text, kind)
    of the other segments the message stands for (their kind said only if it differs)."""
    line = f"<{tag}/>: {shown} ({kind})"
    for text, other_kind in others:
        if other_kind != kind:
            line += f"{ALSO}{text} ({other_kind})"
        elif text:  # (a span of white space only shows nothing: a line ends in no space)
            line += f"{ALSO}{text}"
    return line


def number_lines(comments: Iterable[str]) -> tuple[str, ...]:
    """The legend lines of numbers among extracted comments (what the memory keeps)."""
    return tuple(c for c in comments if NUMBER_KIND in c and c.startswith("<"))


def value_texts(comments: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Tag → the source texts its legend line gives (its own, then the others'), of every
    kind, from the legend lines among `comments`."""
    found: dict[str, tuple[str, ...]] = {}
    for comment in comments:
        match = re.match(_LINE, comment, re.DOTALL) if comment.startswith("<") else None
        if match is None:
            continue
        others = (re.sub(r" \([^()]*\)\Z", "", other)
                  for other in match.group(4).split(ALSO)[1:])
        found[match.group(1)] = (match.group(2), *others)
    return found


def cardinal_texts(comments: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Tag → the distinct source texts of its number (first occurrence first), from the
    legend lines among `comments`."""
    found: dict[str, tuple[str, ...]] = {}
    for comment in comments:
        if NUMBER_KIND not in comment:
            continue
        match = re.match(_LINE, comment, re.DOTALL)  # (compiled once, by re's cache)
        if match is None or match.group(3) != "number":
            continue
        texts = [match.group(2)]
        for other in match.group(4).split(ALSO)[1:]:
            # Another kind is said in brackets; a number's is always "number".
            text = other[:-len(NUMBER_KIND) - 1] if other.endswith(f" {NUMBER_KIND}") \
                else other
            if text not in texts:
                texts.append(text)
        found[match.group(1)] = tuple(texts)
    return found


@lru_cache(maxsize=256)
def plural_rule(locale: str) -> PluralRule | None:
    """The CLDR cardinal plural rule of a locale, None when every number is ``other``
    (or the locale is unknown: nothing can be judged then)."""
    from toolkit.errors import UsageError
    from toolkit.formatting import babel_locale_for

    try:
        rule = babel_locale_for(locale).plural_form
    except UsageError:
        return None
    return rule if rule.rules else None


@lru_cache(maxsize=4096)
def category(text: str, source_locale: str, locale: str) -> str | None:
    """The plural category in `locale` of a number written `text` in `source_locale`,
    None when the text is no plain number there ("3.4 million", "three", "30th"); every
    text is ``other`` in a language without categories."""
    from babel.numbers import NumberFormatError, parse_decimal

    rule = plural_rule(locale)
    if rule is None:
        return "other"
    if len(text) > _LONGEST or any(c.isalpha() or c == "_" for c in text):
        # No plain number: Decimal, under parse_decimal, reads exponents, NaN, Infinity
        # and underscores, and a legend line of a catalog is anyone's text: its
        # "1e999999" took minutes to judge (Babel's rule makes the million-digit
        # integer), "1E9999999999", "NaN" and "Infinity" stopped update with a traceback.
        return None
    name = _babel_name(source_locale)
    group = _group_symbol(name)
    if group.isspace() and group not in text:
        # The legend shows every space as a plain one (extract normalises white space),
        # but French or Russian group thousands with a narrow no-break space, which is
        # all a strict parse takes: "2 000" is read as their 2 000, as Babel's lenient
        # parse reads it, while the grouping is still checked ("2 00" is no number).
        text = re.sub(r"\s", group, text)
    try:
        value: Decimal = parse_decimal(text, locale=name, strict=True)
        return str(rule(value))
    except (NumberFormatError, ValueError, ArithmeticError):  # (decimal's signals too)
        return None


# The longest text read as a number: a count with its grouping ("1,000,000,000,000") is
# far shorter; a longer one (a catalog's 100,000 digits) costs Babel a quarter second.
_LONGEST = 40


@lru_cache(maxsize=64)
def _group_symbol(babel_name: str) -> str:
    from babel.numbers import get_group_symbol

    return str(get_group_symbol(babel_name))


def _babel_name(locale: str) -> str:
    from toolkit.errors import UsageError
    from toolkit.formatting import babel_locale_for

    try:
        return str(babel_locale_for(locale))
    except UsageError:
        return "en"


def _known(texts: Iterable[str], source_locale: str, locale: str) -> set[str]:
    """The plural categories in `locale` of the texts that can be read."""
    return {name for name in (category(text, source_locale, locale) for text in texts)
            if name is not None}


def is_label(texts: Iterable[str], source_locale: str) -> bool:
    """Whether the same source text is said of numbers its own language inflects apart
    ("Photo 1", "Photo 2": English "one" and "other"): then the text does not agree with
    its number (a label, an identifier), and neither need a translation of it."""
    return len(_known(texts, source_locale, source_locale)) > 1


def disagreement(there: Mapping[str, Sequence[str]], here: Mapping[str, Sequence[str]],
                 source_locale: str, locale: str) -> str | None:
    """Why a translation made for the numbers `there` (tag → source texts, from
    `cardinal_texts`) may not fit the numbers `here` in `locale`, or None when it fits.

    It fits when every number here has a text there, or a category in `locale` that some
    number there has (the translation was reviewed for that category); a text that
    cannot be read tells nothing and does not fit. A label (`is_label`) always fits, as
    does every number in a language without plural categories.
    """
    if not here or plural_rule(locale) is None:
        return None
    reasons: list[str] = []
    for tag, texts in here.items():
        made_for = there.get(tag, ())
        new = [text for text in texts if text not in made_for]
        if not new:
            continue
        known = _known(made_for, source_locale, locale)
        if all(category(text, source_locale, locale) in known for text in new):
            continue
        if is_label((*made_for, *texts), source_locale):
            continue
        reasons.append(_made_for(tag, made_for, texts, len(here) > 1))
    return "; ".join(reasons) or None


def recategorised(before: Mapping[str, Sequence[str]], after: Mapping[str, Sequence[str]],
                  source_locale: str, locale: str) -> str | None:
    """Why a reviewed translation made for the numbers `before` (tag → source texts, from
    `cardinal_texts`) may not fit the same message said of the numbers `after` in
    `locale` ("2 000 семей" of 2 001: one, not many), or None.

    `disagreement`'s rule, but only on what can be read on both sides: a tag with no
    readable text before, or a text that cannot be read now, tells nothing, and the
    entry is left as msgmerge leaves it (reviewed) rather than flagged on a guess.
    """
    if not after or plural_rule(locale) is None:
        return None
    reasons: list[str] = []
    for tag, texts in after.items():
        made_for = before.get(tag, ())
        known = _known(made_for, source_locale, locale)
        if not known:
            continue
        moved = [text for text in texts if text not in made_for
                 and category(text, source_locale, locale) not in (None, *known)]
        if moved and not is_label((*made_for, *texts), source_locale):
            reasons.append(_made_for(tag, made_for, texts, len(after) > 1))
    return "; ".join(reasons) or None


def _made_for(tag: str, made_for: Sequence[str], texts: Sequence[str], several: bool) -> str:
    """``made for 3, here 5`` (``<number2/> made for ...`` when a message has several)."""
    shown = " / ".join(made_for) if made_for else "a number not shown"
    reason = f"made for {shown}, here {' / '.join(texts)}"
    return f"<{tag}/> {reason}" if several else reason


def mixed(texts: Sequence[str], source_locale: str, locale: str) -> dict[str, list[str]]:
    """The readable `texts` by their plural category in `locale` (in order of first
    text) when they fall in more than one and are no label; else empty."""
    if len(texts) < 2 or plural_rule(locale) is None or is_label(texts, source_locale):
        return {}
    found: dict[str, list[str]] = {}
    for text in texts:
        name = category(text, source_locale, locale)
        if name is not None:
            found.setdefault(name, []).append(text)
    return found if len(found) > 1 else {}
