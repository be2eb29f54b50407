"""Conventions of press pages the held-out HTML set 8 showed (helper 81's pages in
tests/fixtures/normalize-heldout-html/*-set8-html, commit cf37c3a): a government's old
release template (a span headline, paragraphs parted by <br><br>, the date after the end
mark), a police wire portal (the office's dispatch code, "(ots)", the office in the
story's microdata), a newswire's dateline in spans and the contact after its SOURCE line,
WordPress's published and updated times and pull quotes, a government portal's ministry
in the breadcrumb, and the notes a portal puts under a release."""

from __future__ import annotations

from toolkit.normalize.structure import is_end_mark

from .pages import PROSE, page, read, texts

# ------------------------------------------------------------ an old government template
ZH_1 = "　　運輸署今日宣布，「智慧泊車」流動應用程式推出新功能，方便駕駛人士規劃行程。"
ZH_2 = "　　新功能的主要特點包括："
HK_PAGE = (
    "<div id='topBanner'><table><tr><td class='logo'><a href='/'><img src='/l.gif' "
    "alt='香港特別行政區政府 新聞公報'></a></td></tr></table></div>"
    "<div id='contentBody'><table><tr><td class='mainContent'>"
    "<span id='PRHeadlineSpan' class='PRHeadline'>運輸署推出應用程式新功能</span><br><br>"
    f"<span id='pressrelease' class='pressrelease'>{ZH_1}<br>\n<br>\n{ZH_2}<br>\n<br>\n"
    "（一）顯示電動車充電泊車位；<br>\n（二）提供停車場入口的實景相片；以及<br>\n"
    "（三）設有無障礙泊車位資訊。<br>\n<br>\n完<br>\n<br>\n2025年6月3日（星期二）<br>\n"
    "香港時間16時30分</span><br><br><div class='prBottomLinks'><a href='/'>返回</a></div>"
    "</td></tr></table></div>")


def test_a_span_headline_and_br_parted_paragraphs_make_a_release():
    release, _ = read(page(HK_PAGE, "<title>運輸署推出應用程式新功能</title>", lang="zh-HK"))
    assert release.title.text == "運輸署推出應用程式新功能"
    assert texts(release) == [
        f"p: {ZH_1.strip()}", f"p: {ZH_2.strip()}", "item: 顯示電動車充電泊車位；",
        "item: 提供停車場入口的實景相片；以及", "item: 設有無障礙泊車位資訊。"]
    assert release.body[2].ordered  # type: ignore[union-attr]


def test_the_date_after_the_end_mark_dates_a_page_that_printed_none_above():
    release, report = read(page(HK_PAGE, "<title>運輸署推出應用程式新功能</title>", lang="zh-HK"))
    assert release.meta.published.get("value") == "2025-06-03"
    assert any(g.what == "date" and "end mark" in g.rule for g in report.guesses)
    # a date printed above the text is the publication's; the one after the end is not asked
    release, _ = read(page(HK_PAGE.replace(
        "<span id='pressrelease'", "<p>2025年6月2日</p><span id='pressrelease'"),
        "<title>運輸署推出應用程式新功能</title>", lang="zh-HK"))
    assert release.meta.published.get("value") == "2025-06-02"


def test_kan_is_an_end_mark_and_the_logos_image_names_the_government():
    assert is_end_mark("完") and is_end_mark("（完）") and not is_end_mark("完成")
    release, _ = read(page(HK_PAGE, "<title>運輸署推出應用程式新功能</title>", lang="zh-HK"))
    assert release.meta.publisher.text == "香港特別行政區政府"


def test_lines_are_items_only_when_each_opens_with_a_number():
    release, _ = read(page(
        f"<main><h1>Bridge opens</h1><p>May 6, 2024</p><p>{PROSE}</p><p>1. The east lane "
        "opens first;<br>2. the west lane follows in June.</p><p>The mayor thanked the crews."
        "<br>1,200 people came.</p></main>"))
    assert texts(release) == [f"p: {PROSE}", "item: The east lane opens first;",
                              "item: the west lane follows in June.",
                              "p: The mayor thanked the crews. 1,200 people came."]


