// The extraction pipeline through the public API (core/include/tarikh/tarikh.hpp): offsets,
// normalisation, recognition, resolution against the DCT and the narrative, events, merging.
#include <catch2/catch.hpp>

#include <algorithm>
#include <thread>

#include "tarikh/tarikh.hpp"

namespace {

tarikh::DocumentResult run(const std::string& text, const std::string& dct = "2024-03-14", const std::string& lang = "") {
    return tarikh::default_engine().extract_one({"t", text, dct, lang});
}

// The value of the timex whose text is `span`, or "" when there is none.
std::string value_of(const tarikh::DocumentResult& r, const std::string& span) {
    for (const auto& t : r.timexes)
        if (t.text == span) return t.value;
    return "";
}

// The title of the one event `text` gives (a test fails when there is not exactly one).
std::string only_title(const std::string& text, const std::string& dct, const std::string& lang) {
    const auto r = run(text, dct, lang);
    REQUIRE(r.events.size() == 1);
    return r.events[0].title;
}

std::string values_of(const tarikh::DocumentResult& r) {
    std::string out;
    for (const auto& t : r.timexes) out += t.text + "=" + t.value + "; ";
    return out;
}

}  // namespace

TEST_CASE("offsets count code points of the text as given", "[engine]") {
    // Emoji and combining marks before the date are one code point each, however many bytes.
    const std::string text = "🎉 e\xCC\x81 شارك في 5 يناير 2024";
    auto r = run(text);
    REQUIRE(r.timexes.size() == 1);
    CHECK(r.timexes[0].text == "5 يناير 2024");
    CHECK(r.timexes[0].begin == 13);  // 🎉, space, e + U+0301, space, 4 letters, space, 2 letters, space
    CHECK(r.timexes[0].end == 13 + 12);
}

TEST_CASE("invalid UTF-8 is replaced, warned about and keeps offsets consistent", "[engine]") {
    auto r = run(std::string("\xff\xfe bad \xc3 bytes, then March 3, 2021."), "2024-03-14", "en");
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].find("not valid UTF-8") != std::string::npos);
    REQUIRE(r.timexes.size() == 1);
    CHECK(r.timexes[0].value == "2021-03-03");
    CHECK(r.timexes[0].begin == 21);  // each of the three bad bytes counts as one character
}

TEST_CASE("Arabic spelling variants, digits and clitics fold to one reading", "[engine][ar]") {
    CHECK(value_of(run("وصل الوفد في ٥ يناير ٢٠٢٣."), "٥ يناير ٢٠٢٣") == "2023-01-05");
    CHECK(value_of(run("وصل الوفد في 5 يـنـايـر 2023."), "5 يـنـايـر 2023") == "2023-01-05");
    CHECK(value_of(run("افتتح المعرض في 3 إبريل 2023."), "3 إبريل 2023") == "2023-04-03");
    CHECK(value_of(run("عاد الوزير بالأمس من باريس."), "بالأمس") == "2024-03-13");
    CHECK(value_of(run("انعقد المؤتمر في العام الماضي."), "العام الماضي") == "2023");
}

TEST_CASE("the three Arabic month families and Hijri dates", "[engine][ar]") {
    CHECK(value_of(run("وقع الاتفاق في 7 تشرين الأول 2023."), "7 تشرين الأول 2023") == "2023-10-07");
    CHECK(value_of(run("انطلقت الامتحانات في 9 جوان 2024."), "9 جوان 2024") == "2024-06-09");
    CHECK(value_of(run("احتفل المسلمون بالعيد في 1 شوال 1444 هـ."), "1 شوال 1444 هـ") == "2023-04-21");
}

TEST_CASE("a typo next to a date does not cut the date short", "[engine][ar]") {
    auto r = run("وفي بدياة فبراير استهدفت ضربات أميركية قواعد في العراق.");
    REQUIRE(r.timexes.size() == 1);
    CHECK(r.timexes[0].text == "بدياة فبراير");
    CHECK(r.timexes[0].value == "2024-02");
    CHECK(r.timexes[0].mod == "START");
}

