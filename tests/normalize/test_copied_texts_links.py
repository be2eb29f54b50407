"""Web and e-mail addresses written out in pasted text ("register at
https://springfield.example/library", "press@springfield.example"): links, as a page's
`<a>` is one, the sentence's punctuation left outside. The address is the link's text and
its `href`, so the translator sees an empty `<link/>` whose legend shows the address, and
every page writes the source's address and `href`. A page marks its own links: the HTML
reader links no address its text merely prints."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.extract import template_messages
from toolkit.model import Inline, Release, Segment, Span
from toolkit.normalize import Options, normalize
from toolkit.placeholders import parse_translation, segment_message
from toolkit.translatable import translatable_segments
from toolkit.vocabulary import ITS_TRANSLATE

from .pages import page


def read(text: str, path: str = "input.txt") -> Release:
    data = text.encode("utf-8")
    return normalize(data, path, Options(publisher="City of Springfield")).release


def first(paragraph: str) -> Segment:
    """The segment the paragraph of a small release is read as."""
    release = read("Springfield Library Opens New Branch\nMarch 3, 2026\n\n"
                   f"{paragraph}\n\nThe branch opens on weekdays.\n")
    block = release.body[0]
    assert isinstance(block, Segment)
    return block


def links(content: tuple[Inline, ...]) -> list[tuple[str, str]]:
    """Each link's (text, href), however deep."""
    found: list[tuple[str, str]] = []
    for part in content:
        if isinstance(part, Span):
            if part.name == "link":
                found.append((part.text, part.get("href", "")))
            found.extend(links(part.content))
    return found


def shown(segment: Segment) -> str:
    """The segment with its links in brackets: `[text](href)`."""
    out = []
    for part in segment.content:
        if isinstance(part, Span) and part.name == "link":
            out.append(f"[{part.text}]({part.get('href')})")
        else:
            out.append(part if isinstance(part, str) else part.text)
    return "".join(out)


# ------------------------------------------------------------ what is a link
def test_a_web_address_in_a_sentence_is_a_link_and_its_full_stop_the_sentences():
    segment = first("Residents can register at https://springfield.example/library.")
    assert shown(segment) == ("Residents can register at [https://springfield.example/library]"
                              "(https://springfield.example/library).")


def test_an_e_mail_address_links_to_mailto():
    segment = first("Questions go to press@springfield.example, the press office.")
    assert shown(segment) == ("Questions go to [press@springfield.example]"
                              "(mailto:press@springfield.example), the press office.")


def test_a_www_address_links_on_https():
    segment = first("The plans are at www.springfield.example/plans; comments are welcome.")
    assert links(segment.content) == [("www.springfield.example/plans",
                                       "https://www.springfield.example/plans")]
    assert segment.text.endswith("/plans; comments are welcome.")


def test_the_punctuation_that_ends_the_sentence_stays_outside():
    for paragraph, address in (
            ("Read the plan (see https://springfield.example/a).", "https://springfield.example/a"),
            ("Is it at http://springfield.example/faq?", "http://springfield.example/faq"),
            ("“Visit https://springfield.example/”, she said.", "https://springfield.example/"),
            ("Maps: https://springfield.example/map!", "https://springfield.example/map"),
            ("Write to info@springfield.example.", "info@springfield.example")):
        segment = first(paragraph)
        assert [text for text, _ in links(segment.content)] == [address], paragraph
        assert segment.text == paragraph  # nothing lost or moved


def test_brackets_that_belong_to_the_address_stay_in_it():
    segment = first("The history is at https://wiki.example/Library_(Springfield) online.")
    assert links(segment.content) == [("https://wiki.example/Library_(Springfield)",
                                       "https://wiki.example/Library_(Springfield)")]


def test_several_addresses_in_one_paragraph_are_each_a_link():
    segment = first("Register at https://springfield.example/library or write to "
                    "press@springfield.example or library@springfield.example today.")
    assert [href for _, href in links(segment.content)] == [
        "https://springfield.example/library", "mailto:press@springfield.example",
        "mailto:library@springfield.example"]