# ------------------------------------------------------------ a police wire portal
DE_PROSE = ("Unbekannte sind in der Nacht zu Dienstag in eine Kindertagesstätte eingebrochen und "
            "haben zwei Tablets mitgenommen.")
POLICE = (
    "<main><article class='story' itemscope><div class='story__meta'><p><time datetime="
    "'2025-06-03T11:42'>03.06.2025 – 11:42</time></p><p><a href='/nr/1' itemprop='publisher'>"
    "Polizeipräsidium Rheinfeld</a></p></div><h1>POL-RF: Einbruch in Kita - Polizei sucht "
    "Zeugen</h1><div class='story__location'>Rheinfeld (ots)</div><div class='story__body'>"
    f"<p>Rheinfeld (ots) - {DE_PROSE}</p><p><strong>Rückfragen bitte an:</strong></p>"
    "<p>Polizeipräsidium Rheinfeld<br>Pressestelle</p></div><p class='story__origin'>"
    "Original-Content von: Polizeipräsidium Rheinfeld, übermittelt durch news aktuell</p>"
    "<div class='story__actions'><a href='/nr/1'>Alle Meldungen von Polizeipräsidium "
    "Rheinfeld</a></div></article></main>")


def test_a_police_wire_story_is_the_offices_release():
    release, _ = read(page(POLICE, "<title>POL-RF: Einbruch | Presseportal</title><meta "
                           "property='og:site_name' content='Presseportal'>", lang="de"))
    assert release.title.text == "Einbruch in Kita - Polizei sucht Zeugen"
    assert release.meta.publisher.text == "Polizeipräsidium Rheinfeld"
    assert texts(release) == [f"p: {DE_PROSE}", "heading: Rückfragen bitte an:",
                              "p: Polizeipräsidium Rheinfeld Pressestelle"]


def test_a_dispatch_code_is_cut_only_from_a_german_headline_of_a_known_sender():
    release, _ = read(page(POLICE.replace("POL-RF:", "EU-US:"), lang="de"))
    assert release.title.text.startswith("EU-US: Einbruch")
    release, _ = read(page(POLICE, lang="en"))
    assert release.title.text.startswith("POL-RF: Einbruch")


def test_an_austrian_ots_note_under_the_release_is_the_wires():
    release, _ = read(page(
        f"<main><h1>Bridge opens</h1><p>May 6, 2024</p><p>{PROSE}</p><p class='small'>Diese "
        "Aussendung wurde auch über den Originaltext-Service verbreitet: OTS0123, 3. Juni "
        "2025, 10:15</p></main>"))
    assert texts(release) == [f"p: {PROSE}"]


# ------------------------------------------------------------ a newswire
def test_a_newswire_dateline_in_spans_a_language_link_and_the_contact_after_source():
    release, _ = read(page(
        "<main><h1>Northbrook builds a plant</h1><p class='subtitle'>A plant for 310 jobs</p>"
        "<div><span>News provided by</span><br><a><strong>Northbrook Timber Corp.</strong></a>"
        "<p>May 05, 2025, 07:00 ET</p></div><p><a class='lang-link' href='/fr/x'>Version "
        "française</a></p><p><span class='xn-location'>TORONTO</span>, <span class='xn-chron'>"
        "May 5, 2025</span> /CNW/ - Northbrook Timber Corp. today announced a plant.</p>"
        "<p><b>About Northbrook Timber Corp.</b></p><p>Northbrook is a forest products "
        "company.</p><p>SOURCE Northbrook Timber Corp.</p><p>For further information: Media: "
        "Daniel Osei, 416-555-0142</p><p>Subscribe to our releases.</p></main>",
        "<title>Northbrook builds a plant</title><meta property='og:site_name' "
        "content='Canada Newswire Hub'>"))
    assert release.subtitle is not None and release.subtitle.text == "A plant for 310 jobs"
    assert texts(release) == [
        "p: Northbrook Timber Corp. today announced a plant.",
        "heading: About Northbrook Timber Corp.", "p: Northbrook is a forest products company.",
        "p: For further information: Media: Daniel Osei, 416-555-0142"]
    assert release.meta.place is not None and release.meta.place.text == "TORONTO"


