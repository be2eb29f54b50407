"""Press releases that arrive by e-mail: a pasted header block, or a saved .eml file.

A newsroom copies a release out of Outlook or Gmail with the header block on top
("From: Press Office, Ministry of Transport <press@...>", "Sent: Tuesday, March 18,
2025 10:02 AM", "Subject: ..."), in the labels the client writes in its user's language,
perhaps under a forwarded block ("-----Original Message-----"), and with the sender's
signature ("-- ", "Sent from my iPhone") and a legal disclaimer under the text. None of
that is the release; the headers still say what the text may not: the Subject is the
title when no title line follows, the sender's organisation the publisher when the text
names none, the Sent date the release's date when no date line gives one.

A saved message (.eml, RFC 5322) is read with the standard library's `email` package:
its text/html part is a page for the page rules, else its text/plain part is text for
the text rules; nothing is fetched, no attachment is written anywhere.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import itertools
import re
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, replace
from email.message import EmailMessage, Message
from pathlib import Path

from babel.dates import format_skeleton
from lxml import etree

from toolkit.errors import InputError
from toolkit.model import Segment
from toolkit.normalize.entities import (
    CS_SK_GENITIVE_HEADS,
    DE_GENITIVE_HEADS,
    RU_GENITIVE_HEADS,
)
from toolkit.normalize.locale_patterns import known
from toolkit.normalize.report import Report
from toolkit.normalize.structure import (
    PRESS_OFFICE_NAME,
    RELEASE_LABEL_BEFORE,
    Dateline,
    Draft,
    Line,
    guess_page_language,
    language_candidates,
    publisher_of,
    read_dateline,
    read_lines,
)
from toolkit.normalize.values import span

# The labels Outlook, Gmail, Apple Mail and Thunderbird write above a pasted or
# forwarded message, in the 13 source languages (checked against the clients'
# localisations; the Arabic "Sent" label is written both ways Outlook versions use).
_LABELS = {
    "from": ("From", "Von", "De", "Da", "Van", "Od", "Nadawca", "От", "Отправитель",
             "差出人", "送信者", "发件人", "寄件者", "寄件人", "보낸 사람", "보낸사람", "من"),
    "sent": ("Sent", "Date", "Gesendet", "Datum", "Envoyé", "Enviado", "Enviada", "Fecha",
             "Data", "Inviato", "Verzonden", "Wysłano", "Wysłane", "Отправлено", "Дата",
             "送信日時", "日時", "日付", "发送时间", "日期", "寄件日期", "时间", "보낸 날짜",
             "날짜", "تاريخ الإرسال", "تم الإرسال", "التاريخ"),
    "to": ("To", "An", "À", "A", "Pour", "Para", "Aan", "Do", "Adresat", "Кому", "宛先",
           "收件人", "收件者", "받는 사람", "받는사람", "إلى"),
    "cc": ("Cc", "Bcc", "Kopie", "Copie à", "CCO", "DW", "UDW", "Kopia", "Копия", "抄送",
           "副本", "참조", "نسخة"),
    "subject": ("Subject", "Betreff", "Objet", "Asunto", "Assunto", "Oggetto", "Onderwerp",
                "Temat", "Тема", "件名", "主题", "主旨", "제목", "الموضوع"),
    "other": ("Reply-To", "Importance", "Wichtigkeit", "Priorität", "Attachments", "Anlagen",
              "Pièces jointes", "Anexos", "Allegati", "Bijlagen", "Załączniki", "Вложения",
              "添付ファイル", "附件", "첨부"),
}
_FIELD = {label.casefold(): field for field, labels in _LABELS.items() for label in labels}
_HEADER_LINE = re.compile(
    r"^\*{0,2}(?P<label>" + "|".join(sorted((re.escape(k) for k in _FIELD), key=len,
                                            reverse=True))
    + r")\s*\*{0,2}\s*[:：]\s*\*{0,2}\s*(?P<value>.*)$", re.IGNORECASE)
# "-----Original Message-----", "---------- Forwarded message ---------", "-----原始邮件-----",
# Outlook's rule of underscores, Apple Mail's "Begin forwarded message:" (and its
# translations): the line above a forwarded message's own header block, and nothing else.
_FORWARD = re.compile(
    r"^(?:-{3,}\s*[^-\s][^-]{1,60}?\s*-{3,}|_{10,}|"
    r"(?:begin forwarded message|anfang der weitergeleiteten nachricht|début du message "
    r"(?:réexpédié|transféré)|inicio del mensaje reenviado|inizio messaggio inoltrato|begin "
    r"doorgestuurd bericht|początek przekazywanej wiadomości|início da mensagem "
    r"(?:reencaminhada|encaminhada)|начало переадресованного сообщения)\s*:?)$",
    re.IGNORECASE)
# "RE:", "Fwd:", "AW:", "TR:", "WG:", "RV:", "ENC:", "I:", "PD:", "Odp:", "转发：", "[PRESS]",
# "【報道発表】":
# what clients and lists put before the sender's subject.
_SUBJECT_TAGS = re.compile(
    r"^(?:(?:re|fwd?|aw|wg|tr|rv|enc|res|rif|r|i|pd|odp|sv|vs|antw|doorst|ответ|пересл|"
    r"回复|答复|转发|返信|転送|회신|전달|رد|توجيه)\s*(?:\[\d+\])?\s*[:：]\s*|\[[^\]]{1,30}\]\s*"
    r"|【[^】]{1,30}】\s*)+",
    re.IGNORECASE)
# What a press office calls itself before the organisation's name: "Press Office,
# Ministry of Transport", "Pressestelle des Bundesamtes ...", "Assessoria de Comunicação |
# ARSVT".
_PRESS_OFFICE = re.compile(
    rf"^{PRESS_OFFICE_NAME}(?:\s+(?:(?:of|at)(?:\s+the)?|des|der|von|van|du|de la|de|della|"
    r"del|d[aoe]s?)(?!\w)|\s+dell['’])?[\s,:|–—-]*", re.IGNORECASE)
# ... and after it, in the languages that put it there: "交通运输部新闻办公室".
_PRESS_OFFICE_AFTER = re.compile(
    r"\s*(?:press office|media office|新闻办公室|新闻中心|新闻处|新闻发言人办公室|広報室|広報課|"
    r"広報部|報道室|홍보실|홍보팀|홍보과|대변인실)$", re.IGNORECASE)
_NAME_PARTS = re.compile(r"\s*(?:,|\||/|·|\s[-–—]\s)\s*")
# A signature's first line, a phone's line, a legal notice: not the release.
_SIGNATURE = re.compile(r"^--\s*$|^_{2,}$")
_SIGNATURE_LINES = 6  # a name, a title, the office, the organisation, an address
_DEVICE = re.compile(
    r"^(?:sent from (?:my )?|get outlook for |von meinem \S+ gesendet|envoyé de (?:mon )?|"
    r"enviado (?:desde|do|de) (?:mi |meu )?|inviato da (?:iphone|ipad|android|outlook|"
    r"samsung)|verzonden (?:vanaf|met) (?:mijn )?|wysłane z (?:mojego )?|"
    r"отправлено с |iphoneから送信|发自我的|iphone에서 보냄|أرسلت من )", re.IGNORECASE)
_DISCLAIMER = re.compile(
    r"confidential|vertraulich|confidentiel|confidencial|riservat|vertrouwelijk|poufn|"
    r"конфиденциальн|機密|保密|기밀|سري", re.IGNORECASE)
_MAIL_WORD = re.compile(
    r"e-?mail|message|nachricht|courriel|mensaje|mensagem|messaggio|bericht|wiadomoś|"
    r"сообщени|письм|メール|邮件|메일|رسالة|intended|destinat", re.IGNORECASE)
_TIME_ON = re.compile(r"(?:\s+(?:at|um|à|a las|às|alle|om|o|в))?\s+(?:午前|午後|오전|오후)?\s*"
                      r"\d{1,2}[:.]\d{2}.*$", re.IGNORECASE)
_WEEKDAY_CJK = re.compile(r"\s*(?:星期.|周.|[(（]?.曜日?[)）]?|[(（]?\S+요일[)）]?)(?=\s|$)")
MAX_NESTING = 3  # messages forwarded as attachments inside each other
# What the email package's header parser raises on a header it cannot read, besides
# ValueError: its own slips on malformed input ("'InvalidHeaderDefect' object has no
# attribute 'all_defects'" from "From: <press@[example.org>").
_HEADER_ERRORS = (ValueError, TypeError, IndexError, AttributeError, OverflowError)
# The longest header value parsed. The email package's address and parameter parsers are
# quadratic in a header's length: a From of "Press Office, " over 320 KB took 33 s, where
# 4 KB takes 50 ms. A real From, Subject, Date or Content-* header is under 1 KB (an
# encoded subject, a percent-encoded file name); those longer are not parsed at all, so
# that reading a mail stays linear in its size.
MAX_HEADER = 4096


class _LongHeader(Exception):
    """A header longer than `MAX_HEADER`, refused before the email package parses it."""

    def __init__(self, name: str, length: int) -> None:
        super().__init__(name, length)
        self.name = name
        self.length = length


class _Policy(email.policy.EmailPolicy):
    """The default policy, refusing a header too long to parse in time when it is read."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        if len(value) > MAX_HEADER:
            raise _LongHeader(name, len(value))
        return super().header_fetch_parse(name, value)


