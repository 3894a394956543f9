// embed.c: a complete program that embeds ClaudeLang (docs/embedding.md walks through it).
// A shop prices its orders with rules written in ClaudeLang: the host gives the rules a C
// builtin for tax rates, runs them in a sandbox that allows printing and nothing else, then
// calls the rules' `price-order` function for each order and reads the result back.
//
// Usage: embed [RULES.cl]   (without a file, the rules below are used)
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claudelang.h"

// The rules the program runs when no file is given.
static const char default_rules[] =
    "; Pricing rules: an order is a list of items [NAME QUANTITY UNIT-PRICE].\n"
    "(define (line-total item)\n"
    "  (match item\n"
    "    ([name qty price] (* qty price))))\n"
    "\n"
    "(define (price-order items region)\n"
    "  (let ((subtotal (sum (map line-total items))))\n"
    "    (io:print \"subtotal\" subtotal \"in\" region)\n"
    "    (round-to (* subtotal (+ 1 (host:tax-rate region))) 2)))\n"
    "\n"
    "(io:print \"rules loaded\")\n";

// One item of an order, as the host stores it.
typedef struct Item {
    const char *name;
    int64_t quantity;
    double unit_price;
} Item;

// An order: its items and the region whose tax applies.
typedef struct Order {
    const char *region;
    const Item *items;
    uint32_t item_count;
} Order;

// The host's own data, which the rules reach only through host:tax-rate.
static const struct {
    const char *region;
    double rate;
} tax_rates[] = {{"NO", 0.25}, {"DE", 0.19}, {"US-OR", 0.0}};

// (host:tax-rate REGION): the tax rate of a region as a float. Arguments arrive in slots
// 0 .. argc-1 and the result goes to slot 0; a failure is reported with cl_raise, which the
// program sees as an ordinary ClaudeLang error (it may even catch it with error:catch).
static ClStatus host_tax_rate(ClState *S, uint32_t argc)
{
    (void)argc;  // the VM checked the count: exactly 1, as registered
    const char *region;
    size_t length;
    if (cl_get_string(S, 0, &region, &length) != CL_OK)
        return CL_ERROR;  // type-error, already recorded by cl_get_string
    for (size_t i = 0; i < sizeof tax_rates / sizeof tax_rates[0]; i++)
        if (strlen(tax_rates[i].region) == length &&
            memcmp(tax_rates[i].region, region, length) == 0)
            return cl_set_double(S, 0, tax_rates[i].rate);
    return cl_raise(S, CL_ERR_VALUE_ERROR, "no tax rate for region \"%.*s\"", (int)length,
                    region);
}

// The write hook: everything the rules print goes through here, marked as theirs.
static void write_output(void *user_data, int stream, const char *bytes, size_t length)
{
    FILE *out = stream == 2 ? stderr : stdout;
    fprintf(out, "%s%.*s", (const char *)user_data, (int)length, bytes);
}

// The effect hook: the sandbox. Printing is allowed; every other effect is refused (the
// program sees error[effect-denied]) and logged.
static bool allow_printing_only(void *user_data, ClEffectKind kind, const char *operation)
{
    (void)user_data;
    if (kind == CL_EFFECT_IO && strcmp(operation, "io:print") == 0)
        return true;
    printf("host: refused %s\n", operation);
    return false;
}

// Prints the error the last call left in the state: its kind, position and message.
static void report_error(ClState *S)
{
    uint32_t line, column;
    const char *file = cl_error_location(S, &line, &column);
    printf("host: error[%s] at %s:%" PRIu32 ":%" PRIu32 ": %s\n",
           cl_error_kind_name(cl_error_kind(S)), file ? file : "?", line, column,
           cl_error_message(S));
}

