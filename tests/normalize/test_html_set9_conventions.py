"""Conventions of press pages the held-out HTML set 9 showed (helper 87's pages in
tests/fixtures/normalize-heldout-html/*-set9-html, commit 549e7f1): a Commonwealth "– END –"
with the notes after it and contacts side by side in a table, a US agency's bold
"WASHINGTON —", Liferay's hidden h1 over a headline in an h2, a Quebec town's categories,
dateline and "– 30 –" with its "Source :", a Macau page's date with its hour, print bar and
numbered points, and a photo with its credit or title in a block of their own."""

from __future__ import annotations

from toolkit.normalize.structure import is_end_mark

from .pages import PROSE, everything, page, read, texts


# ------------------------------------------------------------ a Commonwealth release's end
def test_end_in_dashes_is_the_ends_mark_and_the_notes_after_it_are_kept():
    release, _ = read(page(
        f"<article><h1>Bridge opens</h1><p>14 May 2025</p><p>{PROSE}</p>"
        "<p class='text-center'>– END –</p><h3>About Example Council</h3>"
        "<p>Example Council runs the roads and bridges of the county.</p></article>"))
    assert texts(release) == [f"p: {PROSE}", "heading: About Example Council",
                              "p: Example Council runs the roads and bridges of the county."]
    assert "END" not in everything(release)
    # "END" alone is a word of the text, as before
    release, _ = read(page(f"<article><h1>Bridge opens</h1><p>14 May 2025</p><p>{PROSE}</p>"
                           "<p>END</p><p>More text.</p></article>"))
    assert texts(release)[-2:] == ["p: END", "p: More text."]


def test_contacts_side_by_side_in_a_table_are_a_paragraph_each():
    release, _ = read(page(
        f"<article><h1>Bridge opens</h1><p>14 May 2025</p><p>{PROSE}</p>"
        "<h3>For media queries, please contact:</h3><table><tr>"
        "<td>Ms Priya Raman<br>Senior Manager<br>Tel: +65 6123 4567</td>"
        "<td>Mr Lim Jun Wei<br>Assistant Manager<br>Tel: +65 6123 4589</td></tr></table>"
        "</article>"))
    assert texts(release)[-2:] == ["p: Ms Priya Raman Senior Manager Tel: +65 6123 4567",
                                   "p: Mr Lim Jun Wei Assistant Manager Tel: +65 6123 4589"]
    # a row of single-line fields stays one paragraph, its cells parted by a dash
    release, _ = read(page(
        f"<article><h1>Bridge opens</h1><p>14 May 2025</p><p>{PROSE}</p>"
        "<table><tr><td>Length</td><td>240 m</td></tr></table></article>"))
    assert texts(release)[-1] == "p: Length – 240 m"


# ------------------------------------------------------------ a US agency's dateline
def test_a_bold_place_in_capitals_before_a_dash_is_the_dateline():
    release, _ = read(page(
        "<article><h1>Bridge opens</h1><p>June 10, 2025</p>"
        f"<p><strong>WASHINGTON</strong> — {PROSE}</p></article>"))
    assert texts(release) == [f"p: {PROSE}"]
    assert release.meta.place.text == "WASHINGTON"
    # a bold word that is no place in capitals stays
    release, _ = read(page(
        "<article><h1>Bridge opens</h1><p>June 10, 2025</p>"
        f"<p><strong>Update</strong> — {PROSE}</p></article>"))
    assert texts(release) == [f"p: Update — {PROSE}"]


# ------------------------------------------------------------ Liferay
def test_a_hidden_h1_in_the_navigation_is_no_title():
    release, _ = read(page(
        "<nav class='quick-access-nav'><h1 class='hide-accessible'>Navegación</h1><ul><li>"
        "<a href='#main'>Saltar al contenido principal</a></li></ul></nav>"
        "<div id='main' role='main'><div class='nota-prensa'>"
        "<div class='nota-prensa__cabecera'><span>12/05/2025</span></div>"
        "<h2 class='nota-prensa__titular'>La Junta amplía el servicio de fisioterapia</h2>"
        "<div class='nota-prensa__cuerpo'><p>La Consejería de Sanidad ampliará a 62 centros "
        "de salud el servicio de fisioterapia en atención primaria, frente a los 38 de hoy.</p>"
        "<p>Con esta ampliación, el 85 % de la población contará con un fisioterapeuta.</p>"
        "</div><div class='nota-prensa__categorias'><span class='etiqueta'>Categorías:</span> "
        "<a href='/c/salud'>Salud</a>, <a href='/c/ap'>Atención primaria</a></div></div></div>",
        "<title>Nota de prensa - Junta de Valdesierra</title>", lang="es"))
    assert release.title.text == "La Junta amplía el servicio de fisioterapia"
    assert [t[:20] for t in texts(release)] == ["p: La Consejería de ", "p: Con esta ampliaci"]
    assert "Navegación" not in everything(release) and "Saltar" not in everything(release)
    assert "Categorías" not in everything(release)


# ------------------------------------------------------------ a Quebec town
QC_PROSE = ("En raison des températures élevées prévues cette semaine, la Ville ouvrira ses "
            "jeux d’eau dès le mardi 3 juin.")


def quebec(after: str = "") -> bytes:
    return page(
        "<article><h1>La Ville devance l’ouverture de ses jeux d’eau</h1>"
        "<div class='field field--name-field-date-publication'><time datetime='2025-06-02'>"
        "2 juin 2025</time></div>"
        "<div class='field field--name-field-categorie field__items'><div class='field__item'>"
        "<a href='/c/loisirs'>Loisirs</a></div><div class='field__item'><a href='/c/env'>"
        "Environnement</a></div></div><div class='field--name-body'>"
        f"<p><strong>Rivière-aux-Érables, le 2 juin 2025</strong> – {QC_PROSE}</p>"
        "<p>Les jeux d’eau seront accessibles tous les jours de 9 h à 20 h.</p>"
        f"<p class='text-align-center'>– 30 –</p>{after}</div></article>",
        "<title>Jeux d’eau | Ville de Rivière-aux-Érables</title>", lang="fr-CA")


