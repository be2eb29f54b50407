"""Each translation against its source: one behaviour per test, in several scripts."""

from __future__ import annotations

import pytest
from qa_support import validate
from typer.testing import CliRunner

from toolkit.cli.app import app
from toolkit.issues import Severity
from toolkit.model import Span
from toolkit.placeholders import Message, Placeholder
from toolkit.qa.codes import CODES
from toolkit.qa.translation_checks import (
    MSGSTR_START,
    Pair,
    check_number_agreement,
    check_translation,
    final_mark,
    markup_offset,
    message_from_msgid,
    msgstr_offsets,
    numbers,
    plain_text,
    unbalanced,
    urls,
)
from toolkit.vocabulary import ITS_TERM


def codes(msgid: str, msgstr: str, locale: str, message: Message | None = None) -> list[str]:
    pair = Pair(msgid, msgstr, message or message_from_msgid(msgid), locale)
    return [f.code for f in check_translation(pair)]


def messages(msgid: str, msgstr: str, locale: str) -> list[str]:
    pair = Pair(msgid, msgstr, message_from_msgid(msgid), locale)
    return [f.message for f in check_translation(pair)]


# ------------------------------------------------------------------ placeholders

SOURCE = "On <date/>, <person1>Mr. A</person1> met <person2>Ms. B</person2> on the <em>plan</em>."


@pytest.mark.parametrize(("msgstr", "code"), [
    ("<date/>、<person1>A氏</person1>は<em>計画</em>について会談した。", "placeholder-missing"),
    ("<date/>、<person1>A氏</person1>は<person2>B氏</person2>と<em>計画</em>について<b>会談</b>した。",
     "placeholder-unknown"),
    ('<date/>、<person1 x="1">A氏</person1>は<person2>B氏</person2>と<em>計画</em>。',
     "placeholder-attribute"),
    ("<date/>、<person1>A氏</person1><person1>A</person1>は<person2>B氏</person2>と<em>計画</em>。",
     "placeholder-duplicate"),
    ("<date/>、<person1>A氏<em>計画</em></person1>は<person2>B氏</person2>と会談した。",
     "placeholder-nesting"),
    ("<date>某日</date>、<person1>A氏</person1>は<person2>B氏</person2>と<em>計画</em>。",
     "placeholder-content"),
    ("<date/>、<person1>A氏は<person2>B氏</person2>と<em>計画</em>。", "markup-invalid"),
])
def test_markup_is_judged_as_the_build_judges_it(msgstr, code):
    assert codes(SOURCE, msgstr, "ja") == [code]


def test_a_translation_of_its_tags_alone_is_refused_as_the_build_refuses_it():
    msgstr = "<person1></person1>、<person2></person2> <date/> <em></em>。"
    assert codes(SOURCE, msgstr, "ja") == ["placeholder-empty"]


def test_white_space_alone_as_a_reference_is_refused_as_a_space_is():
    assert codes("Foreign Ministers Meet", "&#160;", "ja") == ["placeholder-empty"]
    assert messages("Foreign Ministers Meet", "&#160;", "ja")[0] == \
        messages("Foreign Ministers Meet", "\u00a0", "ja")[0]


def test_a_text_tag_left_empty_is_refused_at_its_place_as_the_build_refuses_it():
    msgstr = "<date/>、<person1>A氏</person1>は<person2></person2>と<em> </em>について会談した。"
    pair = Pair(SOURCE, msgstr, message_from_msgid(SOURCE), "ja")
    found = check_translation(pair)
    assert [f.code for f in found] == ["placeholder-empty", "placeholder-empty"]
    assert [f.message for f in found] == [
        f"tag <{tag}> is empty, though the source's holds text: translate its text inside it"
        for tag in ("person2", "em")]
    assert msgstr_offsets(found, msgstr) == [msgstr.index("<person2>"), msgstr.index("<em>")]


def test_an_empty_tag_of_an_empty_source_tag_is_no_finding():
    msgid = 'Follow <link></link> for <em>news</em>.'
    assert codes(msgid, "<link></link> で<em>ニュース</em>を。", "ja") == []


def test_every_tag_dropped_is_named_in_one_finding():
    # A CAT tool that loses two tags: both are named (the build names the first only).
    assert messages(SOURCE, "、<person1>A氏</person1>は<person2>B氏</person2>と計画。", "ja") == [
        "tags <date> and <em> are missing"]
    assert messages(SOURCE, "<person2>B氏</person2>と会談した。", "ja") == [
        "tags <date>, <person1> and <em> are missing"]


def test_a_renamed_tag_is_unknown_where_it_stands_and_the_source_tag_missing():
    msgstr = ("<date/>、<person1>A氏</person1>は<person2>B氏</person2>と<b>計画</b>"
              "について会談した。")
    assert codes(SOURCE, msgstr, "ja") == ["placeholder-unknown", "placeholder-missing"]
    assert messages(SOURCE, msgstr, "ja")[1] == "tag <em> is missing"


def test_every_unknown_duplicated_or_misplaced_tag_is_a_finding_of_its_own():
    msgstr = ("<date/><date/>、<person1>A氏<em>計画</em></person1>は<x/><person2>B氏</person2>"
              "<y>と</y>。")
    assert messages(SOURCE, msgstr, "ja") == [
        "tag <date> is used twice", "tag <em> belongs at the top",
        "unknown tag <x>; the source's tags are <date/>, <person1>, <person2>, <em>",
        "unknown tag <y>; the source's tags are <date/>, <person1>, <person2>, <em>"]


