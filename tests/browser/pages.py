"""Page objects: what a person sees and does on each kind of Signpost page, in one place."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page, Request

# What Chromium shows instead of a page that answered a POST, when Back or a reload would need
# it again and the page said no-store: its "Confirm Form Resubmission" page.
RESUBMIT = "confirm form resubmission"

# axe-core from package.json (`npm ci`); injected into pages to check accessibility.
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@dataclass
class NetworkLog:
    """Every request the browser made, by URL."""

    urls: list[str] = field(default_factory=list)

    def record(self, request: Request) -> None:
        self.urls.append(request.url)

    def origins(self) -> set[str]:
        return {f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in self.urls}


class SignpostPage:
    """Anything every page has: the skip link, the quick exit, the shortcuts."""

    path = "/"

    def __init__(self, page: Page, base_url: str):
        self.page = page
        self.base_url = base_url

    def open(self, path: str | None = None):
        self.page.goto(self.base_url + (path or self.path))
        return self

    @property
    def url(self) -> str:
        return self.page.url

    @property
    def quick_exit(self) -> Locator:
        return self.page.locator("a[data-quick-exit]")

    @property
    def heading(self) -> str:
        return self.page.locator("h1").inner_text()

    def exit_by_click(self) -> None:
        self.quick_exit.click()

    def exit_by_shift_three_times(self) -> None:
        for _ in range(3):
            self.page.keyboard.press("Shift")

    def exit_by_escape_twice(self) -> None:
        for _ in range(2):
            self.page.keyboard.press("Escape")

    def is_hidden(self) -> bool:
        return self.page.evaluate("getComputedStyle(document.body).display") == "none"

    def focused(self) -> Locator:
        return self.page.locator(":focus")

    def press_tab(self) -> Locator:
        self.page.keyboard.press("Tab")
        return self.focused()

    def tab_to(self, selector: str, most: int = 60) -> Locator:
        """Tab forward until the element matching `selector` has focus, as a keyboard user."""
        for _ in range(most):
            self.page.keyboard.press("Tab")
            if self.page.evaluate("s => document.activeElement.matches(s)", selector):
                return self.focused()
        raise AssertionError(f"Tab never reached {selector}")

    def run_axe(self) -> list[dict]:
        """axe's WCAG violations on the page as it is now (on a page from open_axe_page)."""
        self.page.add_script_tag(url=self.page.axe_script_url)
        result = self.page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        return [{"id": v["id"], "help": v["help"],
                 "nodes": [n["target"] for n in v["nodes"]]} for v in result["violations"]]

    def choose_language(self, code: str):
        self.page.click(f"nav.languages a[hreflang={code}]")
        return self

    @property
    def language(self) -> str:
        return self.page.get_attribute("html", "lang")

    def follow_footer_link(self, path: str):
        self.page.click(f"footer a[href^='{path}']")
        return self

    def overflows_horizontally(self) -> bool:
        return self.page.evaluate(
            "document.documentElement.scrollWidth > document.documentElement.clientWidth")

    def set_text_size(self, percent: int):
        """As a browser's text size setting does: every rem-sized thing grows. (Set through the
        CSSOM, which the site's CSP allows, so the page's own styles are what is tested.)"""
        self.page.evaluate(f"document.documentElement.style.fontSize = '{percent}%'")
        return self

    def scroll_to_bottom(self):
        self.page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        self.page.wait_for_function(
            "Math.ceil(window.scrollY + innerHeight) >= document.documentElement.scrollHeight - 2")
        return self

    def in_viewport(self, locator: Locator) -> bool:
        """Wholly inside the visible part of the window, as it is now."""
        box = locator.bounding_box()
        size = self.page.viewport_size
        return (box is not None and box["x"] >= 0 and box["y"] >= 0
                and box["x"] + box["width"] <= size["width"] + 0.5
                and box["y"] + box["height"] <= size["height"] + 0.5)

    def go_back(self) -> str:
        """Back one step, as a person would: the address now shown, or RESUBMIT."""
        try:
            self.page.go_back()
        except PlaywrightError as error:
            if "ERR_CACHE_MISS" not in str(error):
                raise
            assert "Confirm Form Resubmission" in self._settled("document.body.innerText")
            return RESUBMIT
        return self._settled("location.href")

    def _settled(self, expression: str, tries: int = 50):
        """Evaluated once the page has stopped changing: Chromium's own error page may still be
        on its way in when Back reports the error."""
        for _ in range(tries):
            try:
                self.page.wait_for_load_state()
                return self.page.evaluate(expression)
            except PlaywrightError as error:
                if "context was destroyed" not in str(error):
                    raise
                self.page.wait_for_timeout(100)
        raise AssertionError("the page never settled")

    def search_words_shown(self, words: str) -> bool:
        """Whether the words are anywhere a person could see them: the address, the page's
        text, or a box (Chromium may restore a box's value after Back)."""
        shown = self._settled("""[location.href, document.title,
            document.body ? document.body.innerText : "",
            ...Array.from(document.querySelectorAll('input')).map(i => i.value)]""")
        return any(words in text for text in shown)


class HomePage(SignpostPage):
    path = "/"

    def search(self, words: str, place: str = ""):
        self.page.fill("input[name=q]", words)
        if place:
            self.page.fill("input[name=borough]", place)
        with self.page.expect_navigation():
            self.page.click("main form[role=search] button[type=submit]")
        return SearchResultsPage(self.page, self.base_url)

    @property
    def helpline_call(self) -> Locator:
        return self.page.locator("main p.helpline a.call[href^='tel:']")

    def link_to(self, path: str) -> Locator:
        return self.page.locator(f"main a[href^='{path}']").first

    def choose_abuse_type(self, name: str):
        self.page.click(f"main .choices a:text-is('{name}')")
        return SearchResultsPage(self.page, self.base_url)