def test_a_category_field_of_links_is_the_sites_and_the_dateline_opens_the_text():
    release, _ = read(quebec())
    assert texts(release)[0] == f"p: {QC_PROSE}"
    assert "Loisirs" not in everything(release)
    assert release.meta.place.text == "Rivière-aux-Érables"
    # a WordPress article classed by its category holds the text: it is no field of links
    release, _ = read(page(f"<article class='post category-news'><h1>Bridge opens</h1>"
                           f"<p>June 10, 2025</p><p>{PROSE}</p></article>"))
    assert texts(release) == [f"p: {PROSE}"]


def test_thirty_in_dashes_ends_the_text_and_the_contact_under_it_is_kept():
    assert is_end_mark("– 30 –") and is_end_mark("-30-") and is_end_mark("— 30 —")
    release, _ = read(quebec("<p><strong>Source :</strong><br>Marc-Antoine Gervais<br>"
                             "Conseiller en communication</p><p>Partager sur Facebook et "
                             "ailleurs sur le Web.</p>"))
    assert texts(release)[-2:] == [
        "p: Les jeux d’eau seront accessibles tous les jours de 9 h à 20 h.",
        "p: Source : Marc-Antoine Gervais Conseiller en communication"]
    assert "30" not in everything(release).replace("20 h", "")


# ------------------------------------------------------------ a Macau government page
MO_HEAD = "<title>交通事務局優化巴士路線 - 新聞局</title>"


def macau(points: str) -> bytes:
    return page(
        "<div class='detail-page'><div class='detail-header'><div class='detail-header__meta'>"
        "<span class='detail-time'>18/06/2025 17:45</span><span class='detail-source'>"
        "消息來源：交通事務局</span></div><h3 class='detail-title'>交通事務局優化巴士路線</h3>"
        "</div><div class='detail-toolbar'><a href='#' class='btn-print'>列印</a>"
        "<a href='#' class='btn-copy'>複製連結</a></div><div class='detail-content'>"
        "<p>　　為配合新城填海區A區首批公共房屋入伙，交通事務局宣布，七月一日起優化十條巴士"
        f"路線。</p>{points}<p>　　交通事務局提醒市民，新路線開通初期可能會有調整，請留意"
        "最新巴士資訊。</p>"
        "</div></div>", MO_HEAD, lang="zh-Hant-MO")


def test_digits_of_a_date_with_its_hour_date_the_page_and_the_print_bar_is_chrome():
    release, _ = read(macau(""))
    assert release.meta.published.get("value") == "2025-06-18"
    assert "列印" not in everything(release) and "17:45" not in everything(release)


def test_short_paragraphs_numbered_one_two_are_a_list():
    release, _ = read(macau("<p>　　一、A1快線：往來新城A區與關閘；</p>"
                            "<p>　　二、A2快線：往來新城A區與新馬路。</p>"))
    assert texts(release)[1:3] == ["item: A1快線：往來新城A區與關閘；",
                                   "item: A2快線：往來新城A區與新馬路。"]
    assert release.body[1].ordered  # type: ignore[union-attr]
    # numbered sections of several sentences, or one numbered paragraph, stay paragraphs
    release, _ = read(macau("<p>一、路網。今年將加快補齊路網短板。</p>"
                            "<p>二、養護。強化養護管理。</p>"))
    assert [t[:5] for t in texts(release)[1:3]] == ["p: 一、", "p: 二、"]
    release, _ = read(macau("<p>一、A1快線：往來新城A區與關閘；</p>"))
    assert texts(release)[1] == "p: 一、A1快線：往來新城A區與關閘；"


# ------------------------------------------------------------ photos in blocks of their own
def test_a_photo_beside_its_credit_or_title_in_a_block_of_their_own_is_a_figure():
    release, _ = read(page(
        "<article><div class='Article_hero'><picture><img src='/m/v.jpg' alt='Jonas Brückner "
        "bei der Vertragsunterzeichnung'></picture><span class='credit'>Foto: SV Rheintal / "
        "M. Vogt</span></div><h1>SV Rheintal verlängert mit Jonas Brückner</h1>"
        "<p>08.07.2025</p><p>Der Kapitän bleibt an Bord: Jonas Brückner hat seinen Vertrag "
        "vorzeitig bis 2028 verlängert.</p></article>",
        "<title>News | SV Rheintal 1904</title>", lang="de"))
    assert [(f.alt.text[:14], f.caption.text if f.caption else None)
            for f in release.figures] == [("Jonas Brückner", "Foto: SV Rheintal / M. Vogt")]
    assert "Foto" not in " ".join(t for t in texts(release))
    release, _ = read(page(
        "<article><h1>Bridge opens</h1><p>June 10, 2025</p><div class='cmp-image'>"
        "<img src='/b.jpg' alt='The bridge at dawn'><span class='cmp-image__title'>The new "
        f"bridge seen from the river.</span></div><p>{PROSE}</p></article>"))
    assert [(f.alt.text, f.caption.text) for f in release.figures] == [
        ("The bridge at dawn", "The new bridge seen from the river.")]
    assert texts(release) == [f"p: {PROSE}"]
    # an icon inside text is no photo
    release, _ = read(page(
        "<article><h1>Bridge opens</h1><p>June 10, 2025</p><div>Read the <img src='/i.png' "
        f"alt='PDF'> plan.</div><p>{PROSE}</p></article>"))
    assert release.figures == ()