def test_unlabelled_national_numbers_handles_and_words_with_at_stay_text():
    for paragraph in ("Call 555-555-0100 for tickets.",
                      "Follow @SpringfieldLib for updates.",
                      "The library is open at weekends and www is not an address.",
                      "The branch cost $2.5 million and opens at 9 a.m."):
        assert links(first(paragraph).content) == [], paragraph


def test_a_telephone_number_in_international_form_or_after_its_label_links_to_tel():
    # As a page's <a href="tel:">: untranslated, so an RTL page lays its digit groups out
    # left to right instead of "2030 010 555 1+".
    release = read("Springfield Library Opens New Branch\nMarch 3, 2026\n\nThe branch "
                   "opens on weekdays.\n\nMedia contact: Jane Roe, +1 555 010 2030, "
                   "jane@example.org\n")
    contact = release.body[-1]
    # (a paragraph: the label opens the contact's line, no heading over nothing)
    assert isinstance(contact, Segment) and contact.name == "p"
    assert shown(contact) == (
        "Media contact: Jane Roe, [+1 555 010 2030](tel:+15550102030), "
        "[jane@example.org](mailto:jane@example.org)")
    assert shown(first("Call +1 (555) 555-0199 for tickets.")) == (
        "Call [+1 (555) 555-0199](tel:+15555550199) for tickets.")
    assert shown(first("For details call Tel. 020 7946 0000 (weekdays).")) == (
        "For details call Tel. [020 7946 0000](tel:02079460000) (weekdays).")
    for paragraph, number, href in (
            ("Teléfono: 91 597 70 00, de lunes a viernes.", "91 597 70 00", "tel:915977000"),
            ("Тел.: 8 (495) 123-45-67, факс 8 (495) 123-45-68.", "8 (495) 123-45-67",
             "tel:84951234567"),
            ("Téléphone : 01 40 81 21 22.", "01 40 81 21 22", "tel:0140812122"),
            ("Call us (phone (020) 7946 0000) today.", "(020) 7946 0000", "tel:02079460000")):
        assert links(first(paragraph).content) == [(number, href)], paragraph
    segment = first("Call +1 555 010 2030 today.")
    link = next(part for part in segment.content if isinstance(part, Span))
    assert link.get(ITS_TRANSLATE) == "no"
    assert segment_message(segment).msgid == "Call <link/> today."


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    # Finnish labels a number "puh." or "puhelin", Swedish "tfn" or "tel.", as "Tel." is
    ("fi", "Lisätietoja: neuvotteleva virkamies Matti Meikäläinen, puh. 0295 160 000, "
           "erityisavustaja Liisa Laine, puh. +358 295 160 001, puhelin 050 123 4567.",
     [("0295 160 000", "tel:0295160000"), ("+358 295 160 001", "tel:+358295160001"),
      ("050 123 4567", "tel:0501234567")]),
    ("sv", "Kontakt: Anna Svensson, tfn 08-405 10 00, tel. 070-123 45 67.",
     [("08-405 10 00", "tel:084051000"), ("070-123 45 67", "tel:0701234567")]),
])
def test_a_finnish_or_swedish_labelled_telephone_number_links_to_tel(lang, paragraph, expected):
    text = f"Otsikko tässä\n\nEnsimmäinen kappale.\n\n{paragraph}\n"
    options = Options(lang=lang, publisher="Valtiovarainministeriö", date=dt.date(2022, 12, 24))
    release = normalize(text.encode(), "input.txt", options).release
    contact = next(block for block in release.body
                   if isinstance(block, Segment) and paragraph[:12] in block.text)
    assert links(contact.content) == expected
    assert contact.text == paragraph  # nothing lost or moved


