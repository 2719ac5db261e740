"""make translations-status counts each catalog against the template, and status.yaml says who
made and checked it (issue 14)."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from web.config import Config
from web.translation_status import (
    LanguageReport,
    count_catalog,
    format_report,
    load_status,
    report,
)

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"

TEMPLATE = """
msgid ""
msgstr ""

msgid "Call 999"
msgstr ""

msgid "Open now"
msgstr ""

msgid "Closed now"
msgstr ""

msgid "Search"
msgstr ""

msgid "%(num)d service found"
msgid_plural "%(num)d services found"
msgstr[0] ""
msgstr[1] ""

msgctxt "button"
msgid "Send"
msgstr ""
"""

# Call 999: translated. Open now: fuzzy. Closed now: empty. Search: not in the catalog.
# The plural: one form only, so not translated. Send (button): translated.
# Two out of date the other way: one `#~` entry, one live entry the template no longer has.
CATALOG = """
msgid ""
msgstr ""
"Language: so\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "Call 999"
msgstr "Wac 999"

#, fuzzy
msgid "Open now"
msgstr "Hadda furan"

msgid "Closed now"
msgstr ""

msgid "%(num)d service found"
msgid_plural "%(num)d services found"
msgstr[0] "%(num)d adeeg ayaa la helay"
msgstr[1] ""

msgctxt "button"
msgid "Send"
msgstr "Dir"

msgid "A message the template dropped"
msgstr "Fariin hore"

#~ msgid "Old message"
#~ msgstr "Fariin duug ah"
"""


def parse(text: str):
    return read_po(BytesIO(text.encode()))


def test_a_catalog_is_counted_against_the_template():
    counts = count_catalog(parse(TEMPLATE), parse(CATALOG))
    assert (counts.total, counts.translated, counts.fuzzy, counts.missing, counts.obsolete) == (6, 2, 1, 1, 2)
    assert counts.out_of_date == 4


def test_a_language_without_a_catalog_is_all_missing():
    counts = count_catalog(parse(TEMPLATE), None)
    assert (counts.translated, counts.missing, counts.out_of_date) == (0, 6, 6)


def test_the_shares_follow_the_method_and_the_review():
    counts = count_catalog(parse(TEMPLATE), parse(CATALOG))
    machine = LanguageReport("so", "machine", False, counts)
    assert (machine.machine_share, machine.reviewed_share) == (pytest.approx(2 / 6), 0.0)
    checked = LanguageReport("so", "human", True, counts)
    assert (checked.machine_share, checked.reviewed_share) == (0.0, pytest.approx(2 / 6))
    assert "so    human" in format_report([checked])


def write(folder: Path, status: str) -> Path:
    (folder / "so" / "LC_MESSAGES").mkdir(parents=True)
    (folder / "messages.pot").write_text(TEMPLATE, encoding="utf-8")
    (folder / "so" / "LC_MESSAGES" / "messages.po").write_text(CATALOG, encoding="utf-8")
    (folder / "status.yaml").write_text(status, encoding="utf-8")
    return folder


def test_the_report_has_a_row_per_language_in_the_status_or_with_a_catalog(tmp_path):
    folder = write(tmp_path, "en: {method: source}\n"
                             "fa: {method: machine, reviewed_by: null, reviewed_on: null}\n")
    rows = {row.code: row for row in report(folder)}
    assert list(rows) == ["en", "fa", "so"]
    assert rows["en"].counts.translated == rows["en"].counts.total == 6
    assert (rows["fa"].method, rows["fa"].counts.missing) == ("machine", 6)
    assert (rows["so"].method, rows["so"].counts.translated) == ("unknown", 2)


def test_a_review_needs_a_name_and_a_date(tmp_path):
    path = tmp_path / "status.yaml"
    path.write_text("so: {method: machine, reviewed_by: Amina, reviewed_on: 2027-01-15}\n")
    status = load_status(path)["so"]
    assert status.reviewed and status.reviewed_on == dt.date(2027, 1, 15)
    for bad in ("so: {method: machine, reviewed_by: Amina, reviewed_on: null}\n",
                "so: {method: machine, reviewed_by: Amina, reviewed_on: soon}\n",
                "so: {method: guessed}\n"):
        path.write_text(bad)
        with pytest.raises(ValueError, match="so"):
            load_status(path)


def test_every_language_of_the_site_and_every_catalog_has_a_status():
    statuses = load_status(TRANSLATIONS / "status.yaml")
    catalogs = {p.parent.parent.name for p in TRANSLATIONS.glob("*/LC_MESSAGES/messages.po")}
    assert set(Config.LANGUAGES) <= set(statuses)
    assert catalogs <= set(statuses)
    assert statuses["en"].method == "source"
    assert {"so", "ku", "bn", "gu", "ta", "ti", "fa"} <= set(statuses)


def test_make_translations_status_prints_every_language_and_exits_0():
    done = subprocess.run([sys.executable, str(ROOT / "bin" / "translations-status")],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    catalogs_table = done.stdout.split("\n\n")[0].splitlines()[2:-1]  # after the title and header
    rows = {line.split()[0]: line.split() for line in catalogs_table}
    assert set(rows) == set(load_status(TRANSLATIONS / "status.yaml"))
    total = rows["en"][2].split("/")[1]
    for code in ("so", "ku", "bn", "ta"):
        assert rows[code][1:4] == ["machine", f"{total}/{total}", "100%"]
