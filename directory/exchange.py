"""Import and export: HSDS JSON for systems, CSV for people who work in spreadsheets.

Imports are all-or-nothing: every row is read and checked first, and if any is wrong the file
is rejected whole, with a message for each problem saying where it is. Only a clean file is
written, inside the caller's single transaction; if the database still refuses a row, that is
reported the same way and the caller's transaction rolls back, so nothing is written.
Export then import gives back the same records (exchange_csv, exchange_json).
"""
from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from .exchange_csv import CSV_COLUMNS, records_from_csv, write_csv
from .exchange_json import records_from_json, write_json
from .exchange_text import ImportRejected
from .loading import load_services
from .records import validate_record
from .store import upsert_service
from .taxonomy import load_term_index


def export_services(session: Session, fmt: str) -> bytes:
    services = sorted(load_services(session), key=lambda s: s.id)
    if fmt == "json":
        return write_json(services)
    if fmt == "csv":
        return write_csv(services)
    raise ValueError(f"unknown format {fmt!r}")


def import_services(session: Session, data: bytes, fmt: str) -> int:
    terms = load_term_index(session)
    if fmt == "json":
        located = records_from_json(data, terms)
    elif fmt == "csv":
        located = records_from_csv(data)
    else:
        raise ImportRejected([f"Unknown format '{fmt}': use json or csv."])
    problems = []
    seen: dict[str, str] = {}
    for where, record in located:
        if record.service_id in seen:
            problems.append(f"{where}: id {record.service_id} is also used by {seen[record.service_id]}")
        seen[record.service_id] = where
        problems += [f"{where}, {e.field_name}: {e.message}"
                     for e in validate_record(record, terms.codes())]
        phones = [(p.type, p.number) for p in record.phones]
        if len(set(phones)) != len(phones):
            problems.append(f"{where}, phone: the same number is listed twice")
    if problems:
        raise ImportRejected(problems)
    if not located:
        raise ImportRejected(["The file holds no services."])
    for where, record in located:
        try:
            upsert_service(session, record, terms)
            session.flush()  # one row at a time, so a refusal names its row
        except SQLAlchemyError as error:
            reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
            raise ImportRejected([f"{where}: the database refused it ({reason})"]) from None
    return len(located)


__all__ = ["CSV_COLUMNS", "ImportRejected", "export_services", "import_services"]
