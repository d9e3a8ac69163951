/* model_worker.c - the callbacks the explorer drives, one worker per thread: initial states,
 * successors (with state and action constraints and action properties), fingerprints (VIEW,
 * SYMMETRY), invariants. States travel as canonical bytes. */
#include "model_internal.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* Slots of a worker's memo of action ids, a power of two: a miss takes the model's lock, which the
 * other workers take too. An action is looked for in ACTION_MEMO_PROBES slots from its hash's, so
 * that two actions sharing a slot do not evict each other. */
enum { ACTION_MEMO_BITS = 6, ACTION_MEMO = 1 << ACTION_MEMO_BITS, ACTION_MEMO_PROBES = 8 };

/* An action's id as this worker last found it (action_id_in), by what action_id_in compares. */
typedef struct action_memo { atom name, file; uint32_t line, col, split, id; } action_memo;

typedef struct model_worker {
    model *m;
    eval_worker *ew;
    val_buf buf;             /* serialisation of the state being emitted */
    val_buf image;           /* serialisation of a state's least image under SYMMETRY */
    model_symmetry_maps *sym_maps;   /* what symmetry.c keeps from state to state */
    explore_sink *sink;
    check_cache *checks;     /* where the invariants' conjuncts held (check_cache.c) */
    uint32_t *check_offsets; /* where each variable's bytes start in the state being checked */
    const val *cur;          /* the state whose successors are being computed */
    const uint8_t *cur_bytes;   /* its bytes, and where each variable's bytes start in them */
    uint32_t *cur_offsets;
    uint32_t *succ_offsets;  /* where the variables of the successor in buf start, and its end */
    uint32_t *succ_note;     /* its note (write_note) */
    uint64_t *changed;       /* the variables the successor being made changed from the state expanded */
    uint64_t *check_changed; /* ... the state being checked from the state it was made from (its note) */
    bool parent_held;        /* every check held in the state expanded (not so under -continue) */
    uint32_t *next_offsets;  /* ... in the target of a step being labelled */
    /* per variable: where its parts' bytes start (val_part_offsets), found as the state expanded was
     * decoded; NULL for a variable without parts */
    uint32_t **cur_parts;
    uint64_t expanded;       /* the number of the state being expanded */
    val_domains *domains;    /* functions' domains shared among the states it decodes (value.h) */
    /* the state last expanded, decoded in memory of its own that outlives state_done, and in a
     * simulation its bytes once it had a successor equal to it: a walk that stutters expands the same
     * bytes again, found without decoding them (expanded_values). full_bytes: its memory after the
     * last whole decoding (decode_taken adds to it) */
    struct kept_state { arena mem; val_buf bytes; val *vars; size_t full_bytes; } kept;
    /* simulation: the note of the successor of the state last expanded that is expanded next, and
     * the bytes of that state (expand_taken), when `taken` */
    uint32_t *taken_note;
    const uint8_t *taken_from;
    uint32_t taken_from_len;
    uint64_t taken_hash;     /* its bytes' XXH3_64bits | 1 (0: not given) */
    bool taken;
    /* simulation: the values of each successor the last successors call emitted, in emission order,
     * nvars + 1 each (the last VAL_NONE), for check_emitted; they point into the scratch memory, so
     * they are valid until state_done. Kept while the checks need values (a model whose checks are
     * decided from the bytes pays nothing): for the KEEP_EXPANSIONS expansions after a check did. */
    VEC(val) emitted;
    bool keeping;
    /* simulation: the key of the state being expanded (eval_pick_same_state; 0: none), and the
     * successors its actions emitted, kept by it (sim_replay.c) for the flat pick's hooks */
    uint64_t key;
    sim_replay *replay;
    eval_pick_hooks pick_hooks;
    uint32_t keep_for;
    uint64_t generated;
    bool failed;
    bool stopped;            /* a violated step ended the enumeration (without -continue) */
    eval_stats stats;        /* what TLCGet reads; stats.level is set per evaluation */
    uint32_t level;          /* BFS level of the states being expanded */
    model_fault_where phase; /* what is being evaluated, for an error's report */
    action_memo action_ids[ACTION_MEMO];   /* successors' action ids, most found without the lock */
    /* the state last labelled, and its labels: its steps' labels are computed next */
    const uint8_t *labelled;
    uint64_t *ruled_row;     /* its steps' labels known false there (label_state) */
    /* what rule_out_steps reads, listed once: the step labels <<A>>_v with a state label ENABLED
     * <<A>>_v (fair_steps, a row over the step labels), those ENABLED (enabled_labels, a row over the
     * state labels), the steps of each (by_enabled from by_enabled_start[en]), and the
     * step labels with guards */
    uint64_t *fair_steps, *enabled_labels;
    uint32_t *by_enabled_start, *by_enabled;
    uint32_t *guarded_steps, nguarded_steps;
    uint64_t *state_rows;    /* its labels known before any is evaluated (known_state_labels) */
    live_labeller *lab;      /* fairness labels read off the expansion (live_labels.c), or NULL */
    label_memo *memo;        /* labels kept by their variables' bytes (live_labels.c), or NULL */
    prop_splits *splits;     /* action properties by their disjuncts (prop_split.c), or NULL */
} model_worker;

/* ---- faults and actions ------------------------------------------------------------------------- */

/* The first fault of the run wins; `where` and `initial` say where an evaluation error happened. */
static void record_fault(model *m, model_fault_kind kind, atom name, const eval_error *err, model_fault_where where,
                         bool initial, bool unfingerprinted, bool in_view)
{
    pthread_mutex_lock(&m->fault_lock);
    if (m->fault.kind == MODEL_FAULT_NONE) {
        m->fault.kind = kind;
        m->fault.name = name;
        m->fault.where = where;
        m->fault.initial = initial;
        m->fault.unfingerprinted = unfingerprinted;
        m->fault.in_view = in_view;
        if (err) {
            m->fault.error = *err;
            m->fault.error.message = arena_strndup(&m->fault_mem, err->message, strlen(err->message));
            m->fault.error.context = NULL;
            if (err->state) m->fault.error.state = arena_strndup(&m->fault_mem, err->state, strlen(err->state));
        }
    }
    pthread_mutex_unlock(&m->fault_lock);
}

void model_record_fault(model *m, model_fault_kind kind, atom name, const eval_error *err)
{
    record_fault(m, kind, name, err, MODEL_IN_NEXT, false, false, false);
}

/* The explorer re-checks the fault it reports: what was recorded so far is forgotten. */
static void forget_fault(void *self)
{
    model *m = self;
    pthread_mutex_lock(&m->fault_lock);
    m->fault.kind = MODEL_FAULT_NONE;
    m->fault.name = NULL;
    m->fault.step_to = NULL;
    m->fault.unfingerprinted = false;
    m->fault.in_view = false;
    pthread_mutex_unlock(&m->fault_lock);
}

/* An evaluation error in the current phase, while evaluating `name` (an invariant or property) if
 * any, or the VIEW. */
static void record_eval_fault(model_worker *mw, atom name, bool in_view)
{
    const eval_error *err = eval_worker_error(mw->ew);
    record_fault(mw->m, err->status == EVAL_ASSERT ? MODEL_FAULT_ASSERT : MODEL_FAULT_EVAL, name, err, mw->phase,
                 mw->stats.level <= 1 && mw->phase != MODEL_IN_NEXT, false, in_view);
    mw->failed = true;
}

static void eval_fault_in(model_worker *mw, atom name) { record_eval_fault(mw, name, false); }
static void eval_fault(model_worker *mw) { record_eval_fault(mw, NULL, false); }

/* A state (or its VIEW) holding a set that cannot be enumerated (Nat, Seq(S), SUBSET 1) has no
 * fingerprint: TLC stops there with an unexpected exception (exit 75). `before` is what
 * val_unlistable_written said before its bytes were written; `at` is the action that made it. */
static bool unlistable_fault(model_worker *mw, uint64_t before, syn_loc at)
{
    val set;
    if (val_unlistable_written(&set) == before) return false;
    arena *scratch = eval_scratch(mw->ew);
    const char *text = val_to_string(scratch, set);
    const char *lead = "TLC has found a state in which the value of a variable contains ";
    char *msg = arena_alloc(scratch, strlen(lead) + strlen(text) + 1);
    strcpy(msg, lead);
    strcat(msg, text);
    eval_error err = {.status = EVAL_ERROR, .loc = at, .message = msg};
    record_fault(mw->m, MODEL_FAULT_EVAL, NULL, &err, mw->phase, mw->phase == MODEL_IN_INIT, true, false);
    mw->failed = true;
    return true;
}

/* Actions are numbered as they are first seen, by definition and, with stats=full, TLC action
 * `split` (0: none); id 0 is the initial predicate. */
static uint32_t action_id_in(model *m, const eval_action *a, uint32_t split)
{
    if (!a->module) return 0;
    pthread_mutex_lock(&m->action_lock);
    uint32_t id = 0;
    for (size_t i = 0; i < m->actions.len && !id; i++)
        if (m->actions.items[i].name == a->name && m->actions.items[i].loc.line == a->loc.line &&
            m->actions.items[i].loc.col == a->loc.col && m->actions.items[i].loc.file == a->loc.file &&
            m->action_split.items[i] == split)
            id = (uint32_t)i + 1;
    if (!id) {
        eval_action kept = *a;
        kept.outer = kept.entered = NULL;   /* valid during the callback only */
        kept.split = NULL;
        VEC_PUSH(m->actions, kept);
        VEC_PUSH(m->action_split, split);
        id = (uint32_t)m->actions.len;
    }
    pthread_mutex_unlock(&m->action_lock);
    return id;
}

