"""Press releases that arrive by e-mail: pasted header blocks and saved .eml files."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from toolkit.errors import InputError
from toolkit.model import Release, Segment
from toolkit.normalize import normalize
from toolkit.normalize.assemble import Options
from toolkit.normalize.batch import expand
from toolkit.normalize.email_reader import display_name, organisation, subject_title

BODY = (
    "The Ministry of Transport announced today that the new rail link between Northshore "
    "and Eastport will open in June, three months ahead of schedule.\n\n"
    "The line will carry 40,000 passengers a day.\n"
)


def _text(release: Release) -> str:
    return " ".join(block.text for block in release.body if isinstance(block, Segment))


def _read(text: str, name: str = "mail.txt") -> Release:
    return normalize(text.encode("utf-8"), name).release


def test_outlook_block_gives_title_publisher_and_date() -> None:
    release = _read(
        "From: Press Office, Ministry of Transport <press@transport.example.gov>\n"
        "Sent: Tuesday, March 18, 2025 10:02 AM\n"
        "To: newsdesk@paper.example\n"
        "Subject: RE: [PRESS] New rail link to open in June\n\n" + BODY)
    assert release.title.text == "New rail link to open in June"
    assert release.meta.publisher.text == "Ministry of Transport"
    assert release.meta.published.get("value") == "2025-03-18"
    text = _text(release)
    assert text.startswith("The Ministry of Transport announced today")
    assert "newsdesk@paper.example" not in text and "Subject" not in text


@pytest.mark.parametrize(("header", "date"), [
    ("Von: Pressestelle, Ministry of Transport <p@x.example>\nGesendet: Dienstag, 18. März "
     "2025 10:02\nAn: redaktion@x.example\nBetreff: AW: New rail link to open in June",
     "2025-03-18"),
    ("De : Ministry of Transport <p@x.example>\nEnvoyé : mardi 18 mars 2025 10:02\n"
     "À : redaction@x.example\nObjet : TR: New rail link to open in June", "2025-03-18"),
    ("Od: Ministry of Transport <p@x.example>\nWysłano: poniedziałek, 2 czerwca 2025 08:47\n"
     "Do: redakcja@x.example\nTemat: PD: New rail link to open in June", "2025-06-02"),
    ("De: Ministry of Transport <p@x.example>\nEnviado: quinta-feira, 18 de setembro de "
     "2025 11:42\nPara: pauta@x.example\nAssunto: ENC: New rail link to open in June",
     "2025-09-18"),
    ("差出人: Ministry of Transport <p@x.example>\n送信日時: 2025年3月18日 10:02\n"
     "宛先: desk@x.example\n件名: 転送: New rail link to open in June", "2025-03-18"),
    ("보낸 사람: Ministry of Transport <p@x.example>\n보낸 날짜: 2025년 3월 18일 화요일 오전 "
     "10:02\n받는 사람: desk@x.example\n제목: 전달: New rail link to open in June",
     "2025-03-18"),
])
def test_header_labels_of_other_languages(header: str, date: str) -> None:
    release = _read(header + "\n\n" + BODY)
    assert release.title.text == "New rail link to open in June"
    assert release.meta.published.get("value") == date
    assert release.meta.publisher.text == "Ministry of Transport"
    assert _text(release).startswith("The Ministry of Transport announced")


def test_a_title_and_date_line_in_the_text_win_over_the_headers() -> None:
    release = _read(
        "From: Ministry of Transport <press@x.example>\nSent: Friday, March 21, 2025 9:00 AM\n"
        "Subject: FW: embargoed copy\n\n"
        "New rail link to open in June\nMarch 18, 2025\n\n" + BODY)
    assert release.title.text == "New rail link to open in June"
    assert release.meta.published.get("value") == "2025-03-18"


def test_a_japanese_title_under_the_date_line_and_ministry_wins_over_the_subject() -> None:
    release = _read(
        "差出人: 広報室 <koho@mext.example.jp>\n送信日時: 2025年2月3日 9:12\n"
        "宛先: press@example.com\n件名: 【報道発表】大学入学共通テストの実施結果について\n\n"
        "令和7年2月3日\n文部科学省\n\n大学入学共通テストの実施結果について\n\n"
        "文部科学省は、共通テストの結果を公表しました。\n\n以上\n")
    assert release.title.text == "大学入学共通テストの実施結果について"
    assert release.figures == ()  # the title is no photo's description
    assert release.meta.publisher.text == "文部科学省"
    assert _text(release) == "文部科学省は、共通テストの結果を公表しました。"  # 以上 ends it


def test_a_subject_loses_its_bracketed_japanese_tag() -> None:
    release = _read(
        "差出人: 広報室 <koho@mext.example.jp>\n送信日時: 2025年2月3日 9:12\n"
        "宛先: press@example.com\n件名: 【報道発表】共通テストの結果について\n\n"
        "文部科学省は、共通テストの結果を公表しました。\n\n-- \n文部科学省\n")
    assert release.title.text == "共通テストの結果について"


@pytest.mark.parametrize("subject", [
    "Пресс-релиз: Губернатор наградил лучших учителей",
    "Fwd: ПРЕСС-РЕЛИЗ – Губернатор наградил лучших учителей",
])
def test_a_subject_loses_the_release_label_before_its_headline(tmp_path: Path,
                                                               subject: str) -> None:
    # the kind of document, as over a page's h1: no part of the title, nor of the id
    message = _message(subject)
    message.set_content("Губернатор Северной области вручил награды 25 учителям.\n")
    options = Options(publisher="Правительство Северной области")
    release = normalize(bytes(message), tmp_path / "release.eml", options).release
    assert release.title.text == "Губернатор наградил лучших учителей"
    assert release.id.endswith("-gubernator-nagradil-luchshikh-uchiteley")


@pytest.mark.parametrize(("sender", "publisher"), [
    ("Пресс-служба Правительства Северной области", "Правительство Северной области"),
    ("Пресс-служба Министерства транспорта Российской Федерации",
     "Министерство транспорта Российской Федерации"),
])
def test_a_russian_press_service_names_its_body_as_the_body_is_named(sender: str,
                                                                      publisher: str) -> None:
    # "the press service of the Government": the body after it is in the genitive, the
    # publisher in the nominative, as its letterhead prints it
    assert organisation(sender, "ru") == publisher


@pytest.mark.parametrize(("sender", "publisher"), [
    ("Pressestelle des Bundesamtes für Migration und Flüchtlinge",
     "Bundesamt für Migration und Flüchtlinge"),
    ("Pressestelle des Bundesministeriums der Finanzen", "Bundesministerium der Finanzen"),
    ("Pressestelle des Landesamtes für Umwelt", "Landesamt für Umwelt"),
    ("Pressestelle des Auswärtigen Amtes", "Auswärtiges Amt"),
])
def test_a_german_press_office_names_its_body_as_the_body_is_named(sender: str,
                                                                    publisher: str) -> None:
    # "des Bundesamtes": the genitive after "Pressestelle des", the publisher in the
    # nominative, its adjectives too ("Auswärtiges Amt"), as its letterhead prints it
    assert organisation(sender, "de") == publisher


@pytest.mark.parametrize(("sender", "lang", "publisher"), [
    ("Gabinete de prensa del Ministerio de Cultura", "es", "Ministerio de Cultura"),
    ("Service de presse du Ministère de la Culture", "fr", "Ministère de la Culture"),
    ("Γραφείο Τύπου Υπουργείο Εξωτερικών", "el", "Υπουργείο Εξωτερικών"),
    ("Rzeczniczka prasowa Ministerstwo Zdrowia", "pl", "Ministerstwo Zdrowia"),
])
def test_a_press_office_before_its_body_is_the_one_a_contact_heading_knows(
        sender: str, lang: str, publisher: str) -> None:
    # One table of press offices' names for both: the Greek and the spokeswoman's, known
    # over a contact, were the sender's organisation's words (no separator to part them).
    assert organisation(sender, lang) == publisher


def test_a_subject_that_only_names_a_release_keeps_its_words() -> None:
    # a label with no headline after it, or a word that only begins as one does
    assert subject_title("RE: Press release") == "Press release"
    assert subject_title("Press releases: the archive") == "Press releases: the archive"


def test_forwarded_message_uses_the_inner_headers_and_drops_the_note() -> None:
    release = _read(
        "From: Colleague <colleague@paper.example>\nSent: Wednesday, March 19, 2025 8:00 AM\n"
        "To: desk@paper.example\nSubject: Fwd: New rail link\n\n"
        "FYI, see below.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Ministry of Transport <press@transport.example.gov>\n"
        "Date: Tue, Mar 18, 2025 at 10:02 AM\n"
        "Subject: New rail link to open in June\n"
        "To: <desk@paper.example>\n\n" + BODY)
    assert release.title.text == "New rail link to open in June"
    assert release.meta.published.get("value") == "2025-03-18"
    assert "FYI" not in _text(release) and "Forwarded" not in _text(release)


def test_signature_device_line_and_disclaimer_are_not_body() -> None:
    release = _read(
        "From: Ministry of Transport <press@x.example>\nSent: Tuesday, March 18, 2025\n"
        "Subject: New rail link to open in June\n\n" + BODY +
        "\nThis e-mail and any attachments are confidential and intended solely for the "
        "addressee.\n\n-- \nJane Doe, Press Officer\n+1 555 0100\nSent from my iPhone\n")
    text = _text(release)
    assert text.endswith("40,000 passengers a day.")
    assert "Jane Doe" not in text and "confidential" not in text


def test_text_without_headers_is_read_as_before() -> None:
    with pytest.raises(InputError, match="no publisher found"):
        _read("New rail link to open in June\nMarch 18, 2025\n\n" + BODY +
              "\n-- \nJane Doe\n")


def test_a_sender_that_names_no_organisation_is_no_publisher() -> None:
    with pytest.raises(InputError, match="no publisher found"):
        _read("From: Jane Doe <jane@x.example>\nSent: Tuesday, March 18, 2025\n"
              "Subject: New rail link to open in June\n\n" + BODY.replace("Ministry", "team"))


def test_display_names() -> None:
    assert display_name("Press Office, Ministry of Transport <press@x.example>") == \
        "Press Office, Ministry of Transport"
    assert display_name('"Press Office" [mailto:press@x.example]') == "Press Office"
    assert display_name("press@x.example") == ""
    assert organisation("Ministry of Transport | Press Office", "en") == "Ministry of Transport"
    assert organisation("交通运输部新闻办公室", "zh") == "交通运输部"
    # An acronym, by the words the text spells it out with (an article before them no part)
    assert organisation("Assessoria de Comunicação ARV", "pt",
                        "A Agência Reguladora do Vale (ARV) aplicou") == \
        "Agência Reguladora do Vale"


# ---------------------------------------------------------------- .eml
def _message(subject: str = "Fwd: New rail link to open in June") -> EmailMessage:
    message = EmailMessage()
    message["From"] = '"Press Office, Ministry of Transport" <press@transport.example.gov>'
    message["To"] = "desk@paper.example"
    message["Subject"] = subject
    # 23:30 in UTC-5 is the 19th in UTC: the day is the sender's.
    message["Date"] = "Tue, 18 Mar 2025 23:30:00 -0500"
    return message


def test_eml_plain_part(tmp_path: Path) -> None:
    message = _message()
    message.set_content(BODY, charset="iso-8859-2", cte="quoted-printable")
    result = normalize(message.as_bytes(), tmp_path / "release.eml")
    release = result.release
    assert release.title.text == "New rail link to open in June"
    assert release.meta.publisher.text == "Ministry of Transport"
    assert release.meta.published.get("value") == "2025-03-18"
    assert _text(release).startswith("The Ministry of Transport announced")
    # the part by its MIME type (the report said "its text/text part")
    assert [g.rule for g in result.report.guesses if g.what == "kind"] == [
        "a saved e-mail: its text/plain part is read"]


def test_eml_html_part_is_read_as_a_page_and_attachments_ignored(tmp_path: Path) -> None:
    message = _message()
    message.set_content("plain text that is not read")
    message.add_alternative("<html><body><h1>New rail link to open in June</h1>"
                            "<p>The Ministry of Transport announced today that the rail link "
                            "will open in June.</p><p>It will carry 40,000 passengers a day."
                            "</p></body></html>", subtype="html")
    message.add_attachment(b"%PDF-1.4 binary", maintype="application", subtype="pdf",
                           filename="../../evil.pdf")
    out = tmp_path / "in"
    out.mkdir()
    release = normalize(message.as_bytes(), out / "release.eml").release
    assert release.title.text == "New rail link to open in June"
    assert "plain text" not in _text(release)
    assert release.meta.published.get("value") == "2025-03-18"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["in"]  # nothing written


def test_eml_html_part_naming_no_language_is_dated_and_published_in_its_own(
        tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = '"Pressestelle, Bundesministerium für Verkehr" <presse@bmv.example>'
    message["Subject"] = "Neue Bahnstrecke wird im Juni eröffnet"
    message["Date"] = "Tue, 18 Mar 2025 10:00:00 +0100"
    message.set_content("plain text that is not read")
    message.add_alternative("<html><body><p>Das Bundesministerium für Verkehr hat heute "
                            "mitgeteilt, dass die neue Bahnstrecke im Juni eröffnet wird und "
                            "nicht später.</p><p>Die Strecke ist 40 Kilometer lang.</p>"
                            "</body></html>", subtype="html")
    release = normalize(message.as_bytes(), tmp_path / "de.eml").release
    # The page states no language: the sender's name is read, the Date header written,
    # in the one its words are in (it was English: no publisher, "March 18, 2025").
    assert release.lang == "de"
    assert release.meta.publisher.text == "Bundesministerium für Verkehr"
    assert release.meta.published.text == "18. März 2025"


def test_eml_forwarded_as_attachment(tmp_path: Path) -> None:
    inner = _message("New rail link to open in June")
    inner.set_content(BODY)
    outer = EmailMessage()
    outer["From"] = "colleague@paper.example"
    outer["Subject"] = "Fwd: rail"
    outer["Date"] = "Thu, 20 Mar 2025 08:00:00 +0000"
    outer.add_attachment(inner)  # message/rfc822, no text part of its own
    release = normalize(outer.as_bytes(), tmp_path / "fwd.eml").release
    assert release.title.text == "New rail link to open in June"
    assert release.meta.published.get("value") == "2025-03-18"


def test_eml_refusals(tmp_path: Path) -> None:
    only_pdf = _message()
    only_pdf.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="a.pdf")
    with pytest.raises(InputError, match="no text part"):
        normalize(only_pdf.as_bytes(), tmp_path / "a.eml")
    bad = _message()
    bad.set_content(BODY)
    del bad["Content-Type"]
    bad["Content-Type"] = 'text/plain; charset="x-no-such-charset"'
    with pytest.raises(InputError, match="unknown charset"):
        normalize(bad.as_bytes(), tmp_path / "b.eml")
    undecodable = b"From: a@b.example\nSubject: x\nContent-Type: text/plain; charset=utf-8\n" \
        b"Content-Transfer-Encoding: 8bit\n\n\xff\xfe not utf-8\n"
    with pytest.raises(InputError, match="cannot be decoded as utf-8"):
        normalize(undecodable, tmp_path / "c.eml")
    nested = _message("x")
    nested.set_content(BODY)
    for _ in range(5):
        wrapper = EmailMessage()
        wrapper["Subject"] = "Fwd"
        wrapper.add_attachment(nested)
        nested = wrapper
    with pytest.raises(InputError, match="forwarded inside more than"):
        normalize(nested.as_bytes(), tmp_path / "d.eml")


def test_eml_the_email_package_cannot_read_is_refused_or_its_header_ignored(
        tmp_path: Path) -> None:
    text = b"The Ministry of Transport announced on 18 March 2025 that the link will open.\n"
    # The email package parses nested parts recursively: a stack's worth of multiparts.
    deep = b"From: a@b.example\nSubject: x\nMIME-Version: 1.0\n"
    for level in range(3000):
        deep += b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (level, level)
    deep += b"Content-Type: text/plain\n\n" + text
    with pytest.raises(InputError, match="nested too deeply"):
        normalize(deep, tmp_path / "deep.eml")
    # A NUL byte in a charset name: the codec look-up raises ValueError, not LookupError.
    nul_2231 = b"From: a@b.example\nSubject: x\nMIME-Version: 1.0\n" \
        b"Content-Type: text/plain; charset*=utf\x008''%E2\n\n" + text
    with pytest.raises(InputError, match="cannot parse"):
        normalize(nul_2231, tmp_path / "nul.eml")
    nul_charset = nul_2231.replace(b"charset*=utf\x008''%E2", b'charset="ut\x00f-8"')
    with pytest.raises(InputError, match="unknown charset"):
        normalize(nul_charset, tmp_path / "nul.eml")
    # A From the header parser trips over (AttributeError inside it) names no sender.
    bad_from = b"From: Ministry of Transport <press@[transport.example>\nSubject: Rail\n" \
        b"Date: Tue, 18 Mar 2025 10:00:00 +0000\n" \
        b"Content-Type: text/plain; charset=utf-8\n\n" + text
    with pytest.raises(InputError, match="no publisher found"):
        normalize(bad_from, tmp_path / "from.eml")
    release = normalize(bad_from, tmp_path / "from.eml", Options(publisher="X")).release
    assert (release.title.text, release.meta.published.get("value")) == ("Rail", "2025-03-18")
    # A comment in a comment ... a thousand deep, within the length parsed: the parser
    # recursed out of the stack and the mail was refused as "nested too deeply".
    nested_from = bad_from.replace(b"Ministry of Transport <press@[", b"(" * 1000 + b"<press@")
    release = normalize(nested_from, tmp_path / "from.eml", Options(publisher="X")).release
    assert (release.title.text, release.meta.published.get("value")) == ("Rail", "2025-03-18")


_RAIL = b"The Ministry of Transport announced on 18 March 2025 that the link will open.\n"


def test_a_from_header_of_thousands_of_names_is_read_in_time_and_not_taken(
        tmp_path: Path) -> None:
    """The email package's address parser is quadratic in a header's length: a From whose
    display name is "Press Office, " over 320 KB took 33 s to normalize. A header longer
    than a real one is not parsed; the rest of the mail is read."""
    hostile = b"Press Office, " * 23_000 + b"<press@transport.example>"
    data = b"From: " + hostile + b"\nSubject: Rail link to open\n" \
        b"Date: Tue, 18 Mar 2025 10:00:00 +0000\n" \
        b"Content-Type: text/plain; charset=utf-8\n\n" + _RAIL
    result = normalize(data, tmp_path / "from.eml", Options(publisher="X"))
    release = result.release
    assert (release.title.text, release.meta.published.get("value")) == (
        "Rail link to open", "2025-03-18")
    assert release.meta.publisher.text == "X"
    [skipped] = [g for g in result.report.guesses if g.what == "dropped"]
    assert skipped.value.startswith("From: Press Office, Press Office,")
    assert "322,025 characters" in skipped.rule


@pytest.mark.parametrize("header", [
    b"Content-Type: text/plain; " + b"a=b; " * 64_000,
    b"Content-Disposition: inline; " + b"a=b; " * 64_000,
])
def test_a_mime_header_longer_than_a_real_one_refuses_the_mail_in_time(
        tmp_path: Path, header: bytes) -> None:
    # The header the parts are found by cannot be skipped: the mail is refused, in time.
    data = b"From: a@b.example\nSubject: x\nMIME-Version: 1.0\n" + header + b"\n\n" + _RAIL
    name = header.split(b":")[0].decode()
    with pytest.raises(InputError, match=f"its {name} header is 320,0.. characters long"):
        normalize(data, tmp_path / "mime.eml")


def test_a_folder_yields_eml(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(b"x")
    (tmp_path / "b.pdf").write_bytes(b"x")
    assert expand([tmp_path]) == [tmp_path / "a.eml"]


# ---------------------------------------------------------------- .eml: other evidence
_DE_PAGE = ("<html><body><h1>Neue Bahnstrecke wird im Juni eröffnet</h1><p>Die neue "
            "Bahnstrecke zwischen Nordhafen und Ostdorf wird im Juni eröffnet, drei Monate "
            "früher als geplant.</p><p>Die Strecke ist 40 Kilometer lang und wird täglich "
            "von 40.000 Fahrgästen genutzt.</p>{signature}</body></html>")
_DE_TEXT = ("Neue Bahnstrecke wird im Juni eröffnet\n\nDie neue Bahnstrecke zwischen "
            "Nordhafen und Ostdorf wird im Juni eröffnet, drei Monate früher als geplant.\n\n"
            "-- \nBundesministerium für Digitales und Verkehr\nInvalidenstraße 44\n")


def _german(text: str | None, signature: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Presse <presse@ministerium.example.de>"
    message["Subject"] = "Neue Bahnstrecke wird im Juni eröffnet"
    message["Date"] = "Tue, 18 Mar 2025 10:00:00 +0100"
    page = _DE_PAGE.format(signature=signature)
    if text is None:
        message.set_content(page, subtype="html")
    else:
        message.set_content(text)
        message.add_alternative(page, subtype="html")
    return message


def _publisher_guess(path: Path, message: EmailMessage) -> tuple[str, str]:
    result = normalize(message.as_bytes(), path)
    guess = next(g for g in result.report.guesses if g.what == "publisher")
    assert result.release.meta.publisher.text == guess.value
    return guess.value, guess.rule


def test_eml_html_part_naming_no_publisher_takes_the_text_parts_signature(
        tmp_path: Path) -> None:
    # The sender ("Presse") names no organisation; the HTML part has no signature.
    name, rule = _publisher_guess(tmp_path / "a.eml", _german(_DE_TEXT, ""))
    assert name == "Bundesministerium für Digitales und Verkehr"
    assert "text/plain part" in rule and "signature" in rule


def test_eml_html_part_signed_by_its_last_paragraph(tmp_path: Path) -> None:
    signed = _german(None, "<p>Bundesministerium für Digitales und Verkehr</p>")
    result = normalize(signed.as_bytes(), tmp_path / "b.eml")
    assert result.release.meta.publisher.text == "Bundesministerium für Digitales und Verkehr"
    assert "Bundesministerium" not in _text(result.release)
    guess = next(g for g in result.report.guesses if g.what == "publisher")
    assert "last paragraph" in guess.rule
    # A text part that names none leaves the signing paragraph to name it.
    name, rule = _publisher_guess(tmp_path / "c.eml", _german(
        _DE_TEXT.split("-- ")[0], "<p>Bundesministerium für Digitales und Verkehr</p>"))
    assert name == "Bundesministerium für Digitales und Verkehr" and "last paragraph" in rule
    # Neither: refused as before, on one line.
    with pytest.raises(InputError, match="no publisher found"):
        normalize(_german(_DE_TEXT.split("-- ")[0], "").as_bytes(), tmp_path / "d.eml")


def test_eml_html_part_forwarded_by_gmail(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "Colleague <colleague@paper.example>"
    message["Subject"] = "Fwd: rail"
    message["Date"] = "Thu, 20 Mar 2025 08:00:00 +0000"
    message.set_content("plain text that is not read")
    message.add_alternative(
        '<html><body><div dir="ltr">FYI, see below.<br><br><div class="gmail_quote">'
        '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        'From: <strong class="gmail_sendername" dir="auto">Press Office, Ministry of '
        'Transport</strong> <span dir="auto">&lt;<a href="mailto:press@transport.example.gov">'
        'press@transport.example.gov</a>&gt;</span><br>Date: Tue, Mar 18, 2025 at 10:02 AM'
        '<br>Subject: New rail link to open in June<br>To: &lt;<a href="mailto:desk@paper.'
        'example">desk@paper.example</a>&gt;<br></div><br><br><div dir="ltr"><p>The line '
        'between Northshore and Eastport will open in June, three months ahead of schedule.'
        '</p><p>It will carry 40,000 passengers a day.</p></div></div></div></body></html>',
        subtype="html")
    release = normalize(message.as_bytes(), tmp_path / "fwd.eml").release
    text = _text(release)
    assert text.startswith("The line between Northshore")
    assert "Forwarded" not in text and "From:" not in text and "FYI" not in text
    assert release.title.text == "New rail link to open in June"
    assert release.meta.publisher.text == "Ministry of Transport"  # the original sender
    assert release.meta.published.get("value") == "2025-03-18"  # not the forward's day


_BODY_HTML = ('<p class=MsoNormal>The line between Northshore and Eastport will open in June,\n'
              'three months ahead of schedule.<o:p></o:p></p>\n'
              '<p class=MsoNormal>It will carry 40,000 passengers a day.<o:p></o:p></p>\n')
# Outlook's forward has no "Forwarded message" line: a div with a top border (Word's HTML,
# the desktop client), a rule over a div (Outlook on the web) or over paragraphs (older
# clients), then the original's header fields in bold, in the client's language.
OUTLOOK_FORWARDS = {
    "desktop": (
        "<div class=WordSection1><p class=MsoNormal>FYI, see below.<o:p></o:p></p>\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div>\n<div style='border:none;"
        "border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n<p class=MsoNormal>"
        "<b>{From}:</b> Press Office, Ministry of Transport &lt;press@transport.example.gov"
        "&gt; <br>\n<b>{Sent}:</b> {date}<br>\n<b>{To}:</b> Desk &lt;desk@paper.example&gt;"
        "<br>\n<b>{Subject}:</b> New rail link to open\nin June<o:p></o:p></p>\n</div>\n"
        "</div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + _BODY_HTML + "</div>"),
    "web": (
        '<div dir="ltr">FYI, see below.</div><div id="appendonsend"></div>'
        '<hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
        'style="font-size:11pt" color="#000000"><b>{From}:</b> Press Office, Ministry of '
        'Transport &lt;press@transport.example.gov&gt;<br><b>{Sent}:</b> {date}<br>'
        '<b>{To}:</b> Desk &lt;desk@paper.example&gt;<br><b>{Subject}:</b> New rail link to '
        'open in June</font><div>&nbsp;</div></div>' + _BODY_HTML),
    "paragraphs": (
        "<div><p>FYI, see below.</p>\n<div><hr size=2 width=\"100%\" align=center></div>\n"
        "<p><b>{From}:</b> Press Office, Ministry of Transport</p>\n"
        "<p><b>{Sent}:</b> {date}</p>\n<p><b>{To}:</b> Desk</p>\n"
        "<p><b>{Subject}:</b> RE: New rail link to open in June</p>\n" + _BODY_HTML
        + "</div>"),
}
OUTLOOK_LABELS = {
    "en": {"From": "From", "Sent": "Sent", "To": "To", "Subject": "Subject",
           "date": "Tuesday, March 18, 2025 10:02 AM"},
    "de": {"From": "Von", "Sent": "Gesendet", "To": "An", "Subject": "Betreff",
           "date": "Dienstag, 18. März 2025 10:02"},
}


@pytest.mark.parametrize("labels", sorted(OUTLOOK_LABELS))
@pytest.mark.parametrize("layout", sorted(OUTLOOK_FORWARDS))
def test_eml_html_part_forwarded_by_outlook(tmp_path: Path, layout: str, labels: str) -> None:
    message = EmailMessage()
    message["From"] = "Colleague <colleague@paper.example>"
    message["Subject"] = "FW: rail"
    message["Date"] = "Thu, 20 Mar 2025 08:00:00 +0000"
    message.set_content("plain text that is not read")
    page = OUTLOOK_FORWARDS[layout]
    for key, value in OUTLOOK_LABELS[labels].items():
        page = page.replace("{" + key + "}", value)
    message.add_alternative(f"<html><body>{page}</body></html>", subtype="html")
    result = normalize(message.as_bytes(), tmp_path / "fwd.eml")
    release = result.release
    text = _text(release)
    assert text.startswith("The line between Northshore"), text
    for leaked in ("FYI", "From:", "Von:", "Sent", "Gesendet", "Subject", "Betreff", "Desk"):
        assert leaked not in text
    assert release.title.text == "New rail link to open in June"
    assert release.meta.publisher.text == "Ministry of Transport"  # the original sender
    assert release.meta.published.get("value") == "2025-03-18"  # not the forward's day
    assert any("forwarded message's header block" in g.rule for g in result.report.guesses)


def test_an_html_mail_with_a_rule_but_no_header_block_is_read_as_it_came(
        tmp_path: Path) -> None:
    message = _message()
    message.set_content("plain text that is not read")
    message.add_alternative(
        "<html><body><h1>New rail link to open in June</h1><hr><p>From: the 1 June "
        "timetable, trains run every hour.</p><div style='border-top:solid 1pt'><p>The "
        "Ministry of Transport announced today that the rail link will open in June.</p>"
        "</div></body></html>", subtype="html")
    release = normalize(message.as_bytes(), tmp_path / "rule.eml").release
    assert release.title.text == "New rail link to open in June"
    assert _text(release).startswith("From: the 1 June timetable")


@pytest.mark.parametrize("layout", sorted(OUTLOOK_FORWARDS))
def test_a_page_saved_from_outlook_forwarding_a_release_is_read_as_its_eml(
        layout: str) -> None:
    # Outlook's "Save as" HTML: the forwarder's own header block on top, no marker line.
    page = OUTLOOK_FORWARDS[layout]
    for key, value in OUTLOOK_LABELS["en"].items():
        page = page.replace("{" + key + "}", value)
    outer = ("<p class=MsoNormal><b>From:</b> Colleague<br><b>Sent:</b> Thursday, March 20, "
             "2025 8:00 AM<br><b>To:</b> Desk<br><b>Subject:</b> FW: rail</p>\n")
    html = f"<html><head><title>FW: rail</title></head><body>{outer}{page}</body></html>"
    release = _read(html, "fwd.html")
    text = _text(release)
    assert text.startswith("The line between Northshore"), text
    assert "From:" not in text and "Colleague" not in text and "FYI" not in text
    assert release.title.text == "New rail link to open in June"
    assert release.meta.publisher.text == "Ministry of Transport"
    assert release.meta.published.get("value") == "2025-03-18"


def _text_reads(monkeypatch: pytest.MonkeyPatch, html: str) -> int:
    """How many elements' text the search for a forwarded block reads in a mail page."""
    from toolkit.normalize import email_reader
    from toolkit.normalize.report import Report

    calls = 0
    text_of = email_reader._text_of

    def counted(node):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return text_of(node)

    monkeypatch.setattr(email_reader, "_text_of", counted)
    email_reader.forwarded_page(html, Report("x.html"))
    return calls


