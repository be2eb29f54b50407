"""Typed values in Japanese, Chinese, German and Spanish prose, as their press offices write them.

Same table form as test_values.py: the source text, then every span the recogniser
must make (element, covered text, attributes). The release's date line is in December
2022, so a date without a year is in 2022, or in 2023 for January to May.
"""

from __future__ import annotations

import re

import pytest

from toolkit.model import Segment, Span
from toolkit.normalize import Options, normalize
from toolkit.normalize.locale_patterns import names
from toolkit.normalize.values import _pattern_regex, number_from_words, recognizer

from .support import CONTEXT, found

JA = [
    # dates: the CLDR pattern y年M月d日 and its parts, and the era form ministries print
    ("2022年12月24日に署名", [("date", "2022年12月24日",
                           {"value": "2022-12-24", "skeleton": "yMMMMd"})]),
    ("本日12月24日、", [("date", "12月24日", {"value": "2022-12-24", "skeleton": "MMMMd"})]),
    ("令和4年12月24日", [("date", "令和4年12月24日",
                      {"value": "2022-12-24", "skeleton": "yMMMMd"})]),
    ("令和元年5月1日", [("date", "令和元年5月1日", {"value": "2019-05-01", "skeleton": "yMMMMd"})]),
    ("平成30年に", [("date", "平成30年", {"value": "2018", "skeleton": "y"})]),
    ("2022年に増加", [("date", "2022年", {"value": "2022", "skeleton": "y"})]),
    ("2022年12月の会合", [("date", "2022年12月", {"value": "2022-12", "skeleton": "yMMMM"})]),
    ("来年3月に開催", [("date", "3月", {"value": "2023-03", "skeleton": "MMMM"})]),
    ("来年の3月に", [("date", "3月", {"value": "2023-03", "skeleton": "MMMM"})]),
    ("2022/12/24", [("date", "2022/12/24", {"value": "2022-12-24", "skeleton": "yMd"})]),
    # times: the day period before the hour, 時 and 分 from CLDR's "H時mm分ss秒"
    ("午後2時40分から", [("time", "午後2時40分", {"value": "14:40"})]),
    ("14時40分に始まり", [("time", "14時40分", {"value": "14:40"})]),
    ("午前10時から", [("time", "午前10時", {"value": "10:00"})]),
    ("午後2時半", [("time", "午後2時半", {"value": "14:30"})]),
    ("午後3時（日本時間）", [("time", "午後3時", {"value": "15:00", "zone": "Asia/Tokyo"})]),
    # durations: CLDR's units, the 間 of a span of time, and 半
    ("約30分間会談", [("duration", "30分間", {"value": "PT30M"})]),
    ("1時間半にわたり", [("duration", "1時間半", {"value": "PT1H30M"})]),
    ("2時間行われ", [("duration", "2時間", {"value": "PT2H"})]),
    ("今後3年間で", [("duration", "3年間", {"value": "P3Y"})]),
    ("6か月", [("duration", "6か月", {"value": "P6M"})]),
    # numbers, ordinals, percentages, money
    ("1,500人の研修員", [("number", "1,500", {"value": "1500"})]),
    ("第30回合同委員会", [("number", "第30回", {"value": "30", "style": "ordinal"})]),
    ("30％増加", [("number", "30％", {"value": "30", "style": "percent"})]),
    ("12%", [("number", "12%", {"value": "12", "style": "percent"})]),
    ("2億円の無償資金協力", [("money", "2億円", {"value": "200000000", "currency": "JPY",
                                           "notation": "compact"})]),
    ("1,000万円", [("money", "1,000万円", {"value": "10000000", "currency": "JPY",
                                       "notation": "compact"})]),
    ("500円", [("money", "500円", {"value": "500", "currency": "JPY"})]),
    # a number with a scale word is written compactly in every locale ("15 million")
    ("1,500万人", [("number", "1,500万", {"value": "15000000", "notation": "compact"})]),
    ("総額8億5,000万円を負担", [("money", "8億5,000万円", {"value": "850000000",
                                                   "currency": "JPY", "notation": "compact"})]),
    # the rest after a scale in digits is part of the one number
    ("約1万2,000世帯", [("number", "1万2,000", {"value": "12000", "notation": "compact"})]),
    ("約2兆4000億円の市場", [("money", "2兆4000億円", {"value": "2400000000000",
                                                "currency": "JPY", "notation": "compact"})]),
    ("1万2,000円", [("money", "1万2,000円", {"value": "12000", "currency": "JPY",
                                         "notation": "compact"})]),
    # thousands inside a myriad: 3万5千 is 35,000, never 3万 and a 5 (30,005)
    ("約３万５千戸", [("number", "３万５千", {"value": "35000", "notation": "compact"})]),
    ("1億2千万円の予算", [("money", "1億2千万円", {"value": "120000000", "currency": "JPY",
                                            "notation": "compact"})]),
    ("2千万円", [("money", "2千万円", {"value": "20000000", "currency": "JPY",
                                     "notation": "compact"})]),
    ("5千人", [("number", "5千", {"value": "5000", "notation": "compact"})]),
    # unless it is not smaller than the scale: two numbers
    ("1万20,000", [("number", "1万", {"value": "10000", "notation": "compact"}),
                   ("number", "20,000", {"value": "20000"})]),
    ("「2+2」を開催", []),  # the name of a meeting, not two numbers
]

DE = [
    ("am 24. Dezember 2022 in Berlin", [("date", "24. Dezember 2022",
                                         {"value": "2022-12-24", "skeleton": "yMMMMd"})]),
    ("am 24. Dezember", [("date", "24. Dezember", {"value": "2022-12-24", "skeleton": "MMMMd"})]),
    ("vom 24.12.2022", [("date", "24.12.2022", {"value": "2022-12-24", "skeleton": "yMd"})]),
    ("seit März 2011", [("date", "März 2011", {"value": "2011-03", "skeleton": "yMMMM"})]),
    ("im Februar nächsten Jahres", [("date", "Februar",
                                     {"value": "2023-02", "skeleton": "MMMM"})]),
    ("um 14:40 Uhr", [("time", "14:40 Uhr", {"value": "14:40"})]),
    ("um 10.30 Uhr", [("time", "10.30 Uhr", {"value": "10:30"})]),
    ("um 9 Uhr", [("time", "9 Uhr", {"value": "09:00"})]),
    ("rund 30 Minuten", [("duration", "30 Minuten", {"value": "PT30M"})]),
    # the dative plural of prose
    ("in den kommenden drei Jahren", [("duration", "drei Jahren", {"value": "P3Y"})]),
    ("nach vier Monaten", [("duration", "vier Monaten", {"value": "P4M"})]),
    ("eineinhalb Stunden", [("duration", "eineinhalb Stunden", {"value": "PT1H30M"})]),
    ("1.500 Stipendien", [("number", "1.500", {"value": "1500"})]),
    ("12 Prozent", [("number", "12 Prozent", {"value": "12", "style": "percent"})]),
    ("auf 22 %", [("number", "22 %", {"value": "22", "style": "percent"})]),
    ("die 30. Sitzung", [("number", "30.", {"value": "30", "style": "ordinal"})]),
    ("2 Mio. Euro", [("money", "2 Mio. Euro", {"value": "2000000", "currency": "EUR",
                                               "notation": "compact"})]),
    ("1,5 Milliarden Euro", [("money", "1,5 Milliarden Euro",
                              {"value": "1500000000", "currency": "EUR", "notation": "compact"})]),
]

ES = [
    ("el 24 de diciembre de 2022", [("date", "24 de diciembre de 2022",
                                     {"value": "2022-12-24", "skeleton": "yMMMMd"})]),
    ("el 24 de diciembre", [("date", "24 de diciembre",
                             {"value": "2022-12-24", "skeleton": "MMMMd"})]),
    ("en marzo de 2023", [("date", "marzo de 2023", {"value": "2023-03", "skeleton": "yMMMM"})]),
    ("en febrero del próximo año", [("date", "febrero",
                                     {"value": "2023-02", "skeleton": "MMMM"})]),
    ("a las 14:40 horas", [("time", "14:40 horas", {"value": "14:40"})]),
    ("a las 10.30 horas", [("time", "10.30 horas", {"value": "10:30"})]),
    ("a las 10 horas", [("time", "10 horas", {"value": "10:00"})]),
    ("unos 30 minutos", [("duration", "30 minutos", {"value": "PT30M"})]),
    ("durante 10 horas", [("duration", "10 horas", {"value": "PT10H"})]),
    ("una hora y media", [("duration", "una hora y media", {"value": "PT1H30M"})]),
    ("1.500 plazas", [("number", "1.500", {"value": "1500"})]),
    ("un 12 %", [("number", "12 %", {"value": "12", "style": "percent"})]),
    ("la 30ª reunión", [("number", "30ª", {"value": "30", "style": "ordinal"})]),
    ("2 millones de euros", [("money", "2 millones de euros",
                              {"value": "2000000", "currency": "EUR", "notation": "compact"})]),
    # the scale word's "de" before a currency's sign as before its name
    ("un plan de 2.300 millones de € que", [("money", "2.300 millones de €",
                                             {"value": "2300000000", "currency": "EUR",
                                              "notation": "compact"})]),
    ("unos 500 € de ayuda", [("money", "500 €", {"value": "500", "currency": "EUR"})]),
    # the RAE's abbreviation of an ordinal, with its full stop
    ("la 1.ª fase", [("number", "1.ª", {"value": "1", "style": "ordinal"})]),
    ("el 2.º premio", [("number", "2.º", {"value": "2", "style": "ordinal"})]),
    # CLDR's short date ("d/M/yy") as prose writes it, with all four digits of the year
    ("el plazo vence el 24/12/2022.", [("date", "24/12/2022",
                                        {"value": "2022-12-24", "skeleton": "yMd"})]),
    ("desde el 5/3/2023", [("date", "5/3/2023", {"value": "2023-03-05", "skeleton": "yMd"})]),
]


ZH = [
    # dates: CLDR's y年M月d日 and its parts; 明年 (next year) before the month, with 的 too
    ("2022年12月24日下午", [("date", "2022年12月24日",
                          {"value": "2022-12-24", "skeleton": "yMMMMd"}),
                         ]),
    ("于12月25日举行", [("date", "12月25日", {"value": "2022-12-25", "skeleton": "MMMMd"})]),
    ("明年3月在比什凯克", [("date", "3月", {"value": "2023-03", "skeleton": "MMMM"})]),
    ("明年的3月", [("date", "3月", {"value": "2023-03", "skeleton": "MMMM"})]),
    # times: the day period before the hour, 时 from CLDR's "H时", 分 from prose
    ("下午2时40分，", [("time", "下午2时40分", {"value": "14:40"})]),
    ("于16时10分共同", [("time", "16时10分", {"value": "16:10"})]),
    ("上午10时同", [("time", "上午10时", {"value": "10:00"})]),
    # durations: CLDR's units, 个月, and 年 where 内/来 make it a span
    ("约1小时30分钟", [("duration", "1小时30分钟", {"value": "PT1H30M"})]),
    ("约30分钟", [("duration", "30分钟", {"value": "PT30M"})]),
    ("前11个月", [("duration", "11个月", {"value": "P11M"})]),
    ("未来3年内", [("duration", "3年", {"value": "P3Y"})]),
    ("10年来", [("duration", "10年", {"value": "P10Y"})]),
    # numbers, ordinals, percentages, money (元人民币 is one currency name)
    ("培训1,500名", [("number", "1,500", {"value": "1500"})]),
    ("共１５００人", [("number", "１５００", {"value": "1500"})]),  # full-width digits
    ("第30届会议", [("number", "第30届", {"value": "30", "style": "ordinal"})]),
    ("增长30%", [("number", "30%", {"value": "30", "style": "percent"})]),
    ("提供2亿元人民币", [("money", "2亿元人民币", {"value": "200000000", "currency": "CNY",
                                           "notation": "compact"})]),
    ("提供2亿元", [("money", "2亿元", {"value": "200000000", "currency": "CNY",
                                   "notation": "compact"})]),
    ("2000万美元", [("money", "2000万美元", {"value": "20000000", "currency": "USD",
                                         "notation": "compact"})]),
    ("约1万2000户", [("number", "1万2000", {"value": "12000",  # not the year 2000
                                         "notation": "compact"})]),
    ("约3万5千户", [("number", "3万5千", {"value": "35000", "notation": "compact"})]),
    ("1亿2千万元", [("money", "1亿2千万元", {"value": "120000000", "currency": "CNY",
                                         "notation": "compact"})]),
    # ordinals in Han numerals, and a span of years after a word that says how long
    ("举行第六轮对话", [("number", "第六轮", {"value": "6", "style": "ordinal"})]),
    ("第二十五届", [("number", "第二十五届", {"value": "25", "style": "ordinal"})]),
    ("第三条规定", []),  # Article 3: an identifier, in Han numerals too
    ("两国建交已经50年。", [("duration", "50年", {"value": "P50Y"})]),
    ("已于2022年", [("date", "2022年", {"value": "2022", "skeleton": "y"})]),
    ("1亿2000万元", [("money", "1亿2000万元", {"value": "120000000", "currency": "CNY",
                                         "notation": "compact"})]),
    ("第3条规定", []),  # Article 3: an identifier
]

