"""The decision alone, without the site or the assistant: what `make eval` would see if every
channel said exactly what the signposting decision chose. For finding the decision's own
mistakes quickly (on the dev part); the real figures come from the real channels."""
from __future__ import annotations

import time

from evalset import Case

from directory.signposting import Context, signpost_message

EMERGENCY_WORDS = {"call_999": "Call 999.", "silent_solution": "Press 55.", "emergency_sms": "emergencySMS",
                   "medical": "Get medical help."}


def run_direct(app, case: Case) -> tuple[str, float]:
    handle = app.extensions["directory"]
    context: Context | None = None
    started = time.perf_counter()
    with handle.session_factory() as session:
        for turn in case.turns:
            decided = signpost_message(session, handle.search, turn, context)
            context = decided.understanding.as_context()
        names = {s.id: s.name for s in _services(session, [c.service_id for c in decided.services])}
    lines = [EMERGENCY_WORDS[e] for e in decided.emergency]
    lines += [names[c.service_id] for c in decided.services if c.service_id in names]
    return "\n".join(lines), time.perf_counter() - started


def _services(session, ids):
    from directory.catalogue import get_services
    return get_services(session, ids)