def test_tags_inside_a_renamed_tag_are_neither_misplaced_nor_missing():
    message = message_from_msgid("See <link><em>site</em></link>.")
    found = check_translation(Pair(message.msgid, "<lnk><em>サイト</em></lnk>を参照。",
                                   message, "ja"))
    assert [(f.code, f.message.split(";")[0]) for f in found] == [
        ("placeholder-unknown", "unknown tag <lnk>"),
        ("placeholder-missing", "tag <link> is missing")]


def test_reordered_and_translated_tags_are_fine():
    msgstr = ("<date/>、<person2>B氏</person2>と<person1>A氏</person1>は<em>計画</em>"
              "について会談した。")
    assert codes(SOURCE, msgstr, "ja") == []


def test_a_message_rebuilt_from_the_msgid_knows_empty_tags_and_nesting():
    message = message_from_msgid("See <link><em>site</em></link> on <date/>.")
    shape = [(p.tag, p.parent, p.empty) for p in message.placeholders]
    assert shape == [("link", None, False), ("em", "link", False), ("date", None, True)]


# ------------------------------------------------------------------ numbers

@pytest.mark.parametrize(("locale", "msgstr"), [
    ("ja", "支援は１２地区の約1,500世帯に届く。"),  # full-width digits
    ("ar", "سيصل الدعم إلى نحو ١٬٥٠٠ أسرة في ١٢ منطقة."),  # Arabic-Indic, Arabic separator
    ("ru", "Помощь получат около 1\u00a0500 домохозяйств в 12 районах."),  # nbsp groups
    ("ru", "Помощь получат около 1 500 домохозяйств в 12 районах."),  # plain space group
    ("fa", "کمک به حدود ۱۵۰۰ خانوار در ۱۲ منطقه می‌رسد."),  # Extended Arabic-Indic
])
def test_numbers_are_compared_in_any_digits_and_grouping(locale, msgstr):
    assert "number-changed" not in codes(
        "The aid will reach about 1,500 households in 12 districts.", msgstr, locale)


@pytest.mark.parametrize(("msgid", "msgstr", "locale"), [
    ("The aid is 2.5 million dollars.", "L’aide est de 2,5 millions de dollars.", "fr"),
    ("The aid is 2.5 million dollars.", "Die Hilfe beträgt 2,5 Millionen Dollar.", "de"),
    ("The aid is 2.5 million dollars.", "يبلغ الدعم ٢٫٥ مليون دولار.", "ar"),
    ("A rise of 0.50 points.", "Une hausse de 0,5 point.", "fr"),
    ("About 1,500.75 tonnes.", "Etwa 1.500,75 Tonnen.", "de"),
    ("About 1,50,000 people.", "About 150,000 people.", "en"),  # Indian grouping
])
def test_a_decimal_separator_is_the_locales_own(msgid, msgstr, locale):
    assert "number-changed" not in codes(msgid, msgstr, locale)


@pytest.mark.parametrize(("msgid", "msgstr", "locale", "found"), [
    # the separator dropped: ten times the amount, the same digits
    ("The aid is 2.5 million dollars.", "L’aide est de 25 millions de dollars.", "fr",
     "number '2.5' of the source is missing; '25' is not in the source"),
    ("About 1,500 households.", "Environ 15,00 foyers.", "fr",
     "number '1,500' of the source is missing; '15,00' is not in the source"),
    ("A rate of 1.25 percent.", "Ein Satz von 12,5 Prozent.", "de",
     "number '1.25' of the source is missing; '12,5' is not in the source"),
])
def test_a_moved_or_dropped_decimal_separator_is_a_changed_number(msgid, msgstr, locale,
                                                                   found):
    pair = Pair(msgid, msgstr, None, locale)
    assert [f.message for f in check_translation(pair) if f.code == "number-changed"] == [
        found]


@pytest.mark.parametrize(("msgid", "msgstr", "locale"), [
    # a Japanese source's Han numerals, in digits in the translation
    ("詳細は三十日以内に公表します。", "세부 사항은 30일 이내에 공표합니다.", "ko"),
    ("受験者数は四十九万五千人で、約二万人増加しました。",
     "There were 495,000 candidates, about 20,000 more.", "en"),
    ("二〇二四年の実績。", "Results for 2024.", "en"),  # a year, digit by digit
    # and the other way round
    ("Within 30 days.", "三十日以内。", "ja"),
])
def test_a_number_in_han_numerals_on_one_side_is_the_number_in_digits_on_the_other(
        msgid, msgstr, locale):
    assert "number-changed" not in codes(msgid, msgstr, locale)


def test_han_numerals_excuse_only_their_own_value():
    # "一日も早く" (as soon as possible) holds 一, never a number to keep
    assert messages("詳細は三十日以内に公表し、一日も早く実施します。",
                    "세부 사항은 31일 이내에 공표하고 하루라도 빨리 실시합니다.", "ko") == [
        "number '31' is not in the source"]


