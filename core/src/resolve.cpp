#include "resolve.hpp"

#include <algorithm>
#include <cstdlib>

#include "point.hpp"

namespace tarikh {
namespace {

constexpr int kMidnight = 24;  // the hour "midnight", "منتصف الليل", "minuit" set in the lexicons

class Resolver {
public:
    explicit Resolver(const Context& c) : c_(c) {}

    Point point(const Spec& s, std::string& anchor) {
        // An anniversary: "في مثل هذا اليوم من عام 1948", "on this day in 1948" is the
        // publication's day of the year, in the year named (29 February falls back to the 28th).
        if (s.same_part && s.unit == Unit::Day && s.year != kUnset && s.month == kUnset && s.day == kUnset && c_.dct) {
            anchor = "dct";
            return day_point({s.year, c_.dct->m, std::min(c_.dct->d, days_in_month(s.year, c_.dct->m))});
        }
        // "ثمانينيات القرن التاسع عشر", "ثمانينيات القرن الماضي": the decade of that century.
        if (s.decade != kUnset && (s.century != kUnset || s.unit == Unit::Century)) {
            Spec century = s;
            century.decade = kUnset;
            const Point c = point(century, anchor);
            if (c.grain == Grain::Century && c.known) {
                Point p;
                p.grain = Grain::Decade;
                p.decade = c.century * 10 + s.decade % 10;
                return p;
            }
        }
        // A story time coarser than the unit cannot anchor it: "la veille" after "d'ici 2030" is
        // the day before the publication, not 31 December 2029.
        const bool needs_day = s.unit == Unit::Day || s.unit == Unit::Week || s.unit == Unit::Weekend || s.unit == Unit::Hour ||
                               s.unit == Unit::Minute || s.unit == Unit::Second;
        std::optional<Date> story = c_.narrative;
        bool fine_enough = needs_day ? c_.narrative_day || (s.unit == Unit::Week && c_.narrative_week)
                                     : s.unit == Unit::Month ? c_.narrative_month : true;
        // A flashback to a coarser time leaves day and month offsets with the day the story was at;
        // a story gone on from that day to a later month does not ("began on Aug. 14 ... at the
        // end of November ... A week later"): a day offset lands in that month, at its grain.
        constexpr int kStoryDayReach = 3;  // sentences
        const bool moved_on = !fine_enough && needs_day && c_.narrative && c_.narrative_month && c_.story_day && *c_.narrative > *c_.story_day;
        // Not past a month its own sentence named: "In March 2015, Lakeshore approached Northfield,
        // an overture Northfield rejected a week later".
        const bool month_here = c_.sentence_month && c_.story_day_age > 0 && c_.narrative_age == 0;
        // (Months count from a story day further back too, rather than from nothing: "On 14 March
        // last year ... previous conviction in 1997 ... reopened eight months later".)
        const int reach = s.unit == Unit::Month && !needs_day ? 3 * kStoryDayReach : kStoryDayReach;
        // "The same day" is the story's, not the day words were said: "devrait engager mardi 3
        // octobre la responsabilité ..., a-t-on appris jeudi. ... convoqué le matin même".
        // (In a clause that looks ahead: "déclencheront une grève jusqu'au 10 décembre, a annoncé
        // mardi l'Alliance. Réunis en après-midi, les délégués ont adopté" is Tuesday's.)
        const bool same_day_said = c_.narrative_said && s.anchor == Anchor::Narrative && s.shift == 0 && s.unit == Unit::Day &&
                                   c_.story_day && c_.story_day_age <= kStoryDayReach && c_.tense > 0;
        if ((!fine_enough || same_day_said) && c_.story_day && c_.story_day_age <= reach && !moved_on && !month_here) {
            story = c_.story_day;
            fine_enough = true;
        }
        const bool wants_story = s.anchor == Anchor::Narrative || s.dir == Direction::Later || s.dir == Direction::Earlier;
        // So do day offsets in a past clause whose sentence named a month, with no day to count
        // from: "began only in February and stopped two weeks later", "وتوقفت بعد أسبوعين".
        const bool past_offset = c_.tense < 0 && (wants_story || s.dir == Direction::In || s.dir == Direction::Within);
        std::optional<Date> month_story;
        if (moved_on) month_story = c_.narrative;
        else if (!fine_enough && past_offset && c_.sentence_month && needs_day) month_story = Date{c_.sentence_month_year, c_.sentence_month, 1};
        if (month_story && (wants_story || past_offset) && s.dir != Direction::None && s.dir != Direction::Ago && s.shift == kUnset &&
            (s.count == kUnset || s.count >= 0) && (s.unit == Unit::Day || s.unit == Unit::Week) && s.month == kUnset && s.weekday == kUnset) {
            const long count = s.count == kUnset ? 1 : s.count;  // "a week later"
            const long days = (s.dir == Direction::Earlier ? -1L : 1L) * count * (s.unit == Unit::Week ? 7 : 1);
            const Date d = add_days(*month_story, days);
            anchor = "narrative";
            return month_point(d.y, d.m);
        }
        const bool counted_in_story = s.dir == Direction::Later || s.dir == Direction::Earlier ||
                                      (s.dir == Direction::In && (c_.tense < 0 || (c_.opens_sentence && c_.tense == 0)));
        const bool whole_decades = s.count > 0 && s.shift == kUnset && (s.unit == Unit::Decade || (s.unit == Unit::Year && s.count % 10 == 0));
        if (counted_in_story && whole_decades && c_.story_decade >= 0) {
            const int decades = s.unit == Unit::Decade ? s.count : s.count / 10;
            const bool past_the_news = c_.tense < 0 && s.dir != Direction::Earlier && story && c_.dct && story->y + 10 * decades > c_.dct->y;
            if (c_.story_decade_newer || past_the_news) {
                Point p;
                p.grain = Grain::Decade;
                p.decade = c_.story_decade + (s.dir == Direction::Earlier ? -decades : decades);
                anchor = "narrative";
                return p;
            }
        }
        // (A year named from now is the story's for a year later, not for a year earlier: "Last year
        // catastrophe losses totaled $5 million. The year-earlier results" are those of last year.)
        const bool narrative = wants_story && story && fine_enough && !(c_.narrative_year_from_now && s.dir == Direction::Earlier);
        // "Three days later, he was arrested" with no date before it: later than what the story
        // never said, and not after the publication date either. Unknown, not invented.
        const bool own_date = s.month != kUnset || s.weekday != kUnset || s.easter != kUnset || s.cal || s.year != kUnset;
        if (wants_story && !narrative && !own_date && c_.tense < 0 && (s.dir == Direction::Later || (s.shift != kUnset && s.shift > 0)))
            return unknown(s.unit == Unit::Year ? Grain::Year : s.unit == Unit::Month ? Grain::Month
                                                           : s.unit == Unit::Week    ? Grain::Week
                                                                                     : Grain::Day);
        std::optional<Date> base = narrative ? story : c_.dct;
        // What follows a range of days follows its end: "du 2 au 13 octobre, ... le lundi suivant"
        // (not a range of years: "de 1960 à 1980 ... Soixante ans plus tard" counts from 1960).
        if (narrative && story == c_.narrative && c_.narrative_last && c_.narrative_day &&
            ((s.shift != kUnset && s.shift > 0) || s.dir == Direction::Later))
            base = c_.narrative_last;
        anchor = narrative ? "narrative" : "dct";
        if (s.anchor == Anchor::Sentence && s.unit == Unit::Year && sentence_year_fits(s)) {
            base = Date{c_.sentence_year, 1, 1};
            anchor = "narrative";
        }
        // "The month" is the one its sentence is about: "le week-end du 21 mars, ... jusqu'à la
        // fin du mois", "on March 3 ... until the end of the month".
        if (s.anchor == Anchor::Sentence && s.unit == Unit::Month && s.shift == 0) {
            // Not a day on the other side of the publication from the clause's tense: "Pre-orders,
            // which opened on November 18, ... customers who cancel before the end of the month".
            // A clause that is not future goes on with a day gone by one sentence longer ("l'après-midi du lundi 9
            // août 2021. Le bilan officiel, arrêté à la fin du mois").
            const bool past_story = c_.tense <= 0 && c_.dct && c_.narrative && *c_.narrative < *c_.dct && c_.narrative_age <= 1;
            const bool day_named = c_.narrative && c_.narrative_day && (c_.narrative_age == 0 || past_story) &&
                                   !(c_.dct && ((c_.tense > 0 && *c_.narrative < *c_.dct) || (c_.tense < 0 && *c_.narrative > *c_.dct)));
            const bool month_named = c_.sentence_month;
            if (month_named) base = Date{c_.sentence_month_year, c_.sentence_month, 1};
            else if (day_named) base = Date{c_.narrative->y, c_.narrative->m, 1};
            if (month_named || day_named) anchor = "narrative";
        }
        // "The same month" is the one its sentence named, if it did: "منذ بداية تشرين الأول، لتستقر
        // عند 58 دولاراً مساء أمس، مقارنة بـ 79 دولاراً في الثالث من الشهر ذاته".
        if (s.anchor == Anchor::Narrative && s.unit == Unit::Month && s.shift == 0 && c_.sentence_month) {
            base = Date{c_.sentence_month_year, c_.sentence_month, 1};
            anchor = "narrative";
        }
        // "in three days" in a past narrative means three days after the narrative time, and
        // "twenty years earlier" said of a past date named in the same sentence counts from it,
        // as does Arabic منذ ("منذ عشرين عاماً" after "تموز 2022"); English "ago" and French
        // "il y a" always count from the publication date (anchor=dct in their lexicons).
        const bool ahead = s.dir == Direction::In || s.dir == Direction::Within;
        // An offset opening a sentence right after a past story date carries the story on, even
        // where the verb shows no tense ("وبعد ثلاثة أيام، انهار الجدار").
        const bool story_goes_on = story && c_.opens_sentence && c_.tense == 0 && c_.narrative_age <= 1 && c_.dct && *story < *c_.dct;
        // (Not with a present that announces: "أعلنت مساء أمس جدول الموسم الذي ينطلق بعد ثلاثة أيام".)
        const bool announced = c_.tense == 0 && c_.weekday_tense > 0;
        const bool in_story = story && fine_enough && ((ahead && (c_.tense < 0 || (c_.narrative_age == 0 && c_.tense == 0 && !announced) || story_goes_on)) ||
                                          (s.dir == Direction::Ago && s.anchor != Anchor::Dct && c_.narrative_age == 0 && c_.dct &&
                                           *story < *c_.dct));
        if (in_story) {
            base = story;
            anchor = "narrative";
        }

        // A day or month with an offset: "three days before Christmas" counts from that day;
        // "Thanksgiving in a year", "March three years ago" is the one in the year the offset reaches.
        // ("a week after March 3": one unit when no number says more.)
        const bool from_day = s.dir == Direction::Later || s.dir == Direction::Earlier;
        const long count = s.count == kUnset && from_day ? 1 : s.count;
        if (own_date && s.dir != Direction::None && s.unit != Unit::None && s.decade == kUnset &&
            (s.shift == kUnset || s.weekday != kUnset || s.month != kUnset) &&  // "the day before last Tuesday"
            count >= 0 && count != kUnset && c_.dct && s.unit >= Unit::Day) {
            Spec inner = s;
            inner.dir = Direction::None;
            inner.unit = Unit::None;
            inner.count = kUnset;
            inner.anchor = Anchor::None;
            const long n = (s.dir == Direction::Ago || s.dir == Direction::Earlier ? -1L : 1L) * count;
            auto move = [&](Date d) {
                switch (s.unit) {
                    case Unit::Day: return add_days(d, n);
                    case Unit::Week: return add_days(d, 7 * n);
                    case Unit::Month: return add_months(d, static_cast<int>(n));
                    case Unit::Year: return add_months(d, static_cast<int>(12 * n));
                    default: return d;
                }
            };
            if (from_day) {
                // "two weeks before Christmas 2014", "a year after 2001": moved at the day's grain.
                Point p = point(inner, anchor);  // "the day before last Tuesday" keeps its shift
                if (!p.known) return p;
                if (p.grain == Grain::Day || p.grain == Grain::Time) {
                    Point q = day_point(move({p.y, p.m, p.d}));
                    q.grain = p.grain, q.hour = p.hour, q.minute = p.minute, q.pod = p.pod;
                    return q;
                }
                if (p.grain == Grain::Month && (s.unit == Unit::Month || s.unit == Unit::Year)) {
                    const Date d = move({p.y, p.m, 1});
                    return month_point(d.y, d.m);
                }
                if (p.grain == Grain::Year && s.unit == Unit::Year) return year_point(p.y + static_cast<int>(n));
                return p;
            }
            if (s.year != kUnset) return calendar(inner, anchor);  // a year says which one already
            const Date reached = move(*c_.dct);
            if (s.weekday != kUnset && s.month == kUnset) {
                Point p = day_point(weekday_near(reached, s.weekday, 0, false));
                apply_time(s, p);
                return p;
            }
            inner.year = reached.y;
            return calendar(inner, anchor);
        }
        // "3 Fridays from now", "two Thursdays ago": counted from the next (or last) one.
        if (s.dir != Direction::None && s.unit == Unit::None && s.weekday != kUnset && s.shift == kUnset && s.count > 0) {
            if (!base) return unknown(Grain::Day);
            const bool back = s.dir == Direction::Ago || s.dir == Direction::Earlier;
            const Date first = weekday_near(*base, s.weekday, back ? -1 : 1, true);
            return day_point(add_days(first, (back ? -7L : 7L) * (s.count - 1)));
        }
        if (s.dir != Direction::None && s.unit != Unit::None && s.shift == kUnset) {
            if (!base) return unknown(s.unit == Unit::Day ? Grain::Day : Grain::Unknown);
            if (s.count < 0 && s.count != kUnset) {  // "years ago": some time before
                // "days later", "hours earlier": after or before the story's time by a stretch
                // nobody said; resolve() marks that time AFTER or BEFORE, and invents no day.
                const bool small = s.unit == Unit::Hour || s.unit == Unit::Minute || s.unit == Unit::Second;
                if (narrative && (s.dir == Direction::Later || s.dir == Direction::Earlier))
                    return shifted(*base, small ? Unit::Day : s.unit, 0);
                Point p;
                p.grain = Grain::Unknown;
                p.known = false;
                p.pod = s.dir == Direction::Ago || s.dir == Direction::Earlier ? "PAST_REF" : "FUTURE_REF";
                return p;
            }
            // "the year-ago third quarter": that quarter of the year before.
            if (s.unit == Unit::Year && s.quarter != kUnset) {
                const int back = (s.dir == Direction::Ago || s.dir == Direction::Earlier ? -1 : 1) * (s.count == kUnset ? 1 : s.count);
                Point p;
                p.grain = Grain::Quarter;
                p.y = base->y + back, p.part = s.quarter;
                return p;
            }
            // (Not one that opens its sentence: "« Il y a un an, les Chinois achetaient déjà ... »"
            // tells a time of the story, no yardstick; nor one after a day its own sentence named,
            // which it compares with: "s'affichait ce jeudi autour de 110 dirhams, contre 80 dirhams
            // il y a un an".)
            // (Nor after a month its own sentence named: "À fin juin, la dette s'établissait à 640
            // millions, contre 790 millions un an plus tôt" is June's, below.)
            // (Nor "more than a year", a stretch up to now: "لم يتسلم بعضهم رواتبه منذ أكثر من عام".)
            const bool day_here = c_.narrative_day && c_.narrative_age == 0;
            const bool month_here = c_.sentence_month && c_.period_grain == Grain::Month;
            const bool bound = std::string_view(s.mod) == "MORE_THAN" || std::string_view(s.mod) == "LESS_THAN";
            if (!bound && s.unit == Unit::Year && (s.count == kUnset || s.count == 1) && c_.quarter && c_.quarter_age <= 2 &&
                (s.dir == Direction::Ago || s.dir == Direction::Earlier) && !c_.opens_clause && !day_here && !month_here) {
                Point p;
                p.grain = Grain::Quarter;
                // The quarter compared is at the latest the last one reported before the DCT (a
                // "1988 period" named as the comparison does not move it back).
                int year = c_.quarter_year;
                if (c_.dct) year = std::max(year, add_months(*c_.dct, -3).y);
                p.y = year - 1;
                p.part = c_.quarter;
                return p;
            }
            // So is a month its sentence named, as in monthly figures: "Ridership rose 4% last month
            // from a year earlier" is that month a year back.
            if (!bound && s.unit == Unit::Year && (s.count == kUnset || s.count == 1) && c_.period_grain == Grain::Month &&
                (s.dir == Direction::Ago || s.dir == Direction::Earlier) && !c_.opens_clause)
                return moved_period(Grain::Month, c_.period_year, c_.period_part, -parts_in_year(Grain::Month));
            // "a year ago", "قبل عام": no number means one.
            long n = (s.dir == Direction::Ago || s.dir == Direction::Earlier ? -1L : 1L) * (s.count == kUnset ? 1 : s.count);
            if (s.unit == Unit::Hour || s.unit == Unit::Minute || s.unit == Unit::Second) {
                // Hours count from a clock time: the story's ("at 10 a.m. ... six hours later"),
                // else the publication's.
                const bool story_clock = anchor == "narrative" && c_.narrative_hour >= 0;
                const bool entry_clock = !story_clock && c_.entry_hour >= 0;
                const int from_hour = story_clock ? c_.narrative_hour : entry_clock ? c_.entry_hour : c_.dct_hour;
                const int from_minute = story_clock ? c_.narrative_minute : entry_clock ? c_.entry_minute : c_.dct_minute;
                // With no clock to count from, whole days still move the day: "dans quarante-huit
                // heures", "بعد 48 ساعة" is two days on.
                const long span = n * (s.unit == Unit::Hour ? 60 : s.unit == Unit::Minute ? 1 : 0);
                if (from_hour < 0) return day_point(span % 1440 == 0 && !s.and_half ? add_days(*base, span / 1440) : *base);
                long minutes = from_hour * 60L + std::max(from_minute, 0) + n * (s.unit == Unit::Hour ? 60 : 1) +
                               (s.and_half && s.unit == Unit::Hour ? (n < 0 ? -30 : 30) : 0);
                long days = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440;
                Point p = day_point(add_days(*base, days));
                p.grain = Grain::Time;
                p.hour = static_cast<int>((minutes - days * 1440) / 60);
                p.minute = static_cast<int>((minutes - days * 1440) % 60);
                return p;
            }
            // A bare query ("in a week", "three months ago") asks for the moment itself: a grain
            // finer than the unit (a day for weeks and months, a month for years, the hour for days).
            // ("upcoming two weeks", dir=in, names the unit itself.)
            if (c_.default_direction > 0 && !in_story && s.hour == kUnset && !s.pod[0] &&
                (s.dir == Direction::Ago || s.dir == Direction::Within)) {
                switch (s.unit) {
                    case Unit::Week: return day_point(add_days(*base, 7 * n));
                    case Unit::Month: { Date d = add_months(*base, static_cast<int>(n)); return day_point(d); }
                    case Unit::Year: { Date d = add_months(*base, static_cast<int>(12 * n)); return month_point(d.y, d.m); }
                    case Unit::Day:
                        if (c_.dct_hour >= 0) {
                            Point p = day_point(add_days(*base, n));
                            p.grain = Grain::Time;
                            p.hour = c_.dct_hour, p.minute = 0;
                            return p;
                        }
                        break;
                    default: break;
                }
            }
            // "Twenty years ago to the day" is that day.
            if (s.to_the_day && (s.unit == Unit::Year || s.unit == Unit::Month)) {
                anchor = "dct";
                return day_point(add_months(*base, static_cast<int>(s.unit == Unit::Year ? 12 * n : n)));
            }
            // "two and a half years ago" is a month: thirty months back.
            if (s.and_half && s.unit == Unit::Year) {
                const Date d = add_months(*base, static_cast<int>(12 * n + (n < 0 ? -6 : 6)));
                return month_point(d.y, d.m);
            }
            // Weeks counted on from a day of the story land on a day ("On March 3 ... Two weeks
            // later"), so that the story's next offsets count from it; so do weeks counted ahead in
            // prose ("dans trois semaines", "بعد أسبوعين": the day they reach, not the week around it;
            // a bare "upcoming two weeks" names the week), and a few weeks back ("two weeks ago ...
            // four days later", as TimeBank dates it; "six weeks ago" is a week, as AQUAINT's).
            constexpr int kDayWeeksAgo = 4;
            if (s.unit == Unit::Week && ((anchor == "narrative" && (s.dir == Direction::Later || s.dir == Direction::Earlier)) ||
                                         (c_.default_direction == 0 && (s.dir == Direction::In || (s.dir == Direction::Ago && s.count != kUnset && s.count <= kDayWeeksAgo)))))
                return day_point(add_days(*base, 7 * n));
            // Decades counted are years, as TimeML annotators write them: "a decade ago" in 1999
            // is 1989, "She retired in 1994. Two decades later" 2014.
            if (s.unit == Unit::Decade) return year_point(base->y + static_cast<int>(10 * n));
            Point p = shifted(*base, s.unit, n);
            apply_time(s, p);  // "in 7 days at 5pm"
            return p;
        }
        // A month of another calendar with a shift word is its next or last occurrence ("رمضان
        // المقبل"); with its day the shift only repeats the date ("الثلاثاء المقبل الموافق 9 ذي
        // الحجة 1444هـ").
        if (s.shift != kUnset && s.cal && s.month != kUnset) {
            Spec occurrence = s;
            occurrence.shift = kUnset;
            if (s.day != kUnset || s.shift == 0) return calendar(occurrence, anchor);
            // The whole month gone by or to come, not the one the publication falls in ("رمضان
            // الماضي" written in Ramadan is last year's): its last day before, or its first day
            // after; then the Gregorian month holding most of it, a fortnight inside.
            constexpr int kLastDay = 29, kHalfMonth = 14;
            occurrence.tense = s.shift > 0 ? 1 : -1;
            occurrence.day = s.shift > 0 ? 1 : kLastDay;
            const Point edge = calendar(occurrence, anchor);
            if (!edge.known || edge.grain != Grain::Day) return edge;
            const Date middle = add_days({edge.y, edge.m, edge.d}, s.shift > 0 ? kHalfMonth : -kHalfMonth);
            return month_point(middle.y, middle.m);
        }
        // "the same period last year", "الفترة نفسها من العام السابق" after a month's or a
        // quarter's figures: that period of the year before it; else the quarter the report is
        // about, named in the sentences just before.
        if (s.same_part && s.unit == Unit::Year && s.shift != kUnset && s.shift < 0) {
            if (c_.period_grain != Grain::Unknown)
                return moved_period(c_.period_grain, c_.period_year, c_.period_part, s.shift * parts_in_year(c_.period_grain));
            if (c_.quarter && c_.quarter_age <= 2) return moved_period(Grain::Quarter, c_.quarter_year, c_.quarter, 4 * s.shift);
        }
        // "au troisième trimestre, contre 8,5 % le trimestre précédent", "in September, after a
        // fall the previous month": that period of its sentence, moved.
        const Grain unit_grain = s.unit == Unit::Month ? Grain::Month : s.unit == Unit::Quarter ? Grain::Quarter
                                 : s.unit == Unit::Half ? Grain::Half : Grain::Unknown;
        if (s.anchor == Anchor::Narrative && s.shift != kUnset && s.shift != 0 && unit_grain != Grain::Unknown &&
            unit_grain == c_.period_grain && !s.same_part) {
            anchor = "narrative";
            return moved_period(unit_grain, c_.period_year, c_.period_part, s.shift);
        }
        if (s.shift != kUnset) return deictic(s, base);
        return calendar(s, anchor);
    }

private:
    static Point unknown(Grain g) {
        Point p;
        p.grain = g == Grain::Unknown ? Grain::Day : g;
        p.known = false;
        return p;
    }

