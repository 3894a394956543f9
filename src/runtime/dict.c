// dict.c: dicts and sets, persistent and insertion-ordered (docs/internals/dicts.md). A dict of
// up to FLAT_MAX entries is one flat object of key/value pairs, copied on every update. A larger
// one is a trie dict of two persistent structures that share all but one path with the dict
// they were made from, so that an update costs O(log n):
//   - the entry vector holds the key/value pairs in insertion order, entry number `seq` at
//     position `seq`: a radix trie of leaves of LEAF_ENTRIES pairs plus a tail leaf for the
//     newest pairs (as Clojure's vectors); a removed entry leaves a hole (CL_HOLE);
//   - the hash index maps the 32-bit hash of every live key to its entry number: a hash array
//     mapped trie of 16-way nodes (CHAMP layout: inline entries, then children) whose entries
//     are plain (hash, seq) words, so keys are compared against the vector's copy.
// Keys are compared with cl_equal and hashed with cl_hash, so 1 and 1.0 are one key.
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

#define FLAT_MAX 8      // the most entries of a flat dict
#define FLAT_SHRINK 4   // a trie dict that shrinks to this many entries becomes flat again
#define LEAF_ENTRIES 8  // key/value pairs per leaf of the entry vector: a 136-byte object
#define BRANCH_BITS 4   // an inner vector node has up to 16 children
#define BRANCH (1u << BRANCH_BITS)
#define INDEX_BITS 4    // hash bits per index level: 16-way nodes of at most 136 bytes
#define INDEX_LEVELS 8  // 32 hash bits / INDEX_BITS; a node this deep is a collision node

// Flags of an OBJ_DICT beside OBJF_LARGE (bit 0) and OBJF_SET (bit 1).
#define DICT_TRIE (1u << 2)  // the trie layout (otherwise flat)

// The three kinds of OBJ_DICTNODE, in the header's flags (bit 0 is OBJF_LARGE).
#define NODE_VECTOR (1u << 1)     // entry vector: `aux` values (a leaf's key/value pairs, or
                                  // an inner node's children)
#define NODE_INDEX (1u << 2)      // hash index: aux = entry bitmap | child bitmap << 16; slots:
                                  // the packed entries, then the children, in bit order
#define NODE_COLLISION (1u << 3)  // hash index at INDEX_LEVELS: `aux` packed entries, all with
                                  // the same hash

typedef struct Dict {
    Obj h;            // aux: live entries; flags: OBJF_SET, DICT_TRIE
    uint32_t used;    // flat: entries; trie: entry numbers handed out, holes included
    uint32_t height;  // trie: inner vector levels above the leaves (0: the root is a leaf)
    Value slots[];    // flat: `used` key/value pairs; trie: SLOT_INDEX, SLOT_ROOT, SLOT_TAIL
} Dict;

enum { SLOT_INDEX, SLOT_ROOT, SLOT_TAIL, TRIE_SLOTS };

// A node of the entry vector or the hash index. Index entries are packed words
// (hash << 32 | seq), not values: the collector never sees them (cl_dict_mark_children).
typedef struct Node {
    Obj h;
    Value slots[];
} Node;

// A trie dict taken apart, while an update builds the next one. The three values are rooted
// (root_trie) whenever the Trie is being changed. 0 stands for "no node".
typedef struct Trie {
    Value index;      // the hash index's root node
    Value root;       // the vector's trie of full leaves, or 0 while all entries are in the tail
    Value tail;       // the vector's newest 1 .. LEAF_ENTRIES pairs, or 0 when there are none
    uint32_t used;
    uint32_t height;
    uint32_t live;
} Trie;

// What a lookup looks for: the key `key`, or, when `text` is set, a string with these bytes.
typedef struct Probe {
    Value key;
    const char *text;
    size_t length;
} Probe;

static inline Dict *as_dict(Value v) { return (Dict *)cl_as_object(v); }
static inline Node *as_node(Value v) { return (Node *)cl_as_object(v); }
static inline bool is_trie(const Dict *d) { return (d->h.flags & DICT_TRIE) != 0; }
static inline bool is_set(const Dict *d) { return (d->h.flags & OBJF_SET) != 0; }

