"""Conventions of press pages the held-out HTML set 7 showed (helper 75's pages in
tests/fixtures/normalize-heldout-html/*-set7-html, commit cc1f033): a place-and-date line
whose place has lower-case words, dates in digits beside a byline or an update, the end
mark of a British release before its notes to editors, the boxes a municipal CMS puts
under every page, and the counters, print links and bylines under an article."""

from __future__ import annotations

from toolkit.normalize.structure import read_dateline

from .pages import page, read, texts

PROSE = ("The council opened the new bridge on Monday after two years of work, and the first "
         "buses crossed it in the afternoon. ")
ES_PROSE = ("La Junta de Gobierno decidió por unanimidad mantener el objetivo para la tasa de "
            "interés interbancaria a un día en un nivel de 8,50 %.")


# ------------------------------------------------------------ the date
def test_a_place_of_capitalised_words_and_joiners_heads_a_date_line():
    for line, place in (("Ciudad de Santa Lucía, 26 de junio de 2025", "Ciudad de Santa Lucía"),
                        ("Ciudad de México, 26 de junio de 2025", "Ciudad de México")):
        dateline = read_dateline(line, 1, ("es",))
        assert dateline is not None and dateline.date.get("value") == "2025-06-26"
        assert dateline.place == place
    # lower-case words that join no name are a sentence's, not a place's
    assert read_dateline("Se informó de la decisión el 26 de junio de 2025", 1, ("es",)) is None
    assert read_dateline("La Junta de Gobierno se reunió, 26 de junio de 2025", 1,
                         ("es",)) is None


def test_a_byline_beside_a_date_in_digits_is_the_date_block():
    # Spanish CLDR patterns do not read "19/03/2025"; the byline is the page's.
    release, _ = read(page(
        "<article><h1>La Junta mantiene la tasa</h1><div class='noticia-metadatos'><span "
        "class='autor'>Autor: Comunicación Poder Judicial</span> <span class='fecha'>"
        f"19/03/2025</span></div><p>{ES_PROSE}</p></article>",
        "<title>La Junta mantiene la tasa | Poder Judicial</title>", lang="es"))
    assert release.meta.published.get("value") == "2025-03-19"
    assert texts(release) == [f"p: {ES_PROSE}"]


def test_a_block_of_digits_and_a_sentence_is_no_date_block():
    release, _ = read(page(
        "<article><h1>La Junta mantiene la tasa</h1><p>26 de junio de 2025</p><div><span>"
        "La Junta se reunió por la mañana y decidió la tasa.</span> <span>19/03/2025</span>"
        f"</div><p>{ES_PROSE}</p></article>",
        "<title>La Junta mantiene la tasa | Poder Judicial</title>", lang="es"))
    assert release.meta.published.get("value") == "2025-06-26"


def test_the_first_date_of_a_published_and_updated_line_is_the_publication():
    fr_prose = ("À partir de septembre, le prix du repas dans les onze écoles publiques de la "
                "ville sera calculé selon le quotient familial.")
    release, report = read(page(
        "<article><h1>La cantine passe au tarif solidaire</h1><div class='node__dates'>Publié "
        f"le 03/06/2025 - Mis à jour le 05/06/2025</div><p>{fr_prose}</p></article>",
        "<title>La cantine | Ville de Montferrand</title>", lang="fr"))
    assert release.meta.published.get("value") == "2025-06-03"
    assert texts(release) == [f"p: {fr_prose}"]
    assert any(g.what == "date" and "update" in g.rule for g in report.guesses)


# ------------------------------------------------------------ the end of the release
def test_ends_in_dashes_is_dropped_and_the_notes_to_editors_kept():
    release, report = read(page(
        f"<main><h1>Bridge opens</h1><p>May 6, 2024</p><p>{PROSE}</p><p>– Ends –</p>"
        "<h2>Notes to editors</h2><ul><li>Photos are available from the press office.</li>"
        "</ul><h2>Media contact</h2><p>Sophie Lindqvist, Press Officer</p></main>"))
    assert texts(release) == [f"p: {PROSE.strip()}", "heading: Notes to editors",
                              "item: Photos are available from the press office.",
                              "heading: Media contact", "p: Sophie Lindqvist, Press Officer"]
    assert any(g.what == "dropped" and g.value == "– Ends –" for g in report.guesses)


def test_other_end_marks_still_end_the_text():
    release, _ = read(page(
        f"<main><h1>Bridge opens</h1><p>May 6, 2024</p><p>{PROSE}</p><p>###</p>"
        "<p>Subscribe to our newsletter for more stories.</p></main>"))
    assert texts(release) == [f"p: {PROSE.strip()}"]


JA_PROSE = ("北浦市消防局では、住宅用火災警報器の設置状況を把握するため、市内の住宅を対象に調査を"
            "実施しました。")