_POLICY = _Policy()


@dataclass(frozen=True)
class Header:
    value: str
    line: int


@dataclass(frozen=True)
class MailHeaders:
    """What a message's headers say about the release, each with its line (0 in .eml)."""

    subject: Header | None = None
    sender: Header | None = None  # the From display name (the address is no name)
    sent: Header | None = None  # as the client wrote it
    instant: dt.datetime | None = None  # a .eml's Date header: an exact instant
    # The lines of the sender's signature under "-- " ("Biuro Prasowe", "Zarząd Portu
    # Morskiego Wrzosowo S.A.", the address): the organisation it names is the publisher
    # when neither the text nor the From display name names one.
    signature: tuple[Header, ...] = ()
    # A .eml's text/plain part when its text/html part is the one read: the text rules'
    # publisher (its letterhead, its signature under "-- ") when the page names none.
    alternative: str = ""

    def over(self, other: MailHeaders | None) -> MailHeaders:
        """These headers, each missing one taken from `other` (an outer message's)."""
        if other is None:
            return self
        return MailHeaders(self.subject or other.subject, self.sender or other.sender,
                           self.sent or other.sent, self.instant or other.instant,
                           self.signature or other.signature,
                           self.alternative or other.alternative)


# ---------------------------------------------------------------- pasted text
def _header_block(lines: list[Line], start: int) -> tuple[dict[str, Header], int]:
    """The labelled lines from `start`, and where they end; ({}, start) if none."""
    fields, end, _ = _header_lines(lines, start)
    return fields, end


