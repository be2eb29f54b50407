"""Conventions of press pages the held-out HTML set 11 showed (helper 93's pages in
tests/fixtures/normalize-heldout-html/*-set11-html, commit 31b7ac1): a statistics office's
numbered release line, an embassy's publication line after the text, a listed company's
公告 (a banner's section name over the headline, the date under the signature, the
attachment, the copyright's 版权所有)."""

from __future__ import annotations

from toolkit.errors import InputError
from toolkit.normalize.structure import copyright_owner

from .pages import PROSE, everything, page, read, texts

SECOND = "The second span will open in the spring, once the river has fallen again."


def test_a_numbered_release_line_before_its_date_is_a_label_not_a_place():
    release, _ = read(page(
        "<main><div class='header'><p class='pm-kopf'>Pressemitteilung Nr. 142/2025 vom 12. "
        "Juni 2025</p><h1>Verbraucherpreise steigen um 2,1 %</h1></div>"
        "<p>Die Verbraucherpreise sind im Mai 2025 gegenüber dem Vorjahresmonat um 2,1 % "
        "gestiegen, wie das Landesamt mitteilt.</p><p>Im April hatte die Rate noch bei "
        "2,3 % gelegen.</p></main>",
        "<title>Verbraucherpreise - Statistisches Landesamt Nordmark</title>", lang="de"))
    assert release.meta.published.get("value") == "2025-06-12"
    assert release.meta.place is None
    assert "Nr. 142" not in everything(release)


def test_a_publication_line_after_the_text_dates_the_page_and_is_dropped():
    release, report = read(page(
        "<div class='content'><h1>Le pont ouvre</h1><div class='texte'><p>Le conseil a "
        "ouvert le nouveau pont lundi après deux ans de travaux, et les premiers bus l'ont "
        "franchi l'après-midi.</p><p>Une seconde travée ouvrira au printemps.</p></div>"
        "<p class='info-publi'><span>Publié le 10 juin 2025</span><span>, </span><span>mis "
        "à jour le 12 juin 2025</span></p></div>",
        "<title>Le pont ouvre - La France au Monténégro</title>", lang="fr"))
    assert release.meta.published.get("value") == "2025-06-10"
    assert "Publié" not in everything(release)
    assert len(texts(release)) == 2
    assert any(g.what == "date" and "last line" in g.rule for g in report.guesses)


def test_an_update_line_alone_after_the_text_does_not_date_the_page():
    data = page(f"<article><h1>Bridge opens</h1><p>{PROSE}</p><p>{SECOND}</p>"
                "<p>Last updated 12 June 2025</p></article>")
    try:
        release, _ = read(data)
    except InputError as refused:  # no date: the user gives --date
        assert refused.message.startswith("no date line found"), refused
    else:
        assert release.meta.published.get("value") != "2025-06-12"


GONGGAO = (
    "<div class='header'><div class='nav'><ul><li><a href='/'>首页</a></li><li><a "
    "href='/ir/'>投资者关系</a></li></ul></div></div><div class='inner-banner'><div "
    "class='wrap'><h2>投资者关系</h2><p>Investor Relations</p></div></div>"
    "<div class='main wrap'><div class='news-detail'><div class='news_title'>"
    "<h3>瀚海新材料股份有限公司关于签订重大销售合同的公告</h3></div>"
    "<div class='news_content'><p>本公司于2025年6月10日与恒峰新能源科技有限公司签订了《涂覆材料采购"
    "框架合同》，约定恒峰新能源向公司采购锂电池隔膜涂覆材料，合同总金额约为人民币4.86亿元。</p>"
    "<p>本次合同为公司日常经营性合同，无需提交公司董事会或股东大会审议。</p><p>特此公告。</p>"
    "<p style='text-align:right;'>瀚海新材料股份有限公司董事会</p>"
    "<p style='text-align:right;'>2025年6月11日</p><p class='attach'>附件：<a href='/a.pdf'>"
    "关于签订重大销售合同的公告.pdf</a></p></div></div></div><div class='footer'><div "
    "class='copyright'>Copyright © 2025 瀚海新材料股份有限公司 版权所有</div></div>")


def test_a_gonggao_is_dated_by_its_signature_and_its_banner_is_no_title():
    release, _ = read(page(GONGGAO, "<title>公司公告-投资者关系-瀚海新材料股份有限公司</title>",
                           lang="zh-CN"))
    assert release.title.text == "瀚海新材料股份有限公司关于签订重大销售合同的公告"
    assert release.meta.published.get("value") == "2025-06-11"
    assert release.meta.publisher.text == "瀚海新材料股份有限公司"
    assert texts(release)[-1] == "p: 特此公告。"
    assert "附件" not in everything(release)