@pytest.mark.parametrize(("msgid", "msgstr", "locale"), [
    # a century or a republic in Roman numerals, as French and Spanish write them, in
    # digits in the translation, or the other way round
    ("La stratégie nationale pour le XXIe siècle.",
     "The national strategy for the 21st century.", "en"),
    ("Sous la IIIe République, en 1905.", "Unter der 3. Republik, 1905.", "de"),
    ("Los retos del siglo XXI.", "The challenges of the 21st century.", "en"),
    ("The challenges of the 21st century.", "Les défis du XXIe siècle.", "fr"),
])
def test_a_number_in_roman_numerals_on_one_side_is_the_number_in_digits_on_the_other(
        msgid, msgstr, locale):
    assert "number-changed" not in codes(msgid, msgstr, locale)


def test_roman_numerals_excuse_only_their_own_value():
    assert messages("La stratégie pour le XXIe siècle.", "The strategy for the 22nd century.",
                    "en") == ["number '22' is not in the source"]
    # a capital word made of the letters is no numeral ("CIVIL", "MIX"), nor is "I"
    assert messages("MIX and I agreed.", "MIX und ich (1009, 1) stimmten zu.", "de") == [
        "numbers '1' and '1009' are not in the source"]


def number_findings(msgid: str, msgstr: str, locale: str, source_locale: str) -> list[str]:
    pair = Pair(msgid, msgstr, message_from_msgid(msgid), locale, source_locale)
    return [f.message for f in check_translation(pair) if f.code == "number-changed"]


@pytest.mark.parametrize(("source_locale", "msgid", "locale", "msgstr"), [
    # a number in words in the source, in digits in the translation
    ("ar", "عقدت الدورة الرابعة عشرة للجنة.", "en", "The 14th session of the committee was held."),
    ("ar", "عقدت الدورة الرابعة عشرة للجنة.", "fr", "La 14e session du comité s'est tenue."),
    ("ar", "في الذكرى الخامسة والعشرين.", "en", "On the 25th anniversary."),
    ("en", "The fourteenth session.", "fr", "La 14e session."),
    ("en", "In the twenty-first century.", "de", "Im 21. Jahrhundert."),
    ("en", "Some twenty-five million people.", "fr", "Quelque 25 millions de personnes."),
    ("de", "Zwei Millionen Haushalte.", "en", "2 million households."),
    ("de", "Zwei Millionen Haushalte.", "fr", "2 000 000 de ménages."),
    ("de", "Am einundzwanzigsten Tag.", "en", "On day 21."),
    ("fr", "Pendant quatre-vingt-dix jours.", "en", "For 90 days."),
    ("fr", "Le vingt et unième siècle.", "en", "The 21st century."),
    ("es", "La decimocuarta sesión, con veinticinco países.", "en",
     "The 14th session, with 25 countries."),
    ("es", "Mil millones de dosis.", "en", "1,000,000,000 doses."),
    ("ru", "Четырнадцатая сессия.", "en", "The 14th session."),
    # and the other way round
    ("en", "The 14th session.", "fr", "La quatorzième session."),
    ("en", "2 million households.", "de", "Zwei Millionen Haushalte."),
    ("en", "The 14th session.", "ar", "الدورة الرابعة عشرة."),
    ("en", "Within 30 days.", "zh", "三十天内。"),
])
def test_a_number_in_words_on_one_side_is_the_number_in_digits_on_the_other(
        source_locale, msgid, locale, msgstr):
    assert number_findings(msgid, msgstr, locale, source_locale) == []


@pytest.mark.parametrize(("source_locale", "msgid", "locale", "msgstr", "found"), [
    ("ar", "عقدت الدورة الرابعة عشرة.", "en", "The 15th session was held.",
     "number '15' is not in the source"),
    ("en", "The fourteenth session.", "fr", "La 15e session.",
     "number '15' is not in the source"),
    ("de", "Zwei Millionen Haushalte.", "en", "3 million households.",
     "number '3' is not in the source"),
    # words elsewhere in the message excuse no other digit
    ("en", "Three sessions in 5 cities.", "fr", "Trois sessions dans 6 villes.",
     "number '5' of the source is missing; '6' is not in the source"),
    ("en", "The session.", "fr", "La 4e session.", "number '4' is not in the source"),
    ("en", "The 14th session.", "fr", "La session.", "number '14' of the source is missing"),
    # an article is no 1, nor is it one with the number after it
    ("en", "A twenty-minute walk.", "fr", "21 minutes à pied.",
     "number '21' is not in the source"),
    ("de", "Ein Haus.", "en", "1 house.", "number '1' is not in the source"),
])
def test_numbers_in_words_excuse_only_their_own_value(source_locale, msgid, locale, msgstr,
                                                       found):
    assert number_findings(msgid, msgstr, locale, source_locale) == [found]


def test_a_changed_number_is_quoted_as_written():
    found = messages("The aid will reach 1,500 households.", "Помощь получат 1 600 семей.",
                     "ru")
    assert found == ["number '1,500' of the source is missing; '1 600' is not in the source"]


def test_several_changed_numbers_read_as_a_sentence():
    found = messages("In 2022, 12 districts got 1,500 tents.", "В 2023 году 13 районов получили "
                     "палатки.", "ru")
    assert found == ["numbers '12', '1,500' and '2022' of the source are missing; "
                     "'13' and '2023' are not in the source"]


