"""Text copied from a press-release page: cleaned, cut into lines, read by `structure`.

Copying from a browser leaves traces: non-breaking spaces where the page had `&nbsp;`,
runs of spaces and tabs from layout, zero-width characters and soft hyphens (not a
non-joiner or joiner inside a word: Persian's "می‌کنیم" is spelt so), Windows line ends,
no final newline. Cleaning removes only those; quotes, dashes and a single
no-break space between two words are the author's and stay.

What copying loses is the page's links: a web or e-mail address the text writes out is
one again (`link_addresses`).
"""

from __future__ import annotations

import datetime as dt
import re

from toolkit.html_writer import safe_href
from toolkit.model import Inline, ListBlock, Segment, Span
from toolkit.normalize.email_reader import MailHeaders, pasted_mail, read_mail_lines
from toolkit.normalize.locale_patterns import language_subtag
from toolkit.normalize.report import Report
from toolkit.normalize.structure import Draft, Line, contact_label, read_lines
from toolkit.normalize.values import LazyPattern, ascii_digits
from toolkit.vocabulary import ITS_TRANSLATE

# The zero-width non-joiner and joiner inside a word are its spelling, not a trace: Persian
# writes "می‌کنیم" and "گفت‌وگو" with U+200C (removed, the letters join: another spelling on
# every page), Indic scripts choose a conjunct's form by them and emoji join by U+200D.
# Only where they join nothing, beside a space or a line's end, are they cleaned.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]"
                        "|(?<!\\S)[\u200c\u200d]+|[\u200c\u200d]+(?!\\S)")
# (Looked for first: the alternatives give `re` no character class to scan by, and each
# of a text's characters was tried three ways, 20 times the time of a class.)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# (Every space of Unicode's: a run of em spaces left as it is was read by the structure's
# patterns around a separator, "\s+[|–—]\s+", from each of its spaces to its end.)
_SPACE_RUN = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}|\t")
_EDGE = " \t\u00a0\u202f\u3000"


def clean_lines(text: str, report: Report) -> list[Line]:
    """The non-blank lines of the text, each knowing whether a blank line preceded it."""
    invisible = len(_INVISIBLE.findall(text)) if any(c in text for c in _ZERO_WIDTH) else 0
    if invisible:
        text = _INVISIBLE.sub("", text)
        report.guess("cleaned", str(invisible), "zero-width characters and soft hyphens "
                     "removed")
    runs = 0
    lines: list[Line] = []
    blank = False
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip(_EDGE)
        if not stripped:
            blank = True
            continue
        indent = len(raw) - len(raw.lstrip(_EDGE))
        collapsed, count = _SPACE_RUN.subn(" ", stripped)
        runs += count
        lines.append(Line(collapsed, number, indent, blank))
        blank = False
    if runs:
        report.guess("cleaned", str(runs), "runs of spaces, tabs and no-break spaces from the "
                     "page layout made one space")
    return lines


def read_text(text: str, report: Report, lang: str | None, date: dt.date | None,
              mail: MailHeaders | None = None) -> Draft:
    """The draft of a text; `date` is --date's (the release's: it dates the text)."""
    lines = clean_lines(text, report)
    known = (date, "--date's") if date is not None else None
    # Pasted from an e-mail (or a saved one's text part): its headers and signature off.
    pasted = pasted_mail(lines, report, mail)
    if pasted is not None:
        draft = read_mail_lines(*pasted, report, lang, date is not None, known)
    else:
        draft = read_lines(lines, report, lang, date is not None, known)
    draft.body = [link_addresses(block) for block in draft.body]
    return draft


# A web address (http, https or www.) or an e-mail address written out in a text, not
# inside a word or another address ("ftp://www..." is none, "a.b@c.example" one).
# Japanese, Chinese and Korean write no space around one ("連絡先はpress@x.exampleです",
# "詳しくはhttps://x.example/aをご覧ください"): their characters, full-width forms and
# punctuation are the sentence's, never the address's, nor a word it would be inside.
# (Compiled when first run: a class of these wide ranges costs every process that imports
# it some 30M instructions, and most texts write no address.)
_WIDE = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_WORD = rf"[^\W{_WIDE}]"  # a word's character of a spaced script
_ADDRESS = LazyPattern(rf"(?<![@./:+-])(?<!{_WORD})(?:(?P<web>(?:https?://|www\.)"
                       rf"[^\s<>\"{_WIDE}]+)"
                       rf"|(?:{_WORD}|[+-])(?:{_WORD}|[.+-])*@(?:{_WORD}|-)+"
                       rf"(?:\.(?:{_WORD}|-)+)+)", re.IGNORECASE)