def test_a_line_that_is_a_finnish_labelled_number_alone_is_no_message():
    text = "Otsikko tässä\n\nEnsimmäinen kappale.\n\nMatti Meikäläinen\n\npuh. 0295 160 000\n"
    options = Options(lang="fi", publisher="Valtiovarainministeriö", date=dt.date(2022, 12, 24))
    release = normalize(text.encode(), "input.txt", options).release
    alone = next(b for b in release.body if isinstance(b, Segment) and b.text.startswith("puh."))
    assert alone.get(ITS_TRANSLATE) == "no"
    assert alone not in translatable_segments(release)


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_a_norwegian_labelled_telephone_number_links_to_tel_with_no_value_inside(lang):
    # "tlf." and "mobil" were no labels: the numbers stayed text, "912 34 567" the
    # numbers 912 and 34567 for a translator to localise.
    paragraph = "Kontakt: Kari Nordmann, tlf. 23 95 00 00, mobil 912 34 567."
    text = f"Overskrift her\n\nFørste avsnitt.\n\n{paragraph}\n"
    options = Options(lang=lang, publisher="Utenriksdepartementet", date=dt.date(2024, 3, 12))
    release = normalize(text.encode(), "input.txt", options).release
    contact = next(block for block in release.body
                   if isinstance(block, Segment) and block.text.startswith("Kontakt"))
    assert links(contact.content) == [("23 95 00 00", "tel:23950000"),
                                      ("912 34 567", "tel:91234567")]
    assert contact.text == paragraph
    for link in (p for p in contact.content if isinstance(p, Span)):
        assert link.content == (link.text,)  # no number inside the link


def test_a_line_that_is_a_norwegian_labelled_number_alone_is_no_message():
    text = "Overskrift her\n\nFørste avsnitt.\n\nKari Nordmann\n\nmobil 900 00 000\n"
    options = Options(lang="nb", publisher="Utenriksdepartementet", date=dt.date(2024, 3, 12))
    release = normalize(text.encode(), "input.txt", options).release
    alone = next(b for b in release.body if isinstance(b, Segment) and b.text.startswith("mobil"))
    assert links(alone.content) == [("900 00 000", "tel:90000000")]
    assert alone not in translatable_segments(release)


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Call +33 (0)1 40 81 21 22 for tickets.",
     "Call [+33 (0)1 40 81 21 22](tel:+33140812122) for tickets."),
    ("Press: +44 (0) 20 7946 0000, weekdays.",
     "Press: [+44 (0) 20 7946 0000](tel:+442079460000), weekdays."),
])
def test_the_bracketed_trunk_zero_of_an_international_number_is_not_dialled(
        paragraph: str, expected: str):
    # "+44 (0)20": the 0 is dialled at home only; after the country code it misdials.
    assert shown(first(paragraph)) == expected


def test_years_ranges_and_amounts_are_no_telephone_number():
    for paragraph in ("The 2024–2025 season opens in 2024 with 1 500 000 visitors.",
                      "Sales grew by +25 000 000 dollars, +12.5 % on 2023.",
                      "Tel. 2024 was the hotel's year; the Motel 6 2024 2025 list.",
                      "The hotline 2024 2025 2026 is no label's number."):
        assert links(first(paragraph).content) == [], paragraph


def test_no_value_is_read_inside_an_address():
    segment = first("The report is at https://springfield.example/2026/03/10/report-2030.pdf "
                    "and was published on March 10, 2026.")
    link = next(p for p in segment.content if isinstance(p, Span) and p.name == "link")
    assert link.content == ("https://springfield.example/2026/03/10/report-2030.pdf",)
    assert [p.name for p in segment.content if isinstance(p, Span)] == ["link", "date"]


def test_addresses_are_links_in_items_headings_and_the_contact_lines():
    release = read("Springfield Library Opens New Branch\nMarch 3, 2026\n\n"
                   "The City of Springfield opens a new library branch on March 10, 2026.\n\n"
                   "- Register at https://springfield.example/library\n"
                   "- Ask at desk@springfield.example\n\n"
                   "Media contact:\nJane Roe\njane.roe@springfield.example\n")
    found = [link for segment in release.segments() for link in links(segment.content)]
    assert [href for _, href in found] == ["https://springfield.example/library",
                                           "mailto:desk@springfield.example",
                                           "mailto:jane.roe@springfield.example"]