def test_numbers_of_typed_values_are_not_in_the_text_so_not_compared():
    assert codes("Shelter for <number/> people", "<number/>人分の避難所", "ja") == []
    assert numbers(plain_text("Shelter for <number/> people")) == {}


TIME_SOURCE = "The talks began at <time/> in <place>Tokyo</place>."
TIME_LEGEND = ("<time/>: 2:30 p.m. (time)",)


@pytest.mark.parametrize("msgstr", ["Переговоры начались в 2:30 p.m. в <place>Токио</place>.",
                                    "Переговоры начались в 2.30 в <place>Токио</place>."])
def test_a_value_written_out_for_its_tag_is_one_finding_the_missing_tag(msgstr):
    """The digits of the missing value's source text (its legend line) are the tag's, not
    changed numbers: the translator is told once, what is wrong."""
    pair = Pair(TIME_SOURCE, msgstr, None, "ru", legend=TIME_LEGEND)
    assert [f.code for f in check_translation(pair)] == ["placeholder-missing"]


def test_a_value_written_out_is_read_from_the_source_message_when_at_hand():
    time = Span("time", (("value", "14:30"),), ("2:30 p.m.",))
    message = Message(TIME_SOURCE, (Placeholder("time", time, None, True),
                                    Placeholder("place", Span("place"), None, False)))
    pair = Pair(TIME_SOURCE, "Переговоры начались в 2:30 в <place>Токио</place>.", message,
                "ru")
    assert [f.code for f in check_translation(pair)] == ["placeholder-missing"]


def test_other_numbers_beside_a_value_written_out_are_still_changed_numbers():
    pair = Pair(TIME_SOURCE, "Переговоры 5 стран начались в 2:30 в <place>Токио</place>.",
                None, "ru", legend=TIME_LEGEND)
    assert [f.message for f in check_translation(pair) if f.code == "number-changed"] == [
        "number '5' is not in the source"]


def test_a_value_kept_as_its_tag_excuses_no_number():
    pair = Pair(TIME_SOURCE, "Переговоры начались в <time/>, в 2:30, в <place>Токио</place>.",
                None, "ru", legend=TIME_LEGEND)
    assert [f.code for f in check_translation(pair)] == ["number-changed"]


def test_validate_reads_the_written_out_value_in_the_catalogs_legend(project):
    path = project / "locales" / "ru" / "LC_MESSAGES" / "qa-sample.po"
    text = path.read_text()
    written_out = text.replace("в размере <money/> через", "в размере 3 млн долларов США через")
    path.write_text(written_out)
    assert validate(project).codes == ["number-changed", "placeholder-missing"]
    path.write_text(written_out.replace('#: releases/qa-sample.xml:9\n',
                                        "#. <date/>: May 2 (date)\n#. <money/>: USD 3 million "
                                        "(money)\n#: releases/qa-sample.xml:9\n"))
    assert validate(project).codes == ["placeholder-missing"]


def test_tag_names_with_digits_are_not_numbers():
    assert numbers(plain_text("<person1>A</person1> and <person2>B</person2>")) == {}


def test_a_year_next_to_a_day_stays_two_numbers():
    assert sorted(numbers("on 24 December 2022").elements()) == ["2022", "24"]


# ------------------------------------------------------------------ URLs and e-mail

def test_urls_and_addresses_must_be_copied_exactly():
    source = "Details at https://www.mofa.go.jp/press/ or press@mofa.go.jp."
    good = "詳細は https://www.mofa.go.jp/press/ または press@mofa.go.jp まで。"
    assert codes(source, good, "ja") == []
    bad = "詳細は https://www.mofa.go.jp/pres/ または pres@mofa.go.jp まで。"
    assert messages(source, bad, "ja") == [
        "URL 'https://www.mofa.go.jp/press/' of the source became "
        "'https://www.mofa.go.jp/pres/'",
        "e-mail address 'press@mofa.go.jp' of the source became 'pres@mofa.go.jp'",
    ]


MAILTO = "For more information: <link/>"
MAILTO_LEGEND = ("<link/>: press@finance.example (not translated)",)


def test_a_link_written_out_as_its_address_is_said_to_be_the_sources_link():
    """A mailto link the msgid shows as <link/>, its address written out in its place,
    was "'press@finance.example' is not in the source": it is, as the link's text."""
    msgstr = "Yderligere oplysninger: press@finance.example"
    link = Span("link", (("href", "mailto:press@finance.example"),), ("press@finance.example",))
    for pair in (Pair(MAILTO, msgstr, None, "da", legend=MAILTO_LEGEND),
                 Pair(MAILTO, msgstr, Message(MAILTO, (Placeholder("link", link, None, True),)),
                      "da")):
        found = check_translation(pair)
        assert [(f.code, f.message) for f in found] == [
            ("placeholder-missing", "tag <link> is missing"),
            ("email-changed", "the source's link <link/> is written out as its e-mail address "
                              "'press@finance.example', not as the tag")]
        # at the address, where the link should be
        assert msgstr_offsets(found[1:], msgstr) == [msgstr.index("press@")]
    # another address in its place is a changed one; without the legend, a new one
    pair = Pair(MAILTO, "Oplysninger: presse@finance.example", None, "da", legend=MAILTO_LEGEND)
    assert [f.message for f in check_translation(pair) if f.code == "email-changed"] == [
        "e-mail address 'presse@finance.example' is not in the source"]
    # the link kept, its address written beside it too, is an address not in the source
    pair = Pair(MAILTO, "Oplysninger: <link/> (press@finance.example)", None, "da",
                legend=MAILTO_LEGEND)
    assert [f.message for f in check_translation(pair)] == [
        "e-mail address 'press@finance.example' is not in the source"]