// The number of bits set in a 16-bit bitmap (SWAR: no library call without -mpopcnt).
static inline uint32_t popcount(uint32_t x)
{
    x = x - ((x >> 1) & 0x5555);
    x = (x & 0x3333) + ((x >> 2) & 0x3333);
    x = (x + (x >> 4)) & 0x0F0F;
    return (x + (x >> 8)) & 0x1F;
}

// The 32 bits of hash the index uses. cl_hash of a small int is the int itself, so its bits
// are mixed (splitmix64's finaliser) before the top half is taken.
static inline uint32_t index_hash(uint64_t h)
{
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
    return (uint32_t)((h ^ (h >> 31)) >> 32);
}

static bool matches(ClState *S, const Probe *p, Value key)
{
    if (p->text)
        return cl_is_string(key) && cl_as_string(key)->size == p->length &&
               memcmp(cl_as_string(key)->bytes, p->text, p->length) == 0;
    return cl_equal(S, key, p->key);
}

// Allocates a node of `kind` with `count` zeroed slots (and aux = count). May collect.
static Node *new_node(ClState *S, uint16_t kind, uint32_t count)
{
    Node *n = (Node *)cl_alloc_object(S, OBJ_DICTNODE, sizeof(Node) + count * sizeof(Value));
    if (n) {
        n->h.flags |= kind;
        n->h.aux = count;
    }
    return n;
}

void cl_dict_mark_children(Heap *h, Obj *o)
{
    const Value *slots;
    uint32_t count;
    if (o->type == OBJ_DICT) {
        Dict *d = (Dict *)o;
        slots = d->slots;
        count = is_trie(d) ? TRIE_SLOTS : 2 * d->used;
    } else if (o->flags & NODE_VECTOR) {
        slots = ((Node *)o)->slots;
        count = o->aux;
    } else if (o->flags & NODE_INDEX) {
        slots = ((Node *)o)->slots + popcount(o->aux & 0xFFFF);
        count = popcount(o->aux >> 16);
    } else {
        return;  // a collision node holds packed entries only
    }
    for (uint32_t i = 0; i < count; i++)
        cl_gc_mark_value(h, slots[i]);
}

// ---------------------------------------------------------------------------------------------
// Flat dicts

// Allocates a flat dict of `count` entries, all still 0. May collect.
static Dict *new_flat(ClState *S, uint32_t count, bool set)
{
    size_t size = sizeof(Dict) + (size_t)count * 2 * sizeof(Value);
    Dict *d = (Dict *)cl_alloc_object(S, OBJ_DICT, size);
    if (!d)
        return NULL;
    d->used = count;
    d->h.aux = count;
    if (set)
        d->h.flags |= OBJF_SET;
    return d;
}

ClStatus cl_dict_new(ClState *S, bool set, Value *out)
{
    Dict *d = new_flat(S, 0, set);
    if (!d)
        return CL_ERROR;
    *out = cl_from_object(d);
    return CL_OK;
}

// The position of the probed key in a flat dict, or -1.
static int64_t flat_find(ClState *S, const Dict *d, const Probe *p)
{
    for (uint32_t i = 0; i < d->used; i++)
        if (matches(S, p, d->slots[2 * i]))
            return i;
    return -1;
}

