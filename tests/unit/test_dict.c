// test_dict.c: unit tests of the persistent dicts of src/runtime/dict.c. Random sequences of
// sets and removes are checked against a simple model (an array of entries in insertion
// order), old versions are checked again after later updates (persistence), and keys whose
// 32-bit index hashes collide exercise the collision nodes. In a gcstress build every
// allocation collects, so these runs also check the rooting inside dict.c (with fewer steps).
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

#ifdef CL_GCSTRESS
#define STEPS 3000
#else
#define STEPS 40000
#endif

// The model: the live entries in insertion order, each a key number and a value.
typedef struct Model {
    int32_t *keys;
    int64_t *values;
    uint32_t count;
} Model;

static ClState *S;
static Value keep;  // rooted Array: the key objects, then saved versions of dicts

static void setup(void)
{
    S = cl_open(NULL);
    cr_assert(S != NULL);
    cr_assert_eq(cl_array_new(S, 0, &keep), CL_OK);
    cl_root(S, &keep);
}

static void teardown(void) { cl_close(S); }

static Value *kept(uint32_t i) { return &((Array *)cl_as_object(keep))->items[i]; }

static uint32_t keep_value(Value v)
{
    cr_assert_eq(cl_array_push(S, keep, v), CL_OK);
    return ((Array *)cl_as_object(keep))->count - 1;
}

// Makes the key objects of key numbers 0 .. count-1 (kept in `keep` from index 0): small ints,
// strings and bignums in turn.
static void make_keys(uint32_t count)
{
    for (uint32_t i = 0; i < count; i++) {
        Value key;
        if (i % 3 == 0) {
            key = cl_from_small_int(i);
        } else if (i % 3 == 1) {
            char text[32];
            snprintf(text, sizeof text, "key-%u", i);
            cr_assert_eq(cl_string_from_cstr(S, text, &key), CL_OK);
        } else {
            char text[48];
            snprintf(text, sizeof text, "%u000000000000000000000", i);
            cr_assert_eq(cl_int_from_text(S, text, strlen(text), &key), CL_OK);
        }
        keep_value(key);
    }
}

// The key of number i as a lookup would see it: for ints, sometimes the equal float.
static Value probe_key(uint32_t i, bool as_float)
{
    Value key = *kept(i);
    if (as_float && cl_is_small_int(key)) {
        cr_assert_eq(cl_float_new(S, (double)cl_small_int(key), &key), CL_OK);
    }
    return key;
}

static int64_t model_find(const Model *m, int32_t key)
{
    for (uint32_t i = 0; i < m->count; i++)
        if (m->keys[i] == key)
            return i;
    return -1;
}

static void model_set(Model *m, int32_t key, int64_t value)
{
    int64_t i = model_find(m, key);
    if (i < 0) {
        i = m->count++;
        m->keys[i] = key;
    }
    m->values[i] = value;
}

static void model_remove(Model *m, int32_t key)
{
    int64_t i = model_find(m, key);
    if (i < 0)
        return;
    m->count--;
    memmove(m->keys + i, m->keys + i + 1, (m->count - (uint32_t)i) * sizeof *m->keys);
    memmove(m->values + i, m->values + i + 1, (m->count - (uint32_t)i) * sizeof *m->values);
}

static Model model_copy(const Model *m, uint32_t capacity)
{
    Model copy = {malloc(capacity * sizeof(int32_t)), malloc(capacity * sizeof(int64_t)),
                  m->count};
    memcpy(copy.keys, m->keys, m->count * sizeof(int32_t));
    memcpy(copy.values, m->values, m->count * sizeof(int64_t));
    return copy;
}

// Checks size, iteration order and every lookup of `dict` against the model.
static void check_all(Value dict, const Model *m, uint32_t key_count)
{
    cr_assert_eq(cl_dict_size(dict), m->count);
    uint32_t cursor = 0, n = 0;
    Value key, value;
    while (cl_dict_next(dict, &cursor, &key, &value)) {
        cr_assert_lt(n, m->count, "iteration goes past %u entries", m->count);
        cr_assert(cl_equal(S, key, *kept((uint32_t)m->keys[n])), "entry %u has the wrong key", n);
        cr_assert_eq(value, cl_from_small_int(m->values[n]), "entry %u has the wrong value", n);
        n++;
    }
    cr_assert_eq(n, m->count, "iteration stops after %u of %u entries", n, m->count);
    for (uint32_t i = 0; i < key_count; i++) {
        int64_t at = model_find(m, (int32_t)i);
        bool found = cl_dict_get(S, dict, probe_key(i, i % 2 == 0), &value);
        cr_assert_eq(found, at >= 0, "key %u: found %d", i, found);
        if (found)
            cr_assert_eq(value, cl_from_small_int(m->values[at]));
    }
}

