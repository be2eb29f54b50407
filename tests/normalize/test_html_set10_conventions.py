"""Conventions of press pages the held-out HTML set 10 showed (helper 89's pages in
tests/fixtures/normalize-heldout-html/*-set10-html, commit 294ec96): a WordPress theme's
"no-share" wrapper around the whole text, a government portal's "Issued by" field, a
national platform's nota with its hour and gallery, Government Site Builder's photo, print
links and "Datum" label, a quote's speaker, a DSFR update stamp and a last photo credit."""

from __future__ import annotations

from .pages import PROSE, everything, page, read, texts

# ------------------------------------------------------------ a WordPress news theme
CI_HEAD = ("<title>Communiqué du Conseil des ministres – Portail du Gouvernement</title>"
           "<meta property='article:section' content='Conseil des ministres'>")
CI_PROSE = ("Le mercredi 4 juin 2025, un Conseil des ministres s’est tenu au Palais de la "
            "Présidence de la République, sous la présidence du Chef de l’État.")


def wordpress(wrapper: str) -> bytes:
    return page(
        "<div class='jeg_breadcrumbs'><div id='breadcrumbs'><span><a href='/'>Accueil</a>"
        "</span><span><a href='/category/conseil-des-ministres'>Conseil des ministres</a>"
        "</span></div></div><div class='jeg_main_content'><div class='entry-header'>"
        "<h1>Communiqué du Conseil des ministres</h1><div class='jeg_meta_date'>"
        f"<a href='#'>4 juin 2025</a></div></div><div class='{wrapper}'><p>{CI_PROSE}</p>"
        "<p>Le Conseil a adopté un projet de loi portant ratification d’un accord de prêt "
        "conclu avec la Banque africaine de développement.</p></div>"
        "<div class='jnews_prev_next_container'><div class='jeg_prevnext_post'><a href='#' "
        "class='post prev-post'><span class='caption'>Article précédent</span><h3>Le "
        "Gouvernement lance un programme</h3></a></div></div></div>"
        "<div class='jeg_footer'><p class='copyright'>© 2025 Gouvernement de Côte d’Ivoire. "
        "Tous droits réservés.</p></div>", CI_HEAD, lang="fr-FR")


def test_a_wrapper_whose_class_says_no_share_is_no_share_bar():
    for wrapper in ("entry-content no-share", "entry-content noshare",
                    "entry-content without-sharing", "entry-content share-none"):
        release, _ = read(wordpress(wrapper))
        assert texts(release)[0] == f"p: {CI_PROSE}", wrapper
    # a share bar is still one
    release, _ = read(page(f"<article><h1>Bridge opens</h1><p>June 10, 2025</p><p>{PROSE}</p>"
                           "<div class='share-bar'><p>Share this on Facebook</p></div>"
                           "</article>"))
    assert "Facebook" not in everything(release)


def test_a_wrapper_holding_the_pages_prose_is_kept_whatever_its_class():
    release, report = read(wordpress("entry-content sharing-enabled"))
    assert texts(release)[0] == f"p: {CI_PROSE}"
    assert any(g.what == "kept" for g in report.guesses)


def test_the_previous_posts_link_is_the_sites_and_the_section_crumb_no_publisher():
    release, _ = read(wordpress("entry-content no-share"))
    assert "précédent" not in everything(release)
    assert release.meta.publisher.text != "Conseil des ministres"
    assert release.meta.publisher.text in ("Portail du Gouvernement",
                                           "Gouvernement de Côte d’Ivoire")


