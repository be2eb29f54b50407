"""A value whose locale form ends in a period ("2 ноября 2025 г.") at the end of a
sentence: the period is not doubled, as the locale's typography writes it."""

from __future__ import annotations

from toolkit.formatting import get_formatter
from toolkit.loader import parse_release
from toolkit.model import Span, iter_spans
from toolkit.po_read import parse_po
from toolkit.release_xml import write_release
from toolkit.schema import schema_errors
from toolkit.translate import translate_release
from toolkit.xmlsafe import parse_xml

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Language: ru\\n"\n\n')


class Fixed:
    """A formatter that writes every value as one given text."""

    def __init__(self, text: str) -> None:
        self.text = text

    def format(self, span: Span) -> str:
        return self.text


def release(body: str) -> object:
    data = ('<release xmlns="https://ns.communique.dev/release/1" id="r" xml:lang="en">'
            '<meta><publisher>P</publisher><published><date value="2024-01-02" '
            'skeleton="yMMMMd">January 2, 2024</date></published></meta><title>T</title>'
            f'<body>{body}</body></release>')
    return parse_release(data.encode())


def catalog(*entries: tuple[str, str]) -> object:
    text = HEADER + "".join(f'msgid "{a}"\nmsgstr "{b}"\n\n' for a, b in entries)
    return parse_po(text.encode(), "ru.po")


def test_a_russian_date_ending_a_sentence_ends_it_with_one_period():
    rel = release('<p>Held <date value="2025-10-30" end="2025-11-02" skeleton="yMMMMd">'
                  'October 30 to November 2, 2025</date>.</p>')
    cat = catalog(("Held <date/>.", "Пройдет <date/>."), ("T", "T"), ("P", "P"))
    out = translate_release(rel, cat, "ru", formatter=get_formatter("ru", engine="babel"))
    [p] = out.release.body
    # (Babel's CLDR writes a narrow no-break space before "г.".)
    assert p.text.startswith("Пройдет 30 октября")
    assert p.text.endswith("2 ноября 2025\u202fг.")
    # The value keeps its abbreviation's period; the sentence's is the one dropped.
    [span] = iter_spans(p.content)
    assert span.content[0].endswith("г.")
    assert p.content[-1] is span
    assert list(schema_errors(parse_xml(write_release(out.release), "out.xml"))) == []


def test_only_one_period_is_dropped_and_an_ellipsis_or_other_text_is_kept():
    rel = release('<p>A <date value="2025-10-30" skeleton="yMMMMd">October 30, 2025</date>.'
                  ' B <date value="2025-10-31" skeleton="yMMMMd">October 31, 2025</date>...'
                  ' C <date value="2025-11-01" skeleton="yMMMMd">November 1, 2025</date>,'
                  ' D <date value="2025-11-02" skeleton="yMMMMd">November 2, 2025</date></p>')
    msgid = "A <date1/>. B <date2/>... C <date3/>, D <date4/>"
    cat = catalog((msgid, msgid), ("T", "T"), ("P", "P"))
    out = translate_release(rel, cat, "ru", formatter=Fixed("X г."))
    [p] = out.release.body
    assert p.text == "A X г. B X г.... C X г., D X г."


def test_a_value_without_a_final_period_keeps_the_sentences():
    rel = release('<p>On <date value="2025-10-30" skeleton="MMMMd">October 30</date>.</p>')
    cat = catalog(("On <date/>.", "<date/>."), ("T", "T"), ("P", "P"))
    out = translate_release(rel, cat, "ru", formatter=get_formatter("ru", engine="babel"))
    [p] = out.release.body
    assert p.text == "30 октября."