def _header_lines(lines: list[Line], start: int) -> tuple[dict[str, Header], int, int]:
    """`_header_block`, and the index of the line that ended the search (len(lines)
    when the lines ran out): what follows it cannot change the block."""
    fields: dict[str, Header] = {}
    index = start
    last = ""
    while index < len(lines):
        line = lines[index]
        if index > start and line.blank_before:
            break
        match = _HEADER_LINE.match(line.text)
        if match:
            field = _FIELD[match["label"].casefold()]
            last = field
            if field not in fields:
                fields[field] = Header(match["value"].strip(), line.number)
        elif last in ("to", "cc") and "@" in line.text and len(line.text.split()) <= 12:
            pass  # a long recipients' list the client wrapped
        else:
            break
        index += 1
    named = {"from", "sent", "to", "subject"} & fields.keys()
    if len(named) < 2 or not ({"from", "subject"} & named):
        return {}, start, index
    return fields, index, index


def subject_title(subject: str) -> str:
    """A subject as the release's title: without the tags clients and lists put before it
    ("RE:", "[PRESS]"), nor a release label ("Пресс-релиз: ...", "Pressemitteilung: ...")."""
    text = _SUBJECT_TAGS.sub("", subject).strip()
    return RELEASE_LABEL_BEFORE.sub("", text)


def _headers_of(fields: dict[str, Header]) -> MailHeaders:
    sender = fields.get("from")
    if sender is not None:
        name = display_name(sender.value)
        sender = Header(name, sender.line) if name else None
    subject = fields.get("subject")
    if subject is not None:
        text = subject_title(subject.value)
        subject = Header(text, subject.line) if text else None
    sent = fields.get("sent")
    return MailHeaders(subject, sender, sent if sent and sent.value else None)


_ADDRESS_AFTER = re.compile(r"\s*[<\[(](?:mailto:)?[^<>\[\]()\s]+@[^<>\[\]()\s]+[>\])]\s*$")


def display_name(value: str) -> str:
    """The name in "Press Office, Ministry of Transport <press@...>" ("" for an address
    alone): a pasted From line does not quote a name that holds a comma, as RFC 5322
    would."""
    name = _ADDRESS_AFTER.sub("", value).strip().strip("\"'").strip()
    return "" if "@" in name else name


def pasted_mail(lines: list[Line], report: Report,
                given: MailHeaders | None = None) -> tuple[list[Line], MailHeaders] | None:
    """The lines without a pasted header block (and forwarded ones), and the headers; None
    when the text opens with no header block (within its first lines) and none is given."""
    headers: MailHeaders | None = None
    index = 0
    while True:
        found = None
        # A forwarder's note ("FYI, see below") above the forwarded block is no release.
        for at in range(index, min(index + 8, len(lines))):
            start = at + 1 if _FORWARD.match(lines[at].text) else at
            if at == index or start > at:
                fields, end = _header_block(lines, start)
                if fields:
                    found = (at, fields, end)
                    break
        if found is None:
            break
        at, fields, end = found
        for line in lines[index:at]:
            report.guess("dropped", line.text, "a note above the forwarded message", line.number)
        dropped = lines[at:end]
        report.guess("dropped", " / ".join(line.text for line in dropped), "the e-mail's "
                     "header block (sender, date, recipients, subject): not the release",
                     dropped[0].number)
        # The forwarded (inner) message is the press office's: its headers come first.
        headers = _headers_of(fields).over(headers)
        index = end
    if headers is None and given is None:
        return None
    headers = headers.over(given) if headers is not None else given
    assert headers is not None
    body, signature = _without_signature(lines[index:], report)
    return body, replace(headers, signature=signature) if signature else headers


def _without_signature(lines: list[Line],
                       report: Report) -> tuple[list[Line], tuple[Header, ...]]:
    """The lines above the sender's signature, device line and legal notice, and the
    signature's own lines (its first paragraph under "-- ")."""
    end = len(lines)
    signature: tuple[Header, ...] = ()
    for index in range(max(1, len(lines) - 15), len(lines)):
        text = lines[index].text
        if _SIGNATURE.match(text) or _DEVICE.match(text):
            end = index
            if _SIGNATURE.match(text):
                block = lines[index + 1:index + 1 + _SIGNATURE_LINES]
                cut = next((i for i, line in enumerate(block) if i and line.blank_before),
                           len(block))
                signature = tuple(Header(line.text, line.number) for line in block[:cut])
            break
    # A legal notice: the last paragraph(s), saying the message is confidential.
    start = end
    while start > 1:
        paragraph = start - 1
        while paragraph > 0 and not lines[paragraph].blank_before:
            paragraph -= 1
        words = " ".join(line.text for line in lines[paragraph:start])
        if paragraph == 0 or not (_DISCLAIMER.search(words) and _MAIL_WORD.search(words)):
            break
        start = paragraph
    if start < len(lines):
        rule = "the sender's signature and legal notice under the e-mail" if start < end \
            else "the sender's signature under the e-mail"
        report.guess("dropped", " / ".join(line.text for line in lines[start:]), rule,
                     lines[start].number)
    return lines[:start], signature


def read_mail_lines(lines: list[Line], headers: MailHeaders, report: Report,
                    lang: str | None, date_given: bool,
                    known: tuple[dt.date, str] | None = None) -> Draft:
    """The text rules on a mail's body, then what its headers say that the text did not.
    A news agency's date line without its year ("(ANSA) - ROMA, 24 DIC -") takes the
    year of the day the mail was sent, unless `known` (--date's) gives one."""
    body = lines
    subject = headers.subject
    if subject is not None and not _title_follows(lines, lang):
        body = [Line(subject.value, subject.line, 0, False), *lines]
    first = len(report.guesses)
    if known is None:
        known = _sent_day(headers)
    draft = read_lines(body, report, lang, date_given, known)
    if body is not lines and subject is not None:
        # The rules' own reason for the title line is not the reason: it is the subject.
        report.guesses[first:] = [g for g in report.guesses[first:] if g.what != "title"
                                  or g.line != subject.line]
        report.guess("title", subject.value, "no title line above the text: the e-mail's "
                     "subject (its Re:/Fwd: tags removed)", subject.line)
    return with_headers(draft, headers, report)