    // "the first week of January 2019", "the last weekend of next month", "le premier jour du mois
    // prochain": the nth (or last) week of the month is the week of its nth (or last) Thursday, as
    // ISO 8601 gives a week to the year that holds most of it (2019-W01 starts on Monday 31
    // December; "the last week of November 2019" runs into December; Duckling counts full weeks
    // from the first Monday); a weekend is that of its nth Saturday. Nothing when the expression
    // counts no weeks, weekends or days.
    static std::optional<Point> nth_of_month(const Spec& s, int year, int month) {
        const Unit counted = s.nth_of != Unit::None ? s.nth_of : s.unit;
        if (s.nth == kUnset) return std::nullopt;
        constexpr int kThursday = 4, kSaturday = 6;
        switch (counted) {
            case Unit::Weekend: return week_point(nth_weekday_date(year, month, kSaturday, s.nth), true);
            case Unit::Week: return week_point(add_days(nth_weekday_date(year, month, kThursday, s.nth), -3));
            case Unit::Day:
                return day_point({year, month, s.nth < 0 ? std::max(1, days_in_month(year, month) + s.nth + 1)
                                                         : std::min(s.nth, days_in_month(year, month))});
            default: return std::nullopt;
        }
    }

    // Whether the story's time lies more than a year before the publication.
    bool story_years_back() const {
        constexpr long kYear = 365;
        return c_.narrative && c_.dct && days_from_civil(*c_.dct) - days_from_civil(*c_.narrative) > kYear;
    }