def ja_first(paragraph: str) -> Segment:
    """The segment a paragraph of a small Japanese release is read as."""
    data = (f"2025年3月3日\n外務省\n\n会合の開催について\n\n　{paragraph}\n\n"
            "　会合は公開で行います。\n").encode()
    block = normalize(data, "input.txt", Options()).release.body[0]
    assert isinstance(block, Segment)
    return block


def test_an_address_in_japanese_text_ends_where_the_japanese_words_begin():
    # Japanese writes no space around an address: the words before and after it are the
    # sentence's, never the link's (a mailto: of "連絡先はpress@...です" reaches no one,
    # and its words would be left untranslated).
    segment = ja_first("連絡先はpress@pref.minato.example.lg.jpです。"
                       "詳しくはhttps://www.pref.minato.example.lg.jp/a.htmlをご覧ください。")
    assert links(segment.content) == [
        ("press@pref.minato.example.lg.jp", "mailto:press@pref.minato.example.lg.jp"),
        ("https://www.pref.minato.example.lg.jp/a.html",
         "https://www.pref.minato.example.lg.jp/a.html")]
    assert segment.text.startswith("連絡先はpress@")  # nothing lost or moved


def test_an_address_after_a_full_width_colon_or_before_a_full_width_bracket():
    segment = ja_first("メール：press@pref.minato.example.lg.jp（担当：山田）までお送りください。")
    assert links(segment.content) == [("press@pref.minato.example.lg.jp",
                                       "mailto:press@pref.minato.example.lg.jp")]


FRENCH_CONTACT = ("Le ministère lance un plan\nParis, le 24 décembre 2022\n\nLe ministère "
                  "annonce un plan pour la culture.\n\nContact presse\n\n{}\n\n"
                  "Appelez le 01 40 81 21 22 avant midi.\n\n1 500 000\n")


def test_a_line_that_is_a_telephone_number_alone_is_no_message():
    # As an address alone: digits every translator would copy. "Tél. :" goes with its
    # number untranslated; a sentence around a number and a figure alone stay messages.
    for line in ("01 40 81 21 22", "Tél. : 01 40 81 21 22", "+33 1 40 81 21 22",
                 "Tél.\u00a0: +33 (0)1 40 81 21 22"):
        release = normalize(FRENCH_CONTACT.format(line).encode(), "input.txt",
                            Options(publisher="Ministère de la Culture", lang="fr")).release
        kept = [s.text for s in translatable_segments(release)]
        assert line.replace("\u00a0", " ") not in [t.replace("\u00a0", " ") for t in kept]
        assert "Appelez le 01 40 81 21 22 avant midi." in kept
        assert "1 500 000" in kept
        alone = next(b for b in release.body if isinstance(b, Segment) and b.line == 8)
        assert alone.get(ITS_TRANSLATE) == "no"


@pytest.mark.parametrize(("lang", "line", "label", "number", "href"), [
    ("en", "Tel. 02-5303111", "Tel. ", "02-5303111", "tel:025303111"),
    ("fr", "Tél. : 01 40 81 21 22", "Tél. : ", "01 40 81 21 22", "tel:0140812122"),
    ("de", "Tel. 030 18 272 0", "Tel. ", "030 18 272 0", "tel:030182720"),
    ("fr", "+33 1 40 81 21 22", "", "+33 1 40 81 21 22", "tel:+33140812122")])
def test_a_labelled_number_alone_on_its_line_links_to_tel_as_in_a_sentence(
        lang, line, label, number, href):
    # The line was left untranslated but its number no link (and "18 272 0" read as three
    # numbers), where "Call Tel. 030 18 272 0 today." links it; the label stays text.
    release = normalize(FRENCH_CONTACT.format(line).encode(), "input.txt",
                        Options(publisher="Ministère de la Culture", lang=lang,
                                date=dt.date(2022, 12, 24))).release
    alone = next(b for b in release.body if isinstance(b, Segment) and b.line == 8)
    assert alone.content[:-1] == ((label,) if label else ())
    assert links(alone.content) == [(number, href)]
    assert alone.text == line  # nothing lost or moved
    assert alone.get(ITS_TRANSLATE) == "no"