def _title_follows(lines: list[Line], lang: str | None) -> bool:
    """Whether the text opens with a title: a date line with a line above it among the
    first lines, or a first line that is no sentence, alone in its paragraph."""
    for index, line in enumerate(lines[:8]):
        dateline = read_dateline(line.text, line.number, language_candidates(line.text, lang))
        if dateline:
            if index > 0:
                return True
            # Japanese releases put the date first, the ministry under it, then the
            # title ("令和7年2月3日" / "文部科学省" / "...について"): the text rules read it
            # so, and the subject, often tagged "【報道発表】", would push that title down
            # to a photo's description.
            below = lines[1:]
            while len(below) > 1 and publisher_of(below[0].text, lang or dateline.lang):
                below = below[1:]
            return len(below) > 1 and _no_sentence(below[0].text)
    if not lines:
        return False
    first = lines[0].text.strip()
    alone = len(lines) == 1 or lines[1].blank_before
    return alone and _no_sentence(first)


def _no_sentence(text: str) -> bool:
    text = text.strip()
    return not re.search(r"[.!?。！？:：]$", text) and len(text.split()) <= 30


def with_headers(draft: Draft, headers: MailHeaders, report: Report) -> Draft:
    """The draft, its publisher and date taken from the headers where the text gave none."""
    if draft.lang is None:
        # A page stating no language (an e-mail's HTML part; the text rules always set
        # one): guessed now, as assemble would later, so that the sender's name is read
        # and the Date header written in it, not in English.
        draft.lang = guess_page_language(draft, report)
    lang = draft.lang
    if draft.publisher is None and headers.sender is not None:
        text = " ".join(b.text for b in draft.body if isinstance(b, Segment))
        name = organisation(headers.sender.value, lang, text)
        if name is not None:
            draft.publisher = name
            report.guess("publisher", name, "the text names no publisher: the organisation "
                         f"of the e-mail's sender ({headers.sender.value!r})",
                         headers.sender.line)
    if draft.publisher is None:
        for line in headers.signature:
            # "Biuro Prasowe" / "Zarząd Portu Morskiego Wrzosowo S.A.": the line that is
            # an organisation's name (a press office's words before it taken off).
            name = publisher_of(_without_press_office(line.value, lang), lang)
            if name is not None:
                draft.publisher = name
                report.guess("publisher", name, "neither the text nor the sender's name "
                             "names a publisher: the organisation the sender's signature "
                             "names", line.line)
                break
    if draft.publisher is None and headers.alternative:
        _publisher_of_text_part(draft, headers, report, lang)
    if draft.publisher is None:
        _signing_paragraph(draft, report, lang)
    if draft.dateline is None:
        draft.dateline = _sent_dateline(headers, lang, report)
        draft.dated_by_mail = draft.dateline is not None
    if draft.title is None and headers.subject is not None:
        draft.title = Segment("title", (headers.subject.value,), line=headers.subject.line)
        report.guess("title", headers.subject.value, "the e-mail's subject: the text has no "
                     "title line", headers.subject.line)
    return draft


def _publisher_of_text_part(draft: Draft, headers: MailHeaders, report: Report,
                            lang: str) -> None:
    """The publisher the text rules read in a .eml's text/plain part (its letterhead, its
    signature under "-- "), the HTML part naming none: the same mail, written twice."""
    # text_reader reads pasted mails with this module's rules: imported here, not above.
    from toolkit.normalize.text_reader import read_text

    plain = Report(report.input)
    draft_of_text = read_text(headers.alternative, plain, lang, None,
                              replace(headers, sender=None, alternative=""))
    name = draft_of_text.publisher
    if name is None:
        return
    why = next((g.rule for g in reversed(plain.guesses) if g.what == "publisher"
                and g.value == name), "")
    draft.publisher = name
    report.guess("publisher", name, "the e-mail's HTML part names no publisher, nor does "
                 f"its sender: its text/plain part's ({why})" if why else "the e-mail's HTML "
                 "part names no publisher, nor does its sender: its text/plain part's")


_SENTENCE_END = re.compile(r"[.!?。！？:：;]$")


def _signing_paragraph(draft: Draft, report: Report, lang: str) -> None:
    """The HTML part's last short paragraph, when it is only an organisation's name
    ("Bundesministerium für Digitales und Verkehr"): the office signing the mail. The
    page rules take it only on a page that states its language; a mail's seldom does."""
    last = draft.body[-1] if draft.body else None
    if not isinstance(last, Segment) or last.name != "p" or len(draft.body) < 2:
        return
    text = last.text.strip()
    if len(text) > 60 or len(text.split()) > 8 or _SENTENCE_END.search(text):
        return
    name = publisher_of(_without_press_office(text, lang), lang)
    if name is None:
        return
    draft.body.pop()
    draft.publisher = name
    report.guess("publisher", name, "neither the e-mail's HTML part, its sender nor a text "
                 "part names a publisher: its last paragraph, only an organisation's name, "
                 "signs it", last.line)


