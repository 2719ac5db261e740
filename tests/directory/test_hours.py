import datetime as dt

import pytest

from directory.hours import ALWAYS_OPEN, UK_TIME, WeeklyHours, is_open, parse_hours


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, 23 + day, hour, minute, tzinfo=UK_TIME)  # 23 Nov 2026 is a Monday


@pytest.mark.parametrize("text", ["24/7", "Phone 24/7", "24/7, every day of the year", "24 hours"])
def test_round_the_clock(text):
    assert parse_hours(text) == [ALWAYS_OPEN]


@pytest.mark.parametrize("text", ["24/7, by appointment", "Mon-Fri 9am-5pm by appointment only"])
def test_hours_that_need_an_appointment_are_never_read_as_open(text):
    assert parse_hours(text) == []


def test_later_clauses_override_earlier_ones_and_exceptions_are_ignored():
    hours = parse_hours("Weekdays 9:30am-4pm, Wednesdays 1pm-4pm; closed bank holidays")
    assert is_open(hours, at(0, 9, 30)) and is_open(hours, at(0, 15, 59))
    assert not is_open(hours, at(0, 9, 29)) and not is_open(hours, at(0, 16, 0))
    assert not is_open(hours, at(2, 12, 0)) and is_open(hours, at(2, 13, 0))
    assert not is_open(hours, at(5, 12, 0))


def test_an_out_of_hours_number_is_not_read_as_opening_hours():
    hours = parse_hours("Mon-Fri 9am-5pm; out of hours 020 7008 1500 (ask for the Global Response Centre)")
    assert hours == [WeeklyHours(("MO", "TU", "WE", "TH", "FR"), dt.time(9), dt.time(17))]


@pytest.mark.parametrize("text", [None, "", "CONFLICT", "Pharmacy opening hours", "Mon-Fri 5pm-9am"])
def test_unreadable_hours_give_no_schedule(text):
    assert parse_hours(text) == []


def test_open_now_is_judged_in_uk_time_even_from_utc():
    hours = parse_hours("Mon-Fri 9am-5pm")
    summer_morning_utc = dt.datetime(2026, 7, 6, 8, 30, tzinfo=dt.UTC)  # 09:30 BST on a Monday
    assert is_open(hours, summer_morning_utc)


def test_encoding_round_trips():
    hours = parse_hours("Tue-Thu 10:00-14:30")[0]
    assert WeeklyHours.decode(hours.encode()) == hours


def test_round_the_clock_services_are_open_at_every_minute():
    for day in range(7):
        for hour, minute in [(0, 0), (12, 7), (23, 59)]:
            assert is_open([ALWAYS_OPEN], at(day, hour, minute))


def test_odd_opening_minutes_round_towards_closed():
    hours = parse_hours("Mon 9:10am-5:05pm")
    assert not is_open(hours, at(0, 9, 12))  # never claim open when it might not be
    assert is_open(hours, at(0, 9, 15)) and is_open(hours, at(0, 16, 59))
    assert not is_open(hours, at(0, 17, 1))
