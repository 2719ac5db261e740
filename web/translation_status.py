"""Who made each language's translation, who checked it, and how much of it is current (issue 14).

`translations/status.yaml` says, per language, whether its catalog was made by machine or by a
person, and who checked it and on what day. The catalogs say the rest: how many of the
template's messages are translated, and which went stale. `make translations-status` prints
both; the site reads the status once at start-up so every page in a machine-made language can
say so plainly.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

STATUS_FILE = "status.yaml"
TEMPLATE_FILE = "messages.pot"
# "source" is the language the messages are written in (English): it has no catalog.
METHODS = ("source", "machine", "human")


@dataclass(frozen=True)
class LanguageStatus:
    code: str
    method: str
    reviewed_by: str | None = None
    reviewed_on: dt.date | None = None
    note: str = ""

    @property
    def reviewed(self) -> bool:
        return self.reviewed_by is not None and self.reviewed_on is not None


def load_status(path: Path) -> dict[str, LanguageStatus]:
    """Read status.yaml. A malformed file stops the app at start-up, never a page later."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of language codes")
    statuses = {}
    for code, entry in data.items():
        if not isinstance(entry, dict):
            raise ValueError(f"{path}: {code}: expected a mapping")
        method = entry.get("method")
        if method not in METHODS:
            raise ValueError(f"{path}: {code}: method must be one of {', '.join(METHODS)}")
        reviewed_by, reviewed_on = entry.get("reviewed_by"), entry.get("reviewed_on")
        if (reviewed_by is None) != (reviewed_on is None):
            raise ValueError(f"{path}: {code}: reviewed_by and reviewed_on go together")
        if reviewed_on is not None and not isinstance(reviewed_on, dt.date):
            raise ValueError(f"{path}: {code}: reviewed_on must be a date (YYYY-MM-DD)")
        statuses[str(code)] = LanguageStatus(str(code), method, reviewed_by, reviewed_on,
                                             str(entry.get("note") or ""))
    return statuses


@dataclass(frozen=True)
class CatalogCounts:
    total: int        # messages in the template
    translated: int   # of those, translated in every plural form and not marked fuzzy
    fuzzy: int        # of those, translated but marked fuzzy (gettext skips them)
    missing: int      # of those, not in the catalog at all (the catalog was not updated)
    obsolete: int     # in the catalog but no longer in the template

    @property
    def out_of_date(self) -> int:
        return self.fuzzy + self.missing + self.obsolete


def _read(path: Path) -> Catalog:
    with open(path, "rb") as handle:
        return read_po(handle)


def _key(message) -> tuple:
    return (message.context, message.id)


def _is_translated(message) -> bool:
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return bool(strings) and all(s and s.strip() for s in strings)


def count_catalog(template: Catalog, catalog: Catalog | None) -> CatalogCounts:
    """Compare one language's catalog (None when it has none yet) with the template."""
    wanted = {_key(m) for m in template if m.id}
    have = {_key(m): m for m in catalog if m.id} if catalog is not None else {}
    translated = sum(1 for k in wanted if k in have and not have[k].fuzzy and _is_translated(have[k]))
    fuzzy = sum(1 for k in wanted if k in have and have[k].fuzzy)
    missing = sum(1 for k in wanted if k not in have)
    # `#~` entries, and live entries the template no longer has (an old catalog, not yet updated).
    obsolete = 0
    if catalog is not None:
        obsolete = len(catalog.obsolete) + sum(1 for k in have if k not in wanted)
    return CatalogCounts(len(wanted), translated, fuzzy, missing, obsolete)


@dataclass(frozen=True)
class LanguageReport:
    code: str
    method: str           # from status.yaml, or "unknown" for a catalog it does not list
    reviewed: bool
    counts: CatalogCounts

    def share(self, n: int) -> float:
        return n / self.counts.total if self.counts.total else 0.0

    @property
    def machine_share(self) -> float:
        return self.share(self.counts.translated) if self.method == "machine" else 0.0

    @property
    def reviewed_share(self) -> float:
        # A review vouches for what was translated when it was done; fuzzy entries came later.
        return self.share(self.counts.translated) if self.reviewed else 0.0


def report(directory: Path) -> list[LanguageReport]:
    """One row per language named in status.yaml or holding a catalog in `directory`."""
    directory = Path(directory)
    statuses = load_status(directory / STATUS_FILE)
    template = _read(directory / TEMPLATE_FILE)
    catalogs = {p.parent.parent.name: p for p in directory.glob("*/LC_MESSAGES/messages.po")}
    rows = []
    for code in sorted(set(statuses) | set(catalogs), key=lambda c: (c != "en", c)):
        status = statuses.get(code)
        if status is not None and status.method == "source":
            total = len([m for m in template if m.id])
            counts = CatalogCounts(total, total, 0, 0, 0)
        else:
            counts = count_catalog(template, _read(catalogs[code]) if code in catalogs else None)
        rows.append(LanguageReport(code, status.method if status else "unknown",
                                   bool(status and status.reviewed), counts))
    return rows


def format_report(rows: list[LanguageReport]) -> str:
    lines = [f"{'lang':<5} {'method':<8} {'translated':>11} {'machine':>8} {'reviewed':>9} "
             f"{'out of date':>12}"]
    for row in rows:
        c = row.counts
        lines.append(f"{row.code:<5} {row.method:<8} {f'{c.translated}/{c.total}':>11} "
                     f"{row.machine_share:>8.0%} {row.reviewed_share:>9.0%} "
                     f"{row.share(c.out_of_date):>7.0%} ({c.out_of_date})")
    lines.append("out of date: fuzzy, obsolete, and template messages missing from the catalog")
    return "\n".join(lines)