TEST_CASE("numbers that are not dates stay out", "[engine]") {
    CHECK(run("دعا مجلس الأمن إلى تطبيق القرار 2254 فورا.").timexes.empty());
    CHECK(run("قتل ثلاثة جنود في الهجوم.").timexes.empty());
    CHECK(run("The ship carried 2,000 tonnes of wheat and 40 people.", "2024-03-14", "en").timexes.empty());
    // The digits after a decimal point or a thousands comma are no count of their own.
    const auto decimals = run("She won in 10.85 seconds; the ruins are 3,500 years old.", "2024-03-14", "en");
    CHECK(value_of(decimals, "85 seconds").empty());
    CHECK(value_of(decimals, "500 years").empty());
}

TEST_CASE("a live blog's time stamps are the publication day's", "[engine]") {
    auto r = run("08:15 GMT: Officials say the storm will make landfall tomorrow.\n\n09:40 GMT: Winds reached 150 km/h.",
                 "2025-01-22", "en");
    CHECK(value_of(r, "tomorrow") == "2025-01-23");
    CHECK(value_of(r, "09:40 GMT") == "2025-01-22T09:40");
    auto ar = run("09:40 غرينتش: تصل العاصفة غدا.\n\nتحديث 16:45 غرينتش - انقطعت الكهرباء.", "2025-01-22", "ar");
    CHECK(value_of(ar, "16:45") == "2025-01-22T16:45");
}

TEST_CASE("a point counted with more or less than lies before or after", "[engine]") {
    auto r = run("The dam was built more than four decades ago and will reopen in less than a week.", "2025-01-27", "en");
    REQUIRE(r.timexes.size() == 2);
    CHECK(r.timexes[0].mod == "BEFORE");
    auto ar = run("وقع الزلزال قبل أكثر من خمس سنوات.", "2025-01-27", "ar");
    REQUIRE(ar.timexes.size() == 1);
    CHECK(ar.timexes[0].value == "2020");
    CHECK(ar.timexes[0].mod == "BEFORE");
}

TEST_CASE("deictic expressions resolve against the DCT, and stay X without one", "[engine]") {
    CHECK(value_of(run("The minister resigned yesterday.", "2024-03-14", "en"), "yesterday") == "2024-03-13");
    CHECK(value_of(run("Prices rose last week.", "2024-03-14", "en"), "last week") == "2024-W10");
    auto none = run("The minister resigned yesterday.", "", "en");
    CHECK(none.dct_source == "none");
    CHECK(value_of(none, "yesterday").find('X') != std::string::npos);
}

TEST_CASE("anaphoric expressions resolve against the narrative time", "[engine]") {
    auto r = run("The talks began on March 3, 2021. Three days later, they collapsed.", "2024-03-14", "en");
    CHECK(value_of(r, "March 3, 2021") == "2021-03-03");
    CHECK(value_of(r, "Three days later") == "2021-03-06");
    CHECK(r.timexes.at(1).anchor == "narrative");
    auto ar = run("اعتقل في 12 مارس 2015، وأفرج عنه بعد يومين.");
    CHECK(value_of(ar, "بعد يومين") == "2015-03-14");
}

TEST_CASE("tense picks the weekday and the year of a month", "[engine]") {
    // DCT Thursday 2024-03-14.
    CHECK(value_of(run("The minister resigned on Friday.", "2024-03-14", "en"), "Friday") == "2024-03-08");
    CHECK(value_of(run("The minister will resign on Friday.", "2024-03-14", "en"), "Friday") == "2024-03-15");
    CHECK(value_of(run("سيعقد المجلس جلسة في أكتوبر."), "أكتوبر") == "2024-10");
    CHECK(value_of(run("هاجمت حماس إسرائيل في 7 أكتوبر."), "7 أكتوبر") == "2023-10-07");
}

TEST_CASE("a range is one expression and one event with a start and an end", "[engine]") {
    auto r = run("أعلنت اللجنة النتائج في 5 تموز، بعد أن انعقدت الدورة من 1 إلى 4 حزيران.", "2023-07-20");
    REQUIRE(r.events.size() == 2);
    CHECK(r.events[0].when.value == "2023-07-05");
    CHECK(r.events[1].when.start == "2023-06-01");
    CHECK(r.events[1].when.end == "2023-06-04");
    auto en = run("The festival ran from May 3 to May 6, 2021.", "2024-03-14", "en");
    REQUIRE(en.events.size() == 1);
    CHECK(en.events[0].when.start == "2021-05-03");
    CHECK(en.events[0].when.end == "2021-05-06");
    // The second end, without a year, follows the first: the holidays run into next year.
    auto across = run("The holiday window runs from Dec. 20 to Jan. 5.", "2024-08-19", "en");
    REQUIRE(across.events.size() == 1);
    CHECK(across.events[0].when.start == "2024-12-20");
    CHECK(across.events[0].when.end == "2025-01-05");
}

