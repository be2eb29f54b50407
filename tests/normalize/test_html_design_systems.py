"""Pages built on a design system or a board template: Bootstrap Italia ("Design Comuni",
the model of Italian public bodies: share and action dropdowns beside the h1, a "Data:"
field under it, topic chips, a "Documenti" card, page sections under the template's fixed
labels), a Korean arts centre's board view (the logo is the h1, the title an h4.view-title
over a list of fields, "- " lines parted by <br>, a 첨부파일 line), an Arabic photo credit
("الصورة: ...") under the photo."""

from __future__ import annotations

from lxml import etree

from toolkit.model import ListBlock
from toolkit.normalize import Report
from toolkit.normalize.html_reader import read_html
from toolkit.normalize.structure import Draft


def _read(html: str) -> Draft:
    root = etree.fromstring(html.encode(), etree.HTMLParser(encoding="utf-8"))
    return read_html(root, Report("x.html"), None)


def _texts(draft: Draft) -> list[str]:
    return [getattr(block, "text", "") for block in draft.body]


ITALIA = """<html lang="it"><head><title>Nuove corse | Consiglio regionale</title>
<meta property="og:site_name" content="Consiglio regionale della Valdarna"></head><body>
<main><div class="container"><div class="cmp-heading"><div class="row">
<div class="col-lg-8"><h1>Approvata la legge sulle corse a chiamata</h1>
<p class="subtitle-small">Il servizio coprirà i 46 comuni montani dal prossimo anno</p></div>
<div class="col-lg-3"><div class="dropdown d-inline"><button type="button">Condividi</button>
<div class="dropdown-menu shadow-lg"><ul class="link-list">
<li><a class="list-item" href="#"><span>Facebook</span></a></li>
<li><a class="list-item" href="#"><span>Whatsapp</span></a></li></ul></div></div>
<div class="dropdown d-inline"><button type="button">Vedi azioni</button>
<div class="dropdown-menu"><ul class="link-list"><li><a class="list-item" href="#">
<span>Stampa</span></a></li></ul></div></div></div></div>
<div class="row mt-5 mb-4"><div class="col-6"><small>Data:</small>
<p class="fw-semibold">08 luglio 2025</p></div><div class="col-6"><small>Tempo di lettura:</small>
<p class="fw-semibold">3 min</p></div></div></div></div>
<div class="container"><section class="col-lg-8 it-page-sections-container">
<article id="descrizione" class="it-page-section"><h2>Descrizione</h2>
<p>Il Consiglio regionale ha approvato nella seduta di martedì la proposta di legge n. 112,
che istituisce un servizio di trasporto pubblico a chiamata nei comuni delle aree interne.</p>
</article>
<article id="dibattito" class="it-page-section"><h2>Il dibattito in Aula</h2>
<p>La relatrice ha ricordato che negli ultimi dieci anni le corse si sono ridotte del 38%.</p>
</article>
<article class="it-page-section"><h4>Argomenti</h4><div class="d-flex">
<a href="/argomenti/mobilita" class="chip chip-simple"><span class="chip-label">Mobilità</span></a>
<a href="/argomenti/montagna" class="chip chip-simple"><span class="chip-label">Montagna</span></a>
</div></article>
<article class="it-page-section"><h4>Documenti</h4><div class="card card-teaser">
<div class="card-body"><h5 class="card-title"><a href="/atti/pdl-112.pdf">Testo approvato
(PDF, 402 kB)</a></h5></div></div></article>
</section></div></main></body></html>"""


def test_a_dropdown_menu_is_chrome_so_the_data_field_under_the_standfirst_dates_the_page():
    draft = _read(ITALIA)
    assert draft.dateline is not None and draft.dateline.date.get("value") == "2025-07-08"
    texts = " ".join(_texts(draft))
    for chrome in ("Facebook", "Whatsapp", "Stampa", "Tempo di lettura", "3 min"):
        assert chrome not in texts


