"""Render the seed's HTML report in headless Chromium and save a screenshot.

    python scripts/render_html.py                    # writes /tmp/textrepair-html/seed.png
    python scripts/render_html.py --out /tmp/x.png --height 2400

Runs `textrepair seeds/... --html` on the seed (as a one-line JSONL corpus, so
the page also shows the corpus summary), then Chromium with no network, no
GPU and a throw-away profile.  Look at the PNG: the summary table, the legend
coloured by kind, and the seed's text with its changes marked in place.
Needs Debian's `chromium` (`apt-get install -y chromium`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3ab38929497f8cf9.txt"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out", default="/tmp/textrepair-html/seed.png")
    p.add_argument("--width", type=int, default=1200)
    p.add_argument("--height", type=int, default=1600)
    args = p.parse_args()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("render_html: no chromium on PATH; install it with: apt-get install -y chromium")
    corpus = out.parent / "seed.jsonl"
    corpus.write_text(json.dumps({"id": SEED.name, "text": SEED.read_text(encoding="utf-8")}) + "\n")
    page = out.parent / "seed.html"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    subprocess.run([sys.executable, "-m", "textrepair", str(corpus), "-o", str(out.parent / "seed.out.jsonl"),
                    "--html", str(page), "-q"], check=True, env=env)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", f"--screenshot={out}", f"--window-size={args.width},{args.height}",
             page.resolve().as_uri()],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120,
        )
    print(f"page: {page}\nscreenshot: {out}")


if __name__ == "__main__":
    main()