def test_a_chinese_copyright_line_names_its_owner_without_all_rights_reserved():
    owner = copyright_owner("Copyright © 2025 瀚海新材料股份有限公司 版权所有")
    assert owner == "瀚海新材料股份有限公司"


def test_a_posts_author_line_and_the_separator_left_beside_it_are_the_sites():
    release, _ = read(page(
        "<article><header><h1>Warnstreiks in fünf Logistikzentren</h1><span "
        "class='post-meta-infos'><span class='blog-categories minor-meta'>in <a href='/c/'>"
        "Pressemitteilungen</a></span><span class='text-sep'>/</span><span class='blog-author "
        "minor-meta'>von <span class='entry-author-link'><a href='/author/redaktion/'>"
        "redaktion</a></span></span></span></header><p>5. Juni 2025</p><div "
        "class='entry-content'><p>Die Gewerkschaft hat die Beschäftigten in fünf "
        "Logistikzentren für Freitag und Samstag zu ganztägigen Warnstreiks aufgerufen.</p>"
        "<p>Die Arbeitgeber haben bisher kein Angebot vorgelegt.</p></div></article>",
        "<title>Warnstreiks - HLD Gewerkschaft</title>", lang="de"))
    assert "redaktion" not in everything(release)
    assert texts(release)[0].startswith("p: Die Gewerkschaft")
    assert len(texts(release)) == 2


def test_a_themes_related_posts_heading_and_pager_are_the_sites():
    release, _ = read(page(
        "<article><h1>Bridge opens</h1><p>June 10, 2025</p>"
        f"<p>{PROSE}</p><p>{SECOND}</p><h2>You may also like</h2><h3><a href='/a'>The "
        "ferry timetable changes in July</a></h3><div class='p-news-single__pager'><a "
        "href='/p' class='prev'>Older post</a><a href='/n' class='next'>Newer post</a></div>"
        "</article>"))
    assert texts(release) == [f"p: {PROSE}", f"p: {SECOND}"]
    release, _ = read(page(
        "<article><h1>El puente abre</h1><p>10 de junio de 2025</p><p>El ayuntamiento abrió "
        "el nuevo puente el lunes tras dos años de obras.</p><h2>Te puede interesar</h2><h3>"
        "<a href='/a'>Cambia el horario del ferry</a></h3></article>",
        "<title>El puente abre | Ayuntamiento</title>", lang="es"))
    assert "interesar" not in everything(release)
    assert "ferry" not in everything(release)


def test_a_japanese_letterhead_over_a_ttl_headline_and_lenticular_headings():
    release, _ = read(page(
        "<div id='header'><h1 id='logo'><a href='/'><img src='/logo.gif' alt='瀬戸内テレビ'>"
        "</a></h1><ul id='headNavi'><li><a href='/'>トップ</a></li><li><a href='/corporate/'>"
        "会社情報</a></li></ul></div><div id='contents'><h2 class='ttlSection'><img "
        "src='/t.gif' alt='プレスリリース'></h2><div class='releaseBox'>"
        "<p class='txtR'>2025年6月9日</p><p class='txtR'>瀬戸内テレビ放送株式会社</p>"
        "<p class='txtL'>報道関係各位</p><h3 class='releaseTtl'>島の暮らしを記録<br>"
        "新番組「しまのこよみ」7月スタート</h3><p>瀬戸内テレビ放送株式会社は、瀬戸内海の離島で暮らす人々の"
        "四季を1年間にわたって記録するドキュメンタリー番組を、2025年7月5日から放送します。</p>"
        "<p class='midashi'>【番組概要】</p><ul><li>番組名：「しまのこよみ」</li>"
        "<li>ナレーション：藤川 みのり</li></ul><p>番組の見逃し配信も行う予定です。</p>"
        "</div></div>",
        "<title>プレスリリース｜会社情報｜瀬戸内テレビ</title>", lang="ja"))
    assert release.title.text == "島の暮らしを記録 新番組「しまのこよみ」7月スタート"
    assert release.meta.published.get("value") == "2025-06-09"
    assert release.meta.publisher.text == "瀬戸内テレビ放送株式会社"
    assert "報道関係各位" not in everything(release)
    assert "heading: 【番組概要】" in texts(release)


def test_a_gonggaos_securities_line_and_its_title_printed_again_are_no_text():
    head = ("<div class='news_content'><p style='text-align:center;'>证券代码：688317　　"
            "证券简称：瀚海新材　　公告编号：2025-031</p><p style='text-align:center;'><strong>"
            "瀚海新材料股份有限公司<br>关于签订重大销售合同的公告</strong></p>")
    release, _ = read(page(GONGGAO.replace("<div class='news_content'>", head),
                           "<title>公司公告-瀚海新材料股份有限公司</title>", lang="zh-CN"))
    assert texts(release)[0].startswith("p: 本公司于")
    assert "证券代码" not in everything(release)