@pytest.mark.parametrize("marker", [
    "<hr><p>line of text</p>",  # a rule over no header block
    "<div style='border-top:solid 1pt'><p>x</p></div>",  # Word's bordered divs
    "<hr><p>From: a@b.example<br>Subject: x</p>",  # a header block, far below the top
    "<p>---------- Forwarded message ---------<br>From: a@b.example<br>Subject: x</p>"])
def test_the_search_for_a_forwarded_block_reads_a_page_about_once(
        monkeypatch: pytest.MonkeyPatch, marker: str) -> None:
    # Each place a marker may be read the whole rest of the page (and all of it above):
    # 8,000 <hr> in a 220 kB page saved from Outlook took minutes to normalize.
    top = "<p class=MsoNormal>Hello</p>" + "".join(f"<p>line {i}</p>" for i in range(9))
    small, large = (_text_reads(monkeypatch, f"<html><body>{top}{marker * n}</body></html>")
                    for n in (200, 400))
    assert large < 2.5 * small, (small, large)


def test_a_top_border_is_told_in_a_long_style_as_in_a_short_one() -> None:
    # "border-top:x" 17,000 times in one style attribute took 20 s to search (each
    # match's \S+ ran to the end of the string and back).
    from toolkit.normalize.email_reader import _TOP_BORDER

    for style in ("border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt",
                  "border-top: 1pt solid", "BORDER-TOP:#B5C4DF SOLID", "border-top:solid"):
        assert _TOP_BORDER.search(style), style
    for style in ("border-top:none", "border-top: 1pt dotted", "border-bottom:solid"):
        assert not _TOP_BORDER.search(style), style
    assert not _TOP_BORDER.search("border-top:x" * 17_000)


