"""The app's secret keys: from the environment, or generated once into the instance folder.

A key that anyone can read in the code would let them forge chat sessions and reverse the
hashes that stand in for phone numbers (a UK mobile number has about 10^9 possibilities), so
no key is ever a constant. Each purpose has its own key, so one leaking does not give away
the others. Keys are written only by their owner, readable only by their owner (0600), and a
file is linked into place whole, so two processes starting together agree on the same key.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

# config name -> file name in the instance folder
KEY_FILES = {
    "SECRET_KEY": "secret-key",          # signs the chat's forms (CSRF) and session ids
    "CHAT_HASH_KEY": "chat-hash-key",    # the pseudonyms Rasa sees for web chats
    "SMS_HASH_KEY": "sms-hash-key",      # hashes of phone numbers, and their pseudonyms for Rasa
}
MIN_LENGTH = 32


def load_keys(config: dict, instance_path: str | Path) -> None:
    """Fill in every key the environment (or config) did not give, from the instance folder."""
    folder = Path(instance_path) / "keys"
    for name, file_name in KEY_FILES.items():
        if config.get(name):
            continue
        config[name] = read_or_create(folder / file_name)


def read_or_create(path: Path) -> str:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
        try:
            os.link(temporary, path)  # fails if another process got there first: theirs wins
        except FileExistsError:
            pass
        finally:
            temporary.unlink()
    key = path.read_text().strip()
    if len(key) < MIN_LENGTH:
        raise RuntimeError(f"{path} holds no usable key: delete it and a new one is made.")
    return key
