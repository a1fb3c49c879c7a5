"""The report of a researcher's own corpus (issue 16): undated documents keep their facts and their place,
and a document's url cannot inject HTML or links into report.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quantex.analyse.run import report

URLS = [
    'https://x.org/a"><script>alert(1)</script>',
    "https://x.org/a b<img src=x onerror=alert(2)>",
    "javascript:alert(1)",
    "https://x.org/ok)](https://evil.example)",
    "<b>bold</b>",
]


@pytest.mark.parametrize("url", URLS)
def test_url_cannot_inject(url: str, tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    record = {"text": "Russia launched 56 drones over Kharkiv, the air force said.", "published": "2024-10-22",
              "url": url}
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    text = report(source, tmp_path / "out").read_text(encoding="utf-8")
    assert "56" in text
    outside = re.sub(r"<https?://[^<>\s]*>", "", text)  # what is left once the autolinks are taken out
    assert not re.search(r"(?<!\\)<", outside), text  # no unescaped tag
    assert "](https://evil" not in outside
    assert "](javascript" not in outside


def test_undated_documents_have_their_place(tmp_path: Path) -> None:
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.txt").write_text("date: 2024-10-22\n\nRussia launched 56 drones, the air force said.\n",
                                  encoding="utf-8")
    (corpus / "b.txt").write_text("Russia launched 40 drones over Kharkiv, the air force said.\n", encoding="utf-8")
    text = report(corpus, tmp_path / "out").read_text(encoding="utf-8")
    assert "Date unknown: 40 drones launched by Russia" in text
    assert "(b.txt, date unknown)" in text
    assert "22 Oct 2024: 56 drones" in text