// Builds the list of an order's items in slot `to`. Slots from `scratch` on are free to use:
// the fields of an item are built in scratch .. scratch+2, item i is kept in scratch+3+i.
static ClStatus push_items(ClState *S, const Order *order, uint32_t to, uint32_t scratch)
{
    uint32_t first = scratch + 3;
    if (cl_ensure_slots(S, first + order->item_count) != CL_OK)
        return CL_ERROR;
    for (uint32_t i = 0; i < order->item_count; i++) {
        const Item *item = &order->items[i];
        if (cl_set_string(S, scratch, item->name, strlen(item->name)) != CL_OK ||
            cl_set_int64(S, scratch + 1, item->quantity) != CL_OK ||
            cl_set_double(S, scratch + 2, item->unit_price) != CL_OK ||
            cl_set_list(S, first + i, scratch, 3) != CL_OK)
            return CL_ERROR;
    }
    return cl_set_list(S, to, first, order->item_count);
}

// Prices one order by calling the rules' function kept in `price_order`.
static void price(ClState *S, ClHandle *price_order, const Order *order)
{
    // Slot 0: the function, 1: the items, 2: the region, 3: the result, 4..: scratch.
    cl_handle_get(S, price_order, 0);
    double total;
    if (push_items(S, order, 1, 4) != CL_OK ||
        cl_set_string(S, 2, order->region, strlen(order->region)) != CL_OK ||
        cl_call(S, 0, 1, 2, 3) != CL_OK || cl_get_double(S, 3, &total) != CL_OK) {
        report_error(S);
        return;
    }
    printf("host: order for %s costs %.2f\n", order->region, total);
}

// Configures and opens the interpreter, runs the rules, prices three orders, shows the sandbox.
int main(int argc, char **argv)
{
    ClConfig config;
    cl_config_init(&config);
    config.depth_limit = 10000;         // rules never need deep recursion
    config.memory_limit = 64u << 20;    // 64 MB of heap at most
    config.write = write_output;
    config.write_user_data = "  rules> ";
    config.effect_hook = allow_printing_only;
    ClState *S = cl_open(&config);
    if (!S) {
        fputs("embed: cannot create the interpreter\n", stderr);
        return 1;
    }
    // Builtins must be registered before the code that uses them runs.
    if (cl_register_builtin(S, "host:tax-rate", host_tax_rate, 1, 1) != CL_OK) {
        report_error(S);
        cl_close(S);
        return 1;
    }
    ClStatus status = argc > 1 ? cl_run_file(S, argv[1])
                               : cl_run_string(S, "rules.cl", default_rules,
                                               strlen(default_rules));
    if (status != CL_OK) {
        fputs(cl_error_text(S), stderr);  // the full report, as the command line prints it
        cl_close(S);
        return 1;
    }

    // Keep the rules' function in a handle: slots are reused, the handle keeps it alive.
    ClHandle *price_order = NULL;
    if (cl_get_global(S, "price-order", 0) == CL_OK)
        price_order = cl_handle_new(S, 0);
    if (!price_order) {
        report_error(S);
        cl_close(S);
        return 1;
    }

    static const Item books[] = {{"notebook", 3, 4.5}, {"pen", 10, 1.2}};
    static const Item lamp[] = {{"lamp", 1, 30.0}};
    const Order orders[] = {{"NO", books, 2}, {"DE", lamp, 1}, {"FR", lamp, 1}};
    for (size_t i = 0; i < sizeof orders / sizeof orders[0]; i++)
        price(S, price_order, &orders[i]);

    // The sandbox at work: the rules may not read files.
    static const char snoop[] = "(file-read \"/etc/passwd\")";
    if (cl_run_string(S, "snoop.cl", snoop, strlen(snoop)) != CL_OK)
        report_error(S);

    // Values of any type can be read back; the written form is the easiest way to show one.
    static const char summary[] =
        "(map (lambda (r) (tuple r (host:tax-rate r))) [\"NO\" \"DE\"])";
    if (cl_run_string(S, "summary.cl", summary, strlen(summary)) == CL_OK) {
        char *text = cl_write_slot(S, 0);
        printf("host: %s\n", text ? text : "(out of memory)");
        free(text);
    }

    cl_handle_release(S, price_order);
    cl_close(S);
    return 0;
}
