// datetime.c: the calendar and clock core behind Date and DateTime (LANGUAGE.md §15.13).
// Days are numbered from 0001-01-01 (day 1) and instants counted in microseconds from its
// midnight ("ticks"); text follows Python's datetime in the C locale on Linux. The decisions
// where LANGUAGE.md is silent are in docs/internals/datetime.md.
#include "datetime.h"

#include <math.h>
#include <string.h>
#include <time.h>

#define MICROS_PER_SECOND INT64_C(1000000)
#define MICROS_PER_DAY INT64_C(86400000000)
#define SECONDS_PER_DAY INT64_C(86400)
#define MAX_ORDINAL INT64_C(3652059)
#define EPOCH_ORDINAL INT64_C(719163)
// A field strptime has not read.
#define NONE INT64_MIN

static const char *const weekday_names[7] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

static const char *const month_names[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
};

static const char *const am_pm_names[2] = {"AM", "PM"};

// Days of each month in a common year, and days of a common year before each month.
static const int32_t month_lengths[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
static const int32_t days_before_months[13] = {0,   0,   31,  59,  90,  120, 151,
                                               181, 212, 243, 273, 304, 334};

// Microseconds in one unit of `ClDateUnit`.
static const int64_t unit_micros[4] = {MICROS_PER_DAY, INT64_C(3600000000), INT64_C(60000000),
                                       MICROS_PER_SECOND};

// ---------------------------------------------------------------------------------------------
// Statuses

// The message of a status, from the table in datetime.h.
const char *cl_datetime_status_text(ClDateStatus status)
{
    static const char *const texts[] = {
#define CL_DATE_STATUS_TEXT(name, overflow, text) text,
        CL_DATE_STATUSES(CL_DATE_STATUS_TEXT)
#undef CL_DATE_STATUS_TEXT
    };
    return (unsigned)status < CL_DATE_STATUS_COUNT ? texts[status] : "unknown date status";
}

// The error kind of a status, from the table in datetime.h.
ClErrorKind cl_datetime_error_kind(ClDateStatus status)
{
    static const bool overflows[] = {
#define CL_DATE_STATUS_OVERFLOW(name, overflow, text) overflow,
        CL_DATE_STATUSES(CL_DATE_STATUS_OVERFLOW)
#undef CL_DATE_STATUS_OVERFLOW
    };
    bool overflow = (unsigned)status < CL_DATE_STATUS_COUNT && overflows[status];
    return overflow ? CL_ERR_OVERFLOW_ERROR : CL_ERR_VALUE_ERROR;
}

// ---------------------------------------------------------------------------------------------
// The calendar

// The quotient a / b rounded down, for b > 0.
static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t quotient = a / b;
    return (a % b != 0 && a < 0) ? quotient - 1 : quotient;
}

// The remainder of `floor_div`: 0 .. b - 1.
static int64_t floor_mod(int64_t a, int64_t b)
{
    return a - floor_div(a, b) * b;
}