    // A day with the clock time or part of the day its expression gives ("at 6am on 2 June last year").
    static Point timed_day(const Spec& s, Date d) {
        Point p = day_point(d);
        apply_time(s, p);
        return p;
    }

    Point deictic(const Spec& s, const std::optional<Date>& base) {
        Grain g = s.unit == Unit::None ? Grain::Day : Grain::Unknown;
        if (!base) {
            Point p = unknown(g);
            if (s.unit == Unit::Week) p.grain = Grain::Week;
            else if (s.unit == Unit::Month) p.grain = Grain::Month;
            else if (s.unit == Unit::Year) p.grain = Grain::Year;
            return p;
        }
        const Date ref = *base;
        switch (s.unit) {
            case Unit::Day: return timed_day(s, add_days(ref, s.shift));
            case Unit::Weekend: {
                // The weekend after, before, or of the reference day (a past tense: the one gone by).
                // Early in the week, prose without a tense means the weekend just gone ("Over the
                // weekend, officials confirmed ..." in a Monday paper); "this" or "current" keeps
                // the week's own ("this weekend", "ce week-end", "نهاية الأسبوع الحالي" in a
                // Tuesday paper): only "the weekend" leans back.
                const int wd = iso_weekday(ref);
                // A future clause wins over the phrase's own lean: "Rain will fall over the weekend".
                int tense = c_.tense > 0 ? 1 : s.tense ? s.tense : c_.tense;
                if (!tense && c_.default_direction == 0 && wd <= 2 && s.anchor == Anchor::Sentence) tense = -1;
                Date saturday = add_days(ref, 6 - wd);  // of this week
                if (s.shift > 0 && wd >= 6) saturday = add_days(saturday, 7);
                if (s.shift < 0 || (s.shift == 0 && tense < 0 && wd < 6)) saturday = add_days(saturday, -7);
                if (s.shift > 1 || s.shift < -1) saturday = add_days(saturday, 7L * (s.shift - (s.shift > 0 ? 1 : -1)));
                return week_point(saturday, true);
            }
            case Unit::Week: {
                Date in_week = add_days(ref, 7L * s.shift);
                if (s.weekday != kUnset) return day_point(add_days(in_week, s.weekday - iso_weekday(in_week)));
                return week_point(in_week);
            }
            case Unit::Month: {
                Date d = add_months({ref.y, ref.m, 1}, s.shift);
                if (s.day != kUnset) return timed_day(s, {d.y, d.m, std::min(s.day, days_in_month(d.y, d.m))});
                if (s.weekday != kUnset && s.nth != kUnset) return nth_weekday(s, d.y, d.m);
                if (const auto nth = nth_of_month(s, d.y, d.m)) return *nth;
                return month_point(d.y, d.m);
            }
            case Unit::Year: {
                int y = ref.y + s.shift;
                if (s.month != kUnset) {
                    if (s.day != kUnset) return timed_day(s, {y, s.month, std::min(s.day, days_in_month(y, s.month))});
                    if (s.weekday != kUnset && s.nth != kUnset) return nth_weekday(s, y, s.month);
                    if (const auto nth = nth_of_month(s, y, s.month)) return *nth;
                    return month_point(y, s.month);
                }
                if (s.quarter != kUnset) return part(Grain::Quarter, y, s.quarter);
                if (s.half != kUnset) return part(Grain::Half, y, s.half);
                if (s.season[0]) { Point p = year_point(y); p.grain = Grain::Season; p.season = s.season; return p; }
                return year_point(y);
            }
            case Unit::None: break;
            default: return shifted(ref, s.unit, s.shift);
        }
        // A shift without a unit: "last Friday", "next March", "last summer". A weekday written
        // with its date is that date ("الإثنين 16 دجنبر الجاري").
        if (s.weekday != kUnset && (s.day == kUnset || s.month == kUnset)) {
            Date day;
            // "ce jeudi" in prose: this week's; with a tense, still this week's within a few days
            // ("a convoqué une réunion ce jeudi à 15 h" in a Wednesday paper is tomorrow), else the
            // tense's ("ce dimanche, il a plu" in a Monday paper is yesterday).
            constexpr int kThisWeekReach = 3;  // days
            const Date this_week = add_days(ref, s.weekday - iso_weekday(ref));
            const bool near = std::abs(s.weekday - iso_weekday(ref)) <= kThisWeekReach;
            if (s.shift == 0 && !c_.default_direction && c_.this_weekday_in_this_week && (!c_.tense || near))
                day = this_week;
            else if (s.shift == 0) day = weekday_near(ref, s.weekday, c_.tense < 0 ? -1 : 1, false);
            else if (s.shift == 1 && c_.next_weekday_in_next_week)  // English "next Saturday": next week's
                day = add_days(ref, 7 - iso_weekday(ref) + s.weekday);
            else  // "السبت المقبل", "last Friday", "Friday after next" (shift 2)
                day = add_days(weekday_near(ref, s.weekday, s.shift, true), 7L * (s.shift > 0 ? s.shift - 1 : s.shift + 1));
            Point p = day_point(day);
            apply_time(s, p);
            return p;
        }
        if (s.month != kUnset) {
            // "next March" is a later month; "le 3 mars dernier", "16 décembre prochain" a day on the
            // right side of the reference, which may be in its own month.
            const int day = s.day == kUnset ? 0 : s.day;
            const bool before = s.month < ref.m || (s.month == ref.m && day && day < ref.d);
            const bool after = s.month > ref.m || (s.month == ref.m && day > ref.d);
            int y = s.shift < 0 ? (before ? ref.y : ref.y - 1) : s.shift > 0 ? (after ? ref.y : ref.y + 1) : ref.y;
            if (s.shift != 0) y += s.shift > 0 ? s.shift - 1 : s.shift + 1;  // "March after next"
            if (s.day != kUnset) {
                Point p = day_point({y, s.month, std::min(s.day, days_in_month(y, s.month))});
                apply_time(s, p);  // "صباح الثالث من نوفمبر الماضي"
                return p;
            }
            return month_point(y, s.month);
        }
        if (s.season[0]) {
            // "this fall", "cet été": the one of this year, gone by or to come; a winter
            // straddles two years, so "this winter" is the one the tense points to, else the
            // nearest ("expects strong demand this winter" in August: the coming one).
            if (s.shift == 0 && std::string_view(s.season) != "WI") {
                Point p = year_point(ref.y);
                p.grain = Grain::Season;
                p.season = s.season;
                return p;
            }
            const int toward = s.shift != 0 ? s.shift : s.tense ? s.tense : c_.tense;
            return season_near(ref, s.season, toward, s.shift != 0);
        }
        Point p = day_point(ref);
        apply_time(s, p);
        return p;
    }