uint32_t model_action_id(model *m, const eval_action *a) { return action_id_in(m, a, 0); }

uint32_t model_successor_action_id(model *m, eval_worker *w, const eval_action *a)
{
    return action_id_in(m, a, m->full_actions ? model_split_of(m, w, a) : 0);
}

/* model_successor_action_id through the worker's memo: ids never change once given. */
static uint32_t successor_action_id(model_worker *mw, const eval_action *a)
{
    model *m = mw->m;
    if (!a->module) return 0;
    uint32_t split = m->full_actions ? model_split_of(m, mw->ew, a) : 0;
    /* a multiplicative hash: with line * 31 + col, a PlusCal label 33 lines and one column from
     * another shared its slot, and the two missed by turns (MCLeastCircularSubstring's three pairs) */
    uint32_t h = a->loc.line * 2654435761u ^ a->loc.col * 2246822519u ^ split * 3266489917u;
    uint32_t home = h >> (32 - ACTION_MEMO_BITS);
    /* with one slot per hash, btree's actions evicted each other: three successors in four took
     * the lock */
    action_memo *e = &mw->action_ids[home];
    for (uint32_t i = 0; i < ACTION_MEMO_PROBES; i++) {
        action_memo *p = &mw->action_ids[(home + i) & (ACTION_MEMO - 1)];
        if (!p->id) {
            e = p;
            break;
        }
        if (p->name == a->name && p->file == a->loc.file && p->line == a->loc.line && p->col == a->loc.col &&
            p->split == split)
            return p->id;
    }
    uint32_t id = action_id_in(m, a, split);
    *e = (action_memo){a->name, a->loc.file, a->loc.line, a->loc.col, split, id};
    return id;
}

/* ---- states as bytes ---------------------------------------------------------------------------- */

/* A successor's note (explore_emit_noted): where each of its variables' bytes start and where they
 * end, nvars + 1 words, with the variables it changed from the state expanded in their top bits (word
 * i's for variable i). A check reading none of those held in the successor: it held in the state
 * expanded, unless the last word's top bit says that state's checks may not have held. The bits ride
 * in the offsets rather than words of their own to keep the note, copied with every successor, short;
 * a state of 2 GB or more (no room for them) goes without a note. */
static uint32_t note_len(const model *m) { return (uint32_t)sizeof(uint32_t) * (m->prog->nvars + 1); }
#define NOTE_BIT (1u << 31)

static bool reads_changed(const model *m, const uint64_t *reads, const uint64_t *changed)
{
    for (uint32_t w = 0; w < model_var_words(m); w++)
        if (reads[w] & changed[w]) return true;
    return false;
}

static void serialise(model_worker *mw, const val *vars)
{
    mw->buf.len = 0;
    val_state_serialize(vars, mw->m->prog->nvars, &mw->buf);
}

/* A simulation's walk takes a successor that is the state expanded (every variable its very value, or
 * the same bytes) to expand it next: keep its bytes, so that its kept values are found then. */
static void keep_if_stutter(model_worker *mw, const uint8_t *bytes, size_t len, uint32_t unchanged)
{
    uint32_t cur_len = mw->cur_offsets[mw->m->prog->nvars];
    if (unchanged == mw->m->prog->nvars || (len == cur_len && memcmp(bytes, mw->cur_bytes, cur_len) == 0))
        val_buf_append(&mw->kept.bytes, mw->cur_bytes, cur_len);
}

/* The bytes of the expanded state's variables [from, to) appended to mw->buf at once (a run of
 * unchanged variables), their offsets in the successor set from the old ones. */
static void copy_unchanged(model_worker *mw, uint32_t from, uint32_t to)
{
    const uint32_t *at = mw->cur_offsets;
    uint32_t shift = (uint32_t)mw->buf.len - at[from];
    for (uint32_t i = from; i < to; i++) mw->succ_offsets[i] = at[i] + shift;
    val_buf_append(&mw->buf, mw->cur_bytes + at[from], at[to] - at[from]);
}

/* A successor's bytes: a variable whose value is the very value of the state being expanded (UNCHANGED
 * v, v' = v) has that state's bytes for it, copied rather than serialised again (a run of them at
 * once); a changed one is written like the old one, whose parts are found by their offsets, and
 * marked in mw->changed. */
static void serialise_successor(model_worker *mw, const val *next)
{
    mw->buf.len = 0;
    memset(mw->changed, 0, sizeof(uint64_t) * model_var_words(mw->m));
    const val *cur = mw->cur;
    uint32_t n = mw->m->prog->nvars, unchanged = 0, run = 0;   /* unchanged [run, i) not copied yet */
    for (uint32_t i = 0; i < n; i++) {
        if (memcmp(&next[i], &cur[i], sizeof(val)) == 0) {
            unchanged++;
            continue;
        }
        if (run < i) copy_unchanged(mw, run, i);
        run = i + 1;
        mw->succ_offsets[i] = (uint32_t)mw->buf.len;
        const uint8_t *bytes = mw->cur_bytes + mw->cur_offsets[i];
        mw->changed[i / 64] |= 1ull << (i % 64);
        if (!(next[i].kind == cur[i].kind && mw->cur_parts[i] &&
              val_serialize_parts_like(next[i], cur[i], bytes, mw->cur_parts[i], &mw->buf)))
            val_serialize_like(next[i], cur[i], bytes, mw->cur_offsets[i + 1] - mw->cur_offsets[i], &mw->buf);
    }
    if (run < n) copy_unchanged(mw, run, n);
    mw->succ_offsets[n] = (uint32_t)mw->buf.len;
    if (mw->m->simulation && !mw->kept.bytes.len) keep_if_stutter(mw, mw->buf.items, mw->buf.len, unchanged);
}

/* The note of the successor in mw->buf: its offsets and changed variables (mw->changed); false when
 * its bytes are too many for the note's bits. */
static bool write_note(model_worker *mw)
{
    uint32_t n = mw->m->prog->nvars;
    if (mw->succ_offsets[n] & NOTE_BIT) return false;
    for (uint32_t i = 0; i < n; i++)
        mw->succ_note[i] = mw->succ_offsets[i] | (uint32_t)(mw->changed[i / 64] >> (i % 64) & 1) << 31;
    mw->succ_note[n] = mw->succ_offsets[n] | (mw->parent_held ? 0 : NOTE_BIT);
    return true;
}

static const val *deserialise(model_worker *mw, const uint8_t *bytes, uint32_t len)
{
    val *vars = arena_alloc(eval_scratch(mw->ew), sizeof(val) * (mw->m->prog->nvars + 1));
    val_state_deserialize(eval_scratch(mw->ew), bytes, len, vars, mw->m->prog->nvars);
    return vars;
}

/* Is the successor in mw->buf the state being expanded, byte for byte (a stuttering step)? */
static bool successor_stutters(const model_worker *mw)
{
    uint32_t cur_len = mw->cur_offsets[mw->m->prog->nvars];
    return mw->buf.len == cur_len && memcmp(mw->buf.items, mw->cur_bytes, cur_len) == 0;
}

/* Predicate i of `list`; an action property from its memo (live_labels.c) or, on a step from the
 * state being expanded, by its disjuncts (prop_split.c). */
static bool one_holds(model_worker *mw, const named_list *list, uint32_t i, const val *state, const val *next,
                      bool *holds)
{
    const named_expr *n = &list->items[i];
    if (list != &mw->m->action_props)
        return n->cl ? eval_closure_holds(mw->ew, n->cl, state, next, holds) : eval_bool(mw->ew, n->expr, state, next, holds);
    if (state == mw->cur && mw->splits &&
        prop_split_holds(mw->splits, mw->ew, i, mw->expanded, state, mw->cur_bytes, mw->cur_offsets, next,
                         mw->buf.items, mw->succ_offsets, successor_stutters(mw), holds))
        return true;
    return label_memo_prop_holds(mw->memo, mw->ew, i, n, state, next, holds);
}

static bool each_holds(model_worker *mw, const named_list *list, const val *state, const val *next, atom *failing)
{
    for (size_t i = 0; i < list->len; i++) {
        const named_expr *n = &list->items[i];
        bool holds;
        if (!one_holds(mw, list, (uint32_t)i, state, next, &holds)) {
            eval_fault_in(mw, n->name);
            return false;
        }
        if (!holds) {
            if (failing) *failing = list->items[i].name;
            return false;
        }
    }
    return true;
}

/* Does every predicate of `list` hold? false on an evaluation error (mw->failed is set). */
static bool all_hold(model_worker *mw, const named_list *list, const val *state, const val *next, atom *failing)
{
    if (list->len < 2) return each_holds(mw, list, state, next, failing);
    const val *before = eval_hold_state(mw->ew, state);
    bool ok = each_holds(mw, list, state, next, failing);
    eval_release_state(mw->ew, before);
    return ok;
}

/* The state in mw->buf kept with the fault recorded, which TLC's report names: an initial state whose
 * constraints failed to evaluate (`initial`), or the successor of a step whose action property or
 * state or action constraint failed to evaluate (TLC ends its trace with it). */
