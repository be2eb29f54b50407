"""A Korean public body's 보도자료 page on a board: the h1 is the logo, the title the
heading in the post's title box ("view_tit") with its subtitle lines under it, a header
table of the post's fields (보도시점, 배포 with the date, 담당부서) above it, menus named
lnb/gnb/snb, a KOGL licence box, "붙임 ... 끝." closing the text and a satisfaction survey."""

from __future__ import annotations

import pytest
from lxml import etree

from toolkit.model import Segment
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
    # (the "□" mark is the paragraph's level, as in copied text, no part of its text)
    assert _texts(draft)[0].startswith("한빛청은") and len(draft.body) == 2
    assert not draft.figures  # the KOGL licence's image is no photo of the release


def test_a_korean_document_ends_with_its_end_mark():
    assert is_end_mark("끝.") and is_end_mark("붙임 : 위반 업소 조치 현황 1부. 끝.")
    assert not is_end_mark("점검은 10월 31일까지 이어간다. 끝까지 지켜보겠다.")


def test_a_weekday_in_brackets_after_a_dotted_korean_date_leaves_a_date_line():
    found = read_dateline("2025. 9. 4.(목)", 1, language_candidates("2025. 9. 4.(목)", "ko"))
    assert found is not None and found.date.get("value") == "2025-09-04"


def _blocks(draft: Draft) -> list[tuple[str, str] | list[str]]:
    return [(b.name, b.text) if isinstance(b, Segment) else [i.text for i in b.items]
            for b in draft.body]


def _page(*paragraphs: str) -> str:
    return ('<html lang="ko"><body><main><h1>어촌 계획 확정</h1><p>2025. 3. 3.(월)</p>'
            + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "<p>홍보담당관실 044-200-5000</p></main></body></html>")


def test_a_pages_korean_levels_are_read_as_copied_texts_are():
    # □ and ○ each a paragraph, their marks dropped; the "-" points under them a list,
    # closed by the next □ or ○; each level a <p> of its own
    draft = _read(_page("□ 정부는 계획을 <b>확정</b>했다.", "○ 어촌 100곳을 정비한다.",
                        "- 항구를 고친다.", "– 주거를 개선한다.", "○ 예산은 1조 원이다.",
                        "- 국비 6천억 원", "□ 설명회는 다음 달 열린다."))
    assert _blocks(draft) == [
        ("p", "정부는 계획을 확정했다."),
        ("p", "어촌 100곳을 정비한다."),
        ["항구를 고친다.", "주거를 개선한다."],
        ("p", "예산은 1조 원이다."),
        ["국비 6천억 원"],
        ("p", "설명회는 다음 달 열린다."),
        ("p", "홍보담당관실 044-200-5000"),
    ]
    # (the bold word stays a span: only the mark is cut from the paragraph's content)
    assert any(not isinstance(part, str) for part in draft.body[0].content)


def test_dash_points_on_a_korean_page_with_no_item_above_are_a_list():
    draft = _read(_page("□ 위반 내용은 다음과 같다.", "- 폐수 방류", "- 운영일지 미작성"))
    assert _blocks(draft)[:2] == [("p", "위반 내용은 다음과 같다."),
                                  ["폐수 방류", "운영일지 미작성"]]


def test_a_page_whose_paragraphs_carry_no_level_mark_keeps_its_dashes_and_circles():
    # (a dash may open a speaker's words; without □ the page marks no levels)
    draft = _read(_page("정부는 계획을 확정했다.", "○ 어촌 100곳을 정비한다.", "- 항구를 고친다."))
    assert _blocks(draft)[:3] == [("p", "정부는 계획을 확정했다."),
                                  ("p", "○ 어촌 100곳을 정비한다."), ("p", "- 항구를 고친다.")]


@pytest.mark.parametrize("attachments", [
    ("붙임 1. 어촌 활력 회복 계획 1부.", "2. 설명회 일정 1부. 끝."),
    ("붙임  1. 어촌 활력 회복 계획 1부.", "2. 설명회 일정 1부.", "3. 사진 1부. 끝."),
    ("붙임 1. 어촌 활력 회복 계획 1부.", "2. 설명회 일정 1부.", "끝."),
], ids=["two", "three", "end-mark-alone"])
def test_a_korean_list_of_attachments_in_paragraphs_ends_the_pages_text(attachments):
    # as copied text's lines: the files go to no translator, and what follows is the site's
    report = Report("x.html")
    root = etree.fromstring(_page("□ 정부는 계획을 확정했다.", *attachments).encode(),
                            etree.HTMLParser(encoding="utf-8"))
    draft = read_html(root, report, None)
    assert _blocks(draft) == [("p", "정부는 계획을 확정했다.")]
    assert any(g.what == "dropped" and g.value.startswith("붙임") for g in report.guesses)


def test_numbered_paragraphs_closed_by_an_end_mark_without_attachments_above_stay():
    draft = _read(_page("□ 정부는 계획을 확정했다.", "1. 어촌 정비", "2. 주거 개선 끝."))
    # (nor is the text ended there: the line under it stays)
    assert [b.text for b in draft.body] == ["정부는 계획을 확정했다.", "1. 어촌 정비",
                                            "2. 주거 개선 끝.", "홍보담당관실 044-200-5000"]


def test_a_line_between_dashes_above_the_first_korean_paragraph_is_no_point():
    # the subtitle a page prints in its body, not a "-" point of a list
    draft = _read(_page("- 제14차 위원회에서 계획 확정 -", "□ 정부는 계획을 확정했다."))
    assert _blocks(draft)[:2] == [("p", "- 제14차 위원회에서 계획 확정 -"),
                                  ("p", "정부는 계획을 확정했다.")]