def test_an_address_gone_with_the_link_that_held_it_says_so():
    source = "Write to <link>press@mofa.go.jp</link> or info@mofa.go.jp."
    assert messages(source, "Пишите info@mofa.go.jp.", "ru")[-1] == (
        "e-mail address 'press@mofa.go.jp' of the source is missing, with the link <link> "
        "that holds it")
    assert messages(source, "Пишите <link>press@mofa.go.jp</link>.", "ru") == [
        "e-mail address 'info@mofa.go.jp' of the source is missing"]


def test_a_url_ends_before_sentence_punctuation_and_cjk_text():
    assert urls("See https://example.org/a_(b).") == {"https://example.org/a_(b)": 1}
    assert urls("（https://example.org/x）を参照") == {"https://example.org/x": 1}
    assert urls("www.mofa.go.jpまで") == {"www.mofa.go.jp": 1}


# ------------------------------------------------------------------ its:term

def test_its_term_content_is_kept_verbatim():
    span = Span("abbr", ((ITS_TERM, "yes"),), ("ODA",))
    message = Message("The <abbr>ODA</abbr> Charter.", (Placeholder("abbr", span, None, False),))
    assert codes(message.msgid, "Устав <abbr>ODA</abbr>.", "ru", message) == []
    assert codes(message.msgid, "Устав <abbr>ОПР</abbr>.", "ru", message) == ["term-changed"]


def test_a_span_without_its_term_may_be_translated():
    message = message_from_msgid("The <abbr>ODA</abbr> Charter.")
    assert codes(message.msgid, "Устав <abbr>ОПР</abbr>.", "ru", message) == []


# ------------------------------------------------------------------ white space

def test_leading_and_trailing_white_space_follow_the_source():
    assert codes("Tokyo", " 東京", "ja") == ["whitespace-leading"]
    assert codes("Tokyo", "東京\u3000", "ja") == ["whitespace-trailing"]
    assert codes("Tokyo", "東京", "ja") == []


def test_a_newline_at_one_end_is_left_to_newline_mismatch():
    assert codes("Tokyo", "東京\n", "ja") == []


# ------------------------------------------------------------------ final punctuation

@pytest.mark.parametrize(("msgid", "msgstr", "locale"), [
    ("It ended.", "終了した。", "ja"),
    ("It ended.", "会议结束了。", "zh"),
    ("It ended.", "انتهى.", "ar"),
    ("It ended.", "Закончилось.", "ru"),
    ("What next?", "今後は？", "ja"),
    ("What next?", "ما التالي؟", "ar"),
    ("Enquiries:", "お問い合わせ：", "ja"),
    ("First, second,", "الأول، الثاني،", "ar"),
    ('He said "yes."', "Он сказал: «Да.»", "ru"),
    ("Tokyo", "東京", "ja"),
    ("(Photo: Cabinet Office)", "（写真：内閣府）", "ja"),
    ("Wait...", "Подождите…", "ru"),
    ("It ended.", "มันจบแล้ว", "th"),
])
def test_final_punctuation_in_the_locale_equivalent_is_fine(msgid, msgstr, locale):
    assert codes(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("msgid", "msgstr", "locale", "expected"), [
    ("It ended.", "終了した.", "ja", "expected '。' in ja"),
    ("It ended.", "終了した", "ja", "no punctuation"),
    ("What next?", "ما التالي?", "ar", "expected '؟' in ar"),
    ("What next?", "Что дальше.", "ru", "expected '?' in ru"),
    ("Tokyo", "Токио.", "ru", "the source with no punctuation"),
])
def test_final_punctuation_that_does_not_correspond_is_a_warning(msgid, msgstr, locale,
                                                                 expected):
    [message] = messages(msgid, msgstr, locale)
    assert expected in message


@pytest.mark.parametrize(("msgstr", "locale"), [
    ("“Why wait?”", "en"),
    ("« Pourquoi attendre ? »", "fr"),
    ("«لماذا ننتظر؟»", "ar"),
])
def test_a_greek_sources_question_mark_is_a_question_in_the_translation(msgstr, locale):
    # Greek writes its question mark as ";" (U+037E, which NFC makes U+003B)
    pair = Pair("«Γιατί να περιμένουμε;»", msgstr, None, locale, source_locale="el")
    assert [f.message for f in check_translation(pair)] == []
    pair = Pair("«Γιατί να περιμένουμε\u037e»", msgstr, None, locale, source_locale="el")
    assert [f.code for f in check_translation(pair)] == []


def test_a_greek_question_translated_as_a_statement_is_a_warning():
    pair = Pair("Γιατί να περιμένουμε;", "Why wait;", None, "en", source_locale="el")
    [message] = [f.message for f in check_translation(pair)]
    assert "expected '?' in en" in message
    assert codes("Why wait?", "Γιατί να περιμένουμε;", "el") == []