TEST_CASE("a sentence that dates two things gives two events, each with its clause", "[engine][events]") {
    auto r = run("The minister resigned on Friday, days after the inquiry he had ordered began on Monday.", "2024-03-14", "en");
    REQUIRE(r.events.size() == 2);
    CHECK(r.events[0].title.find("resigned") != std::string::npos);
    CHECK(r.events[0].title.find("inquiry") == std::string::npos);
    CHECK(r.events[1].title.find("inquiry") != std::string::npos);
    CHECK(r.events[0].title.find("Friday") == std::string::npos);  // the date is not the title
}

TEST_CASE("no sentence ends inside an expression", "[engine][events]") {
    // "p.m." then a capital looks like a sentence's end to the sentence rules.
    auto r = run("Officials said at 2:15 p.m. ET that the bridge had reopened.", "2025-10-29", "en");
    REQUIRE(r.events.size() == 1);
    CHECK(r.events[0].sentence == "Officials said at 2:15 p.m. ET that the bridge had reopened.");
    CHECK(r.events[0].title.find("reopened") != std::string::npos);
}

TEST_CASE("no expression goes across a line break", "[engine]") {
    auto r = run("بغداد - السبت 17 مايو 2025\n08:30 بتوقيت غرينتش - وصل الرؤساء إلى القمة.", "");
    CHECK(r.dct == "2025-05-17");
    CHECK(value_of(r, "السبت 17 مايو 2025") == "2025-05-17");
    CHECK(value_of(r, "08:30 بتوقيت غرينتش") == "2025-05-17T08:30");  // the time zone is in the span
}

TEST_CASE("two dates side by side date one event: the finer heads it, the coarser stays in its title", "[engine][events]") {
    auto r = run("The central bank cut its rate for the third time this year on Tuesday.", "2025-11-04", "en");
    REQUIRE(r.events.size() == 1);
    CHECK(r.events[0].when.value == "2025-11-04");
    CHECK(r.events[0].title.find("this year") != std::string::npos);
    // "and" joins two happenings: two events.
    auto two = run("أبقت اللجنة على أسعار الفائدة دون تغيير في اجتماعيها يومي 18 مايو و22 يونيو.", "2023-08-03", "ar");
    CHECK(two.events.size() == 2);
}

TEST_CASE("a dateline with no date is no part of the first event", "[engine][events][dct]") {
    CHECK(only_title("WASHINGTON (AP) — The Senate voted 52-48 on Wednesday to confirm the nominee.", "2025-05-14", "en")
              .rfind("The Senate voted", 0) == 0);
    CHECK(only_title("بيروت - أعلن الجيش يوم الاثنين عن إحباط محاولة تسلل.", "2025-05-14", "ar").find("بيروت") == std::string::npos);
    // A dash inside a sentence is not a dateline's.
    CHECK(only_title("The talks - which began on Monday - stalled.", "2025-05-14", "en").rfind("The talks", 0) == 0);
}

TEST_CASE("a title keeps its opening article and loses a date's prepositions", "[engine][events]") {
    CHECK(only_title("Le gouvernement a présenté mercredi son projet de loi.", "2024-02-15", "fr").rfind("Le gouvernement a présenté", 0) == 0);
    CHECK(only_title("Depuis janvier, l'inflation a reculé.", "2024-06-15", "fr").rfind("l'inflation a reculé", 0) == 0);
    CHECK(only_title("La réunion du 10 juin avait été reportée d'une semaine.", "2024-06-15", "fr").find(" d ") == std::string::npos);
    // A decimal comma cuts no clause, and a date's possessive goes with it.
    CHECK(only_title("L'inflation devrait atteindre 7,2 %, a annoncé l'Insee jeudi.", "2024-06-14", "fr").find("7,2 %") != std::string::npos);
    CHECK(only_title("Investors braced for next week's Federal Reserve meeting.", "2023-10-27", "en").find("'s") == std::string::npos);
    // A date that follows another with no boundary between tells of the words before it.
    const auto results = run("Shares jumped after the company reported third-quarter results late Thursday, while investors braced.",
                             "2023-10-27", "en");
    REQUIRE(results.events.size() == 2);
    CHECK(results.events[1].title.find("reported results") != std::string::npos);
    // A duration says what happened and stays in the title.
    CHECK(only_title("Les candidats ont 48 heures pour déposer un recours, a indiqué le Conseil dimanche.", "2024-06-30", "fr")
              .find("48 heures") != std::string::npos);
    // A clause that is one word without its date takes its sentence's words.
    const auto two = run("Investors braced for next week's Federal Reserve meeting, which ends on Wednesday.", "2023-10-27", "en");
    REQUIRE(two.events.size() == 2);
    CHECK(two.events[1].title.find("Federal Reserve meeting") != std::string::npos);
}