// A copy of flat `dict` without entry `skip`. May collect.
static ClStatus flat_without(ClState *S, Value dict, uint32_t skip, Value *out)
{
    RootMark mark = cl_root(S, &dict);
    Dict *copy = new_flat(S, as_dict(dict)->used - 1, is_set(as_dict(dict)));
    cl_unroot(S, mark);
    if (!copy)
        return CL_ERROR;
    const Value *from = as_dict(dict)->slots;
    memcpy(copy->slots, from, 2 * skip * sizeof(Value));
    memcpy(copy->slots + 2 * skip, from + 2 * skip + 2, 2 * (copy->used - skip) * sizeof(Value));
    *out = cl_from_object(copy);
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// The entry vector

// The first entry number held in the tail of a vector of `used` entries.
static inline uint32_t tail_start(uint32_t used)
{
    return used == 0 ? 0 : (used - 1) / LEAF_ENTRIES * LEAF_ENTRIES;
}

// The leaf (tail or not) that holds entry `seq` (< t->used), at slots 2 * (seq % LEAF_ENTRIES)
// and the next: the tail starts at a multiple of LEAF_ENTRIES.
static Node *leaf_of(const Trie *t, uint32_t seq)
{
    if (seq >= tail_start(t->used))
        return as_node(t->tail);
    Node *n = as_node(t->root);
    uint32_t leaf = seq / LEAF_ENTRIES;
    for (uint32_t level = t->height; level > 0; level--)
        n = as_node(n->slots[(leaf >> (BRANCH_BITS * (level - 1))) & (BRANCH - 1)]);
    return n;
}

// The key/value pair of entry `seq` (< t->used).
static inline Value *entry_at(const Trie *t, uint32_t seq)
{
    return &leaf_of(t, seq)->slots[2 * (seq % LEAF_ENTRIES)];
}

// A copy of the vector subtree `node` (0: none yet) of height `level` in which leaf number
// `leaf_index` is `leaf`. `node` and `leaf` must be reachable from roots. May collect.
static ClStatus vector_put(ClState *S, Value node, uint32_t level, uint32_t leaf_index,
                           Value leaf, Value *out)
{
    if (level == 0) {
        *out = leaf;
        return CL_OK;
    }
    uint32_t i = (leaf_index >> (BRANCH_BITS * (level - 1))) & (BRANCH - 1);
    uint32_t count = node ? as_node(node)->h.aux : 0;
    Value fresh;
    TRY(vector_put(S, i < count ? as_node(node)->slots[i] : 0, level - 1, leaf_index, leaf,
                   &fresh));
    RootMark mark = cl_root(S, &fresh);
    Node *copy = new_node(S, NODE_VECTOR, i < count ? count : i + 1);
    cl_unroot(S, mark);
    if (!copy)
        return CL_ERROR;
    if (count)
        memcpy(copy->slots, as_node(node)->slots, count * sizeof(Value));
    copy->slots[i] = fresh;
    *out = cl_from_object(copy);
    return CL_OK;
}

// Moves the full tail of `t` into its trie of leaves, adding a level when that is full.
// May collect.
static ClStatus push_tail(ClState *S, Trie *t)
{
    uint32_t leaf_index = tail_start(t->used) / LEAF_ENTRIES;
    if (!t->root) {
        t->root = t->tail;
        t->height = 0;
        return CL_OK;
    }
    if ((uint64_t)leaf_index == (uint64_t)1 << (BRANCH_BITS * t->height)) {
        Node *grown = new_node(S, NODE_VECTOR, 1);
        if (!grown)
            return CL_ERROR;
        grown->slots[0] = t->root;
        t->root = cl_from_object(grown);
        t->height++;
    }
    return vector_put(S, t->root, t->height, leaf_index, t->tail, &t->root);
}

// Appends key/value to the vector of `t` (rooted) as entry number t->used. May collect.
static ClStatus vector_append(ClState *S, Trie *t, Value key, Value value)
{
    uint32_t in_tail = t->used - tail_start(t->used);
    RootMark mark = cl_root(S, &key);
    cl_root(S, &value);
    ClStatus status = CL_OK;
    if (t->used > 0 && in_tail == LEAF_ENTRIES) {
        status = push_tail(S, t);
        in_tail = 0;
    }
    Node *tail = status == CL_OK ? new_node(S, NODE_VECTOR, 2 * (in_tail + 1)) : NULL;
    cl_unroot(S, mark);
    if (!tail)
        return CL_ERROR;
    if (in_tail)
        memcpy(tail->slots, as_node(t->tail)->slots, 2 * in_tail * sizeof(Value));
    tail->slots[2 * in_tail] = key;
    tail->slots[2 * in_tail + 1] = value;
    t->tail = cl_from_object(tail);
    t->used++;
    return CL_OK;
}

// Makes entry `seq` of the vector of `t` (rooted) key/value: a copy of its leaf, and of the
// path to it. May collect.
static ClStatus vector_set(ClState *S, Trie *t, uint32_t seq, Value key, Value value)
{
    bool in_tail = seq >= tail_start(t->used);
    const Node *old = leaf_of(t, seq);
    Value leaf = 0;
    RootMark mark = cl_root(S, &key);
    cl_root(S, &value);
    cl_root(S, &leaf);
    Node *copy = new_node(S, NODE_VECTOR, old->h.aux);
    ClStatus status = CL_ERROR;
    if (copy) {
        memcpy(copy->slots, old->slots, old->h.aux * sizeof(Value));
        copy->slots[2 * (seq % LEAF_ENTRIES)] = key;
        copy->slots[2 * (seq % LEAF_ENTRIES) + 1] = value;
        leaf = cl_from_object(copy);
        status = CL_OK;
        if (in_tail)
            t->tail = leaf;
        else
            status = vector_put(S, t->root, t->height, seq / LEAF_ENTRIES, leaf, &t->root);
    }
    cl_unroot(S, mark);
    return status;
}

// ---------------------------------------------------------------------------------------------
// The hash index

static inline uint64_t pack(uint32_t hash, uint32_t seq) { return (uint64_t)hash << 32 | seq; }
static inline uint32_t entry_hash(uint64_t entry) { return (uint32_t)(entry >> 32); }
static inline uint32_t entry_seq(uint64_t entry) { return (uint32_t)entry; }
static inline uint32_t entry_bits(const Node *n) { return n->h.aux & 0xFFFF; }
static inline uint32_t child_bits(const Node *n) { return n->h.aux >> 16; }

// The slot number (0 .. 15) of `hash` in an index node at `level` (< INDEX_LEVELS).
static inline uint32_t nibble(uint32_t hash, uint32_t level)
{
    return (hash >> (INDEX_BITS * level)) & 15;
}

// The entry number of the key the probe matches, or -1.
static int64_t index_find(ClState *S, const Trie *t, uint32_t hash, const Probe *p)
{
    const Node *n = as_node(t->index);
    for (uint32_t level = 0;; level++) {
        if (n->h.flags & NODE_COLLISION) {  // reached only when all 32 bits agree
            for (uint32_t i = 0; i < n->h.aux; i++)
                if (matches(S, p, entry_at(t, entry_seq(n->slots[i]))[0]))
                    return entry_seq(n->slots[i]);
            return -1;
        }
        uint32_t bit = 1u << nibble(hash, level);
        if (entry_bits(n) & bit) {
            uint64_t e = n->slots[popcount(entry_bits(n) & (bit - 1))];
            bool found = entry_hash(e) == hash && matches(S, p, entry_at(t, entry_seq(e))[0]);
            return found ? (int64_t)entry_seq(e) : -1;
        }
        if (!(child_bits(n) & bit))
            return -1;
        n = as_node(n->slots[popcount(entry_bits(n)) + popcount(child_bits(n) & (bit - 1))]);
    }
}

// An index node laid out by slot number, for editing.
typedef struct Spread {
    uint32_t entry_bits, child_bits;
    uint64_t entry[16];
    Value child[16];
} Spread;

// Lays index node `n` out by slot number.
static void spread(const Node *n, Spread *s)
{
    s->entry_bits = entry_bits(n);
    s->child_bits = child_bits(n);
    uint32_t e = 0, c = popcount(s->entry_bits);
    for (uint32_t i = 0; i < 16; i++) {
        if (s->entry_bits & (1u << i))
            s->entry[i] = n->slots[e++];
        if (s->child_bits & (1u << i))
            s->child[i] = n->slots[c++];
    }
}

// The index node `s` describes. Its children must be reachable from roots. May collect.
static ClStatus pack_node(ClState *S, const Spread *s, Value *out)
{
    uint32_t entries = popcount(s->entry_bits);
    Node *n = new_node(S, NODE_INDEX, entries + popcount(s->child_bits));
    if (!n)
        return CL_ERROR;
    n->h.aux = s->entry_bits | s->child_bits << 16;
    uint32_t e = 0, c = entries;
    for (uint32_t i = 0; i < 16; i++) {
        if (s->entry_bits & (1u << i))
            n->slots[e++] = s->entry[i];
        if (s->child_bits & (1u << i))
            n->slots[c++] = s->child[i];
    }
    *out = cl_from_object(n);
    return CL_OK;
}

// A subtree at `level` holding entries a and b, whose hashes agree below `level`. May collect.
static ClStatus index_pair(ClState *S, uint32_t level, uint64_t a, uint64_t b, Value *out)
{
    if (level == INDEX_LEVELS) {
        Node *n = new_node(S, NODE_COLLISION, 2);
        if (!n)
            return CL_ERROR;
        n->slots[0] = a;
        n->slots[1] = b;
        *out = cl_from_object(n);
        return CL_OK;
    }
    uint32_t i = nibble(entry_hash(a), level), j = nibble(entry_hash(b), level);
    Spread s = {0};
    Value child = 0;
    if (i != j) {
        s.entry_bits = 1u << i | 1u << j;
        s.entry[i] = a;
        s.entry[j] = b;
    } else {
        TRY(index_pair(S, level + 1, a, b, &child));
        s.child_bits = 1u << i;
        s.child[i] = child;
    }
    RootMark mark = cl_root(S, &child);
    ClStatus status = pack_node(S, &s, out);
    cl_unroot(S, mark);
    return status;
}

// A copy of collision node `n` with `entry` added, or without it when `add` is false.
// May collect.
static ClStatus collision_edit(ClState *S, const Node *n, uint64_t entry, bool add, Value *out)
{
    uint32_t count = n->h.aux;
    Node *copy = new_node(S, NODE_COLLISION, add ? count + 1 : count - 1);
    if (!copy)
        return CL_ERROR;
    uint32_t k = 0;
    for (uint32_t i = 0; i < count; i++)
        if (add || n->slots[i] != entry)
            copy->slots[k++] = n->slots[i];
    if (add)
        copy->slots[k] = entry;
    *out = cl_from_object(copy);
    return CL_OK;
}

// The index subtree `node` at `level` with `entry` added; no entry of its key is there yet.
// May collect.
static ClStatus index_insert(ClState *S, Value node, uint32_t level, uint64_t entry, Value *out)
{
    const Node *n = as_node(node);
    if (n->h.flags & NODE_COLLISION)
        return collision_edit(S, n, entry, true, out);
    Spread s;
    spread(n, &s);
    uint32_t i = nibble(entry_hash(entry), level), bit = 1u << i;
    Value fresh = 0;
    if (s.child_bits & bit) {
        TRY(index_insert(S, s.child[i], level + 1, entry, &fresh));
        s.child[i] = fresh;
    } else if (s.entry_bits & bit) {
        TRY(index_pair(S, level + 1, s.entry[i], entry, &fresh));
        s.entry_bits &= ~bit;
        s.child_bits |= bit;
        s.child[i] = fresh;
    } else {
        s.entry_bits |= bit;
        s.entry[i] = entry;
    }
    RootMark mark = cl_root(S, &fresh);
    ClStatus status = pack_node(S, &s, out);
    cl_unroot(S, mark);
    return status;
}

// The index subtree `node` at `level` without `entry` (which is there). Below level 0, when a
// single entry would remain, *out is 0 and the entry is left in *lone for the parent to hold
// inline, so that every subtree holds two entries or more. May collect.
static ClStatus index_remove(ClState *S, Value node, uint32_t level, uint64_t entry, Value *out,
                             uint64_t *lone)
{
    const Node *n = as_node(node);
    if (n->h.flags & NODE_COLLISION) {
        if (n->h.aux > 2)
            return collision_edit(S, n, entry, false, out);
        *lone = n->slots[0] == entry ? n->slots[1] : n->slots[0];
        *out = 0;
        return CL_OK;
    }
    Spread s;
    spread(n, &s);
    uint32_t i = nibble(entry_hash(entry), level), bit = 1u << i;
    Value fresh = 0;
    if (s.entry_bits & bit) {
        s.entry_bits &= ~bit;
    } else {
        uint64_t single;
        TRY(index_remove(S, s.child[i], level + 1, entry, &fresh, &single));
        if (fresh) {
            s.child[i] = fresh;
        } else {
            s.child_bits &= ~bit;
            s.entry_bits |= bit;
            s.entry[i] = single;
        }
    }
    if (level > 0 && s.child_bits == 0 && popcount(s.entry_bits) == 1) {
        *lone = s.entry[popcount(s.entry_bits - 1)];
        *out = 0;
        return CL_OK;
    }
    RootMark mark = cl_root(S, &fresh);
    ClStatus status = pack_node(S, &s, out);
    cl_unroot(S, mark);
    return status;
}

// A copy of the index subtree `node` whose entry numbers are renumbered by `renumber`.
// May collect.
static ClStatus index_renumber(ClState *S, Value node, const uint32_t *renumber, Value *out)
{
    const Node *n = as_node(node);
    bool collision = (n->h.flags & NODE_COLLISION) != 0;
    uint32_t entries = collision ? n->h.aux : popcount(entry_bits(n));
    uint32_t count = collision ? n->h.aux : entries + popcount(child_bits(n));
    Node *copy = new_node(S, collision ? NODE_COLLISION : NODE_INDEX, count);
    if (!copy)
        return CL_ERROR;
    copy->h.aux = n->h.aux;
    memcpy(copy->slots, n->slots, count * sizeof(Value));  // children: replaced below
    for (uint32_t i = 0; i < entries; i++)
        copy->slots[i] = pack(entry_hash(n->slots[i]), renumber[entry_seq(n->slots[i])]);
    Value result = cl_from_object(copy);
    RootMark mark = cl_root(S, &result);
    ClStatus status = CL_OK;
    for (uint32_t i = entries; i < count && status == CL_OK; i++) {
        Value child;
        status = index_renumber(S, copy->slots[i], renumber, &child);
        if (status == CL_OK)
            copy->slots[i] = child;  // `copy` is not published yet
    }
    cl_unroot(S, mark);
    *out = result;
    return status;
}

// ---------------------------------------------------------------------------------------------
// Trie dicts

// The parts of trie dict `d` (unrooted: root_trie them before anything may collect).
static Trie trie_of(const Dict *d)
{
    return (Trie){.index = d->slots[SLOT_INDEX], .root = d->slots[SLOT_ROOT],
                  .tail = d->slots[SLOT_TAIL], .used = d->used, .height = d->height,
                  .live = d->h.aux};
}

// Roots the three parts of `t` until cl_unroot(S, the mark returned).
static RootMark root_trie(ClState *S, Trie *t)
{
    RootMark mark = cl_root(S, &t->index);
    cl_root(S, &t->root);
    cl_root(S, &t->tail);
    return mark;
}

// The dict object of a finished (rooted) Trie. May collect.
static ClStatus finish_trie(ClState *S, const Trie *t, bool set, Value *out)
{
    Dict *d = (Dict *)cl_alloc_object(S, OBJ_DICT, sizeof(Dict) + TRIE_SLOTS * sizeof(Value));
    if (!d)
        return CL_ERROR;
    d->h.flags |= DICT_TRIE | (set ? OBJF_SET : 0);
    d->h.aux = t->live;
    d->used = t->used;
    d->height = t->height;
    d->slots[SLOT_INDEX] = t->index;
    d->slots[SLOT_ROOT] = t->root;
    d->slots[SLOT_TAIL] = t->tail;
    *out = cl_from_object(d);
    return CL_OK;
}

// Adds a new key (with its index hash) to `t` (rooted). May collect.
static ClStatus add_entry(ClState *S, Trie *t, Value key, Value value, uint32_t hash)
{
    if (t->used == UINT32_MAX)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "a dict cannot hold more than %u entries",
                         UINT32_MAX - 1);
    uint32_t seq = t->used;
    TRY(vector_append(S, t, key, value));
    TRY(index_insert(S, t->index, 0, pack(hash, seq), &t->index));
    t->live++;
    return CL_OK;
}

