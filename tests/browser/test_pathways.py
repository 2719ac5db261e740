"""The pathway pages and tools in a real browser: the tools work without JavaScript and keep
answers out of the address, the result pages pass axe, and the professionals' pages print clean.
"""
from __future__ import annotations

import pytest

from .pages import DashChecklistPage, GuidancePage, SelfCheckPage, SignpostPage


def test_the_self_check_works_without_javascript_and_keeps_answers_out_of_the_address(
        no_js_page, site):
    check = SelfCheckPage(no_js_page, site.url).open()
    check.answer("Has anyone tried to strangle or choke you?", "Yes")
    check.answer("Is it getting worse, or happening more often?", "Yes")
    check.answer("Does someone check your phone?", "Not sure")
    check.submit()
    assert check.heading == "You may be at high risk"
    assert no_js_page.url == site.url + "/self-check"
    assert no_js_page.locator("section.services li.card").count() > 0


def test_the_dash_checklist_works_without_javascript(no_js_page, site):
    checklist = DashChecklistPage(no_js_page, site.url).open()
    checklist.answer_all(yes=14).submit()
    assert checklist.heading == "DASH checklist: 14 of 27 answered yes"
    assert no_js_page.locator("#outcome-heading").inner_text() == (
        "Visible high risk: refer to MARAC")
    assert no_js_page.url == site.url + "/professionals/dash/checklist"

    checklist.open().answer_all(yes=13).submit()
    assert no_js_page.locator("#outcome-heading").inner_text() == (
        "Below the threshold for visible high risk")


def test_the_browser_is_asked_not_to_remember_the_answers(page, site):
    SelfCheckPage(page, site.url).open()
    assert page.locator("form.tool").get_attribute("autocomplete") == "off"
    assert page.locator("form.tool").get_attribute("method") == "post"


def test_a_reload_of_a_result_shows_the_questions_again_not_the_answers(page, site):
    check = SelfCheckPage(page, site.url).open()
    check.answer("Has anyone tried to strangle or choke you?", "Yes").submit()
    assert check.heading == "You may be at high risk"
    # Whoever reloads the phone's last page gets the empty questions: the result forgot the
    # form it answered, so nothing is sent again.
    page.reload()
    assert check.heading != "You may be at high risk"
    assert page.locator("form.tool input[type=radio]:checked").count() == 0


def test_axe_finds_no_violations_on_the_results(axe_page, site):
    check = SelfCheckPage(axe_page, site.url).open()
    check.answer("Are you scared you will be hurt today?", "Yes").submit()
    assert check.heading == "You may be in danger now"
    assert check.run_axe() == []
    checklist = DashChecklistPage(axe_page, site.url).open().answer_all(yes=3).submit()
    assert checklist.run_axe() == []


def test_a_professionals_route_prints_without_the_site_around_it(page, site):
    route = SignpostPage(page, site.url).open("/professionals/marac?borough=haringey")
    page.emulate_media(media="print")
    for hidden in ("a[data-quick-exit]", "section.services form", "footer.site-footer",
                   ".skip-link"):
        assert not page.locator(hidden).is_visible(), hidden
    assert page.locator("section[aria-labelledby='section-steps']").is_visible()
    assert page.locator("section.services li.card").first.is_visible()
    assert page.locator("section.references a[href^='http']").first.is_visible()
    page.emulate_media(media="screen")
    assert route.quick_exit.is_visible()


@pytest.mark.parametrize("percent", [100, 200])
def test_the_dash_checklist_never_scrolls_sideways_on_a_phone(new_context, site, percent):
    phone = new_context(viewport={"width": 360, "height": 740}).new_page()
    checklist = DashChecklistPage(phone, site.url).open().text_size(percent)
    assert not checklist.overflows_horizontally()
    checklist.answer_all(yes=2).write_note(1, "Bruised arm, the first injury").submit()
    checklist.text_size(percent)
    assert not checklist.overflows_horizontally()
    assert "Bruised arm, the first injury" in phone.locator("ol.answer-list").inner_text()


def test_guidance_sections_open_on_request_without_javascript_on_a_phone(new_context, site):
    phone = new_context(viewport={"width": 360, "height": 740},
                        java_script_enabled=False).new_page()
    guidance = GuidancePage(phone, site.url).open("/guidance/abuse/domestic_abuse")
    assert len(guidance.first_steps) == 3 and all(guidance.first_steps)
    section = guidance.section("What you can do now")
    assert not section.locator("ul.statements").is_visible()
    guidance.open_section("What you can do now")
    assert section.locator("ul.statements li").first.is_visible()
    assert not guidance.overflows_horizontally()


def test_a_typed_postcode_on_a_professionals_route_stays_out_of_the_address(page, site):
    route = SignpostPage(page, site.url).open("/professionals/marac")
    page.fill("section.services input[name=borough]", "HA1 2AB")
    with page.expect_navigation():
        page.click("section.services form button[type=submit]")
    assert page.url == site.url + "/professionals/marac"
    # A reload or Back never sends the postcode again or shows it.
    page.reload()
    assert page.locator("section.services input[name=borough]").input_value() == ""
    assert route.go_back() == site.url + "/professionals/marac"
    assert not route.search_words_shown("HA1 2AB")