def _without_press_office(text: str, lang: str) -> str:
    """The organisation a press office's name names ("Press Office, Ministry of Transport"
    -> "Ministry of Transport"), named as a publisher is: a Russian body after its press
    service's name is in the genitive ("Пресс-служба Правительства Тульской области"),
    its letterhead's head in the nominative ("Правительство Тульской области"), as a
    Czech or Slovak one is ("Tiskový odbor Ministerstva financí"), and a
    German one after "Pressestelle des" ("des Bundesamtes für ..." -> "Bundesamt für
    ...")."""
    name = _PRESS_OFFICE.sub("", text).strip()
    base = lang.split("-")[0]
    genitive_heads = (RU_GENITIVE_HEADS if base == "ru" else CS_SK_GENITIVE_HEADS
                      if base in ("cs", "sk") else None)
    if genitive_heads is not None and name != text.strip():
        head, space, rest = name.partition(" ")
        if space and head in genitive_heads:
            return f"{genitive_heads[head]} {rest}"
    if lang == "de" and _DE_OF_GENITIVE.match(text):
        return _de_nominative(name)
    return name


# "Pressestelle des ...": a masculine or neuter body in the genitive follows.
_DE_OF_GENITIVE = re.compile(r"^\s*pressestelle\s+des\s", re.IGNORECASE)


def _de_nominative(name: str) -> str:
    """A German body named in the genitive after "des" in the nominative, as its
    letterhead names it: "Statistischen Bundesamtes" -> "Statistisches Bundesamt". What
    it is of ("für Migration", "der Finanzen") stays; a head it does not know, the name."""
    words = name.split(" ")
    at = 0
    while at < len(words) - 1 and words[at][:1].isupper() and words[at].endswith("en"):
        at += 1  # "Statistischen", "Auswärtigen": the head's adjectives
    head = words[at]
    for genitive, nominative, neuter in DE_GENITIVE_HEADS:
        if (head.endswith(genitive) and len(head) > len(genitive)) or head.lower() == genitive:
            stem = head[:len(head) - len(genitive)]
            adjectives = [word[:-2] + ("es" if neuter else "er") for word in words[:at]]
            return " ".join([*adjectives, stem + (nominative if stem else
                                                  nominative.capitalize()), *words[at + 1:]])
    return name


def organisation(display: str, lang: str, text: str = "") -> str | None:
    """The organisation a sender's display name names, as the publisher rules accept one:
    "Press Office, Ministry of Transport" -> "Ministry of Transport"; an acronym
    ("Assessoria de Comunicação ARSVT") by the name the text spells it out with
    ("Agência Reguladora de Saneamento Básico do Vale do Tapirema (ARSVT)")."""
    whole = display.strip(" \"'")
    parts = [p for p in _NAME_PARTS.split(whole) if p]
    for candidate in (whole, *reversed(parts)):
        for name in (candidate, _without_press_office(candidate, lang),
                     _PRESS_OFFICE_AFTER.sub("", candidate).strip()):
            if name and publisher_of(name, lang) is not None:
                return name
    for candidate in (whole, *reversed(parts)):
        acronym = _PRESS_OFFICE.sub("", candidate).strip()
        if _ACRONYM.fullmatch(acronym):
            spelt = _spelt_out(acronym, text)
            if spelt is not None:
                return spelt
    return None


_ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,10}")
_WORD = re.compile(r"[\w'’.&-]+")


def _spelt_out(acronym: str, text: str) -> str | None:
    """The capitalised words before "(ACRONYM)" whose initials hold its letters in order,
    the shortest such run (an article before it is no part of it)."""
    for found in re.finditer(r"\(\s*" + re.escape(acronym) + r"\s*\)", text):
        words = _WORD.findall(text[max(0, found.start() - 200):found.start()])
        run: list[str] = []
        for word in reversed(words):
            if word[:1].isupper() or (word.islower() and len(word) <= 4):
                run.insert(0, word)
            else:
                break
        for start in range(len(run) - 1, -1, -1):
            if not run[start][:1].isupper():
                continue
            initials = iter(w[0] for w in run[start:] if w[:1].isupper())
            if all(letter in initials for letter in acronym):
                return " ".join(run[start:])
    return None


def _sent_day(headers: MailHeaders) -> tuple[dt.date, str] | None:
    """The day the mail was sent, as its Date header (or a pasted Sent line) says."""
    if headers.instant is not None:
        return headers.instant.date(), "the e-mail's Date header's"
    if headers.sent is None:
        return None
    dateline = _read_sent(headers.sent)
    if dateline is None:
        return None
    return dt.date.fromisoformat(dateline.date.get("value", "")), \
        "the e-mail's Sent/Date line's"


def _read_sent(sent: Header) -> Dateline | None:
    text = sent.value
    for attempt in (text, _TIME_ON.sub("", text), _WEEKDAY_CJK.sub("", _TIME_ON.sub("", text))):
        dateline = read_dateline(attempt, sent.line, language_candidates(attempt, None))
        if dateline is not None:
            return dateline
    return None