static void keep_fault_state(model_worker *mw, bool initial)
{
    model *m = mw->m;
    pthread_mutex_lock(&m->fault_lock);
    const model_fault *f = &m->fault;
    bool applies = initial ? f->where == MODEL_IN_INIT
                           : f->where == MODEL_IN_ACTION_PROPERTY || (f->where == MODEL_IN_NEXT && f->name);
    if (applies && !f->step_to) {
        uint8_t *copy = arena_alloc(&m->fault_mem, mw->buf.len + 1);
        memcpy(copy, mw->buf.items, mw->buf.len);
        m->fault.step_to = copy;
        m->fault.step_to_len = (uint32_t)mw->buf.len;
    }
    pthread_mutex_unlock(&m->fault_lock);
}

/* The action properties on the step from the state being expanded to the successor just serialised
 * (definitions kept by their variables' bytes find them there). */
static bool step_props_hold(model_worker *mw, const val *next, atom *failing)
{
    if (!mw->m->action_props.len) return true;   /* nothing to set up for: most models */
    if (mw->m->nkeyed) eval_state_bytes(mw->ew, true, next, mw->buf.items, mw->succ_offsets);
    label_memo_props(mw->memo, mw->cur_bytes, mw->cur_offsets, mw->buf.items, mw->succ_offsets);
    bool ok = all_hold(mw, &mw->m->action_props, mw->cur, next, failing);
    if (mw->m->nkeyed) eval_state_bytes(mw->ew, true, NULL, NULL, NULL);
    if (!ok && mw->failed) keep_fault_state(mw, false);
    return ok;
}

/* ---- the explorer's callbacks ------------------------------------------------------------------- */

static bool replay_successors(void *ctx_, uint32_t action, uint64_t *emitted);
static bool replay_tried(void *ctx_, uint32_t action, bool keep);

static void *worker_new(void *self, int id)
{
    model_worker *mw = util_xcalloc(1, sizeof *mw);
    mw->m = self;
    mw->ew = eval_worker_new(mw->m->ep, id);
    mw->stats.workers = mw->m->workers;
    mw->stats.check_deadlock = mw->m->check_deadlock;
    mw->stats.simulation = mw->m->simulation;
    mw->stats.sim_depth = mw->m->sim_depth;
    mw->stats.sim_traces = mw->m->sim_traces;
    mw->stats.generate = mw->m->generate;
    mw->cur_offsets = util_xmalloc(sizeof(uint32_t) * (mw->m->prog->nvars + 1));
    mw->succ_offsets = util_xmalloc(note_len(mw->m));
    mw->succ_note = util_xmalloc(note_len(mw->m));
    mw->taken_note = util_xmalloc(note_len(mw->m));
    mw->changed = util_xmalloc(sizeof(uint64_t) * model_var_words(mw->m));
    mw->check_changed = util_xmalloc(sizeof(uint64_t) * model_var_words(mw->m));
    mw->next_offsets = util_xmalloc(sizeof(uint32_t) * (mw->m->prog->nvars + 1));
    mw->cur_parts = util_xcalloc(mw->m->prog->nvars + 1, sizeof *mw->cur_parts);
    mw->check_offsets = util_xmalloc(sizeof(uint32_t) * (mw->m->prog->nvars + 1));
    mw->checks = check_cache_new(mw->m);
    mw->domains = val_domains_new();
    arena_init(&mw->kept.mem);
    mw->sym_maps = model_symmetry_maps_new();
    mw->lab = live_labeller_new(mw->m);
    eval_set_calls_entered(mw->ew, mw->lab != NULL);   /* the labels read them */
    mw->memo = label_memo_new(mw->m);
    live_labeller_use_memo(mw->lab, mw->memo);
    mw->splits = prop_splits_new(mw->m);
    if (mw->m->simulation) {
        mw->replay = sim_replay_new(note_len(mw->m));
        mw->pick_hooks = (eval_pick_hooks){replay_successors, replay_tried, mw};   /* set per expansion */
    }
    return mw;
}

/* TLCGet("level") is the level of the state a predicate is about (only TLCGet reads the evaluator's
 * copy: a spec that calls nothing impure is not given it, twice per successor). */
static void at_level(model_worker *mw, uint32_t level)
{
    mw->stats.level = level;
    if (!mw->m->pure) eval_set_stats(mw->ew, &mw->stats);
}

static void set_level(void *worker, uint32_t level)
{
    model_worker *mw = worker;
    mw->level = level;
    at_level(mw, level);
}

/* TLCGet("distinct"), ("generated"), ("queue"), ("diameter"), ("duration"): the explorer's counts as
 * of the start of the round being expanded (they do not move during a round). */
static void set_stats(void *worker, const explore_stats *st)
{
    model_worker *mw = worker;
    mw->stats.distinct = (int64_t)st->distinct;
    mw->stats.generated = (int64_t)st->generated;
    mw->stats.queue = (int64_t)st->queue;
    mw->stats.diameter = st->depth;
    mw->stats.duration = st->seconds;
    eval_set_stats(mw->ew, &mw->stats);
}

/* Simulation: TLCGet("stats") during a walk. */
static void set_walk(void *worker, uint64_t walk, uint64_t generated, double seconds)
{
    model_worker *mw = worker;
    mw->stats.walk = (int64_t)walk;
    mw->stats.generated = (int64_t)generated;
    mw->stats.duration = seconds;
    eval_set_stats(mw->ew, &mw->stats);
}

static void expand_taken(void *worker, const void *note, const uint8_t *from, uint32_t from_len, uint64_t hash)
{
    model_worker *mw = worker;
    memcpy(mw->taken_note, note, note_len(mw->m));
    mw->taken_from = from;
    mw->taken_from_len = from_len;
    mw->taken_hash = hash;
    mw->taken = true;
}

static void pick_action(void *worker, uint64_t draw)
{
    model_worker *mw = worker;
    eval_pick_action(mw->ew, draw, mw->m->generate);
}

static void quiet(void *worker, bool on)
{
    model_worker *mw = worker;
    eval_set_quiet(mw->ew, on);
}

/* Traces show each action with its arguments' values, as TLC's do. */
static void replaying(void *worker)
{
    model_worker *mw = worker;
    eval_set_action_args(mw->ew, true);
}

/* The evaluator's values keep scratch memory per thread. */
static void thread_end(void *self)
{
    (void)self;
    val_thread_end();
}

static void worker_free(void *worker)
{
    model_worker *mw = worker;
    eval_worker_free(mw->ew);
    sim_replay_free(mw->replay);
    free(mw->buf.items);
    free(mw->image.items);
    free(mw->ruled_row);
    free(mw->fair_steps);
    free(mw->enabled_labels);
    free(mw->by_enabled_start);
    free(mw->by_enabled);
    free(mw->guarded_steps);
    free(mw->state_rows);
    free(mw->cur_offsets);
    free(mw->succ_offsets);
    free(mw->succ_note);
    free(mw->taken_note);
    VEC_FREE(mw->emitted);
    free(mw->changed);
    free(mw->check_changed);
    free(mw->next_offsets);
    free(mw->cur_parts);
    free(mw->check_offsets);
    check_cache_free(mw->checks);
    val_domains_free(mw->domains);
    arena_free(&mw->kept.mem);
    free(mw->kept.bytes.items);
    model_symmetry_maps_free(mw->sym_maps);
    live_labeller_free(mw->lab);
    label_memo_free(mw->memo);
    prop_splits_free(mw->splits);
    free(mw);
}

static void check_outside(model_worker *mw, const val *next, uint32_t id, uint32_t level);

/* A step violating a property of kind `kind`, its successor in mw->buf, reported to the explorer:
 * true when the search goes on past it (-continue), otherwise the enumeration stops. */
static bool report_step_violation(model_worker *mw, model_fault_kind kind, atom failing, uint32_t id)
{
    model_record_fault(mw->m, kind, failing, NULL);
    explore_emit_violation(mw->sink, mw->buf.items, (uint32_t)mw->buf.len, id);
    if (explore_sink_continues(mw->sink)) return true;
    mw->failed = mw->stopped = true;
    return false;
}

static void on_initial(void *ctx_, const val *vars, const eval_action *action)
{
    model_worker *mw = ctx_;
    if (mw->failed) return;
    mw->generated++;
    at_level(mw, 1);
    bool in_model = all_hold(mw, &mw->m->constraints, vars, NULL, NULL);
    if (mw->failed) {   /* no state of the search, but TLC's report names it ("While working on ...") */
        serialise(mw, vars);
        keep_fault_state(mw, true);
        return;
    }
    if (!in_model) {
        check_outside(mw, vars, 0, 1);
        return;
    }
    uint64_t unlistable = val_unlistable_written(NULL);
    serialise(mw, vars);
    if (!mw->m->view && unlistable_fault(mw, unlistable, action->loc)) return;
    explore_emit(mw->sink, mw->buf.items, (uint32_t)mw->buf.len, 0);
}

static void initial_start(model_worker *mw, explore_sink *sink)
{
    mw->sink = sink;
    mw->failed = mw->stopped = false;
    mw->generated = 0;
    mw->phase = MODEL_IN_INIT;
    eval_random_context(mw->ew, NULL, 0);
}

static explore_status initial_end(model_worker *mw, bool ok, uint64_t *generated)
{
    if (!ok) eval_fault(mw);
    *generated = mw->generated;
    if (!mw->failed) return EXPLORE_OK;
    return mw->stopped ? EXPLORE_VIOLATION : EXPLORE_ERROR;
}

static explore_status initial(void *worker, explore_sink *sink, uint64_t *generated)
{
    model_worker *mw = worker;
    initial_start(mw, sink);
    return initial_end(mw, eval_enumerate(mw->ew, mw->m->init, NULL, mw->m->spec_mode, on_initial, mw), generated);
}