def test_a_pseudo_locale_is_not_held_to_final_punctuation():
    # `pseudo` writes "⟦Ïţ éñðéð. ~~~⟧": bracketed and padded on purpose, to test layout
    from toolkit.pseudo import pseudo_text

    pseudo = pseudo_text("It ended.")
    assert codes("It ended.", pseudo, "en") == ["punctuation-final"]
    for locale in ("en-XA", "en_XA", "ar-XB", "ja-xc"):
        assert codes("It ended.", pseudo, locale) == [], locale


def test_final_mark_looks_past_closing_quotes_and_brackets():
    assert final_mark("「はい。」") == "。"
    assert final_mark("(yes.)  ") == "."
    assert final_mark("dots...") == "..."
    assert final_mark("<date/>".replace("<date/>", "\ufffc")) == ""


# ------------------------------------------------------------------ brackets and quotes

@pytest.mark.parametrize(("text", "language"), [
    ("「我々は」と述べた（東京）", "ja"),
    ("«Мы „вместе“», — заявил он", "ru"),
    ("„Wir“ sagte er", "de"),
    ("«نقف» (هنا)", "ar"),
    ("“我们”《人民日报》", "zh"),
    ('He said "yes" (then left)', "en"),
    # A '"' between two Hebrew letters is the gershayim of an abbreviation, as most
    # Hebrew keyboards type it (מנכ"ל, ארה"ב), not a quotation mark.
    ('"המסוף גדל", אמרה המנכ"לית של הרשות', "he"),
    ('שר הביטחון ביקר בבסיס צה"ל', "he"),
])
def test_balanced_text_passes(text, language):
    assert unbalanced(text, language) is None


@pytest.mark.parametrize(("text", "language", "what"), [
    ("「我々は と述べた", "ja", "'「' is not closed by '」'"),
    ("«Мы вместе, — заявил он", "ru", "'«' is not closed by '»'"),
    ("(هنا))", "ar", "')' closes nothing"),
    ("（东京]", "zh", "']' closes nothing"),
    ('He said "yes', "en", "'\"' is not paired"),
    ('"המסוף גדל, אמרה המנכ"לית', "he", "'\"' is not paired"),
])
def test_unbalanced_text_is_found(text, language, what):
    problem = unbalanced(text, language)
    assert problem is not None and problem[1] == what


def test_brackets_are_judged_only_when_the_source_pairs_up():
    assert codes("Item 1) and item 2)", "Пункт 1) и пункт 2)", "ru") == []
    assert codes("He said (yes).", "Он сказал (да.", "ru") == ["brackets-unbalanced"]


def test_the_message_quotes_the_offending_part():
    [message] = messages("He said (yes).", "Он сказал (да.", "ru")
    assert "'(' is not closed by ')'" in message and "Он сказал (да." in message


# ------------------------------------------------------------------ clean translations

@pytest.mark.parametrize(("locale", "msgstr"), [
    ("ja", "<date/>、<person1>A氏</person1>は<person2>B氏</person2>と<em>計画</em>"
           "について会談した。"),
    ("zh", "<date/>，<person1>A先生</person1>与<person2>B女士</person2>就<em>计划</em>"
           "举行了会谈。"),
    ("ru", "<date/> <person1>г-н А</person1> встретился с <person2>г-жой Б</person2> по "
           "<em>плану</em>."),
    ("ar", "في <date/>، التقى <person1>السيد أ</person1> <person2>السيدة ب</person2> بشأن "
           "<em>الخطة</em>."),
    ("ky", "<date/> <person1>А мырза</person1> <person2>Б айым</person2> менен <em>план</em> "
           "боюнча жолукту."),
])
def test_good_translations_in_every_script_raise_nothing(locale, msgstr):
    assert codes(SOURCE, msgstr, locale) == []


# ------------------------------------------------------------------ entities

def test_an_html_entity_is_flagged_with_the_character_it_meant():
    # The build prints `&nbsp;` as those six characters: only XML's five are read.
    found = messages("Tokyo, Japan", "Tokyo,&nbsp;Japon &bogus; Japon", "fr")
    assert found == [
        "'&nbsp;' is shown as written, not as a character: type the character itself "
        "(U+00A0 NO-BREAK SPACE)",
        "'&bogus;' is shown as written, not as a character: write '&amp;' for an ampersand",
    ]


def test_xml_entities_numeric_references_and_entities_of_the_source_pass():
    assert "entity-literal" not in codes("A &amp; B &lt;C> &copy;", "A &amp; B &lt;C> &copy; "
                                         "&#160; &#xA0; & co", "fr")


# ------------------------------------------------------------------ numbers' words

def test_numbers_of_one_entry_in_different_plural_categories_are_a_warning():
    comments = ("paragraph", "<number/>: 3 (number); also 5; also 7")
    [found] = check_number_agreement(comments, "ru", "en")
    assert found.code == "number-agreement"
    assert found.message.startswith(
        "<number/> stands for '3', '5' and '7' in this release, which take different "
        "plural forms in ru ('3' is few, '5' and '7' are many)")
    assert CODES["number-agreement"].severity is Severity.WARNING


