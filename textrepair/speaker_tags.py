"""Restore attribution verbs overwritten by a copy of the speaker's description."""

from __future__ import annotations

from .analysis import Document
from .config import Config
from .edits import Edit

__all__ = ["find_speaker_tags"]


def find_speaker_tags(text: str, config: Config | None = None, *, doc: Document | None = None) -> list[Edit]:
    """Not yet implemented: returns no edits."""
    return []