// The trie dict of the entries of the full flat dict `dict` followed by key/value. May collect.
static ClStatus grow(ClState *S, Value dict, Value key, Value value, uint32_t hash, Value *out)
{
    Trie t = {0};
    RootMark mark = cl_root(S, &dict);
    cl_root(S, &key);
    cl_root(S, &value);
    root_trie(S, &t);
    ClStatus status = CL_ERROR;
    Node *index = new_node(S, NODE_INDEX, 0);
    if (index) {
        t.index = cl_from_object(index);
        status = CL_OK;
    }
    const Dict *d = as_dict(dict);
    for (uint32_t i = 0; i < d->used && status == CL_OK; i++) {
        Value k = d->slots[2 * i];
        status = add_entry(S, &t, k, d->slots[2 * i + 1], index_hash(cl_hash(S, k)));
    }
    if (status == CL_OK)
        status = add_entry(S, &t, key, value, hash);
    if (status == CL_OK)
        status = finish_trie(S, &t, is_set(d), out);
    cl_unroot(S, mark);
    return status;
}

// The flat dict of the live entries of trie `dict` but entry `skip`. May collect.
static ClStatus shrink(ClState *S, Value dict, uint32_t skip, Value *out)
{
    RootMark mark = cl_root(S, &dict);
    Dict *flat = new_flat(S, as_dict(dict)->h.aux - 1, is_set(as_dict(dict)));
    cl_unroot(S, mark);
    if (!flat)
        return CL_ERROR;
    Trie t = trie_of(as_dict(dict));
    uint32_t k = 0;
    for (uint32_t seq = 0; seq < t.used; seq++) {
        const Value *pair = entry_at(&t, seq);
        if (seq != skip && pair[0] != CL_HOLE) {
            flat->slots[2 * k] = pair[0];
            flat->slots[2 * k + 1] = pair[1];
            k++;
        }
    }
    *out = cl_from_object(flat);
    return CL_OK;
}

