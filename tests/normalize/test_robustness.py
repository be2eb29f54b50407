"""Whatever an input holds, normalising it gives a release or one error: a page or a text
damaged anywhere (cut, spliced with markup, bytes, dates, values) never ends the run with
another exception, which the CLI would show as a traceback."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from toolkit.errors import CommuniqueError
from toolkit.normalize import normalize, render

INPUTS = sorted((Path(__file__).parent.parent / "fixtures" / "normalize").glob("*/input.*"))

SPLICES = st.sampled_from([
    b"<", b">", b"</p>", b"<p>", b"<h1>", b"</h1>", b"&", b"&nbsp;", b"\x00", b"\xff", b"\n",
    b"\n\n", b"December 24, 2022", "24 декабря 2022".encode(), b"14:40", b"30 minutes",
    b"$2 million", b"1.", b"- ", b"###", b"<img alt='x' src='javascript:alert(1)'>",
    b"<script>x</script>", b"<a href='javascript:x'>y</a>", b"\xef\xbb\xbf",
    b"<meta charset='cp1251'>", b"<html lang='utf-8'>", b"<time datetime='2022-13-45'>",
    b"\t", b"    "])


@given(st.sampled_from(INPUTS), st.integers(0, 10**6), st.integers(0, 60),
       st.lists(SPLICES, max_size=8).map(b"".join))
def test_a_damaged_input_is_normalised_or_refused_with_one_error(path, at, cut, splice):
    data = path.read_bytes()
    at %= len(data) + 1
    damaged = data[:at] + splice + data[at + cut:]
    try:
        result = normalize(damaged, path.name)
        render(result.release, "out.xml")
    except CommuniqueError:
        pass