static explore_status initial_part(void *worker, uint32_t part, uint32_t nparts, explore_sink *sink, uint64_t *generated)
{
    model_worker *mw = worker;
    initial_start(mw, sink);
    bool ok = eval_enumerate_part(mw->ew, mw->m->init, mw->m->init_split, part, nparts, on_initial, mw);
    return initial_end(mw, ok, generated);
}

static uint64_t hash_bytes(const model *m, const void *p, size_t n)
{
    uint64_t h = XXH3_64bits_withSeed(p, n, m->fp_seed);
    return h ? h : 1;
}

/* The fingerprint of the least image of n values under the symmetry group (symmetry.c). */
static uint64_t least_image_fingerprint(model_worker *mw, const val *vals, uint32_t n)
{
    vals = model_symmetry_least(&mw->m->sym, mw->sym_maps, eval_scratch(mw->ew), vals, n);
    mw->image.len = 0;
    val_state_serialize(vals, n, &mw->image);
    return hash_bytes(mw->m, mw->image.items, mw->image.len);
}

/* Under SYMMETRY without VIEW, the fingerprint a state's bytes were last given (0: none kept). */
static uint64_t kept_fingerprint(model_worker *mw, const uint8_t *state, uint32_t len, model_symmetry_key *key)
{
    if (!mw->m->sym.n || mw->m->view) return 0;
    *key = model_symmetry_key_of(state, len);
    return model_symmetry_memo_find(mw->m->sym_memo, *key);
}

/* With VIEW, a state is fingerprinted by its view; with SYMMETRY, by the least image of the state (or
 * of its view, as in TLC) under the symmetry group. */
static bool fingerprint(void *worker, const uint8_t *state, uint32_t len, uint64_t *fp)
{
    model_worker *mw = worker;
    model *m = mw->m;
    if (!m->view && !m->sym.n) {
        *fp = hash_bytes(m, state, len);
        return true;
    }
    model_symmetry_key key;
    if ((*fp = kept_fingerprint(mw, state, len, &key))) return true;
    arena *scratch = eval_scratch(mw->ew);
    arena_mark mark = arena_save(scratch);   /* nothing made here outlives the fingerprint */
    const val *vars = deserialise(mw, state, len);
    eval_random_context(mw->ew, state, len);
    val view;
    bool ok = !m->view || eval_value(mw->ew, m->view, vars, NULL, &view);
    if (ok) {
        const val *vals = m->view ? &view : vars;
        uint32_t n = m->view ? 1 : m->prog->nvars;
        if (m->sym.n) {
            *fp = least_image_fingerprint(mw, vals, n);
            if (!m->view) model_symmetry_memo_keep(mw->m->sym_memo, key, *fp);
        } else {
            mw->buf.len = 0;
            val_serialize(vals[0], &mw->buf);
            *fp = hash_bytes(m, mw->buf.items, mw->buf.len);
        }
    } else {
        record_eval_fault(mw, NULL, true);
    }
    arena_restore(scratch, mark);
    return ok;
}

/* Under SYMMETRY without VIEW, a successor's fingerprint: the one its bytes were given before, or
 * made from its values rather than from its bytes decoded again (0: left to `fingerprint`, for a
 * variable held as a lazy set, which decoding would enumerate). */
static uint64_t successor_fingerprint(model_worker *mw, const val *next)
{
    model *m = mw->m;
    if (!m->sym.n || m->view || m->simulation) return 0;   /* a simulation takes no fingerprints */
    model_symmetry_key key;
    uint64_t fp = kept_fingerprint(mw, mw->buf.items, (uint32_t)mw->buf.len, &key);
    if (fp) return fp;
    for (uint32_t i = 0; i < m->prog->nvars; i++)
        if (next[i].kind == VAL_LAZY) return 0;
    arena *scratch = eval_scratch(mw->ew);
    arena_mark mark = arena_save(scratch);
    fp = least_image_fingerprint(mw, next, m->prog->nvars);
    arena_restore(scratch, mark);
    model_symmetry_memo_keep(mw->m->sym_memo, key, fp);
    return fp;
}

enum { KEEP_EXPANSIONS = 16 };

/* Simulation: the values of a successor about to be emitted, kept for its check (check_emitted); NULL
 * for one emitted again from its bytes (replay_successors), whose row is left empty (VAL_NONE). */
static void keep_emitted(model_worker *mw, const val *next)
{
    uint32_t n = mw->m->prog->nvars;
    VEC_RESERVE(mw->emitted, mw->emitted.len + n + 1);
    val *copy = mw->emitted.items + mw->emitted.len;
    for (uint32_t i = 0; i < n; i++) copy[i] = next ? next[i] : (val){0};
    copy[n] = (val){0};
    mw->emitted.len += n + 1;
}

/* The successor in mw->buf (serialise_successor), with its variables' offsets as the note for its
 * check (check_state_noted). */
static void emit_successor(model_worker *mw, const val *next, uint32_t id, uint64_t fp)
{
    if (mw->keeping) keep_emitted(mw, next);
    const void *note = write_note(mw) ? mw->succ_note : NULL;
    explore_emit_noted(mw->sink, mw->buf.items, (uint32_t)mw->buf.len, id, fp, note, note_len(mw->m));
    if (mw->replay) sim_replay_emitted(mw->replay, mw->buf.items, (uint32_t)mw->buf.len, id, note);
}

/* eval_pick_hooks.replay: the successors of `action` from the state being expanded, where they are
 * kept (sim_replay.c), emitted again as on_successor emitted them (counted, rejected when outside
 * the constraints, their values' row left empty for check_emitted). */
static bool replay_successors(void *ctx_, uint32_t action, uint64_t *emitted)
{
    model_worker *mw = ctx_;
    sim_replay_entry e;
    if (mw->failed || !sim_replay_find(mw->replay, mw->key, action, &e)) return false;
    const uint8_t *at = e.at, *bytes;
    const void *note;
    uint32_t len, id;
    for (uint32_t i = 0; i < e.n; i++) {
        at = sim_replay_next(mw->replay, at, &bytes, &len, &id, &note);
        mw->generated++;
        if (id & EXPLORE_OUTSIDE) eval_pick_reject(mw->ew);
        if (!mw->kept.bytes.len) keep_if_stutter(mw, bytes, len, 0);
        if (mw->keeping) keep_emitted(mw, NULL);
        explore_emit_noted(mw->sink, bytes, len, id, 0, note, note_len(mw->m));
    }
    *emitted = e.n;
    return true;
}

/* eval_pick_hooks.tried: what `action` emitted from the state being expanded, kept where it may be. */
static bool replay_tried(void *ctx_, uint32_t action, bool keep)
{
    model_worker *mw = ctx_;
    return sim_replay_keep(mw->replay, mw->key, action, keep && !mw->failed);
}

/* Do the state constraints hold in successor next (in mw->buf)? The state expanded is inside them:
 * when they read no variable the successor changed, they hold there too; otherwise their truth is
 * kept by the bytes of the variables they read, where it held (check_cache.c). false on an
 * evaluation error too. */
static bool constraints_hold(model_worker *mw, const val *next)
{
    const check_part *p = mw->m->constraint_part;
    if (!p) return all_hold(mw, &mw->m->constraints, next, NULL, NULL);
    if (!reads_changed(mw->m, p->vars, mw->changed)) return true;
    check_cache_state(mw->checks, mw->buf.items, mw->succ_offsets);
    if (check_cache_known(mw->checks, p)) return true;
    bool holds = all_hold(mw, &mw->m->constraints, next, NULL, NULL);
    if (holds) check_cache_remember(mw->checks, p);
    return holds;
}

/* A successor of a fairness action that is not Next's, written as a successor of Next is (its
 * canonical bytes) for the labeller. */
static void on_fair_successor(void *ctx_, const val *next, const eval_action *action)
{
    model_worker *mw = ctx_;
    (void)action;
    uint64_t unlistable = val_unlistable_written(NULL);
    serialise_successor(mw, next);
    live_labeller_fair_successor(mw->lab, next, mw->buf.items, (uint32_t)mw->buf.len,
                                 val_unlistable_written(NULL) == unlistable);
}

/* The successors of the fairness actions that are not Next's, from the state expanded, for their
 * labels (live_labels.c). An error is not the search's: those labels are then evaluated, where it
 * is reported if the evaluation meets it. Intermediate states of compositions are not counted. */
static void enumerate_fairness(model_worker *mw)
{
    const model_liveness *l = mw->m->live;
    for (uint32_t j = 0; j < l->enumerated.len; j++) {
        const eval_closure *a = live_labeller_fair_action(mw->lab, j);
        if (a) live_labeller_fair_end(mw->lab, eval_enumerate_closure(mw->ew, a, mw->cur, on_fair_successor, mw));
    }
    eval_take_intermediate(mw->ew);
}

/* A successor violating an action property is reported; with -continue (the sink goes on) it is
 * also a successor like any other, otherwise the enumeration stops there. */