    static Point part(Grain g, int y, int n) {
        Point p;
        p.grain = g;
        p.y = y, p.part = n;
        return p;
    }

    // Months, quarters or halves in a year.
    static int parts_in_year(Grain g) { return g == Grain::Month ? 12 : g == Grain::Quarter ? 4 : 2; }
    // Part `n` (from 1) of year `y` at grain `g`, moved by `by` parts (years in AD: the index stays positive).
    static Point moved_period(Grain g, int y, int n, int by) {
        const int per_year = parts_in_year(g);
        const int index = y * per_year + n - 1 + by;
        return g == Grain::Month ? month_point(index / per_year, index % per_year + 1) : part(g, index / per_year, index % per_year + 1);
    }

    // The nth (from 1) or, counted back, the last (-1) weekday of a month.
    static Date nth_weekday_date(int y, int m, int weekday, int nth) {
        if (nth < 0) {
            Date last{y, m, days_in_month(y, m)};
            return add_days(last, -((iso_weekday(last) - weekday + 7) % 7) - 7L * (-nth - 1));
        }
        Date first{y, m, 1};
        return add_days(first, (weekday - iso_weekday(first) + 7) % 7 + 7L * (nth - 1));
    }
    // ... with the clock time the expression gives ("at 7 a.m. on Election Day").
    static Point nth_weekday(const Spec& s, int y, int m) { return timed_day(s, nth_weekday_date(y, m, s.weekday, s.nth)); }

    // Whether the year named earlier in the sentence dates a later part of it: not where the tense
    // looks the other way from the publication ("founded in 1998, it will open a store in March",
    // "its fifth cut since August 2024, and markets expect one more before the end of the year").
    bool sentence_year_fits(const Spec& s) const {
        if (!c_.sentence_year) return false;
        // A year gone by that frames the sentence holds what it looks ahead to: "En 2024 déjà, la
        // présidentielle avait été reportée de fin février à fin mars".
        if (c_.year_frames_sentence && c_.dct && c_.sentence_year < c_.dct->y) return true;
        const int direction = sign(s.tense ? s.tense : c_.tense ? c_.tense : c_.default_direction);
        return !c_.dct || !((direction > 0 && c_.sentence_year < c_.dct->y) || (direction < 0 && c_.sentence_year > c_.dct->y));
    }