// Runs `steps` random sets and removes over keys 0 .. key_count-1, checking the touched key
// at every step, everything every `full_every` steps, and saved versions at the end.
static void random_run(uint32_t key_count, uint32_t steps, uint32_t full_every,
                       unsigned remove_percent, unsigned seed)
{
    srand(seed);
    make_keys(key_count);
    Model m = {malloc(key_count * sizeof(int32_t)), malloc(key_count * sizeof(int64_t)), 0};
    Model saved_models[8];
    uint32_t saved_at[8], saved = 0;
    Value dict, k = CL_NIL;
    cl_root(S, &k);  // a float key made for this step is nowhere else
    cr_assert_eq(cl_dict_new(S, false, &dict), CL_OK);
    uint32_t slot = keep_value(dict);
    for (uint32_t step = 0; step < steps; step++) {
        int32_t key = rand() % (int32_t)key_count;
        k = probe_key((uint32_t)key, rand() % 2);
        if ((unsigned)(rand() % 100) < remove_percent) {
            cr_assert_eq(cl_dict_remove(S, *kept(slot), k, kept(slot)), CL_OK);
            model_remove(&m, key);
            cr_assert(!cl_dict_get(S, *kept(slot), k, NULL));
        } else {
            int64_t value = rand() % 1000;
            cr_assert_eq(cl_dict_set(S, *kept(slot), k, cl_from_small_int(value), kept(slot)),
                         CL_OK);
            model_set(&m, key, value);
            Value got;
            cr_assert(cl_dict_get(S, *kept(slot), k, &got));
            cr_assert_eq(got, cl_from_small_int(value));
        }
        cr_assert_eq(cl_dict_size(*kept(slot)), m.count, "size after step %u", step);
        if (step % full_every == full_every - 1)
            check_all(*kept(slot), &m, key_count);
        if (step % (steps / 8) == steps / 16 && saved < 8) {
            saved_models[saved] = model_copy(&m, key_count);
            saved_at[saved++] = keep_value(*kept(slot));
        }
    }
    check_all(*kept(slot), &m, key_count);
    for (uint32_t i = 0; i < saved; i++) {
        check_all(*kept(saved_at[i]), &saved_models[i], key_count);
        free(saved_models[i].keys);
        free(saved_models[i].values);
    }
    free(m.keys);
    free(m.values);
}

TestSuite(dict, .init = setup, .fini = teardown, .timeout = 600);

Test(dict, small_dicts_many_updates) { random_run(12, STEPS, 1, 40, 1); }

Test(dict, around_the_flat_limit) { random_run(20, STEPS, 7, 45, 2); }

Test(dict, medium_with_removals) { random_run(300, STEPS, 500, 35, 3); }

Test(dict, large_mostly_inserts) { random_run(STEPS / 2, STEPS, STEPS / 4, 10, 4); }

Test(dict, grow_then_shrink_to_nothing)
{
    uint32_t count = STEPS / 4;
    make_keys(count);
    Model m = {malloc(count * sizeof(int32_t)), malloc(count * sizeof(int64_t)), 0};
    Value dict;
    cr_assert_eq(cl_dict_new(S, false, &dict), CL_OK);
    uint32_t slot = keep_value(dict);
    for (uint32_t i = 0; i < count; i++) {
        cr_assert_eq(cl_dict_set(S, *kept(slot), *kept(i), cl_from_small_int(i), kept(slot)),
                     CL_OK);
        model_set(&m, (int32_t)i, i);
    }
    check_all(*kept(slot), &m, count);
    // Remove from the middle outwards, so that holes and compactions happen everywhere.
    for (uint32_t j = 0; j < count; j++) {
        uint32_t i = (count / 2 + (j % 2 ? j / 2 + 1 : count - j / 2)) % count;
        cr_assert_eq(cl_dict_remove(S, *kept(slot), *kept(i), kept(slot)), CL_OK);
        model_remove(&m, (int32_t)i);
        if (j % 97 == 0 || m.count < 12)
            check_all(*kept(slot), &m, count);
    }
    cr_assert_eq(cl_dict_size(*kept(slot)), 0);
    free(m.keys);
    free(m.values);
}

// The index hash of dict.c (splitmix64's finaliser over cl_hash, top 32 bits); the collision
// test below needs keys that share it.
static uint32_t index_hash(Value key)
{
    uint64_t h = cl_hash(S, key);
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
    return (uint32_t)((h ^ (h >> 31)) >> 32);
}

typedef struct HashedInt {
    uint32_t hash;
    int32_t n;
} HashedInt;

static int by_hash(const void *a, const void *b)
{
    const HashedInt *x = a, *y = b;
    return x->hash < y->hash ? -1 : x->hash > y->hash ? 1 : x->n - y->n;
}

