"""Conventions of press pages the held-out HTML set 6 showed (helper 74's pages in
tests/fixtures/normalize-heldout-html/, commit 4640e50): wire services' pages, which name
the service everywhere but publish the issuer's release, the site's small print, labels
and lists above the title, titles marked up by schema.org, subtitles inside the h1, and
the links and lists a page puts under a release."""

from __future__ import annotations

import pytest

from .pages import page, read, texts

PROSE = ("The council opened the new bridge on Monday after two years of work, and the first "
         "buses crossed it in the afternoon. ")


WIRE_HEAD = ("<title>Halvard wins ferry order | GlobeWire News</title>"
             "<meta property='og:site_name' content='GlobeWire News'>"
             "<meta name='dc.publisher' content='GlobeWire'>")
WIRE_FOOT = "<footer><p>© 2025 GlobeWire, Inc. All Rights Reserved.</p></footer>"


# ------------------------------------------------------------ wire services' pages
def test_a_dateline_naming_the_wire_in_brackets_is_cut_from_the_first_paragraph():
    release, _ = read(page(
        "<main><h1>Halvard wins ferry order</h1><p><strong>BERGEN, Norway, June 10, 2025 "
        f"(GLOBE WIRE) --</strong> {PROSE}</p><p>{PROSE}</p></main>", WIRE_HEAD))
    assert release.meta.published.get("value") == "2025-06-10"
    assert texts(release) == [f"p: {PROSE.strip()}"] * 2
    assert release.meta.place is not None and release.meta.place.text == "BERGEN, Norway"


def test_a_source_label_beside_the_date_names_the_issuer_not_the_wire():
    release, report = read(page(
        "<main><h1>Halvard wins ferry order</h1><div><p><time datetime='2025-06-10'>June 10, "
        "2025 02:30 ET</time> | <span>Source: <a href='/org/1'>Halvard Marine ASA</a></span>"
        f"</p></div><p>{PROSE}</p></main>{WIRE_FOOT}", WIRE_HEAD))
    assert release.meta.publisher.text == "Halvard Marine ASA"
    assert any(g.what == "publisher" and "'Source:' label" in g.rule for g in report.guesses)


def test_on_a_wire_page_the_about_heading_names_the_issuer():
    # The service is the page's DC.Publisher, og:site_name and copyright owner; the
    # release is the company's, named by its boilerplate's heading.
    release, _ = read(page(
        "<main><h1>Halvard wins ferry order</h1><p>BERGEN, Norway, June 10, 2025 /GlobeWire/ "
        f"-- {PROSE}</p><p><strong>About Halvard Marine ASA</strong></p><p>{PROSE}</p></main>"
        + WIRE_FOOT, WIRE_HEAD))
    assert release.meta.publisher.text == "Halvard Marine ASA"


def test_on_a_wire_page_the_source_line_names_the_issuer():
    release, _ = read(page(
        "<main><h1>Halvard wins ferry order</h1><p>BERGEN, Norway, June 10, 2025 /GlobeWire/ "
        f"-- {PROSE}</p><p>SOURCE Halvard Marine ASA</p></main>{WIRE_FOOT}", WIRE_HEAD))
    assert release.meta.publisher.text == "Halvard Marine ASA"
    assert texts(release) == [f"p: {PROSE.strip()}"]


def test_a_page_without_a_wire_dateline_keeps_its_dc_publisher():
    release, _ = read(page(
        "<main><h1>Halvard wins ferry order</h1><p>June 10, 2025</p>"
        f"<p>{PROSE}</p>"
        f"<p><strong>About Halvard Marine ASA</strong></p><p>{PROSE}</p></main>", WIRE_HEAD))
    assert release.meta.publisher.text == "GlobeWire"


def test_a_disclaimer_box_is_the_sites_small_print():
    release, _ = read(page(
        f"<main><h1>Bridge opens</h1><p>May 6, 2024</p><p>{PROSE}</p>"
        "<div class='cmp-news-detail__disclaimer'><p><small>This release contains "
        "forward-looking statements.</small></p></div></main>"))
    assert texts(release) == [f"p: {PROSE.strip()}"]


# ------------------------------------------------------------ above the title
def test_a_list_above_the_title_is_labels_not_text():
    release, report = read(page(
        "<article><header><ul class='post-categories'><li><a href='/c/news'>Federation "
        "News</a></li></ul><h1>Bridge opens</h1></header><p>May 6, 2024</p>"
        f"<div><p>{PROSE}</p><ul><li>two lanes</li><li>a cycle path</li></ul></div>"
        "</article>"))
    assert texts(release) == [f"p: {PROSE.strip()}", "item: two lanes", "item: a cycle path"]
    # dropped as a label above the title, or as a field of the post's categories
    assert any(g.what == "dropped" and (g.value == "Federation News" or "post-categories"
                                        in g.value) for g in report.guesses)