    Point calendar(const Spec& s, std::string& anchor) {
        // A year left out refers to the story's time when that was set just before (within two
        // sentences: "On 12 March 2015 ... On 28 August"); further on, to the publication date.
        // A month alone ("in April") follows the story only within its own sentence.
        // Not a story far behind the publication for a future clause a sentence or more later: "le
        // 28 avril 1992 ... La cérémonie de clôture, le 1er mai, coïncidera" is this year's.
        // (Nor for a clause a present verb tells, which is of now: "ويواجه المجلس استحقاقا آخر مع
        // انتهاء ولايته في 20 تشرين الثاني" after "في 25 أيار 2008"), even in the sentence of that
        // story, where a future may still be told from then: "عقد أولى جلساته في 29 يناير 1963، لكنه
        // يرى أن الشارع ينتظر إقرار قوانين قبل نهاية مارس".)
        const bool present_clause = c_.tense == 0 && c_.weekday_tense > 0 && c_.default_direction == 0;
        const bool behind_future = (c_.narrative_age > 0 ? c_.tense > 0 || present_clause : present_clause) && story_years_back();
        const bool recent = c_.narrative && c_.narrative_day && !behind_future && (c_.narrative_age == 0 || (s.day != kUnset && c_.narrative_age <= 4));
        const std::optional<Date> ref = recent || !c_.dct ? c_.narrative : c_.dct;
        const int direction = sign(s.tense ? s.tense : c_.tense ? c_.tense : c_.default_direction);
        if (s.year != kUnset || s.decade != kUnset || s.century != kUnset) anchor = "absolute";
        else if (recent && s.month != kUnset) anchor = "narrative";

        int year = s.year;
        if (year != kUnset && s.two_digit_year) year += year < 50 ? 2000 : 1900;
        if (year != kUnset && s.bc) year = 1 - year;

        if (s.easter != kUnset) return easter(s, year);
        if (s.cal >= 5 && s.cal <= 8) return hindu(s, year);
        if (s.cal) return other_calendar(s, year);
        if (s.century != kUnset && s.decade == kUnset && year == kUnset) {
            Point p;
            p.grain = Grain::Century;
            p.century = s.century;
            return p;
        }
        if (s.decade != kUnset && year == kUnset) {
            Point p;
            // "the 1800s", "the late 1900s" name a century; "the 2000s" is read as the decade, as
            // news now uses it.
            if (s.decade % 10 == 0 && s.decade >= 10 && s.decade < 200) {
                p.grain = Grain::Century;
                p.century = s.decade / 10;
                return p;
            }
            p.grain = Grain::Decade;
            p.decade = s.decade;
            return p;
        }
        if (s.month != kUnset) {
            // A month alone takes the year named earlier in its sentence ("In 2023, ... from
            // January to April"), unless the tense says otherwise ("founded in 1998, it will open
            // a store in March"). A day does only right after the year ("il y a deux ans, du 5 au
            // 9 octobre") or when the year opens the sentence ("In 2019, ... on Nov. 11"), not
            // further on: "approved in 1987, ... through Sept. 29". A month named with its year
            // earlier in the sentence holds its days wherever they stand.
            if (year == kUnset && s.month == c_.sentence_month) {
                year = c_.sentence_month_year;
                anchor = "narrative";
            }
            // A day opening the sentence right after one that went back to a year gone by is in
            // that year: "The scheme unraveled quickly in early 2010. On March 3, a compliance
            // officer questioned ...".
            if (year == kUnset && s.day != kUnset && c_.opens_sentence && c_.narrative && !c_.narrative_month && !c_.narrative_week &&
                c_.narrative_age == 1 && c_.tense <= 0 && c_.dct && c_.narrative->y < c_.dct->y) {
                year = c_.narrative->y;
                anchor = "narrative";
            }
            // (Not a year to come named in passing, when the month is still ahead this year: "la loi
            // de finances pour 2020, ne débutera qu'en novembre" in September 2019.)
            const bool ahead_in_passing = c_.dct && c_.sentence_year > c_.dct->y && !c_.year_frames_sentence && !c_.year_just_before &&
                                          s.month > c_.dct->m;
            if (year == kUnset && sentence_year_fits(s) && !ahead_in_passing &&
                (c_.year_just_before || c_.year_frames_sentence || (s.day == kUnset && !recent))) {
                year = c_.sentence_year;
                anchor = "narrative";
            }
            if (year == kUnset) {
                // A story a month or more from the publication reads on from its own time.
                constexpr long kStoryFar = 31;
                const bool story_far = recent && c_.dct && std::labs(days_from_civil(*c_.narrative) - days_from_civil(*c_.dct)) > kStoryFar;
                if (!ref) {
                    Point p = s.day != kUnset ? day_point({0, s.month, s.day}) : month_point(0, s.month);
                    p.known = false;
                    apply_time(s, p);
                    return p;
                }
                // A deadline word alone does not send the month just ended a year ahead, nor a day of
                // the last month: "عدد العائدين حتى نهاية آذار" in April is the March just gone,
                // "les soldes couraient jusqu'au 23 juillet" on 24 July the day before.
                constexpr long kDaysJustGone = 31;
                const bool month_just_ended = s.day == kUnset && c_.dct && s.month == (c_.dct->m + 10) % 12 + 1;
                const bool day_just_gone = s.day != kUnset && c_.dct && s.day <= days_in_month(c_.dct->y, s.month) && [&] {
                    const long back = days_from_civil(*c_.dct) - days_from_civil({c_.dct->y, s.month, s.day});
                    return back > 0 && back <= kDaysJustGone;
                }();
                const int toward = c_.tense_leaned && !s.tense && (month_just_ended || day_just_gone) ? 0 : direction;
                // A decision taken on a day its sentence named sets a date ahead of that day, not of
                // the publication: "On March 3, the vote was postponed to April 12" in November is
                // that April.
                const bool decided_then = c_.tense_decided && !s.tense && recent && c_.narrative_age == 0 && c_.dct && *ref < *c_.dct;
                year = year_near(*ref, decided_then ? std::optional<Date>(*ref) : c_.dct, s.month, s.day == kUnset ? 0 : s.day, toward,
                                 !s.tense && !c_.tense && c_.default_direction, s.tense != 0, c_.deadline, story_far);
            }
            // A weekday with a small ordinal that is not that day's weekday counts weekdays:
            // "الثلاثاء الثالث من أيلول 2014" (the 3rd was a Wednesday) is the third Tuesday.
            if (s.weekday != kUnset && s.day != kUnset && s.day <= 5 && year != kUnset && s.nth == kUnset &&
                iso_weekday({year, s.month, s.day}) != s.weekday && s.year != kUnset)
                return timed_day(s, nth_weekday_date(year, s.month, s.weekday, s.day));
            // A weekday written with the date tells the year ("الخميس 15 أغسطس").
            if (s.weekday != kUnset && s.day != kUnset && s.year == kUnset && anchor != "absolute")
                for (int dy : {0, 1, -1})
                    if (s.day <= days_in_month(year + dy, s.month) && iso_weekday({year + dy, s.month, s.day}) == s.weekday) {
                        year += dy;
                        break;
                    }
            if (s.day != kUnset) {
                if (s.day > days_in_month(year, s.month)) {
                    Point p = unknown(Grain::Day);
                    p.impossible = true;
                    return p;
                }
                // "the week of March 6": the week that day falls in; "the weekend of Aug. 13": the
                // weekend that day is in, or the one after it.
                if (s.unit == Unit::Week && s.nth == kUnset) return week_point({year, s.month, s.day});
                if (s.unit == Unit::Weekend && s.nth == kUnset && s.shift == kUnset) {
                    const Date d{year, s.month, s.day};
                    return week_point(iso_weekday(d) >= 6 ? d : add_days(d, 6 - iso_weekday(d)), true);
                }
                Date day{year, s.month, s.day};
                // A feast moved off a weekend (King's Day on a Sunday is kept the Saturday before).
                if (s.if_saturday != kUnset && iso_weekday(day) == 6) day = add_days(day, s.if_saturday);
                if (s.if_sunday != kUnset && iso_weekday(day) == 7) day = add_days(day, s.if_sunday);
                Point p = day_point(day);
                apply_time(s, p);
                return p;
            }
            if (s.weekday != kUnset && s.nth != kUnset) return nth_weekday(s, year, s.month);
            if (const auto nth = nth_of_month(s, year, s.month)) return *nth;
            // "the third of" with no unit, as "the third day of".
            if (s.nth != kUnset && s.unit == Unit::None) {
                Spec days = s;
                days.unit = Unit::Day;
                return *nth_of_month(days, year, s.month);
            }
            return month_point(year, s.month);
        }
        if (s.quarter != kUnset || s.half != kUnset || s.season[0]) {
            Grain g = s.quarter != kUnset ? Grain::Quarter : s.half != kUnset ? Grain::Half : Grain::Season;
            // A season takes the year its sentence named ("in July 2020, which drew crowds during
            // the summer"), as a month does.
            if (year == kUnset && g == Grain::Season && sentence_year_fits(s)) {
                year = c_.sentence_year;
                anchor = "narrative";
            }
            // A quarter inside or after a half its sentence named is in that half's year: "أرقام النصف
            // الثاني من العام، ولا سيما في الربع الثالث", "تراجعت خلال النصف الأول من العام الماضي ...
            // قبل أن تتعافى بقوة في الربع الثالث".
            if (year == kUnset && g == Grain::Quarter && c_.period_grain == Grain::Half && (s.quarter + 1) / 2 >= c_.period_part) {
                year = c_.period_year;
                anchor = "narrative";
            }
            if (year == kUnset) {
                // Quarters, halves and seasons without a year are the DCT's (financial reports).
                const std::optional<Date> ref = c_.dct ? c_.dct : c_.narrative;
                if (!ref) { Point p = unknown(g); p.part = s.quarter != kUnset ? s.quarter : s.half; p.season = s.season; return p; }
                anchor = "dct";
                if (g == Grain::Season) return season_near(*ref, s.season, direction, false);
                // Financial news: "the third quarter" is the last one reported, unless the tense says later.
                int now = g == Grain::Quarter ? (ref->m - 1) / 3 + 1 : (ref->m <= 6 ? 1 : 2);
                int want = g == Grain::Quarter ? s.quarter : s.half;
                year = ref->y;
                if (c_.default_direction > 0) year += want < now;  // a bare query: the next one
                // Not reported yet: last year's; but a future verb points to this year's, unless it
                // is the quarter just ended ("expects fourth-quarter profit" in January).
                // (A present that announces looks ahead too: "قد يبدأ تنفيذه في الربع الثالث".)
                else if (want > now && !((direction > 0 || (c_.tense == 0 && c_.weekday_tense > 0)) && want - now < (g == Grain::Quarter ? 3 : 2)))
                    --year;
            }
            if (g == Grain::Season) { Point p = year_point(year); p.grain = g; p.season = s.season; return p; }
            return part(g, year, g == Grain::Quarter ? s.quarter : s.half);
        }
        // "the 1988 quarter": the quarter the text is about, in that year.
        if (year != kUnset && s.unit == Unit::Quarter) {
            Point p = part(Grain::Quarter, year, c_.quarter && c_.quarter_age <= 2 ? c_.quarter : 0);
            return p;
        }
        // "la semaine 9": an ISO week of the year its sentence named, else of the publication's.
        if (year == kUnset && s.unit == Unit::Week && s.nth_of == Unit::Week && s.nth > 0 && s.month == kUnset && c_.dct) {
            year = sentence_year_fits(s) ? c_.sentence_year : c_.dct->y;
            anchor = sentence_year_fits(s) ? "narrative" : "dct";
        }
        // "the third last week of 2018", "the first day of 2020": counted in the year.
        if (year != kUnset && s.nth != kUnset && s.nth != 0 && s.weekday == kUnset) {
            if (s.unit == Unit::Week) {
                int weeks = 0, wy = 0;
                iso_week({year, 12, 28}, wy, weeks);  // December 28 is always in the last ISO week
                const int w = s.nth > 0 ? s.nth : weeks + s.nth + 1;
                if (w >= 1 && w <= weeks) return week_point(add_days(monday_of_iso_week(year, w), 3));
            } else if (s.unit == Unit::Day) {
                const long n = s.nth > 0 ? s.nth - 1 : days_from_civil({year, 12, 31}) - days_from_civil({year, 1, 1}) + s.nth + 1;
                return day_point(add_days({year, 1, 1}, n));
            } else if (s.unit == Unit::Month && s.nth >= -12 && s.nth <= 12) {
                return month_point(year, s.nth > 0 ? s.nth : 13 + s.nth);
            }
        }
        if (year != kUnset) return year_point(year);
        if (s.day != kUnset) {
            // "the 19th" alone: in the reference month (a bare query: the next one); with a
            // weekday ("Thu 15th"), the first month from there where the two agree.
            if (!ref) return unknown(Grain::Day);
            Date month{ref->y, ref->m, 1};
            if (c_.default_direction > 0 && s.day < ref->d) month = add_months(month, 1);
            // In prose a weekday and a day that agree in no month near the reference are no date
            // together ("closed lower Friday, the fourth decline"): the weekday alone.
            if (s.weekday != kUnset && c_.default_direction == 0) {
                bool agree = false;
                for (int k = -1; k <= 1 && !agree; ++k) {
                    Date m = add_months(month, k);
                    if (s.day <= days_in_month(m.y, m.m) && iso_weekday({m.y, m.m, s.day}) == s.weekday) agree = true;
                }
                if (!agree) {
                    Spec w = s;
                    w.day = kUnset;
                    return calendar(w, anchor);
                }
            }
            for (int k = 0; s.weekday != kUnset && k < 14; ++k, month = add_months(month, 1))
                if (s.day <= days_in_month(month.y, month.m) && iso_weekday({month.y, month.m, s.day}) == s.weekday) break;
            Point p = day_point({month.y, month.m, std::min(s.day, days_in_month(month.y, month.m))});
            apply_time(s, p);
            return p;
        }
        anchor = "dct";
        // A clock time alone belongs to the day the sentence (or the one before) is about, unless
        // that day is a deadline ahead and the clause is in the past ("schools stay shut
        // until Friday. ... said in its 11 a.m. advisory").
        // A live blog's time stamp is the publication day's, whatever the entry before it said.
        // Nor does a future clause go back to a story day gone by ("announced it yesterday evening.
        // The ceremony will start at 9 p.m.").
        // (A deadline word alone does not: "اجتمعوا أمس الأول، في اجتماع امتد حتى الساعة الحادية عشرة ليلاً".)
        // Nor does the time a verb of saying took, in a sentence that names no day: "Chief Executive
        // Marisa Oyelaran told analysts on a call at 8 a.m." after a paragraph on last spring's recall.
        const bool said_today = c_.tense_said && c_.narrative_age > 0;
        const bool story_ahead = c_.line_stamp || said_today || (c_.narrative && c_.dct && *c_.narrative > *c_.dct && c_.tense < 0) ||
                                 (c_.narrative && c_.dct && *c_.narrative < *c_.dct && c_.tense > 0 && !c_.tense_leaned);
        // A day ahead that a future clause goes on about holds a little longer ("doit rendre jeudi
        // prochain sa décision. ... La décision sera rendue à 14 heures").
        const bool day_ahead = c_.narrative && c_.dct && *c_.narrative > *c_.dct && c_.tense > 0;
        // As does a day gone by that a past clause goes on about ("Voters on Tuesday approved a
        // budget. The plan passed 2,431 to 1,781. Polls closed at 9 p.m.").
        const bool day_behind = c_.narrative && c_.dct && *c_.narrative < *c_.dct && c_.tense < 0;
        // So does a day a year or more back, in a clause not ahead: news of today rarely comes between
        // ("Oct. 11, 1994 ... What followed ... The first teams went in soon afterwards. By noon they had reached").
        const bool long_ago = story_years_back() && c_.tense <= 0;
        const bool story_day_first = c_.narrative_said && c_.story_day && c_.story_day_age <= 2;
        // A past clause keeps to a day gone by a sentence longer ("reconnu coupable hier en
        // avant-midi. ... entre 2009 et 2013. ... Le verdict est tombé vers 10 h 15").
        const bool day_gone_by = c_.tense < 0 && c_.story_day && c_.dct && *c_.story_day < *c_.dct;
        std::optional<Date> clock_day;
        // A night on the publication day, told in the past, is the one just ended: its small
        // hours are that day's, not the next ("a touché terre cette nuit ... vers 2 h 40").
        auto past_tomorrow = [&](Date night) { return c_.tense < 0 && c_.dct && add_days(night, 1) > *c_.dct; };
        // "dans la nuit de samedi à dimanche ... vers 3 heures du matin" is Sunday's 3 a.m.
        constexpr int kSmallHoursEnd = 6;
        // (Not an afternoon or evening hour: "الرابعة عصراً" is 4 p.m.) Midnight after an evening
        // time is the next day's too: "At 10:55 p.m. on April 24, 1974 ... Shortly after midnight".
        // (A midnight that is a deadline is moved once, below in resolve(): "issued at 7:30 p.m. on
        // Wednesday. We went door to door until midnight" ends Wednesday.)
        // (So is the morning itself, named without a day: "s'est produite hier vers 18 h 40. ... rétabli
        // au petit matin".)
        // (Nor a midnight in a clause that looks ahead, which resolve() moves too: "تبدأ الأمطار عند
        // الحادية عشرة ليلا، على أن تبلغ ذروتها بعد منتصف الليل".)
        const bool midnight_moved_later = s.minute <= 0 && (c_.deadline || c_.default_direction > 0 || c_.tense > 0);
        const bool small_hours = (s.hour != kUnset && (s.hour < kSmallHoursEnd || (s.hour == kMidnight && !midnight_moved_later)) &&
                                  s.ampm <= 0 && s.pod[0] != 'A' && s.pod[0] != 'E') ||
                                 (s.hour == kUnset && std::string_view(s.pod) == "MO");
        // The day a clock time falls on, told of `day`: the next one for small hours after its night.
        auto day_of_hour = [&](Date day, bool after_night) { return small_hours && after_night && !past_tomorrow(day) ? add_days(day, 1) : day; };
        constexpr int kEveningFrom = 18;
        // A stamp goes on from the one before it; the first takes a story day of the last two
        // sentences a few days back at most (a log of Saturday's rescue in a Monday paper), else
        // the publication's (a live blog: "The window opened on 9 June. ... 8.47am Everton have").
        if (c_.line_stamp && s.weekday == kUnset && s.day == kUnset) {
            constexpr long kLogReach = 3;  // days
            if (c_.stamp_day)
                clock_day = small_hours && c_.stamp_hour >= kEveningFrom ? add_days(*c_.stamp_day, 1) : *c_.stamp_day;
            else if (c_.narrative && c_.narrative_day && c_.narrative_age <= 2 && c_.dct && *c_.narrative < *c_.dct &&
                     days_from_civil(*c_.dct) - days_from_civil(*c_.narrative) <= kLogReach)
                clock_day = *c_.narrative;
        }
        // A clock time in a clause of saying goes to the day words were said a sentence before, a
        // few days back at most: "أعلنت المؤسسة أمس ... وأوضح المدير خلال ندوة صحفية نشطها في حدود
        // الساعة التاسعة صباحا" (not a recall "announced on April 11" in an August paper).
        constexpr long kSaidReach = 3;  // days
        if (!clock_day && s.weekday == kUnset && c_.tense_said && c_.said_day && c_.said_day_age <= 1 && !c_.line_stamp && c_.dct &&
            *c_.said_day <= *c_.dct && days_from_civil(*c_.dct) - days_from_civil(*c_.said_day) <= kSaidReach)
            clock_day = *c_.said_day;
        // With no tense to tell, a day ahead that an earlier sentence named after a day gone by
        // gives way to that day: "left the Capitol late Tuesday, ... the fiscal year that begins
        // July 1. ... emerged from the governor's office shortly before 11 p.m.".
        const bool untold_ahead = c_.tense == 0 && c_.narrative && c_.dct && *c_.narrative > *c_.dct && c_.narrative_age > 0 &&
                                  c_.past_story_day && c_.past_story_day_age == c_.narrative_age;
        if (!clock_day && s.weekday == kUnset && c_.narrative && c_.narrative_day && !c_.narrative_stretch &&
            (c_.narrative_age <= 1 || (day_ahead && c_.narrative_age <= 2) || ((day_behind || long_ago) && c_.narrative_age <= 3)) &&
            !story_ahead && !story_day_first && !untold_ahead) {
            // After an evening time too: "commencé dimanche à 20 heures, s'est achevé peu après 2
            // heures du matin" is Monday's 2 a.m.
            const bool after_evening = c_.narrative_night || c_.narrative_hour >= kEveningFrom;
            clock_day = day_of_hour(*c_.narrative, after_evening);
        } else if (!clock_day && s.weekday == kUnset && (!c_.narrative_day || story_day_first) && c_.story_day &&
                   c_.story_day_age <= (day_gone_by ? 3 : 2) &&
                   !c_.line_stamp && !said_today && !(c_.dct && *c_.story_day < *c_.dct && c_.tense > 0) &&
                   !(c_.dct && *c_.story_day > *c_.dct && c_.tense < 0)) {
            // A coarser time named since (a year, a month gone by) leaves the clock with the day
            // the story was at: "raised rates on Wednesday. It began in March 2022. ... at 2 p.m."
            clock_day = day_of_hour(*c_.story_day, c_.story_night);
        }
        if (!clock_day && s.weekday == kUnset && (c_.tense < 0 || untold_ahead) && c_.narrative && c_.dct && *c_.narrative > *c_.dct &&
            c_.past_story_day && c_.past_story_day_age <= 1)
            clock_day = *c_.past_story_day;
        // The same ahead: a future clause goes to the last day ahead named a few sentences back,
        // when the story has gone back to days gone by since.
        constexpr int kAheadReach = 3;  // sentences
        if (!clock_day && s.weekday == kUnset && c_.tense > 0 && !c_.tense_leaned && c_.narrative && c_.dct && *c_.narrative <= *c_.dct &&
            c_.ahead_story_day && c_.ahead_story_day_age <= kAheadReach)
            clock_day = *c_.ahead_story_day;
        if (clock_day) {
            anchor = "narrative";
            Point p = day_point(*clock_day);
            apply_time(s, p);
            return p;
        }
        if (!c_.dct) {
            Point p = unknown(Grain::Day);
            apply_time(s, p);
            return p;
        }
        Date day = *c_.dct;
        if (s.weekday != kUnset) {
            // A past or coming week the sentence named holds its weekdays ("la semaine dernière,
            // ... avant de la perdre jeudi"), unless the tense looks the other way and the week
            // was not named right before. In this week
            // the tense chooses ("closed for two days this week, will stay shut on Monday"). Not the
            // day words were said: "17 new infections in the past week, the department said Friday".
            // A weekend named holds its Saturday and Sunday, this week's too ("ce week-end, avec des
            // orages samedi après-midi").
            // (A weekend gone by leaves it to the tense.)
            const bool weekend_day = c_.sentence_weekend && c_.sentence_week && s.weekday >= 6 && !c_.tense_said &&
                                     days_from_civil(*c_.sentence_week) >= days_from_civil(day) - iso_weekday(day) + 1;
            const long week_ahead = c_.sentence_week && !c_.sentence_weekend ?
                                        days_from_civil(*c_.sentence_week) - days_from_civil(day) + iso_weekday(day) - 1 : 0;
            if (weekend_day || (week_ahead && (direction * week_ahead >= 0 || c_.week_just_before) && !c_.tense_said)) {
                anchor = "narrative";
                day = add_days(*c_.sentence_week, s.weekday - 1);
            } else if (!direction && c_.weekday_tense <= 0 && c_.narrative && c_.narrative_day && c_.narrative_age <= 2 &&
                       c_.default_direction == 0 &&
                       ((c_.narrative_age == 0 && *c_.narrative > *c_.dct) ||
                        std::labs(days_from_civil(*c_.narrative) - days_from_civil(*c_.dct)) <= 3)) {
                // No tense, but a day just named near the publication, or ahead of it in this
                // sentence: the weekday of that stretch of the story ("الخميس 5 يونيو، وأول أيام
                // العيد يوم الجمعة"). A past day further back leaves the weekday to the news
                // ("Three days later, as of Friday's close" is this week's Friday), and so does a
                // present that announces ("تختتم ... مساء الجمعة": the coming one).
                anchor = "narrative";
                day = weekday_near(*c_.narrative, s.weekday, 0, false);
            } else {
                // A future verb in prose counts today ("will vote Monday" in a Monday paper); a
                // bare query ("Friday") means the next one.
                const int toward = direction ? direction : c_.weekday_tense;
                day = weekday_near(*c_.dct, s.weekday, toward, toward > 0 && c_.default_direction > 0);
            }
            if (s.plus_days != kUnset) day = add_days(day, s.plus_days);  // "Saturday week": a week after it
        }
        Point p = day_point(day);
        apply_time(s, p);
        // A bare hour without a.m./p.m. before the reference time is the next such hour (12-hour clock).
        if (c_.twelve_hour_clock && !s.clock24 && p.grain == Grain::Time && s.weekday == kUnset && s.ampm == 0 && !s.pod[0] &&
            s.hour != kUnset &&
            s.hour <= 12 && c_.dct_hour >= 0 && p.hour < c_.dct_hour && p.hour + 12 < 24)
            p.hour += 12;
        return p;
    }