# A day range stays text in every language, as "December 24-26" does in English: the
# vocabulary has no interval, and the second day alone is no date a locale could write.
# Two whole dates are two dates.
# A range of days is one date with an end (the release is of December 2022): the range's
# word or dash inside, the preposition before it ("from", "vom", "del") outside; two
# dates joined by the range's word are one range too.
RANGES = [
    ("en", "from December 24-26, 2022", "December 24-26, 2022", "2022-12-26", "yMMMMd"),
    ("en", "from December 24 to 26", "December 24 to 26", "2022-12-26", "MMMMd"),
    ("en", "from 24 to 26 December", "24 to 26 December", "2022-12-26", "MMMMd"),
    ("en", "from December 24 to December 26", "December 24 to December 26", "2022-12-26",
     "MMMMd"),
    ("de", "vom 24.-26. Dezember", "24.-26. Dezember", "2022-12-26", "MMMMd"),
    ("de", "vom 24.–26. Dezember 2022", "24.–26. Dezember 2022", "2022-12-26", "yMMMMd"),
    ("de", "vom 24. bis 26. Dezember", "24. bis 26. Dezember", "2022-12-26", "MMMMd"),
    ("es", "del 24 al 26 de diciembre", "24 al 26 de diciembre", "2022-12-26", "MMMMd"),
    ("es", "del 24 al 26 de diciembre de 2022", "24 al 26 de diciembre de 2022", "2022-12-26",
     "yMMMMd"),
    ("fr", "du 24 au 26 décembre", "24 au 26 décembre", "2022-12-26", "MMMMd"),
    ("ru", "с 24 по 26 декабря 2022 года", "24 по 26 декабря 2022 года", "2022-12-26",
     "yMMMMd"),
    # Slovak, as Czech: "do" (to), or a spaced dash
    ("sk", "od 24. do 26. decembra 2022", "24. do 26. decembra 2022", "2022-12-26", "yMMMMd"),
    ("sk", "v dňoch 24. – 26. decembra", "24. – 26. decembra", "2022-12-26", "MMMMd"),
    # Romanian "până la" (until): the first was a number
    ("ro", "de la 24 până la 26 decembrie", "24 până la 26 decembrie", "2022-12-26", "MMMMd"),
    # Japanese closes a range with まで: inside, as the interval pattern replaces it too
    ("ja", "12月24日～26日に", "12月24日～26日", "2022-12-26", "MMMMd"),
    ("ja", "12月24日から26日まで", "12月24日から26日まで", "2022-12-26", "MMMMd"),
    ("ja", "2022年12月24日から26日まで", "2022年12月24日から26日まで", "2022-12-26", "yMMMMd"),
    ("ja", "12月24日から12月26日まで", "12月24日から12月26日まで", "2022-12-26", "MMMMd"),
    ("zh", "12月24日至26日", "12月24日至26日", "2022-12-26", "MMMMd"),
    ("zh", "2022年12月24日至26日", "2022年12月24日至26日", "2022-12-26", "yMMMMd"),
    ("zh", "12月24日至12月26日", "12月24日至12月26日", "2022-12-26", "MMMMd"),
    # the days alone: in the date line's month
    ("zh", "将于24日至26日访问", "24日至26日", "2022-12-26", "d"),
]


# A month without a year (the release is of December 2022): the date line's year, unless
# the words beside it say otherwise, in every language alike. "of next year" is the year
# after; "next January" is the first January after the release's month.
# The tables' release is of December 2022: a month up to five after it, written without
# a year, is next year's; words that say which year are followed.
MONTH_YEARS = [
    ("en", "in January", "2023-01"),
    ("en", "in January of this year", "2022-01"),
    ("en", "in January of last year", "2021-01"),
    ("en", "in June", "2022-06"),
    ("en", "in January of next year", "2023-01"),
    ("en", "next January", "2023-01"),
    ("en", "next December", "2023-12"),
    ("de", "im Januar", "2023-01"),
    ("de", "im Januar dieses Jahres", "2022-01"),
    ("de", "im Januar nächsten Jahres", "2023-01"),
    ("de", "im kommenden Januar", "2023-01"),
    ("es", "en enero", "2023-01"),
    ("es", "en enero de este año", "2022-01"),
    ("es", "en enero del próximo año", "2023-01"),
    ("es", "el próximo mes de enero", "2023-01"),
    ("es", "en enero próximo", "2023-01"),
    ("ja", "1月に", "2023-01"),
    ("ja", "今年1月に", "2022-01"),
    ("ja", "来年1月に", "2023-01"),
    ("ja", "来年の1月に", "2023-01"),
    ("zh", "明年的1月", "2023-01"),
]


# Full-width digits (and the ":" "," between them) are read wherever ASCII ones are; the
# span keeps the text as written, the value is ASCII.
FULL_WIDTH = [
    ("ja", "本日１２月２４日、", [("date", "１２月２４日",
                             {"value": "2022-12-24", "skeleton": "MMMMd"})]),
    ("ja", "２０２２年１２月２４日に", [("date", "２０２２年１２月２４日",
                                   {"value": "2022-12-24", "skeleton": "yMMMMd"})]),
    ("ja", "令和４年１２月２４日", [("date", "令和４年１２月２４日",
                               {"value": "2022-12-24", "skeleton": "yMMMMd"})]),
    ("ja", "午後２時４０分から", [("time", "午後２時４０分", {"value": "14:40"})]),
    ("ja", "１４：４０から", [("time", "１４：４０", {"value": "14:40"})]),
    ("ja", "約３０分間", [("duration", "３０分間", {"value": "PT30M"})]),
    ("ja", "２，０００人", [("number", "２，０００", {"value": "2000"})]),
    ("ja", "８億５，０００万円", [("money", "８億５，０００万円", {
        "value": "850000000", "currency": "JPY", "notation": "compact"})]),
    ("ja", "３０％増加", [("number", "３０％", {"value": "30", "style": "percent"})]),
    ("zh", "２０２２年１２月２４日下午２时４０分", [
        ("date", "２０２２年１２月２４日", {"value": "2022-12-24", "skeleton": "yMMMMd"}),
        ("time", "下午２时４０分", {"value": "14:40"})]),
    ("zh", "提供２亿元人民币", [("money", "２亿元人民币", {
        "value": "200000000", "currency": "CNY", "notation": "compact"})]),
    # a telephone number's groups joined by a full-width hyphen, as "098-866-2374" is:
    # a code, not the numbers 866 and 2374 ("2,374" on an English page)
    ("ja", "電話：０９８－８６６－２３７４（直通）", []),
    ("zh", "电话：０１０－６５９６１１１４", []),
    ("ja", "FAX：098－866－2375", []),
    # the long-vowel mark, the hyphen and the minus sign typed for that hyphen
    ("ja", "電話０９８ー８６６ー２３７４（担当）", []),
    ("ja", "電話098ー866ー2374", []),
    ("ja", "ファクス098‐866‐2375", []),
    ("ja", "ファクス０９８−８６６−２３７６", []),
    ("ja", "港町1−2−3", []),
    # ... which between a digit and a word is the word's ("３０人のメンバー")
    ("ja", "３０ーメンバー", [("number", "３０", {"value": "30"})]),
    # "：" and "，" that do not stand between digits are punctuation
    ("ja", "日時：１２月２４日", [("date", "１２月２４日",
                             {"value": "2022-12-24", "skeleton": "MMMMd"})]),
]


# The digits of a Japanese address (its chōme, banchi, ban and gō) are text, as a house
# number is: a translator writes "1-chome" for "1丁目". A 番 or 号 alone is no address.
JAPANESE_ADDRESSES = [
    ("港町１丁目で開設", []),
    ("海浜市港町1丁目2番3号、", []),
    ("本町3番地です", []),
    ("本町3番地の5です", []),
    ("北沢市中央一丁目1番1号", []),
    ("中央一丁目2番", []),
    ("北瀬通12丁目", []),
    ("本町２番３号", []),
    ("港町1丁目の30人", [("number", "30", {"value": "30"})]),
    ("打順は3番", [("number", "3", {"value": "3"})]),
    ("台風10号", [("number", "10", {"value": "10"})]),
]


@pytest.mark.parametrize(("text", "expected"), JAPANESE_ADDRESSES,
                         ids=[t for t, _ in JAPANESE_ADDRESSES])
def test_the_digits_of_a_japanese_address_are_text(text, expected):
    assert found("ja", text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), FULL_WIDTH,
                         ids=[t for _, t, _ in FULL_WIDTH])
def test_full_width_digits_are_read_as_ascii_ones_are(lang, text, expected):
    assert found(lang, text) == expected


# Durations with their number in words (Russian declines it), a Chinese measure word.
NUMBER_WORDS = [
    ("de", "dauerte rund sechs Stunden", [("duration", "sechs Stunden", {"value": "PT6H"})]),
    ("es", "durante ocho horas", [("duration", "ocho horas", {"value": "PT8H"})]),
    ("fr", "environ trois heures", [("duration", "trois heures", {"value": "PT3H"})]),
    ("fr", "une heure et demie", [("duration", "une heure et demie", {"value": "PT1H30M"})]),
    ("ru", "около трёх часов", [("duration", "трёх часов", {"value": "PT3H"})]),
    ("ru", "два года", [("duration", "два года", {"value": "P2Y"})]),
    ("zh", "约1个半小时", [("duration", "1个半小时", {"value": "PT1H30M"})]),
    ("zh", "3个小时", [("duration", "3个小时", {"value": "PT3H"})]),
    ("zh", "前11个月", [("duration", "11个月", {"value": "P11M"})]),
    # a year before the year's own word is a date, not a span of years
    ("ru", "по итогам 2022 года", [("date", "2022 года", {"value": "2022", "skeleton": "y"})]),
    # currencies prose names without CLDR's name
    ("zh", "50亿新元", [("money", "50亿新元", {"value": "5000000000", "currency": "SGD",
                                          "notation": "compact"})]),
    # a national phone number is no number
    ("fr", "Contact : 01 53 18 41 13", []),
    ("es", "Información: 91 379 97 00", []),
    ("fr", "1 200 salariés", [("number", "1 200", {"value": "1200"})]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NUMBER_WORDS,
                         ids=[t for _, t, _ in NUMBER_WORDS])
def test_number_words_measure_words_and_phone_numbers(lang, text, expected):
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "value"), MONTH_YEARS,
                         ids=[t for _, t, _ in MONTH_YEARS])
