"""A Korean public body's 보도자료 page on a board: the h1 is the logo, the title the
heading in the post's title box ("view_tit") with its subtitle lines under it, a header
table of the post's fields (보도시점, 배포 with the date, 담당부서) above it, menus named
lnb/gnb/snb, a KOGL licence box, "붙임 ... 끝." closing the text and a satisfaction survey."""

from __future__ import annotations

from lxml import etree

from toolkit.normalize import Report
from toolkit.normalize.html_reader import read_html
from toolkit.normalize.structure import Draft, is_end_mark, language_candidates, read_dateline


def _read(html: str) -> Draft:
    root = etree.fromstring(html.encode(), etree.HTMLParser(encoding="utf-8"))
    return read_html(root, Report("x.html"), None)


def _texts(draft: Draft) -> list[str]:
    return [getattr(block, "text", "") for block in draft.body]


PAGE = """<html lang="ko"><head><title>보도자료 상세 | 알림 | 한빛청</title></head><body>
<h1 class="logo"><a href="/"><img src="/logo.png" alt="한빛청"></a></h1>
<div id="container"><div id="lnb"><h2>알림·소식</h2><ul><li><a href="#">공지사항</a></li>
<li><a href="#">보도자료</a></li></ul></div>
<div id="contents"><h3 class="page_tit">보도자료</h3><div class="board_view">
<table class="press_info"><tbody>
<tr><th scope="row">보도시점</th><td>배포 즉시 보도 가능</td><th scope="row">배포</th>
<td>2025. 9. 4.(목)</td></tr>
<tr><th scope="row">담당부서</th><td>한빛청 환경감시단</td><th scope="row">담당자</th>
<td>주무관 윤서연 (053-230-1417)</td></tr></tbody></table>
<div class="view_tit"><h4>하천 수질 점검 결과 위반 업소 12곳 적발</h4>
<p class="sub_tit">- 장마철 특별 점검 결과<br>- 위반 업소에 과태료 부과 예정</p></div>
<div class="view_cont"><p>□ 한빛청은 장마철을 틈탄 폐수 무단 방류를 막기 위해 7월 1일부터
8월 29일까지 수계의 폐수 배출업소 94곳을 특별 점검한 결과,
12곳에서 위반 사항 18건을 적발했다고 밝혔다.</p>
<p>□ 이번 점검은 드론과 수질 자동측정망 자료를 활용해 방류 의심 지점을 먼저 찾아낸 뒤 현장을
확인하는 방식으로 진행됐다.</p>
<p>붙임 : 위반 업소 조치 현황 1부. 끝.</p></div>
<div class="file_list"><strong>첨부파일</strong><ul><li><a href="/f">결과.hwpx</a></li></ul></div>
<div class="kogl"><img src="/kogl.png" alt="공공누리 제1유형"> 이 저작물은 공공누리 제1유형 조건에
따라 이용할 수 있습니다.</div></div>
<div class="satisfaction"><p>이 페이지에서 제공하는 정보에 만족하십니까?</p></div></div></div>
</body></html>"""


def test_the_heading_in_the_title_box_is_the_title_and_the_lines_under_it_the_subtitle():
    draft = _read(PAGE)
    assert draft.title is not None and draft.title.text == "하천 수질 점검 결과 위반 업소 12곳 적발"
    assert draft.subtitle is not None and draft.subtitle.text.startswith("- 장마철 특별 점검")


def test_the_header_table_of_fields_dates_the_release_and_is_not_its_text():
    draft = _read(PAGE)
    assert draft.dateline is not None and draft.dateline.date.get("value") == "2025-09-04"
    texts = " ".join(_texts(draft))
    assert "담당부서" not in texts and "보도시점" not in texts


def test_menus_the_licence_box_the_attachment_line_and_the_survey_are_the_sites():
    draft = _read(PAGE)
    assert _texts(draft)[0].startswith("□ 한빛청은") and len(draft.body) == 2
    assert not draft.figures  # the KOGL licence's image is no photo of the release


def test_a_korean_document_ends_with_its_end_mark():
    assert is_end_mark("끝.") and is_end_mark("붙임 : 위반 업소 조치 현황 1부. 끝.")
    assert not is_end_mark("점검은 10월 31일까지 이어간다. 끝까지 지켜보겠다.")


def test_a_weekday_in_brackets_after_a_dotted_korean_date_leaves_a_date_line():
    found = read_dateline("2025. 9. 4.(목)", 1, language_candidates("2025. 9. 4.(목)", "ko"))
    assert found is not None and found.date.get("value") == "2025-09-04"