static void on_successor(void *ctx_, const val *next, const eval_action *action)
{
    model_worker *mw = ctx_;
    if (mw->failed) return;
    mw->generated++;
    model *m = mw->m;
    if (mw->lab) live_labeller_successor(mw->lab, next, action);
    /* written first: the constraints' truth is kept by bytes, and a state outside them is checked;
     * what changed goes into the successor's note */
    uint64_t unlistable = val_unlistable_written(NULL);
    serialise_successor(mw, next);
    bool wrote_unlistable = val_unlistable_written(NULL) != unlistable;
    at_level(mw, mw->level + 1);
    bool in_model = constraints_hold(mw, next) && all_hold(mw, &m->action_constraints, mw->cur, next, NULL);
    at_level(mw, mw->level);
    if (mw->failed) {
        keep_fault_state(mw, false);
        return;
    }
    if (!in_model && !m->simulation) {
        check_outside(mw, next, successor_action_id(mw, action), mw->level + 1);
        return;
    }
    if (!in_model) eval_pick_reject(mw->ew);   /* simulation: checked, counted, never taken */
    uint32_t id = successor_action_id(mw, action) | (in_model ? 0 : EXPLORE_OUTSIDE);
    if (wrote_unlistable && !m->view && !m->simulation && unlistable_fault(mw, unlistable, action->loc)) return;
    if (mw->lab) live_labeller_emitted(mw->lab, mw->buf.items, (uint32_t)mw->buf.len, mw->succ_offsets);
    atom failing = NULL;
    mw->phase = MODEL_IN_ACTION_PROPERTY;
    bool holds = step_props_hold(mw, next, &failing);
    mw->phase = MODEL_IN_NEXT;
    uint64_t fp = successor_fingerprint(mw, next);
    /* TLC puts a successor in its set of states (and checks its invariants) before the step's
     * properties: a new one counts among the distinct states when the search stops there, at a
     * violation or at an error evaluating them */
    if (!holds && !failing) {   /* an evaluation error: mw->failed is set */
        if (!m->simulation) {
            emit_successor(mw, next, id, fp);
            explore_emit_failed_step(mw->sink);
        }
        return;
    }
    if (!holds) {
        if (mw->replay) sim_replay_spoil(mw->replay);   /* a violation is reported each time */
        if (!explore_sink_continues(mw->sink)) emit_successor(mw, next, id, fp);
        if (!report_step_violation(mw, MODEL_FAULT_ACTION_PROPERTY, failing, id)) return;
    }
    emit_successor(mw, next, id, fp);
}

/* A state makes the same random choices each time: the evaluator's draws are seeded by its bytes (a
 * spec that calls nothing impure draws nothing: no hash of the bytes). */
static void random_context(model_worker *mw, const uint8_t *state, uint32_t len)
{
    if (!mw->m->pure) eval_random_context(mw->ew, state, len);
}

/* The state to expand decoded into `a`. */
static val *decode_expanded(model_worker *mw, arena *a, const uint8_t *state, uint32_t len)
{
    val *vars = arena_alloc(a, sizeof(val) * (mw->m->prog->nvars + 1));
    val_state_deserialize_parts(a, state, len, vars, mw->m->prog->nvars, mw->cur_offsets, mw->cur_parts, mw->domains);
    mw->expanded++;
    return vars;
}

/* The kept values made into those of the successor of theirs the walk took (its note: its offsets, and
 * the variables it changed, mw->taken_note), whose bytes are state: only the changed variables are
 * decoded, the others have the same bytes and so the same values (and parts' offsets, which count
 * from a variable's first byte); and of a changed one, only the parts whose bytes changed
 * (val_decode_like). False when the note or the bytes of the state it came from do not fit, or the
 * kept memory has grown too much (the values of older states are in it): then it is decoded whole. */
static bool decode_taken(model_worker *mw, const uint8_t *state, uint32_t len)
{
    struct kept_state *k = &mw->kept;
    const uint32_t *note = mw->taken_note, n = mw->m->prog->nvars;
    uint32_t *off = mw->cur_offsets;   /* the kept state's offsets, made the successor's one by one */
    if ((note[n] & ~NOTE_BIT) != len || mw->taken_from_len != off[n] || k->mem.bytes > 4 * k->full_bytes + (64u << 10))
        return false;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t was_at = off[i], at = note[i] & ~NOTE_BIT, end = (note[i + 1] & ~NOTE_BIT);
        off[i] = at;
        if (!(note[i] & NOTE_BIT)) continue;
        if (!val_decode_like(&k->mem, state + at, end - at, k->vars[i], mw->taken_from + was_at, mw->cur_parts[i],
                             &k->vars[i], &mw->cur_parts[i], mw->domains))
            return false;
    }
    off[n] = len;
    mw->expanded++;
    return true;
}

/* The values of the state to expand. In a simulation, those kept from the last expansion when it had
 * a stutter step and these are its bytes (mw->cur_offsets and the parts' offsets are then still its
 * own), or when it is the successor of that one the walk took, with its changed variables decoded;
 * else decoded and kept. The evaluator is told whether it is the same state again. */
static const val *expanded_values(model_worker *mw, const uint8_t *state, uint32_t len)
{
    struct kept_state *k = &mw->kept;
    bool taken = mw->taken;
    mw->taken = false;
    if (!mw->m->simulation) return decode_expanded(mw, eval_scratch(mw->ew), state, len);
    bool again = k->vars && k->bytes.len == len && memcmp(k->bytes.items, state, len) == 0;
    /* the walk from the same state again, or from one it expanded before: what it found without
     * successors is known (not with the fairness labels or the coverage, which read the whole walk) */
    bool known = mw->m->pure && !mw->lab && !mw->m->var_values;
    uint64_t key = !known ? 0 : taken && mw->taken_hash ? mw->taken_hash : XXH3_64bits(state, len) | 1;
    eval_pick_same_state(mw->ew, again && known, key);
    if (mw->replay && key) sim_replay_prefetch(mw->replay, key);
    mw->key = key;
    if (again) return k->vars;
    k->bytes.len = 0;   /* until a stutter step from it (serialise_successor) */
    if (taken && k->vars && decode_taken(mw, state, len)) return k->vars;
    arena_reset(&k->mem);
    k->vars = decode_expanded(mw, &k->mem, state, len);
    k->full_bytes = k->mem.bytes;
    return k->vars;
}

static explore_status successors(void *worker, const uint8_t *state, uint32_t len, explore_sink *sink,
                                 uint64_t *generated)
{
    model_worker *mw = worker;
    mw->sink = sink;
    mw->failed = mw->stopped = false;
    mw->generated = 0;
    mw->emitted.len = 0;
    if (mw->replay) eval_set_pick_hooks(mw->ew, sim_replay_expanding(mw->replay) ? &mw->pick_hooks : NULL);
    mw->keeping = mw->m->simulation && mw->keep_for;
    mw->keep_for -= mw->keep_for > 0;
    mw->phase = MODEL_IN_NEXT;
    mw->parent_held = !explore_sink_continues(sink);   /* a violation ends the search before expanding */
    const val *cur = expanded_values(mw, state, len);
    if (mw->replay && mw->key) sim_replay_prefetch_entries(mw->replay, mw->key);
    mw->cur = cur;
    mw->cur_bytes = state;
    eval_expanding(mw->ew, cur);
    if (mw->m->nkeyed) eval_state_bytes(mw->ew, false, cur, state, mw->cur_offsets);
    random_context(mw, state, len);
    if (mw->lab) live_labeller_expanding(mw->lab, mw->ew, state, len, cur);
    eval_take_intermediate(mw->ew);            /* counted from here: this state's expansion */
    if (!eval_enumerate(mw->ew, mw->m->next, mw->cur, mw->m->spec_mode, on_successor, mw)) eval_fault(mw);
    *generated = mw->generated + eval_take_intermediate(mw->ew);
    if (mw->lab && !mw->failed) enumerate_fairness(mw);
    if (!mw->failed) return EXPLORE_OK;
    return mw->stopped ? EXPLORE_VIOLATION : EXPLORE_ERROR;
}

/* A state being checked: its bytes, and the values of its variables as checks need them. */
typedef struct checked {
    const uint8_t *bytes;
    uint32_t len;
    bool have_offsets;       /* mw->check_offsets are this state's */
    bool noted;              /* mw->check_offsets were given by its note */
    const uint64_t *changed; /* the variables it changed from a state where every check held, or NULL */
    bool all;                /* every variable is decoded */
    val *vars;               /* NULL until some variable is decoded (VAL_NONE where not yet) */
    const val *held_before;  /* what eval_hold_state returned when vars was made */
    val *given;              /* its values as made (check_emitted), taken when one is needed; or NULL */
    uint32_t nknown;         /* the shared conjuncts (check_part.shared) known to hold in it */
    const syn_expr *known[16];
} checked;

static bool checked_offsets(model_worker *mw, checked *c)
{
    if (c->have_offsets) return true;
    uint32_t n = mw->m->prog->nvars;
    if (c->noted || val_state_offsets(c->bytes, c->len, n, mw->check_offsets)) {
        c->have_offsets = true;
        check_cache_state(mw->checks, c->bytes, mw->check_offsets);
    }
    return c->have_offsets;
}

/* The values the state was made with (c->given), when none is lazy (a set not built yet, decoded
 * from the bytes instead, as written): true if taken. */
static bool given_built_vars(model_worker *mw, checked *c)
{
    for (uint32_t i = 0; i < mw->m->prog->nvars; i++)
        if (c->given[i].kind == VAL_LAZY) return false;
    c->vars = c->given;
    c->held_before = eval_hold_state(mw->ew, c->vars);
    c->all = true;
    return true;
}

/* The state's values, with at least the variables in `need` (NULL: all) decoded; the others are
 * VAL_NONE (a conjunct reads only the variables reads.c found). */