def test_a_month_alone_takes_the_year_its_words_say(lang, text, value):
    ((name, _, attrs),) = found(lang, text)
    assert (name, attrs) == ("date", {"value": value, "skeleton": "MMMM"})


@pytest.mark.parametrize(("lang", "text", "covered", "end", "skeleton"), RANGES,
                         ids=[r[1] for r in RANGES])
def test_a_day_range_is_one_date_with_an_end_in_every_language(lang, text, covered, end,
                                                               skeleton):
    assert found(lang, text) == [("date", covered, {"value": "2022-12-24", "end": end,
                                                    "skeleton": skeleton})]


TWO_DAYS = [
    ("pl", "22 i 23 lutego 2023 r.", " i ", "23 lutego 2023 r.", "yMMMMd"),
    ("en", "on 22 and 23 February 2023", " and ", "23 February 2023", "yMMMMd"),
    ("fr", "les 22 et 23 février 2023", " et ", "23 février 2023", "yMMMMd"),
    ("de", "am 22. und 23. Februar 2023", ". und ", "23. Februar 2023", "yMMMMd"),
    ("es", "el 22 y 23 de febrero de 2023", " y ", "23 de febrero de 2023", "yMMMMd"),
    ("es", "el 22 y el 23 de febrero de 2023", " y el ", "23 de febrero de 2023", "yMMMMd"),
    ("ru", "22 и 23 февраля 2023 года", " и ", "23 февраля 2023 года", "yMMMMd"),
    ("pt", "nos dias 22 e 23 de fevereiro de 2023", " e ", "23 de fevereiro de 2023",
     "yMMMMd"),
    ("it", "il 22 e 23 febbraio 2023", " e ", "23 febbraio 2023", "yMMMMd"),
    ("nl", "op 22 en 23 februari 2023", " en ", "23 februari 2023", "yMMMMd"),
    ("cs", "ve dnech 22. a 23. února 2023", ". a ", "23. února 2023", "yMMMMd"),
    ("sk", "v dňoch 22. a 23. februára 2023", ". a ", "23. februára 2023", "yMMMMd"),
    # Romanian "între 22 și 23" (between ... and): the first was a number
    ("ro", "între 22 și 23 februarie 2023", " și ", "23 februarie 2023", "yMMMMd"),
    ("ro", "între 22 şi 23 februarie 2023", " şi ", "23 februarie 2023", "yMMMMd"),
    # Danish, Norwegian, Finnish and Swedish "and": the first was an ordinal or a number
    ("da", "den 22. og 23. februar 2023", ". og ", "23. februar 2023", "yMMMMd"),
    ("nb", "den 22. og 23. februar 2023", ". og ", "23. februar 2023", "yMMMMd"),
    ("nn", "den 22. og 23. februar 2023", ". og ", "23. februar 2023", "yMMMMd"),
    ("fi", "22. ja 23. helmikuuta 2023", ". ja ", "23. helmikuuta 2023", "yMMMMd"),
    ("sv", "den 22 och 23 februari 2023", " och ", "23 februari 2023", "yMMMMd"),
    # without a year, the second's (a December release's February is next year's)
    ("en", "on 22 and 23 February", " and ", "23 February", "MMMMd"),
]


@pytest.mark.parametrize(("lang", "text", "between", "second", "skeleton"), TWO_DAYS,
                         ids=[t[1] for t in TWO_DAYS])
def test_two_days_joined_by_and_are_two_dates_in_the_seconds_month(lang, text, between,
                                                                   second, skeleton):
    # "and" joins two days as often as it closes "between ... and": no range, but two
    # dates, the first its day alone in the second's month and year.
    (match,) = recognizer(lang).find(text, CONTEXT)
    first, joint, last = match.parts
    assert isinstance(first, Span) and isinstance(last, Span)
    assert (first.text, dict(first.attrs)) == ("22", {"value": "2023-02-22", "skeleton": "d"})
    assert joint == between
    assert (last.text, dict(last.attrs)) == (
        second, {"value": "2023-02-23", "skeleton": skeleton})


@pytest.mark.parametrize(("lang", "text", "covered"), [
    # Czech "a" is "and"; a Spanish or Portuguese range's "a" is still "to"
    ("cs", "od 22. do 25. února 2023", "22. do 25. února 2023"),
    ("cs", "22.–25. února 2023", "22.–25. února 2023"),
    # ... and Slovak's, as Czech's
    ("sk", "od 22. do 25. februára 2023", "22. do 25. februára 2023"),
    ("sk", "22. – 25. februára 2023", "22. – 25. februára 2023"),
    ("es", "del 22 a 25 de febrero de 2023", "22 a 25 de febrero de 2023"),
    ("pt", "de 22 a 25 de fevereiro de 2023", "22 a 25 de fevereiro de 2023"),
    ("nl", "van 22 tot 25 februari 2023", "22 tot 25 februari 2023"),
    # ... and a dash where "og", "ja", "och" join two days
    ("da", "den 22.-25. februar 2023", "22.-25. februar 2023"),
    ("nb", "22.–25. februar 2023", "22.–25. februar 2023"),
    ("fi", "22.–25. helmikuuta 2023", "22.–25. helmikuuta 2023"),
    ("sv", "den 22–25 februari 2023", "22–25 februari 2023"),
])
def test_a_range_beside_a_language_whose_and_joins_two_days_is_still_one_date(
        lang, text, covered):
    assert found(lang, text) == [("date", covered, {"value": "2023-02-22",
                                                    "end": "2023-02-25", "skeleton": "yMMMMd"})]


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "1. ledna a 3. února 2023"), ("nl", "1 januari en 3 februari 2023"),
    ("sk", "1. januára a 3. februára 2023"),
    ("ro", "pe 1 ianuarie și 3 februarie 2023"),
    ("da", "1. januar og 3. februar 2023"), ("nb", "1. januar og 3. februar 2023"),
    ("fi", "1. tammikuuta ja 3. helmikuuta 2023"), ("sv", "1 januari och 3 februari 2023"),
])
def test_two_dates_of_two_months_joined_by_and_are_no_range(lang, text):
    assert [attrs.get("end") for name, _, attrs in found(lang, text)] == [None, None]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "on December 24 and 26"), ("en", "from December 26 to 24"),
])
def test_a_month_first_pair_of_days_or_a_backward_range_stays_text(lang, text):
    # "December 24 and 26": the second day has no month of its own to write
    assert [name for name, _, _ in found(lang, text) if name == "date"] == []


@pytest.mark.parametrize(("text", "expected"), ZH, ids=[t for t, _ in ZH])
def test_chinese_forms(text, expected):
    assert found("zh", text) == expected


@pytest.mark.parametrize(("text", "expected"), JA, ids=[t for t, _ in JA])
def test_japanese_forms(text, expected):
    assert found("ja", text) == expected


@pytest.mark.parametrize(("text", "expected"), DE, ids=[t for t, _ in DE])
def test_german_forms(text, expected):
    assert found("de", text) == expected


@pytest.mark.parametrize(("text", "expected"), ES, ids=[t for t, _ in ES])
def test_spanish_forms(text, expected):
    assert found("es", text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "令和5年度予算"),        # a fiscal year, not a calendar year
    ("ja", "2023年度の事業"),
    ("ja", "第3条に基づき"),        # Article 3: an identifier
    ("ja", "平成0年"),              # no such year
    ("de", "Das Ergebnis lag bei 250. Die Zahl stieg."),  # a sentence ends after 250
    ("de", "Artikel 5"),
    ("es", "artículo 5"),
])
def test_what_is_not_a_value_stays_text(lang, text):
    spans = found(lang, text)
    assert all(name != "number" or attrs.get("style") != "ordinal" for name, _, attrs in spans)
    assert not [s for s in spans if s[0] in ("date", "number")
                and s[1] in ("令和5年度", "2023年度", "2023", "3", "5", "250.", "平成0年")]


def test_an_era_date_says_it_was_converted():
    (match,) = recognizer("ja").find("令和4年12月24日", CONTEXT)
    assert [note.what for note in match.notes] == ["calendar"]
    assert "2022-12-24" in match.notes[0].value


def test_a_month_alone_notes_the_year_it_was_given():
    (match,) = recognizer("ja").find("3月に開催", CONTEXT)
    assert [note.what for note in match.notes] == ["year"]
    (match,) = recognizer("ja").find("来年3月に開催", CONTEXT)
    assert match.notes == ()


@pytest.mark.parametrize(("lang", "pattern", "matches", "not_matches"), [
    ("de", "d. MMMM y", "24. Dezember 2022", "24 Dezember 2022"),
    ("es", "d 'de' MMMM 'de' y", "24 de diciembre de 2022", "24 diciembre 2022"),
    ("ja", "y年M月d日", "2022年12月24日", "2022/12/24"),
    ("ru", "d MMMM y\u202f'г'.", "24 декабря 2022 г.", "декабря 24 2022"),
])
def test_cldr_date_patterns_read_as_expressions(lang, pattern, matches, not_matches):
    rec = recognizer(lang)
    n = names(lang)
    fields = {"year": r"(?P<year>\d{4})", "day": r"(?P<day>\d{1,2})",
              "month": rf"(?P<month>(?i:{'|'.join(map(re.escape, n.months))}))"}
    regex = _pattern_regex(pattern, fields, n.numeric_months)
    assert regex is not None and rec is not None
    assert re.fullmatch(regex, matches)
    assert not re.fullmatch(regex, not_matches)


def test_a_pattern_with_a_weekday_or_era_field_is_not_read():
    assert _pattern_regex("EEEE, d MMMM y", {"year": "", "day": "", "month": ""}, False) is None