@pytest.mark.parametrize(("comments", "locale"), [
    (("<number/>: 3 (number); also 5",), "ja"),  # one form for every number
    (("<number/>: 5 (number); also 6",), "ru"),  # both "many"
    (("<number/>: 3 (number)",), "ru"),  # one number
    (("<number/>: 1 (number); also 2; also 3",), "ru"),  # "Photo 1", "Photo 2": a label
    (("<date/>: May 3 (date); also May 5",), "ru"),  # no number
    (("<number/>: 3rd (number); also 5th",), "ru"),  # cannot be read: nothing to say
])
def test_numbers_that_need_one_form_are_no_finding(comments, locale):
    assert list(check_number_agreement(comments, locale, "en")) == []


def test_validate_warns_on_a_translated_entry_standing_for_numbers_of_two_forms(
        tmp_path, monkeypatch):
    root = tmp_path / "project"
    (root / "releases").mkdir(parents=True)
    (root / "communique.toml").write_text('source-locale = "en"\nlocales = ["ru", "ja"]\n',
                                          encoding="utf-8")
    (root / "releases" / "talks.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<release xmlns="https://ns.communique.dev/release/1" id="talks" xml:lang="en">\n'
        '  <meta>\n    <publisher>Ministry</publisher>\n'
        '    <published><date value="2023-03-01" skeleton="yMMMMd">March 1, 2023</date>'
        '</published>\n  </meta>\n  <title>Talks</title>\n  <body>\n'
        '    <p>Aid to <number value="3">3</number> countries.</p>\n'
        '    <p>Aid to <number value="5">5</number> countries.</p>\n'
        '  </body>\n</release>\n', encoding="utf-8")
    monkeypatch.chdir(root)
    runner = CliRunner()
    for command in ("extract", "update"):
        assert runner.invoke(app, [command]).exit_code == 0
    for locale, msgstr in (("ru", "Помощь <number/> странам."), ("ja", "<number/>か国への援助。")):
        po = root / "locales" / locale / "LC_MESSAGES" / "talks.po"
        po.write_text(po.read_text(encoding="utf-8").replace(
            'msgid "Aid to <number/> countries."\nmsgstr ""',
            f'msgid "Aid to <number/> countries."\nmsgstr "{msgstr}"'), encoding="utf-8")
    result = validate(root)
    assert result.exit_code == 0  # a warning
    found = [i for i in result.issues if i["code"] == "number-agreement"]
    assert [(i["path"], i["severity"]) for i in found] == [
        ("locales/ru/LC_MESSAGES/talks.po", "warning")]
    assert result.codes == ["number-agreement"]  # nothing else: the project is clean


# ------------------------------------------------------------------ places

def test_a_plain_text_offset_is_found_in_the_markup_it_was_read_from():
    markup = "<b>A</b> &amp; <date/> 1&#160;500"
    text = plain_text(markup)
    assert text == "A & \ufffc 1\xa0500"
    assert [markup_offset(markup, i) for i in range(len(text))] == [
        3, 8, 9, 14, 15, 22, 23, 24, 30, 31, 32]
    assert markup_offset(markup, len(text)) == len(markup)


@pytest.mark.parametrize(("msgid", "msgstr", "code", "there"), [
    ("Homes for 1,500 people.", "Жильё для <b>1 600</b> человек.", "number-changed", "1 600"),
    ("Seen at https://a.example/x.", "См. https://a.example/y.", "url-changed", "https://a"),
    ("Write to a@b.example.", "Пишите c@b.example.", "email-changed", "c@b"),
    ("It (was) so.", "Это (было так.", "brackets-unbalanced", "(было"),
    ("Done.", "終わった!", "punctuation-final", "!"),
    ("Tom &amp; Jerry", "Tom&nbsp;&amp; Jerry", "entity-literal", "&nbsp;"),
    ("Ends", "Ends ", "whitespace-trailing", " "),
])
def test_a_finding_about_something_in_the_msgstr_is_placed_at_it(msgid, msgstr, code, there):
    [found] = [f for f in check_translation(Pair(msgid, msgstr, None, "ru")) if f.code == code]
    [offset] = msgstr_offsets([found], msgstr)
    assert msgstr[offset:].startswith(there)


# Markup a CAT tool or a hand edit breaks, each with the text the finding's column must be
# at: the faulty tag, never the msgstr's start nor a well-formed tag of the same name.
BROKEN_MARKUP = [
    ("О <em>праве</em> и <b>прочем</b></em>.", "</em>."),  # the second </em>, not the first
    ("О <em>праве</em> и <b>прочем<b>.", "<b>."),  # the <b> left open is the second
    ("О <em>праве</ em> и <b>прочем</b>.", "</ em>"),  # a space a translation engine adds
    ("О < em>праве</em> и <b>прочем</b>.", "< em>"),
    ("О <em>праве</em> и <b>прочем</b.", "</b."),
    ("О <em>праве</em> и <b прочем</b>.", "<b прочем"),
    ("О <em>праве</em>, если a < b, и <b>прочем</b>.", "< b,"),
]


@pytest.mark.parametrize(("msgstr", "there"), BROKEN_MARKUP)
def test_broken_markup_is_placed_at_the_faulty_tag(msgstr, there):
    msgid = "On <em>law</em> and <b>more</b>."
    [found] = check_translation(Pair(msgid, msgstr, None, "ru"))
    assert found.code == "markup-invalid"
    [offset] = msgstr_offsets([found], msgstr)
    assert offset == msgstr.index(there)


