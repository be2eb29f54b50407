"""A person a rule named is marked wherever the release names them again (mentions)."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.model import Span, iter_spans
from toolkit.normalize import Options, normalize


def persons(text: str, lang: str) -> list[str]:
    """The persons of a release made of a title line and paragraphs, in document order."""
    options = Options(date=dt.date(2023, 6, 12), publisher="Ministry", lang=lang)
    release = normalize(text.encode(), "in.txt", options).release
    return [s.text for seg in release.segments() for s in iter_spans(seg.content)
            if isinstance(s, Span) and s.name == "person"]


def guesses(text: str, lang: str) -> list[tuple[str, str]]:
    options = Options(date=dt.date(2023, 6, 12), publisher="Ministry", lang=lang)
    report = normalize(text.encode(), "in.txt", options).report
    return [(g.value, g.rule) for g in report.guesses if g.what == "person"]


def test_a_family_name_alone_after_the_full_name_is_the_person():
    text = ("Energieforum eröffnet\n\nBundeswirtschaftsminister Robert Habeck hat das Forum "
            "eröffnet.\n\n„Wir brauchen Wasserstoff“, sagte Habeck am Abend.\n")
    assert persons(text, "de") == ["Robert Habeck", "Habeck"]


def test_the_headline_names_the_person_before_the_body_does():
    text = ("Schulze besucht Mauretanien\n\nBundesentwicklungsministerin Svenja Schulze ist "
            "in Nouakchott eingetroffen.\n")
    assert persons(text, "de") == ["Schulze", "Svenja Schulze"]


def test_a_family_name_in_capitals_is_found_as_a_sentence_writes_it():
    text = ("Foreign Ministers' Meeting\n\nMr. HAYASHI Yoshimasa, Minister for Foreign "
            "Affairs, met H.E. Mr. Enrique A. MANALO.\n\nSecretary Manalo thanked Japan. "
            "Hayashi and Manalo agreed to meet again.\n")
    assert persons(text, "en") == ["Mr. HAYASHI Yoshimasa", "H.E. Mr. Enrique A. MANALO",
                                   "Manalo", "Hayashi", "Manalo"]


def test_a_mention_is_reported_once_with_the_name_it_stands_for():
    text = ("Meeting\n\nMr. Enrique MANALO arrived.\n\nManalo spoke. Then Manalo left.\n")
    assert guesses(text, "en") == [
        ("Manalo", "a mention of Mr. Enrique MANALO, marked where a rule named the person")]


def test_particles_belong_to_the_family_name():
    text = ("Rencontre\n\nM. Bruno Le Maire a reçu la délégation.\n\nLe Maire a salué "
            "l'accord.\n")
    assert persons(text, "fr") == ["M. Bruno Le Maire", "Le Maire"]


@pytest.mark.parametrize(("text", "lang"), [
    # Another person of the same family name: the given name before it is capitalised.
    ("Meeting\n\nSenator the Hon. Penny Wong met the press.\n\nStephen Wong spoke.\n", "en"),
    # Inside another word, or a compound.
    ("Meeting\n\nMr. John Rich arrived.\n\nThe Richmond office closed.\n", "en"),
    # A German noun after an article.
    ("Treffen\n\nBotschafterin Anke Fischer war dabei.\n\nDie Fischer der Region "
     "klagen.\n", "de"),
    # A common word of the release where a sentence opens.
    ("Meeting\n\nMr. Robert Young arrived.\n\nYoung people came too, young and old.\n",
     "en"),
    # A month is never a family name alone.
    ("Meeting\n\nMs. Theresa May arrived.\n\nMay brings rain.\n", "en"),
])
def test_what_only_looks_like_a_family_name_is_left_alone(text: str, lang: str):
    assert len(persons(text, lang)) == 1


def test_the_full_name_repeated_alone_in_chinese_and_the_family_name_before_a_title():
    text = ("王毅同澳大利亚外长黄英贤举行会谈\n\n"
            "国务委员兼外长王毅在北京同澳大利亚外长黄英贤举行会谈。\n\n"
            "黄英贤表示，澳方愿加强沟通。会谈后，王部长和黄外长共同会见了记者。\n")
    assert persons(text, "zh") == ["王毅", "黄英贤", "王毅", "黄英贤", "黄英贤", "王", "黄"]


def test_a_chinese_family_character_is_no_mention_inside_a_word():
    text = "会谈\n\n外长王毅会见泰国国王。国王部长会议在曼谷举行。\n"
    assert persons(text, "zh") == ["王毅"]


def test_japanese_family_name_before_a_particle_and_the_last_part_of_a_katakana_name():
    text = ("実証事業を開始\n\n佐藤健一社長は挨拶しました。マッツ・ニールセン氏が出席しました。\n\n"
            "佐藤は協議を重ねてきました。ニールセンが率いるチームが参加します。\n")
    assert persons(text, "ja") == ["佐藤健一", "マッツ・ニールセン氏", "佐藤", "ニールセン"]


def test_a_japanese_name_is_no_mention_inside_a_longer_word_nor_as_one_character():
    # "林" (forest) alone is no family name; "林芳正郎" is another, longer name.
    text = ("会談\n\n林芳正外務大臣は会談しました。\n\n"
            "森林は保全され、林は広がります。林芳正郎も来ました。\n")
    assert persons(text, "ja") == ["林芳正"]


def orgs(text: str, lang: str) -> list[str]:
    options = Options(date=dt.date(2023, 6, 12), publisher="Company", lang=lang)
    release = normalize(text.encode(), "in.txt", options).release
    return [s.text for seg in release.segments() for s in iter_spans(seg.content)
            if isinstance(s, Span) and s.name == "org"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the headline names the company without the legal form the body gives it
    ("en", "Voltera Opens a Plant\n\nVoltera B.V. opened a plant. Voltera employs 620 "
           "people.\n", ["Voltera", "Voltera B.V.", "Voltera"]),
    ("ja", "みなとエナジー、実証を開始\n\n株式会社みなとエナジーは実証を開始します。"
           "みなとエナジーは、漁協と協議しました。\n",
     ["みなとエナジー", "株式会社みなとエナジー", "みなとエナジー"]),
    # not inside a longer word or name
    ("en", "Acme Corp. Opens\n\nAcme Corp. said that Acmeville and Acme-Tech grew.\n",
     ["Acme Corp.", "Acme Corp."]),
    ("ja", "契約の締結\n\n九州建設㈱は、北九州建設と契約しました。\n", ["九州建設㈱"]),
])
def test_a_company_is_marked_again_without_its_legal_form(lang, text, expected):
    assert orgs(text, lang) == expected


def test_a_german_family_name_in_the_genitive_is_the_person():
    text = ("Lemke stellt Programm vor\n\nBundesumweltministerin Steffi Lemke hat das Programm "
            "vorgestellt. Nach Lemkes Worten ist es dringend.\n")
    assert persons(text, "de") == ["Lemke", "Steffi Lemke", "Lemkes"]


def test_a_given_name_alone_is_the_person_only_in_a_quotation():
    text = ("Appointment\n\nThe board named Priya Raman chief financial officer. \"Priya "
            "brings discipline,\" said the chair. Priya Street is nearby.\n")
    assert persons(text, "en") == ["Priya Raman", "Priya"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Fusion autorisée\n\nL'Autorité de la concurrence a autorisé la fusion. Selon l'Autorité, "
     "les prix baisseront.\n", ["Autorité de la concurrence", "Autorité"]),
    # another body's name after the head (a body of its own), a head inside a word
    ("Avis\n\nL'Autorité de la concurrence a rendu un avis. L'Autorité européenne des marchés "
     "a suivi; l'Autorités n'existe pas.\n",
     ["Autorité de la concurrence", "Autorité européenne des marchés"]),
    ("Avis\n\nL'Autorité de la concurrence a rendu un avis. L'Autorité Lambda a suivi.\n",
     ["Autorité de la concurrence"]),
])
def test_a_french_public_body_is_named_again_by_its_head(text, expected):
    assert orgs(text, "fr") == expected


def test_a_family_name_after_a_body_word_is_the_body_and_after_an_elision_the_person():
    # "Groupe Vernay" is the group named after its founder, not him; "d'Henri Vernay"
    # is the founder's full name after an elided preposition.
    text = ("Disparition d'Henri Vernay, fondateur du Groupe Vernay\n\nLe Groupe Vernay "
            "annonce la disparition de son fondateur, Henri Vernay, à 91 ans.\n")
    assert persons(text, "fr") == ["Henri Vernay", "Henri Vernay"]


def test_a_paragraph_naming_the_person_thousands_of_times_marks_each_mention():
    """Each mention's test of the sentence and the word before it was a search, anchored
    at the end, of all the text before it: 5,000 mentions in one 65 KB paragraph took 72 s
    (46 s as "Hayashi spoke."), now a fraction of a second."""
    text = ("Foreign Ministers' Meeting\n\nMr. HAYASHI Yoshimasa, Minister for Foreign "
            "Affairs, met the press.\n\n" + "said Hayashi " * 5_000 + "\n\n"
            + "Hayashi spoke. " * 5_000 + "\n")
    assert persons(text, "en") == ["Mr. HAYASHI Yoshimasa"] + ["Hayashi"] * 10_000


def test_a_paragraph_quoting_a_given_name_thousands_of_times_marks_each_one():
    """Whether a given name stands in a quotation was a search of all the text before it,
    for each mention: quadratic (measured by hand, 32,000 mentions in two paragraphs took
    5.5 s, now 1.1 s)."""
    text = ("Appointment\n\nThe board named Priya Raman chief financial officer.\n\n“"
            + "Priya said so, " * 4_000 + "” said the chair, Priya Street.\n\n\""
            + "Priya agreed, " * 4_000 + "\" she said, Priya Street.\n")
    assert persons(text, "en") == ["Priya Raman"] + ["Priya"] * 8_000


def test_a_given_name_after_a_quotation_closes_is_not_the_person():
    text = ("Appointment\n\nThe board named Priya Raman chief financial officer.\n\n“Priya "
            "brings discipline,” said the chair. Priya Nair agreed. \"We trust Priya,\" he said; "
            "Priya left.\n")
    assert persons(text, "en") == ["Priya Raman", "Priya", "Priya"]
