"""Hindi (hi) sources, read as any other language with a few words of their own: a
release of India's Press Information Bureau, whose place on the date line is in a script
without capitals, whose times name the part of the day before the hour, whose amounts
count in lakhs and crores of rupees and whose sentences end in a danda."""

from __future__ import annotations

import unicodedata

import pytest

from toolkit.model import Span
from toolkit.normalize import Options, locale_patterns, normalize, render

from .support import found

_INR = "INR"


def _read(text: str):
    return normalize(text.encode(), "copied.txt", Options(
        source_locale="hi", default_publisher="पत्र सूचना कार्यालय"))


@pytest.mark.parametrize(("text", "covered", "value"), [
    # CLDR's flexible day periods, which Hindi prose writes before the hour ("B h:mm"),
    # settle the half of the day: "दोपहर" (afternoon) 2:40 was 02:40, "शाम" 5:30 05:30
    ("बैठक दोपहर 2:40 बजे शुरू हुई", "दोपहर 2:40 बजे", "14:40"),
    ("सम्मेलन शाम 5:30 बजे हुआ", "शाम 5:30 बजे", "17:30"),
    ("कार्यक्रम सुबह 10 बजे शुरू होगा", "सुबह 10 बजे", "10:00"),
    ("दोपहर 12 बजे", "दोपहर 12 बजे", "12:00"),
    # night runs over midnight in CLDR (20:00 to 04:00): the hour falls on either side
    ("रात 10 बजे", "रात 10 बजे", "22:00"),
    ("रात 2 बजे", "रात 2 बजे", "02:00"),
    # "बजे" (o'clock) alone makes an hour a time, as "Uhr" does
    ("बैठक 11 बजे होगी", "11 बजे", "11:00"),
])
def test_a_hindi_time_is_read_in_the_part_of_the_day_before_it(text, covered, value):
    assert found("hi", text) == [("time", covered, {"value": value})]


def test_an_hour_outside_the_part_of_the_day_it_names_is_no_time():
    # "सुबह 9 बजे" is the morning; CLDR's morning is 04:00 to 12:00, which no reading of
    # "सुबह 11 बजे" misses, but night ("रात", 20:00 to 04:00) holds no 6 o'clock
    assert not [f for f in found("hi", "रात 6 बजे") if f[0] == "time"]


@pytest.mark.parametrize(("text", "expected"), [
    # the rupee as prose names it after the amount, not CLDR's "भारतीय रुपए": "5 लाख
    # रुपये" was the number 500000 and the text "रुपये"
    ("5 लाख रुपये की सहायता", [("money", "5 लाख रुपये", {
        "value": "500000", "currency": _INR, "notation": "compact"})]),
    ("100 रुपए", [("money", "100 रुपए", {"value": "100", "currency": _INR})]),
    # a lakh of crores, 10^12, as CLDR's en_IN writes "lakh crore": "2.5 लाख करोड़" was
    # the number 250000 and the text "करोड़ रुपये", a value off by ten million times
    ("कुल 2.5 लाख करोड़ रुपये का निवेश", [("money", "2.5 लाख करोड़ रुपये", {
        "value": "2500000000000", "currency": _INR, "notation": "compact"})]),
    ("₹1.2 लाख करोड़", [("money", "₹1.2 लाख करोड़", {
        "value": "1200000000000", "currency": _INR, "notation": "compact"})]),
    ("₹15 हजार करोड़", [("money", "₹15 हजार करोड़", {
        "value": "150000000000", "currency": _INR, "notation": "compact"})]),
    # CLDR's own forms are read as they were
    ("₹1,500 करोड़", [("money", "₹1,500 करोड़", {
        "value": "15000000000", "currency": _INR, "notation": "compact"})]),
])
def test_hindi_amounts_in_rupees_lakhs_and_crores(text, expected):
    assert found("hi", text) == expected


@pytest.mark.parametrize("text", ["15 प्रतिशत", "15 फीसदी", "15 फ़ीसदी"])
def test_a_hindi_percentage_in_words_is_a_percentage(text):
    # "15 प्रतिशत" was the number 15 and the word left to translate
    assert found("hi", f"व्यापार में {text} की वृद्धि") == [
        ("number", text, {"value": "15", "style": "percent"})]


def test_a_line_ending_in_a_danda_is_a_sentence_not_a_heading():
    # the danda ends a Hindi sentence as a full stop does: a short paragraph ending in one
    # was taken for a heading over the lines after it
    release = _read("भारत और जापान के बीच वार्ता संपन्न\n\nनई दिल्ली, 24 दिसंबर 2022\n\n"
                    "प्रधानमंत्री ने आज जापान के विदेश मंत्री से मुलाकात की। बैठक लंबी चली।\n\n"
                    "संवाददाता सम्मेलन 30 मिनट चला।\n\n"
                    "अधिक जानकारी के लिए संपर्क करें:\nफोन: 011-2338 3643\n").release
    assert [b.name for b in release.body][:2] == ["p", "p"]
    assert release.body[1].text == "संवाददाता सम्मेलन 30 मिनट चला।"