TEST_CASE("no sentence ends after a title written short", "[engine][events]") {
    auto en = run("The seat was vacated in June when Rep. Tom Delgado resigned.", "2024-10-02", "en");
    REQUIRE(en.events.size() == 1);
    CHECK(en.events[0].sentence.find("Delgado resigned") != std::string::npos);
    auto fr = run("Selon M. Dupont, la réunion aura lieu lundi.", "2024-10-02", "fr");
    REQUIRE(fr.events.size() == 1);
    CHECK(fr.events[0].sentence.rfind("Selon M. Dupont", 0) == 0);
    // A real end before a new line stays one: the title list is no excuse to cross it.
    auto lines = run("Talks ended with Gen.\nOn Monday the truce began.", "2024-10-02", "en");
    REQUIRE(lines.events.size() == 1);
    CHECK(lines.events[0].sentence.rfind("On Monday", 0) == 0);
}

TEST_CASE("a clause that is all attribution keeps it as its title", "[engine][events]") {
    auto r = run("Rates were cut on Tuesday, citing inflation that slowed in October.", "2025-11-04", "en");
    REQUIRE(r.events.size() == 2);
    CHECK(r.events[1].title.find("inflation") != std::string::npos);
}

TEST_CASE("a month alone takes the year its sentence named", "[engine]") {
    auto r = run("In 2021, the strike had closed the port from January to April.", "2026-03-03", "en");
    CHECK(value_of(r, "January to April") == "2021-01");
    // Unless the tense points elsewhere.
    auto later = run("The company, founded in 1998, will open a store in March.", "2026-01-10", "en");
    CHECK(value_of(later, "March") == "2026-03");
}

TEST_CASE("durations, sets and vague references make no event", "[engine][events]") {
    auto r = run("The strike lasted three weeks. Meetings are held every Monday. Prices are high now.", "2024-03-14", "en");
    CHECK(r.events.empty());
    CHECK(value_of(r, "three weeks") == "P3W");
}

TEST_CASE("the publication date is detected from a dateline, and the dateline is no event", "[engine][dct]") {
    auto r = run("CAIRO, Sept. 4, 2019 — The ministry said yesterday that prices rose.", "", "en");
    CHECK(r.dct == "2019-09-04");
    CHECK(r.dct_source == "detected");
    CHECK(value_of(r, "yesterday") == "2019-09-03");
    REQUIRE(r.events.size() == 1);
    CHECK(r.events[0].when.value == "2019-09-03");
    auto ar = run("بيروت - الخميس 4 أيار 2023 - أعلنت الحكومة أمس خطة جديدة.", "");
    CHECK(ar.dct == "2023-05-04");
    auto no = run("In March 2019, the company opened a factory.", "", "en");
    CHECK(no.dct_source == "none");
    // A wire dateline without its year is no event either; the story's own date is.
    auto wire = run("GENEVA, March 3 (Reuters) - Talks on a ceasefire resumed on Monday, diplomats said.", "2025-03-03", "en");
    REQUIRE(wire.events.size() == 1);
    CHECK(wire.events[0].title.rfind("Talks on a ceasefire resumed", 0) == 0);
    // A sentence that ends its line with a date is the story's, not a dateline.
    auto line = run("The clerk was shot on June 3, 2024.\nWitnesses said the gunman fled.", "2025-11-14", "en");
    CHECK(line.dct_source == "given");
    REQUIRE(line.events.size() == 1);
    CHECK(line.events[0].when.value == "2024-06-03");
    auto clock = run("Monday 6 February 2023 07.00 GMT\nRescue teams are searching the rubble.", "", "en");
    CHECK(clock.dct == "2023-02-06");
    // A dash after the dateline opens the story; it joins no range with an offset after it.
    auto dash = run("HARTLEPOOL, July 16, 2025 — 50 years ago, the last ship left the yard.", "", "en");
    CHECK(dash.dct == "2025-07-16");
    CHECK(value_of(dash, "50 years ago") == "1975");
}