static const val *checked_vars(model_worker *mw, checked *c, const uint64_t *need)
{
    uint32_t n = mw->m->prog->nvars;
    mw->keep_for = KEEP_EXPANSIONS;
    if (!c->vars && c->given && given_built_vars(mw, c)) return c->vars;
    if (!c->vars) {
        c->vars = arena_zalloc(eval_scratch(mw->ew), sizeof(val) * (n + 1));
        c->held_before = eval_hold_state(mw->ew, c->vars);
    }
    if (c->all) return c->vars;
    if (!checked_offsets(mw, c)) {   /* bytes that are no state: decoding says what is wrong */
        val_state_deserialize(eval_scratch(mw->ew), c->bytes, c->len, c->vars, n);
        c->all = true;
        return c->vars;
    }
    const uint32_t *at = mw->check_offsets;
    for (uint32_t i = 0; i < n; i++)
        if ((!need || (need[i / 64] >> (i % 64) & 1)) && c->vars[i].kind == VAL_NONE)
            val_decode_shared(eval_scratch(mw->ew), c->bytes + at[i], at[i + 1] - at[i], &c->vars[i], mw->domains);
    c->all = !need;
    return c->vars;
}

/* Conjunct p holds in the state: another invariant with the same conjunct (Inv's TypeOK) need not
 * evaluate it, nor ask its cache. */
static void note_known(checked *c, const check_part *p)
{
    if (p->shared && c->nknown < sizeof c->known / sizeof *c->known) c->known[c->nknown++] = p->expr;
}

static bool noted_known(const checked *c, const check_part *p)
{
    for (uint32_t i = 0; p->shared && i < c->nknown; i++)
        if (c->known[i] == p->expr) return true;
    return false;
}

/* Did conjunct p hold in a state where the variables it reads had these values (the state this one was
 * made from, or one in its cache), or in this one? Or do this state's bytes say it holds (check_bytes.c:
 * asked after the cache, whose hits cost less where keys repeat)? */
static bool part_known(model_worker *mw, const check_part *p, checked *c)
{
    if (p->vars && c->changed && !reads_changed(mw->m, p->vars, c->changed)) return true;
    if (noted_known(c, p)) return true;
    if (!p->vars || !checked_offsets(mw, c)) return false;
    if (!check_cache_known(mw->checks, p)) {
        if (!p->fast || !check_cache_holds_by_bytes(mw->checks, mw->ew, p)) return false;
        check_cache_remember(mw->checks, p);
    }
    note_known(c, p);
    return true;
}

/* Does n hold in the state? Its conjuncts that held before on the same values of their variables
 * (or already in this state, as part of another invariant) are not evaluated again; when one fails
 * (false or an error), n is evaluated whole, so that what is reported is what evaluating n reports. */
static bool parts_hold(model_worker *mw, const check_plan *plan, checked *c)
{
    for (uint32_t i = 0; i < plan->nparts; i++) {
        const check_part *p = &plan->parts[i];
        bool holds;
        if (part_known(mw, p, c)) continue;
        const val *vars = checked_vars(mw, c, p->vars);
        if (!(p->cl ? eval_closure_holds(mw->ew, p->cl, vars, NULL, &holds) : eval_bool(mw->ew, p->expr, vars, NULL, &holds)) ||
            !holds)
            return false;
        if (p->vars && c->have_offsets) check_cache_remember(mw->checks, p);
        note_known(c, p);
    }
    return true;
}

/* Does every check of the list hold in the state? As all_hold. */
static bool checks_hold(model_worker *mw, const named_list *list, checked *c, atom *failing)
{
    for (size_t i = 0; i < list->len; i++) {
        const named_expr *n = &list->items[i];
        if (n->plan && parts_hold(mw, n->plan, c)) continue;
        bool holds;
        const val *vars = checked_vars(mw, c, NULL);
        if (!(n->cl ? eval_closure_holds(mw->ew, n->cl, vars, NULL, &holds) : eval_bool(mw->ew, n->expr, vars, NULL, &holds))) {
            eval_fault_in(mw, n->name);
            return false;
        }
        if (!holds) {
            *failing = n->name;
            return false;
        }
    }
    return true;
}

/* The invariants of a state given by its bytes, and the properties []P (P a state predicate, an
 * invariant for TLC): false with *failing named, or with mw->failed after an evaluation error. */
static bool invariants_hold(model_worker *mw, checked *c, atom *failing)
{
    mw->phase = MODEL_IN_INVARIANT;
    return checks_hold(mw, &mw->m->invariants, c, failing) && checks_hold(mw, &mw->m->state_props, c, failing);
}

/* What a state's note says (write_note; unaligned): its variables' offsets, and the variables it
 * changed from a state where its checks held. */
static void noted(model_worker *mw, checked *c, const void *note)
{
    uint32_t n = mw->m->prog->nvars;
    uint32_t *at = mw->check_offsets;
    memcpy(at, note, note_len(mw->m));
    memset(mw->check_changed, 0, sizeof(uint64_t) * model_var_words(mw->m));
    for (uint32_t i = 0; i < n; i++)
        if (at[i] & NOTE_BIT) {
            at[i] &= ~NOTE_BIT;
            mw->check_changed[i / 64] |= 1ull << (i % 64);
        }
    c->changed = at[n] & NOTE_BIT ? NULL : mw->check_changed;
    at[n] &= ~NOTE_BIT;
    c->noted = true;
}

/* The values of the state being checked, when they are at hand (a state just made): not decoded from
 * its bytes again. */
static void given_vars(model_worker *mw, checked *c, const val *vars)
{
    uint32_t n = mw->m->prog->nvars;
    c->vars = arena_alloc(eval_scratch(mw->ew), sizeof(val) * (n + 1));
    memcpy(c->vars, vars, sizeof(val) * n);
    c->vars[n] = (val){0};
    c->held_before = eval_hold_state(mw->ew, c->vars);
    c->all = true;
}

/* A state outside the constraints is not a state of the search, but TLC checks it all the same, each
 * time it is generated (it is never seen): its invariants, then the step's action properties (none
 * for an initial state). A violation is reported on the step, the state ending its trace. `next` is
 * at `level`; for a successor, mw->cur is the state expanded, and mw->buf has next's bytes
 * (on_successor). */
static void check_outside(model_worker *mw, const val *next, uint32_t id, uint32_t level)
{
    model_fault_where phase = mw->phase;   /* MODEL_IN_INIT: an initial state */
    if (phase == MODEL_IN_INIT) serialise(mw, next);
    checked c = {.bytes = mw->buf.items, .len = (uint32_t)mw->buf.len};
    if (phase != MODEL_IN_INIT && write_note(mw)) noted(mw, &c, mw->succ_note);
    given_vars(mw, &c, next);
    atom failing = NULL;
    model_fault_kind kind = MODEL_FAULT_INVARIANT;
    at_level(mw, level);
    bool holds = invariants_hold(mw, &c, &failing);
    if (c.vars) eval_release_state(mw->ew, c.held_before);
    at_level(mw, mw->level);
    if (holds && !mw->failed && phase == MODEL_IN_NEXT) {
        kind = MODEL_FAULT_ACTION_PROPERTY;
        mw->phase = MODEL_IN_ACTION_PROPERTY;
        holds = step_props_hold(mw, next, &failing);
    }
    mw->phase = phase;
    if (!holds && failing) report_step_violation(mw, kind, failing, id);   /* no name: an evaluation error */
}

/* The invariants of a new state; `offsets` (NULL: unknown) is its note, as serialise_successor wrote
 * it (noted); `vars` (NULL: decoded from the bytes as needed) its values. */
static explore_status check_new_state(model_worker *mw, const uint8_t *state, uint32_t len, const void *offsets,
                                      val *vars)
{
    checked c = {.bytes = state, .len = len, .given = vars};
    if (offsets) noted(mw, &c, offsets);
    random_context(mw, state, len);
    atom failing = NULL;
    mw->failed = false;
    at_level(mw, mw->level + 1);
    model_fault_kind kind = MODEL_FAULT_INVARIANT;
    if (mw->m->var_values) model_coverage_count_state(mw->m, checked_vars(mw, &c, NULL), &mw->buf);
    bool holds = invariants_hold(mw, &c, &failing);
    /* properties P: on the initial states */
    if (holds && !mw->failed && mw->level == 0) {
        kind = MODEL_FAULT_INIT_PROPERTY;
        mw->phase = MODEL_IN_PROPERTY;
        holds = checks_hold(mw, &mw->m->init_props, &c, &failing);
    }
    if (c.vars) eval_release_state(mw->ew, c.held_before);
    if (holds) return EXPLORE_OK;
    if (mw->failed) return EXPLORE_ERROR;
    model_record_fault(mw->m, kind, failing, NULL);
    return EXPLORE_VIOLATION;
}

static explore_status check_state_noted(void *worker, const uint8_t *state, uint32_t len, const void *offsets)
{
    return check_new_state(worker, state, len, offsets, NULL);
}

static explore_status check_state(void *worker, const uint8_t *state, uint32_t len)
{
    return check_new_state(worker, state, len, NULL, NULL);
}

/* Simulation: successor i of the last expansion checked with the values it was made from (kept by
 * keep_emitted), not decoded from its bytes again. */
static explore_status check_emitted(void *worker, uint32_t i, const uint8_t *state, uint32_t len, const void *note)
{
    model_worker *mw = worker;
    size_t at = (size_t)i * (mw->m->prog->nvars + 1);
    val *given = at < mw->emitted.len ? mw->emitted.items + at : NULL;
    if (given && given[0].kind == VAL_NONE) given = NULL;   /* emitted again from its bytes */
    return check_new_state(mw, state, len, note, given);
}

/* One step checked again to report its violation: the invariants of a successor outside the
 * constraints (check_outside), then the action properties. */