# Lengths of time in words: English teens and hyphenated tens, Han numerals in Chinese
# and Japanese (两 is two before a measure word); "年" only where the words around it make
# it a span.
WORDED_DURATIONS = [
    ("en", "after fourteen years with the company",
     [("duration", "fourteen years", {"value": "P14Y"})]),
    ("en", "closed for forty-eight hours", [("duration", "forty-eight hours", {"value": "PT48H"})]),
    ("en", "took eighteen months to plan", [("duration", "eighteen months", {"value": "P18M"})]),
    ("zh", "该工程为期三年，", [("duration", "三年", {"value": "P3Y"})]),
    ("zh", "历时两个小时", [("duration", "两个小时", {"value": "PT2H"})]),
    ("zh", "两个半小时", [("duration", "两个半小时", {"value": "PT2H30M"})]),
    ("zh", "仅用了十五分钟", [("duration", "十五分钟", {"value": "PT15M"})]),
    ("zh", "今后两年内", [("duration", "两年", {"value": "P2Y"})]),
    ("zh", "前十二个月", [("duration", "十二个月", {"value": "P12M"})]),
    ("ja", "三年間にわたり", [("duration", "三年間", {"value": "P3Y"})]),
    ("ja", "十五分間の会談", [("duration", "十五分間", {"value": "PT15M"})]),
    ("ja", "二十年間", [("duration", "二十年間", {"value": "P20Y"})]),
    # French: compounds of the number words ("dix-sept", "vingt et un", the 60s and 80s
    # that count on to 19), "années", and "un" before a month or a year
    ("fr", "dix-sept années d'engagement", [("duration", "dix-sept années", {"value": "P17Y"})]),
    ("fr", "pendant quarante-huit heures", [("duration", "quarante-huit heures",
                                             {"value": "PT48H"})]),
    ("fr", "vingt et un jours", [("duration", "vingt et un jours", {"value": "P21D"})]),
    ("fr", "soixante-dix-sept ans", [("duration", "soixante-dix-sept ans", {"value": "P77Y"})]),
    ("fr", "quatre-vingt-dix jours", [("duration", "quatre-vingt-dix jours",
                                      {"value": "P90D"})]),
    ("fr", "un délai d'un mois", [("duration", "un mois", {"value": "P1M"})]),
    ("fr", "prolongé d'un an", [("duration", "un an", {"value": "P1Y"})]),
    ("fr", "entre deux et trois ans", [("duration", "trois ans", {"value": "P3Y"})]),
    # German writes the ones first, in one word
    ("de", "achtundvierzig Stunden lang", [("duration", "achtundvierzig Stunden",
                                            {"value": "PT48H"})]),
    ("de", "seit Fünfundzwanzig Jahren", [("duration", "Fünfundzwanzig Jahren",
                                           {"value": "P25Y"})]),
    ("de", "dauert achtzehn Monate", [("duration", "achtzehn Monate", {"value": "P18M"})]),
    # Spanish: "y" after the tens, and the tens as a prefix ("veinti", "dieci")
    ("es", "treinta y cinco años", [("duration", "treinta y cinco años", {"value": "P35Y"})]),
    ("es", "durante veinticuatro meses", [("duration", "veinticuatro meses",
                                           {"value": "P24M"})]),
    ("es", "veintidós años", [("duration", "veintidós años", {"value": "P22Y"})]),
    ("es", "dieciséis días", [("duration", "dieciséis días", {"value": "P16D"})]),
    ("es", "dentro de un año", [("duration", "un año", {"value": "P1Y"})]),
    # Russian: the tens and the ones in the same case
    ("ru", "более двадцати пяти лет", [("duration", "двадцати пяти лет", {"value": "P25Y"})]),
    ("ru", "не менее сорока восьми часов", [("duration", "сорока восьми часов",
                                             {"value": "PT48H"})]),
    ("ru", "около восемнадцати месяцев", [("duration", "восемнадцати месяцев",
                                           {"value": "P18M"})]),
    # a year with its own word after a length of time is a date, the length ends before
    ("ru", "за двенадцать месяцев 2023 года", [
        ("duration", "двенадцать месяцев", {"value": "P12M"}),
        ("date", "2023 года", {"value": "2023", "skeleton": "y"})]),
    # Chinese: 十 or 两 before 年 count years, with no span word beside them
    ("zh", "续签二十年供货协议", [("duration", "二十年", {"value": "P20Y"})]),
    ("zh", "首期为十年。", [("duration", "十年", {"value": "P10Y"})]),
    ("zh", "签署两年协议", [("duration", "两年", {"value": "P2Y"})]),
    ("zh", "十年期间", [("duration", "十年", {"value": "P10Y"})]),
    ("zh", "两年半", [("duration", "两年半", {"value": "P2Y6M"})]),
    # Indonesian's half before the unit ("satu setengah jam", an hour and a half), and
    # Romanian's after it ("o oră și jumătate"), as "una hora y media": these were text,
    # and a translation's "1時間半" a changed number
    ("id", "berlangsung selama satu setengah jam.", [
        ("duration", "satu setengah jam", {"value": "PT1H30M"})]),
    ("id", "rapat setengah jam", [("duration", "setengah jam", {"value": "PT30M"})]),
    ("id", "selama dua puluh menit", [("duration", "dua puluh menit", {"value": "PT20M"})]),
    ("id", "tiga setengah tahun", [("duration", "tiga setengah tahun", {"value": "P3Y6M"})]),
    ("ro", "a durat o oră și jumătate.", [
        ("duration", "o oră și jumătate", {"value": "PT1H30M"})]),
    ("ro", "timp de două ore şi jumătate", [  # the cedilla's ş
        ("duration", "două ore şi jumătate", {"value": "PT2H30M"})]),
    ("ro", "după douăzeci de minute", [("duration", "douăzeci de minute",
                                        {"value": "PT20M"})]),
    ("ro", "trei luni", [("duration", "trei luni", {"value": "P3M"})]),
    # Swedish's half between the number and the unit ("en och en halv timme"), a half
    # alone spaced or joined to its unit ("en halvtimme"), its number words: these were
    # text, as Romanian's were
    ("sv", "mötet varade en och en halv timme.", [
        ("duration", "en och en halv timme", {"value": "PT1H30M"})]),
    ("sv", "två och en halv timme", [("duration", "två och en halv timme",
                                      {"value": "PT2H30M"})]),
    ("sv", "ett och ett halvt år", [("duration", "ett och ett halvt år",
                                     {"value": "P1Y6M"})]),
    ("sv", "efter en halvtimme", [("duration", "en halvtimme", {"value": "PT30M"})]),
    ("sv", "En halv timme senare", [("duration", "En halv timme", {"value": "PT30M"})]),
    ("sv", "ett halvår", [("duration", "ett halvår", {"value": "P6M"})]),
    ("sv", "på tjugo minuter", [("duration", "tjugo minuter", {"value": "PT20M"})]),
    ("sv", "i tre dagar", [("duration", "tre dagar", {"value": "P3D"})]),  # prose's days
    ("sv", "i 3 dagar", [("duration", "3 dagar", {"value": "P3D"})]),
    # one and a half of any unit is a length, whichever "one" opens it
    ("en", "a year and a half", [("duration", "a year and a half", {"value": "P1Y6M"})]),
    # two parts joined by "and" are one duration, in words as in digits: each part was one
    ("en", "two hours and twenty minutes", [("duration", "two hours and twenty minutes",
                                             {"value": "PT2H20M"})]),
    ("en", "two hours and twenty-five minutes", [
        ("duration", "two hours and twenty-five minutes", {"value": "PT2H25M"})]),
    ("sv", "två timmar och tjugo minuter", [("duration", "två timmar och tjugo minuter",
                                             {"value": "PT2H20M"})]),
    ("sv", "2 timmar och 20 minuter", [("duration", "2 timmar och 20 minuter",
                                        {"value": "PT2H20M"})]),
    ("da", "to timer og tyve minutter", [("duration", "to timer og tyve minutter",
                                          {"value": "PT2H20M"})]),
    ("da", "to timer og femogtyve minutter", [("duration", "to timer og femogtyve minutter",
                                               {"value": "PT2H25M"})]),
    ("nb", "2 timer og 20 minutter", [("duration", "2 timer og 20 minutter",
                                       {"value": "PT2H20M"})]),
    ("ro", "două ore și douăzeci de minute", [("duration", "două ore și douăzeci de minute",
                                               {"value": "PT2H20M"})]),
    ("ro", "2 ore şi 20 de minute", [("duration", "2 ore şi 20 de minute",
                                      {"value": "PT2H20M"})]),
    ("de", "zwei Stunden und zwanzig Minuten", [
        ("duration", "zwei Stunden und zwanzig Minuten", {"value": "PT2H20M"})]),
    # ... unless the second is none alone: "a day" is too often a rate or an idiom
    ("en", "two hours and a day", [("duration", "two hours", {"value": "PT2H"})]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), WORDED_DURATIONS,
                         ids=[t for _, t, _ in WORDED_DURATIONS])
def test_durations_in_words(lang, text, expected):
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "she is fourteen years old"),   # an age
    ("en", "he is 14 years old"),
    ("en", "a fourteen-year-old pupil"),
    ("en", "for a decade"),                # no exact quantity the vocabulary writes
    ("zh", "三年级学生"),                  # a school grade
    ("zh", "第三年"),                      # the third year: an ordinal
    ("zh", "三年前"),                      # no word says it is a span
    ("zh", "二〇二二年"),                  # a year
    ("zh", "十分重要"),                    # "very"
    ("zh", "一年一度"),                    # "one" is too often an idiom
    ("ja", "十分な支援"),                  # "enough"
    ("ja", "三分の一"),                    # a third
    ("zh", "二十年代"),                    # a decade
    ("zh", "十二年级"),                    # a school grade
    ("zh", "第十二年"),                    # an ordinal
    ("zh", "民国三十五年"),                # years of an era
    ("zh", "昭和二十年"),
    ("zh", "公元前二十年"),
    ("zh", "数十年"),                      # an estimate
    ("zh", "十年一遇的洪水"),              # a rate
    ("zh", "十年期国债"),                  # a term's name
    ("zh", "二〇二四年度"),                # a fiscal year
    ("fr", "un jour"),                     # "one day": an idiom
    ("fr", "une année difficile"),         # a year, not its length
    ("fr", "à deux heures"),               # at two o'clock
    ("fr", "à dix-sept heures"),
    ("es", "un día"),
    ("en", "a year"),
    ("de", "ein Jahr"),
    # an age is never a length of time
    ("fr", "âgé de 45 ans"),
    ("fr", "les propriétaires âgés de soixante-cinq ans"),
    ("fr", "à l'âge de 45 ans"),
    ("de", "im Alter von 64 Jahren"),
    ("de", "45 Jahre alt"),
    ("de", "drei Jahre alte Anlagen"),
    ("de", "der 45-jährige Manager"),
    ("es", "61 años de edad"),
    ("es", "a la edad de 61 años"),
    ("ru", "в возрасте 45 лет"),
    ("en", "aged 45 years"),
    # weeks: xs:duration has none, and 21 days is not what the source wrote
    ("fr", "trois semaines"),
    ("en", "two weeks"),
    # no compound: "deux et trois", "dos y tres" are two numbers
    ("es", "entre dos y tres"),
    # Romanian "o", "un" are the article as "a" is; "nouă" is "new" as well as nine
    ("ro", "o zi"), ("ro", "un an"), ("ro", "o nouă zi"),
    # ... as Swedish "en", "ett" are; a half-year's definite form is a part of a year, and
    # "varje halvtimme" (every half hour) a rate
    ("sv", "en dag"), ("sv", "ett år"), ("sv", "under första halvåret"),
    ("sv", "varje halvtimme"),
])
def test_what_is_no_duration_in_words(lang, text):
    assert not [s for s in found(lang, text) if s[0] == "duration"]


