"""Meta lines under the title (helper 69's ten held-out pages): one line or list of short
fields, one of them the date, the others the page's."""

from __future__ import annotations

from toolkit.model import ListBlock, Segment
from toolkit.normalize import Options, normalize

TEXT = "<p>The new dam opened today in the valley, the board said.</p>"


def _read(body: str, lang: str = "en") -> tuple[str, list[str]]:
    page = f'<html lang="{lang}"><body><h1>Dam opens</h1>{body}{TEXT}</body></html>'
    release = normalize(page.encode(), "page.html", Options(publisher="River Board")).release
    texts = [b.text for b in release.body if isinstance(b, Segment)]
    return release.meta.published.get("value", ""), texts


def test_a_dotted_meta_line_gives_its_date_and_drops_reading_time_and_author():
    value, body = _read('<p><time datetime="2025-06-02">Jun 2, 2025</time> · 3 min read · '
                        '<a href="/a/">Communications team</a></p>')
    assert (value, len(body)) == ("2025-06-02", 1)


def test_fields_parted_by_no_break_spaces_give_the_date():
    value, body = _read("<div>发布时间：2025-03-18&nbsp;&nbsp;&nbsp;来源：河务局&nbsp;&nbsp;"
                        "浏览次数：<span>12</span>次</div>", lang="zh")
    assert (value, len(body)) == ("2025-03-18", 1)


def test_a_meta_list_gives_its_date_without_the_time_of_day():
    value, body = _read("<ul><li>Posted 14:20 on 7 March 2025</li><li>Ref: NEWS-1</li>"
                        "<li>Area: East</li></ul>")
    assert (value, len(body)) == ("2025-03-07", 1)


def test_digits_of_a_date_follow_the_languages_order():
    value, _ = _read("<div><span>10/04/2025</span>\n  <span>Fuente: Prensa</span></div>",
                     lang="es")
    assert value == "2025-04-10"



def test_a_norwegian_meta_line_over_the_title_gives_its_labelled_date():
    # regjeringen.no prints the kind, "Dato:" and the release's number over the h1
    page = ('<html lang="nb"><body><div>Pressemelding | Dato: 24.12.2022 | Nr: 124/2022'
            '</div><h1>Demningen åpner</h1><p>Den nye demningen åpnet i dag i dalen, sier '
            'styret.</p></body></html>')
    release = normalize(page.encode(), "page.html", Options(publisher="Elvestyret")).release
    assert release.meta.published.get("value") == "2022-12-24"
    assert [b.text for b in release.body if isinstance(b, Segment)] == [
        "Den nye demningen åpnet i dag i dalen, sier styret."]

def test_a_list_holding_a_sentence_is_no_meta_list():
    page = ('<html lang="en"><body><h1>Dam opens</h1><p>8 March 2025</p><ul><li>Opened on 7 '
            f'March 2025.</li><li>Ref: NEWS-1</li></ul>{TEXT}</body></html>')
    release = normalize(page.encode(), "page.html", Options(publisher="River Board")).release
    assert release.meta.published.get("value", "") == "2025-03-08"
    assert isinstance(release.body[0], ListBlock) and len(release.body[0].items) == 2


def _publisher(title: str, h1: str) -> str:
    page = (f'<html lang="en"><head><title>{title}</title></head><body><h1>{h1}</h1>'
            f"<p>7 March 2025</p>{TEXT}</body></html>")
    return normalize(page.encode(), "page.html", Options()).release.meta.publisher.text


def test_a_title_opening_with_the_h1_names_the_site_after_any_separator():
    assert _publisher("Dam opens · River Board", "Dam opens") == "River Board"
    assert _publisher("大坝开放-新闻中心-河务局", "大坝开放") == "河务局"


def test_tags_counters_and_the_next_article_after_the_text_are_the_pages():
    for chrome in ("Étiquettes : agrivoltaïsme", "Etiquetas: agua", "Просмотров: 412",
                   "上一篇：某公司获奖", "【返回列表】", "Seite drucken Seite teilen"):
        page = (f'<html lang="en"><body><h1>Dam opens</h1><p>7 March 2025</p>{TEXT}'
                f"<p>{chrome}</p></body></html>")
        release = normalize(page.encode(), "page.html", Options(publisher="River Board")).release
        assert [b.text for b in release.body if isinstance(b, Segment)] == [
            "The new dam opened today in the valley, the board said."], chrome