static explore_status check_step(void *worker, const uint8_t *state, uint32_t len, const uint8_t *next,
                                 uint32_t next_len)
{
    model_worker *mw = worker;
    model *m = mw->m;
    const val *cur = deserialise(mw, state, len), *to = deserialise(mw, next, next_len);
    atom failing = NULL;
    mw->failed = false;
    model_fault_kind kind = MODEL_FAULT_INVARIANT;
    bool holds = true;
    at_level(mw, mw->level + 1);   /* a successor outside the constraints: its invariants first */
    if (!all_hold(mw, &m->constraints, to, NULL, NULL) || !all_hold(mw, &m->action_constraints, cur, to, NULL)) {
        checked c = {.bytes = next, .len = next_len};
        holds = mw->failed || invariants_hold(mw, &c, &failing);
        if (c.vars) eval_release_state(mw->ew, c.held_before);
    }
    at_level(mw, mw->level);
    if (holds && !mw->failed) {
        kind = MODEL_FAULT_ACTION_PROPERTY;
        mw->phase = MODEL_IN_ACTION_PROPERTY;
        label_memo_props(mw->memo, NULL, NULL, NULL, NULL);   /* no bytes for this step: evaluated, not looked up */
        holds = all_hold(mw, &m->action_props, cur, to, &failing);
    }
    if (mw->failed) return EXPLORE_ERROR;
    if (holds) return EXPLORE_OK;
    model_record_fault(m, kind, failing, NULL);
    return EXPLORE_VIOLATION;
}

static void state_done(void *worker)
{
    model_worker *mw = worker;
    mw->cur = NULL;   /* decoded in the scratch memory reset here */
    mw->cur_bytes = NULL;
    if (mw->lab) live_labeller_done(mw->lab);
    eval_worker_reset(mw->ew);
    if (val_domains_trim(mw->domains)) mw->kept.vars = NULL;   /* the kept state's domains are gone */
}

/* ---- liveness labels ---------------------------------------------------------------------------- */

/* The words of a row of n label bits (at least one). */
static uint32_t row_words(size_t n) { return n ? (uint32_t)((n + 63) / 64) : 1; }

/* Label i of a state (next NULL) or a step, into row (see labels()): false on an error. */
static bool one_label(model_worker *mw, const closure_list *cls, uint32_t i, const val *state, const val *next,
                      uint64_t *row)
{
    model_liveness *l = mw->m->live;
    bool holds;
    if (!next && label_memo_guards_rule_out(mw->memo, mw->ew, i, &l->state_guards.items[i], state)) return true;
    if (!label_memo_holds(mw->memo, mw->ew, i, cls->items[i], state, next, &holds)) {
        eval_fault(mw);
        return false;
    }
    if (holds) live_set_bit(row, i);
    return true;
}

/* The bits of labels 0 .. n-1 in word w of a row. */
static uint64_t word_mask(uint32_t n, uint32_t w)
{
    if ((uint64_t)w * 64 + 64 <= n) return ~(uint64_t)0;
    return n > w * 64 ? ((uint64_t)1 << (n - w * 64)) - 1 : 0;
}

/* The row of label bits of a state (next NULL) or a step. Labels in `known` (may be NULL) are not
 * evaluated: their values are in `values`, taken a word at a time; those in `ruled` (may be NULL)
 * are false; the others are evaluated in order. */
static bool labels(model_worker *mw, const closure_list *cls, const val *state, const val *next, const uint64_t *ruled,
                   const uint64_t *known, const uint64_t *values, uint64_t *row)
{
    bool ok = true;
    const val *before = eval_hold_state(mw->ew, state);
    uint32_t n = (uint32_t)cls->len;
    for (uint32_t w = 0; w < row_words(n) && ok; w++) {
        uint64_t todo = word_mask(n, w);
        if (known) {
            row[w] |= values[w] & known[w] & todo;
            todo &= ~known[w];
        }
        if (ruled) todo &= ~ruled[w];
        for (; todo && ok; todo &= todo - 1)
            ok = one_label(mw, cls, w * 64 + (uint32_t)__builtin_ctzll(todo), state, next, row);
    }
    eval_release_state(mw->ew, before);
    return ok;
}

/* A state's values: those of the state being expanded (the explorer labels it and its steps before
 * state_done) without decoding it again. */
static const val *decoded(model_worker *mw, const uint8_t *state, uint32_t len)
{
    if (state == mw->cur_bytes && mw->cur) return mw->cur;
    return deserialise(mw, state, len);
}

/* The state's labels known before any is evaluated, into mw->state_rows (ruled out by their
 * guards, known, their values; `words` each): the labeller's (known and values, may be NULL), and
 * those the memo's rows keep for the state's key (label_memo_state first). */
static void known_state_labels(model_worker *mw, uint32_t words, const uint64_t *known, const uint64_t *values)
{
    if (!mw->state_rows) mw->state_rows = util_xcalloc(3 * (size_t)words, sizeof(uint64_t));
    uint64_t *ruled = mw->state_rows, *kept = ruled + words, *holds = kept + words;
    memset(mw->state_rows, 0, sizeof(uint64_t) * 3 * words);
    label_memo_state_rows(mw->memo, words, ruled, kept, holds);
    for (uint32_t w = 0; w < words; w++) {   /* the labeller's values first, as labels() took them */
        uint64_t lab = known ? known[w] : 0;
        holds[w] = (known ? values[w] & lab : 0) | (holds[w] & kept[w] & ~lab);
        kept[w] |= lab;
    }
}

/* The rows and lists rule_out_steps reads (AllocatorImplementation has some 140 fairness steps, of
 * which few are enabled in a state). */
static void list_ruling_steps(model_worker *mw)
{
    const model_liveness *l = mw->m->live;
    uint32_t ne = (uint32_t)l->edge_labels.len, ns = (uint32_t)l->state_labels.len;
    mw->ruled_row = util_xcalloc(row_words(ne), sizeof(uint64_t));
    mw->fair_steps = util_xcalloc(row_words(ne), sizeof(uint64_t));
    mw->enabled_labels = util_xcalloc(row_words(ns), sizeof(uint64_t));
    mw->by_enabled_start = util_xcalloc(ns + 2, sizeof(uint32_t));
    mw->by_enabled = util_xmalloc(sizeof(uint32_t) * (ne + 1));
    mw->guarded_steps = util_xmalloc(sizeof(uint32_t) * (ne + 1));
    for (uint32_t i = 0; i < ne; i++) {
        int32_t en = l->step_enabled.items[i];
        if (en >= 0) {
            live_set_bit(mw->fair_steps, i);
            mw->by_enabled_start[en + 1]++;
        } else if (l->edge_guards.items[i].ndisjuncts) {
            mw->guarded_steps[mw->nguarded_steps++] = i;
        }
    }
    for (uint32_t k = 0; k < ns; k++) {
        if (mw->by_enabled_start[k + 1]) live_set_bit(mw->enabled_labels, k);
        mw->by_enabled_start[k + 1] += mw->by_enabled_start[k];
    }
    uint32_t *fill = util_xmalloc(sizeof(uint32_t) * (ns + 1));
    memcpy(fill, mw->by_enabled_start, sizeof(uint32_t) * (ns + 1));
    for (uint32_t i = 0; i < ne; i++)
        if (l->step_enabled.items[i] >= 0) mw->by_enabled[fill[l->step_enabled.items[i]]++] = i;
    free(fill);
}

/* The steps of ENABLED label en are not ruled out. */
static void keep_steps_of(model_worker *mw, uint32_t en)
{
    for (uint32_t j = mw->by_enabled_start[en]; j < mw->by_enabled_start[en + 1]; j++)
        mw->ruled_row[mw->by_enabled[j] / 64] &= ~((uint64_t)1 << (mw->by_enabled[j] % 64));
}

/* The step labels false on all of the state's steps, into mw->ruled_row: fairness steps <<A>>_v
 * whose ENABLED <<A>>_v is false in the state's row, and steps whose guards rule them out. */
static void rule_out_steps(model_worker *mw, const val *vars, const uint64_t *row)
{
    const model_liveness *l = mw->m->live;
    if (!mw->ruled_row) list_ruling_steps(mw);
    memcpy(mw->ruled_row, mw->fair_steps, sizeof(uint64_t) * row_words(l->edge_labels.len));
    for (uint32_t w = 0; w < row_words(l->state_labels.len); w++)
        for (uint64_t bits = row[w] & mw->enabled_labels[w]; bits; bits &= bits - 1)
            keep_steps_of(mw, w * 64 + (uint32_t)__builtin_ctzll(bits));
    if (!mw->nguarded_steps) return;
    const val *before = eval_hold_state(mw->ew, vars);
    for (uint32_t j = 0; j < mw->nguarded_steps; j++) {
        uint32_t i = mw->guarded_steps[j];
        if (eval_guards_rule_out(mw->ew, &l->edge_guards.items[i], vars)) live_set_bit(mw->ruled_row, i);
    }
    eval_release_state(mw->ew, before);
}