COMPACT_3400000 = {"value": "3400000", "notation": "compact"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a number with its scale word and no currency is one number, as "1,500万" is, and
    # keeps the writer's compact form ("340万" in Japanese, not "3,400,000")
    ("en", "3.4 million customers", [("number", "3.4 million", COMPACT_3400000)]),
    ("fr", "3,4 millions de prospects", [("number", "3,4 millions", COMPACT_3400000)]),
    ("de", "2,5 Millionen Kilowattstunden", [("number", "2,5 Millionen", {
        "value": "2500000", "notation": "compact"})]),
    ("de", "3 Mio. Kunden", [("number", "3 Mio.", {"value": "3000000", "notation": "compact"})]),
    ("es", "2,3 millones de visitantes", [("number", "2,3 millones", {
        "value": "2300000", "notation": "compact"})]),
    ("ru", "3,4 млн пассажиров", [("number", "3,4 млн", COMPACT_3400000)]),
    # digits alone stay standard
    ("en", "3,400,000 customers", [("number", "3,400,000", {"value": "3400000"})]),
    # with a currency it stays money
    ("fr", "1,2 milliard d'euros", [("money", "1,2 milliard d'euros", {
        "value": "1200000000", "currency": "EUR", "notation": "compact"})]),
    ("de", "2,5 Millionen Euro", [("money", "2,5 Millionen Euro", {
        "value": "2500000", "currency": "EUR", "notation": "compact"})]),
    # an age: the number, not a length of time
    ("fr", "âgés de 65 ans", [("number", "65", {"value": "65"})]),
    ("de", "im Alter von 64 Jahren", [("number", "64", {"value": "64"})]),
    ("es", "61 años de edad", [("number", "61", {"value": "61"})]),
    # French hours after a time preposition are a time of day, minutes after them too
    ("fr", "à 15 heures", [("time", "15 heures", {"value": "15:00"})]),
    ("fr", "à 15 heures 30, la séance", [("time", "15 heures 30", {"value": "15:30"})]),
    ("fr", "pendant 14 heures", [("duration", "14 heures", {"value": "PT14H"})]),
    ("fr", "jusqu'à 48 heures", [("duration", "48 heures", {"value": "PT48H"})]),
    # a range of hours between two words: opening hours or a span, left as text, never a
    # 17-hour duration; "de 9 à 17 heures" is two times (test_value_ranges.py)
    ("fr", "ouvert entre 9 et 17 heures", []),
    ("fr", "ouvert de 9 à 17 heures, et jusqu'à 21 heures", [
        ("time", "9", {"value": "09:00"}), ("time", "17 heures", {"value": "17:00"}),
        ("time", "21 heures", {"value": "21:00"})]),
    ("fr", "pendant 17 heures", [("duration", "17 heures", {"value": "PT17H"})]),
    # a time in words stays text: a time element cannot say it was written in words
    ("fr", "à quinze heures", []),
    # a month after "le mois de" is a date, as after "en"
    ("fr", "d'ici le mois de mai", [("date", "mai", {"value": "2023-05", "skeleton": "MMMM"})]),
    ("es", "en el mes de septiembre", [("date", "septiembre", {"value": "2022-09",
                                                               "skeleton": "MMMM"})]),
    # Chinese years and dates in Han digits
    ("zh", "二〇一二年进入欧洲市场", [("date", "二〇一二年", {"value": "2012", "skeleton": "y"})]),
    ("zh", "一九九八年", [("date", "一九九八年", {"value": "1998", "skeleton": "y"})]),
    ("zh", "自二〇二五年一月一日起生效", [("date", "二〇二五年一月一日", {
        "value": "2025-01-01", "skeleton": "yMMMMd"})]),
    ("zh", "二〇二四年十一月", [("date", "二〇二四年十一月", {"value": "2024-11",
                                                              "skeleton": "yMMMM"})]),
    ("zh", "二〇二四年十一月二十五日", [("date", "二〇二四年十一月二十五日", {
        "value": "2024-11-25", "skeleton": "yMMMMd"})]),
    ("zh", "二〇二三年二月三十日", []),    # no such date: text
    ("zh", "二〇二四年度", []),            # a fiscal year
    # Japanese too; an era's year and a counted span stay what they were
    ("ja", "当社は二〇二四年に", [("date", "二〇二四年", {"value": "2024", "skeleton": "y"})]),
    ("ja", "二〇二五年一月一日から", [("date", "二〇二五年一月一日", {
        "value": "2025-01-01", "skeleton": "yMMMMd"})]),
    ("ja", "二〇二四年度の", []),
    ("ja", "二〇〇〇年代", []),
    ("ja", "三年間", [("duration", "三年間", {"value": "P3Y"})]),
])
def test_values_in_words_and_scales(lang, text, expected):
    assert found(lang, text) == expected


RUB_2M = {"value": "2000000", "currency": "RUB", "notation": "compact"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Russian prose writes its scales with the period CLDR's "млн", "млрд" lack
    ("ru", "на 2 млн. руб. в год", [("money", "2 млн. руб.", RUB_2M)]),
    ("ru", "2 млрд. долларов", [("money", "2 млрд. долларов", {
        "value": "2000000000", "currency": "USD", "notation": "compact"})]),
    ("ru", "3,4 млн. пассажиров", [("number", "3,4 млн.", COMPACT_3400000)]),
    ("ru", "2 млн руб. в год", [("money", "2 млн руб.", RUB_2M)]),  # CLDR's own
    # German's are CLDR's, with their period
    ("de", "2 Mio. EUR", [("money", "2 Mio. EUR", {
        "value": "2000000", "currency": "EUR", "notation": "compact"})]),
    ("de", "3 Mrd. Euro", [("money", "3 Mrd. Euro", {
        "value": "3000000000", "currency": "EUR", "notation": "compact"})]),
    # Spanish "a. m." spaced as typed (CLDR spaces it with a no-break space)
    ("es", "a las 10 a. m. y", [("time", "10 a. m.", {"value": "10:00"})]),
    ("es", "hasta las 5 p. m. en la sede", [("time", "5 p. m.", {"value": "17:00"})]),
    ("es", "a las 5 p.\u00a0m. en la sede", [("time", "5 p.\u00a0m.", {"value": "17:00"})]),
])
def test_an_abbreviations_period_or_space_is_read_inside_the_value(lang, text, expected):
    # "2 млн. руб." was read as the number 2 млн and the text ". руб.", "10 a. m." as the
    # number 10: the value stopped at the abbreviation's period or at the space
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # CLDR's Hebrew scale words, read past the right-to-left mark its patterns hold
    ("he", "יוקצו ₪ 250 מיליון למחקר", [("money", "₪ 250 מיליון", {
        "value": "250000000", "currency": "ILS", "notation": "compact"})]),
    ("he", "השתתפו 1.5 מיליון איש", [("number", "1.5 מיליון", {
        "value": "1500000", "notation": "compact"})]),
])
def test_a_hebrew_scale_word_is_the_numbers(lang, text, expected):
    # "₪ 250 מיליון" was the money ₪ 250 and the word left as text, 10^6 too little
    assert found(lang, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("וכ-15% מהם יגיעו", [("number", "15%", {"style": "percent", "value": "15"})]),
    ("אורכת כ-30 דקות", [("duration", "30 דקות", {"value": "PT30M"})]),
    ("השתתפו ל-1,200 משתתפים", [("number", "1,200", {"value": "1200"})]),
    ("יפתח ב-2023", [("date", "2023", {"value": "2023", "skeleton": "y"})]),
    ("ומה-10:00 בבוקר", [("time", "10:00", {"value": "10:00"})]),
])
def test_a_hebrew_prefix_joined_by_a_hyphen_leaves_the_value_after_it(text, expected):
    # Hebrew writes its one-letter prefixes (and, in, to, about, from, the) before a
    # number with a hyphen, "כ-15%": the value was taken for an identifier's digits.
    assert found("he", text) == expected


@pytest.mark.parametrize("text", ["מטוסי F-35 נחתו", "נגיף COVID-19 התפשט", "דגם אב-12"])
def test_a_hebrew_word_or_a_latin_code_before_a_hyphen_keeps_its_digits(text):
    assert found("he", text) == []


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "forty-eight", 48),
    ("fr", "dix-neuf", 19),
    ("fr", "soixante et onze", 71),
    ("fr", "quatre-vingts", 80),
    ("fr", "quatre-vingt-dix-neuf", 99),
    ("fr", "vingt-et-un", 21),
    ("de", "einundzwanzig", 21),
    ("de", "neunundneunzig", 99),
    ("es", "veintiún", 21),
    ("es", "noventa y nueve", 99),
    ("ru", "девяноста девяти", 99),
    # not numbers: two numbers side by side, tens after tens, ones before tens
    ("fr", "vingt-dix", None),
    ("fr", "deux-trois", None),
    ("fr", "dix-deux", None),
    ("en", "five-forty", None),
    ("de", "zwanzigundacht", None),
    ("es", "veintidiez", None),
])
def test_numbers_are_built_from_the_number_words(lang, text, value):
    assert number_from_words(lang, text) == value


def test_a_japanese_fraction_is_no_duration():
    # "2分の1" is one half (the subsidy rate of a prefecture's release), "30分" minutes.
    assert not [s for s in found("ja", "購入費の2分の1を補助") if s[0] == "duration"]
    assert not [s for s in found("ja", "3分の2以上") if s[0] == "duration"]
    assert ("duration", "30分", {"value": "PT30M"}) in found("ja", "会議は30分の予定")


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("fr", "s'est imposée en 2 h 24 min 10 s, devant", ("2 h 24 min 10 s", "PT2H24M10S")),
    ("es", "ganó en 2 h 06 min 41 s.", ("2 h 06 min 41 s", "PT2H6M41S")),
    ("ru", "пробежал за 2 ч 06 мин 41 с.", ("2 ч 06 мин 41 с", "PT2H6M41S")),
    ("zh", "成绩为2小时8分15秒，打破", ("2小时8分15秒", "PT2H8M15S")),
    ("zh", "关门时间为6小时30分。", ("6小时30分", "PT6H30M")),
    ("ja", "2時間6分41秒で優勝した。", ("2時間6分41秒", "PT2H6M41S")),
])
def test_a_race_time_is_one_duration_with_its_seconds(lang, text, value):
    # not a time "2 h 24" and a number 10, nor "2小时" and a number and "15秒"
    covered, iso = value
    assert found(lang, text) == [("duration", covered, {"value": iso})]


def test_a_time_in_french_is_no_race_time():
    assert found("fr", "à 2 h 06 du matin") == [("time", "2 h 06", {"value": "02:06"})]


def test_a_japanese_bulletins_day_before_its_hour_is_a_day_of_the_date_lines_month():
    # CONTEXT is December 2022, the date line's month
    assert found("ja", "台風は、29日9時には屋久島の南にあって、30日昼前から") == [
        ("date", "29日", {"value": "2022-12-29", "skeleton": "d"}),
        ("time", "9時", {"value": "09:00"}),
        ("date", "30日", {"value": "2022-12-30", "skeleton": "d"})]
    # a day no hour follows is no date: "per day", a day's hours
    assert [f[0] for f in found("ja", "1日2往復を運行し、1日8時間")] == [
        "number", "number", "number", "duration"]


# Ukrainian writes the year's word after a year as Russian does ("24 грудня 2022 року",
# "у 2025 році", "у 2022–2023 роках"): the date's, not a word left to the translator.
@pytest.mark.parametrize(("text", "expected"), [
    ("24 грудня 2022 року Кабінет", ("date", "24 грудня 2022 року",
                                      {"value": "2022-12-24", "skeleton": "yMMMMd"})),
    ("планують у 2025 році.", ("date", "2025 році", {"value": "2025", "skeleton": "y"})),
    ("з 2024 р. програма", ("date", "2024 р.", {"value": "2024", "skeleton": "y"})),
    ("у 2022–2023 роках становить", ("date", "2022–2023 роках",
                                      {"value": "2022", "end": "2023", "skeleton": "y"})),
    ("на 2024–2025 рр. уряд", ("date", "2024–2025 рр.",
                               {"value": "2024", "end": "2025", "skeleton": "y"})),
])
def test_ukrainian_year_words(text, expected):
    assert expected in found("uk", text)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # CLDR's tr and eu percent patterns put the sign first ("%#,##0", "% #,##0")
    ("tr", "fiyatlarda %15 oranında düşüş",
     [("number", "%15", {"value": "15", "style": "percent"})]),
    ("tr", "enflasyon %64,27 oldu",
     [("number", "%64,27", {"value": "64.27", "style": "percent"})]),
    ("eu", "% 12 igo da", [("number", "% 12", {"value": "12", "style": "percent"})]),
    # where CLDR writes the sign after the number, a sign before it is no percentage
    ("en", "rose by %15", [("number", "15", {"value": "15"})]),
])
def test_a_percent_sign_before_the_number_where_the_locale_writes_it_so(lang, text,
                                                                         expected):
    assert found(lang, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Turkish writes the time with a period ("saat 14.40'ta"), as Italian and Polish do
    ("saat 14.40'ta başladı", [("time", "14.40", {"value": "14:40"})]),
    ("10.00-17.00 saatleri arasında", [("time", "10.00", {"value": "10:00"}),
                                       ("time", "17.00", {"value": "17:00"})]),
    # a number grouped by periods is still a number
    ("1.200 kişi", [("number", "1.200", {"value": "1200"})]),
])
def test_a_turkish_time_with_a_period(text, expected):
    assert found("tr", text) == expected