# Brazil and Australia write the area code in brackets, "(61) 2020-1234", "(02) 9374
# 4000": no year range, "(12) 2024-2025", which a list's number may stand before. In a
# sentence it is a contact's, before its comma or the line's end: "(12) 1500-2000
# dollars" is a range after a list's number.
_AREA_IN_BRACKETS = (r"\(0?\d\d\)\s?(?!(?:19|20)\d\d\s?[\-–]\s?(?:19|20)\d\d(?!\d))"
                     r"\d{4,5}[\s\-]?\d{4}(?=\s*(?:[,;/|)）]|\Z))")
# A telephone number alone, perhaps labelled: "01 40 81 21 22", "Tél. : +33 1 40 81 21 22",
# "Tel: (020) 7946 0000", "puh. 0295 160 000", and a Chinese or Japanese label with its
# full-width colon ("电话：021-12345678", "联系电话：", "传真：", "電話：", "FAX："). Eight
# digits or more, starting as a national ("0") or international ("+", "00") number does:
# "1 500 000" alone is a figure, read as a number. Or its area code in brackets
# (`_AREA_IN_BRACKETS`).
# Hindi's telephone, mobile and fax ("फोन", "फ़ोन", its "फ़" typed as one letter or two,
# "दूरभाष", "मोबाइल", "फैक्स")
_HI_PHONE = "(?:फ\u093c?|\u095e)ोन|दूरभाष|मोबाइल|(?:फ\u093c?|\u095e)ैक्स"
_PHONE_ALONE = LazyPattern(r"(?:(?:t[eé]l[eé]?(?:phone)?|phone|mobile?|portable|cell"
                           r"|puh(?:elin)?|tfn|tlf|fax|standard|τηλ(?:[έε]φωνο)?|φαξ|פקס"
                           rf"|{_HI_PHONE}"
                           r"|(?:联系|咨询|办公|值班|服务|聯絡|聯繫|諮詢)?(?:电话|電話)"
                           r"|传真|傳真)\.?\s*[:：]?\s*)?(?:(?=(?:\D*\d){8})(?:\+|\(?0)"
                           rf"[\d\s().\-/]{{6,}}\d|{_AREA_IN_BRACKETS})\s*\Z", re.IGNORECASE)
_PHONE_MAX_CHARS = 48  # longer is a sentence: not worth the pattern
# An Italian agency's signature under its story, printed on every page as it is: the
# agency, then the author's and editor's initials ("ARC/MR/ep", "ARC/COM/fc-ma"; ANSA's
# and its teleprinter's "RED-BOF/GB"). Capitals first, initials parted by slashes only:
# words ("CGIL/CISL/UIL: sciopero") or digits ("24/7") beside them are a sentence's.
_SIGNATURE = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{2,6})?(?:/[A-Za-z]{1,5}(?:-[a-z]{1,4})?){1,3}")
# A telephone number in a sentence ("Media contact: Jane Roe, +1 555 010 2030, ..."),
# only where it cannot be a year, a range or an amount: after a telephone's label
# ("Tel.", "Teléfono:", "Тел.:", "電話：", Finnish "puh.", Swedish "tfn", Norwegian "tlf."
# and "mobil", Indonesian "Telp.", Hebrew "טל'" with its geresh or the "'" typed for it;
# six digits or more), or in the international form,
# "+" and eight digits or more (as `values` blocks it, so no value is inside it).
# (Han and Hangul labels are written against the word before them: "お問い合わせ電話".)
# (Chinese contact lines write the mobile's, the hotline's and the fax's number beside
# the telephone's: "电话：021-1234 5678 传真：021-1234 5679".)
_PHONE_LABEL_WORD = (r"(?:(?<!\w)(?:t[eé]l[eé]?(?:phone|fono|fone|efon|foon|p)?|phone|telephone"
                     r"|mobile?|m[oó]vil|cell|puh(?:elin)?|tfn|tlf|телефон|тел|моб|(?:ال)?هاتف"
                     r"|تلفن|טלפון|τηλ(?:[έε]φωνο)?|κιν(?:ητ[όο])?|טל['׳’]|נייד"
                     rf"|{_HI_PHONE})"
                     # (Thai's "โทร." and "โทรศัพท์", telephone, "โทรสาร", fax, are
                     # written against the word before them as the Han and Hangul are)
                     r"|電話|电话|전화|手机|手機|热线|熱線|传真|傳真|โทร(?:ศัพท์|สาร)?)")
