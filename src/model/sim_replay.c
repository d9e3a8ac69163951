/* sim_replay.c - a simulation's store of what an action emitted from a state, to emit it again.
 *
 * A walk comes back to the states near its start again and again, and picks there the actions it
 * picked before. Where the spec's values depend on the state alone (model.pure), an action whose walk
 * drew nothing emits the same successors from the same state every time (the same bytes, notes and
 * action ids, the same ones outside the constraints): kept by (the state's key, the action's place),
 * they are emitted again without evaluating the action or writing its successors (model_worker.c's
 * eval_pick_hooks). A table of buckets of eight slots, a bucket per state; the successors themselves
 * are written one after the other into a ring (the store), as they are emitted, and an entry is
 * kept by pointing its slot at them: no copy, no allocation per entry, and the bytes lie together
 * (a probe touches the slot and the entry's bytes, nothing else). An entry whose slot was taken
 * since, or whose bytes the ring has written over, is made again.
 * Where walks seldom come back (btree's), keeping costs more than it saves: after TRIAL entries kept,
 * if fewer than one in HIT_SHARE was emitted again, nothing is looked for or kept in the next REST
 * expansions (MCLamportMutex's first trial finds 1 in 4, then more; btree's 1 in 10 to 24), then
 * another trial. */
#include "model_internal.h"

#include <stdlib.h>
#include <string.h>

/* the buckets of eight slots, an entry's most bytes, and the ring's bytes (per worker). MCLamportMutex's
 * 10,000 walks keep some 120 k distinct (state, action) entries of ~150 bytes: sized for them (16 k
 * direct-mapped slots and 8 MB made two thirds of the entries kept again, evaluated each time). */
enum { REPLAY_BUCKET_BITS = 16, REPLAY_MAX_BYTES = 1 << 14, REPLAY_STORE = 32 << 20 };
enum { TRIAL = 2048, HIT_SHARE = 8, REST = 1 << 15 };

/* An entry: from position `at` of the store, its number of successors (an entry_head), then each
 * successor: a header, its note (note_len bytes), its bytes. Positions count the bytes ever written
 * to the ring (the store's offset is at % REPLAY_STORE); an entry never wraps round the ring's end. */
typedef struct entry_head { uint64_t n; } entry_head;
typedef struct replay_head { uint32_t len, action; } replay_head;
/* A slot: the state's key (0: empty), the entry's position (AT_BITS) and the action's place above. */
enum { AT_BITS = 48 };
typedef struct replay_slot { uint64_t key, at_action; } replay_slot;
/* A bucket per state (by its key), in two cache lines: the entries of a state's actions are found
 * there, fetched as the state is decoded (sim_replay_prefetch). Eight slots: MCLamportMutex's states
 * keep more than four actions each (four slots lost a third of the entries kept). */
enum { BUCKET_SLOTS = 8 };
typedef struct replay_bucket { _Alignas(128) replay_slot slot[BUCKET_SLOTS]; } replay_bucket;

struct sim_replay {
    uint32_t note_len;
    replay_bucket *buckets;    /* 1 << REPLAY_BUCKET_BITS, made on first use */
    uint8_t *store;            /* REPLAY_STORE bytes, made on first use */
    void *buckets_block, *store_block;
    uint64_t start;            /* where the successors of the action being tried are written ... */
    uint32_t len, n;           /* ... their bytes and number, while they may be kept */
    uint64_t written;          /* the furthest position written: bytes before it by REPLAY_STORE are gone */
    bool recording;            /* in an expansion that keeps (not resting), the try not spoiled */
    bool expanding;            /* ... in such an expansion */
    uint32_t trial_kept, trial_hits;   /* entries kept and found in this trial */
    uint32_t rest;             /* expansions left without looking (see above) */
};

sim_replay *sim_replay_new(uint32_t note_len)
{
    sim_replay *r = util_xcalloc(1, sizeof *r);
    r->note_len = note_len;
    return r;
}

void sim_replay_free(sim_replay *r)
{
    if (!r) return;
    free(r->buckets_block);
    free(r->store_block);
    free(r);
}

static replay_bucket *bucket_of(sim_replay *r, uint64_t key)
{
    if (!r->buckets)
        r->buckets = util_table_calloc(sizeof *r->buckets << REPLAY_BUCKET_BITS, true, &r->buckets_block);
    return &r->buckets[(key * 0xBF58476D1CE4E5B9u) >> (64 - REPLAY_BUCKET_BITS)];
}

void sim_replay_prefetch(sim_replay *r, uint64_t key)
{
    if (!r->buckets || !r->expanding) return;
    const replay_bucket *b = bucket_of(r, key);
    __builtin_prefetch(b);
    __builtin_prefetch((const uint8_t *)b + 64);
}

static uint64_t slot_at(const replay_slot *s) { return s->at_action & ((1ull << AT_BITS) - 1); }

/* Does slot s hold an entry whose bytes the ring still has? */
static bool slot_live(const sim_replay *r, const replay_slot *s) { return s->key && slot_at(s) + REPLAY_STORE >= r->written; }