// Renumbers the entries of `t` (rooted) from 0 without the holes: a new vector of the live
// entries and a copy of the index with the new numbers. May collect.
static ClStatus compact(ClState *S, Trie *t)
{
    uint32_t *renumber = malloc((size_t)t->used * sizeof *renumber);
    if (!renumber)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory compacting a dict");
    Trie fresh = {.live = t->live};
    RootMark mark = root_trie(S, &fresh);
    ClStatus status = CL_OK;
    for (uint32_t seq = 0; seq < t->used && status == CL_OK; seq++) {
        const Value *pair = entry_at(t, seq);
        if (pair[0] != CL_HOLE) {
            renumber[seq] = fresh.used;
            status = vector_append(S, &fresh, pair[0], pair[1]);
        }
    }
    if (status == CL_OK)
        status = index_renumber(S, t->index, renumber, &fresh.index);
    cl_unroot(S, mark);
    free(renumber);
    if (status == CL_OK)
        *t = fresh;
    return status;
}

// ---------------------------------------------------------------------------------------------
// The interface of runtime.h

// The key/value pair of the probed key, or NULL. Only trie dicts hash the key.
static const Value *lookup(ClState *S, const Dict *d, const Probe *p)
{
    if (!is_trie(d)) {
        int64_t i = flat_find(S, d, p);
        return i < 0 ? NULL : &d->slots[2 * i];
    }
    uint64_t h = p->text ? cl_hash_string_bytes(p->text, p->length) : cl_hash(S, p->key);
    Trie t = trie_of(d);
    int64_t seq = index_find(S, &t, index_hash(h), p);
    return seq < 0 ? NULL : entry_at(&t, (uint32_t)seq);
}