static bool label_state(void *worker, const uint8_t *state, uint32_t len, uint64_t *row)
{
    model_worker *mw = worker;
    const closure_list *cls = &mw->m->live->state_labels;
    mw->labelled = NULL;
    mw->phase = MODEL_IN_PROPERTY;
    eval_random_context(mw->ew, state, len);
    label_memo_state(mw->memo, state, len, state == mw->cur_bytes && mw->cur ? mw->cur_offsets : NULL);
    const uint64_t *values = NULL, *known = live_labeller_state(mw->lab, state, &values), *ruled = NULL;
    const val *vars = decoded(mw, state, len);
    if (mw->memo && mw->m->live->ngroups) {
        uint32_t words = row_words(cls->len);
        known_state_labels(mw, words, known, values);
        ruled = mw->state_rows;
        known = ruled + words;
        values = known + words;
    }
    if (!labels(mw, cls, vars, NULL, ruled, known, values, row)) return false;
    rule_out_steps(mw, vars, row);
    mw->labelled = state;
    return true;
}

/* A step's row as labels() makes it, but with the labels not in `known` nor in `ruled` (both may be
 * NULL) from the memo, by the bytes of the step's states (label_memo_step first): false when one of
 * them is not there, and the step's states have to be decoded. */
static bool step_labels_kept(model_worker *mw, uint32_t n, const uint64_t *known, const uint64_t *values,
                             const uint64_t *ruled, uint64_t *row)
{
    if (!mw->memo) return false;
    for (uint32_t w = 0; w < row_words(n); w++) {
        uint64_t todo = word_mask(n, w), bits = 0;
        if (known) {
            bits = values[w] & known[w] & todo;
            todo &= ~known[w];
        }
        if (ruled) todo &= ~ruled[w];
        for (; todo; todo &= todo - 1) {
            uint32_t i = w * 64 + (uint32_t)__builtin_ctzll(todo);
            int kept = label_memo_step_known(mw->memo, i);
            if (kept < 0) return false;
            if (kept) bits |= (uint64_t)1 << (i % 64);
        }
        row[w] |= bits;   /* (right values: labels() would set the same bits if a later word failed) */
    }
    return true;
}

/* A step's row, with the labels the labeller knows (`known`, may be NULL) from `values`, and where
 * the variables of `next` start when it knows (`offsets`, may be NULL). */
static bool step_row(model_worker *mw, const uint8_t *state, uint32_t len, const uint8_t *next, uint32_t next_len,
                     const uint64_t *known, const uint64_t *values, const uint32_t *offsets, uint64_t *row)
{
    const model_liveness *l = mw->m->live;
    if (known && model_row_full(known, l->edge_labels.len)) {   /* no need to decode the step's states */
        for (uint32_t w = 0; w < row_words(l->edge_labels.len); w++) row[w] |= values[w] & known[w];
        return true;
    }
    bool mine = state == mw->labelled;
    label_memo_step(mw->memo, state, len, next, next_len, offsets);
    if (step_labels_kept(mw, (uint32_t)l->edge_labels.len, known, values, mine ? mw->ruled_row : NULL, row))
        return true;
    const val *s = decoded(mw, state, len), *t = next == state ? s : deserialise(mw, next, next_len);
    eval_random_context(mw->ew, state, len);
    mw->phase = MODEL_IN_PROPERTY;
    /* the step's target by its bytes too, for the definitions kept by them (the state being expanded
     * has its bytes given already) */
    bool keyed = mw->m->nkeyed && (offsets || val_state_offsets(next, next_len, mw->m->prog->nvars, mw->next_offsets));
    if (keyed) eval_state_bytes(mw->ew, true, t, next, offsets ? offsets : mw->next_offsets);
    bool ok = labels(mw, &l->edge_labels, s, t, mine ? mw->ruled_row : NULL, known, values, row);
    if (keyed) eval_state_bytes(mw->ew, true, NULL, NULL, NULL);
    return ok;
}

static bool label_edge(void *worker, const uint8_t *state, uint32_t len, const uint8_t *next, uint32_t next_len,
                       uint64_t *row)
{
    model_worker *mw = worker;
    if (!mw->m->live->edge_labels.len) return true;
    const uint64_t *values = NULL;
    const uint32_t *offsets;
    const uint64_t *known = live_labeller_edge(mw->lab, state, next, next_len, &values, &offsets);
    return step_row(mw, state, len, next, next_len, known, values, offsets, row);
}

/* label_edge by the successor's place among those emitted (the labeller finds its mask there, not
 * by its bytes); a step labelled `again` keeps its row, and gets what this emission of it adds. */
static bool label_step(void *worker, const uint8_t *state, uint32_t len, const uint8_t *next, uint32_t next_len,
                       uint32_t index, uint32_t count, bool again, uint64_t *row)
{
    model_worker *mw = worker;
    if (!mw->m->live->edge_labels.len) return true;
    bool all;
    const uint32_t *offsets;
    const uint64_t *known = live_labeller_step(mw->lab, state, next, next_len, index, count, row, &all, &offsets);
    /* (the known labels' values are in the row already: it is their values too) */
    return all || again || step_row(mw, state, len, next, next_len, known, row, offsets, row);
}

explore_model model_interface(model *m)
{
    return (explore_model){
        .self = m,
        .worker_new = worker_new,
        .worker_free = worker_free,
        .thread_end = thread_end,
        .initial = initial,
        .initial_part = m->init_split ? initial_part : NULL,
        .successors = successors,
        .fingerprint = fingerprint,
        .check_state = check_state,
        .check_state_noted = check_state_noted,
        .note_len = note_len(m),
        .check_state_pure = m->pure && !m->var_values,
        .state_done = state_done,
        .replaying = replaying,
        .set_level = set_level,
        .set_stats = set_stats,
        .set_walk = m->pure ? NULL : set_walk,   /* only TLCGet reads it (and the clock it takes each step) */
        .pick_action = pick_action,
        .expand_taken = expand_taken,
        .check_emitted = m->simulation ? check_emitted : NULL,
        .forget_fault = forget_fault,
        .quiet = quiet,
        .check_step = check_step,
        .label_state = m->live ? label_state : NULL,
        .label_edge = m->live ? label_edge : NULL,
        .label_step = m->live ? label_step : NULL,
        .state_label_words = m->live ? row_words(m->live->state_labels.len) : 0,
        .edge_label_words = m->live ? row_words(m->live->edge_labels.len) : 0,
    };
}

/* ---- traces and postconditions ------------------------------------------------------------------ */

bool model_action(model *m, uint32_t action, eval_action *out)
{
    if (!action) return false;
    pthread_mutex_lock(&m->action_lock);
    *out = m->actions.items[action - 1];
    pthread_mutex_unlock(&m->action_lock);
    return true;
}

/* Print state `index` of a trace, whose values are vars (pv: the state before, for -difftrace), with w. */
static void print_values(model *m, eval_worker *w, FILE *out, uint32_t index, const val *vars, const val *pv,
                         const eval_action *a, bool diff_only)
{
    /* an ALIAS may read TLCGet("level"): the state's place in the trace */
    eval_set_stats(w, &(eval_stats){.level = index, .workers = m->workers, .check_deadlock = m->check_deadlock});
    val shown;
    if (m->alias && eval_value(w, m->alias, vars, NULL, &shown)) {
        /* ALIAS: the trace shows the alias record's fields instead of the variables */
        report_trace_alias(out, index, a, shown);
    } else {
        if (m->alias) report_eval_error(out, eval_worker_error(w));
        report_trace_state(out, index, a, m->prog, vars, pv, diff_only);
    }
    eval_worker_reset(w);
}

void model_print_state_vars(model *m, FILE *out, uint32_t index, const val *vars, const eval_action *a)
{
    report_trace_state(out, index, a, m->prog, vars, NULL, false);
}

void model_print_trace(model *m, FILE *out, const explore_trace_state *trace, uint32_t n,
                       const eval_action *const *labels, bool diff_only)
{
    arena mem;
    arena_init(&mem);
    const val **vars = model_trace_values(m, &mem, trace, n);
    eval_worker *w = eval_worker_new(m->ep, -1);
    for (uint32_t i = 0; i < n; i++) {
        eval_action a;
        const eval_action *label = labels ? labels[i] : model_action(m, trace[i].action, &a) ? &a : NULL;
        print_values(m, w, out, i + 1, vars[i], i ? vars[i - 1] : NULL, label, diff_only);
    }
    eval_worker_free(w);
    arena_free(&mem);
}

void model_print_state_unlabelled(model *m, FILE *out, uint32_t index, const uint8_t *bytes, uint32_t len, bool invariant)
{
    eval_worker *w = eval_worker_new(m->ep, -1);
    uint32_t n = m->prog->nvars;
    val *vars = arena_alloc(eval_scratch(w), sizeof(val) * (n + 1));
    val_state_deserialize(eval_scratch(w), bytes, len, vars, n);
    report_trace_state_unlabelled(out, index, invariant, m->prog, vars);
    eval_worker_free(w);
}

void model_print_initial_violation(model *m, FILE *out, bool property, atom name, const uint8_t *bytes, uint32_t len)
{
    arena mem;
    arena_init(&mem);
    explore_trace_state state = {(uint8_t *)bytes, len, 0};
    report_initial_violation(out, property, name, m->prog, model_trace_values(m, &mem, &state, 1)[0]);
    arena_free(&mem);
}

void model_print_initial_failure(model *m, FILE *out, const uint8_t *bytes, uint32_t len)
{
    arena mem;
    arena_init(&mem);
    explore_trace_state state = {(uint8_t *)bytes, len, 0};
    report_initial_state_failure(out, &m->fault.error, m->prog, model_trace_values(m, &mem, &state, 1)[0]);
    arena_free(&mem);
}

void model_print_back_to(model *m, FILE *out, uint32_t index, uint32_t target, uint32_t action)
{
    report_back_to(out, index, target, action ? &m->actions.items[action - 1] : NULL);
}