void sim_replay_prefetch_entries(sim_replay *r, uint64_t key)
{
    if (!r->buckets || !r->expanding) return;
    const replay_slot *s = bucket_of(r, key)->slot;
    for (int i = 0; i < BUCKET_SLOTS; i++)
        if (s[i].key == key && slot_live(r, &s[i])) __builtin_prefetch(r->store + slot_at(&s[i]) % REPLAY_STORE);
}

static bool slot_holds(const replay_slot *s, uint64_t key, uint32_t action)
{
    return s->key == key && s->at_action >> AT_BITS == action;
}

/* The slot to keep (key, action) in: the one that holds it, else one without a live entry, else
 * the one kept earliest. */
static replay_slot *slot_to_keep(sim_replay *r, uint64_t key, uint32_t action)
{
    replay_slot *s = bucket_of(r, key)->slot, *oldest = s;
    for (int i = 0; i < BUCKET_SLOTS; i++)
        if (slot_holds(&s[i], key, action)) return &s[i];
    for (int i = 0; i < BUCKET_SLOTS; i++) {
        if (!slot_live(r, &s[i])) return &s[i];
        if (slot_at(&s[i]) < slot_at(oldest)) oldest = &s[i];
    }
    return oldest;
}

/* The next try's successors are written where the last entry kept ends. */
static void start_try(sim_replay *r)
{
    r->start += r->len;
    r->len = r->n = 0;
    r->recording = r->expanding;
}

/* Forget the try's successors: the next are written over them. */
static void drop_try(sim_replay *r)
{
    r->len = 0;
    start_try(r);
}

bool sim_replay_expanding(sim_replay *r)
{
    r->expanding = !r->rest;
    r->rest -= r->rest > 0;
    drop_try(r);
    return r->expanding;
}

bool sim_replay_find(sim_replay *r, uint64_t key, uint32_t action, sim_replay_entry *out)
{
    replay_slot *s = bucket_of(r, key)->slot;
    for (int i = 0; i < BUCKET_SLOTS; i++) {
        if (!slot_holds(&s[i], key, action) || !slot_live(r, &s[i])) continue;
        entry_head h;
        const uint8_t *at = r->store + slot_at(&s[i]) % REPLAY_STORE;
        memcpy(&h, at, sizeof h);
        *out = (sim_replay_entry){at + sizeof h, (uint32_t)h.n};
        r->trial_hits++;
        return true;
    }
    return false;
}

const uint8_t *sim_replay_next(const sim_replay *r, const uint8_t *at, const uint8_t **bytes, uint32_t *len,
                               uint32_t *action, const void **note)
{
    replay_head h;
    memcpy(&h, at, sizeof h);
    *len = h.len;
    *action = h.action;
    *note = at + sizeof h;
    *bytes = at + sizeof h + r->note_len;
    return *bytes + h.len;
}

/* Room for `need` bytes of the try at its place in the ring: where they would pass its end, the
 * try's successors so far are moved to the start of the next round. */
static uint8_t *try_room(sim_replay *r, size_t need)
{
    if (!r->store) r->store = util_table_calloc(REPLAY_STORE, true, &r->store_block);
    if (r->start % REPLAY_STORE + need > REPLAY_STORE) {
        uint64_t next = r->start - r->start % REPLAY_STORE + REPLAY_STORE;
        memmove(r->store, r->store + r->start % REPLAY_STORE, r->len);
        r->start = next;
    }
    if (r->start + need > r->written) r->written = r->start + need;
    return r->store + r->start % REPLAY_STORE;
}

void sim_replay_emitted(sim_replay *r, const uint8_t *bytes, uint32_t len, uint32_t action, const void *note)
{
    if (!r->recording) return;
    size_t need = (r->len ? r->len : sizeof(entry_head)) + sizeof(replay_head) + r->note_len + len;
    if (!note || need > REPLAY_MAX_BYTES) {
        r->recording = false;
        return;
    }
    uint8_t *at = try_room(r, need) + (r->len ? r->len : sizeof(entry_head));
    replay_head h = {len, action};
    memcpy(at, &h, sizeof h);
    memcpy(at + sizeof h, note, r->note_len);
    memcpy(at + sizeof h + r->note_len, bytes, len);
    r->len = (uint32_t)need;
    r->n++;
}

void sim_replay_spoil(sim_replay *r) { r->recording = false; }

bool sim_replay_keep(sim_replay *r, uint64_t key, uint32_t action, bool keep)
{
    if (!r->recording || !keep || !r->n || action >> (64 - AT_BITS) || r->start >> AT_BITS) {
        drop_try(r);
        return false;
    }
    memcpy(r->store + r->start % REPLAY_STORE, &(entry_head){r->n}, sizeof(entry_head));
    *slot_to_keep(r, key, action) = (replay_slot){key, r->start | (uint64_t)action << AT_BITS};
    start_try(r);
    if (++r->trial_kept < TRIAL) return true;
    if (r->trial_hits < TRIAL / HIT_SHARE) r->rest = REST;
    r->trial_kept = r->trial_hits = 0;
    return true;
}