def test_an_unlabelled_national_number_alone_is_no_link():
    # As in a sentence, digits starting "0" without a label may be no telephone's.
    release = normalize(FRENCH_CONTACT.format("01 40 81 21 22").encode(), "input.txt",
                        Options(publisher="Ministère de la Culture", lang="fr")).release
    alone = next(b for b in release.body if isinstance(b, Segment) and b.line == 8)
    assert alone.content == ("01 40 81 21 22",)
    assert alone.get(ITS_TRANSLATE) == "no"


NORWEGIAN_CONTACT = ("Regjeringen øker støtten\nOslo, 12. mars 2024\n\nRegjeringen øker "
                     "støtten til Ukraina med 500 millioner kroner i år, og pengene går til "
                     "humanitær hjelp.\n\n{}\nKari Nordmann\n{}\n")


def norwegian_line(lang: str, label: str, line: str) -> Segment:
    """The segment a contact's last line is read as, under `label` in a `lang` release."""
    release = normalize(NORWEGIAN_CONTACT.format(label, line).encode(), "input.txt",
                        Options(publisher="Utenriksdepartementet", lang=lang,
                                date=dt.date(2024, 3, 12))).release
    return next(b for b in release.body if isinstance(b, Segment) and b.line == 8)


@pytest.mark.parametrize("lang", ["nb", "nn", "da", "nb-NO"])
@pytest.mark.parametrize(("line", "href"), [("23 95 00 00", "tel:23950000"),
                                            ("900 00 000", "tel:90000000"),
                                            ("23\u00a095\u00a000\u00a000", "tel:23950000")])
def test_eight_digits_alone_under_a_norwegian_or_danish_contact_label_are_a_telephone(
        lang, line, href):
    # Norway and Denmark dial eight digits, no trunk "0", in pairs (a Norwegian mobile's
    # in 3-2-3): the line was a message of digits. The href is the national number as
    # written, as a labelled one's ("tlf. 23 95 00 00"), in an nb-NO project too.
    alone = norwegian_line(lang, "Kontaktperson:", line)
    assert links(alone.content) == [(line, href)]
    assert alone.text == line  # nothing lost or moved
    assert alone.get(ITS_TRANSLATE) == "no"


def test_eight_digits_alone_under_a_norwegian_pages_contact_heading_are_a_telephone():
    data = page("<main><h1>Regjeringen øker støtten</h1><p>12. mars 2024</p><p>Regjeringen "
                "øker støtten til Ukraina med 500 millioner kroner i år.</p>"
                "<h2>Kontaktperson:</h2><p>Kari Nordmann</p><p>23 95 00 00</p></main>",
                "<title>Regjeringen øker støtten</title>", "nb")
    release = normalize(data, "page.html", Options(publisher="Utenriksdepartementet")).release
    alone = release.body[-1]
    assert isinstance(alone, Segment)
    assert links(alone.content) == [("23 95 00 00", "tel:23950000")]
    assert alone.get(ITS_TRANSLATE) == "no"


@pytest.mark.parametrize(("lang", "label", "line"), [
    # no contact's label over it: a figure's groups may be written so
    ("nb", "Se også:", "23 95 00 00"),
    # a language whose numbers take a trunk "0" or another grouping
    ("fr", "Contact presse :", "23 95 00 00"),
    # not a telephone's length or grouping
    ("nb", "Kontaktperson:", "23 95 00"), ("nb", "Kontaktperson:", "2395 0000"),
    ("nb", "Kontaktperson:", "02 95 00 00"),
])
def test_paired_digits_are_no_telephone_elsewhere(lang, label, line):
    assert links(norwegian_line(lang, label, line).content) == []