    // Of candidate days (a holiday in consecutive years), the one the tense points to: the last
    // before the reference, the first after it, or the nearest.
    static Date pick(const std::vector<Date>& days, Date ref, int direction) {
        const long r = days_from_civil(ref);
        const Date* best = nullptr;
        long best_gap = 0;
        for (const Date& d : days) {
            const long gap = days_from_civil(d) - r;
            if ((direction < 0 && gap > 0) || (direction > 0 && gap < 0)) continue;
            if (!best || std::labs(gap) < best_gap) best = &d, best_gap = std::labs(gap);
        }
        if (best) return *best;
        for (const Date& d : days)  // none on the side asked for: the nearest
            if (!best || std::labs(days_from_civil(d) - r) < best_gap) best = &d, best_gap = std::labs(days_from_civil(d) - r);
        return *best;
    }

    // Easter and the feasts counted from it ("Good Friday", "Pentecost", "عيد الفصح").
    Point easter(const Spec& s, int year) {
        auto sunday = [&](int y) { return s.cal == 4 ? orthodox_easter_sunday(y) : easter_sunday(y); };
        if (year != kUnset) return day_point(add_days(sunday(year), s.easter));
        if (!c_.dct) return unknown(Grain::Day);
        std::vector<Date> days;
        for (int y = c_.dct->y - 1; y <= c_.dct->y + 1; ++y) days.push_back(add_days(sunday(y), s.easter));
        // "last Easter" says its own direction.
        const int direction = s.tense ? s.tense : c_.tense ? c_.tense : c_.default_direction;
        return day_point(pick(days, *c_.dct, direction));
    }

