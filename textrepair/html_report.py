"""A self-contained HTML page showing what `repair` changed in a corpus.

Each document is shown inline: removed text struck through, added text
underlined, both coloured by edit kind, with the kind, the reason and the
confidence on hover (the ``title`` attribute).  The page has inline CSS, no
scripts and no links, so it opens offline and can be mailed around.

For thousands of documents the page is capped: it shows the first `limit`
changed documents in input order and says so at the top (the counts and the
damage histogram still cover every document).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .diff import show_whitespace
from .edits import Edit, Kind

__all__ = ["KIND_COLOURS", "render_document", "render_page"]

#: Background colour per kind; the legend and the marks use the same table.
KIND_COLOURS: Mapping[str, str] = {
    Kind.SPACING.value: "#dbeafe",
    Kind.GAP.value: "#fde68a",
    Kind.SPEAKER_TAG.value: "#c7f9cc",
    Kind.SPLICE.value: "#fecaca",
    Kind.REPEATED_WORD.value: "#e9d5ff",
    Kind.DEBRIS.value: "#e5e7eb",
    Kind.PRONOUN.value: "#fed7aa",
}

_CSS = """
body{font:15px/1.55 Georgia,serif;margin:2em auto;max-width:60em;color:#111;padding:0 1em}
h1{font:bold 1.5em sans-serif}h2{font:bold 1.05em sans-serif;margin:0}
.summary,.doc h2,.meta,.legend,.note{font-family:sans-serif}
.note{background:#fff7d6;border:1px solid #e6d28a;padding:.4em .8em}
table{border-collapse:collapse;font:13px sans-serif}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}
.bar{display:inline-block;height:10px;background:#888;vertical-align:middle}
.legend span{padding:1px 6px;margin-right:6px;border-radius:3px;font-size:13px}
.doc{border-top:2px solid #333;margin-top:1.5em;padding-top:.5em}
.meta{color:#555;font-size:13px;margin:.2em 0 .6em}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
del,ins{border-radius:3px;padding:0 1px;cursor:help}
del{text-decoration:line-through;color:#7f1d1d}
ins{text-decoration:underline;color:#14532d}
.ws{text-decoration:none;font-weight:bold}
"""


def _kind_css() -> str:
    return "".join(f".k-{k}{{background:{c}}}" for k, c in KIND_COLOURS.items())


def _esc(s: str) -> str:
    return html.escape(s, quote=True)


def render_document(original: str, edits: Sequence[Edit], *, title: str, damage: float | None = None) -> str:
    """One document as an HTML fragment: the repaired text with changes in place.

    >>> from textrepair import Edit, Kind
    >>> frag = render_document("a , b", [Edit(1, 2, " ", "", Kind.SPACING, "space before a comma")], title="doc 1")
    >>> '<del class="k-spacing ws" title="spacing: space before a comma (confidence 1.00)">·</del>' in frag
    True
    """
    parts: list[str] = []
    pos = 0
    for e in edits:
        parts.append(_esc(original[pos : e.start]))
        tip = _esc(f"{e.kind.value}: {e.reason} (confidence {e.confidence:.2f})")
        for tag, part in (("del", e.old), ("ins", e.new)):
            if part:
                # Whitespace-only marks are not struck through: a struck `·` reads as a hyphen.
                ws = " ws" if part.isspace() else ""
                parts.append(f'<{tag} class="k-{e.kind.value}{ws}" title="{tip}">{_esc(show_whitespace(part))}</{tag}>')
        pos = e.end
    parts.append(_esc(original[pos:]))
    counts: dict[str, int] = {}
    for e in edits:
        counts[e.kind.value] = counts.get(e.kind.value, 0) + 1
    meta = ", ".join(f"{k} {n}" for k, n in counts.items()) or "no edits"
    if damage is not None:
        meta += f"; damage {damage:.3f}"
    return (
        f'<section class="doc"><h2>{_esc(title)}</h2><p class="meta">{len(edits)} edits: {_esc(meta)}</p>'
        f'<div class="text">{"".join(parts)}</div></section>\n'
    )


def render_page(
    fragments: Iterable[str],
    *,
    summary: Mapping[str, Any],
    shown: int,
    changed: int,
    limit: int,
    title: str = "textrepair report",
) -> str:
    """The whole page: summary, legend, histogram, then the document fragments.

    `summary` is the CLI's report dict (documents, edits per kind, damage
    histogram); `shown` of `changed` changed documents are included, at most
    `limit`.
    """
    out = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<title>{_esc(title)}</title><style>{_CSS}{_kind_css()}</style></head><body>",
        f"<h1>{_esc(title)}</h1>",
    ]
    docs = summary.get("documents", {})
    out.append('<div class="summary"><table><tr>')
    out.extend(f"<th>{_esc(str(k))}</th>" for k in docs)
    out.append("</tr><tr>")
    out.extend(f"<td>{_esc(str(v))}</td>" for v in docs.values())
    out.append("</tr></table>")
    per_kind = summary.get("edits_per_kind", {})
    out.append('<p class="legend">Edits by kind: ')
    for k in KIND_COLOURS:
        out.append(f'<span class="k-{k}">{k} {per_kind.get(k, 0)}</span>')
    out.append("</p>")
    hist = summary.get("damage_histogram", {})
    if hist:
        top = max(hist.get("counts", [0]) or [0]) or 1
        out.append("<table><tr><th>damage</th><th>documents</th><th></th></tr>")
        for label, n in zip(hist.get("labels", []), hist.get("counts", [])):
            out.append(
                f'<tr><td>{_esc(label)}</td><td>{n}</td><td style="text-align:left">'
                f'<span class="bar" style="width:{round(200 * n / top)}px"></span></td></tr>'
            )
        out.append("</table>")
    out.append("</div>")
    if changed > shown:
        out.append(
            f'<p class="note">Capped: showing the first {shown} of {changed} changed documents, in input order '
            f"(limit {limit}; raise it with --html-limit). The counts above cover every document.</p>"
        )
    else:
        docs_word = "document" if changed == 1 else "documents"
        out.append(f'<p class="note">Showing all {changed} changed {docs_word}, in input order. '
                   "Hover over a change to see its kind, reason and confidence.</p>")
    out.extend(fragments)
    out.append("</body></html>\n")
    return "".join(out)