CHINESE_CONTACT = ("上海市生态环境局发布空气质量报告\n\n2025年3月3日\n\n上海市生态环境局今天发布了"
                   "空气质量报告。\n\n联系人：王明\n\n{}\n\n咨询请拨打021-12345678。\n")


@pytest.mark.parametrize("line", ["电话：021-12345678", "联系电话：021-12345678",
                                  "传真：021 1234 5678", "電話：098-866-2374",
                                  "FAX：098-866-2375", "電話:+81 98 866 2374"])
def test_a_chinese_or_japanese_telephone_line_is_no_message(line):
    # As "Tél. :": the label with its full-width colon goes with the number, untranslated;
    # a sentence around a number stays a message.
    release = normalize(CHINESE_CONTACT.format(line).encode(), "input.txt",
                        Options(publisher="上海市生态环境局", lang="zh-CN")).release
    kept = [s.text for s in translatable_segments(release)]
    assert line not in kept
    assert "咨询请拨打021-12345678。" in kept
    alone = next(b for b in release.body if isinstance(b, Segment) and b.text == line)
    assert alone.get(ITS_TRANSLATE) == "no"


def test_a_telephone_label_with_words_beside_it_stays_a_message():
    release = normalize(CHINESE_CONTACT.format("电话：021-12345678（工作日）").encode(),
                        "input.txt", Options(publisher="上海市生态环境局", lang="zh-CN")).release
    assert "电话：021-12345678（工作日）" in [s.text for s in translatable_segments(release)]


def test_a_page_paragraph_that_is_a_telephone_number_alone_is_no_message():
    data = page("<main><h1>Le ministère lance un plan</h1><p>24 décembre 2022</p>"
                "<p>Le ministère annonce un plan pour la culture.</p>"
                "<p>Tél. : 01 40 81 21 22</p></main>", lang="fr")
    release = normalize(data, "page.html", Options(publisher="Ministère de la Culture")).release
    phone = next(b for b in release.body if isinstance(b, Segment) and "81 21" in b.text)
    assert phone.get(ITS_TRANSLATE) == "no"
    assert phone not in translatable_segments(release)


BRAZILIAN_CONTACT = ("Ministério lança plano de saneamento\n3 de março de 2026\n\nO Ministério "
                     "lançou hoje um plano nacional de saneamento.\n\n{}\n\n"
                     "O plano começa em abril.\n")


def pt_br(line: str) -> Release:
    return normalize(BRAZILIAN_CONTACT.format(line).encode(), "input.txt",
                     Options(publisher="Ministério das Cidades", lang="pt-BR")).release


def block_of(release: Release, text: str) -> Segment:
    return next(b for b in release.body if isinstance(b, Segment) and text in b.text)


@pytest.mark.parametrize("line", ["(61) 2020-1234", "(11) 3091-3000", "(61) 99876-5432",
                                  "(02) 9374 4000", "(61)2020-1234"])
def test_a_number_with_its_area_code_in_brackets_alone_is_no_message(line):
    # Brazil and Australia write the area code in brackets: the line is as "01 40 81 21
    # 22" alone, digits every translator would copy.
    release = pt_br(line)
    alone = block_of(release, line)
    assert alone.get(ITS_TRANSLATE) == "no"
    assert alone not in translatable_segments(release)


def test_a_number_with_its_area_code_in_brackets_in_a_contact_line_links_to_tel():
    release = pt_br("Contato: (61) 2020-1234, imprensa@cidades.gov.br")
    contact = block_of(release, "Contato")
    assert links(contact.content) == [("(61) 2020-1234", "tel:6120201234"),
                                      ("imprensa@cidades.gov.br",
                                       "mailto:imprensa@cidades.gov.br")]
    # ("Contato" is a word to translate: the line stays a message)
    assert segment_message(contact).msgid == "Contato: <link1/>, <link2/>"
    release = read("Springfield Library Opens New Branch\nMarch 3, 2026\n\nThe branch "
                   "opens on weekdays.\n\nMedia contact: Jane Roe, (02) 9374 4000, "
                   "jane@council.example\n")
    contact = release.body[-1]
    assert isinstance(contact, Segment)
    assert shown(contact) == ("Media contact: Jane Roe, [(02) 9374 4000](tel:0293744000), "
                              "[jane@council.example](mailto:jane@council.example)")


