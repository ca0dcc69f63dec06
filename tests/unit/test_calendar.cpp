// Calendar arithmetic (core/src/calendar.hpp): ISO weeks, months, Umm al-Qura conversion.
#include <catch2/catch.hpp>

#include "calendar.hpp"

using tarikh::Date;

TEST_CASE("days and civil dates round-trip across eras", "[calendar]") {
    for (Date d : {Date{1970, 1, 1}, Date{2000, 2, 29}, Date{1600, 3, 1}, Date{-44, 3, 15}, Date{2024, 12, 31}})
        CHECK(tarikh::civil_from_days(tarikh::days_from_civil(d)) == d);
    CHECK(tarikh::days_from_civil({1970, 1, 1}) == 0);
    CHECK(tarikh::days_in_month(2024, 2) == 29);
    CHECK(tarikh::days_in_month(1900, 2) == 28);
}

TEST_CASE("ISO weeks belong to the year of their Thursday", "[calendar]") {
    int y = 0, w = 0;
    tarikh::iso_week({2024, 3, 14}, y, w);
    CHECK((y == 2024 && w == 11));
    tarikh::iso_week({2021, 1, 3}, y, w);  // a Sunday still in 2020's last week
    CHECK((y == 2020 && w == 53));
    tarikh::iso_week({2024, 12, 30}, y, w);
    CHECK((y == 2025 && w == 1));
    CHECK(tarikh::monday_of_iso_week(2022, 5) == Date{2022, 1, 31});
    CHECK(tarikh::iso_weekday({2013, 2, 12}) == 2);  // Duckling's reference day, a Tuesday
}

TEST_CASE("adding months clamps the day", "[calendar]") {
    CHECK(tarikh::add_months({2024, 1, 31}, 1) == Date{2024, 2, 29});
    CHECK(tarikh::add_months({2024, 3, 14}, -3) == Date{2023, 12, 14});
    CHECK(tarikh::add_months({2024, 1, 15}, -13) == Date{2022, 12, 15});
}

TEST_CASE("Umm al-Qura dates convert both ways", "[calendar]") {
    auto g = tarikh::hijri_to_gregorian(1444, 10, 1);  // 1 Shawwal 1444
    REQUIRE(g);
    CHECK(*g == Date{2023, 4, 21});
    auto h = tarikh::gregorian_to_hijri({2024, 1, 10});
    REQUIRE(h);
    CHECK(*h == Date{1445, 6, 28});
}

TEST_CASE("ISO dates with and without a time parse; nonsense does not", "[calendar]") {
    Date d;
    int hour = 0, minute = 0;
    CHECK(tarikh::parse_iso_date("2024-03-14", d, hour, minute));
    CHECK((d == Date{2024, 3, 14} && hour == -1));
    CHECK(tarikh::parse_iso_date("2013-02-12T04:30:00", d, hour, minute));
    CHECK((hour == 4 && minute == 30));
    CHECK_FALSE(tarikh::parse_iso_date("2024-02-30", d, hour, minute));
    CHECK_FALSE(tarikh::parse_iso_date("14/03/2024", d, hour, minute));
    CHECK_FALSE(tarikh::parse_iso_date("2024-03-14Tnoon", d, hour, minute));
}

TEST_CASE("Easter and the Hebrew and Chinese calendars", "[calendar]") {
    CHECK(tarikh::easter_sunday(2013) == Date{2013, 3, 31});
    CHECK(tarikh::easter_sunday(2024) == Date{2024, 3, 31});
    CHECK(tarikh::easter_sunday(2025) == Date{2025, 4, 20});
    auto passover = tarikh::to_gregorian(tarikh::Calendar::Hebrew, 5778, 8, 15);  // 15 Nisan 5778
    REQUIRE(passover);
    CHECK(*passover == Date{2018, 3, 31});
    auto new_year = tarikh::from_gregorian(tarikh::Calendar::Chinese, {2024, 2, 10});  // Chinese New Year 2024
    REQUIRE(new_year);
    CHECK((new_year->m == 1 && new_year->d == 1));
}

TEST_CASE("the Persian Solar Hijri calendar", "[calendar]") {
    auto nowruz = tarikh::to_gregorian(tarikh::Calendar::Persian, 1403, 1, 1);  // 1 Farvardin 1403
    REQUIRE(nowruz);
    CHECK(*nowruz == Date{2024, 3, 20});
    auto back = tarikh::from_gregorian(tarikh::Calendar::Persian, {2023, 9, 23});  // 1 Mehr 1402
    REQUIRE(back);
    CHECK(*back == Date{1402, 7, 1});
}

TEST_CASE("Orthodox Easter, the Hindu and Parsi calendars", "[calendar]") {
    CHECK(tarikh::orthodox_easter_sunday(2018) == Date{2018, 4, 8});
    CHECK(tarikh::orthodox_easter_sunday(2023) == Date{2023, 4, 16});
    CHECK(tarikh::orthodox_easter_sunday(2024) == Date{2024, 5, 5});
    // Diwali (the new moon ending Ashvin, in the evening), Holika Dahan (the full moon of Phalguna,
    // in the evening), Ugadi (the first tithi of Chaitra at sunrise).
    CHECK(tarikh::hindu_lunar_day(2019, 7, 30, 18) == Date{2019, 10, 27});
    CHECK(tarikh::hindu_lunar_day(2023, 7, 30, 18) == Date{2023, 11, 12});
    CHECK(tarikh::hindu_lunar_day(2019, 12, 15, 18) == Date{2019, 3, 20});
    CHECK(tarikh::hindu_lunar_day(2018, 1, 1, 6) == Date{2018, 3, 18});
    // Makar Sankranti after sunset is kept the next day; Vaisakhi.
    CHECK(tarikh::hindu_solar_day(2018, 10) == Date{2018, 1, 14});
    CHECK(tarikh::hindu_solar_day(2019, 10) == Date{2019, 1, 15});
    CHECK(tarikh::hindu_solar_day(2018, 1) == Date{2018, 4, 14});
    CHECK(tarikh::hindu_nakshatra_day(2023, 5, 22) == Date{2023, 8, 29});  // Onam
    // The Parsi New Year moves a day earlier every four years.
    CHECK(tarikh::parsi_day(2018, 1, 1) == Date{2018, 8, 17});
    CHECK(tarikh::parsi_day(2022, 1, 1) == Date{2022, 8, 16});
    CHECK_FALSE(tarikh::hindu_lunar_day(2019, 13, 1, 6));
    // Before 1420 AH the Hijri months follow the Moon: Eid al-Fitr 1395 was 6 October 1975.
    CHECK(tarikh::to_gregorian(tarikh::Calendar::Hijri, 1395, 10, 1) == Date{1975, 10, 6});
}

TEST_CASE("days are formatted YYYY-MM-DD, other years as format_year writes them", "[calendar]") {
    CHECK(tarikh::format_day({2024, 3, 14}) == "2024-03-14");
    CHECK(tarikh::format_day({1998, 12, 31}) == "1998-12-31");
    CHECK(tarikh::format_day({1000, 10, 1}) == "1000-10-01");
    CHECK(tarikh::format_day({9999, 1, 9}) == "9999-01-09");
    CHECK(tarikh::format_day({999, 1, 1}) == "0999-01-01");
    CHECK(tarikh::format_day({10000, 1, 1}) == "10000-01-01");
    CHECK(tarikh::format_day({0, 2, 3}) == "BC0001-02-03");
}
