"""Pages in Portuguese, Italian, Dutch, Polish, Arabic and Korean: where their dates stand
(below the text, in a meta line above the title), an event's date that is no date line,
and the site's lines around the text in each language."""

from __future__ import annotations

from lxml import etree

from toolkit.normalize import Report
from toolkit.normalize.html_reader import read_html
from toolkit.normalize.structure import Draft, language_candidates, read_dateline


def _read(html: str) -> Draft:
    root = etree.fromstring(html.encode(), etree.HTMLParser(encoding="utf-8"))
    return read_html(root, Report("x.html"), None)


def _texts(draft: Draft) -> list[str]:
    return [getattr(block, "text", "") for block in draft.body]


def test_the_first_day_of_a_period_is_no_date_line():
    for line in ("Dal 22 marzo 2025", "Vanaf 3 april 2025", "Od 5 maja 2025"):
        assert read_dateline(line, 1, language_candidates(line, None)) is None, line
    assert read_dateline("22 marzo 2025", 1, ("it",)) is not None


MUSEO = """<html lang="it"><head><title>Riapre il museo</title></head><body><article>
<div class="evento-box"><span>Inaugurazione</span> <span>Dal 22 marzo 2025</span>
<span>Palazzo Guarnieri</span></div>
<h1>Riapre il museo</h1>
<div class="testo"><p>Sabato 22 marzo il sindaco inaugurerà il nuovo museo della città.</p>
<p>Il progetto è costato 7,4 milioni di euro e ha reso accessibili tutti i piani.</p></div>
<footer class="comunicato-footer">
<p>Comunicato stampa pubblicato il 14 marzo 2025</p>
<p>Ufficio stampa: Chiara Bonomi, stampa@musei.example.it</p></footer>
</article></body></html>"""

MUZEUM = """<html lang="pl-PL"><head><title>Galeria otwarta</title></head><body><article>
<h1>Galeria otwarta</h1><div class="entry-content">
<p>Po trzech latach przebudowy zwiedzający mogą wrócić do sal na pierwszym piętrze.</p>
<p>Remont kosztował 14,6 mln zł, z czego 9,2 mln zł pochodziło z programu.</p></div>
<footer class="entry-footer"><div class="entry-meta"><span>Data publikacji: <time
datetime="2025-05-12T10:15:00+02:00">12.05.2025</time></span></div>
<p>Kontakt: biuro@muzeum.example</p></footer>
</article></body></html>"""


def test_a_labelled_publication_date_below_the_text_dates_the_page():
    museo = _read(MUSEO)
    assert museo.dateline is not None and museo.dateline.date.get("value") == "2025-03-14"
    assert not any("pubblicato il" in text for text in _texts(museo))
    assert any(text.startswith("Ufficio stampa") for text in _texts(museo))
    muzeum = _read(MUZEUM)
    assert muzeum.dateline is not None and muzeum.dateline.date.get("value") == "2025-05-12"
    assert not any("Data publikacji" in text for text in _texts(muzeum))


DISCLOSURE = """<html lang="ar" dir="rtl"><head><title>إفصاح</title></head><body><div class="d">
<div class="disclosure-meta">
  <span class="badge">إفصاح</span>
  <span class="meta-date">تاريخ النشر: 2025/02/24</span>
  <span class="meta-time">الساعة: 08:35</span>
</div>
<h1>شركة رمال تعلن نتائج اجتماع مجلس الإدارة</h1>
<p>تعلن شركة رمال للصناعات الغذائية أن مجلس إدارتها عقد اجتماعه يوم الأحد 23 فبراير 2025.</p>
</div></body></html>"""


def test_a_labelled_date_in_a_meta_line_above_the_title_is_the_date_line():
    draft = _read(DISCLOSURE)
    assert draft.dateline is not None and draft.dateline.date.get("value") == "2025-02-24"
    assert not any("تاريخ النشر" in text for text in _texts(draft))


CHROME = """<html lang="{lang}"><head><title>T</title></head><body><article><h1>Titel</h1>
<p>Dit is de eerste zin van het bericht over de nieuwe spits van de club.</p>
<div class="compartilhe-topo">Compartilhe: <a href="#">Facebook</a> <a href="#">X</a></div>
<p>Dit is de tweede zin van het bericht, met meer uitleg over het contract.</p>
<div class="allegati"><h4>Materiali per la stampa</h4>
<ul><li><a href="a.pdf">PDF</a></li></ul></div>
<p>Źródło: Ministerstwo Rozwoju i Budownictwa</p>
<a class="back" href="/">« Powrót do aktualności</a>
<section class="more-news"><h2>Meer nieuws</h2><p>Ander bericht 3 apr 2025</p></section>
</article></body></html>"""


def test_the_sites_lines_around_the_text_by_class_words_and_words():
    texts = _texts(_read(CHROME.format(lang="nl")))
    assert [t[:20] for t in texts] == ["Dit is de eerste zin", "Dit is de tweede zin"]


def test_related_news_headings_and_footer_links_in_each_language():
    from toolkit.normalize.structure import is_footer, is_related
    for heading in ("Meer nieuws", "Altri comunicati", "Leia também", "Zobacz także",
                    "أخبار ذات صلة", "관련 기사"):
        assert is_related(heading), heading
    for line in ("« Powrót do aktualności", "Drukuj", "Udostępnij: Facebook", "Terug naar "
                 "overzicht", "Scarica il PDF (214 KB)", "العودة إلى الإفصاحات", "طباعة", "인쇄"):
        assert is_footer(line), line