def test_a_japanese_sites_contact_box_and_survey_under_the_page_are_the_sites():
    release, _ = read(page(
        "<div id='main_body'><h1>設置率調査の結果について</h1><p>令和7年1月20日</p>"
        f"<p>{JA_PROSE}</p>"
        "<h2>4　問い合わせ先</h2><p>北浦市消防局予防部予防課　電話：000-000-0119</p>"
        "<div class='plugin'><p>PDFファイルを見るには、Adobe Acrobat Reader（無料）が必要です。</p>"
        "</div><div id='contact'><h2>このページに関するお問い合わせ</h2><p>消防局予防部予防課<br>"
        "電話番号：000-000-0119</p></div><div id='questionnaire'><h2>このページについて、ご意見を"
        "お聞かせください</h2><p>このページの情報は役に立ちましたか？</p></div></div>",
        "<title>設置率調査の結果について｜北浦市</title>", lang="ja"))
    assert texts(release) == [f"p: {JA_PROSE}", "heading: 4　問い合わせ先",
                              "p: 北浦市消防局予防部予防課　電話：000-000-0119"]


def test_a_french_en_savoir_plus_box_is_the_sites_links():
    fr_prose = ("À partir de septembre, le prix du repas dans les onze écoles publiques de la "
                "ville sera calculé selon le quotient familial.")
    release, _ = read(page(
        f"<article><h1>La cantine passe au tarif solidaire</h1><p>3 juin 2025</p><p>{fr_prose}"
        "</p><div class='bloc-savoir-plus'><h3>En savoir plus</h3><ul><li><a href='/f'>Portail "
        "famille</a></li></ul></div></article>",
        "<title>La cantine | Ville de Montferrand</title>", lang="fr"))
    assert texts(release) == [f"p: {fr_prose}"]


def test_russian_view_counters_print_links_and_bylines_under_the_article_are_the_sites():
    from toolkit.normalize.structure import is_footer
    assert is_footer("Распечатать")
    assert is_footer("Текст: пресс-служба ПГТУ")
    assert is_footer("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter")
    assert not is_footer("Распечатать бланк заявления можно на сайте ведомства.")
    ru_prose = ("Прокуратура области провела проверку исполнения трудового законодательства в "
                "обществе с ограниченной ответственностью.")
    release, _ = read(page(
        f"<article><h1>Задолженность погашена</h1><p>05.02.2025</p><p>{ru_prose}</p><div "
        "class='feeds-page__article-footer'><div class='views'>Просмотров: 318</div>"
        "<a class='feeds-page__print' href='/print'>Распечатать</a></div>"
        "<div class='news-detail__author'>Текст: пресс-служба ПГТУ</div></article>",
        "<title>Задолженность погашена | Прокуратура</title>", lang="ru"))
    assert texts(release) == [f"p: {ru_prose}"]


# ------------------------------------------------------------ kinds of blocks
def test_a_quotation_in_an_inset_box_is_a_quote():
    release, _ = read(page(
        f"<main><h1>Bridge opens</h1><p>May 6, 2024</p><p>{PROSE}</p><p>The leader said:</p>"
        "<div class='govuk-inset-text'>“Every pound we don’t spend is a pound for services.”"
        "</div><div class='govuk-inset-text'>This guidance was withdrawn on 1 May.</div></main>"))
    assert texts(release)[2:] == ["quote: “Every pound we don’t spend is a pound for services.”",
                                  "p: This guidance was withdrawn on 1 May."]


def test_a_subtitle_heading_in_a_div_after_the_h1s_div_is_the_standfirst():
    release, _ = read(page(
        "<article><div><h1>How we cut our build times</h1></div><div><h2 class='pw-subtitle-"
        "paragraph'>Moving 400 engineers to a shared build cache took three months.</h2></div>"
        f"<div><p>May 6, 2024</p></div><p>{PROSE}</p></article>"))
    assert release.subtitle is not None and release.subtitle.text.startswith("Moving 400")
    assert texts(release) == [f"p: {PROSE.strip()}"]


def test_a_heading_after_text_following_the_h1_is_no_standfirst():
    release, _ = read(page(
        "<article><div><h1>How we cut our build times</h1><p>May 6, 2024</p></div><div>"
        "<h2 class='pw-subtitle-paragraph'>Moving 400 engineers to a shared build cache took "
        f"three months.</h2></div><p>{PROSE}</p></article>"))
    assert release.subtitle is None
    assert texts(release)[0].startswith("heading: Moving 400")


def test_shariff_share_buttons_are_chrome():
    release, _ = read(page(
        f"<main><h1>Bridge opens</h1><p>May 6, 2024</p><p>{PROSE}</p><div class='shariff' "
        "data-services='[&quot;mail&quot;]'><ul><li><a href='#'>Per E-Mail teilen</a></li>"
        "<li><a href='#'>Bei LinkedIn teilen</a></li></ul></div></main>"))
    assert texts(release) == [f"p: {PROSE.strip()}"]
