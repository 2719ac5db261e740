"""Speech made on this machine: espeak-ng's voices, encoded as Opus, never a third party.

Text in several languages (an Arabic page quoting an English service name) is read part by part,
each in its own voice, and joined into one recording. A part in a language espeak-ng has no
voice for is left out rather than read in the wrong language's sounds.
"""
from __future__ import annotations

import io
import shutil
import subprocess
import wave
from dataclasses import dataclass

# Site language -> espeak-ng voice. Somali and Tigrinya have none in espeak-ng (1.51).
VOICES = {
    "en": "en-gb", "es": "es", "pt": "pt", "pl": "pl", "ro": "ro", "tr": "tr", "ar": "ar",
    "ur": "ur", "fa": "fa", "bn": "bn", "gu": "gu", "ta": "ta", "ku": "ku",
}
MAX_CHARACTERS = 20_000   # the longest guidance page is about 12,000
SECONDS = 120             # espeak-ng reads about 20 times faster than speech


class SpeechUnavailable(Exception):
    """espeak-ng or opusenc is not installed, or failed."""


@dataclass(frozen=True)
class Part:
    lang: str
    text: str


def has_voice(lang: str) -> bool:
    return lang in VOICES


def tools_installed() -> bool:
    return bool(shutil.which("espeak-ng") and shutil.which("opusenc"))


def speak(parts: list[Part]) -> bytes:
    """The parts read aloud, as one Ogg Opus recording. Pipes only: nothing reaches a disk."""
    frames, params = [], None
    budget = MAX_CHARACTERS
    for part in parts:
        if not has_voice(part.lang) or not part.text.strip() or budget <= 0:
            continue
        text = part.text[:budget]
        budget -= len(text)
        recording = _run(["espeak-ng", "-v", VOICES[part.lang], "-s", "150", "--stdout"], text)
        with wave.open(io.BytesIO(recording)) as read:
            params = params or read.getparams()
            frames.append(read.readframes(read.getnframes()))
    if params is None:
        raise SpeechUnavailable("nothing to read in a language with a voice")
    joined = io.BytesIO()
    with wave.open(joined, "wb") as write:
        write.setparams(params)
        for chunk in frames:
            write.writeframes(chunk)
    return _run(["opusenc", "--quiet", "--speech", "--bitrate", "24", "-", "-"], joined.getvalue())


def _run(command: list[str], data: str | bytes) -> bytes:
    try:
        done = subprocess.run(command, input=data.encode() if isinstance(data, str) else data,
                              capture_output=True, timeout=SECONDS, check=True)
    except (OSError, subprocess.SubprocessError) as error:
        raise SpeechUnavailable(f"{command[0]} failed") from error
    return done.stdout