def test_an_h1_holding_only_the_logo_is_not_the_title():
    # The site's header puts its logo image in the page's one h1; the release's title is
    # a title-classed block above its prose.
    release, _ = read(page(
        "<header class='site-header'><h1 class='logo'><a href='/'><img src='l.png' "
        "alt='Example Council'></a></h1><ul><li><a href='/'>Home</a></li></ul></header>"
        "<section><div class='news-detail__title'>Bridge opens</div><div>May 6, 2024</div>"
        f"<div class='body'><p>{PROSE}</p><p>{PROSE}</p></div></section>"))
    assert release.title.text == "Bridge opens"
    assert texts(release) == [f"p: {PROSE.strip()}"] * 2


# ------------------------------------------------------------ under the release
def test_previous_next_and_back_links_are_footer_words():
    from toolkit.normalize.structure import is_footer
    assert is_footer("上一条：我校举办第十二届研究生学术论坛")
    assert is_footer("下一条：学校召开2025年秋季学期安全工作会议")
    assert is_footer("上一篇鼎川新能源发布2024年度报告：营收同比增长32%")
    assert is_footer("プレスリリース一覧へ戻る")
    assert is_footer("このプレスリリース内で使われている画像ファイルをダウンロード")
    # a sentence of the release that says so is no link
    assert not is_footer("研究グループは、データを公開し、誰でもダウンロードできるようにしました。")
    assert not is_footer("上一条新闻")  # no colon: a word of text, not the previous item's link


def test_a_chinese_pages_print_close_and_previous_next_lines_end_the_text():
    zh_prose = "近日，我校化学与材料学院陈立群教授团队在钠离子电池正极材料研究中取得新进展。"
    release, _ = read(page(
        f"<div class='article'><h1>我校团队取得新进展</h1><p>2025-11-06</p><p>{zh_prose}</p>"
        "<div class='arti_fn'><a href='javascript:window.print()'>【打印本页】</a> "
        "<a href='javascript:window.close()'>【关闭窗口】</a></div><div><p>上一条：<a href='/a'>"
        "我校举办学术论坛</a></p><p>下一条：<a href='/b'>学校召开工作会议</a></p></div></div>",
        "<title>我校团队取得新进展-东澜大学新闻网</title>", lang="zh-CN"))
    assert texts(release) == [f"p: {zh_prose}"]


def test_a_japanese_back_to_the_list_link_and_pdf_reader_note_end_the_text():
    ja_prose = ("北瀬大学の研究グループは、冬眠中のシマリスが筋肉量を保てる仕組みの一端を"
                "明らかにしました。")
    release, _ = read(page(
        f"<article><h1>シマリスの仕組みを解明</h1><p>2025年10月15日</p><p>{ja_prose}</p>"
        "<p class='note'>PDFファイルをご覧いただくにはAdobe Acrobat Readerが必要です。</p>"
        "<p class='back-list'><a href='/press/'>プレスリリース一覧へ戻る</a></p></article>",
        "<title>シマリスの仕組みを解明 | 北瀬大学</title>", lang="ja"))
    assert texts(release) == [f"p: {ja_prose}"]


# ------------------------------------------------------------ a PR platform's page
JA_PROSE = ("株式会社ミナモ工房は、国産ヒノキの積層材をフレームに使った折りたたみ"
            "電動アシスト自転車を"
            "発売しました。")


def test_a_japanese_date_line_may_end_in_a_time_of_day():
    from toolkit.normalize.structure import read_dateline
    dateline = read_dateline("2025年9月2日 11時00分", 1, ("ja",))
    assert dateline is not None and dateline.date.get("value") == "2025-09-02"
    assert read_dateline("2025年9月2日 11時から説明会", 1, ("ja",)) is None


def test_a_date_line_under_the_standfirst_dates_the_page():
    release, _ = read(page(
        "<article><div class='head'><h1>木製の電動アシスト自転車を発売</h1><p class='subtitle'>"
        "国産ヒノキの積層フレームで重量14kg</p><time datetime='2025-09-02T11:00:00+09:00'>"
        f"2025年9月2日 11時00分</time></div><div class='body'><p>{JA_PROSE}</p></div></article>",
        "<title>木製の電動アシスト自転車を発売 | ミナモ工房</title>", lang="ja"))
    assert release.meta.published.get("value") == "2025-09-02"
    # (the subtitle-classed paragraph is the standfirst: the held-out page's truth, `lead:`)
    assert release.subtitle is not None
    assert release.subtitle.text == "国産ヒノキの積層フレームで重量14kg"
    assert texts(release) == [f"p: {JA_PROSE}"]


