"""Page shapes met on the second set of held-out HTML pages (helper 63's ten).

Each test is a small page of the shape; the held-out pages themselves are measured by
tests/normalize/html_truth.py, not asserted.
"""

from __future__ import annotations

from toolkit.model import Segment
from toolkit.normalize import Options, normalize


def _body(html: str, **options: object) -> list[str]:
    release = normalize(html.encode(), "page.html", Options(**options)).release  # type: ignore[arg-type]
    return ["".join(p if isinstance(p, str) else p.text for p in b.content)
            for b in release.body if isinstance(b, Segment)]


def test_a_phone_label_before_a_plus_sign_is_text_not_a_crash():
    # 'Phone +32 ...': the identifier word 'Phone' stood before a '+', where the
    # identifier rule found no digits and an assertion failed (the EU press-corner page).
    body = _body('<html lang="en"><body><h1>Dam opens today</h1><p>March 4, 2024</p>'
                 "<p>The new dam opened today in the valley.</p>"
                 "<p>Phone +32 2 555 00 11</p></body></html>", publisher="River Board")
    assert body[-1] == "Phone +32 2 555 00 11"