bool cl_dict_get(ClState *S, Value dict, Value key, Value *value)
{
    Probe p = {.key = key};
    const Value *pair = lookup(S, as_dict(dict), &p);
    if (pair && value)
        *value = pair[1];
    return pair != NULL;
}

bool cl_dict_get_text(ClState *S, Value dict, const char *text, size_t length, Value *value)
{
    Probe p = {.key = CL_NIL, .text = text, .length = length};
    const Value *pair = lookup(S, as_dict(dict), &p);
    if (pair && value)
        *value = pair[1];
    return pair != NULL;
}

// cl_dict_set of a flat dict: a copy with the entry replaced or added, or a trie dict once
// there are more than FLAT_MAX entries. May collect.
static ClStatus flat_set(ClState *S, Value dict, Value key, Value value, Value *out)
{
    const Dict *d = as_dict(dict);
    Probe p = {.key = key};
    int64_t i = flat_find(S, d, &p);
    if (i >= 0 && d->slots[2 * i + 1] == value) {
        *out = dict;
        return CL_OK;
    }
    if (i < 0 && d->used == FLAT_MAX)
        return grow(S, dict, key, value, index_hash(cl_hash(S, key)), out);
    RootMark mark = cl_root(S, &dict);
    cl_root(S, &key);
    cl_root(S, &value);
    Dict *copy = new_flat(S, d->used + (i < 0), is_set(d));
    cl_unroot(S, mark);
    if (!copy)
        return CL_ERROR;
    d = as_dict(dict);
    memcpy(copy->slots, d->slots, 2 * d->used * sizeof(Value));
    uint32_t at = i >= 0 ? (uint32_t)i : d->used;
    copy->slots[2 * at] = i >= 0 ? d->slots[2 * at] : key;  // an existing key stays as it was
    copy->slots[2 * at + 1] = value;
    *out = cl_from_object(copy);
    return CL_OK;
}