TEST_CASE("the language is detected from script and frequent words", "[engine]") {
    CHECK(run("وقال الوزير إن الاجتماع كان مثمرا.", "").lang == "ar");
    CHECK(run("The minister said that the meeting was useful.", "").lang == "en");
    CHECK(run("Le ministre a déclaré que la réunion était utile.", "").lang == "fr");
}

TEST_CASE("events name the places and organisations of their clause", "[engine][events]") {
    auto r = run("The United Nations opened an office in Cairo on Monday.", "2024-03-14", "en");
    REQUIRE(r.events.size() == 1);
    const auto& e = r.events[0];
    INFO(values_of(r));
    CHECK(std::find(e.places.begin(), e.places.end(), "Cairo") != e.places.end());
    // Small words join the capitalised words of one name.
    auto cas = run("The Court of Arbitration for Sport ruled on Friday that the ban stands.", "2024-03-16", "en");
    REQUIRE(cas.events.size() == 1);
    CHECK(std::find(cas.events[0].actors.begin(), cas.events[0].actors.end(), "Court of Arbitration for Sport") != cas.events[0].actors.end());
    // The dateline's place is the lead event's.
    auto wire = run("RABAT (Reuters) - The king ordered the army on Tuesday to help the survivors.", "2025-03-12", "en");
    REQUIRE(wire.events.size() == 1);
    CHECK(std::find(wire.events[0].places.begin(), wire.events[0].places.end(), "Rabat") != wire.events[0].places.end());
    // Arabic has no capitals: an organisation is its head word and the words with the article
    // after it, without a preposition glued before it.
    auto ar = run("قررت لجنة السياسة النقدية بالبنك المركزي المصري مساء أمس رفع أسعار الفائدة.", "2024-03-08", "ar");
    REQUIRE(ar.events.size() == 1);
    const auto& actors = ar.events[0].actors;
    CHECK(std::find(actors.begin(), actors.end(), "لجنة السياسة النقدية") != actors.end());
    CHECK(std::find(actors.begin(), actors.end(), "البنك المركزي المصري") != actors.end());
    // A head word that begins like a clitic is still whole ("وكالة", not و + ك + "الة"), and a
    // place's adjective goes on the name.
    auto agency = run("أفادت وكالة الأنباء السورية صباح اليوم بوقوع زلزال.", "2024-03-08", "ar");
    REQUIRE(agency.events.size() == 1);
    const auto& agency_actors = agency.events[0].actors;
    CHECK(std::find(agency_actors.begin(), agency_actors.end(), "وكالة الأنباء السورية") != agency_actors.end());
    // A title and its name stop before a place: "المبعوث الأميركي" then "بيروت".
    auto envoy = run("ومن المقرر أن يزور المبعوث الأميركي بيروت الأسبوع المقبل.", "2024-03-08", "ar");
    REQUIRE(envoy.events.size() == 1);
    CHECK(std::find(envoy.events[0].places.begin(), envoy.events[0].places.end(), "بيروت") != envoy.events[0].places.end());
}

TEST_CASE("events of several articles reporting one happening merge into one timeline entry", "[engine][timeline]") {
    tarikh::Result r = tarikh::extract({
        {"a", "Egypt and Sudan signed a water agreement in Khartoum on March 3, 2024.", "2024-03-14", "en"},
        {"b", "On March 3, 2024, Sudan and Egypt agreed in Khartoum to share the Nile water.", "2024-03-14", "en"},
        {"c", "A storm hit Alexandria on January 5, 2024.", "2024-03-14", "en"},
    });
    REQUIRE(r.documents.size() == 3);
    REQUIRE(r.timeline.size() == 2);
    CHECK(r.timeline[0].when.value == "2024-01-05");  // sorted by start
    CHECK(r.timeline[1].sources.size() == 2);
    CHECK(r.timeline[1].sources[0].doc == 0);
    CHECK(r.timeline[1].sources[1].doc == 1);
}

TEST_CASE("a day sorts before the month that contains it", "[engine][timeline]") {
    tarikh::Result r = tarikh::extract({{"a", "Talks opened in January 2024. A deal was signed on January 1, 2024.", "2024-03-14", "en"}});
    REQUIRE(r.timeline.size() == 2);
    CHECK(r.timeline[0].when.granularity == "day");
    CHECK(r.timeline[1].when.granularity == "month");
}

