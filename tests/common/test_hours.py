import datetime as dt

from signpost_common.hours import (
    ALWAYS_OPEN,
    UK_TIME,
    WeeklyHours,
    current_slot,
    from_schedules,
    is_always_open,
    is_open,
)

MONDAY = dt.date(2026, 11, 23)
WEEKDAYS = [{"byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"}]


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=UK_TIME)


def test_open_from_opening_up_to_not_including_closing():
    hours = from_schedules(WEEKDAYS)
    assert hours == [WeeklyHours(("MO", "TU", "WE", "TH", "FR"), dt.time(9), dt.time(17))]
    assert not is_open(hours, at(MONDAY, 8, 59))
    assert is_open(hours, at(MONDAY, 9))
    assert is_open(hours, at(MONDAY, 16, 59))
    assert not is_open(hours, at(MONDAY, 17))
    assert not is_open(hours, at(MONDAY + dt.timedelta(days=5), 10))  # Saturday


def test_uk_time_whatever_the_clock_it_is_given_in():
    utc_nine = dt.datetime(2026, 7, 6, 8, 0, tzinfo=dt.UTC)  # 09:00 in London (BST)
    assert current_slot(utc_nine) == "MO0900"
    assert is_open(from_schedules(WEEKDAYS), utc_nine)


def test_midnight_written_either_way_is_always_open():
    for closes in ("23:59", "24:00"):
        hours = from_schedules([{"byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": closes}])
        assert is_always_open(hours) and is_open(hours, at(MONDAY, 23, 50))
    assert is_always_open([ALWAYS_OPEN])
    assert not is_always_open(from_schedules(WEEKDAYS))


def test_a_schedule_that_cannot_be_read_is_left_out():
    assert from_schedules([{"byday": "MO", "opens_at": "nine", "closes_at": "17:00"},
                           {"byday": "", "opens_at": "09:00", "closes_at": "17:00"},
                           {"opens_at": "09:00"}]) == []


def test_weekly_hours_round_trip_through_their_encoding():
    hours = WeeklyHours(("SA", "SU"), dt.time(10, 30), dt.time(14))
    assert WeeklyHours.decode(hours.encode()) == hours
