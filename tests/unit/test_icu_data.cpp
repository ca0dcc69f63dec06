// The ICU services Tarikh uses work with the trimmed data (tools/icu-data-keep.txt) linked
// into this binary, exactly as in the wasm build: an item missing from the subset fails here.
#include <catch2/catch.hpp>

#include <unicode/brkiter.h>
#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/normalizer2.h>
#include <unicode/timezone.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

namespace {

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    return s.toUTF8String(out);
}

}  // namespace

TEST_CASE("ICU data subset: NFKC folds Arabic presentation forms and full-width digits", "[icu]") {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    REQUIRE(U_SUCCESS(status));
    CHECK(utf8(nfkc->normalize(icu::UnicodeString::fromUTF8("\uFEE3\uFEE8\uFEAC ２０２４"), status)) == "منذ 2024");
    const icu::Normalizer2* casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    REQUIRE(U_SUCCESS(status));
    CHECK(utf8(casefold->normalize(icu::UnicodeString::fromUTF8("MARS"), status)) == "mars");
}

TEST_CASE("ICU data subset: sentence and word breaks for ar, en and fr", "[icu]") {
    for (const char* locale : {"ar", "en", "fr"}) {
        INFO(locale);
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> sentences(icu::BreakIterator::createSentenceInstance(locale, status));
        REQUIRE(U_SUCCESS(status));
        sentences->setText(icu::UnicodeString::fromUTF8("وصل الوفد. بدأت المحادثات؟ Talks began. Fin."));
        int count = 0;
        for (int32_t b = sentences->first(); (b = sentences->next()) != icu::BreakIterator::DONE;) ++count;
        CHECK(count == 4);
        std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(locale, status));
        CHECK(U_SUCCESS(status));
    }
}

TEST_CASE("ICU data subset: Umm al-Qura and Persian dates of 2024-01-10", "[icu]") {
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar gregorian(*icu::TimeZone::getGMT(), status);
    gregorian.set(2024, UCAL_JANUARY, 10);
    const UDate when = gregorian.getTime(status);
    REQUIRE(U_SUCCESS(status));

    // (IslamicCalendar and PersianCalendar are not public headers: go through Calendar.)
    auto date_in = [&](const char* locale) {
        std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(*icu::TimeZone::getGMT(), icu::Locale(locale), status));
        REQUIRE(U_SUCCESS(status));
        cal->setTime(when, status);
        return std::array<int, 3>{cal->get(UCAL_YEAR, status), cal->get(UCAL_MONTH, status) + 1, cal->get(UCAL_DATE, status)};
    };
    CHECK(date_in("ar@calendar=islamic-umalqura") == std::array<int, 3>{1445, 6, 28});
    CHECK(date_in("fa@calendar=persian") == std::array<int, 3>{1402, 10, 20});
    CHECK(U_SUCCESS(status));
}

TEST_CASE("ICU data subset: digit values of Arabic-Indic and Persian digits", "[icu]") {
    CHECK(u_charDigitValue(0x0663) == 3);  // ٣
    CHECK(u_charDigitValue(0x06F7) == 7);  // ۷
}