def test_a_greek_ministry_over_the_date_line_is_the_publisher_of_an_email(
        tmp_path: Path) -> None:
    # The press office's sender names no body; the ministry over the date line does. It
    # took the title, and normalize stopped: "no publisher found".
    headline = "Συνάντηση του Υπουργού Εξωτερικών με τον Πρέσβη της Ιαπωνίας"
    message = _message(headline)
    message.replace_header("From", "Γραφείο Τύπου <press@example.gr>")
    message.set_content(f"Υπουργείο Εξωτερικών\nΑθήνα, 24 Δεκεμβρίου 2022\n\n{headline}\n\n"
                        "Ο Υπουργός Εξωτερικών συναντήθηκε σήμερα με τον Πρέσβη.\n")
    release = normalize(bytes(message), tmp_path / "release.eml",
                        Options(source_locale="el")).release
    assert release.title.text == headline
    assert release.meta.publisher.text == "Υπουργείο Εξωτερικών"
    assert not release.figures


@pytest.mark.parametrize(("sender", "lang", "publisher"), [
    # the abbreviation the ministry signs with, after its press department's name
    ("Tiskový odbor MZV", "cs", "MZV"),
    ("Tiskové oddělení MŠMT", "cs", "MŠMT"),
    # a body after it is in the genitive; the publisher in the nominative
    ("Tiskový odbor Ministerstva zahraničních věcí", "cs", "Ministerstvo zahraničních věcí"),
    ("Tiskový odbor Úřadu vlády ČR", "cs-CZ", "Úřad vlády ČR"),
    ("Tlačový odbor Ministerstva financií SR", "sk", "Ministerstvo financií SR"),
])
def test_a_czech_or_slovak_press_department_names_its_ministry(sender: str, lang: str,
                                                               publisher: str) -> None:
    assert organisation(sender, lang) == publisher


def test_a_czech_ministrys_press_department_is_the_publisher_of_an_email(
        tmp_path: Path) -> None:
    # The sender's name and the text named no body: "no publisher found".
    message = _message("Ministr Lipavský jednal s japonským protějškem")
    message.replace_header("From", "Tiskový odbor MZV <tisk@mzv.example>")
    message.set_content("Praha 24. prosince 2022\n\nMinistr zahraničních věcí se dnes v "
                        "Praze setkal s japonským ministrem zahraničí.\n")
    release = normalize(bytes(message), tmp_path / "release.eml",
                        Options(source_locale="cs")).release
    assert release.meta.publisher.text == "MZV"
    assert release.title.text == "Ministr Lipavský jednal s japonským protějškem"