def test_the_issuer_named_above_the_title_beats_the_platforms_copyright():
    release, _ = read(page(
        "<article><div class='companyName'><a href='/company/88412'>株式会社ミナモ工房</a></div>"
        "<h1>木製の電動アシスト自転車を発売</h1><p>2025年9月2日</p>"
        f"<div class='body'><p>{JA_PROSE}</p></div></article>"
        "<footer><p>© PR Timeline, Inc.</p></footer>",
        "<title>木製の電動アシスト自転車を発売</title>", lang="ja"))
    assert release.meta.publisher.text == "株式会社ミナモ工房"


def test_a_letterhead_in_capitals_above_the_title_names_the_publisher():
    # a French ministry's page (or Word file) prints its name in capitals over its label
    # and headline; the line is the publisher, not a label to drop
    fr_prose = ("Le Salon international de l’agriculture a accueilli 607 503 visiteurs, "
                "soit une hausse de 3,2 % par rapport à l’édition précédente.")
    release, report = read(page(
        "<p>MINISTÈRE DE L’AGRICULTURE ET DE LA SOUVERAINETÉ ALIMENTAIRE</p>"
        "<p>COMMUNIQUÉ DE PRESSE</p><p>Paris, le 1er avril 2025</p>"
        f"<h1>Salon de l’agriculture : un bilan record</h1><p>{fr_prose}</p>",
        "<title>Salon</title>", lang="fr"))
    assert release.meta.publisher.text == \
        "Ministère de l’Agriculture et de la Souveraineté alimentaire"
    assert texts(release) == [f"p: {fr_prose}"]
    assert [g.value for g in report.guesses if g.what == "dropped"] == ["COMMUNIQUÉ DE PRESSE"]


# ------------------------------------------------------------ the title
def test_a_subtitle_under_a_break_in_the_h1_is_the_subtitle():
    ja_prose = ("北瀬大学の研究グループは、冬眠中のシマリスが筋肉量を保てる仕組みの一端を"
                "明らかにしました。")
    release, _ = read(page(
        "<article><p>2025年10月15日</p><h1>シマリスの仕組みを解明<br><span class='sub'>"
        f"―筋萎縮の予防に手がかり―</span></h1><p>{ja_prose}</p></article>",
        "<title>シマリスの仕組みを解明 | 北瀬大学</title>", lang="ja"))
    assert release.title.text == "シマリスの仕組みを解明"
    assert release.subtitle is not None and release.subtitle.text == "―筋萎縮の予防に手がかり―"


def test_a_break_in_the_h1_alone_keeps_one_title():
    release, _ = read(page(f"<main><h1>Bridge opens<br>to buses</h1><p>May 6, 2024</p>"
                           f"<p>{PROSE}</p></main>"))
    assert release.title.text == "Bridge opens to buses" and release.subtitle is None


def test_without_an_h1_the_articles_microdata_headline_is_the_title():
    # The headline sits in a div classed "header" (site chrome by its class) beside a
    # number label; the <title> adds the site's name after a colon.
    release, _ = read(page(
        "<main><div class='news-single'><div itemscope itemtype='http://schema.org/Article'>"
        "<div class='header'><p>Pressemitteilung Nr. 123/2025</p><h3 itemprop='headline'>"
        "Bridge opens</h3></div><div class='footer'><p><time datetime='2024-05-06'>"
        f"06.05.2024</time></p></div><div itemprop='articleBody'><p>{PROSE}</p><p>{PROSE}"
        "</p></div></div></div></main><aside><div itemscope itemtype='http://schema.org/"
        "Article'><h3 itemprop='headline'>Other news</h3></div></aside>",
        "<title>Bridge opens: Example Council</title>"))
    assert release.title.text == "Bridge opens"
    assert texts(release) == [f"p: {PROSE.strip()}"] * 2


def test_a_site_name_before_a_headline_the_title_cuts_short_is_the_publisher():
    # The CMS cut the <title>'s copy of the h1; the other part is still the site's.
    release, _ = read(page(
        "<main><h1>Vaccination drive reaches 2 million people</h1><p>3 March 2025</p>"
        f"<p>{PROSE}</p></main>",
        "<title>Ministry of Health - Vaccination drive reaches 2 million</title>"))
    assert release.meta.publisher.text == "Ministry of Health"


@pytest.mark.parametrize("title", ["Ministry of Health - Ministry of Health opens new clinics",
                                   "Ministry of Health opens new - Ministry of Health"])
def test_a_site_name_opening_the_headline_is_not_taken_for_a_cut_headline(title):
    # The site's name opens the h1, so it too looks like the h1 cut short: the title's
    # first part, when it is the cut copy, is still no site's name.
    release, _ = read(page(
        "<main><h1>Ministry of Health opens new clinics</h1><p>3 March 2025</p>"
        f"<p>{PROSE}</p></main>", f"<title>{title}</title>"))
    assert release.meta.publisher.text == "Ministry of Health"