def test_a_hindi_date_line_s_place_is_read_though_devanagari_has_no_capitals():
    # "नई दिल्ली, 24 दिसंबर 2022": the place was taken for prose (it has no capital), so
    # no date line was found and normalize failed, exit 2
    release = _read("भारत और जापान के बीच वार्ता संपन्न\n\nनई दिल्ली, 24 दिसंबर 2022\n\n"
                    "प्रधानमंत्री ने आज जापान के विदेश मंत्री से मुलाकात की।\n").release
    assert release.meta.published.get("value") == "2022-12-24"
    assert release.meta.place is not None and release.meta.place.content[0] == "नई दिल्ली"


def _page(body: str) -> bytes:
    return ("<!DOCTYPE html><html lang=\"hi\"><head><meta charset=\"utf-8\"></head><body>"
            f"<h1>भारत और जापान के बीच वार्ता संपन्न</h1>{body}</body></html>").encode()


def test_devanagari_digits_are_values_as_ascii_ones_are():
    # "२४ दिसंबर २०२२" was two numbers, value="२४" and value="२०२२": no xs:decimal, so
    # the page's release failed its own schema check and was not written
    release = normalize(_page("<p>नई दिल्ली, २४ दिसंबर २०२२</p><p>बैठक में १,५०० करोड़ "
                              "रुपये के समझौते हुए।</p>"), "page.html",
                        Options(source_locale="hi", publisher="पत्र सूचना कार्यालय")).release
    assert release.meta.published.get("value") == "2022-12-24"
    assert release.meta.published.text == "२४ दिसंबर २०२२"  # the text as written
    assert [(s.text, dict(s.attrs)) for s in release.body[0].content if isinstance(s, Span)] \
        == [("१,५०० करोड़ रुपये", {"value": "15000000000", "currency": _INR,
                                  "notation": "compact"})]
    render(release, "page.html")  # refused, were it not valid


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("hi", "१५ प्रतिशत", "15"),
    ("en", "৩০ people", "30"),  # Bengali
    ("en", "௪௫ people", "45"),  # Tamil
    ("en", "૧૨ people", "12"),  # Gujarati
    ("en", "໒໐ people", "20"),  # Lao
    ("en", "၁၀ people", "10"),  # Myanmar
    ("en", "១៥ people", "15"),  # Khmer
])
def test_every_script_s_decimal_digits_are_written_as_ascii_in_a_value(lang, text, value):
    [(_, _, attrs)] = found(lang, text)
    assert attrs["value"] == value


def test_a_telephone_in_devanagari_digits_dials_ascii_ones():
    text = ("भारत और जापान के बीच वार्ता संपन्न\n\nनई दिल्ली, 24 दिसंबर 2022\n\n"
            "प्रधानमंत्री ने आज जापान के विदेश मंत्री से मुलाकात की।\n\n"
            "संपर्क: Tel. ०११-२३३८ ३६४३\n")
    contact = _read(text).release.body[-1]
    assert [dict(s.attrs).get("href") for s in contact.content if isinstance(s, Span)] == [
        "tel:01123383643"]


@pytest.mark.parametrize(("text", "expected"), [
    # "ड़" typed as one character (U+095C), which NFC writes as "ड" and the nukta, as
    # CLDR and the tables do: "₹1,500 करो\u095c" was 1500, the crore lost
    ("₹1,500 करो\u095c", [("money", "₹1,500 करो\u095c", {
        "value": "15000000000", "currency": _INR, "notation": "compact"})]),
    ("2 ह\u095bार करो\u095c रुपये", [("money", "2 ह\u095bार करो\u095c रुपये", {
        "value": "20000000000", "currency": _INR, "notation": "compact"})]),
    # and after one, the offsets still fall on the text as written
    ("24 \u095eरवरी 2023 को 15 \u095eीसदी", [
        ("date", "24 \u095eरवरी 2023", {"value": "2023-02-24", "skeleton": "yMMMMd"}),
        ("number", "15 \u095eीसदी", {"value": "15", "style": "percent"})]),
])
def test_a_letter_with_a_nukta_typed_as_one_character_meets_the_tables(text, expected):
    assert found("hi", text) == expected


def test_the_tables_write_letters_with_a_nukta_as_nfc_does():
    # a precomposed "ड़" (U+095C) in a table would match neither way of typing it: the
    # text is read with such letters decomposed
    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, (tuple, list, frozenset, set)):
            for item in value:
                yield from strings(item)
        elif hasattr(value, "items"):
            for key, item in value.items():
                yield from strings(key)
                yield from strings(item)

    written = [s for name, table in vars(locale_patterns).items() if name.isupper()
               for s in strings(table)]
    assert any("करोड़" in s for s in written)
    assert [s for s in written if unicodedata.normalize("NFC", s) != s] == []


