// datetime.h: the calendar and clock core of ClaudeLang's Date and DateTime values
// (LANGUAGE.md §15.13): validation, arithmetic, ISO text, strftime and strptime, and epoch
// conversions. Plain C on plain structs, no `Value`: src/lib wraps these as builtins.
// Every function is reentrant; only the clock and local-time functions read process state
// (the real-time clock, the TZ setting).
#ifndef CL_RUNTIME_DATETIME_H
#define CL_RUNTIME_DATETIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "claudelang.h"

// A Date or a DateTime of the proleptic Gregorian calendar, naive (no time zone).
// Invariants, kept by every function that fills one: year 1..9999, month 1..12, day within
// the month, hour 0..23, minute and second 0..59, microsecond 0..999999; a Date
// (`is_date`) has all four time fields 0, so it reads as its own midnight everywhere.
typedef struct ClDateTime {
    int32_t year;
    int32_t month;
    int32_t day;
    int32_t hour;
    int32_t minute;
    int32_t second;
    int32_t microsecond;
    bool is_date;
} ClDateTime;

// The results of the functions that can fail: X(NAME, overflow?, message). A status whose
// second column is 1 is an `overflow-error` (a result outside years 1..9999); every other
// failure is a `value-error` (an invalid field, number, text or format).
#define CL_DATE_STATUSES(X)                                                                    \
    X(OK, 0, "no error")                                                                       \
    X(BAD_YEAR, 0, "year must be in 1..9999")                                                  \
    X(BAD_MONTH, 0, "month must be in 1..12")                                                  \
    X(BAD_DAY, 0, "day is out of range for month")                                             \
    X(BAD_HOUR, 0, "hour must be in 0..23")                                                    \
    X(BAD_MINUTE, 0, "minute must be in 0..59")                                                \
    X(BAD_SECOND, 0, "second must be in 0..59")                                                \
    X(BAD_MICROSECOND, 0, "microsecond must be in 0..999999")                                  \
    X(NOT_A_NUMBER, 0, "the amount is not a number")                                           \
    X(BAD_ISO_TEXT, 0, "the text is not of the form YYYY-MM-DD[(T| )HH:MM[:SS[.ffffff]]]")    \
    X(NO_MATCH, 0, "the text does not match the format")                                       \
    X(TEXT_LEFT_OVER, 0, "text remains after the format is matched")                           \
    X(BAD_DIRECTIVE, 0, "the format has an unknown directive or a stray %")                    \
    X(REPEATED_DIRECTIVE, 0, "a directive appears twice in the format")                        \
    X(ISO_WEEK_MISUSE, 0, "%G and %V need each other and a weekday, and exclude %Y and %j")   \
    X(OUT_OF_RANGE, 1, "date value out of range")

typedef enum ClDateStatus {
#define CL_DATE_STATUS_ENUM(name, overflow, text) CL_DATE_##name,
    CL_DATE_STATUSES(CL_DATE_STATUS_ENUM)
#undef CL_DATE_STATUS_ENUM
        CL_DATE_STATUS_COUNT
} ClDateStatus;

// The units of `cl_datetime_add` and `cl_datetime_add_float`.
typedef enum ClDateUnit {
    CL_UNIT_DAYS,
    CL_UNIT_HOURS,
    CL_UNIT_MINUTES,
    CL_UNIT_SECONDS
} ClDateUnit;

// Bytes that always hold the text of `cl_datetime_iso_format`, NUL included.
#define CL_DATETIME_ISO_SIZE 27
// No directive writes more than this many bytes per byte of format: `cl_datetime_format`
// never needs more than CL_DATETIME_FORMAT_GROWTH * format_length + 1 bytes.
#define CL_DATETIME_FORMAT_GROWTH 12
// Microseconds from 0001-01-01T00:00:00 to the Unix epoch, 1970-01-01T00:00:00.
#define CL_DATETIME_EPOCH_TICKS INT64_C(62135596800000000)
// The largest tick count, 9999-12-31T23:59:59.999999.
#define CL_DATETIME_MAX_TICKS INT64_C(315537897599999999)

// The message of a status ("day is out of range for month"), a static string.
const char *cl_datetime_status_text(ClDateStatus status);

// The error kind of a failed status: CL_ERR_OVERFLOW_ERROR or CL_ERR_VALUE_ERROR.
ClErrorKind cl_datetime_error_kind(ClDateStatus status);

// True for a leap year of the proleptic Gregorian calendar (any year, even outside 1..9999).
bool cl_datetime_is_leap_year(int64_t year);

// The number of days of `month` (1..12) in `year`; 0 for a month outside 1..12.
int32_t cl_datetime_days_in_month(int64_t year, int64_t month);

// Fills *out with the Date year-month-day. BAD_YEAR for a year outside 1..9999 (the
// constructor's fields are checked like any other: value-error), BAD_MONTH, BAD_DAY.
// *out is untouched on failure.
ClDateStatus cl_datetime_make_date(int64_t year, int64_t month, int64_t day, ClDateTime *out);

// Fills *out with a DateTime; the same checks plus BAD_HOUR, BAD_MINUTE, BAD_SECOND (60 is
// invalid: no leap seconds) and BAD_MICROSECOND. *out is untouched on failure.
ClDateStatus cl_datetime_make(int64_t year, int64_t month, int64_t day, int64_t hour,
                              int64_t minute, int64_t second, int64_t microsecond,
                              ClDateTime *out);

// The Date of `dt`: its calendar day, time fields dropped.
ClDateTime cl_datetime_date_part(const ClDateTime *dt);

// The instant of `dt` as microseconds since 0001-01-01T00:00:00 (a Date is its midnight):
// 0 .. CL_DATETIME_MAX_TICKS. Ticks order and subtract like the values they stand for.
int64_t cl_datetime_to_ticks(const ClDateTime *dt);