def test_topic_chips_and_a_headed_box_of_files_are_the_pages_not_the_release():
    texts = " ".join(_texts(_read(ITALIA)))
    for chrome in ("Argomenti", "Mobilità", "Montagna", "Documenti", "Testo approvato"):
        assert chrome not in texts


def test_the_page_models_fixed_section_labels_are_the_templates_the_writers_headings_kept():
    texts = _texts(_read(ITALIA))
    assert "Descrizione" not in texts
    assert "Il dibattito in Aula" in texts
    assert any(t.startswith("Il Consiglio regionale ha approvato") for t in texts)


def test_a_link_to_a_file_in_a_paragraph_of_the_text_stays():
    page = ITALIA.replace("<p>La relatrice", '<p><a href="/relazione.pdf">La relazione</a></p>'
                          "<p>La relatrice")
    assert "La relazione" in _texts(_read(page))


BOARD = """<html lang="ko"><head><title>보도자료 | 서하아트센터</title></head><body>
<div id="header"><h1 class="logo"><a href="/"><img src="/logo.png" alt="서하아트센터"></a></h1>
</div>
<div id="container"><div id="contents"><div class="sub-top"><h3 class="sub-title">보도자료</h3>
</div><div class="board-view"><div class="view-head">
<h4 class="view-title">서하아트센터, 2026 시즌 라인업 공개</h4>
<ul class="view-info"><li><span>작성자</span> 홍보마케팅팀</li>
<li><span>등록일</span> 2026-02-17</li>
<li><span>조회수</span> 1,204</li></ul></div>
<div class="view-content"><p>서하아트센터는 17일 2026 시즌 라인업을 발표했다. 올해 시즌은 3월 7일
개막 공연을 시작으로 12월까지 모두 42편 186회 공연으로 꾸며진다.</p>
<p><strong>■ 주요 공연</strong></p>
<p>- 국립발레단 초청 &lt;지젤&gt; (5월 16일~17일)<br>
- 제12회 서하 국제실내악축제 (8월 20일~30일)<br>
- 송년 음악회 (12월 27일)</p>
<p>시즌 패키지 티켓은 2월 24일 오후 2시부터 센터 누리집을 통해 판매한다.</p></div>
<div class="view-file"><span class="tit">첨부파일</span>
<a href="/board/download.do?fileSn=3381">2026시즌_보도자료.hwp</a> (512KB)</div>
</div></div></div></body></html>"""


def test_a_title_classed_h4_is_the_title_not_the_sections_sub_title():
    draft = _read(BOARD)
    assert draft.title is not None and draft.title.text == "서하아트센터, 2026 시즌 라인업 공개"
    assert draft.dateline is not None and draft.dateline.date.get("value") == "2026-02-17"


def test_lines_opening_with_a_dash_parted_by_br_are_a_list():
    lists = [b for b in _read(BOARD).body if isinstance(b, ListBlock)]
    assert len(lists) == 1 and len(lists[0].items) == 3
    assert lists[0].items[1].text.startswith("제12회 서하 국제실내악축제")
    assert not lists[0].ordered


def test_a_korean_boards_attachment_line_is_the_pages():
    assert not any("첨부파일" in t for t in _texts(_read(BOARD)))


def test_an_arabic_credit_line_under_a_photo_is_its_caption_not_a_paragraph():
    page = """<html lang="ar" dir="rtl"><head><title>خط جديد</title></head><body><article>
<h1>طيران الواحة تطلق رحلات مباشرة إلى تبليسي</h1><div class="news-detail__image">
<img src="/a.jpg" alt="طائرة على مدرج المطار"><p class="news-detail__credit">الصورة: طيران
الواحة</p></div><div class="news-detail__body"><p>أعلنت طيران الواحة اليوم عن إطلاق خط جوي مباشر
جديد يربط مركز عملياتها بالعاصمة الجورجية تبليسي.</p></div></article></body></html>"""
    draft = _read(page)
    assert not any("الصورة" in t for t in _texts(draft))
    assert [f.caption.text[:6] if f.caption else None for f in draft.figures] == ["الصورة"]