// Leap years: every fourth, except centuries not divisible by 400.
bool cl_datetime_is_leap_year(int64_t year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// The length of a month, 0 for a month that does not exist.
int32_t cl_datetime_days_in_month(int64_t year, int64_t month)
{
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && cl_datetime_is_leap_year(year) ? 29 : month_lengths[month];
}

// Days from 0001-01-01 to the first of January of `year` (negative before year 1).
static int64_t days_before_year(int64_t year)
{
    int64_t y = year - 1;
    return y * 365 + floor_div(y, 4) - floor_div(y, 100) + floor_div(y, 400);
}

// Days of `year` before the first of `month` (1..12).
static int64_t days_before_month(int64_t year, int64_t month)
{
    return days_before_months[month] + (month > 2 && cl_datetime_is_leap_year(year));
}

// The day number of year-month-day, 1 for 0001-01-01; any year, month 1..12.
static int64_t ordinal_of(int64_t year, int64_t month, int64_t day)
{
    return days_before_year(year) + days_before_month(year, month) + day;
}

// The year, month and day of day number `ordinal` (any value).
static void civil_of(int64_t ordinal, int64_t *year, int32_t *month, int32_t *day)
{
    // 400 Gregorian years are 146097 days; the estimate is at most a year off either way.
    int64_t y = floor_div((ordinal - 1) * 400, 146097) + 1;
    while (days_before_year(y) >= ordinal)
        y--;
    while (days_before_year(y + 1) < ordinal)
        y++;
    int64_t day_of_year = ordinal - days_before_year(y);
    int32_t m = 12;
    while (days_before_month(y, m) >= day_of_year)
        m--;
    *year = y;
    *month = m;
    *day = (int32_t)(day_of_year - days_before_month(y, m));
}

// The day number of a value's day.
static int64_t ordinal_of_value(const ClDateTime *dt)
{
    return ordinal_of(dt->year, dt->month, dt->day);
}

// Checks a date in the order Python's date() does: year, month, day.
static ClDateStatus check_date(int64_t year, int64_t month, int64_t day)
{
    if (year < 1 || year > 9999)
        return CL_DATE_BAD_YEAR;
    if (month < 1 || month > 12)
        return CL_DATE_BAD_MONTH;
    if (day < 1 || day > cl_datetime_days_in_month(year, month))
        return CL_DATE_BAD_DAY;
    return CL_DATE_OK;
}

// Checks a time of day: hour, minute, second, microsecond.
static ClDateStatus check_time(int64_t hour, int64_t minute, int64_t second, int64_t microsecond)
{
    if (hour < 0 || hour > 23)
        return CL_DATE_BAD_HOUR;
    if (minute < 0 || minute > 59)
        return CL_DATE_BAD_MINUTE;
    if (second < 0 || second > 59)
        return CL_DATE_BAD_SECOND;
    if (microsecond < 0 || microsecond > 999999)
        return CL_DATE_BAD_MICROSECOND;
    return CL_DATE_OK;
}

// Fills a Date after `check_date`.
ClDateStatus cl_datetime_make_date(int64_t year, int64_t month, int64_t day, ClDateTime *out)
{
    ClDateStatus status = check_date(year, month, day);
    if (status != CL_DATE_OK)
        return status;
    *out = (ClDateTime){.year = (int32_t)year, .month = (int32_t)month, .day = (int32_t)day,
                        .is_date = true};
    return CL_DATE_OK;
}

// Fills a DateTime after `check_date` and `check_time`.
ClDateStatus cl_datetime_make(int64_t year, int64_t month, int64_t day, int64_t hour,
                              int64_t minute, int64_t second, int64_t microsecond,
                              ClDateTime *out)
{
    ClDateStatus status = check_date(year, month, day);
    if (status == CL_DATE_OK)
        status = check_time(hour, minute, second, microsecond);
    if (status != CL_DATE_OK)
        return status;
    *out = (ClDateTime){.year = (int32_t)year,        .month = (int32_t)month,
                        .day = (int32_t)day,          .hour = (int32_t)hour,
                        .minute = (int32_t)minute,    .second = (int32_t)second,
                        .microsecond = (int32_t)microsecond};
    return CL_DATE_OK;
}

// The same day as a Date.
ClDateTime cl_datetime_date_part(const ClDateTime *dt)
{
    return (ClDateTime){.year = dt->year, .month = dt->month, .day = dt->day, .is_date = true};
}

// Microseconds since 0001-01-01T00:00:00.
int64_t cl_datetime_to_ticks(const ClDateTime *dt)
{
    int64_t seconds = (int64_t)dt->hour * 3600 + (int64_t)dt->minute * 60 + dt->second;
    return (ordinal_of_value(dt) - 1) * MICROS_PER_DAY + seconds * MICROS_PER_SECOND +
           dt->microsecond;
}

// The value of a tick count, or of its day.
ClDateStatus cl_datetime_from_ticks(int64_t ticks, bool is_date, ClDateTime *out)
{
    if (ticks < 0 || ticks > CL_DATETIME_MAX_TICKS)
        return CL_DATE_OUT_OF_RANGE;
    int64_t year;
    int32_t month, day;
    civil_of(ticks / MICROS_PER_DAY + 1, &year, &month, &day);
    int64_t micros = is_date ? 0 : ticks % MICROS_PER_DAY;
    int64_t seconds = micros / MICROS_PER_SECOND;
    *out = (ClDateTime){.year = (int32_t)year,
                        .month = month,
                        .day = day,
                        .hour = (int32_t)(seconds / 3600),
                        .minute = (int32_t)(seconds / 60 % 60),
                        .second = (int32_t)(seconds % 60),
                        .microsecond = (int32_t)(micros % MICROS_PER_SECOND),
                        .is_date = is_date};
    return CL_DATE_OK;
}

// The day number of `dt`.
int32_t cl_datetime_ordinal(const ClDateTime *dt)
{
    return (int32_t)ordinal_of_value(dt);
}

// 0001-01-01 was a Monday.
int32_t cl_datetime_weekday(const ClDateTime *dt)
{
    return (int32_t)((ordinal_of_value(dt) + 6) % 7);
}

// Days of the year up to and including `dt`'s.
int32_t cl_datetime_day_of_year(const ClDateTime *dt)
{
    return (int32_t)(days_before_month(dt->year, dt->month) + dt->day);
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

// A span longer than the whole calendar: any amount beyond it overflows.
#define MAX_SPAN (CL_DATETIME_MAX_TICKS + 1)

// Adds whole units: exact integer arithmetic.
ClDateStatus cl_datetime_add(const ClDateTime *dt, int64_t count, ClDateUnit unit,
                             ClDateTime *out)
{
    int64_t factor = unit_micros[unit];
    if (count > MAX_SPAN / factor || count < -(MAX_SPAN / factor))
        return CL_DATE_OUT_OF_RANGE;
    bool is_date = dt->is_date && unit == CL_UNIT_DAYS;
    return cl_datetime_from_ticks(cl_datetime_to_ticks(dt) + count * factor, is_date, out);
}

// The microseconds of `count` units of `factor` microseconds, as Python's timedelta computes
// them: the whole part of `count` exactly, the fraction times `factor` in floating point, its
// whole part exactly, and what is left rounded half to even on the parity of the total.
static ClDateStatus span_of(double count, int64_t factor, int64_t *span)
{
    if (isnan(count))
        return CL_DATE_NOT_A_NUMBER;
    double whole;
    double fraction = modf(count, &whole);
    if (fabs(whole) > (double)(MAX_SPAN / factor))
        return CL_DATE_OUT_OF_RANGE;
    double scaled_whole;
    double left = modf(fraction * (double)factor, &scaled_whole);
    int64_t total = (int64_t)whole * factor + (int64_t)scaled_whole;
    double rounded = round(left);
    if (fabs(rounded - left) == 0.5)
        rounded = total % 2 == 0 ? 0.0 : copysign(1.0, left);
    *span = total + (int64_t)rounded;
    return CL_DATE_OK;
}

// Adds a float amount of units; the result is always a DateTime.
ClDateStatus cl_datetime_add_float(const ClDateTime *dt, double count, ClDateUnit unit,
                                   ClDateTime *out)
{
    int64_t span;
    ClDateStatus status = span_of(count, unit_micros[unit], &span);
    if (status != CL_DATE_OK)
        return status;
    return cl_datetime_from_ticks(cl_datetime_to_ticks(dt) + span, false, out);
}

// Orders by ticks, so a Date sits at its midnight.
int cl_datetime_compare(const ClDateTime *a, const ClDateTime *b)
{
    int64_t ta = cl_datetime_to_ticks(a), tb = cl_datetime_to_ticks(b);
    return (ta > tb) - (ta < tb);
}

// The number of significant bits of `x`.
static int bit_length(uint64_t x)
{
    int bits = 0;
    while (x != 0) {
        bits++;
        x >>= 1;
    }
    return bits;
}

// The double nearest to micros / 10^6, as Python's exact integer division rounds it. Below
// 2^53 both operands are exact and one IEEE division rounds correctly. Above, 10^6 is
// 2^6 * 15625: the quotient by 15625 is rounded to 53 bits by hand (never a tie, 15625 being
// odd) and the scaling by 2^-6 is exact.
static double seconds_of_micros(int64_t micros)
{
    uint64_t magnitude = micros < 0 ? 0 - (uint64_t)micros : (uint64_t)micros;
    double result;
    if (magnitude <= (UINT64_C(1) << 53)) {
        result = (double)magnitude / 1e6;
    } else {
        uint64_t quotient = magnitude / 15625, remainder = magnitude % 15625;
        int shift = 53 - bit_length(quotient);
        uint64_t scaled = (quotient << shift) + (remainder << shift) / 15625;
        if (2 * ((remainder << shift) % 15625) > 15625)
            scaled++;
        result = ldexp((double)scaled, -shift - 6);
    }
    return micros < 0 ? -result : result;
}

// a - b in seconds.
double cl_datetime_diff_seconds(const ClDateTime *a, const ClDateTime *b)
{
    return seconds_of_micros(cl_datetime_to_ticks(a) - cl_datetime_to_ticks(b));
}

// a - b in days, rounded down.
int64_t cl_datetime_diff_days(const ClDateTime *a, const ClDateTime *b)
{
    return floor_div(cl_datetime_to_ticks(a) - cl_datetime_to_ticks(b), MICROS_PER_DAY);
}

// ---------------------------------------------------------------------------------------------
// Writing text

// A bounded output, filled as snprintf fills: `length` counts every byte written, including
// those that did not fit; the last byte of `capacity` is kept for the NUL.
typedef struct Output {
    char *data;
    size_t capacity;
    size_t length;
} Output;

// Appends one byte.
static void put_char(Output *out, char c)
{
    if (out->length + 1 < out->capacity)
        out->data[out->length] = c;
    out->length++;
}

// Appends `length` bytes of `text`.
static void put_text(Output *out, const char *text, size_t length)
{
    for (size_t i = 0; i < length; i++)
        put_char(out, text[i]);
}

// Appends `value` (not negative) in decimal, padded on the left with `pad` to `width`.
static void put_number(Output *out, int64_t value, int width, char pad)
{
    char digits[20];
    int count = 0;
    do {
        digits[count++] = (char)('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = count; i < width; i++)
        put_char(out, pad);
    while (count > 0)
        put_char(out, digits[--count]);
}

// Ends the text with a NUL, cutting it if it did not fit.
static void finish(Output *out)
{
    if (out->capacity > 0)
        out->data[out->length < out->capacity ? out->length : out->capacity - 1] = '\0';
}

// YYYY-MM-DD, then THH:MM:SS and .ffffff for a DateTime.
size_t cl_datetime_iso_format(const ClDateTime *dt, char *out)
{
    Output text = {out, CL_DATETIME_ISO_SIZE, 0};
    put_number(&text, dt->year, 4, '0');
    put_char(&text, '-');
    put_number(&text, dt->month, 2, '0');
    put_char(&text, '-');
    put_number(&text, dt->day, 2, '0');
    if (!dt->is_date) {
        put_char(&text, 'T');
        put_number(&text, dt->hour, 2, '0');
        put_char(&text, ':');
        put_number(&text, dt->minute, 2, '0');
        put_char(&text, ':');
        put_number(&text, dt->second, 2, '0');
        if (dt->microsecond != 0) {
            put_char(&text, '.');
            put_number(&text, dt->microsecond, 6, '0');
        }
    }
    finish(&text);
    return text.length;
}

// What the strftime directives need beyond the fields, computed once per call.
typedef struct Calendar {
    int32_t weekday;     // 0 for Monday
    int32_t day_of_year; // 1 .. 366
    int64_t iso_year;    // the year of the ISO week
    int32_t iso_week;    // 1 .. 53
} Calendar;

// Computes the `Calendar` of `dt`. An ISO week belongs to the year of its Thursday, and week 1
// is the one holding that year's first Thursday; that Thursday is at most 3 days away, so its
// year is `dt`'s or a neighbour.
static Calendar calendar_of(const ClDateTime *dt)
{
    Calendar c = {.weekday = cl_datetime_weekday(dt), .day_of_year = cl_datetime_day_of_year(dt)};
    int64_t thursday = c.day_of_year + 3 - c.weekday; // its day of `dt`'s year
    int64_t year_length = cl_datetime_is_leap_year(dt->year) ? 366 : 365;
    c.iso_year = dt->year;
    if (thursday < 1) {
        c.iso_year--;
        thursday += cl_datetime_is_leap_year(c.iso_year) ? 366 : 365;
    } else if (thursday > year_length) {
        c.iso_year++;
        thursday -= year_length;
    }
    c.iso_week = (int32_t)((thursday - 1) / 7 + 1);
    return c;
}

static void format_text(Output *out, const ClDateTime *dt, const Calendar *c, const char *format,
                        size_t length);

// Writes a built-in format such as %c's, which is NUL-terminated.
static void format_sub(Output *out, const ClDateTime *dt, const Calendar *c, const char *format)
{
    format_text(out, dt, c, format, SIZE_MAX);
}

// Writes one directive as glibc's strftime does in the C locale (Python hands it everything
// but %f, %z and %Z). Years (%Y, %G, %C) are not padded; unknown directives are kept.
static void format_directive(Output *out, const ClDateTime *dt, const Calendar *c, char directive)
{
    int32_t hour12 = dt->hour % 12 == 0 ? 12 : dt->hour % 12;
    int32_t week_start = c->day_of_year - 1 + 7;
    switch (directive) {
    case 'a': put_text(out, weekday_names[c->weekday], 3); break;
    case 'A': put_text(out, weekday_names[c->weekday], strlen(weekday_names[c->weekday])); break;
    case 'b':
    case 'h': put_text(out, month_names[dt->month - 1], 3); break;
    case 'B': put_text(out, month_names[dt->month - 1], strlen(month_names[dt->month - 1])); break;
    case 'c': format_sub(out, dt, c, "%a %b %e %H:%M:%S %Y"); break;
    case 'C': put_number(out, dt->year / 100, 1, '0'); break;
    case 'd': put_number(out, dt->day, 2, '0'); break;
    case 'D':
    case 'x': format_sub(out, dt, c, "%m/%d/%y"); break;
    case 'e': put_number(out, dt->day, 2, ' '); break;
    case 'f': put_number(out, dt->microsecond, 6, '0'); break;
    case 'F': format_sub(out, dt, c, "%Y-%m-%d"); break;
    case 'g': put_number(out, c->iso_year % 100, 2, '0'); break;
    case 'G': put_number(out, c->iso_year, 1, '0'); break;
    case 'H': put_number(out, dt->hour, 2, '0'); break;
    case 'I': put_number(out, hour12, 2, '0'); break;
    case 'j': put_number(out, c->day_of_year, 3, '0'); break;
    case 'k': put_number(out, dt->hour, 2, ' '); break;
    case 'l': put_number(out, hour12, 2, ' '); break;
    case 'm': put_number(out, dt->month, 2, '0'); break;
    case 'M': put_number(out, dt->minute, 2, '0'); break;
    case 'n': put_char(out, '\n'); break;
    case 'p': put_text(out, dt->hour < 12 ? "AM" : "PM", 2); break;
    case 'P': put_text(out, dt->hour < 12 ? "am" : "pm", 2); break;
    case 'r': format_sub(out, dt, c, "%I:%M:%S %p"); break;
    case 'R': format_sub(out, dt, c, "%H:%M"); break;
    case 'S': put_number(out, dt->second, 2, '0'); break;
    case 't': put_char(out, '\t'); break;
    case 'T':
    case 'X': format_sub(out, dt, c, "%H:%M:%S"); break;
    case 'u': put_number(out, c->weekday + 1, 1, '0'); break;
    case 'U': put_number(out, (week_start - (c->weekday + 1) % 7) / 7, 2, '0'); break;
    case 'V': put_number(out, c->iso_week, 2, '0'); break;
    case 'w': put_number(out, (c->weekday + 1) % 7, 1, '0'); break;
    case 'W': put_number(out, (week_start - c->weekday) / 7, 2, '0'); break;
    case 'y': put_number(out, dt->year % 100, 2, '0'); break;
    case 'Y': put_number(out, dt->year, 1, '0'); break;
    case 'z':
    case 'Z': break;
    case '%': put_char(out, '%'); break;
    default:
        put_char(out, '%');
        put_char(out, directive);
        break;
    }
}

// Writes `format` (up to `length` bytes or a NUL) with its directives replaced.
static void format_text(Output *out, const ClDateTime *dt, const Calendar *c, const char *format,
                        size_t length)
{
    for (size_t i = 0; i < length && format[i] != '\0'; i++) {
        if (format[i] != '%')
            put_char(out, format[i]);
        else if (i + 1 == length || format[i + 1] == '\0')
            put_char(out, '%');
        else
            format_directive(out, dt, c, format[++i]);
    }
}

// strftime into a bounded buffer.
size_t cl_datetime_format(const ClDateTime *dt, const char *format, size_t format_length,
                          char *out, size_t capacity)
{
    Output text = {out, capacity, 0};
    Calendar c = calendar_of(dt);
    format_text(&text, dt, &c, format, format_length);
    finish(&text);
    return text.length;
}

// ---------------------------------------------------------------------------------------------
// Reading ISO text

// Reads `count` ASCII digits at `text` into *value; false if one is not a digit.
static bool read_digits(const char *text, size_t count, int64_t *value)
{
    *value = 0;
    for (size_t i = 0; i < count; i++) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        *value = *value * 10 + (text[i] - '0');
    }
    return true;
}

// iso-time := ("T" | " ") HH ":" MM [":" SS ["." DIGIT{1,6}]]
// Fills hour, minute, second and microsecond; false for any other shape.
static bool read_iso_time(const char *text, size_t length, int64_t fields[4])
{
    if (length < 6 || (text[0] != 'T' && text[0] != ' ') || text[3] != ':')
        return false;
    if (!read_digits(text + 1, 2, &fields[0]) || !read_digits(text + 4, 2, &fields[1]))
        return false;
    if (length == 6)
        return true;
    if (length < 9 || text[6] != ':' || !read_digits(text + 7, 2, &fields[2]))
        return false;
    if (length == 9)
        return true;
    size_t digits = length - 10;
    if (text[9] != '.' || digits < 1 || digits > 6 || !read_digits(text + 10, digits, &fields[3]))
        return false;
    for (size_t i = digits; i < 6; i++)
        fields[3] *= 10;
    return true;
}

// iso := DIGIT{4} "-" DIGIT{2} "-" DIGIT{2} [iso-time]
ClDateStatus cl_datetime_parse_iso(const char *text, size_t length, ClDateTime *out)
{
    int64_t year, month, day, time[4] = {0, 0, 0, 0};
    if (length < 10 || text[4] != '-' || text[7] != '-' || !read_digits(text, 4, &year) ||
        !read_digits(text + 5, 2, &month) || !read_digits(text + 8, 2, &day))
        return CL_DATE_BAD_ISO_TEXT;
    if (length > 10 && !read_iso_time(text + 10, length - 10, time))
        return CL_DATE_BAD_ISO_TEXT;
    return cl_datetime_make(year, month, day, time[0], time[1], time[2], time[3], out);
}

// ---------------------------------------------------------------------------------------------
// Reading text by a format (strptime)
//
// Python's strptime turns the format into a regular expression and takes its first match, in
// the order the expression tries its alternatives, before checking that the whole text was
// used. `match_rest` walks the format the same way, backtracking only at directives (a run of
// whitespace is greedy, and giving whitespace back never changes the outcome: only %d's
// " [1-9]" could take it, to the same end). Each directive may appear once, so the recursion
// is at most one level per distinct directive.

typedef enum StepKind { STEP_END, STEP_LITERAL, STEP_SPACE, STEP_DIRECTIVE } StepKind;

// One step of a format: a byte to match, a whitespace run, a directive (0 for a stray % at
// the end), or the end.
typedef struct Step {
    StepKind kind;
    char ch;
} Step;

// A place in a format. Inside the expansion of %c, %x or %X, `outer` holds the user's format
// and where to go on in it.
typedef struct Cursor {
    const char *format;
    size_t at, length;
    const char *outer;
    size_t outer_at, outer_length;
} Cursor;

// Whitespace as Python's \s sees it among ASCII characters.
static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}

// True if text byte `have` matches format byte `want`: ASCII letters match in either case.
static bool same_byte(char have, char want)
{
    char lower = (char)(want | 0x20);
    bool letter = lower >= 'a' && lower <= 'z';
    return have == want || (letter && (char)(have | 0x20) == lower);
}

// The C-locale meaning of %c, %x and %X for strptime (Python's LocaleTime), or NULL.
static const char *expansion_of(char directive)
{
    switch (directive) {
    case 'c': return "%a %b %d %H:%M:%S %Y";
    case 'x': return "%m/%d/%y";
    case 'X': return "%H:%M:%S";
    default: return NULL;
    }
}

// Reads the next step, stepping into and out of expansions.
static Step next_step(Cursor *c)
{
    for (;;) {
        if (c->at == c->length) {
            if (c->outer == NULL)
                return (Step){STEP_END, 0};
            *c = (Cursor){c->outer, c->outer_at, c->outer_length, NULL, 0, 0};
            continue;
        }
        char ch = c->format[c->at++];
        if (is_space(ch)) {
            while (c->at < c->length && is_space(c->format[c->at]))
                c->at++;
            return (Step){STEP_SPACE, ' '};
        }
        if (ch != '%')
            return (Step){STEP_LITERAL, ch};
        char directive = c->at < c->length ? c->format[c->at++] : 0;
        const char *expansion = expansion_of(directive);
        if (expansion == NULL || c->outer != NULL)
            return (Step){STEP_DIRECTIVE, directive};
        *c = (Cursor){expansion, 0, strlen(expansion), c->format, c->at, c->length};
    }
}

// Checks the directives of a format before any matching, as compiling Python's expression
// does: an unknown one (or a stray %) first, then a repeated one.
static ClDateStatus check_format(const char *format, size_t length)
{
    bool seen[128] = {false};
    bool repeated = false;
    Cursor c = {format, 0, length, NULL, 0, 0};
    for (Step t = next_step(&c); t.kind != STEP_END; t = next_step(&c)) {
        if (t.kind != STEP_DIRECTIVE || t.ch == '%')
            continue;
        if (t.ch == 0 || strchr("aAbBdfGHIjmMpSuUVwWyY", t.ch) == NULL)
            return CL_DATE_BAD_DIRECTIVE;
        repeated = repeated || seen[(unsigned char)t.ch];
        seen[(unsigned char)t.ch] = true;
    }
    return repeated ? CL_DATE_REPEATED_DIRECTIVE : CL_DATE_OK;
}

// How Python's expression reads a numeric directive: for 4, 3, 2 and 1 digits, tried in that
// order, the range the digits may spell; {-1, -1} means that many digits are not tried.
typedef struct NumberRule {
    char directive;
    int16_t ranges[4][2];
} NumberRule;

static const NumberRule number_rules[] = {
    {'d', {{-1, -1}, {-1, -1}, {1, 31}, {1, 9}}}, // then " [1-9]", see `alternatives`
    {'H', {{-1, -1}, {-1, -1}, {0, 23}, {0, 9}}},
    {'I', {{-1, -1}, {-1, -1}, {1, 12}, {1, 9}}},
    {'m', {{-1, -1}, {-1, -1}, {1, 12}, {1, 9}}},
    {'M', {{-1, -1}, {-1, -1}, {0, 59}, {0, 9}}},
    {'S', {{-1, -1}, {-1, -1}, {0, 61}, {0, 9}}}, // 60 and 61 pass here, fail as a second
    {'U', {{-1, -1}, {-1, -1}, {0, 53}, {0, 9}}},
    {'W', {{-1, -1}, {-1, -1}, {0, 53}, {0, 9}}},
    {'V', {{-1, -1}, {-1, -1}, {1, 53}, {0, 9}}},
    {'j', {{-1, -1}, {1, 366}, {1, 99}, {1, 9}}},
    {'y', {{-1, -1}, {-1, -1}, {0, 99}, {-1, -1}}},
    {'Y', {{0, 9999}, {-1, -1}, {-1, -1}, {-1, -1}}},
    {'G', {{0, 9999}, {-1, -1}, {-1, -1}, {-1, -1}}},
    {'w', {{-1, -1}, {-1, -1}, {-1, -1}, {0, 6}}},
    {'u', {{-1, -1}, {-1, -1}, {-1, -1}, {1, 7}}},
};

// The ways one directive can match: lengths and the values they read, best first.
typedef struct Alternatives {
    int count;
    size_t lengths[6];
    int32_t values[6];
} Alternatives;

// Adds an alternative.
static void add_alternative(Alternatives *a, size_t length, int64_t value)
{
    a->lengths[a->count] = length;
    a->values[a->count] = (int32_t)value;
    a->count++;
}

// Matches one of `count` names (or their first three letters when `abbreviated`) at `text`,
// ignoring case; adds the alternative with the name's index as its value.
static void match_name(Alternatives *a, const char *text, size_t length,
                       const char *const *names, int count, bool abbreviated)
{
    for (int i = 0; i < count; i++) {
        size_t size = abbreviated ? 3 : strlen(names[i]);
        bool same = size <= length;
        for (size_t k = 0; same && k < size; k++)
            same = same_byte(text[k], names[i][k]);
        if (same) {
            add_alternative(a, size, i);
            return;
        }
    }
}

// The digits alternatives of a `NumberRule`, and %f's 6 down to 1 digits.
static void match_number(Alternatives *a, char directive, const char *text, size_t length)
{
    int64_t value;
    if (directive == 'f') {
        for (size_t digits = 6; digits >= 1; digits--)
            if (digits <= length && read_digits(text, digits, &value))
                add_alternative(a, digits, value);
        return;
    }
    for (size_t i = 0; i < sizeof number_rules / sizeof number_rules[0]; i++) {
        if (number_rules[i].directive != directive)
            continue;
        for (size_t digits = 4; digits >= 1; digits--) {
            const int16_t *range = number_rules[i].ranges[4 - digits];
            if (range[0] >= 0 && digits <= length && read_digits(text, digits, &value) &&
                value >= range[0] && value <= range[1])
                add_alternative(a, digits, value);
        }
    }
}

// Every way `directive` can match at `text`, in the order Python tries them.
static Alternatives alternatives(char directive, const char *text, size_t length)
{
    Alternatives a = {0};
    switch (directive) {
    case 'a': match_name(&a, text, length, weekday_names, 7, true); break;
    case 'A': match_name(&a, text, length, weekday_names, 7, false); break;
    case 'b': match_name(&a, text, length, month_names, 12, true); break;
    case 'B': match_name(&a, text, length, month_names, 12, false); break;
    case 'p': match_name(&a, text, length, am_pm_names, 2, false); break;
    default: match_number(&a, directive, text, length); break;
    }
    if (directive == 'd' && length >= 2 && text[0] == ' ' && text[1] >= '1' && text[1] <= '9')
        add_alternative(&a, 2, text[1] - '0');
    return a;
}

// Subproblems (directive number, text position) known to fail, so that no format, however
// long, backtracks more than once into the same place. A full table just stops recording.
#define FAILURE_SLOTS 1024

// The state of one strptime match.
typedef struct Match {
    const char *text;
    size_t length;
    size_t end;                     // where the first match of the whole format ended
    int count;                      // directives read on that match
    char directives[32];            // each directive read, in format order
    int32_t values[32];             // the value it read
    size_t lengths[32];             // and how many bytes it took
    uint64_t failed[FAILURE_SLOTS]; // (position * 32 + directive number) + 1; 0 is empty
} Match;

// Finds (or, with `add`, records) a failed subproblem; true if it was known.
static bool known_failure(Match *m, size_t at, int depth, bool add)
{
    uint64_t key = (uint64_t)at * 32 + (uint64_t)depth + 1;
    size_t slot = (size_t)(key * UINT64_C(0x9E3779B97F4A7C15) >> 54) % FAILURE_SLOTS;
    for (int probe = 0; probe < 16; probe++, slot = (slot + 1) % FAILURE_SLOTS) {
        if (m->failed[slot] == key)
            return true;
        if (m->failed[slot] == 0) {
            if (add)
                m->failed[slot] = key;
            return false;
        }
    }
    return false;
}

// Matches the format from cursor `c` against the text from `at`, where `depth` directives have
// been read; true at the first way to reach the end of the format.
static bool match_rest(Match *m, Cursor c, size_t at, int depth)
{
    for (;;) {
        Step t = next_step(&c);
        if (t.kind == STEP_END) {
            m->end = at;
            m->count = depth;
            return true;
        }
        if (t.kind == STEP_SPACE) {
            if (at == m->length || !is_space(m->text[at]))
                return false;
            while (at < m->length && is_space(m->text[at]))
                at++;
            continue;
        }
        if (t.kind == STEP_LITERAL || t.ch == '%') {
            if (at == m->length || !same_byte(m->text[at], t.ch))
                return false;
            at++;
            continue;
        }
        if (known_failure(m, at, depth, false))
            return false;
        Alternatives a = alternatives(t.ch, m->text + at, m->length - at);
        for (int i = 0; i < a.count; i++) {
            m->directives[depth] = t.ch;
            m->values[depth] = a.values[i];
            m->lengths[depth] = a.lengths[i];
            if (match_rest(m, c, at + a.lengths[i], depth + 1))
                return true;
        }
        known_failure(m, at, depth, true);
        return false;
    }
}

// The fields strptime read, before defaults and week rules apply; NONE where absent.
typedef struct Parsed {
    int64_t year, month, day, hour, minute, second, microsecond;
    int64_t weekday, julian, week, iso_year, iso_week;
    bool week_starts_monday;
} Parsed;

// Applies one directive's value. %I reads %p wherever it is; %p alone means nothing, and a
// later directive for the same field wins, as in Python.
static void apply(Parsed *p, char directive, int64_t value, int64_t am_pm, int digits)
{
    switch (directive) {
    case 'y': p->year = value + (value <= 68 ? 2000 : 1900); break;
    case 'Y': p->year = value; break;
    case 'G': p->iso_year = value; break;
    case 'm': p->month = value; break;
    case 'b':
    case 'B': p->month = value + 1; break;
    case 'd': p->day = value; break;
    case 'H': p->hour = value; break;
    case 'I': p->hour = am_pm == 1 ? (value % 12) + 12 : value % 12; break;
    case 'M': p->minute = value; break;
    case 'S': p->second = value; break;
    case 'f':
        p->microsecond = value;
        for (int i = digits; i < 6; i++)
            p->microsecond *= 10;
        break;
    case 'a':
    case 'A': p->weekday = value; break;
    case 'w': p->weekday = (value + 6) % 7; break;
    case 'u': p->weekday = value - 1; break;
    case 'j': p->julian = value; break;
    case 'U':
    case 'W':
        p->week = value;
        p->week_starts_monday = directive == 'W';
        break;
    case 'V': p->iso_week = value; break;
    default: break;
    }
}

// The day of the year of week `p->week` and weekday `p->weekday` (%U weeks start on Sunday,
// %W weeks on Monday; days before the first such day are week 0); may fall outside the year.
static ClDateStatus julian_of_week(Parsed *p)
{
    if (p->year < 1 || p->year > 9999)
        return CL_DATE_BAD_YEAR;
    int64_t shift = p->week_starts_monday ? 0 : 1;
    int64_t first = (ordinal_of(p->year, 1, 1) + 6 + shift) % 7;
    int64_t day = (p->weekday + shift) % 7;
    if (p->week == 0)
        p->julian = 1 + day - first;
    else
        p->julian = 1 + (7 - first) % 7 + 7 * (p->week - 1) + day;
    return CL_DATE_OK;
}

// The year and day of the year of ISO week `p->iso_week` of `p->iso_year` at `p->weekday`:
// week 1 starts on the Monday of the week that holds January 4th.
static ClDateStatus julian_of_iso_week(Parsed *p)
{
    if (p->iso_year < 1 || p->iso_year > 9999)
        return CL_DATE_BAD_YEAR;
    int64_t january4 = ordinal_of(p->iso_year, 1, 4);
    int64_t monday = january4 - (january4 + 6) % 7;
    int64_t ordinal = monday + 7 * (p->iso_week - 1) + p->weekday;
    int64_t year = p->iso_year;
    if (ordinal < ordinal_of(year, 1, 1))
        year--;
    if (year < 1)
        return CL_DATE_BAD_YEAR;
    p->year = year;
    p->julian = ordinal - ordinal_of(year, 1, 1) + 1;
    return CL_DATE_OK;
}

// The rules for %G and %V: %G needs %V and a weekday and excludes %j; %V without %U or %W
// needs %G (and then %Y must be absent).
static ClDateStatus check_iso_week(const Parsed *p)
{
    if (p->year == NONE && p->iso_year != NONE) {
        if (p->iso_week == NONE || p->weekday == NONE || p->julian != NONE)
            return CL_DATE_ISO_WEEK_MISUSE;
    } else if (p->week == NONE && p->iso_week != NONE) {
        return CL_DATE_ISO_WEEK_MISUSE;
    }
    return CL_DATE_OK;
}

// Turns a day of the year (possibly outside the year) into month and day.
static ClDateStatus apply_julian(Parsed *p)
{
    if (p->julian <= 0) {
        p->year--;
        p->julian += cl_datetime_is_leap_year(p->year) ? 366 : 365;
    }
    if (p->year < 1 || p->year > 9999)
        return CL_DATE_BAD_YEAR;
    int64_t ordinal = ordinal_of(p->year, 1, 1) + p->julian - 1;
    if (ordinal > MAX_ORDINAL)
        return CL_DATE_BAD_YEAR;
    int32_t month, day;
    civil_of(ordinal, &p->year, &month, &day);
    p->month = month;
    p->day = day;
    return CL_DATE_OK;
}

// Applies the defaults and the week rules, then builds the DateTime. February 29th without a
// year is checked against 1900, as Python does, and so fails.
static ClDateStatus build(Parsed *p, ClDateTime *out)
{
    ClDateStatus status = check_iso_week(p);
    bool leap_day_alone = p->year == NONE && p->month == 2 && p->day == 29;
    if (p->year == NONE)
        p->year = leap_day_alone ? 1904 : 1900;
    if (status == CL_DATE_OK && p->julian == NONE && p->weekday != NONE) {
        if (p->week != NONE)
            status = julian_of_week(p);
        else if (p->iso_year != NONE && p->iso_week != NONE)
            status = julian_of_iso_week(p);
    }
    if (status == CL_DATE_OK && p->julian != NONE)
        status = apply_julian(p);
    if (status != CL_DATE_OK)
        return status;
    if (leap_day_alone)
        p->year = 1900;
    return cl_datetime_make(p->year, p->month, p->day, p->hour, p->minute, p->second,
                            p->microsecond, out);
}

// Applies what the match read, in format order, and builds the DateTime.
static ClDateStatus parse_fields(const Match *m, ClDateTime *out)
{
    Parsed p = {.year = NONE, .month = 1, .day = 1, .weekday = NONE, .julian = NONE,
                .week = NONE, .iso_year = NONE, .iso_week = NONE};
    int64_t am_pm = NONE;
    for (int i = 0; i < m->count; i++)
        if (m->directives[i] == 'p')
            am_pm = m->values[i];
    for (int i = 0; i < m->count; i++)
        apply(&p, m->directives[i], m->values[i], am_pm, (int)m->lengths[i]);
    return build(&p, out);
}

// strptime.
ClDateStatus cl_datetime_parse(const char *text, size_t text_length, const char *format,
                               size_t format_length, ClDateTime *out)
{
    ClDateStatus status = check_format(format, format_length);
    if (status != CL_DATE_OK)
        return status;
    Match m = {.text = text, .length = text_length};
    Cursor c = {format, 0, format_length, NULL, 0, 0};
    if (!match_rest(&m, c, 0, 0))
        return CL_DATE_NO_MATCH;
    if (m.end != text_length)
        return CL_DATE_TEXT_LEFT_OVER;
    return parse_fields(&m, out);
}

// ---------------------------------------------------------------------------------------------
// Clock and epoch

// C11's timespec_get, rounded down to the microsecond.
int64_t cl_datetime_clock_micros(void)
{
    struct timespec now;
    if (timespec_get(&now, TIME_UTC) != TIME_UTC)
        return 0;
    return (int64_t)now.tv_sec * MICROS_PER_SECOND + now.tv_nsec / 1000;
}

// `x` rounded to the nearest integer, half to even.
static double round_half_even(double x)
{
    double below = floor(x);
    double rest = x - below;
    if (rest > 0.5 || (rest == 0.5 && fmod(below, 2.0) != 0.0))
        return below + 1.0;
    return below;
}

// Whole seconds exactly, the fraction times 10^6 rounded half to even (Python's rule).
ClDateStatus cl_datetime_micros_from_seconds(double seconds, int64_t *micros)
{
    if (isnan(seconds))
        return CL_DATE_NOT_A_NUMBER;
    double whole;
    double fraction = modf(seconds, &whole);
    if (fabs(whole) > 1e12)
        return CL_DATE_OUT_OF_RANGE;
    *micros = (int64_t)whole * MICROS_PER_SECOND + (int64_t)round_half_even(fraction * 1e6);
    return CL_DATE_OK;
}

// The local broken-down time of epoch second `epoch`; false if time_t or libc cannot hold it.
static bool local_fields(int64_t epoch, struct tm *fields)
{
    time_t t = (time_t)epoch;
    return (int64_t)t == epoch && localtime_r(&t, fields) != NULL;
}

// Epoch second and microsecond to fields, local (libc) or UTC (our own calendar).
ClDateStatus cl_datetime_from_epoch_micros(int64_t micros, bool local, ClDateTime *out)
{
    // Outside this window no time zone offset brings the result back into years 1..9999.
    int64_t margin = 2 * MICROS_PER_DAY;
    if (micros < -CL_DATETIME_EPOCH_TICKS - margin ||
        micros > CL_DATETIME_MAX_TICKS - CL_DATETIME_EPOCH_TICKS + margin)
        return CL_DATE_OUT_OF_RANGE;
    if (!local)
        return cl_datetime_from_ticks(micros + CL_DATETIME_EPOCH_TICKS, false, out);
    struct tm f;
    if (!local_fields(floor_div(micros, MICROS_PER_SECOND), &f))
        return CL_DATE_OUT_OF_RANGE;
    ClDateStatus status =
        cl_datetime_make((int64_t)f.tm_year + 1900, f.tm_mon + 1, f.tm_mday, f.tm_hour, f.tm_min,
                         f.tm_sec > 59 ? 59 : f.tm_sec, floor_mod(micros, MICROS_PER_SECOND), out);
    return status == CL_DATE_OK ? CL_DATE_OK : CL_DATE_OUT_OF_RANGE;
}

// from-timestamp: round, then read as local time.
ClDateStatus cl_datetime_from_timestamp(double seconds, ClDateTime *out)
{
    int64_t micros;
    ClDateStatus status = cl_datetime_micros_from_seconds(seconds, &micros);
    return status == CL_DATE_OK ? cl_datetime_from_epoch_micros(micros, true, out) : status;
}

// The local wall time at epoch second `epoch`, its fields counted as if they were UTC.
static bool local_wall(int64_t epoch, int64_t *wall)
{
    struct tm f;
    if (!local_fields(epoch, &f))
        return false;
    int64_t days = ordinal_of((int64_t)f.tm_year + 1900, f.tm_mon + 1, f.tm_mday) - EPOCH_ORDINAL;
    *wall = days * SECONDS_PER_DAY + f.tm_hour * 3600 + f.tm_min * 60 + f.tm_sec;
    return true;
}

// The epoch second whose local wall time is `wall`. Two guesses, each `wall` minus a UTC offset
// in force nearby: the offset at `wall` itself, then the other offset met on the way (or the
// one a day earlier). The first guess that maps back wins, the earlier offset's first, so a
// repeated time is its first occurrence; a skipped time takes the later guess, which is the
// offset from before the change. This is the rule of Python's naive timestamp().
static bool epoch_of_wall(int64_t wall, int64_t *epoch)
{
    int64_t probe, back, earlier_wall, second_back;
    if (!local_wall(wall, &probe))
        return false;
    int64_t offset = probe - wall;
    int64_t first = wall - offset;
    if (!local_wall(first, &back))
        return false;
    int64_t other_offset = back - first;
    if (back == wall) {
        if (!local_wall(first - SECONDS_PER_DAY, &earlier_wall))
            return false;
        other_offset = earlier_wall - (first - SECONDS_PER_DAY);
        if (other_offset == offset) {
            *epoch = first;
            return true;
        }
    }
    int64_t second = wall - other_offset;
    if (!local_wall(second, &second_back))
        return false;
    if (second_back == wall)
        *epoch = second;
    else if (back == wall)
        *epoch = first;
    else
        *epoch = first > second ? first : second;
    return true;
}

// to-timestamp: whole seconds through the local time zone, plus the microseconds.
ClDateStatus cl_datetime_to_timestamp(const ClDateTime *dt, double *seconds)
{
    int64_t wall = (ordinal_of_value(dt) - EPOCH_ORDINAL) * SECONDS_PER_DAY +
                   (int64_t)dt->hour * 3600 + dt->minute * 60 + dt->second;
    int64_t epoch;
    if (!epoch_of_wall(wall, &epoch))
        return CL_DATE_OUT_OF_RANGE;
    *seconds = (double)epoch + dt->microsecond / 1e6;
    return CL_DATE_OK;
}