_PHONE_LABEL = rf"{_PHONE_LABEL_WORD}\.?\s?[:：]?\s?"
# A Chinese service's five digits after its label: a city's hotline, "服务热线：12345",
# the consumer's "12315". (Fewer than `_SIX_DIGITS`: this is their cheap test.)
# (No count: "接听电话12345次".)
_HOTLINE_LABEL = r"(?:热线|熱線|电话|電話)[:：]?\s?"
_HOTLINE_NUMBER = r"1\d{4}(?![\d\-\u4e00-\u9fff])"
_HOTLINE = re.compile(_HOTLINE_LABEL + _HOTLINE_NUMBER)
# An e-mail address's label ("E-mail:", "Email:", Norwegian and Swedish "E-post:",
# "Courriel :", "邮箱：", "이메일:").
_ADDRESS_LABEL_WORD = (r"(?:(?<!\w)(?:e-?mail|e-post|courriel)|(?:电子)?邮箱|(?:電子)?郵箱"
                       r"|电子邮件|電子郵件|이메일)")
# A line's text between its numbers and addresses that is their labels alone ("电话：",
# " 传真：", "Tel. ", "E-mail: "): nothing in it to translate either, an e-mail line as a
# telephone's.
# (Each space is either a label's or the separators' after it, never both to choose from:
# a run of labels before a word was tried in every split, its time exponential in them.)
_SEPARATORS = r"[\s,;/|·、，；]*"
_CONTACT_LABELS_ALONE = LazyPattern(
    rf"{_SEPARATORS}(?:(?:联系|咨询|办公|值班|服务|投诉|举报|市民|市民服务|聯絡|聯繫|諮詢)?"
    rf"(?:{_PHONE_LABEL_WORD}|{_ADDRESS_LABEL_WORD})\.?(?:\s?[:：])?{_SEPARATORS})+\Z",
    re.IGNORECASE)
# A figure grouped in thousands with a sign ("+25 000 000 dollars") is an amount.
_SIGNED_FIGURE = re.compile(r"\+\d{1,3}(?:[ \u00a0.]\d{3})+")
# Six digits joined by what may join a telephone number's: every number `_PHONE_IN_TEXT`
# finds holds them, and most texts do not. Starting at a digit, this is searched at C
# speed; `_PHONE_IN_TEXT`, with its labels' lookbehinds ignoring case, is tried at every
# character (it cost normalize 5% of its instructions run on every text).
_SIX_DIGITS = re.compile(r"\d(?:[\s().\-/+]*\d){5}")
# Unlabelled, a national number is one only in forms no figure, date or identifier takes:
# its area code in brackets, or the whole of it, dashed, in brackets after a name (a
# Korean contact table's "주무관 윤서연 (044-200-5610)").
_PHONE_IN_TEXT = LazyPattern(
    rf"{_PHONE_LABEL}(?P<labelled>(?=(?:[\s().\-/+]*\d){{6}})\+?\(?\d[\d\s().\-/]*\d)"
    rf"|{_HOTLINE_LABEL}(?P<hotline>{_HOTLINE_NUMBER})"
    r"|(?<![\w+])(?P<international>\+(?=(?:[\s().\-]*\d){8})\d[\d\s().\-]{6,}\d)"
    rf"|(?<![\w(])(?P<area>{_AREA_IN_BRACKETS})"
    r"|(?<=\()(?P<bracketed>0\d{1,3}(?:-\d{3,4}){2})(?=\))",
    re.IGNORECASE)
