"""Settings profiles for the property suite.

The suite runs in the default ``pytest`` run with a small, derandomised budget
(the same examples every run, so a failure there is never a fluke).  Longer
runs pick a profile with the HYPOTHESIS_PROFILE environment variable:

    HYPOTHESIS_PROFILE=ci python -m pytest tests/property      # 200 random examples a property
    HYPOTHESIS_PROFILE=long python -m pytest tests/property    # 2000, for a nightly or a hunt

No profile has a deadline: these tests check behaviour, never timing
(throughput is measured by ``python -m textrepair.evaluate``).
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

_COMMON: dict[str, Any] = {
    "deadline": None,
    "database": None,
    "print_blob": True,
    "suppress_health_check": [HealthCheck.too_slow],
}

settings.register_profile("default", max_examples=15, derandomize=True, **_COMMON)
settings.register_profile("ci", max_examples=200, **_COMMON)
settings.register_profile("long", max_examples=2000, **_COMMON)

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
if PROFILE not in ("default", "ci", "long"):
    raise pytest.UsageError(f"HYPOTHESIS_PROFILE must be one of default, ci, long; got {PROFILE!r}")
settings.load_profile(PROFILE)