# ------------------------------------------------------------ a government portal's statement
def test_an_issued_by_field_names_the_publisher_and_term_fields_and_addtoany_are_chrome():
    release, _ = read(page(
        "<div class='node'><h1>Deputy Minister opens water scheme</h1><div class='submitted'>"
        f"3 June 2025</div><div class='field-name-body'><p>{PROSE}</p></div>"
        "<div class='field field-name-field-gcis-issued-by field-type-taxonomy-term-reference "
        "field-label-inline clearfix'><div class='field-label'>Issued by:&nbsp;</div><div "
        "class='field-items'><div class='field-item even'><a href='/d/ws'>Water and Sanitation"
        "</a></div></div></div><div class='field field-name-field-gcis-more-on "
        "field-type-taxonomy-term-reference field-label-inline clearfix'><div "
        "class='field-label'>More on:&nbsp;</div><div class='field-items'><div "
        "class='field-item even'><a href='/issues/water'>Water</a></div><div "
        "class='field-item odd'><a href='/provinces/limpopo'>Limpopo</a></div></div></div>"
        "<div class='a2a_kit a2a_kit_size_24 addtoany_list'><a class='a2a_button_facebook' "
        "href='#'>Facebook</a><a class='a2a_button_x' href='#'>X</a></div></div>",
        "<title>Deputy Minister opens water scheme | South African Government</title>"
        "<meta property='og:site_name' content='South African Government'>"))
    assert texts(release) == [f"p: {PROSE}"]
    assert release.meta.publisher.text == "Water and Sanitation"
    for chrome in ("Issued by", "More on", "Limpopo", "Facebook"):
        assert chrome not in everything(release)


# ------------------------------------------------------------ a national platform's nota
PE_PROSE = ("El Ministerio de Vivienda inició la ejecución de dos obras de agua potable en "
            "las provincias de Sullana y Piura, que beneficiarán a 18 000 familias.")


def gobpe(gallery: str = "") -> bytes:
    return page(
        "<div class='institution-header'><div class='institution-header__name'><a href='/v'>"
        "Ministerio de Vivienda, Construcción y Saneamiento</a></div></div>"
        "<main><article><p class='kicker'>Nota de prensa</p><h1>Más de 18 000 familias "
        "tendrán agua potable</h1><div class='flex'><p>3 de junio de 2025 - 10:45 a. m.</p>"
        f"</div><div class='description'><p>{PE_PROSE}</p></div>{gallery}</article></main>",
        "<title>Más de 18 000 familias tendrán agua potable - Noticias - Ministerio de "
        "Vivienda, Construcción y Saneamiento - Plataforma del Estado Peruano</title>"
        "<meta property='og:site_name' content='Plataforma del Estado Peruano'>", lang="es")


def test_the_hour_after_a_date_line_is_no_paragraph():
    release, _ = read(gobpe())
    assert release.meta.published.get("value") == "2025-06-03"
    assert texts(release) == [f"p: {PE_PROSE}"]


def test_a_platforms_title_names_the_body_that_publishes():
    release, _ = read(gobpe())
    assert release.meta.publisher.text == "Ministerio de Vivienda, Construcción y Saneamiento"


def test_a_photos_heading_over_images_alone_is_dropped():
    release, _ = read(gobpe("<section><h2>Fotos</h2><div class='gallery'><a href='#'><img "
                            "src='/1.jpg' alt=''></a><a href='#'><img src='/2.jpg' alt=''></a>"
                            "</div></section>"))
    assert texts(release) == [f"p: {PE_PROSE}"]
    # a heading "Fotos" over text stays
    release, _ = read(gobpe("<section><h2>Fotos</h2><p>Las fotos de la obra están en el "
                            "archivo del ministerio.</p></section>"))
    assert texts(release)[1] == "heading: Fotos"


# ------------------------------------------------------------ Government Site Builder
DE_PROSE = ("Das Straßenbauamt erneuert auf einer Länge von 2,3 Kilometern die Fahrbahn der "
            "Kreisstraße K 4312 zwischen Hausen und Altbach.")


def gsb() -> bytes:
    return page(
        "<div id='content'><div class='article'><p class='docData'><span class='doctype'>"
        "Pressemitteilung</span> <span class='number'>Nr. 187/2025</span> <span "
        "class='date'>Datum 04.06.2025</span></p><h1>Kreisstraße K 4312 voll gesperrt</h1>"
        "<div class='picture'><span class='wrapper'><img src='/b.jpg' alt='Die Brücke über "
        "den Altbach'></span><p class='caption'>Die Brücke wird vollständig ersetzt. <span "
        "class='source'>Quelle: Landratsamt Oberwaldau</span></p></div>"
        f"<div class='text'><p>{DE_PROSE}</p></div><div class='navFunctions'><ul><li><a "
        "href='javascript:window.print()'>Drucken</a></li><li><a href='#Start'>Nach oben</a>"
        "</li></ul></div></div></div>",
        "<title>Kreisstraße K 4312 voll gesperrt - Landratsamt Oberwaldau</title>", lang="de")


