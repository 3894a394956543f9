// datetime.c: the Date and DateTime builtins (LANGUAGE.md §15.13). The calendar work is done by
// src/runtime/datetime.h on plain structs; this file unpacks arguments into `ClDateTime`,
// boxes results as `Date` objects (ticks: microseconds since 0001-01-01, OBJF_DATETIME for a
// DateTime) and turns a failed `ClDateStatus` into its error. now, utcnow and today are TIME
// effect operations and follow time:set-mock.
#include <math.h>
#include <stdlib.h>

#include "lib/lib.h"
#include "runtime/datetime.h"

// ---------------------------------------------------------------------------------------------
// Values

// Raises the error of a failed status: "datetime:create: day is out of range for month".
static ClStatus date_error(ClState *S, const char *fn, ClDateStatus status)
{
    return cl_raisef(S, cl_datetime_error_kind(status), "%s: %s", fn,
                     cl_datetime_status_text(status));
}

// Boxes `dt` as a Date or DateTime value. May collect.
static ClStatus date_value(ClState *S, const ClDateTime *dt, Value *out)
{
    Date *d = (Date *)cl_alloc_object(S, OBJ_DATE, sizeof(Date));
    if (!d)
        return CL_ERROR;
    d->micros = cl_datetime_to_ticks(dt);
    if (!dt->is_date)
        d->h.flags |= OBJF_DATETIME;
    *out = cl_from_object(d);
    return CL_OK;
}

// Boxes a status-returning result: the value when `status` is OK, else its error.
static ClStatus date_result(ClState *S, const char *fn, ClDateStatus status,
                            const ClDateTime *dt, Value *out)
{
    return status == CL_DATE_OK ? date_value(S, dt, out) : date_error(S, fn, status);
}

// Reads argument `i`, a Date or a DateTime, into *out. type-error for anything else.
static ClStatus date_arg(ClState *S, const char *fn, const Value *args, int i, ClDateTime *out)
{
    Value v = args[i];
    if (!cl_is_obj_type(v, OBJ_DATE))
        return cl_type_error_arg(S, fn, i + 1, "a date or datetime", v);
    const Date *d = (const Date *)cl_as_object(v);
    bool is_date = !(d->h.flags & OBJF_DATETIME);
    ClDateStatus status = cl_datetime_from_ticks(d->micros, is_date, out);
    return status == CL_DATE_OK ? CL_OK : date_error(S, fn, status);
}