def _sent_dateline(headers: MailHeaders, lang: str, report: Report) -> Dateline | None:
    if headers.instant is not None:
        # The instant in the sender's own offset: the day it was where it was sent.
        day = headers.instant.date()
        where = next((t for t in (lang.replace("-", "_"), lang.split("-")[0], "en")
                      if known(t)), "en")
        text = format_skeleton("yMMMMd", day, locale=where)
        report.guess("date", text, f"no date line: the day the e-mail was sent ({day}, in "
                     "the sender's time zone; usually the release's day), written with "
                     f"{where}'s yMMMMd pattern")
        return Dateline(lang, span("date", text, value=day.isoformat(), skeleton="yMMMMd"),
                        None, 0)
    sent = headers.sent
    if sent is None:
        return None
    dateline = _read_sent(sent)
    if dateline is not None:
        report.guess("date", dateline.date.text, "no date line: the date the e-mail was "
                     "sent (its Sent/Date header; usually the release's day)", sent.line)
        return replace(dateline, lang=lang, place=None)
    report.guess("date", sent.value, "the e-mail's Sent/Date header is no date the rules "
                 "read", sent.line)
    return None


# ---------------------------------------------------------------- .eml files
_RFC_HEADER = re.compile(rb"^[!-9;-~]+:[ \t]?", re.MULTILINE)
_RFC_ONLY = re.compile(rb"^(?:mime-version|content-type|message-id|received|return-path|"
                       rb"dkim-signature|delivered-to|x-[a-z0-9-]+):", re.IGNORECASE | re.MULTILINE)


def is_message(data: bytes, path: str | Path) -> bool:
    """A saved message: named .eml, or opening with header fields only a mail has."""
    if Path(path).suffix.lower() == ".eml":
        return True
    head = data[:8192].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = head.split(b"\n")
    return len(lines) >= 3 and all(
        _RFC_HEADER.match(line) or line[:1] in (b" ", b"\t") for line in lines) \
        and bool(_RFC_ONLY.search(head)) and bool(re.search(rb"(?im)^from:", head))


@dataclass(frozen=True)
class SavedMail:
    kind: str  # "html" or "text": the part read
    text: str
    headers: MailHeaders


def read_message(data: bytes, path: str | Path, report: Report) -> SavedMail:
    """The message's text part (text/html first) and its headers; `InputError` else."""
    try:
        return _read_message(data, path, report)
    except RecursionError:
        # The email package parses and searches nested parts recursively: some thousand
        # multiparts inside each other (a 200 KB file) exhaust the stack.
        raise InputError(path, "an e-mail whose parts are nested too deeply to read") \
            from None
    except _LongHeader as long:
        # A header the parts are found by (Content-Type, Content-Disposition): a mail
        # read without it would be another mail.
        raise InputError(path, f"an e-mail whose parts cannot be told: its {long.name} "
                         f"header is {long.length:,} characters long, no real one is over "
                         f"{MAX_HEADER:,}") from None


def _read_message(data: bytes, path: str | Path, report: Report) -> SavedMail:
    try:
        message = email.message_from_bytes(data, policy=_POLICY)
    except _HEADER_ERRORS as exc:  # a charset name holding a NUL byte, say
        raise InputError(path, f"an e-mail the standard library cannot parse ({exc})") \
            from None
    headers: MailHeaders | None = None
    for depth in range(MAX_NESTING + 1):
        assert isinstance(message, EmailMessage)
        headers = _eml_headers(message, report).over(headers)
        part = message.get_body(preferencelist=("html", "plain"))
        if part is not None:
            kind = "html" if part.get_content_subtype() == "html" else "text"
            report.guess("kind", f"eml {kind}", "a saved e-mail: its text/"
                         f"{part.get_content_subtype()} part is "
                         "read" + (", under the forwarded message" if depth else ""))
            text = _decoded(part, path)
            if kind == "html":
                text, headers = _html_forward(text, headers, report)
                plain = message.get_body(preferencelist=("plain",))
                if plain is not None and plain is not part:
                    # The text part is evidence only: the page is what is read.
                    with suppress(InputError):
                        headers = replace(headers, alternative=_decoded(plain, path))
            return SavedMail(kind, text, headers)
        inner = _attached_message(message)
        if inner is None:
            raise InputError(path, "an e-mail with no text part (text/plain or text/html) "
                             "to read")
        message = inner
    raise InputError(path, f"an e-mail forwarded inside more than {MAX_NESTING} others "
                     "(message/rfc822): save the innermost one")


def _attached_message(message: EmailMessage) -> EmailMessage | None:
    for part in message.walk():
        if part.get_content_type() == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            return inner if isinstance(inner, EmailMessage) else None
    return None


def _decoded(part: Message, path: str | Path) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise InputError(path, f"the e-mail's {part.get_content_type()} part is empty")
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"the e-mail's {part.get_content_type()} part cannot be "
                         f"decoded as {charset} (byte 0x{payload[exc.start]:02x})") from None
    except (LookupError, ValueError):  # ValueError: a charset name holding a NUL byte
        raise InputError(path, f"the e-mail's {part.get_content_type()} part is in an "
                         f"unknown charset {charset!r}") from None


def _eml_headers(message: EmailMessage, report: Report) -> MailHeaders:
    def value(name: str) -> str:
        try:
            return str(message.get(name, "") or "").strip()
        # A header the policy cannot parse; RecursionError: comments nested in comments
        # a thousand deep ("From: ((((..."), which its parser reads recursively.
        except (*_HEADER_ERRORS, RecursionError):
            return ""
        except _LongHeader as long:
            raw = next((v for k, v in message.raw_items() if k.lower() == name.lower()), "")
            report.guess("dropped", f"{long.name}: {' '.join(raw[:60].split())}…",
                         f"the e-mail's {long.name} header is {long.length:,} characters "
                         f"long, no real one is over {MAX_HEADER:,}: not read")
            return ""

    subject_text = subject_title(value("Subject"))
    name = display_name(value("From"))
    instant = None
    try:
        date = message.get("Date")
        stamp = getattr(date, "datetime", None)
        if isinstance(stamp, dt.datetime) and stamp.tzinfo is not None:
            instant = stamp
    except (*_HEADER_ERRORS, RecursionError, _LongHeader):  # (a long one: value() says)
        pass
    if instant is None and value("Date"):
        report.guess("date", value("Date"), "the e-mail's Date header is no RFC 5322 date")
    return MailHeaders(Header(subject_text, 0) if subject_text else None,
                       Header(name.strip(), 0) if name.strip() else None, None, instant)