def _money(text: str, value: str, currency: str, compact: bool = False) -> list[
        tuple[str, str, dict[str, str]]]:
    attrs = {"value": value, "currency": currency}
    return [("money", text, {**attrs, "notation": "compact"} if compact else attrs)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # CLDR names a local currency with its country ("українська гривня", "Türk lirası")
    # or by a symbol (₴, ₺); prose writes an abbreviation or the noun alone, and these
    # were a number followed by text.
    ("uk", "виділив 1,5 млрд грн на ремонт", _money("1,5 млрд грн", "1500000000", "UAH",
                                                   True)),
    ("uk", "ще 250 млн гривень", _money("250 млн гривень", "250000000", "UAH", True)),
    ("uk", "коштує 1 200 грн.", _money("1 200 грн", "1200", "UAH")),  # the stop is text
    ("tr", "toplam 1,5 milyar TL arttı", _money("1,5 milyar TL", "1500000000", "TRY", True)),
    ("tr", "programa 750 milyon TL ayrıldı", _money("750 milyon TL", "750000000", "TRY",
                                                    True)),
    ("tr", "yaklaşık 40 milyon lira", _money("40 milyon lira", "40000000", "TRY", True)),
    ("cs", "dala 250 Kč na opravy", _money("250 Kč", "250", "CZK")),
    ("hu", "összesen 250 Ft jár", _money("250 Ft", "250", "HUF")),
    ("ro", "a alocat 250 de lei", _money("250 de lei", "250", "RON")),
    ("sv", "ger 1,5 miljarder kr", _money("1,5 miljarder kr", "1500000000", "SEK", True)),
    # "kr." inside a sentence: the stop is the abbreviation's, the money's (left out,
    # the message was "koster <money/>. i år", a translation's "DKK 250. this year")
    ("da", "koster 250 kr. i år", _money("250 kr.", "250", "DKK")),
    ("nb", "koster 250 kroner", _money("250 kroner", "250", "NOK")),
    ("nb", "med 1,5 milliarder kroner", _money("1,5 milliarder kroner", "1500000000", "NOK",
                                               True)),
    # ... and in Nynorsk, whose scale words CLDR spells "millionar", "milliardar": its
    # writers as often spell them as Bokmål does, which was the number 500 and text
    ("nn", "kostar 250 kroner", _money("250 kroner", "250", "NOK")),
    ("nn", "med 500 millioner kroner i år", _money("500 millioner kroner", "500000000",
                                                   "NOK", True)),
    ("nn", "med 500 millionar kroner i år", _money("500 millionar kroner", "500000000",
                                                   "NOK", True)),
    ("nn", "med 1,5 milliarder kroner", _money("1,5 milliarder kroner", "1500000000", "NOK",
                                               True)),
    ("nn", "2 billioner kroner", _money("2 billioner kroner", "2000000000000", "NOK", True)),
    # Israel's shekel: its abbreviation's gershayim (U+05F4, or the '"' typed for it) is
    # inside the name, and the bare noun in both numbers
    ("he", 'תשקיע 1.5 מיליארד ש"ח בתשתיות', _money('1.5 מיליארד ש"ח', "1500000000", "ILS",
                                                   True)),
    ("he", "ועוד 250 מיליון ש״ח בחינוך", _money("250 מיליון ש״ח", "250000000", "ILS", True)),
    ("he", "250 מיליון שקל יוקצו", _money("250 מיליון שקל", "250000000", "ILS", True)),
    ("he", "בעלות של 40 שקלים לחודש", _money("40 שקלים", "40", "ILS")),
    ("he", 'המחיר 120 ש"ח.', _money('120 ש"ח', "120", "ILS")),  # the stop is text
    # the dollar and the euro by their bare nouns (CLDR: "דולר אמריקאי", "אירו")
    ("he", "השקעה של 250 מיליון דולר בתשתיות", _money("250 מיליון דולר", "250000000", "USD",
                                                     True)),
    ("he", "עלות של 40 דולרים לחודש", _money("40 דולרים", "40", "USD")),
    ("he", "סיוע של 5 מיליון יורו לפרויקט", _money("5 מיליון יורו", "5000000", "EUR", True)),
])
def test_a_local_currency_as_prose_abbreviates_it(lang, text, expected):
    assert found(lang, text) == expected


ORDINAL_3 = {"value": "3", "style": "ordinal"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Ukrainian writes its ordinals' endings after a hyphen, as Russian does
    ("uk", "розпочався 3-й етап", [("number", "3-й", ORDINAL_3)]),
    ("uk", "на 3-ї сесії ради", [("number", "3-ї", ORDINAL_3)]),
    ("uk", "посіла 2-му місці", [("number", "2-му", {"value": "2", "style": "ordinal"})]),
    ("uk", "з 3-го засідання", [("number", "3-го", ORDINAL_3)]),
    # the genitive ordinal before a month is the day, in Russian too
    ("uk", "до 25-го грудня", [("date", "25-го грудня", {"value": "2022-12-25",
                                                         "skeleton": "MMMMd"})]),
    ("ru", "до 25-го декабря 2025 года", [("date", "25-го декабря 2025 года", {
        "value": "2025-12-25", "skeleton": "yMMMMd"})]),
    # Turkish: an apostrophe and the ending vowel harmony gives the number
    ("tr", "Programın 3'üncü aşaması", [("number", "3'üncü", ORDINAL_3)]),
    ("tr", "2’nci tur", [("number", "2’nci", {"value": "2", "style": "ordinal"})]),
    ("tr", "40'ıncı yıl", [("number", "40'ıncı", {"value": "40", "style": "ordinal"})]),
    # ... or a full stop before a noun, which Turkish writes in lower case
    ("tr", "Başvurular 25. gün sona erecek", [("number", "25.", {"value": "25",
                                                                  "style": "ordinal"})]),
    ("tr", "Cumhuriyetin 100. yılı", [("number", "100.", {"value": "100",
                                                          "style": "ordinal"})]),
    # a sentence's last number, before the next one's capital or at the end, is a number
    ("tr", "sayısı 25. Bakan açıkladı.", [("number", "25", {"value": "25"})]),
    ("tr", "toplam 25.", [("number", "25", {"value": "25"})]),
    ("tr", "25.04.2025 tarihinde", [("date", "25.04.2025", {"value": "2025-04-25",
                                                             "skeleton": "yMd"})]),
])
def test_ukrainian_and_turkish_ordinals(lang, text, expected):
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Indonesian writes "ke-" before the number, as Japanese "第" (the prefix in the span);
    # these were text
    ("id", "Pertemuan Tingkat Menteri ASEAN ke-3 tentang", [("number", "ke-3", ORDINAL_3)]),
    ("id", "yang ke-25.", [("number", "ke-25", {"value": "25", "style": "ordinal"})]),
    ("id", "Sidang Umum Ke-3", [("number", "Ke-3", ORDINAL_3)]),
    # Romanian its feminine's and masculine's endings after a hyphen, the article text
    ("ro", "a 3-a ediție a forumului", [("number", "3-a", ORDINAL_3)]),
    ("ro", "al 25-lea congres", [("number", "25-lea", {"value": "25", "style": "ordinal"})]),
])
def test_indonesian_and_romanian_ordinals(lang, text, expected):
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # "ke-" inside a word, or before a number that goes on, is no ordinal's
    ("id", "mesin Pike-3 baru"), ("id", "kode ke-3a"), ("id", "naik ke-3,5 persen"),
    ("ro", "Sala 3-A"),  # a room's letter, in capitals
])
def test_what_is_no_indonesian_or_romanian_ordinal(lang, text):
    assert all(attrs.get("style") != "ordinal" for _, _, attrs in found(lang, text))


@pytest.mark.parametrize(("text", "expected"), [
    # Swedish writes an ordinal with a colon and its ending ("1:a", "2:a", "3:e"): these
    # were a number and the text ":e"
    ("för 3:e gången", [("number", "3:e", ORDINAL_3)]),
    ("vann 1:a pris", [("number", "1:a", {"value": "1", "style": "ordinal"})]),
    ("den 25:e", [("number", "25:e", {"value": "25", "style": "ordinal"})]),
    # ... a day of the month too, and a range of two such days, whose ":e" is no
    # Portuguese or Italian "and"
    ("den 25:e december 2022", [("date", "25:e december 2022", {
        "value": "2022-12-25", "skeleton": "yMMMMd"})]),
    ("den 12:e–14:e maj", [("date", "12:e–14:e maj", {
        "value": "2023-05-12", "end": "2023-05-14", "skeleton": "MMMMd"})]),
    # ... and a time's colon is still a time's
    ("kl. 14:30", [("time", "14:30", {"value": "14:30"})]),
])
def test_swedish_ordinals(text, expected):
    assert found("sv", text) == expected


FI_PERCENT = {"value": "15", "style": "percent"}


@pytest.mark.parametrize(("text", "expected"), [
    # Finnish declines the word of a percentage: the partitive, genitive and illative
    ("työttömyys laski 15 prosenttia", [("number", "15 prosenttia", FI_PERCENT)]),
    ("15 prosentin kasvu", [("number", "15 prosentin", FI_PERCENT)]),
    ("osuus nousi 15 prosenttiin", [("number", "15 prosenttiin", FI_PERCENT)]),
    # percentage points are no percentage
    ("nousi 2 prosenttiyksikköä", [("number", "2", {"value": "2"})]),
    # an ordinal is the number and a full stop before a lower-case noun, as in Turkish
    ("hallitus kokoontui 3. kerran", [("number", "3.", ORDINAL_3)]),
    ("sen 25. kokous", [("number", "25.", {"value": "25", "style": "ordinal"})]),
    # ... but a number ends the sentence before a capital, and a date stays a date
    ("määrä oli 25. Hallitus päätti", [("number", "25", {"value": "25"})]),
    ("24. joulukuuta", [("date", "24. joulukuuta", {"value": "2022-12-24",
                                                    "skeleton": "MMMMd"})]),
    # an hour after "klo" or "kello" is a time; a range of two such hours is two times,
    # as "10.00–17.00" is read
    ("avoinna klo 10 alkaen", [("time", "10", {"value": "10:00"})]),
    ("avoinna kello 10–17 arkisin", [("time", "10", {"value": "10:00"}),
                                     ("time", "17", {"value": "17:00"})]),
    ("Klo 9.30–16 avoinna", [("time", "9.30", {"value": "09:30"}),
                             ("time", "16", {"value": "16:00"})]),
    ("avoinna klo 10.00–17.00", [("time", "10.00", {"value": "10:00"}),
                                 ("time", "17.00", {"value": "17:00"})]),
    ("Tiedote 24.12.2022 klo 14.40", [
        ("date", "24.12.2022", {"value": "2022-12-24", "skeleton": "yMd"}),
        ("time", "14.40", {"value": "14:40"})]),
])
def test_finnish_percentages_ordinals_and_hours(text, expected):
    assert found("fi", text) == expected


def test_a_finnish_range_of_hours_keeps_its_dash_as_text():
    match, = recognizer("fi").find("klo 10–17 ", CONTEXT)
    assert [part if isinstance(part, str) else part.text for part in match.parts] == [
        "10", "–", "17"]


@pytest.mark.parametrize(("lang", "text"), [
    # CLDR writes a month alone "L." in nb, nn, sk and hr: that is no way to write a
    # month in prose, where "3." before a word is an ordinal or a sentence's number
    ("nb", "Det er 3. gang Norge arrangerer"),
    ("nn", "For 3. gong i år"),
    ("sk", "po 3. krát"),
    ("hr", "3. put zaredom"),
])
def test_a_number_and_a_full_stop_is_no_month(lang, text):
    assert all(element != "date" for element, _, _ in found(lang, text))


