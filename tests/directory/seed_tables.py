"""The services tables of the council seed documents, read row by row for the listing tests.

The documents are text exports with tab-separated tables. They are read whole (never line by
line with a reader that needs a final newline: seed 004 ends without one, on its last row).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
HARINGEY_CONSULTATION = "002_f36aba86a856a778.txt"
HARROW_STRATEGY = "004_59b6e730850425a6.txt"


@dataclass(frozen=True)
class SeedRow:
    document: str
    table: str
    service: str
    cells: tuple[str, ...]


def seed_text(document: str) -> str:
    return (SEEDS / document).read_text("utf-8")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t")]


def haringey_support_services() -> list[SeedRow]:
    """Both tables of seed 002's 'Support Services' page: national, then Haringey's own."""
    rows = []
    lines = seed_text(HARINGEY_CONSULTATION).split("\n")
    for header in ("National Support Services", "Haringey Support Services"):
        start = lines.index(f"{header}\tContact Details") + 1
        for line in lines[start:]:
            if not line.strip():
                break
            cells = _cells(line)
            rows.append(SeedRow(HARINGEY_CONSULTATION, header, cells[0], tuple(cells[1:])))
    return rows


def harrow_services_mapping() -> list[SeedRow]:
    """Every service row of seed 004's appendix 'Existing Provision and Services - mapping'.

    The appendix also maps training and printed resources; only its 'Services -' sections list
    services. One section header is OCR-damaged ('al-based services - Other Funded').
    """
    text = seed_text(HARROW_STRATEGY)
    appendix = text[text.index("Existing Provision and Services - mapping"):]
    rows, section = [], None
    for line in appendix.split("\n")[1:]:
        cells = _cells(line)
        if len(cells) < 3:  # blank lines between rows
            continue
        if "services -" in " ".join(cells[:2]).lower():
            section = " ".join(c for c in cells if c)
        elif cells[0] in ("Risk", "Training", "Resources"):
            section = None if cells[0] != "Risk" else section
        elif section:
            rows.append(SeedRow(HARROW_STRATEGY, section, cells[1], tuple(cells)))
    return rows