class SearchResultsPage(SignpostPage):
    path = "/search"

    @property
    def result_names(self) -> list[str]:
        return self.page.locator("ol.results li.card h2").all_inner_texts()

    def filter_by(self, **choices: str):
        """Choose from the filter selects (name=value) and submit, as a person would."""
        filters = self.page.locator("details.more-filters")
        if filters.get_attribute("open") is None:
            filters.locator("summary").click()
        for name, value in choices.items():
            self.page.select_option(f"select[name={name}]", value)
        with self.page.expect_navigation():
            self.page.click("form.filters button[type=submit]")
        return self

    def tick(self, name: str):
        filters = self.page.locator("details.more-filters")
        if filters.get_attribute("open") is None:
            filters.locator("summary").click()
        self.page.check(f"input[name={name}]")
        return self

    def next_page(self):
        """A link for a shared (filters only) search, a button for a typed one."""
        with self.page.expect_navigation():
            self.page.click("nav.pagination a[rel=next], nav.pagination button[data-rel=next]")
        return self

    @property
    def current_page_number(self) -> str:
        return self.page.locator("nav.pagination [aria-current=page]").inner_text()

    @property
    def filters_open(self) -> bool:
        return self.page.locator("details.more-filters").get_attribute("open") is not None

    def open_result(self, name: str):
        with self.page.expect_navigation():
            self.page.click(f"ol.results a:text-is('{name}')")
        return ServicePage(self.page, self.base_url)


class ServicePage(SignpostPage):
    @property
    def call_links(self) -> list[str]:
        return [link.get_attribute("href") for link in self.page.locator("a.call").all()]

    def report_wrong(self, detail_label: str):
        self.page.click("details.report summary")
        self.page.check(f"details.report label:text-is('{detail_label}')")
        with self.page.expect_navigation():
            self.page.click("details.report button[type=submit]")
        return SignpostPage(self.page, self.base_url)


class ToolPage(SignpostPage):
    """A questionnaire answered with radio buttons and sent as a plain POST form."""

    def answer(self, question: str, answer: str):
        """Tick an answer to the question whose wording is `question`, by its label."""
        self.page.get_by_role("group", name=question).get_by_label(answer, exact=True).check()
        return self

    def submit(self):
        with self.page.expect_navigation():
            self.page.click("form.tool button[type=submit]")
        return self


class SelfCheckPage(ToolPage):
    path = "/self-check"


class DashChecklistPage(ToolPage):
    path = "/professionals/dash/checklist"

    def write_note(self, question_number: int, text: str):
        self.page.locator("form.tool fieldset.question").nth(question_number - 1).locator(
            "textarea").fill(text)
        return self

    def text_size(self, percent: int):
        # Set from script, as a browser's text-size setting would: the page's CSP allows it.
        self.page.evaluate(f"document.documentElement.style.fontSize = '{percent}%'")
        return self

    def answer_all(self, yes: int):
        """The first `yes` questions answered Yes, the rest No."""
        for index, legend in enumerate(self.page.locator("form.tool legend").all_inner_texts()):
            self.answer(legend, "Yes" if index < yes else "No")
        return self


class GuidancePage(SignpostPage):
    """A guidance page: three things to do now, then sections that open on request."""

    @property
    def first_steps(self) -> list[str]:
        return self.page.locator("section.first-steps li").all_inner_texts()

    def section(self, heading: str) -> Locator:
        return self.page.locator("details", has=self.page.get_by_role("heading", name=heading))

    def open_section(self, heading: str):
        self.section(heading).locator("summary").click()
        return self


class ChatPage(SignpostPage):
    """The chat, with or without JavaScript: each answer is one `.chat-bot` block."""

    path = "/chat"

    def _wait_for_answer_to(self, shown: str) -> None:
        """Until the last message shown is this one and an answer follows it (with or without
        JavaScript, and after a deletion has cleared what came before)."""
        self.page.wait_for_function(
            """shown => {
                const answer = document.querySelector(".chat-log > p.chat-you:last-of-type + div.chat-bot");
                return answer && answer.previousElementSibling.textContent.trim().endsWith(shown);
            }""", arg=shown)

    def send(self, message: str) -> None:
        self.page.fill("#chat-message", message)
        self.page.click("#chat-form button[type=submit]")
        self._wait_for_answer_to(message)

    def choose(self, title: str) -> None:
        """Press one of the buttons an answer offers."""
        self.page.locator(".chat-buttons button", has_text=title).last.click()
        self._wait_for_answer_to(title)

    @property
    def replies(self) -> list[str]:
        return self.page.locator(".chat-log > .chat-bot").all_inner_texts()

    @property
    def said(self) -> list[str]:
        """The person's messages as shown, without the label screen readers hear."""
        return [text.split(":", 1)[1].strip() if ":" in text else text
                for text in self.page.locator(".chat-log > .chat-you").all_inner_texts()]

    @property
    def last_answer(self) -> Locator:
        return self.page.locator(".chat-log > .chat-bot").last

    def call_links(self) -> list[str]:
        return [link.get_attribute("href") for link in self.last_answer.locator("a[href^='tel:']").all()]

    def background_of(self, selector: str) -> str:
        return self.page.locator(selector).first.evaluate("el => getComputedStyle(el).backgroundColor")