@pytest.mark.parametrize(("text", "expected"), [
    # an ordinal is the number and a full stop before a lower-case noun, as in Finnish
    ("Det er 3. gang Norge arrangerer", [("number", "3.", ORDINAL_3)]),
    ("feirer 25. jubileum", [("number", "25.", {"value": "25", "style": "ordinal"})]),
    ("antallet var 25. Regjeringen", [("number", "25", {"value": "25"})]),
    # an hour after "kl." or "klokken" is a time, written with a full stop before the
    # minutes as the Language Council's norm has it; two hours after it are two times
    ("åpner kl. 10.00. Deretter", [("time", "10.00", {"value": "10:00"})]),
    ("24. desember 2022 kl. 14.40", [
        ("date", "24. desember 2022", {"value": "2022-12-24", "skeleton": "yMMMMd"}),
        ("time", "14.40", {"value": "14:40"})]),
    ("Klokken 9 i dag", [("time", "9", {"value": "09:00"})]),
    ("åpent kl. 10–17.", [("time", "10", {"value": "10:00"}),
                          ("time", "17", {"value": "17:00"})]),
    # ... and joined by "til" after the hour's word, as Danish's (the second was a number)
    ("åpent fra kl. 10 til 17", [("time", "10", {"value": "10:00"}),
                                 ("time", "17", {"value": "17:00"})]),
    ("klokken 10 til 17", [("time", "10", {"value": "10:00"}),
                           ("time", "17", {"value": "17:00"})]),
    ("fra klokka 10.30 til 17.00", [("time", "10.30", {"value": "10:30"}),
                                    ("time", "17.00", {"value": "17:00"})]),
    # not "og": "kl." is the singular too ("at 10, and 20 participants")
    ("kl. 10 og 20 deltakere", [("time", "10", {"value": "10:00"}),
                                ("number", "20", {"value": "20"})]),
    ("åpner 10 til 17 kontorer", [("number", "10", {"value": "10"}),
                                 ("number", "17", {"value": "17"})]),
])
def test_norwegian_ordinals_and_hours(text, expected):
    assert found("nb", text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Norwegian's percentage word, as Finnish's are tabled: "15" and text before
    ("nb", "økte med 15 prosent i fjor", [("number", "15 prosent", FI_PERCENT)]),
    ("nn", "auka med 15 prosent", [("number", "15 prosent", FI_PERCENT)]),
    ("nb", "steg 15 prosentpoeng", [("number", "15", {"value": "15"})]),  # points: none
    # the krone before the amount, as prices and grants are written
    ("nb", "og kr 250 000 går til nødhjelp", _money("kr 250 000", "250000", "NOK")),
    ("nn", "kr. 1,5 milliardar", _money("kr. 1,5 milliardar", "1500000000", "NOK", True)),
])
def test_norwegian_percentages_and_kroner_before_the_amount(lang, text, expected):
    assert found(lang, text) == expected


@pytest.mark.parametrize("lang", ["no", "nb"])
def test_a_release_of_a_no_project_is_read_by_bokmals_rules(lang):
    # A project of source-locale "no" (CLDR's Norwegian, written in Bokmål) got none of
    # nb's tables: "kl. 14.40" was a number, "250 kroner" a number and text.
    text = ("Skolen åpner\n\n24. desember 2022\n\nSkolen åpner kl. 14.40 for 3. gang, "
            "og billetten koster 250 kroner.\n")
    release = normalize(text.encode("utf-8"), "input.txt",
                        Options(lang=lang, default_publisher="Lønnvik kommune")).release
    body = release.body[0]
    assert isinstance(body, Segment)
    assert [(s.name, s.text, dict(s.attrs)) for s in body.content if isinstance(s, Span)] == [
        ("time", "14.40", {"value": "14:40"}), ("number", "3.", ORDINAL_3),
        ("money", "250 kroner", {"value": "250", "currency": "NOK"})]


@pytest.mark.parametrize(("page", "project", "tagged"), [
    # a page of the project's language alone takes the project's tag, as "fr" in "fr-FR"
    ("no", "no-NO", "no-NO"),
    # ... and one of another language subtag keeps its own, though nb's rules read both
    ("nb", "no", "nb"),
])
def test_reading_no_by_nb_s_rules_leaves_a_release_s_tag_as_it_was(page, project, tagged):
    # `language` gave "nb" for "no-NO" once no was read by nb's rules, and tags were
    # compared by it: a lang="no" page of a no-NO project was tagged "no", a release
    # validate warns of, and an nb page of a no project "no".
    html = (f'<!DOCTYPE html><html lang="{page}"><head><title>Skolen åpner</title></head>'
            '<body><main><h1>Skolen åpner</h1><p>24. desember 2022</p>'
            '<p>Skolen åpner kl. 14.40.</p></main></body></html>')
    release = normalize(html.encode(), "page.html", Options(
        source_locale=project, default_publisher="Lønnvik kommune")).release
    assert release.lang == tagged


@pytest.mark.parametrize(("lang", "text"), [
    # a telephone number's digit groups after its word are no number ("116 117", 116117)
    ("fi", "Päivystysapu puh. 116 117 auttaa"),
    ("fi", "puhelin 116 117"),
    ("sv", "Ring tfn 113 13 för information"),
])
def test_finnish_and_swedish_phone_numbers_after_their_word_are_no_values(lang, text):
    assert found(lang, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the scale abbreviated as prose writes it (CLDR's million is "εκ."), and "δις"
    ("σε 250 εκατ. ευρώ", [("money", "250 εκατ. ευρώ", {
        "value": "250000000", "currency": "EUR", "notation": "compact"})]),
    ("1,2 δισ. ευρώ", [("money", "1,2 δισ. ευρώ", {
        "value": "1200000000", "currency": "EUR", "notation": "compact"})]),
    ("2 δις ευρώ", [("money", "2 δις ευρώ", {
        "value": "2000000000", "currency": "EUR", "notation": "compact"})]),
    ("30 εκατ. κατοίκους", [("number", "30 εκατ.", {
        "value": "30000000", "notation": "compact"})]),
    # the numeric date with its full year (CLDR's short one writes "d/M/yy")
    ("έως τις 24/12/2022.", [("date", "24/12/2022", {"value": "2022-12-24",
                                                      "skeleton": "yMd"})]),
    ("στις 3/1/2023", [("date", "3/1/2023", {"value": "2023-01-03", "skeleton": "yMd"})]),
    # ordinals: the article's ending, in its genders and cases
    ("η 3η συνάντηση", [("number", "3η", {"value": "3", "style": "ordinal"})]),
    ("ο 3ος γύρος", [("number", "3ος", {"value": "3", "style": "ordinal"})]),
    ("το 3ο συνέδριο", [("number", "3ο", {"value": "3", "style": "ordinal"})]),
    ("την 25η επέτειο", [("number", "25η", {"value": "25", "style": "ordinal"})]),
    # ... and the day of a date so written
    ("της 25ης Μαρτίου 2021", [("date", "25ης Μαρτίου 2021", {"value": "2021-03-25",
                                                             "skeleton": "yMMMMd"})]),
])
def test_greek_values(text, expected):
    assert found("el", text) == expected