TEST_CASE("articles in different languages about one happening merge through gazetteer keys", "[engine][timeline]") {
    tarikh::Result r = tarikh::extract({
        {"en", "Egypt and Sudan signed a water agreement in Khartoum on March 3, 2024.", "2024-03-14", "en"},
        {"ar", "وقعت مصر والسودان اتفاقا للمياه في الخرطوم في 3 مارس 2024.", "2024-03-14", "ar"},
        {"fr", "Le 3 mars 2024, l'Égypte et le Soudan ont signé un accord sur l'eau à Khartoum.", "2024-03-14", "fr"},
    });
    REQUIRE(r.timeline.size() == 1);
    CHECK(r.timeline[0].sources.size() == 3);
    // Each article names the places in its own language.
    CHECK(std::find(r.documents[1].events.at(0).places.begin(), r.documents[1].events.at(0).places.end(), "الخرطوم") !=
          r.documents[1].events.at(0).places.end());
    // An organisation the gazetteer knows keeps its key even where a head word ("البنك") opens it.
    tarikh::Result bank = tarikh::extract({
        {"en", "Egypt's central bank raised interest rates by 600 basis points on Wednesday.", "2024-03-07", "en"},
        {"ar", "قرر البنك المركزي المصري، الأربعاء، رفع أسعار الفائدة بواقع 600 نقطة أساس.", "2024-03-07", "ar"},
    });
    REQUIRE(bank.timeline.size() == 1);
    CHECK(bank.timeline[0].sources.size() == 2);
}

TEST_CASE("movable feasts resolve through their calendars", "[engine]") {
    CHECK(value_of(run("Churches were full on Easter 2013.", "2024-03-14", "en"), "Easter 2013") == "2013-03-31");
    CHECK(value_of(run("The market closed for Chinese New Year 2024.", "2024-03-14", "en"), "Chinese New Year 2024") == "2024-02-10");
    CHECK(value_of(run("صلى المسيحيون في عيد الفصح 2013.", "2024-03-14", "ar"), "عيد الفصح 2013") == "2013-03-31");
    CHECK(value_of(run("احتفل المسلمون بعيد الفطر 2013.", "2024-03-14", "ar"), "بعيد الفطر 2013") == "2013-08-08");
    // Without a year: the last one before the publication date when the verb is past, even early
    // in the year (the one before falls in the calendar year two lunar years back).
    CHECK(value_of(run("He said Eid al-Fitr was early.", "2025-01-14", "en"), "Eid al-Fitr") == "2024-04-10");
    CHECK(value_of(run("Eid al-Fitr will fall on a Sunday.", "2025-12-20", "en"), "Eid al-Fitr") == "2026-03-20");
}

TEST_CASE("numbers that name no day are no expressions", "[engine]") {
    CHECK(run("Nothing happened on February 30, 2024.", "2024-03-14", "en").timexes.empty());
    CHECK(value_of(run("وقع في يوم 45 مارس 2024 حادث.", "2024-03-14", "ar"), "مارس 2024") == "2024-03");
}

TEST_CASE("a fresh engine shared by threads loads each language once and answers as alone", "[engine]") {
    const std::vector<tarikh::Document> docs = {
        {"en", "The talks resumed on Monday, three weeks after they stalled.", "2024-03-14", ""},
        {"ar", "استؤنفت المحادثات يوم الاثنين بعد ثلاثة أسابيع من توقفها.", "2024-03-14", ""},
        {"fr", "Les négociations ont repris lundi, trois semaines après leur suspension.", "2024-03-14", ""}};
    tarikh::Engine shared;  // languages load on first use: the threads race to it
    std::vector<std::string> values(docs.size() * 4);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < values.size(); ++t)
        threads.emplace_back([&, t] {
            const auto r = shared.extract_one(docs[t % docs.size()]);
            values[t] = r.lang + ":" + values_of(r);
        });
    for (auto& th : threads) th.join();
    for (size_t t = 0; t < values.size(); ++t) {
        const auto alone = tarikh::default_engine().extract_one(docs[t % docs.size()]);
        CHECK(values[t] == alone.lang + ":" + values_of(alone));
    }
    CHECK(values[1].rfind("ar:", 0) == 0);
}
