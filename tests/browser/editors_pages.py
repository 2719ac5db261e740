"""Page objects for the editors' area (kept apart from pages.py, which is the public site's)."""
from __future__ import annotations

from .pages import ServicePage, SignpostPage


class EditorsPage(SignpostPage):
    def _submit(self, form: str = "main form"):
        with self.page.expect_navigation():
            self.page.locator(form).last.locator("button[type=submit]").click()

    def sign_out(self) -> SignInPage:
        with self.page.expect_navigation():
            self.page.click("nav.editors-nav button[type=submit]")
        return SignInPage(self.page, self.base_url)


class InvitationPage(EditorsPage):
    def set_password(self, password: str) -> EnrolPage:
        self.page.fill("#password", password)
        self.page.fill("#password_again", password)
        self._submit()
        return EnrolPage(self.page, self.base_url)


class EnrolPage(EditorsPage):
    @property
    def secret(self) -> str:
        return self.page.locator("#totp-secret").inner_text().strip()

    def confirm(self, code: str) -> RecoveryCodesPage:
        self.page.fill("#code", code)
        self._submit()
        return RecoveryCodesPage(self.page, self.base_url)


class RecoveryCodesPage(EditorsPage):
    @property
    def codes(self) -> list[str]:
        return self.page.locator(".recovery-codes code").all_inner_texts()

    def continue_to_dashboard(self) -> DashboardPage:
        with self.page.expect_navigation():
            self.page.click("main a[href$='/editors/']")
        return DashboardPage(self.page, self.base_url)


class SignInPage(EditorsPage):
    path = "/editors/sign-in"

    def sign_in(self, email: str, password: str, code_for) -> DashboardPage:
        self.page.fill("#email", email)
        self.page.fill("#password", password)
        self._submit()
        self.page.fill("#code", code_for())
        self._submit()
        return DashboardPage(self.page, self.base_url)


class DashboardPage(EditorsPage):
    path = "/editors/"

    def open_listing(self, name: str) -> ListingPage:
        with self.page.expect_navigation():
            self.page.click(f"ul.services a:text-is('{name}')")
        return ListingPage(self.page, self.base_url)

    def open_waiting(self, name: str) -> ChangePage:
        with self.page.expect_navigation():
            self.page.click(f"ul.waiting a:text-is('{name}')")
        return ChangePage(self.page, self.base_url)

    @property
    def notice(self) -> str:
        return self.page.locator(".notice").inner_text()


class ListingPage(EditorsPage):
    def propose(self, **fields: str) -> ChangePage:
        for name, value in fields.items():
            self.page.fill(f"#f-{name}", value)
        self._submit("form.edit-service")
        return ChangePage(self.page, self.base_url)


class ChangePage(EditorsPage):
    @property
    def notice(self) -> str:
        return self.page.locator(".notice").inner_text()

    @property
    def differences(self) -> dict[str, tuple[str, str]]:
        rows = self.page.locator("table.diff tbody tr").all()
        return {row.locator("th").inner_text(): (row.locator("td.old").inner_text(),
                                                 row.locator("td.new").inner_text())
                for row in rows}

    def approve(self) -> ListingPage:
        with self.page.expect_navigation():
            self.page.click("button:text-is('Approve and publish')")
        return ListingPage(self.page, self.base_url)


class PublicServicePage(ServicePage):
    @property
    def last_checked(self) -> str:
        return self.page.locator("#source-heading + p").inner_text()