CS_NUMERIC_DATE = {"value": "2022-12-24", "skeleton": "yMd"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # CLDR's cs, sk and fi abbreviated-month patterns ("d. M. y", "d.M.y") write the month
    # as a number: a date so written is the locale's numeric date, as "24.12.2022" is
    ("cs", "dne 24. 12. 2022 setkal", [("date", "24. 12. 2022", CS_NUMERIC_DATE)]),
    ("cs", "dne 24.12.2022", [("date", "24.12.2022", CS_NUMERIC_DATE)]),
    ("sk", "dňa 24. 12. 2022", [("date", "24. 12. 2022", CS_NUMERIC_DATE)]),
    ("fi", "Tiedote 24.12.2022", [("date", "24.12.2022", CS_NUMERIC_DATE)]),
    # ... and a month's name is still the long date, a Japanese "M月" still its name
    ("cs", "24. prosince 2022", [("date", "24. prosince 2022", {
        "value": "2022-12-24", "skeleton": "yMMMMd"})]),
    ("ja", "2022年12月24日", [("date", "2022年12月24日", {
        "value": "2022-12-24", "skeleton": "yMMMMd"})]),
])
def test_a_date_whose_cldr_pattern_writes_the_month_as_a_number_is_numeric(
        lang, text, expected):
    assert found(lang, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an hour before "hodin" (o'clock, and hours) is a time after a time's preposition;
    # "od 10 do 17 hodin" is two times, as Dutch "van 10 tot 17 uur" is
    ("otevřeno od 10 do 17 hodin", [("time", "10", {"value": "10:00"}),
                                    ("time", "17 hodin", {"value": "17:00"})]),
    # ... unless its sentence counts hours ("týdně", weekly), as Dutch's may
    ("pracují od 10 do 12 hodin týdně", [("number", "10", {"value": "10"}),
                                         ("duration", "12 hodin", {"value": "PT12H"})]),
    ("začátek v 17 hodin", [("time", "17 hodin", {"value": "17:00"})]),
    # "hod.", its abbreviation, after minutes written with a full stop
    ("konference v 10.00 hod. v budově", [("time", "10.00 hod.", {"value": "10:00"})]),
    # ... but hours alone count hours, and no clock has 48
    ("jednání trvalo 17 hodin", [("duration", "17 hodin", {"value": "PT17H"})]),
    ("odpověď do 48 hodin", [("duration", "48 hodin", {"value": "PT48H"})]),
])
def test_czech_hours(text, expected):
    assert found("cs", text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an ordinal is the number and a full stop before a lower-case word, as in Polish
    ("cs", "zahájil 3. ročník konference", [("number", "3.", ORDINAL_3)]),
    ("cs", "u příležitosti 25. výročí", [("number", "25.", {"value": "25",
                                                              "style": "ordinal"})]),
    ("sk", "otvoril 3. ročník", [("number", "3.", ORDINAL_3)]),
    # ... a number before a capital ends its sentence
    ("cs", "zemí bylo 25. Ministr dodal", [("number", "25", {"value": "25"})]),
    # ... a capital with a háček too, which the ASCII-and-Latin-1 class of capitals missed
    ("cs", "zemí bylo 25. Česko dodalo", [("number", "25", {"value": "25"})]),
    ("sk", "krajín bolo 25. Štát dodal", [("number", "25", {"value": "25"})]),
    # the word of a percentage in its cases
    ("cs", "podíl vzrostl o 15 procent", [("number", "15 procent", FI_PERCENT)]),
    ("cs", "zhruba 2 procenta rozpočtu", [("number", "2 procenta", {
        "value": "2", "style": "percent"})]),
    ("sk", "o 15 percent", [("number", "15 percent", FI_PERCENT)]),
    # percentage points are no percentage
    ("cs", "o 2 procentní body", [("number", "2", {"value": "2"})]),
])
def test_czech_and_slovak_ordinals_and_percentages(lang, text, expected):
    assert found(lang, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Slovak's "o" is "at" before an hour and "by" before a quantity: no range's word nor
    # a time's preposition, so what follows it is read as it is anywhere
    ("ceny stúpli o 15 percent", [("number", "15 percent", FI_PERCENT)]),
    ("lehotu predĺžili o 2 hodiny", [("duration", "2 hodiny", {"value": "PT2H"})]),
    ("stretnutie o 24. decembra", [("date", "24. decembra", {"value": "2022-12-24",
                                                             "skeleton": "MMMMd"})]),
])
def test_slovak_o_is_no_time_preposition(text, expected):
    assert found("sk", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Hungarian puts a range's words after its hours: two times, as Dutch "van 10 tot 17
    # uur" is; the words are text ("10 és 17 óra között" was a number and 17 hours)
    ("10 és 17 óra között látogatható", [("time", "10", {"value": "10:00"}),
                                         ("time", "17 óra", {"value": "17:00"})]),
    ("nyitva 10-től 17 óráig", [("time", "10", {"value": "10:00"}),
                                ("time", "17 óráig", {"value": "17:00"})]),
    ("8-tól 9 óráig", [("time", "8", {"value": "08:00"}),
                       ("time", "9 óráig", {"value": "09:00"})]),
    ("10 órától 17 óráig", [("time", "10 órától", {"value": "10:00"}),
                            ("time", "17 óráig", {"value": "17:00"})]),
    ("14:00 és 16:00 óra között", [("time", "14:00", {"value": "14:00"}),
                                   ("time", "16:00", {"value": "16:00"})]),
    # ... a night's range too
    ("22 és 6 óra között zárva", [("time", "22", {"value": "22:00"}),
                                  ("time", "6 óra", {"value": "06:00"})]),
    # ... unless its sentence counts hours ("naponta", daily), as Dutch's may
    ("naponta 8 és 10 óra között dolgoznak", [("number", "8", {"value": "8"}),
                                              ("duration", "10 óra", {"value": "PT10H"})]),
    # words that do not go together make no range, nor does "óráig" alone (until 17, or
    # for 17 hours)
    ("10 és 17 óráig", [("number", "10", {"value": "10"}), ("number", "17", {"value": "17"})]),
    ("17 óráig", [("number", "17", {"value": "17"})]),
    # an hour "at" ("órakor") is a time of day, as its minutes with the ending make one
    ("a tájékoztató 10 órakor kezdődik", [("time", "10 órakor", {"value": "10:00"})]),
    ("14 órakor", [("time", "14 órakor", {"value": "14:00"})]),
    ("10:30 órakor", [("time", "10:30 órakor", {"value": "10:30"})]),
    ("14:30-kor", [("time", "14:30", {"value": "14:30"})]),
    # ... where "óra" alone counts hours
    ("10 óra", [("duration", "10 óra", {"value": "PT10H"})]),
    # a length of time in its cases
    ("30 percig tartott", [("duration", "30 percig", {"value": "PT30M"})]),
    ("3 órán át tárgyaltak", [("duration", "3 órán át", {"value": "PT3H"})]),
    ("10 napig", [("duration", "10 napig", {"value": "P10D"})]),
])
def test_hungarian_hours(text, expected):
    assert found("hu", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a currency's or the percentage's word with a case ending joined to it
    ("1,5 milliárd forintot", [("money", "1,5 milliárd forintot", {
        "value": "1500000000", "currency": "HUF", "notation": "compact"})]),
    ("250 millió forinttal", [("money", "250 millió forinttal", {
        "value": "250000000", "currency": "HUF", "notation": "compact"})]),
    ("1000 eurót", [("money", "1000 eurót", {"value": "1000", "currency": "EUR"})]),
    # ... or hyphened to the abbreviation, the ending text
    ("250 millió Ft-ot", [("money", "250 millió Ft", {
        "value": "250000000", "currency": "HUF", "notation": "compact"})]),
    ("15 százalék", [("number", "15 százalék", FI_PERCENT)]),
    ("15 százalékkal nőtt", [("number", "15 százalékkal", FI_PERCENT)]),
    ("a lakosság 15 százaléka", [("number", "15 százaléka", FI_PERCENT)]),
    # percentage points are no percentage
    ("2 százalékponttal", [("number", "2", {"value": "2"})]),
    # a year and a range of years with a hyphened ending, the ending text
    ("2022–2023-ban", [("date", "2022–2023", {"value": "2022", "end": "2023",
                                              "skeleton": "y"})]),
    ("2023-ban", [("date", "2023", {"value": "2023", "skeleton": "y"})]),
    ("2024-től", [("date", "2024", {"value": "2024", "skeleton": "y"})]),
    # ordinals are the number and a full stop before a lower-case word
    ("3. alkalommal", [("number", "3.", ORDINAL_3)]),
    ("a 25. évforduló", [("number", "25.", {"value": "25", "style": "ordinal"})]),
    # ... not a date's year
    ("2024. március 5.", [("date", "2024. március 5.", {"value": "2024-03-05",
                                                        "skeleton": "yMMMMd"})]),
    ("száma 25. A miniszter", [("number", "25", {"value": "25"})]),
    ("száma 25. Őszintén szólva", [("number", "25", {"value": "25"})]),
])
def test_hungarian_case_endings_and_ordinals(text, expected):
    assert found("hu", text) == expected


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("text", ["Legevakt tlf. 116 117 hjelper", "ring tlf 113 13 nå",
                                  "mobil 912 34", "telefon: 116 117"])
def test_norwegian_phone_numbers_after_their_word_are_no_values(lang, text):
    # too short for a tel: link, still no number to localise ("912 34" read as 91234)
    assert found(lang, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # Indonesian writes the rupiah "Rp" before the amount, spaced or not, its scale word
    # after it; CLDR's id gives IDR that symbol, which, being letters, is no symbol there
    ("dana sebesar Rp1,5 triliun untuk", [("money", "Rp1,5 triliun", {
        "value": "1500000000000", "currency": "IDR", "notation": "compact"})]),
    ("investasi senilai Rp 250 miliar di", [("money", "Rp 250 miliar", {
        "value": "250000000000", "currency": "IDR", "notation": "compact"})]),
    ("harga tiket Rp50.000 per orang", [("money", "Rp50.000", {
        "value": "50000", "currency": "IDR"})]),
    # the percentage's word, as "15%" is
    ("naik 15 persen dibandingkan", [("number", "15 persen", {
        "value": "15", "style": "percent"})]),
    # the short date CLDR writes "dd/MM/yy", with the year's four digits releases write
    ("Tokyo, 24/12/2022", [("date", "24/12/2022", {"value": "2022-12-24",
                                                    "skeleton": "yMd"})]),
])
def test_indonesian_rupiah_percentages_and_numeric_dates(text, expected):
    assert found("id", text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A currency's code against its amount, as a letter sign is ("Rp1,5 triliun"):
    # these were text, "USD 2 juta" with its space money
    ("id", "dukungan sebesar USD2 juta untuk", _money("USD2 juta", "2000000", "USD", True)),
    ("en", "a grant of USD2 million for", _money("USD2 million", "2000000", "USD", True)),
    ("en", "EUR5 million in aid", _money("EUR5 million", "5000000", "EUR", True)),
    ("en", "priced at CHF250 each", _money("CHF250", "250", "CHF")),
    # three capitals that are no currency's code, or a letter against the amount
    # ("USD2m", as "USD 2m"), leave the digits text, not a number
    ("en", "certified to ISO9001 in", []),
    ("en", "a USD2m grant", []),
])
def test_a_currency_code_against_its_amount_is_money(lang, text, expected):
    assert found(lang, text) == expected


@pytest.mark.parametrize("text", ["A4 paper", "the G20 summit", "COVID19 cases",
                                  "flight MH17 crashed", "the EUROS2024 team"])
def test_capitals_against_digits_that_are_no_code_alone_are_no_money(text):
    assert "money" not in {name for name, _, _ in found("en", text)}


@pytest.mark.parametrize("text", ["ranked in the TOP 10 of", "ranked in the TOP10 of",
                                  "ALL 3 teams qualified", "the PEN3 test", "MAD2 project",
                                  "TRY 250 times"])
def test_a_code_that_is_also_a_word_before_a_bare_number_is_no_money(text):
    # TOP (the Tongan pa'anga), ALL (the Albanian lek), PEN, MAD, TRY are ISO codes and
    # words in capitals: "the TOP 10" was 10 pa'anga, "T$10" on an English page
    assert "money" not in {name for name, _, _ in found("en", text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("a loan of TRY 2 million", _money("TRY 2 million", "2000000", "TRY", True)),
    ("a loan of TRY2 million", _money("TRY2 million", "2000000", "TRY", True)),
    ("costs CAD 250", _money("CAD 250", "250", "CAD")),
])
def test_a_code_that_is_also_a_word_is_money_with_a_scale_word(text, expected):
    assert found("en", text) == expected


RO_PERCENT = {"value": "15", "style": "percent"}


@pytest.mark.parametrize(("text", "expected"), [
    # Romanian's percentage words, "la sută" and "procente" (with "de" from 20 up, as its
    # amounts): "15" and text before
    ("au crescut cu 15 la sută față de anul trecut", [("number", "15 la sută", RO_PERCENT)]),
    ("o creștere de 15 procente", [("number", "15 procente", RO_PERCENT)]),
    ("a scăzut cu 25 de procente", [("number", "25 de procente",
                                      {"value": "25", "style": "percent"})]),
    # percentage points are no percentage
    ("a crescut cu 2 puncte procentuale", [("number", "2", {"value": "2"})]),
    # thousands grouped by a space, as Romanian's norm writes them beside CLDR's "1.200":
    # "1 200" was the numbers 1 and 200
    ("peste 1 200 de persoane", [("number", "1 200", {"value": "1200"})]),
    ("peste 1.200 de persoane", [("number", "1.200", {"value": "1200"})]),
    ("un total de 2 500 000 de euro", _money("2 500 000 de euro", "2500000", "EUR")),
    # "ora" (the hour) before it makes an hour a time, with a full stop before the
    # minutes as often as a colon ("ora 14.40" was text); "orele" before a range of two
    # hours makes two times
    ("la ora 14.40 a început", [("time", "14.40", {"value": "14:40"})]),
    ("începând cu ora 10, vizitatorii", [("time", "10", {"value": "10:00"})]),
    ("Ora 9.30 este ora de început", [("time", "9.30", {"value": "09:30"})]),
    ("deschis între orele 10–17", [("time", "10", {"value": "10:00"}),
                                   ("time", "17", {"value": "17:00"})]),
    # ... or joined by "și" (and), "până la" (until) after "orele": the second hour was a
    # number; not after the singular "ora", where "și" adds something else
    ("între orele 10.00 și 17.00", [("time", "10.00", {"value": "10:00"}),
                                    ("time", "17.00", {"value": "17:00"})]),
    ("Orele 9 până la 13", [("time", "9", {"value": "09:00"}),
                            ("time", "13", {"value": "13:00"})]),
    ("la ora 10 și 20 de persoane", [("time", "10", {"value": "10:00"}),
                                     ("number", "20", {"value": "20"})]),
    # ... and a decimal is still written with a comma, a section's number no time
    ("o rată de 2,5 la sută", [("number", "2,5 la sută", {"value": "2.5",
                                                           "style": "percent"})]),
    ("capitolul 3.12 al raportului", []),
])
def test_romanian_percentages_thousands_and_hours(text, expected):
    assert found("ro", text) == expected


PL_10, PL_16 = ("time", "10", {"value": "10:00"}), ("time", "16", {"value": "16:00"})


@pytest.mark.parametrize(("text", "expected"), [
    # Two hours joined by "i" (and) or "do" (to) after the abbreviated "godz." or the
    # plural "godzinach" are two times, as Romanian's after "orele": the second was a
    # number, and after the plural both were
    ("zwiedzanie w godz. 10 i 16", [PL_10, PL_16]),
    ("od godz. 10 do 16", [PL_10, PL_16]),
    ("w godzinach 10 i 16", [PL_10, PL_16]),
    ("w godzinach 10–16", [PL_10, PL_16]),
    ("Godz. 10 i 16: pokazy", [PL_10, PL_16]),  # an agenda line's capital
    # not after the singular, where "i" adds something else
    ("o godzinie 10 i 20 osób", [PL_10, ("number", "20", {"value": "20"})]),
])
def test_polish_hours_joined_by_a_word(text, expected):
    assert found("pl", text) == expected