def test_a_photo_in_a_wrapper_span_is_a_figure_with_the_caption_under_it():
    release, _ = read(gsb())
    assert [(f.alt.text, f.caption.text if f.caption else None) for f in release.figures] == [
        ("Die Brücke über den Altbach",
         "Die Brücke wird vollständig ersetzt. Quelle: Landratsamt Oberwaldau")]
    assert texts(release) == [f"p: {DE_PROSE}"]
    # an image inside a sentence stays no photo
    release, _ = read(page("<article><h1>Bridge opens</h1><p>June 10, 2025</p><div>Read "
                           "the <span><img src='/i.png' alt='PDF'></span> plan.</div>"
                           f"<p>{PROSE}</p></article>"))
    assert release.figures == ()


def test_a_last_list_of_print_and_top_links_is_the_sites():
    release, _ = read(gsb())
    assert "Drucken" not in everything(release) and "Nach oben" not in everything(release)


def test_a_date_label_is_no_place():
    release, _ = read(gsb())
    assert release.meta.published.get("value") == "2025-06-04"
    assert release.meta.place is None


# ------------------------------------------------------------ a quote's speaker, an update stamp
def test_the_speakers_line_under_a_quotation_belongs_to_the_quote():
    release, _ = read(page(
        "<article><h1>Aaretal übernimmt Solpra</h1><p>3. Juni 2025</p><p>Die Aaretal Energie "
        "AG übernimmt die Solpra AG und baut ihr Geschäft mit alpinen Solaranlagen aus.</p>"
        "<blockquote><p>«Mit Solpra gewinnen wir ein erfahrenes Team.»</p><p>Martina Gysin, "
        "CEO der Aaretal Energie AG</p></blockquote></article>", lang="de-CH"))
    assert texts(release)[-1] == ("quote: «Mit Solpra gewinnen wir ein erfahrenes Team.» "
                                  "Martina Gysin, CEO der Aaretal Energie AG")
    # two quotations in one blockquote stay two
    release, _ = read(page(
        f"<article><h1>Bridge opens</h1><p>June 10, 2025</p><p>{PROSE}</p><blockquote>"
        "<p>“It is a great day.”</p><p>“We thank the builders.”</p></blockquote></article>"))
    assert texts(release)[-2:] == ["quote: “It is a great day.”",
                                   "quote: “We thank the builders.”"]


def test_an_update_line_under_the_date_line_is_the_pages():
    release, _ = read(page(
        "<main><p class='fr-badge'>Communiqué de presse</p><h1>Aide à domicile : 120 millions "
        "d’euros</h1><p class='fr-text--sm'>Publié le 10 juin 2025</p><p class='fr-text--xs'>"
        "Mis à jour le 11 juin 2025</p><p>Le Gouvernement consacre 120 millions d’euros à la "
        "revalorisation des interventions du dimanche.</p></main>",
        "<title>Aide à domicile - Ministère du Travail</title>", lang="fr"))
    assert release.meta.published.get("value") == "2025-06-10"
    assert "Mis à jour" not in everything(release)
    assert len(texts(release)) == 1


def test_a_photo_credit_as_the_last_line_is_no_text():
    release, _ = read(page(
        "<div class='news-detail'><h1>В школах начался ремонт</h1><p>3 июня 2025</p><p>В "
        "трёх школах города начался капитальный ремонт, работы завершат к августу.</p>"
        "<p><em>Фото: пресс-служба администрации города</em></p></div>",
        "<title>Новости | Администрация города</title>", lang="ru"))
    assert "Фото" not in everything(release)
    assert len(texts(release)) == 1
