"""Fixtures of the QA tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from qa_support import make_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the QA fixture project, with its template made by extract."""
    return make_project(tmp_path)