# Norway and Denmark dial eight digits and no trunk "0", written in pairs ("23 95 00 00")
# or, a Norwegian mobile's, in three, two and three ("900 00 000"): without a label or a
# "0", groups a figure may take too, so a telephone's only alone on a line under a
# contact's label in a release of their languages (`paired_phones`). Neither country's
# numbers open with "0" or "1".
_PAIRED_PHONE = re.compile(r"[2-9]\d(?:[ \u00a0]\d\d){3}|[2-9]\d\d[ \u00a0]\d\d[ \u00a0]\d{3}")
_PAIRED_PHONE_LANGUAGES = frozenset(("nb", "nn", "no", "da"))
# What ends the sentence an address ends ("...library.", "Is it at ...faq?", "...”,").
_SENTENCE_END = ".,;:!?'\"”’»…"
_OPENING = {")": "(", "]": "[", "}": "{"}


def link_addresses(block: Segment | ListBlock) -> Segment | ListBlock:
    """A paragraph, heading or list of copied text with each web or e-mail address it
    writes out a link, as the page's `<a>` was: the address its text, `href` the address
    (a `www.` one on https, as the page reader takes a scheme-relative link; an e-mail
    address `mailto:`). Its text is not translated (`its:translate="no"`): the translator
    sees `<link/>`, its legend the address, and every page writes the source's address
    and href, so no translation makes the address a page shows differ from where its
    link goes. Only the text between spans is read: never inside a value, a name or a
    link."""
    if isinstance(block, ListBlock):
        items = tuple([_linked_segment(item) for item in block.items])
        return ListBlock(items, block.ordered, block.attrs, block.line)
    return _linked_segment(block)


def _linked_segment(block: Segment) -> Segment:
    if not any(isinstance(part, str) and ("://" in part or "www." in part or "@" in part)
               for part in block.content):
        # Nearly every paragraph: no address to look for (a page's own <a> showing its
        # address may be the whole of it).
        if len(block.content) == 1 and isinstance(block.content[0], str) \
                and (_phone_alone(block.content[0]) or _signature(block.content[0])):
            # Its number a link as a sentence's is ("Tel. 02-5303111"): the label outside
            # it, and an unlabelled national number, no phone in a sentence, left as text.
            return _untranslated(block, tuple(_phones(block.content[0], block.line)))
        if not any(isinstance(part, str) and _may_hold_phone(part)
                   and _PHONE_IN_TEXT.search(part) for part in block.content):
            return _address_alone(block, block.content)
    content: list[Inline] = []
    for part in block.content:
        content.extend(_linked(part, block.line) if isinstance(part, str) else (part,))
    return _address_alone(block, tuple(content))


def _dialled(number: str) -> str:
    """The digits a `tel:` link dials, ASCII whatever script the number is written in
    ("०११-२३३८ ३६४३" dials 01123383643)."""
    return "".join(ch for ch in ascii_digits(number) if "0" <= ch <= "9")


def paired_phones(body: list[Segment | ListBlock], lang: str) -> list[Segment | ListBlock]:
    """The body with each paragraph under a contact's label (`contact_label`) that is a
    Norwegian or Danish number alone (`_PAIRED_PHONE`) a `tel:` link, untranslated, in a
    release of those languages; the number as written is dialled, as a labelled one's
    ("tlf. 23 95 00 00", `tel:23950000`), so a release links both alike."""
    if language_subtag(lang) not in _PAIRED_PHONE_LANGUAGES:
        return body
    out: list[Segment | ListBlock] = []
    under = False  # under a contact's label, until the next heading
    for block in body:
        if isinstance(block, Segment) and block.name == "heading":
            under = contact_label(block.text)
        elif under and isinstance(block, Segment) and len(block.content) == 1 \
                and isinstance(number := block.content[0], str) \
                and _PAIRED_PHONE.fullmatch(number):
            href = safe_href("tel:" + _dialled(number))
            if href is not None:
                block = _untranslated(block, (
                    Span("link", (("href", href), (ITS_TRANSLATE, "no")), (number,),
                         block.line),))
        out.append(block)
    return out


def _address_alone(block: Segment, content: tuple[Inline, ...]) -> Segment:
    """The block with `content`, not translated when it is a contact's line of spans, one
    of them an untranslated link, telephone numbers and their labels ("E-mail:", "Tlf.",
    `_CONTACT_LABELS_ALONE`; `_untranslated`)."""
    # (The link first: most paragraphs have none, and need no telephone test.)
    if any(isinstance(part, Span) and part.name == "link" and part.get(ITS_TRANSLATE) == "no"
           for part in content) and all(
            isinstance(part, Span) or not part.strip() or _phone_alone(part)
            or _CONTACT_LABELS_ALONE.match(part) for part in content):
        return _untranslated(block, content)
    if content is block.content:
        return block
    return Segment(block.name, content, block.attrs, block.line)