ClStatus cl_dict_set(ClState *S, Value dict, Value key, Value value, Value *out)
{
    const Dict *d = as_dict(dict);
    if (!is_trie(d))
        return flat_set(S, dict, key, value, out);
    bool set = is_set(d);
    uint32_t hash = index_hash(cl_hash(S, key));
    Probe p = {.key = key};
    Trie t = trie_of(d);
    int64_t seq = index_find(S, &t, hash, &p);
    const Value *pair = seq >= 0 ? entry_at(&t, (uint32_t)seq) : NULL;
    if (pair && pair[1] == value) {
        *out = dict;
        return CL_OK;
    }
    RootMark mark = root_trie(S, &t);
    ClStatus status = pair ? vector_set(S, &t, (uint32_t)seq, pair[0], value)
                           : add_entry(S, &t, key, value, hash);
    if (status == CL_OK)
        status = finish_trie(S, &t, set, out);
    cl_unroot(S, mark);
    return status;
}

ClStatus cl_dict_remove(ClState *S, Value dict, Value key, Value *out)
{
    const Dict *d = as_dict(dict);
    Probe p = {.key = key};
    if (!is_trie(d)) {
        int64_t i = flat_find(S, d, &p);
        if (i < 0) {
            *out = dict;
            return CL_OK;
        }
        return flat_without(S, dict, (uint32_t)i, out);
    }
    bool set = is_set(d);
    uint32_t hash = index_hash(cl_hash(S, key));
    Trie t = trie_of(d);
    int64_t seq = index_find(S, &t, hash, &p);
    if (seq < 0) {
        *out = dict;
        return CL_OK;
    }
    if (t.live - 1 <= FLAT_SHRINK)
        return shrink(S, dict, (uint32_t)seq, out);
    RootMark mark = root_trie(S, &t);
    uint64_t lone;
    ClStatus status = index_remove(S, t.index, 0, pack(hash, (uint32_t)seq), &t.index, &lone);
    if (status == CL_OK)
        status = vector_set(S, &t, (uint32_t)seq, CL_HOLE, CL_HOLE);
    t.live--;
    // More holes than entries: renumber, so that the vector stays within twice the live size.
    if (status == CL_OK && t.used - t.live > t.live)
        status = compact(S, &t);
    if (status == CL_OK)
        status = finish_trie(S, &t, set, out);
    cl_unroot(S, mark);
    return status;
}

uint32_t cl_dict_size(Value dict) { return as_dict(dict)->h.aux; }

bool cl_dict_next(Value dict, uint32_t *cursor, Value *key, Value *value)
{
    const Dict *d = as_dict(dict);
    const Value *pair;
    if (!is_trie(d)) {
        if (*cursor >= d->used)
            return false;
        pair = &d->slots[2 * (*cursor)++];
    } else {
        Trie t = trie_of(d);
        do {
            if (*cursor >= t.used)
                return false;
            pair = entry_at(&t, (*cursor)++);
        } while (pair[0] == CL_HOLE);
    }
    *key = pair[0];
    if (value)
        *value = pair[1];
    return true;
}