Test(dict, colliding_hashes)
{
    // Small ints whose 32-bit index hashes collide (about five pairs among 200,000 ints).
    uint32_t range = 200000;
    HashedInt *all = malloc(range * sizeof *all);
    for (uint32_t i = 0; i < range; i++)
        all[i] = (HashedInt){index_hash(cl_from_small_int(i)), (int32_t)i};
    qsort(all, range, sizeof *all, by_hash);
    int32_t colliding[64];
    uint32_t count = 0;
    for (uint32_t i = 1; i < range && count < 62; i++)
        if (all[i].hash == all[i - 1].hash) {
            colliding[count++] = all[i - 1].n;
            colliding[count++] = all[i].n;
        }
    free(all);
    cr_assert_geq(count, 4, "found only %u colliding ints", count);
    // Keys 0 .. filler-1 are ordinary ints far from the colliding ones; then the colliding.
    uint32_t filler = 40;
    for (uint32_t i = 0; i < filler; i++)
        keep_value(cl_from_small_int(-(int64_t)i - 1));
    for (uint32_t i = 0; i < count; i++)
        keep_value(cl_from_small_int(colliding[i]));
    uint32_t keys = filler + count;
    Model m = {malloc(keys * sizeof(int32_t)), malloc(keys * sizeof(int64_t)), 0};
    Value dict;
    cr_assert_eq(cl_dict_new(S, false, &dict), CL_OK);
    uint32_t slot = keep_value(dict);
    srand(5);
    for (uint32_t step = 0; step < STEPS / 4; step++) {
        // Mostly the colliding keys, so that pairs are added and removed in every order.
        int32_t key = rand() % 4 ? (int32_t)(filler + (uint32_t)rand() % count)
                                 : rand() % (int32_t)filler;
        if (rand() % 2) {
            cr_assert_eq(cl_dict_remove(S, *kept(slot), *kept(key), kept(slot)), CL_OK);
            model_remove(&m, key);
        } else {
            cr_assert_eq(cl_dict_set(S, *kept(slot), *kept(key), cl_from_small_int(step),
                                     kept(slot)), CL_OK);
            model_set(&m, key, step);
        }
        check_all(*kept(slot), &m, keys);
    }
    free(m.keys);
    free(m.values);
}

Test(dict, nan_keys_are_stored_but_never_found)
{
    Value dict, nan;
    cr_assert_eq(cl_dict_new(S, true, &dict), CL_OK);
    uint32_t slot = keep_value(dict);
    for (int i = 0; i < 30; i++) {
        cr_assert_eq(cl_float_new(S, NAN, &nan), CL_OK);
        keep_value(nan);
        cr_assert_eq(cl_dict_set(S, *kept(slot), nan, CL_TRUE, kept(slot)), CL_OK);
        cr_assert_eq(cl_dict_size(*kept(slot)), (uint32_t)i + 1);
        cr_assert(!cl_dict_get(S, *kept(slot), nan, NULL));
        Value same = *kept(slot);
        cr_assert_eq(cl_dict_remove(S, same, nan, kept(slot)), CL_OK);
        cr_assert_eq(*kept(slot), same, "removing an absent key gives the same dict");
    }
    uint32_t cursor = 0, n = 0;
    Value key;
    while (cl_dict_next(*kept(slot), &cursor, &key, NULL))
        cr_assert_eq(key, *kept(slot + 1 + n++));
    cr_assert_eq(n, 30);
}

Test(dict, text_lookup_and_unchanged_results)
{
    make_keys(60);
    Value dict;
    cr_assert_eq(cl_dict_new(S, false, &dict), CL_OK);
    uint32_t slot = keep_value(dict);
    for (uint32_t i = 0; i < 60; i++) {
        cr_assert_eq(cl_dict_set(S, *kept(slot), *kept(i), cl_from_small_int(i), kept(slot)),
                     CL_OK);
        Value same = *kept(slot), out;
        cr_assert_eq(cl_dict_set(S, same, *kept(i), cl_from_small_int(i), &out), CL_OK);
        cr_assert_eq(out, same, "setting the value a key already has gives the same dict");
    }
    for (uint32_t i = 1; i < 60; i += 3) {
        char text[32];
        snprintf(text, sizeof text, "key-%u", i);
        Value value;
        cr_assert(cl_dict_get_text(S, *kept(slot), text, strlen(text), &value), "%s", text);
        cr_assert_eq(value, cl_from_small_int(i));
    }
    cr_assert(!cl_dict_get_text(S, *kept(slot), "key-0", 5, NULL));
    cr_assert(!cl_dict_get_text(S, *kept(slot), "", 0, NULL));
}
