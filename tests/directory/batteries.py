"""What the danger and reading batteries share: reading a message or a short conversation."""
from directory.signposting import understand
from directory.signposting.understanding import Understanding


def read(entry: dict) -> Understanding:
    """The last turn's reading, with what the earlier turns established."""
    understood = None
    for turn in entry.get("turns") or [entry["text"]]:
        understood = understand(turn, understood.as_context() if understood else None)
    return understood