    // A Hindu feast ("Diwali 2019", "Holi", "Makar Sankranti"): its day in a Gregorian year, or
    // without one the occurrence the tense points to.
    Point hindu(const Spec& s, int year) {
        if (s.month == kUnset) return unknown(Grain::Day);
        auto day_in = [&](int y) -> std::optional<Date> {
            const int day = s.day == kUnset ? 1 : s.day;
            std::optional<Date> d = s.cal == 6 ? hindu_solar_day(y, s.month)
                                  : s.cal == 7 ? hindu_nakshatra_day(y, s.month, day)
                                  : s.cal == 8 ? parsi_day(y, s.month, day)
                                               : hindu_lunar_day(y, s.month, day, s.at_hour == kUnset ? 6 : s.at_hour);
            if (d && s.plus_days != kUnset) d = add_days(*d, s.plus_days);
            return d;
        };
        if (year != kUnset) {
            auto d = day_in(year);
            return d ? day_point(*d) : unknown(Grain::Day);
        }
        if (!c_.dct) return unknown(Grain::Day);
        std::vector<Date> days;
        for (int y = c_.dct->y - 1; y <= c_.dct->y + 1; ++y)
            if (auto d = day_in(y)) days.push_back(*d);
        if (days.empty()) return unknown(Grain::Day);
        const int direction = s.tense ? s.tense : c_.tense ? c_.tense : c_.default_direction;
        return day_point(pick(days, *c_.dct, direction));
    }

    // A day in the Hijri, Hebrew or Chinese calendar ("1 شوال 1444 هـ", "عيد الفطر 2013",
    // "Passover", "Chinese New Year"), as the Gregorian day it falls on.
    Point other_calendar(const Spec& s, int year) {
        const auto cal = static_cast<Calendar>(s.cal);
        // A month alone is the Gregorian month holding most of it; its start or its end is the day
        // it begins or its 29th ("مطلع رمضان", "نهاية جمادى الآخرة": a lunar month's last day is
        // the 29th or the 30th, told only by the moon).
        const std::string_view mod = s.mod;
        const bool edge = s.day == kUnset && (mod == "START" || mod == "END");
        const int day = s.day != kUnset ? s.day : mod == "START" ? 1 : mod == "END" ? 29 : 15;
        auto as_point = [&](const std::optional<Date>& g) {
            if (!g) return unknown(Grain::Day);
            if (s.day == kUnset && !edge && (s.weekday == kUnset || s.nth == kUnset)) return month_point(g->y, g->m);
            // A Hijri day begins at sunset: its night ("ليلة 27 رمضان") is the Gregorian evening before.
            const bool eve = cal == Calendar::Hijri && std::string_view(s.pod) == "NI" && s.hour == kUnset;
            Point p = day_point(eve ? add_days(*g, -1) : *g);
            apply_time(s, p);  // "17 رجب 1437 هـ عند الساعة الرابعة عصراً"
            return p;
        };
        const bool own_year = ((cal == Calendar::Hijri || cal == Calendar::Persian) && year <= 1600) ||
                              (cal == Calendar::Hebrew && year > 5000) || (cal == Calendar::Chinese && year > 4000);
        if (s.month == kUnset) {
            // A year alone: the Gregorian year holding most of it, the one of its seventh month
            // ("عام 1433هـ" is 2012).
            if (year == kUnset) return unknown(Grain::Year);
            if (!own_year) return year_point(year);
            const auto g = to_gregorian(cal, year, 7, 1);
            return g ? year_point(g->y) : unknown(Grain::Year);
        }
        if (year != kUnset && own_year) return as_point(to_gregorian(cal, year, s.month, day));
        // Around a Gregorian year (given, or the DCT's): the calendar years that touch it.
        const int around = year != kUnset ? year : c_.dct ? c_.dct->y : kUnset;
        if (around == kUnset) return unknown(Grain::Day);
        auto mid = from_gregorian(cal, {around, 6, 30});
        if (!mid) return unknown(Grain::Day);
        // "the last Friday of Ramadan" (Jumu'atul-Wida): a weekday counted in the month.
        auto in_month = [&](int h) -> std::optional<Date> {
            if (s.weekday == kUnset || s.nth == kUnset) return to_gregorian(cal, h, s.month, day);
            auto first = to_gregorian(cal, h, s.month, 1), next = to_gregorian(cal, h, s.month + 1, 1);
            if (!next) next = to_gregorian(cal, h + 1, 1, 1);
            if (!first || !next) return std::nullopt;
            if (s.nth < 0) {
                const Date last = add_days(*next, -1);
                return add_days(last, -((iso_weekday(last) - s.weekday + 7) % 7) - 7L * (-s.nth - 1));
            }
            return add_days(*first, (s.weekday - iso_weekday(*first) + 7) % 7 + 7L * (s.nth - 1));
        };
        const bool counted = s.weekday != kUnset && s.nth != kUnset;
        std::vector<Date> days;
        // A lunar year is 11 days short: the last occurrence before an early-year publication
        // date, or the next after a late-year one, can be two calendar years from mid-year's.
        for (int h = mid->y - 2; h <= mid->y + 2; ++h)
            if (auto g = in_month(h); g && (year == kUnset || g->y == year)) days.push_back(*g);
        if (days.empty()) return unknown(Grain::Day);
        const int direction = s.tense ? s.tense : c_.tense ? c_.tense : c_.default_direction;
        Date chosen = year != kUnset ? days.front() : pick(days, *c_.dct, direction);
        // A month the publication falls in is that one, whatever the tense ("Ramadan began this
        // month", "Ramadan ends this weekend", written during it).
        if (year == kUnset && s.day == kUnset && !counted) {
            for (int h = mid->y - 1; h <= mid->y + 1; ++h) {
                const auto first = to_gregorian(cal, h, s.month, 1);
                auto next = to_gregorian(cal, h, s.month + 1, 1);
                if (!next) next = to_gregorian(cal, h + 1, 1, 1);
                if (first && next && *first <= *c_.dct && *c_.dct < *next) {
                    if (auto g = to_gregorian(cal, h, s.month, day)) chosen = *g;
                }
            }
        }
        return s.day == kUnset && !counted && !edge ? month_point(chosen.y, chosen.m) : as_point(chosen);
    }

