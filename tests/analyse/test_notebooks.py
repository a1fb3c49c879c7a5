"""The notebooks are stored without outputs, run top to bottom on the sample corpus, and count events.

Facts are mentions: adding them counts one attack, loan or incident as often as it is reported. The
accessor's summaries and their charts add claims (``facts.quantex.aid()``, ``.air_war()``,
``.casualties()``, ``.troops()`` and ``plot_aid``, ``plot_air_war``, ``plot_casualties``), so a notebook
that shows them must say so in the markdown cell before them; event counts come from the record tables.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))


def test_the_notebooks_exist() -> None:
    assert [p.name for p in NOTEBOOKS] == ["aid_tracker.ipynb", "air_war.ipynb", "quickstart.ipynb",
                                           "your_corpus.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_without_outputs(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == []
            assert cell.execution_count is None


#: accessor calls that add mentions
MENTION_SUMS = ("quantex.aid(", "quantex.air_war(", "quantex.casualties(", "quantex.troops(", "quantex.plot_aid(",
                "quantex.plot_air_war(", "quantex.plot_casualties(")
#: the phrase a markdown cell before such a call must hold
MENTIONS_SAID = "mentions, not events"

#: (notebook, a call it must make): the tables its figures come from
RECORD_TABLES = [
    ("quickstart", "quantex.attacks(facts)"),
    ("quickstart", "quantex.incidents(facts)"),
    ("quickstart", "quantex.troop_estimates(facts)"),
    ("air_war", "quantex.attacks(facts)"),
    ("air_war", "attacks_timeline(facts"),
    ("aid_tracker", "quantex.aid_announcements(facts"),
]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_mention_sums_are_labelled(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    said = False
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            said = said or MENTIONS_SAID in cell.source
        else:
            for call in MENTION_SUMS:
                assert call not in cell.source or said, f"{path.stem}: {call} with no word that it adds mentions"


@pytest.mark.parametrize(("stem", "call"), RECORD_TABLES, ids=[f"{s}-{c}" for s, c in RECORD_TABLES])
def test_counts_come_from_records(stem: str, call: str) -> None:
    notebook = nbformat.read(NOTEBOOKS[0].parent / f"{stem}.ipynb", as_version=4)
    assert any(call in cell.source for cell in notebook.cells if cell.cell_type == "code")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_runs(path: Path, tmp_path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    errors = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs
              if out.output_type == "error"]
    assert errors == []
    images = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs
              if "image/png" in out.get("data", {})]
    assert images