// Fills *out with the DateTime (or, with `is_date`, the Date of the day) of `ticks`;
// OUT_OF_RANGE outside 0 .. CL_DATETIME_MAX_TICKS.
ClDateStatus cl_datetime_from_ticks(int64_t ticks, bool is_date, ClDateTime *out);

// The day number of `dt`: 1 for 0001-01-01, 3652059 for 9999-12-31.
int32_t cl_datetime_ordinal(const ClDateTime *dt);

// The day of the week, 0 for Monday .. 6 for Sunday.
int32_t cl_datetime_weekday(const ClDateTime *dt);

// The day of the year, 1 .. 366.
int32_t cl_datetime_day_of_year(const ClDateTime *dt);

// `dt` plus `count` units into *out. A Date plus whole days stays a Date; anything else is a
// DateTime. OUT_OF_RANGE when the result leaves years 1..9999.
ClDateStatus cl_datetime_add(const ClDateTime *dt, int64_t count, ClDateUnit unit,
                             ClDateTime *out);

// `dt` plus a float `count` of units into *out, always a DateTime (a Date counts from its
// midnight). The amount is rounded to the microsecond, half to even, exactly as Python's
// `timedelta(days=count)` and friends. NOT_A_NUMBER for nan; OUT_OF_RANGE for an infinite
// amount or a result outside years 1..9999.
ClDateStatus cl_datetime_add_float(const ClDateTime *dt, double count, ClDateUnit unit,
                                   ClDateTime *out);

// Chronological order: negative, 0 or positive as `a` is before, at or after `b`.
int cl_datetime_compare(const ClDateTime *a, const ClDateTime *b);

// `a` minus `b` in seconds, the double nearest to the exact difference.
double cl_datetime_diff_seconds(const ClDateTime *a, const ClDateTime *b);

// `a` minus `b` in whole days, rounded down (1.5 days before is -2).
int64_t cl_datetime_diff_days(const ClDateTime *a, const ClDateTime *b);

// Writes the ISO text of `dt` and a NUL to `out` (CL_DATETIME_ISO_SIZE bytes): YYYY-MM-DD for
// a Date, YYYY-MM-DDTHH:MM:SS for a DateTime, then .ffffff if the microseconds are not 0.
// Returns the length of the text.
size_t cl_datetime_iso_format(const ClDateTime *dt, char *out);

// Reads exactly YYYY-MM-DD, optionally followed by `T` or a space and HH:MM, HH:MM:SS or
// HH:MM:SS.f (1 to 6 fraction digits), into a DateTime (a date alone is midnight).
// BAD_ISO_TEXT for any other shape; the field statuses for a well-shaped invalid value.
ClDateStatus cl_datetime_parse_iso(const char *text, size_t length, ClDateTime *out);

// strftime: writes `format` with its directives replaced, as Python's datetime.strftime does
// in the C locale on Linux, to `out` (at most `capacity` bytes, NUL-terminated when capacity
// is not 0) and returns the full length, as snprintf does. Directives: a A b B c C d D e f F
// g G h H I j k l m M n p P r R S t T u U V w W x X y Y z Z %; %z and %Z are empty (naive
// values). Any other directive, and a % at the end, is kept as written; a NUL byte ends the
// format, as in C.
size_t cl_datetime_format(const ClDateTime *dt, const char *format, size_t format_length,
                          char *out, size_t capacity);

// strptime: reads `text` by `format` into a DateTime, as Python's datetime.strptime does in the
// C locale: the whole text must match; directives a A b B c d f G H I j m M p S u U V w W x X
// y Y %, each at most once (%% any number of times); whitespace in the format matches one or
// more whitespace characters; letters match either case; missing fields default to
// 1900-01-01T00:00:00. Digits and whitespace are ASCII only. Every failure is a value-error
// status: BAD_DIRECTIVE (including %z and %Z: values are naive), REPEATED_DIRECTIVE,
// NO_MATCH, TEXT_LEFT_OVER, ISO_WEEK_MISUSE or a field status.
ClDateStatus cl_datetime_parse(const char *text, size_t text_length, const char *format,
                               size_t format_length, ClDateTime *out);

// Reads the real-time clock: microseconds since the Unix epoch, rounded down. The only
// function here that reads a clock; hosts that mock time call the conversions below instead.
int64_t cl_datetime_clock_micros(void);

// Rounds epoch seconds to epoch microseconds, half to even, as Python's fromtimestamp does.
// NOT_A_NUMBER for nan; OUT_OF_RANGE for an infinite or far too large value.
ClDateStatus cl_datetime_micros_from_seconds(double seconds, int64_t *micros);

// Fills *out with the DateTime of the epoch microseconds `micros`: local wall-clock time in
// the process's time zone (localtime_r; a host that changes TZ calls tzset) when `local`,
// else UTC. A leap second reads as second 59. OUT_OF_RANGE outside years 1..9999.
ClDateStatus cl_datetime_from_epoch_micros(int64_t micros, bool local, ClDateTime *out);

// The local DateTime of the epoch seconds `seconds` (datetime:from-timestamp): the two
// functions above together.
ClDateStatus cl_datetime_from_timestamp(double seconds, ClDateTime *out);

// Seconds since the Unix epoch of `dt` read as local time (datetime:to-timestamp), as
// Python's naive datetime.timestamp(): a time skipped by a DST change counts with the offset
// before the change, a repeated time is its first occurrence. OUT_OF_RANGE only when the
// platform cannot convert the time (32-bit time_t).
ClDateStatus cl_datetime_to_timestamp(const ClDateTime *dt, double *seconds);

#endif
