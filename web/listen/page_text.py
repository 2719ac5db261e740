"""What a page says, in reading order, split by language: the text of its <main>.

Skipped: scripts, styles, forms' controls, anything hidden from people (aria-hidden, hidden),
and anything marked `data-listen-skip` (the Listen control itself, the reference list).
"""
from __future__ import annotations

from html.parser import HTMLParser

from .speech import Part

SKIPPED_TAGS = {"script", "style", "template", "select", "option", "textarea", "button", "svg"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
             "track", "wbr"}
BREAK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "dt", "dd", "summary", "br", "tr", "section"}


class _MainText(HTMLParser):
    def __init__(self, page_lang: str):
        super().__init__(convert_charrefs=True)
        self.parts: list[Part] = []
        self._stack: list[tuple[str, str, bool]] = []   # (tag, lang, skipped)
        self._page_lang = page_lang
        self._in_main = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "main":
            self._in_main = True
        if not self._in_main or tag in VOID_TAGS:
            if tag == "br":
                self._add(" . ")
            return
        parent_lang, parent_skipped = (self._stack[-1][1:] if self._stack
                                       else (self._page_lang, False))
        skipped = parent_skipped or tag in SKIPPED_TAGS or any(
            name in attributes for name in ("hidden", "data-listen-skip")) \
            or attributes.get("aria-hidden") == "true"
        lang = (attributes.get("lang") or parent_lang).split("-")[0].lower()
        self._stack.append((tag, lang, skipped))

    def handle_endtag(self, tag):
        if not self._in_main or tag in VOID_TAGS:
            return
        while self._stack:
            opened, _lang, _skipped = self._stack.pop()
            if opened == tag:
                break
        if tag in BREAK_TAGS:
            self._add(". ")
        if tag == "main":
            self._in_main = False

    def handle_data(self, data):
        if self._in_main and self._stack and not self._stack[-1][2]:
            self._add(data, self._stack[-1][1])

    def _add(self, text: str, lang: str | None = None):
        lang = lang or (self.parts[-1].lang if self.parts else self._page_lang)
        if self.parts and self.parts[-1].lang == lang:
            self.parts[-1] = Part(lang, self.parts[-1].text + text)
        else:
            self.parts.append(Part(lang, text))


def main_text(html: str, page_lang: str) -> list[Part]:
    reader = _MainText(page_lang)
    reader.feed(html)
    reader.close()
    parts = [Part(p.lang, _tidy(p.text)) for p in reader.parts]
    return [p for p in parts if p.text.strip(" .")]


def _tidy(text: str) -> str:
    words = " ".join(text.split())
    while ". ." in words:
        words = words.replace(". .", ".")
    return words.replace(" .", ".").strip()