// Reads an int argument as int64; a bignum is clamped, which every caller here reports as out
// of range.
static ClStatus wide_int_arg(ClState *S, const char *fn, const Value *args, int i, int64_t *out)
{
    Value v = args[i];
    if (cl_is_small_int(v)) {
        *out = cl_small_int(v);
        return CL_OK;
    }
    if (!cl_is_bigint(v))
        return cl_type_error_arg(S, fn, i + 1, "an int", v);
    *out = cl_int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// The clock (TIME effects)

// The current instant as a DateTime: local time, or UTC when `local` is false. Under
// time:set-mock the mocked epoch seconds stand for the clock.
static ClStatus clock_now(ClState *S, const char *fn, bool local, ClDateTime *out)
{
    int64_t micros;
    ClDateStatus status = CL_DATE_OK;
    if (isnan(S->time_mock))
        micros = cl_datetime_clock_micros();
    else
        status = cl_datetime_micros_from_seconds(S->time_mock, &micros);
    if (status == CL_DATE_OK)
        status = cl_datetime_from_epoch_micros(micros, local, out);
    return status == CL_DATE_OK ? CL_OK : date_error(S, fn, status);
}

// (datetime:now): the current local DateTime.
static int now(ClState *S, Value *args, int argc, Value *result)
{
    ClDateTime dt;
    TRY(clock_now(S, "datetime:now", true, &dt));
    return date_value(S, &dt, result);
}

// (datetime:utcnow): the current UTC wall-clock time as a naive DateTime.
static int utcnow(ClState *S, Value *args, int argc, Value *result)
{
    ClDateTime dt;
    TRY(clock_now(S, "datetime:utcnow", false, &dt));
    return date_value(S, &dt, result);
}

// (datetime:today): the current local Date.
static int today(ClState *S, Value *args, int argc, Value *result)
{
    ClDateTime dt;
    TRY(clock_now(S, "datetime:today", true, &dt));
    dt = cl_datetime_date_part(&dt);
    return date_value(S, &dt, result);
}

// ---------------------------------------------------------------------------------------------
// Making and reading text

// Reads `count` int arguments into `fields`.
static ClStatus int_fields(ClState *S, const char *fn, const Value *args, int count,
                           int64_t *fields)
{
    for (int i = 0; i < count; i++)
        TRY(wide_int_arg(S, fn, args, i, &fields[i]));
    return CL_OK;
}

// (datetime:create Y MO D H MI S): a DateTime; an invalid field is value-error.
static int create(ClState *S, Value *args, int argc, Value *result)
{
    int64_t f[6];
    TRY(int_fields(S, "datetime:create", args, 6, f));
    ClDateTime dt;
    ClDateStatus status = cl_datetime_make(f[0], f[1], f[2], f[3], f[4], f[5], 0, &dt);
    return date_result(S, "datetime:create", status, &dt, result);
}

// (date:create Y MO D): a Date; an invalid field is value-error.
static int create_date(ClState *S, Value *args, int argc, Value *result)
{
    int64_t f[3];
    TRY(int_fields(S, "date:create", args, 3, f));
    ClDateTime dt;
    ClDateStatus status = cl_datetime_make_date(f[0], f[1], f[2], &dt);
    return date_result(S, "date:create", status, &dt, result);
}

// (datetime:parse TEXT FORMAT): TEXT read by strptime directives.
static int parse(ClState *S, Value *args, int argc, Value *result)
{
    String *text = NULL, *format = NULL;
    TRY(cl_arg_string(S, "datetime:parse", args, 0, &text));
    TRY(cl_arg_string(S, "datetime:parse", args, 1, &format));
    ClDateTime dt;
    ClDateStatus status =
        cl_datetime_parse(text->bytes, text->size, format->bytes, format->size, &dt);
    return date_result(S, "datetime:parse", status, &dt, result);
}

// (datetime:parse-iso TEXT): a DateTime from the fixed ISO subset of LANGUAGE.md §15.13.
static int parse_iso(ClState *S, Value *args, int argc, Value *result)
{
    String *text = NULL;
    TRY(cl_arg_string(S, "datetime:parse-iso", args, 0, &text));
    ClDateTime dt;
    ClDateStatus status = cl_datetime_parse_iso(text->bytes, text->size, &dt);
    return date_result(S, "datetime:parse-iso", status, &dt, result);
}

// (datetime:format DT FORMAT): strftime text in the C locale, plus %f.
static int format(ClState *S, Value *args, int argc, Value *result)
{
    ClDateTime dt;
    String *pattern = NULL;
    TRY(date_arg(S, "datetime:format", args, 0, &dt));
    TRY(cl_arg_string(S, "datetime:format", args, 1, &pattern));
    size_t capacity = (size_t)CL_DATETIME_FORMAT_GROWTH * pattern->size + 1;
    char *text = malloc(capacity);
    if (!text)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
    size_t n = cl_datetime_format(&dt, pattern->bytes, pattern->size, text, capacity);
    ClStatus status = cl_string_new(S, text, n < capacity ? n : capacity - 1, result);
    free(text);
    return status;
}

// (datetime:iso-format DT): YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS[.ffffff].
static int iso_format(ClState *S, Value *args, int argc, Value *result)
{
    ClDateTime dt;
    TRY(date_arg(S, "datetime:iso-format", args, 0, &dt));
    char text[CL_DATETIME_ISO_SIZE];
    size_t n = cl_datetime_iso_format(&dt, text);
    return cl_string_new(S, text, n, result);
}

// ---------------------------------------------------------------------------------------------
// Fields

typedef enum Field { YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, WEEKDAY } Field;

// One field of the date in argument 0 as an int (a Date's time fields are 0).
static int field_of(ClState *S, const char *fn, Value *args, Field field, Value *result)
{
    ClDateTime dt;
    TRY(date_arg(S, fn, args, 0, &dt));
    int32_t values[] = {dt.year, dt.month,  dt.day, dt.hour, dt.minute, dt.second,
                        cl_datetime_weekday(&dt)};
    *result = cl_from_small_int(values[field]);
    return CL_OK;
}

#define FIELD(cname, field, name)                                                              \
    static int cname(ClState *S, Value *args, int argc, Value *result)                         \
    {                                                                                          \
        return field_of(S, name, args, field, result);                                        \
    }

FIELD(year, YEAR, "datetime:year")
FIELD(month, MONTH, "datetime:month")
FIELD(day, DAY, "datetime:day")
FIELD(hour, HOUR, "datetime:hour")
FIELD(minute, MINUTE, "datetime:minute")
FIELD(second, SECOND, "datetime:second")
FIELD(weekday, WEEKDAY, "datetime:weekday")

// ---------------------------------------------------------------------------------------------
// Arithmetic and comparison

// DT plus N units: an int amount exactly (a Date plus whole days stays a Date), a float one
// rounded to the microsecond.
static int add_units(ClState *S, const char *fn, Value *args, ClDateUnit unit, Value *result)
{
    ClDateTime dt, sum;
    TRY(date_arg(S, fn, args, 0, &dt));
    ClDateStatus status;
    if (cl_is_float(args[1])) {
        status = cl_datetime_add_float(&dt, cl_float_value(args[1]), unit, &sum);
    } else {
        int64_t count;
        if (!cl_is_int(args[1]))
            return cl_type_error_arg(S, fn, 2, "an int or float", args[1]);
        TRY(wide_int_arg(S, fn, args, 1, &count));
        status = cl_datetime_add(&dt, count, unit, &sum);
    }
    return date_result(S, fn, status, &sum, result);
}

#define ADD(cname, unit, name)                                                                 \
    static int cname(ClState *S, Value *args, int argc, Value *result)                         \
    {                                                                                          \
        return add_units(S, name, args, unit, result);                                        \
    }

ADD(add_days, CL_UNIT_DAYS, "datetime:add-days")
ADD(add_hours, CL_UNIT_HOURS, "datetime:add-hours")
ADD(add_minutes, CL_UNIT_MINUTES, "datetime:add-minutes")
ADD(add_seconds, CL_UNIT_SECONDS, "datetime:add-seconds")

// Reads the two date arguments of a comparison or difference.
static ClStatus two_dates(ClState *S, const char *fn, const Value *args, ClDateTime *a,
                          ClDateTime *b)
{
    TRY(date_arg(S, fn, args, 0, a));
    return date_arg(S, fn, args, 1, b);
}

// (datetime:before? A B): whether A is earlier than B.
static int before(ClState *S, Value *args, int argc, Value *result)
{
    ClDateTime a, b;
    TRY(two_dates(S, "datetime:before?", args, &a, &b));
    *result = cl_from_bool(cl_datetime_compare(&a, &b) < 0);
    return CL_OK;
}

// (datetime:after? A B): whether A is later than B.
static int after(ClState *S, Value *args, int argc, Value *result)
{
    ClDateTime a, b;
    TRY(two_dates(S, "datetime:after?", args, &a, &b));
    *result = cl_from_bool(cl_datetime_compare(&a, &b) > 0);
    return CL_OK;
}

// (datetime:equal? A B): whether A and B are the same instant (a Date is its midnight).
static int same_instant(ClState *S, Value *args, int argc, Value *result)
{
    ClDateTime a, b;
    TRY(two_dates(S, "datetime:equal?", args, &a, &b));
    *result = cl_from_bool(cl_datetime_compare(&a, &b) == 0);
    return CL_OK;
}

// (datetime:diff-seconds A B): A minus B in seconds, a float.
static int diff_seconds(ClState *S, Value *args, int argc, Value *result)
{
    ClDateTime a, b;
    TRY(two_dates(S, "datetime:diff-seconds", args, &a, &b));
    return cl_float_new(S, cl_datetime_diff_seconds(&a, &b), result);
}

// (datetime:diff-days A B): A minus B in whole days, rounded down.
static int diff_days(ClState *S, Value *args, int argc, Value *result)
{
    ClDateTime a, b;
    TRY(two_dates(S, "datetime:diff-days", args, &a, &b));
    return cl_int_from_int64(S, cl_datetime_diff_days(&a, &b), result);
}

// ---------------------------------------------------------------------------------------------
// Epoch seconds

// (datetime:to-timestamp DT): epoch seconds of DT read as local time.
static int to_timestamp(ClState *S, Value *args, int argc, Value *result)
{
    ClDateTime dt;
    TRY(date_arg(S, "datetime:to-timestamp", args, 0, &dt));
    double seconds;
    ClDateStatus status = cl_datetime_to_timestamp(&dt, &seconds);
    if (status != CL_DATE_OK)
        return date_error(S, "datetime:to-timestamp", status);
    return cl_float_new(S, seconds, result);
}

// (datetime:from-timestamp T): the local DateTime of the epoch seconds T.
static int from_timestamp(ClState *S, Value *args, int argc, Value *result)
{
    double seconds;
    TRY(cl_arg_number(S, "datetime:from-timestamp", args, 0));
    if (cl_is_bigint(args[0]))
        return date_error(S, "datetime:from-timestamp", CL_DATE_OUT_OF_RANGE);
    TRY(cl_number_to_double(S, args[0], &seconds));
    ClDateTime dt;
    ClDateStatus status = cl_datetime_from_timestamp(seconds, &dt);
    return date_result(S, "datetime:from-timestamp", status, &dt, result);
}

// Local-time conversions read the process's time zone: never folded at compile time.
static const LibFunction datetime[] = {
    {"datetime:now", now, 0, 0, CL_EFFECT_TIME, 0, NULL},
    {"datetime:utcnow", utcnow, 0, 0, CL_EFFECT_TIME, 0, NULL},
    {"datetime:today", today, 0, 0, CL_EFFECT_TIME, 0, NULL},
    {"datetime:create", create, 6, 6, CL_EFFECT_ERROR, 1, NULL},
    {"date:create", create_date, 3, 3, CL_EFFECT_ERROR, 1, NULL},
    {"datetime:parse", parse, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"datetime:parse-iso", parse_iso, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"datetime:format", format, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"datetime:iso-format", iso_format, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"datetime:year", year, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"datetime:month", month, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"datetime:day", day, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"datetime:hour", hour, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"datetime:minute", minute, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"datetime:second", second, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"datetime:weekday", weekday, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"datetime:add-days", add_days, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"datetime:add-hours", add_hours, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"datetime:add-minutes", add_minutes, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"datetime:add-seconds", add_seconds, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"datetime:before?", before, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"datetime:after?", after, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"datetime:equal?", same_instant, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"datetime:diff-seconds", diff_seconds, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"datetime:diff-days", diff_days, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"datetime:to-timestamp", to_timestamp, 1, 1, CL_EFFECT_PURE, 0, NULL},
    {"datetime:from-timestamp", from_timestamp, 1, 1, CL_EFFECT_PURE, 0, NULL},
};

// Registers the date and time builtins.
ClStatus cl_lib_datetime_open(ClState *S)
{
    return cl_lib_define(S, datetime, LIB_COUNT(datetime));
}