    const Context& c_;
};

}  // namespace

Resolved resolve(const Spec& s, const Context& c) {
    Resolved r;
    r.mod = s.mod;
    // "between now and Feb. 10", "from now to Election Day": the end says when.
    if (s.ref[0] && s.has_end) {
        Spec end;
        static_cast<SpecFields&>(end) = s.end;
        if (!end.ref[0]) return resolve(end, c);
    }
    // "now" asked alone is the reference time itself.
    if (std::string_view(s.ref) == "PRESENT_REF" && c.default_direction > 0 && c.dct && c.dct_hour >= 0) {
        r.type = "TIME";
        r.value = format_day(*c.dct) + "T" + two(c.dct_hour) + ":" + two(std::max(c.dct_minute, 0));
        r.anchor = "dct";
        r.dated = r.day = true;
        r.first_day = c.dct;
        r.when.value = r.value;
        r.when.granularity = "time";
        r.when.start = r.when.end = format_day(*c.dct);
        return r;
    }
    if (s.ref[0]) {
        r.type = "DATE";
        r.value = s.ref;
        r.anchor = "dct";
        return r;
    }
    if (s.set && !(s.weekday != kUnset && s.dir != Direction::None && s.count > 0)) {
        r.type = "SET";
        r.anchor = "absolute";
        if (s.weekday != kUnset)  // "on Friday evenings": XXXX-WXX-5TEV
            r.value = "XXXX-WXX-" + std::to_string(s.weekday) + (s.pod[0] ? "T" + std::string(s.pod) : std::string());
        else if (s.month != kUnset) r.value = "XXXX-" + two(s.month);  // "each July"
        else if (s.pod[0]) r.value = "XXXX-XX-XXT" + std::string(s.pod);
        else if (s.season[0]) r.value = "XXXX-" + std::string(s.season);  // "every winter"
        else r.value = duration_value(s.count == kUnset ? 1 : s.count, s.unit == Unit::None ? Unit::Day : s.unit);
        return r;
    }
    // "in N units" in a past clause counts a stretch, not a date ahead: "his second letter in two
    // weeks was published", "the smallest gain in a year". Counted from now ("a year from now",
    // anchor=dct) it never does.
    const bool within = s.dir == Direction::Within && s.anchor != Anchor::Dct && c.tense <= 0 && c.default_direction == 0 &&
                        s.count != kUnset;
    if (s.unit != Unit::None && (s.dir == Direction::None || within) && s.shift == kUnset && !has_calendar_fields(s)) {
        r.type = "DURATION";
        r.anchor = "absolute";
        r.value = duration_value(s.count == kUnset ? 1 : s.count, s.unit, s.and_half);
        return r;
    }

    Resolver resolver(c);
    // "between April and October 2019": the first end takes the year the second one says.
    Spec start = s;
    if (s.has_end && s.year == kUnset && s.end.year != kUnset && s.month != kUnset) {
        start.year = s.end.year;
        start.two_digit_year = s.end.two_digit_year;
        if (s.end.month != kUnset && s.month > s.end.month) --start.year;
    }
    // The day written after the second hour is the first's too: "between 1 p.m. and 3 p.m. on
    // Saturday".
    if (s.has_end && start.clock_only() && s.end.hour != kUnset && (s.end.weekday != kUnset || s.end.day != kUnset || s.end.shift != kUnset)) {
        start.weekday = s.end.weekday, start.day = s.end.day, start.month = s.end.month, start.year = s.end.year;
        start.shift = s.end.shift, start.unit = s.end.unit;
    }
    // The part of the day or the "p.m." written after the second hour is the first's too ("من
    // الخامسة إلى السادسة مساء", "6 to 8 p.m."), unless it would put the first after the second
    // ("من العاشرة حتى الثانية عشرة ظهرا", "9 to 5 p.m." start in the morning).
    if (s.has_end && start.hour != kUnset && !start.pod[0] && !start.ampm && (s.end.pod[0] || s.end.ampm) && s.end.hour != kUnset) {
        auto on_clock = [&](int h) {
            const char* pod = s.end.pod;
            const bool pm = s.end.ampm > 0 || (!s.end.ampm && (pod[0] == 'A' || pod[0] == 'E' || (pod[0] == 'N' && h >= 6)));
            return pm && h < 12 ? h + 12 : h;
        };
        if (on_clock(start.hour) <= on_clock(s.end.hour)) {
            std::copy_n(s.end.pod, sizeof start.pod, start.pod);
            start.ampm = s.end.ampm;
        }
    }
    Point p = resolver.point(start, r.anchor);
    // The nth day of a feast that lasts days (named by a lunar calendar, or by Easter): "اليوم الثالث
    // من عيد الفطر", "ثالث أيام عيد الفطر". (Not of a day named by its number: "جلسة ثانية يوم 5
    // دجنبر" is a second session on December 5.)
    const bool feast = start.cal != 0 || start.easter != kUnset;
    if (feast && start.nth > 1 && (start.nth_of == Unit::Day || start.unit == Unit::Day) && start.day != kUnset && p.known && p.grain == Grain::Day) {
        const Date d = add_days({p.y, p.m, p.d}, start.nth - 1);
        p.y = d.y, p.m = d.m, p.d = d.d;
    }
    // A range's second end borrows what it does not say from the first ("3 to 6 May").
    Spec end;
    if (s.has_end) {
        static_cast<SpecFields&>(end) = s.end;
        SpecFields head = start;
        head.mod[0] = 0;
        end.SpecFields::merge(head);
    }
    std::string end_anchor;
    Point q = s.has_end ? resolver.point(end, end_anchor) : Point{};
    Date first, last, end_first, end_last;
    // The two ends of a range in order: a first end without a year that falls after a second end
    // that says its own ("من 1 يوليو حتى 2 سبتمبر المقبل" in an August paper) is the year before
    // it; else a second end without a year follows the first ("from Dec. 20 to Jan. 5").
    // A first end with its month alone takes the year a second end counts to ("from July to December
    // next year"), when it falls in that year before the second.
    if (s.has_end && start.year == kUnset && start.month != kUnset && start.day == kUnset && s.end.shift != kUnset && s.end.unit == Unit::Year &&
        span_of(p, first, last) && span_of(q, end_first, end_last) && first.y != end_first.y && start.month <= end_first.m) {
        Spec same_year = start;
        same_year.year = end_first.y;
        p = resolver.point(same_year, r.anchor);
    }
    if (s.has_end && span_of(p, first, last) && span_of(q, end_first, end_last) && first > end_last) {
        const bool end_says_year = s.end.year != kUnset || s.end.shift != kUnset;
        if (end_says_year && start.year == kUnset && start.month != kUnset) {
            Spec earlier = start;
            earlier.year = end_first.y - (Date{end_first.y, first.m, first.d} > end_last ? 1 : 0);
            p = resolver.point(earlier, r.anchor);
        } else if (!end_says_year && end.month != kUnset && s.end.year == kUnset) {
            end.year = first.y + (Date{first.y, end.month, 1} < Date{first.y, first.m, 1} ? 1 : 0);
            q = resolver.point(end, end_anchor);
        }
    }
    auto to_next_day = [](Point& at) {
        const Date next = add_days({at.y, at.m, at.d}, 1);
        at.y = next.y, at.m = next.m, at.d = next.d;
    };
    // Midnight as a deadline ends its day, which is the next one's 00:00 ("jusqu'au vendredi 17
    // novembre à minuit", "until midnight"), as does a bare "at midnight" (the next one) and one
    // with no day named in a future clause ("ستنخفض الحرارة قرابة منتصف الليل"); else it opens the
    // day ("the fire broke out at midnight", "la campagne s'ouvrira le 9 janvier à minuit").
    const bool day_named = start.day != kUnset || start.weekday != kUnset || start.shift != kUnset || start.month != kUnset;
    const bool ahead = c.deadline || c.default_direction > 0 || (c.tense > 0 && !day_named);
    // The small hours of a night named by its day are the next day's: "dans la nuit de mardi à
    // mercredi vers 3 heures", "Saturday night at 1 a.m.", "tonight at 3 a.m.", and so is its
    // midnight ("from midnight last night", "midnight tonight"); but told in the past, the night
    // of the publication day is the one just ended ("cette nuit à 2 heures").
    constexpr int kSmallHoursEnd = 6;
    const bool past_tonight = c.tense < 0 && c.dct && p.known && Date{p.y, p.m, p.d} >= *c.dct;
    const bool night_named = std::string_view(start.pod) == "NI" && day_named && start.hour != kUnset && !past_tonight;
    if (p.grain == Grain::Time && p.known && start.hour == kMidnight && (start.minute == kUnset || start.minute == 0) && (ahead || night_named))
        to_next_day(p);
    else if (p.grain == Grain::Time && p.known && night_named && start.hour != kMidnight && p.hour < kSmallHoursEnd)
        to_next_day(p);
    r.impossible = p.impossible;
    r.type = p.grain == Grain::Time ? "TIME" : "DATE";
    r.value = format_value(p);
    r.dated = true;
    // The narrative time moves with every day, week or month the text names, and with a year or
    // season that says its year ("last week ... the week before"; "the record fell in February.
    // Named on May 16, ..." is this year's May, not that of a story day further back).
    r.day = p.grain == Grain::Day || p.grain == Grain::Time;
    if (p.grain == Grain::Time && p.hour >= 0) r.hour = p.hour, r.minute = p.minute;
    // So does a year the story went on to ("Ten years later she became its chief, and that year
    // profits doubled"); not one counted back, often a yardstick ("up from $100 million a year earlier").
    const bool counted_year = p.grain == Grain::Year && r.anchor == "narrative" && s.count != kUnset && s.count > 0 && s.dir == Direction::Later;
    // And a year named from now, other than this one, opening its sentence ("L'an dernier, on nous
    // promettait ... Un an plus tard"; not a yardstick: "contre 95,7 % l'an dernier").
    const bool deictic_year = p.grain == Grain::Year && r.anchor == "dct" && s.unit == Unit::Year && s.shift != kUnset && s.shift != 0 &&
                              s.dir == Direction::None && c.opens_sentence;
    r.specific = p.known && (r.day || p.grain == Grain::Week || p.grain == Grain::Weekend || p.grain == Grain::Month || counted_year || deictic_year ||
                             (s.year != kUnset && p.grain != Grain::Decade && p.grain != Grain::Century));
    const bool vague_offset = s.count < 0 && s.count != kUnset && (s.dir == Direction::Later || s.dir == Direction::Earlier);
    if (vague_offset && r.anchor == "narrative") {
        r.mod = s.dir == Direction::Later ? "AFTER" : "BEFORE";
        r.specific = false;  // the story stays where it was
    }
    // A flashback counted back from the story's day leaves the story where it was: "was seized on
    // July 6. ... had moved its staff out a week earlier ... Three days later" is July 9.
    if (s.dir == Direction::Earlier && r.anchor == "narrative" && c.tense < 0) r.specific = false;
    // A point counted with "more than" or "less than" lies before or after the one counted to:
    // "more than five years ago" is BEFORE 2020, "in less than a week" BEFORE next week.
    const std::string_view mod = s.mod;
    if ((mod == "MORE_THAN" || mod == "LESS_THAN") && s.dir != Direction::None && s.unit != Unit::None) {
        const bool back = s.dir == Direction::Ago || s.dir == Direction::Earlier;
        r.mod = (mod == "MORE_THAN") == back ? "BEFORE" : "AFTER";
    }
    r.when.value = r.value;
    r.when.granularity = grain_name(p.grain);
    r.when.mod = r.mod;
    r.when.approximate = std::string_view(s.mod) == "APPROX";
    if (span_of(p, first, last)) {
        r.first_day = first;
        r.when.start = format_day(first);
        r.when.end = format_day(last);
    }
    if (s.has_end && span_of(q, end_first, end_last) && r.first_day && end_last >= first) {
        r.when.end = format_day(end_last);
        r.last_day = end_last;
    }
    return r;
}

}  // namespace tarikh
