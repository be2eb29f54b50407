"""Release ids: date and title slug, ASCII, at most 64 characters."""

from __future__ import annotations

import re

import pytest

from toolkit.normalize import Report, derive_id, slug


@pytest.mark.parametrize(("title", "expected"), [
    ("Japan-Kyrgyz Foreign Ministers' Meeting", "japan-kyrgyz-foreign-ministers-meeting"),
    ("Japan–Mongolia Foreign Ministers’ Meeting", "japan-mongolia-foreign-ministers-meeting"),
    ("Déclaration conjointe franco-kirghize", "declaration-conjointe-franco-kirghize"),
    ("О встрече министров", "o-vstreche-ministrov"),
    ("  USD 2 million / 1.5 billion yen!  ", "usd-2-million-1-5-billion-yen"),
    # letters with no decomposition keep their base letter rather than vanish
    ("Bałtycka Energia: wyniki", "baltycka-energia-wyniki"),
    ("Dışişleri Bakanı Tokyo'da", "disisleri-bakani-tokyoda"),
    # Turkish dotted capitals casefold to "i" and a combining dot, which is no separator
    ("İstanbul ve İzmir'de İnceleme", "istanbul-ve-izmirde-inceleme"),
    # nor is an accent typed apart (a decomposed "é", as macOS writes file names)
    ("Cafe\u0301 de l'Europe", "cafe-de-leurope"),
    ("Ørsted og Næringslivets", "orsted-og-naeringslivets"),
    ("Œuvre d'art", "oeuvre-dart"),
    # Greek as ELOT 743 writes it in Latin: accents and final sigma fold, "ου" is "ou",
    # "αυ"/"ευ" are "av"/"ev" ("af"/"ef" before a voiceless consonant or at the end)
    ("Υπουργείο Εξωτερικών", "ypourgeio-exoterikon"),
    ("ΔΕΛΤΙΟ ΤΥΠΟΥ: Ευρωπαϊκή Ένωση", "deltio-typou-evropaiki-enosi"),
    ("Αυτοκίνητο, Ταΰγετος και Θεσσαλονίκη", "aftokinito-taygetos-kai-thessaloniki"),
    ("Ψηφιακή Διακυβέρνηση", "psifiaki-diakyvernisi"),
    ("Προϋπολογισμός 2023", "proypologismos-2023"),
    # ... and "γ" before "γ", "ξ", "χ" is "n"; "μπ" opening or ending a word is "b"
    ("Αγγλία, Σφίγξ και Έλεγχος", "anglia-sfinx-kai-elenchos"),
    ("Μπακογιάννη στην Ολυμπία", "bakogianni-stin-olympia"),
    # Hebrew's consonants as the Academy's 2006 rules write them, no vowel written: "ח"
    # "h", "צ" "ts", "ו" "v"; "א", "ע" nothing; "ב", "כ", "פ" "b", "k", "p" opening a word,
    # "v", "kh", "f" after; a gershayim inside a word ("מנכ"ל") and a point are dropped
    ("השר כהן נפגש עם שר החוץ", "hshr-khn-nfgsh-m-shr-hhvts"),
    ("מנכ\"ל משרד הבריאות", "mnkhl-mshrd-hvryvt"),
    ("מנכ״ל פגישה בתל־אביב", "mnkhl-pgyshh-btl-vyv"),
    # ... the dagesh, where a text is pointed, says "b" or "v"; a sin dot "s"
    ("שָׁלוֹם בְּבֵית יִשְׂרָאֵל", "shlvm-bvyt-ysrl"),
    # ... and a geresh after "ג", "ז", "צ" writes a foreign sound, "j", "zh", "ch"
    ("ג'ו ביידן וצ׳רצ׳יל", "jv-byydn-vchrchyl"),
])
def test_slugs_are_ascii_words_joined_by_hyphens(title, expected):
    assert slug(title) == expected


def test_ids_are_date_and_title_cut_at_a_word_within_64_characters():
    title = ("Courtesy Call on Parliamentary Vice-Minister Suzuki by H.E. Mr. Zheenbek "
             "KULUBAEV, Minister of Foreign Affairs of the Kyrgyz Republic")
    release_id = derive_id("2022-12-24", title, Report("x"))
    assert len(release_id) <= 64
    assert re.fullmatch(r"[a-z0-9-]+", release_id)
    assert release_id == "2022-12-24-courtesy-call-on-parliamentary-vice-minister-suzuki"


def test_a_greek_title_names_its_release_rather_than_a_hash():
    report = Report("x")
    release_id = derive_id("2022-12-24", "Συνάντηση του Υπουργού Εξωτερικών", report)
    assert release_id == "2022-12-24-synantisi-tou-ypourgou-exoterikon"
    assert report.guesses == []


def test_a_hebrew_title_names_its_release_rather_than_a_hash():
    # it was "2022-12-24-0619981f": no Hebrew letter was transliterated
    report = Report("x")
    release_id = derive_id("2022-12-24", "השר כהן נפגש עם שר החוץ", report)
    assert release_id == "2022-12-24-hshr-khn-nfgsh-m-shr-hhvts"
    assert report.guesses == []


def test_a_title_without_usable_letters_gets_a_hash():
    report = Report("x")
    release_id = derive_id("2022-12-24", "日本・キルギス外相会談", report)
    assert re.fullmatch(r"2022-12-24-[0-9a-f]{8}", release_id)
    assert [g.what for g in report.guesses] == ["id"]


@pytest.mark.parametrize("title", [
    "الإمارات تعلن عن مبادرة للطاقة النظيفة بقيمة 3 مليارات درهم",  # was "2025-01-10-3"
    "G7外相会合の開催について",  # was "-g7", the id of every G7 release that day
])
def test_a_title_of_few_usable_letters_gets_a_hash_not_its_digits(title):
    report = Report("x")
    release_id = derive_id("2025-01-10", title, report)
    assert re.fullmatch(r"2025-01-10-[0-9a-f]{8}", release_id)
    assert [g.what for g in report.guesses] == ["id"]