@pytest.mark.parametrize(("msgid", "msgstr", "code"), [
    ("Homes for 1,500 people.", "Жильё для людей.", "number-changed"),
    ("See https://a.example/x.", "См. сайт.", "url-changed"),
    ("Ends.", "Конец", "punctuation-final"),
    ("  Starts", "Starts", "whitespace-leading"),
    ("Text <b>bold</b>.", "Текст.", "placeholder-missing"),
])
def test_a_finding_about_what_the_msgstr_lacks_is_placed_at_its_start(msgid, msgstr, code):
    [found] = [f for f in check_translation(Pair(msgid, msgstr, None, "ru")) if f.code == code]
    assert msgstr_offsets([found], msgstr) == [MSGSTR_START]


def test_five_thousand_unknown_tags_are_each_placed_at_their_own_start():
    """Each finding's place was looked for among all the tag's starts, found afresh for
    each: a msgstr of 5,000 "<em>x</em>" took 5.4 s to place them (validate, 29 s on a
    busy machine)."""
    msgstr = "<em>x</em>" * 5_000
    found = [f for f in check_translation(Pair("Plain text.", msgstr, None, "ru"))
             if f.code == "placeholder-unknown"]
    assert msgstr_offsets(found, msgstr) == list(range(0, len(msgstr), 10))


# ------------------------------------------------------------------ unchanged

@pytest.mark.parametrize(("msgid", "locale", "source_locale"), [
    ("What happens next?", "fr", "en"),
    ("On <date/>, <person>Mr. A</person> met the press.", "de", "en"),
    ("Read <link>more</link> at https://example.org/news", "pt_BR", "en"),
    ("東京で会見した。", "en", "ja"),  # a script without case: its words are words
])
def test_the_source_copied_into_another_language_is_a_warning(msgid, locale, source_locale):
    # (a Japanese full stop in English is punctuation-final's finding besides)
    [found] = [f for f in check_translation(Pair(msgid, msgid, message_from_msgid(msgid),
                                                 locale, source_locale))
               if f.code == "translation-unchanged"]
    assert CODES[found.code].severity is Severity.WARNING
    assert msgstr_offsets([found], msgid) == [MSGSTR_START]


def test_the_warning_quotes_the_words_left_in_the_source_language():
    assert messages("Contact the press office", "Contact the press office", "fr") == [
        "the translation is the source unchanged (words 'press', 'office' are not "
        "translated to fr)"]


@pytest.mark.parametrize("msgid", [
    "COVID-19", "G7", "G7 Summit", "Acme Widget Pro 3", "iPhone 15", "ISO 9001:2015",
    "<abbr>ODA</abbr>", "<person>Mr. HAYASHI</person>", "<org>Bank of Japan</org>",
    "<date/> <time/>", "https://example.org/press/", "press@example.org", "Bank of England",
    "Banco de la Nación", "x86 and mp3",
])
def test_a_source_of_names_codes_values_or_addresses_alone_may_stay_the_same(msgid):
    assert codes(msgid, msgid, "fr") == []


def test_the_same_language_or_a_pseudo_locale_may_keep_the_source():
    assert codes("What happens next?", "What happens next?", "en_GB") == []
    assert codes("What happens next?", "What happens next?", "en-XA") == []
    assert codes("What happens next?", "What happens next?", "fr") == ["translation-unchanged"]


def test_the_text_a_reader_sees_drops_every_bracketed_run_as_the_parse_would():
    # The text checks (numbers, punctuation, spaces) read it with every <...> dropped,
    # a name-less or spaced one too: a second pattern of the same name, for the nesting
    # check's well-formed tags, once replaced this one and left "< em>" in the text.
    assert plain_text("a<1>b< em>c</ em>d") == "abcd"
    assert markup_offset("a< em>b", 1) == 6


@pytest.mark.parametrize(("msgid", "msgstr", "locale"), [
    # an Amharic source's full stop, "።" (typed "፡፡" too), was no punctuation: each
    # paragraph's translation ending in "." was warned of
    ("ስምምነት ተፈራርመዋል።", "They signed an agreement.", "en"),
    ("ስምምነት ተፈራርመዋል፡፡", "Ils ont signé un accord.", "fr"),
    ("ስምምነት ተፈራርመዋል፧", "Did they sign an agreement?", "en"),
    ("ውይይቱ በሚከተሉት ላይ ያተኮረ ነበር፦", "The talks focused on:", "en"),
    # ... and a translation into Amharic ends with its own marks
    ("They signed an agreement.", "ስምምነት ተፈራርመዋል።", "am"),
    ("Did they sign it?", "ተፈራርመዋል፧", "am"),
])
def test_ethiopic_sentence_ends_are_their_kinds(msgid, msgstr, locale):
    assert codes(msgid, msgstr, locale) == []


def test_an_ethiopic_stop_translated_without_one_is_warned_of():
    assert codes("ስምምነት ተፈራርመዋል።", "They signed an agreement", "en") == ["punctuation-final"]
    assert final_mark("ተፈራርመዋል፡፡") == "፡፡"