def _may_hold_phone(text: str) -> bool:
    """Whether `_PHONE_IN_TEXT` may find a number in the text: the cheap tests first."""
    return _SIX_DIGITS.search(text) is not None or (
        "1" in text and _HOTLINE.search(text) is not None)


def _phone_alone(text: str) -> bool:
    return len(text) <= _PHONE_MAX_CHARS and _PHONE_ALONE.match(text.strip()) is not None


def _signature(text: str) -> bool:
    """An agency's and its editors' initials alone (`_SIGNATURE`)."""
    return "/" in text and len(text) <= 24 and _SIGNATURE.fullmatch(text.strip()) is not None


def _untranslated(block: Segment, content: tuple[Inline, ...]) -> Segment:
    """A contact's line that is its address or telephone number alone, the label "Tél. :"
    with it, or an agency's signature (`_signature`): nothing in it to translate, so no
    message of digits or `<link/>` for every translator to copy and every coverage to
    count. The label stays as written."""
    attrs = block.attrs
    if not any(key == ITS_TRANSLATE for key, _ in attrs):
        attrs = (*attrs, (ITS_TRANSLATE, "no"))
    return Segment(block.name, content, attrs, block.line)


def _linked(text: str, line: int) -> list[Inline]:
    """A text with its addresses made links, the sentence's punctuation after one left
    outside it, and a closing bracket it does not open ("(see https://x.example/a)"),
    and then its telephone numbers (`_phones`)."""
    out: list[Inline] = []
    for part in _addresses(text, line):
        out.extend(_phones(part, line) if isinstance(part, str) else (part,))
    return out


_TRUNK_ZERO = re.compile(r"\(\s*0\s*\)")


def _phones(text: str, line: int) -> list[Inline]:
    """A text with each telephone number it writes out (`_PHONE_IN_TEXT`) a `tel:` link,
    as a page's `<a href="tel:...">` is read: untranslated, so that every page shows the
    number as written and the HTML writer lays its digit groups out left to right on a
    right-to-left page, where as text they ran in reverse order ("2030 010 555 1+")."""
    if not _may_hold_phone(text):
        return [text]
    out: list[Inline] = []
    at = 0
    for match in _PHONE_IN_TEXT.finditer(text):
        kind = match.lastgroup or "labelled"  # (each alternative's number is its group)
        number, start = match[kind], match.start(kind)
        if kind == "international" and _SIGNED_FIGURE.fullmatch(number):
            continue
        if number.count("(") != number.count(")"):
            number = number.rstrip(")")  # "(Tel. 020 7946 0000)": the sentence's bracket
            if number.count("(") != number.count(")"):
                continue
        # "+44 (0)20 ...": the bracketed 0 is dialled only inside the country, never
        # after its code (RFC 3966's global number has no trunk prefix).
        dialled = _TRUNK_ZERO.sub("", number) if number.startswith("+") else number
        href = safe_href("tel:" + ("+" if number.startswith("+") else "")
                         + _dialled(dialled))
        if href is None:
            continue
        if start > at:
            out.append(text[at:start])
        out.append(Span("link", (("href", href), (ITS_TRANSLATE, "no")), (number,), line))
        at = start + len(number)
    if at < len(text):
        out.append(text[at:])
    return out


def _addresses(text: str, line: int) -> list[Inline]:
    out: list[Inline] = []
    at = 0
    for match in _ADDRESS.finditer(text):
        address = match.group()
        while address and (address[-1] in _SENTENCE_END or (
                address[-1] in _OPENING
                and address.count(address[-1]) > address.count(_OPENING[address[-1]]))):
            address = address[:-1]
        if match["web"] is None:
            href = safe_href("mailto:" + address)
        elif address.lower().startswith("www."):
            href = safe_href("https://" + address)
        else:
            href = safe_href(address)
        if href is None or address.lower() in ("www.", "http://", "https://"):
            continue  # (no address a page may carry: its words stay text)
        start = match.start()
        if start > at:
            out.append(text[at:start])
        out.append(Span("link", (("href", href), (ITS_TRANSLATE, "no")), (address,), line))
        at = start + len(address)
    if at < len(text):
        out.append(text[at:])
    return out
