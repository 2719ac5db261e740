"""The facts the site, the directory and the assistant share, each written once.

The site (Python 3.11) and the assistant (Rasa, Python 3.10) run in separate environments, so
what both must agree on lives here, in a package both install: the languages and their
directions, the emergency lines and what is said about them, the words that delete a
conversation, "open now", the shape of a phone number and the pages the assistant links to.
It needs nothing beyond the standard library and PyYAML, and runs on Python 3.10.
"""


def _(message: str) -> str:
    """Marks a message for extraction into the shared gettext catalogs (babel.cfg); the channel
    that sends it translates it, in the person's language."""
    return message
