"""Shared fixtures: the bundled sample project, and small releases built in code."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# In CI the property tests run a fixed set of examples, so a red build is reproducible
# and never a coin toss; locally they keep exploring new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "releases" / "japan-kyrgyz-fm-meeting-2022.xml"


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def sample_bytes() -> bytes:
    return SAMPLE.read_bytes()