@pytest.mark.parametrize(("text", "covered", "value"), [
    # CLDR's hi short date is "d/M/yy"; releases write the year in full, and with dots
    # or hyphens as often: "24.12.2022" stayed text
    ("बैठक 24.12.2022 को हुई", "24.12.2022", "2022-12-24"),
    ("बैठक 24/12/2022 को हुई", "24/12/2022", "2022-12-24"),
    ("बैठक 24-12-2022 को हुई", "24-12-2022", "2022-12-24"),
    ("दिनांक २४.१२.२०२२", "२४.१२.२०२२", "2022-12-24"),
])
def test_a_hindi_numeric_date(text, covered, value):
    assert found("hi", text) == [("date", covered, {"value": value, "skeleton": "yMd"})]


def test_a_decimal_is_no_numeric_date():
    assert found("hi", "दर 24.12 प्रतिशत रही") == [
        ("number", "24.12 प्रतिशत", {"value": "24.12", "style": "percent"})]


@pytest.mark.parametrize("line", [
    "नई दिल्ली, 24 दिसंबर, 2022 सुबह 10 बजे",
    "नई दिल्ली, 24 दिसंबर 2022, शाम 5:30 बजे",
])
def test_a_hindi_date_line_with_its_time_is_the_date_line(line):
    # the time in words after the date ("सुबह 10 बजे", 10 in the morning) ends a date
    # line as "10:30" does: the line was prose, and normalize failed without --date
    release = _read(f"भारत और जापान के बीच वार्ता संपन्न\n\n{line}\n\n"
                    "प्रधानमंत्री ने आज जापान के विदेश मंत्री से मुलाकात की।\n").release
    assert release.meta.published.get("value") == "2022-12-24"
    assert release.meta.place is not None and release.meta.place.content[0] == "नई दिल्ली"
    assert [b.text for b in release.body] == [
        "प्रधानमंत्री ने आज जापान के विदेश मंत्री से मुलाकात की।"]


@pytest.mark.parametrize(("text", "covered", "value"), [
    # "डेढ़" is one and a half, "ढाई" two and a half, with no number beside them
    ("बैठक डेढ़ घंटे चली", "डेढ़ घंटे", "PT1H30M"),
    ("बैठक डे\u095d घंटे चली", "डे\u095d घंटे", "PT1H30M"),
    ("ढाई घंटे", "ढाई घंटे", "PT2H30M"),
])
def test_hindi_durations_of_one_and_a_half_and_two_and_a_half(text, covered, value):
    assert found("hi", text) == [("duration", covered, {"value": value})]


@pytest.mark.parametrize("label", ["फोन:", "फ़ोन", "\u095eोन:", "दूरभाष"])
def test_a_hindi_telephone_label_links_its_number(label):
    # "फोन: 011-2338 3643" was text to translate, as "Tel." was not
    text = ("भारत और जापान के बीच वार्ता संपन्न\n\nनई दिल्ली, 24 दिसंबर 2022\n\n"
            "प्रधानमंत्री ने आज जापान के विदेश मंत्री से मुलाकात की।\n\n"
            f"अधिक जानकारी के लिए संपर्क करें:\n{label} 011-2338 3643\n")
    contact = _read(text).release.body[-1]
    assert [(s.text, dict(s.attrs).get("href")) for s in contact.content
            if isinstance(s, Span)] == [("011-2338 3643", "tel:01123383643")]


def test_no_number_is_read_in_a_hindi_telephone_s():
    assert found("hi", "मीडिया प्रभाग, फोन 011 2338 3643") == []


@pytest.mark.parametrize(("letterhead", "publisher"), [
    # a Hindi name ends with its head ("मंत्रालय", ministry; "कार्यालय", office;
    # "सरकार", government): the letterhead's lines were dropped, no publisher found
    ("पत्र सूचना कार्यालय\nभारत सरकार\nविदेश मंत्रालय\n\n", "पत्र सूचना कार्यालय"),
    ("विदेश मंत्रालय\n\n", "विदेश मंत्रालय"),
    ("भारत सरकार\n", "भारत सरकार"),
])
def test_a_hindi_letterhead_names_the_publisher(letterhead, publisher):
    text = (f"{letterhead}भारत और जापान के बीच वार्ता संपन्न\n\nनई दिल्ली, 24 दिसंबर 2022\n\n"
            "प्रधानमंत्री ने आज जापान के विदेश मंत्री से मुलाकात की।\n")
    release = normalize(text.encode(), "copied.txt", Options(source_locale="hi")).release
    assert release.meta.publisher is not None
    assert release.meta.publisher.text == publisher
    assert release.title is not None and release.title.text == "भारत और जापान के बीच वार्ता संपन्न"


def test_a_hindi_headline_ending_in_a_ministry_s_name_is_no_publisher():
    text = ("प्रधानमंत्री ने आज नई योजना की घोषणा की जिसे विदेश मंत्रालय\n\nनई दिल्ली, 24 दिसंबर 2022\n\n"
            "प्रधानमंत्री ने आज जापान के विदेश मंत्री से मुलाकात की।\n")
    release = _read(text).release
    assert release.meta.publisher is not None
    assert release.meta.publisher.text == "पत्र सूचना कार्यालय"  # the project's default
