/* sim_replay.c - a simulation's store of what an action emitted from a state, to emit it again.
 *
 * A walk comes back to the states near its start again and again, and picks there the actions it
 * picked before. Where the spec's values depend on the state alone (model.pure), an action whose walk
 * drew nothing emits the same successors from the same state every time (the same bytes, notes and
 * action ids, the same ones outside the constraints): kept by (the state's key, the action's place),
 * they are emitted again without evaluating the action or writing its successors (model_worker.c's
 * eval_pick_hooks). A direct-mapped table: an entry whose slot was taken since is made again.
 * Where walks seldom come back (btree's), keeping costs more than it saves: after TRIAL entries kept,
 * if fewer than one in HIT_SHARE was emitted again, nothing is looked for or kept in the next REST
 * expansions (MCLamportMutex's first trial finds 1 in 4, then more; btree's 1 in 10 to 24), then
 * another trial. */
#include "model_internal.h"

#include <stdlib.h>
#include <string.h>

/* the slots, an entry's most bytes, and the most bytes of the entries together (per worker) */
enum { REPLAY_SLOTS = 1 << 14, REPLAY_MAX_BYTES = 1 << 14, REPLAY_BUDGET = 32 << 20 };
enum { TRIAL = 2048, HIT_SHARE = 8, REST = 1 << 15 };

/* An entry: n successors, each a header then its note (note_len bytes) then its bytes. */
typedef struct replay_head { uint32_t len, action; } replay_head;
typedef struct replay_slot { uint64_t key; uint32_t action, n; VEC(uint8_t) rec; } replay_slot;

struct sim_replay {
    uint32_t note_len;
    replay_slot *slots;        /* REPLAY_SLOTS, made on first use */
    VEC(uint8_t) rec;          /* the successors of the action being tried, while they may be kept */
    uint32_t n;
    bool recording;            /* in an expansion that keeps (not resting), the try not spoiled */
    bool expanding;            /* ... in such an expansion */
    size_t kept;               /* the bytes the slots hold room for */
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
    if (r->slots)
        for (uint32_t i = 0; i < REPLAY_SLOTS; i++) VEC_FREE(r->slots[i].rec);
    free(r->slots);
    VEC_FREE(r->rec);
    free(r);
}

static replay_slot *slot_of(sim_replay *r, uint64_t key, uint32_t action)
{
    if (!r->slots) r->slots = util_xcalloc(REPLAY_SLOTS, sizeof *r->slots);
    uint64_t h = (key ^ (action * 0x9E3779B97F4A7C15u)) * 0xBF58476D1CE4E5B9u;
    return &r->slots[h >> (64 - 14)];
}

static void start_try(sim_replay *r)
{
    r->rec.len = 0;
    r->n = 0;
    r->recording = r->expanding;
}

bool sim_replay_expanding(sim_replay *r)
{
    r->expanding = !r->rest;
    r->rest -= r->rest > 0;
    start_try(r);
    return r->expanding;
}

bool sim_replay_find(sim_replay *r, uint64_t key, uint32_t action, sim_replay_entry *out)
{
    replay_slot *s = slot_of(r, key, action);
    if (s->key != key || s->action != action || !s->n) return false;
    *out = (sim_replay_entry){s->rec.items, s->n};
    r->trial_hits++;
    return true;
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

void sim_replay_emitted(sim_replay *r, const uint8_t *bytes, uint32_t len, uint32_t action, const void *note)
{
    if (!r->recording) return;
    size_t need = r->rec.len + sizeof(replay_head) + r->note_len + len;
    if (!note || need > REPLAY_MAX_BYTES) {
        r->recording = false;
        return;
    }
    VEC_RESERVE(r->rec, need);
    replay_head h = {len, action};
    uint8_t *at = r->rec.items + r->rec.len;
    memcpy(at, &h, sizeof h);
    memcpy(at + sizeof h, note, r->note_len);
    memcpy(at + sizeof h + r->note_len, bytes, len);
    r->rec.len = need;
    r->n++;
}

void sim_replay_spoil(sim_replay *r) { r->recording = false; }

bool sim_replay_keep(sim_replay *r, uint64_t key, uint32_t action, bool keep)
{
    bool recorded = r->recording;
    if (!recorded || !keep || !r->n) {
        start_try(r);
        return false;
    }
    replay_slot *s = slot_of(r, key, action);
    if (r->rec.len > s->rec.cap) {
        if (r->kept - s->rec.cap + r->rec.len > REPLAY_BUDGET) {
            start_try(r);
            return false;
        }
        r->kept += r->rec.len - s->rec.cap;
        s->rec.items = util_xrealloc(s->rec.items, r->rec.len);
        s->rec.cap = r->rec.len;
    }
    s->key = key;
    s->action = action;
    s->n = r->n;
    memcpy(s->rec.items, r->rec.items, r->rec.len);
    s->rec.len = r->rec.len;
    start_try(r);
    if (++r->trial_kept < TRIAL) return true;
    if (r->trial_hits < TRIAL / HIT_SHARE) r->rest = REST;
    r->trial_kept = r->trial_hits = 0;
    return true;
}