# ------------------------------------------------------------ WordPress
def test_wordpress_published_and_updated_times_and_a_pull_quote_of_its_own():
    quote = "Ella used to hide her book under the desk."
    body = ("<article><header><h1>Reading helpers reach 10,000 children</h1><div "
            "class='entry-meta'><span class='posted-on'><time class='entry-date published' "
            "datetime='2025-06-12'>12 June 2025</time><time class='updated' datetime="
            "'2025-06-13'>13 June 2025</time></span><span class='reading-time'>3 min read</span>"
            f"</div></header><div class='entry-content'><p>{PROSE}</p><figure class="
            f"'wp-block-pullquote'><blockquote><p>{quote}</p><cite>Jo Penrose</cite></blockquote>"
            "</figure></div></article>")
    release, _ = read(page(body))
    assert release.meta.published.get("value") == "2025-06-12"
    assert texts(release) == [f"p: {PROSE}", f"quote: {quote}"]
    # a pull quote repeating the text is still the site's large type
    release, _ = read(page(body.replace(f"<p>{PROSE}</p>", f"<p>{PROSE} {quote}</p>")))
    assert texts(release) == [f"p: {PROSE} {quote}"]


# ------------------------------------------------------------ portals and their notes
def test_a_portals_breadcrumb_names_the_ministry_and_tags_are_the_sites():
    es_prose = ("El Ministerio realizó hoy la apertura de sobres de la licitación pública para "
                "la construcción del acueducto.")
    release, _ = read(page(
        "<ol class='breadcrumb'><li><a href='/'>Inicio</a></li><li><a href='/m'>Ministerio de "
        "Desarrollo Territorial</a></li><li><a href='/m/n'>Noticias</a></li></ol><article><h1>"
        "Se licitan las obras</h1><p>Publicado el lunes 02 de junio de 2025</p>"
        f"<p>{es_prose}</p><div class='field field--name-field-etiquetas'><p>Etiquetas:</p>"
        "<a href='/e/agua'>Agua potable</a></div></article>",
        "<title>Se licitan las obras | Argentina.gob.ar</title><meta property='og:site_name' "
        "content='Argentina.gob.ar'>", lang="es"))
    assert release.meta.publisher.text == "Ministerio de Desarrollo Territorial"
    assert texts(release) == [f"p: {es_prose}"]


def test_an_update_stamp_a_read_also_link_and_a_source_line_are_the_sites():
    release, _ = read(page(
        f"<main><h1>Bridge opens</h1><p>13 mai 2025</p><p>{PROSE}</p>"
        "<p class='last-update'>Dernière mise à jour : 13 mai 2025</p></main>", lang="fr"))
    assert texts(release) == [f"p: {PROSE}"]
    ru_1 = "В 2025 году в области откроются девять центров амбулаторной онкологической помощи."
    ru_2 = "На создание центров направят 612 млн рублей."
    release, _ = read(page(
        f"<main><h1>Откроют 9 центров</h1><p>03 июня 2025</p><p>{ru_1}</p><div class='x'><span>"
        "Читайте также:</span> <a href='/a'>В области стартовала диспансеризация</a></div>"
        f"<p>{ru_2}</p><p>Источник: пресс-служба министерства здравоохранения области</p></main>",
        "<title>Откроют 9 центров | ИА Вести</title>", lang="ru"))
    assert texts(release) == [f"p: {ru_1}", f"p: {ru_2}"]