# ---------------------------------------------------------------- forwarded in HTML
_FORWARD_HINT = re.compile(r"-{3,}|_{10,}|forwarded|weitergeleitet|réexpédié|transféré|"
                           r"reenviado|inoltrato|doorgestuurd|przekazywan|encaminhad|"
                           r"переадресован|<hr\b|border-top", re.IGNORECASE)
# Outlook marks a forwarded message with no line of text: a rule (<hr>, Outlook on the
# web and older desktops) or a div with a top border (Word's HTML) above the header block.
# (Possessive, and a width ends at a colon or semicolon: a 200 kB style of repeated
# "border-top:x" took 20 s to search, each match's \S+ backtracking to the string's end.)
_TOP_BORDER = re.compile(r"border-top\s*+:\s*+(?:solid|[^\s;:]++\s++solid)", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f]+")
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt",
                     "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
                     "main", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"})


def _rendered(text: str | None) -> str:
    """Text as a browser shows it: a run of white space (a line break of the source
    too: Outlook wraps its HTML) is one space; lines come from <br> and blocks only."""
    return _SPACES.sub(" ", text) if text else ""


def _text_of(node: etree._Element) -> str:
    """An element's text, a line break for each <br> and after each block."""
    if not isinstance(node.tag, str):
        return ""  # a comment or processing instruction
    tag = node.tag.lower()
    if tag == "br":
        return "\n"
    inner = _rendered(node.text) + "".join(_text_of(c) + _rendered(c.tail) for c in node)
    return inner + "\n" if tag in _BLOCKS else inner


def _mail_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    blank = False
    for raw in text.split("\n"):
        stripped = " ".join(raw.split())
        if not stripped:
            # The space between two blocks in the source is no line; an empty line
            # (<br><br>) or an empty paragraph (&nbsp;) is a blank one.
            blank = blank or raw.strip(" ") == raw or "\xa0" in raw
            continue
        lines.append(Line(stripped, 0, 0, blank))
        blank = False
    return lines


def _html_forward(text: str, headers: MailHeaders, report: Report,
                  page: bool = False) -> tuple[str, MailHeaders]:
    """The HTML part without a forwarded block's marker and header lines (and the
    forwarder's note above them), and the headers with the forwarded message's first, as
    for pasted text: Gmail writes "---------- Forwarded message ---------" and the From,
    Date, Subject and To lines in a <div> (or a <blockquote>) above the original."""
    if not _FORWARD_HINT.search(text):
        return text, headers  # most mails: the part is read as it came
    parser = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                              recover=True, huge_tree=False, encoding="utf-8")
    try:
        root = etree.fromstring(text.encode("utf-8", "surrogatepass"), parser)
    except (etree.LxmlError, ValueError, UnicodeError):
        return text, headers
    body = root.find("body") if root is not None else None
    if body is None:
        return text, headers
    for container in body.iter():
        if not isinstance(container.tag, str):
            continue
        # The text nodes of the element: its own text (-1) and each child's tail (i).
        nodes = [(-1, container.text), *((i, c.tail) for i, c in enumerate(container))]
        places = [(container, at) for at, node in nodes
                  if node and _FORWARD.match(" ".join(node.split()))]
        for place, at in places + _under_rule(body, container):
            found = _cut_forward(body, place, at, report)
            if found is not None:
                forwarded = _headers_of(found)
                if forwarded.sent is not None:
                    # The original's date, not the day it was forwarded.
                    headers = replace(headers, instant=None)
                for title in root.findall("head/title") if page else ():
                    # A saved mail's <title> is the forwarder's subject ("FW: ..."), not
                    # the release's title, which the forwarded message's subject gives.
                    report.guess("dropped", " ".join((title.text or "").split()), "the "
                                 "page's <title>, the forwarding mail's subject")
                    _keep_tail(title, title.tail)
                    title.getparent().remove(title)  # type: ignore[union-attr]
                html = etree.tostring(root, encoding="unicode", method="html")
                return html, forwarded.over(headers)
    return text, headers


# A page saved or pasted from a mail client: Outlook's Word HTML, Outlook on the web,
# Gmail. Only such a page is searched for a forwarded block, as a .eml's HTML part is.
_MAIL_PAGE = re.compile(r"""class=["']?(?:x_)?(?:MsoNormal|gmail_quote|gmail_attr)\b|"""
                        r"divRplyFwdMsg", re.IGNORECASE)


def forwarded_page(text: str, report: Report) -> tuple[str, MailHeaders] | None:
    """A mail client's page without its forwarded block's marker and header lines (and
    the note above them, the outer message's header among it), and the headers they
    gave; None for any other page, or one forwarding nothing."""
    if not _MAIL_PAGE.search(text):
        return None
    none = MailHeaders()
    html, headers = _html_forward(text, none, report, page=True)
    return None if headers is none else (html, headers)