@pytest.mark.parametrize("title, h1, owner, lang", [
    ("Ministry of Economy - Startup programme launched",
     "Ministry of Economy launches a programme for startups", "Ministry of Economy", "en"),
    ("وزارة الاقتصاد - إطلاق برنامج دعم الشركات الناشئة",
     "وزارة الاقتصاد تطلق برنامجاً لدعم الشركات الناشئة", "وزارة الاقتصاد", "ar"),
])
def test_a_title_part_that_is_the_copyright_owner_is_the_site_not_the_headline(
        title, h1, owner, lang):
    # "Site - Headline" where the headline is the h1 reworded, not cut: the part the
    # footer's copyright line names is the site's, the other a headline, never a publisher.
    prose = PROSE if lang == "en" else (
        "أطلقت الوزارة اليوم برنامجاً وطنياً لدعم الشركات الناشئة يستفيد منه عدد كبير من "
        "الشركات خلال الدورة الأولى من البرنامج.")
    date = "3 March 2025" if lang == "en" else "٣ مارس ٢٠٢٥"
    release, _ = read(page(
        f"<main><h1>{h1}</h1><p>{date}</p><p>{prose}</p></main>"
        f"<footer><p>© 2025 {owner}</p></footer>", f"<title>{title}</title>", lang=lang))
    assert release.meta.publisher.text == owner


@pytest.mark.parametrize("title, h1, site", [
    ("Lakeshore Council - Anniversary of the twin-town partnership",
     "Celebrating the twin-town partnership's 25th anniversary", "Lakeshore Council"),
    ("Lakeshore Council | Press releases | Twin-town partnership turns 25",
     "Celebrating 25 years of the twin-town partnership", "Lakeshore Council"),
])
def test_a_title_part_rewording_the_h1_is_the_headline_not_the_site(title, h1, site):
    # The headline's half of "Site - Headline", worded otherwise than the h1 but sharing
    # its words, was taken for the site's name, the site's half for the headline.
    release, _ = read(page(f"<main><h1>{h1}</h1><p>3 March 2025</p><p>{PROSE}</p></main>",
                           f"<title>{title}</title>"))
    assert release.meta.publisher.text == site


def test_a_site_named_by_the_copyright_owners_initials_leaves_the_owner_publisher():
    # "MAE - <headline reworded>": the site's half is the ministry's initials, which the
    # footer's copyright line spells out; the name in full publishes.
    release, _ = read(page(
        "<main><h1>Celebrarea a XXV-a aniversare a Parteneriatului Strategic</h1>"
        "<p>24.12.2022</p><p>Ministerul Afacerilor Externe găzduiește o expoziție dedicată "
        "celui de-al 25-lea an de cooperare, deschisă publicului până la sfârșitul lunii."
        "</p></main><footer>© 2022 Ministerul Afacerilor Externe. Toate drepturile "
        "rezervate.</footer>",
        "<title>MAE - Aniversarea a XXV-a a relațiilor diplomatice</title>", lang="ro"))
    assert release.meta.publisher.text == "Ministerul Afacerilor Externe"


@pytest.mark.parametrize("title, h1, site", [
    ("Press releases - Halvard Marine ASA",
     "Ferry order for Halvard Marine ASA", "Halvard Marine ASA"),
    ("Investor news - Halvard Marine ASA",
     "New ferry order for Halvard Marine ASA", "Halvard Marine ASA"),
])
def test_a_site_the_h1_names_is_not_taken_for_a_reworded_headline(title, h1, site):
    # A section before the site, whose name the h1 names, its words in a row: the site's
    # half names the company, it does not reword the headline.
    release, _ = read(page(f"<main><h1>{h1}</h1><p>3 March 2025</p><p>{PROSE}</p></main>",
                           f"<title>{title}</title>"))
    assert release.meta.publisher.text == site


def test_a_title_and_an_h1_of_thousands_of_words_each_are_compared_in_time():
    """Whether the <title>'s half rewords the h1 compared each of its words with each of
    the h1's: a half of 10,000 words over an h1 of the same words in another order took
    40 s (20,000 of each, minutes); the h1's words are looked up instead. (Each word its
    own from its fifth letter, as no two are alike.)"""
    words = [f"{i:04d}"[::-1] + "ward" for i in range(10_000)]
    release, _ = read(page(
        f"<main><h1>{' '.join(reversed(words))}</h1><p>3 March 2025</p><p>{PROSE}</p>"
        f"</main>", f"<title>Lakeshore Council - {' '.join(words)}</title>"))
    assert release.meta.publisher.text == "Lakeshore Council"
