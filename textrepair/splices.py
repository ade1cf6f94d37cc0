"""Remove copies of earlier mentions pasted over the original words."""

from __future__ import annotations

from .analysis import Document
from .config import Config
from .edits import Edit

__all__ = ["find_splices"]


def find_splices(
    text: str, config: Config | None = None, *, marker: str = "[...]", doc: Document | None = None
) -> list[Edit]:
    """Not yet implemented: returns no edits."""
    return []
