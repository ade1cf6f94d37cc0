"""One shared pass over the text: lines, and which lines are tokenised.

Detectors take a `Document` so that work every detector needs is done once.
A `Document` is built from the text alone and never changes.
"""

from __future__ import annotations

import regex

__all__ = ["Document", "TOKENISED_SIGN", "PROSE_SIGN"]

# Signs that a line went through a PTB/spaCy tokeniser: punctuation standing
# alone as a token, split contractions and clitics.  Ellipses are excluded
# (``wait ... what`` is good prose) and so is a lone `'` (a closing quote).
TOKENISED_SIGN = regex.compile(
    r"""(?<=[\w"”’')\]])[ ](?:[,;:?!]|\.(?![.\w]))(?=\s|$)   # `Aleppo , Syria` / `said .`
      | (?<=\w)[ ]n[’']t(?!\w)                             # `ca n’t`
      | (?<=\w)[ ][’'](?:s|ve|re|ll|d|m)(?!\w)             # `country ’s`
    """,
    regex.VERBOSE | regex.MULTILINE,
)

# Signs of ordinary prose: punctuation attached to the word before it.
PROSE_SIGN = regex.compile(
    r"""\w[,;:](?=\s)            # `Roma, who`
      | \w[.?!](?=\s+["“]?[A-Z])  # `said. The`
      | \w[’'](?:s|t)(?!\w)       # `Assad’s` / `can't`
    """,
    regex.VERBOSE,
)

# A sign that is unambiguous even alone on a short line.
_CLITIC = regex.compile(r"(?<=\w) (?:n[’']t|[’'](?:s|ve|re|ll|d|m))(?!\w)")


class Document:
    """The text plus facts every detector needs, computed once.

    >>> d = Document("Aleppo , Syria , was hit .\\nClean prose, here.")
    >>> d.tokenised_spans
    [(0, 26)]
    """

    __slots__ = ("text", "line_spans", "tokenised", "tokenised_spans")

    def __init__(self, text: str) -> None:
        self.text = text
        spans: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        self.line_spans = spans
        strong = [len(TOKENISED_SIGN.findall(text, s, e)) for s, e in spans]
        prose = [len(PROSE_SIGN.findall(text, s, e)) for s, e in spans]
        doc_tokenised = sum(strong) >= 5 and sum(strong) > sum(prose)
        flags = []
        for (s, e), t, p in zip(spans, strong, prose):
            if t >= 2 and 2 * t >= p:
                flags.append(True)
            elif t == 1 and p == 0 and (doc_tokenised or _CLITIC.search(text, s, e)):
                flags.append(True)
            else:
                flags.append(doc_tokenised and t >= 1 and t >= p)
        self.tokenised = flags
        self.tokenised_spans = [sp for sp, f in zip(spans, flags) if f]