KOREAN_TABLE = ("보도자료\n산업통상자원부\n보도시점\t2024. 3. 18.(월) 12:00\t"
                "배포\t2024. 3. 17.(일) 10:00\n\n산업부, 수출 지원 확대\n\n"
                "□ 산업통상자원부는 2024년 3월 18일 수출 지원 계획을 밝혔다.\n\n"
                "담당 부서\t원전수출진흥과\t책임자\t과장 김민준\t(044-200-5610)\n")


def test_a_korean_contact_tables_number_in_brackets_links_to_tel():
    # The number in brackets after the name, in a copied row and in a page's cell; the
    # brackets are the table's, outside the link.
    release = normalize(KOREAN_TABLE.encode(), "input.txt", Options(lang="ko")).release
    row = block_of(release, "김민준")
    assert shown(row).endswith("과장 김민준 ([044-200-5610](tel:0442005610))")
    data = page("<main><h1>하천 수질 점검 결과 위반 업소 12곳 적발</h1><p>2025. 9. 4.(목)</p>"
                "<p>□ 한빛청은 폐수 배출업소 94곳을 특별 점검했다.</p><table><tr><th>담당자</th>"
                "<td>주무관 윤서연 (044-200-5610)</td></tr></table></main>", lang="ko")
    release = normalize(data, "page.html", Options(publisher="한빛청")).release
    assert links(block_of(release, "윤서연").content) == [("044-200-5610", "tel:0442005610")]


@pytest.mark.parametrize(("line", "number", "href"), [
    ("手机：13812345678", "13812345678", "tel:13812345678"),
    ("电话：400-123-4567", "400-123-4567", "tel:4001234567"),
    ("服务热线：12345", "12345", "tel:12345"),
    ("市民服务热线12345", "12345", "tel:12345")])
def test_a_chinese_mobile_or_hotline_after_its_label_is_a_tel_link_and_no_message(
        line, number, href):
    # A mobile's eleven digits, a national hotline's 400 and a city's five-digit hotline
    # start as no landline does ("0"), so only their label makes them numbers to dial.
    release = normalize(CHINESE_CONTACT.format(line).encode(), "input.txt",
                        Options(publisher="上海市生态环境局", lang="zh-CN")).release
    block = block_of(release, line)
    assert links(block.content) == [(number, href)]
    assert block.get(ITS_TRANSLATE) == "no"
    assert block not in translatable_segments(release)


def test_two_labelled_chinese_numbers_on_a_line_are_both_links_and_no_message():
    line = "电话：021-1234 5678 传真：021-1234 5679"
    release = normalize(CHINESE_CONTACT.format(line).encode(), "input.txt",
                        Options(publisher="上海市生态环境局", lang="zh-CN")).release
    block = block_of(release, "传真")
    assert links(block.content) == [("021-1234 5678", "tel:02112345678"),
                                    ("021-1234 5679", "tel:02112345679")]
    assert block.text == line  # nothing lost or moved
    assert block.get(ITS_TRANSLATE) == "no"


