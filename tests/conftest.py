"""Shared fixtures: the bundled sample project, and small releases built in code."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "releases" / "japan-kyrgyz-fm-meeting-2022.xml"


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def sample_bytes() -> bytes:
    return SAMPLE.read_bytes()