def _under_rule(body: etree._Element,
                marker: etree._Element) -> list[tuple[etree._Element, int]]:
    """Where a header block may follow Outlook's marker, which is no line of text: in a
    div with a top border (-1: from its start), and after the rule or that div, in its
    parent or, when nothing follows it there, further out (as _cut_forward's `at`)."""
    tag = marker.tag.lower() if isinstance(marker.tag, str) else ""
    bordered = tag != "hr" and _TOP_BORDER.search(marker.get("style") or "") is not None
    if tag != "hr" and not bordered:
        return []
    places = [(marker, -1)] if bordered else []
    node = marker
    while node is not body and (parent := node.getparent()) is not None:
        places.append((parent, parent.index(node)))
        if node.getnext() is not None or (node.tail or "").strip() or parent is body:
            break
        node = parent
    return places


_NOTE_LINES = 7  # the most lines a forwarder's note above a forwarded message has


def _joined(pieces: Iterable[str], limit: int, backwards: bool = False) -> str | None:
    """``"".join(pieces)`` (of the pieces reversed when they come `backwards`, from a
    marker back: a note's lines are the nearest), or None once it is known to be more
    than `limit` lines (`_mail_lines`): text added never makes fewer, so the rest is not
    read."""
    parts: list[str] = []
    breaks = 0
    check = limit

    def joined() -> str:
        return "".join(reversed(parts) if backwards else parts)

    for piece in pieces:
        parts.append(piece)
        breaks += piece.count("\n")
        if breaks >= check:  # (counted again as the text doubles: linear in all)
            if len(_mail_lines(joined())) > limit:
                return None
            check = breaks * 2
    return joined()


def _cut_forward(body: etree._Element, container: etree._Element, at: int,
                 report: Report) -> dict[str, Header] | None:
    """The forwarded block's header fields, its nodes (and a short note above it) taken
    out of the page; None, the page untouched, if no header block follows the marker.

    The page is read as far as needed from the marker: the header block's items after
    it, the note's before it until it is more lines than a note has. Reading all of it
    for each place a marker may be made a page with 8,000 <hr> (or Word's bordered
    divs) take minutes."""
    marker = container[at] if at >= 0 else None
    first = marker.getnext() if marker is not None else next(iter(container), None)
    following = ((kind, child) for child in (
        () if first is None else itertools.chain([first], first.itersiblings()))
        for kind in ("element", "tail"))
    items: list[tuple[str, etree._Element]] = []  # ("element" | "tail", child): as read
    texts: list[str] = []  # their texts

    def item_text(item: tuple[str, etree._Element]) -> str:
        kind, child = item
        return _text_of(child) if kind == "element" else _rendered(child.tail)

    size = 16
    while True:
        items += itertools.islice(following, size - len(items))
        texts += (item_text(item) for item in items[len(texts):])
        lines = _mail_lines("".join(texts))
        fields, end, stop = _header_lines(lines, 0)
        # (the last line read may go on in the next item; the one before has ended)
        if len(items) < size or stop < len(lines) - 1:
            break
        size *= 2
    if not fields:
        return None
    # The forwarder's note above the block: all the page's text before the marker.
    note = (container.text or "") if at >= 0 else ""
    if marker is not None:
        found = _joined((_text_of(s) + _rendered(s.tail)
                         for s in marker.itersiblings(preceding=True)), _NOTE_LINES,
                        backwards=True)
        if found is None:
            return None
        note += found + _text_of(marker)
    node = container
    while node is not body:
        parent = node.getparent()
        if parent is None:
            return None
        found = _joined((_text_of(s) + _rendered(s.tail)
                         for s in node.itersiblings(preceding=True)), _NOTE_LINES)
        if found is None:
            return None
        note = _rendered(parent.text) + found + note
        node = parent
    note_lines = _mail_lines(note)
    if len(note_lines) > _NOTE_LINES:
        return None  # far below the top: a quoted thread under the release, as for text
    for line in note_lines:
        report.guess("dropped", line.text, "a note above the forwarded message")
    # Taken out: the note, the marker, the header lines (as many items as hold them).
    consumed: list[tuple[str, etree._Element]] = []
    # (the lines the items taken make, as _mail_lines counts them, counted as they are
    # taken: counting their text again at each item was quadratic in a long block)
    count, partial, ended = 0, False, False
    for item in itertools.chain(items, following):
        if count + partial >= end and ended:
            break
        consumed.append(item)
        text = texts[len(consumed) - 1] if len(consumed) <= len(texts) else item_text(item)
        *done, rest = text.split("\n")
        for segment in done:
            count += partial or bool(segment.strip())
            partial = False
        partial = partial or bool(rest.strip())
        if stripped := text.rstrip(" \t"):
            ended = stripped.endswith("\n")
    report.guess("dropped", " / ".join(line.text for line in lines[:end]), "the forwarded "
                 "message's header block (sender, date, recipients, subject) in the e-mail's "
                 "HTML part: not the release")
    for kind, child in consumed:
        if kind == "tail":
            child.tail = None
    container.text = None  # the marker, or the note before it
    for child in container[:at + 1]:
        container.remove(child)  # the note's, and the marker with its tail
    for kind, child in consumed:
        if kind == "element":
            tail = child.tail
            child.tail = None
            _keep_tail(child, tail)
            container.remove(child)
    if note_lines:
        node = container
        while node is not body:
            parent = node.getparent()
            assert parent is not None
            for sibling in list(node.itersiblings(preceding=True)):
                parent.remove(sibling)
            parent.text = None
            node = parent
    return fields


def _keep_tail(child: etree._Element, tail: str | None) -> None:
    """The text after an element that is removed, kept where it stood."""
    if not tail:
        return
    previous = child.getprevious()
    parent = child.getparent()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    elif parent is not None:
        parent.text = (parent.text or "") + tail
