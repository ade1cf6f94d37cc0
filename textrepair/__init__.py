"""textrepair: repair corrupted scraped news articles, with an exact record of every change.

>>> from textrepair import repair
>>> text, edits = repair("Aleppo , Syria , was hit .")
>>> text
'Aleppo, Syria, was hit.'
"""

from .batch import repair_many
from .config import DEFAULT_MARKER, Config
from .edits import Edit, EditError, Kind, apply_edits, revert_edits
from .pipeline import repair
from .result import RepairResult

__all__ = [
    "DEFAULT_MARKER",
    "Config",
    "Edit",
    "EditError",
    "Kind",
    "RepairResult",
    "apply_edits",
    "repair",
    "repair_many",
    "revert_edits",
]

__version__ = "0.1.0"