def test_years_amounts_ids_dates_and_list_numbers_are_no_national_number():
    for paragraph in ("The plan (12) 2024-2025 runs to 2030.",
                      "Grants of (12) 1500-2000 dollars were paid in (3) 2025.",
                      "Decision No. 2025-0123 of 2025-03-03 applies from (2025) 1234-5678.",
                      "Its budget (2026) grew by 12 345 678 dollars (044) to 2030-2031."):
        assert links(first(paragraph).content) == [], paragraph
    release = read("Springfield Library Opens New Branch\nMarch 3, 2026\n\nThe branch "
                   "opens on weekdays.\n\n(1) 2024–2025 season\n(12) 2025-2026 plans\n\n"
                   "(12) 2024-2025\n")
    found = [link for segment in release.segments() for link in links(segment.content)]
    assert found == []
    assert block_of(release, "(12) 2024-2025") in translatable_segments(release)
    zh = normalize(CHINESE_CONTACT.format("热线2024年共接听电话12345次，增长12345元。").encode(),
                   "input.txt", Options(publisher="上海市生态环境局", lang="zh-CN")).release
    assert links(block_of(zh, "热线").content) == []


# ------------------------------------------------------------ pages, as their copied text
def test_the_html_reader_links_an_address_outside_the_pages_own_links():
    data = page("<main><h1>Springfield Library Opens New Branch</h1><p>March 3, 2026</p>"
                "<p>Residents can register at https://springfield.example/library or write "
                "to press@springfield.example.</p>"
                '<p>The plans are <a href="https://springfield.example/plans">at '
                "https://springfield.example/plans</a>.</p></main>")
    release = normalize(data, "page.html", Options(publisher="City of Springfield")).release
    first_p, second_p = release.body[:2]
    assert isinstance(first_p, Segment) and isinstance(second_p, Segment)
    assert links(first_p.content) == [
        ("https://springfield.example/library", "https://springfield.example/library"),
        ("press@springfield.example", "mailto:press@springfield.example")]
    # the page's own link, its address not linked again inside it
    assert links(second_p.content) == [("at https://springfield.example/plans",
                                        "https://springfield.example/plans")]


# ------------------------------------------------------------ translators and the build
def test_the_translator_sees_an_empty_link_whose_legend_is_the_address():
    release = read("Springfield Library Opens New Branch\nMarch 3, 2026\n\n"
                   "Residents can register at https://springfield.example/library.\n")
    segment = next(s for s in translatable_segments(release) if "register" in s.text)
    assert segment_message(segment).msgid == "Residents can register at <link/>."
    comments = next(comments for msgid, comments, _, _ in template_messages(
        release, "releases/r.xml") if msgid == "Residents can register at <link/>.")
    assert "<link/>: https://springfield.example/library (not translated)" in comments


def test_a_translation_keeps_the_sources_address_and_href():
    segment = first("Residents can register at https://springfield.example/library.")
    message = segment_message(segment)
    content = parse_translation("Inscription sur <link/>.", message)
    link = next(p for p in content if isinstance(p, Span))
    assert link.get("href") == "https://springfield.example/library"
    assert link.get(ITS_TRANSLATE) == "no"
    assert link.content == ("https://springfield.example/library",)


def test_a_line_that_is_an_address_alone_is_no_message():
    # A contact's e-mail line: nothing in it to translate, so not a `<link/>` message
    # every translator would copy and every coverage count as untranslated.
    release = read("Springfield Library Opens New Branch\nMarch 3, 2026\n\nThe branch "
                   "opens on weekdays.\n\nMedia contact:\n\nSam Lee\n\n"
                   "press@springfield.example\n\nWrite to press@springfield.example\n")
    alone, sentence = (b for b in release.body if isinstance(b, Segment) and links(b.content))
    assert (alone.get(ITS_TRANSLATE), sentence.get(ITS_TRANSLATE)) == ("no", None)
    assert sentence in translatable_segments(release)
    assert alone not in translatable_segments(release)


def test_a_number_then_dozens_of_labels_and_a_word_is_read_in_time_and_stays_a_message():
    """Whether the text beside a line's number is its labels alone could be read as each
    label's space or the separators' after it: 15 "Tel " then a word took 16 s, each
    more label three times as long."""
    line = "+44 20 7946 0000 " + "Tel " * 40 + "onwards"
    block = first(line)
    assert links(block.content) == [("+44 20 7946 0000", "tel:+442079460000")]
    assert block.text == line
    assert block.get(ITS_TRANSLATE) is None
