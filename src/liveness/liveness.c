/* liveness.c - the search for a fair violating cycle in the product of the behaviour graph with a
 * check's automaton.
 *
 * Product nodes are pairs (state v, automaton node q), numbered v * nq + q. There is a product step
 * (v, q) -> (w, q') when the graph has a step e from v to w that satisfies q's step literals, q' is
 * a successor of q, and w satisfies the state literals of q'.
 *
 * 1. A search from the initial product nodes finds every reachable node.
 * 2. Among those, the nodes whose state satisfies the cycle's all-states condition, joined by steps
 *    satisfying its all-edges condition, are split into strongly connected components (Tarjan's
 *    algorithm with an explicit stack), each judged as the walk completes it. Where there are no
 *    such conditions, the walk starts from the initial nodes and reaches the nodes itself: step 1
 *    is left for the lasso.
 * 3. A component is accepted when it has a cycle, meets every acceptance set, each "some" condition
 *    holds somewhere in it, each weakly fair action is taken in it or disabled somewhere in it, and
 *    each strongly fair action is taken in it or enabled nowhere in it. For a strong fairness
 *    condition that fails, the nodes whose state enables the action are removed and the rest is
 *    split again (the Streett refinement); any other failure rules the component out, since no
 *    part of it can do better.
 * 4. If some component is accepted, the lasso TLC would print (see the section's comment).
 */
#include "liveness.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

static const uint32_t NONE = UINT32_MAX, MAX_NODES = UINT32_MAX - 1;

/* A product node's flags, one byte: what the search for reachable nodes reads and writes is
 * together and small. */
enum { STATE_OK = 1, REACHED = 2, INITIAL = 4 };

/* What Tarjan's walks read and write of a product node, 8 bytes (the walks' random reads): a node's
 * low link lives on its frame while it is walked. */
typedef struct node_at {
    uint32_t tag;                    /* 0 or a tag of an earlier search: out of play; else the component (set) */
    uint32_t index;                  /* Tarjan's; in a lasso's component, the node's place in it */
} node_at;

/* The per-node arrays of a search, kept by a thread for all of its checks: allocated for the
 * largest product met, not cleared between checks. The tags and stamps go on increasing across
 * checks, so that an earlier check's marks mean nothing to a later one. */
struct live_space {
    size_t cap;                      /* product nodes the arrays hold */
    uint8_t *flags;
    node_at *at;
    uint32_t *walk_parent, *walk_stamp;
    uint32_t next_tag, stamp;        /* the last used */
};

typedef VEC(uint32_t) u32_vec;
typedef VEC(live_fairness) fair_vec;
typedef VEC(struct goal) goal_vec;

typedef struct search {
    const live_graph *g;
    const live_check *c;
    const atomic_bool *stop;         /* set: give up */
    uint32_t polls;
    fair_vec fair;                   /* the specification's and the check's */
    uint32_t nq;                     /* automaton nodes */
    bool *can_accept;                /* by automaton node: an accepted component may hold it */
    size_t nnodes;                   /* product nodes */
    live_space *space, *own_space;   /* the arrays below; own_space: made for this search alone */
    uint8_t *flags;                  /* by product node (v, q); STATE_OK: v satisfies q's state literals */
    const uint64_t *settled;         /* by product node: out of play, refused by an earlier check (or NULL) */
    /* components */
    node_at *at;
    uint32_t next_tag;
    /* breadth-first walks inside a component */
    uint32_t *walk_parent, *walk_stamp, stamp;
    /* judging a component: which labels hold on some state, fail on some state, hold on some edge */
    uint64_t *any_state, *any_not_state, *any_edge, *refine;
} search;

/* Has the search been asked to stop? Looked at once in a while: it is called in inner loops. */
static bool stopped(search *s)
{
    if (!s->stop || ++s->polls & 4095) return false;
    return atomic_load_explicit(s->stop, memory_order_relaxed);
}

static const uint64_t *state_row(const search *s, uint32_t v) { return s->g->state_labels + (size_t)v * s->g->state_words; }
static const uint64_t *edge_row(const search *s, uint32_t e) { return s->g->edge_labels + (size_t)e * s->g->edge_words; }
static uint32_t state_of(const search *s, uint32_t n) { return n / s->nq; }
static const live_node *node_of(const search *s, uint32_t n) { return &s->c->nodes[n % s->nq]; }

bool live_conj_and(const live_conj *c, const live_conj *d, live_conj *out, bool *overflow)
{
    live_conj r = *c;
    for (uint32_t i = 0; i < d->n; i++) {
        uint32_t j = 0;
        while (j < r.n && r.lits[j].bit != d->lits[i].bit) j++;
        if (j < r.n) {
            if (r.lits[j].value != d->lits[i].value) return false;
            continue;
        }
        if (r.n == LIVE_MAX_LITERALS) {
            if (overflow) *overflow = true;
            return false;
        }
        r.lits[r.n++] = d->lits[i];
    }
    *out = r;
    return true;
}

/* ---- product steps ------------------------------------------------------------------------------ */

/* Where an enumeration of a product node's successors stands: the graph step, the automaton
 * successor; the product node of the step's target with automaton node 0, and the node's automaton
 * node (found once, not on every successor). */
typedef struct succ_iter {
    uint32_t e, end, j, to;
    const live_node *q;
} succ_iter;

static succ_iter successors_of(const search *s, uint32_t n)
{
    uint32_t v = state_of(s, n);
    return (succ_iter){s->g->edge_start[v], s->g->edge_start[v + 1], 0, 0, node_of(s, n)};
}

/* The next successor of the iterator's product node whose step satisfies `steps` (NULL: any), or
 * NONE; *edge receives the graph step. */
static uint32_t next_successor(const search *s, succ_iter *it, const live_conj *steps, uint32_t *edge)
{
    const live_node *q = it->q;
    if (!q->nnext) return NONE;
    const uint32_t *next = s->c->next + q->first_next;
    for (; it->e < it->end; it->e++, it->j = 0) {
        uint32_t e = it->e;
        if (it->j == 0) {
            if (!live_holds(&q->step, edge_row(s, e)) || (steps && !live_holds(steps, edge_row(s, e)))) continue;
            it->to = s->g->edge_to[e] * s->nq;
        }
        while (it->j < q->nnext) {
            uint32_t m = it->to + next[it->j++];
            if (!(s->flags[m] & STATE_OK)) continue;
            *edge = e;
            return m;
        }
    }
    return NONE;
}

/* ---- 1. reachable product nodes ----------------------------------------------------------------- */

/* Reach n, unless it is reached already; pushed on `todo` to visit its successors. */
static void visit(search *s, u32_vec *todo, uint32_t n)
{
    if (s->flags[n] & REACHED) return;
    s->flags[n] |= REACHED;
    VEC_PUSH(*todo, n);
}

/* Visit the product successors of n: a loop of its own, as this is the search's hottest (every
 * reachable node's every step, for each check). */
static void visit_successors(search *s, uint32_t n, u32_vec *todo)
{
    const live_node *q = node_of(s, n);
    const uint32_t *succ = s->c->next + q->first_next, nnext = q->nnext, nq = s->nq, v = state_of(s, n);
    if (!nnext) return;
    bool any_step = q->step.n == 0;   /* (read once: visit's writes might alias it) */
    for (uint32_t e = s->g->edge_start[v], end = s->g->edge_start[v + 1]; e < end; e++) {
        if (!any_step && !live_holds(&q->step, edge_row(s, e))) continue;
        uint32_t to = s->g->edge_to[e] * nq;
        for (uint32_t j = 0; j < nnext; j++) {
            uint32_t m = to + succ[j];
            if ((s->flags[m] & (STATE_OK | REACHED)) == STATE_OK) visit(s, todo, m);
        }
    }
}

/* The automaton node that holds in every state and on every step, is initial and its own successor
 * (TLC's node for "not yet" of <>P), or NONE. */
static uint32_t universal_node(const live_check *c)
{
    for (uint32_t q = 0; q < c->nnodes; q++) {
        const live_node *x = &c->nodes[q];
        if (!x->initial || x->state.n || x->step.n) continue;
        for (uint32_t j = 0; j < x->nnext; j++)
            if (c->next[x->first_next + j] == q) return q;
    }
    return NONE;
}

bool live_stutters_reached(const live_graph *g, const live_check *checks, uint32_t nchecks)
{
    uint32_t i = 0;
    while (i < nchecks && universal_node(&checks[i]) == NONE) i++;
    if (i == nchecks) return false;
    for (uint32_t v = 0; v < g->nstates; v++) {
        uint32_t e = g->edge_start[v], end = g->edge_start[v + 1];
        while (e < end && g->edge_to[e] != v) e++;
        if (e == end) return false;
    }
    bool *reached = util_xcalloc((size_t)g->nstates + 1, sizeof(bool));
    uint32_t *todo = util_xmalloc(sizeof(uint32_t) * ((size_t)g->nstates + 1)), n = 0, count = 0;
    for (uint32_t v = 0; v < g->nstates; v++)
        if (g->initial[v]) reached[v] = true, todo[n++] = v;
    while (n) {
        uint32_t v = todo[--n];
        count++;
        for (uint32_t e = g->edge_start[v]; e < g->edge_start[v + 1]; e++)
            if (!reached[g->edge_to[e]]) reached[g->edge_to[e]] = true, todo[n++] = g->edge_to[e];
    }
    free(todo);
    free(reached);
    return count == g->nstates;
}

/* The universal node whose product nodes are all reachable without a search (reach_universal), or
 * NONE. */
static uint32_t universal_reached(const search *s)
{
    return s->g->stutters_reached ? universal_node(s->c) : NONE;
}

/* Where the graph is stutters_reached and the check has a universal node u: (v, u) reached for
 * every state v, and (v, q) for each successor q of u whose state literals v satisfies, those pushed
 * on todo; u's nodes themselves are not visited (their successors are all reached). NONE when
 * there is no such node. */
static uint32_t reach_universal(search *s, u32_vec *todo)
{
    uint32_t u = universal_reached(s);
    if (u == NONE) return NONE;
    const live_node *x = &s->c->nodes[u];
    const uint32_t *succ = s->c->next + x->first_next;
    for (uint32_t v = 0; v < s->g->nstates; v++) {
        uint32_t base = v * s->nq;
        s->flags[base + u] |= REACHED;
        for (uint32_t j = 0; j < x->nnext; j++)
            if (succ[j] != u && (s->flags[base + succ[j]] & STATE_OK)) visit(s, todo, base + succ[j]);
    }
    return u;
}

/* Mark the nodes reachable from the initial product nodes (in any order: only the set of them
 * matters; the lasso's paths are searched again, in TLC's order). */
static void search_reachable(search *s)
{
    const live_graph *g = s->g;
    u32_vec todo = {0};
    for (uint32_t v = 0; v < g->nstates; v++) {
        if (!g->initial[v]) continue;
        for (uint32_t q = 0; q < s->nq; q++) {
            uint32_t n = v * s->nq + q;
            if (!s->c->nodes[q].initial || !(s->flags[n] & STATE_OK)) continue;
            s->flags[n] |= INITIAL;
            visit(s, &todo, n);
        }
    }
    uint32_t u = reach_universal(s, &todo);
    while (todo.len && !stopped(s)) {
        uint32_t n = todo.items[--todo.len];
        if (n % s->nq != u) visit_successors(s, n, &todo);
    }
    VEC_FREE(todo);
}

/* ---- 2. components ------------------------------------------------------------------------------ */

/* May automaton node q take every step of the cycle (no step literals, no all-edges condition)? */
static bool any_step(const search *s, const live_node *q) { return !q->step.n && !s->c->all_edges.n; }

/* Run body for each successor m of n tagged t or `pass` along a step e the cycle may take, in
 * next_successor's order: a loop of its own, as the component search and the survey of a
 * component's steps take every step of every node in play. A step's literals are read only for a
 * step to a node in play (most lead out of a small component). A node is tagged only if its state
 * satisfies its automaton node's state literals (STATE_OK), so the tag alone is tested. */
#define FOR_EACH_IN_PLAY(s, n, t, pass, m, e, body)                                                     \
    do {                                                                                                \
        const uint32_t v_ = state_of(s, n);                                                             \
        const live_node *q_ = &(s)->c->nodes[(n) - v_ * (s)->nq];                                       \
        const uint32_t *succ_ = (s)->c->next + q_->first_next, nnext_ = q_->nnext;                      \
        const int any_step_ = any_step(s, q_);                                                          \
        for (uint32_t e = (s)->g->edge_start[v_], end_ = (s)->g->edge_start[v_ + 1]; e < end_; e++) {   \
            uint32_t to_ = (s)->g->edge_to[e] * (s)->nq;                                                \
            int step_ok_ = any_step_ ? 1 : -1;                                                          \
            for (uint32_t j_ = 0; j_ < nnext_; j_++) {                                                  \
                uint32_t m = to_ + succ_[j_], tag_ = (s)->at[m].tag;                                    \
                if (tag_ != (t) && tag_ != (pass)) continue;                                            \
                if (step_ok_ < 0)                                                                       \
                    step_ok_ = live_holds(&q_->step, edge_row(s, e)) &&                                 \
                               live_holds(&(s)->c->all_edges, edge_row(s, e));                          \
                if (!step_ok_) break;                                                                   \
                body                                                                                    \
            }                                                                                           \
        }                                                                                               \
    } while (0)

/* The successors of n inside the component tagged t. */
#define FOR_EACH_INSIDE(s, n, t, m, e, body) FOR_EACH_IN_PLAY(s, n, t, t, m, e, body)

/* A node Tarjan's walk is in: its successors inside the component are succs[next .. the top),
 * gathered when it was entered; start is where they began; low is its low link. */
typedef struct frame { uint32_t n, start, next, low; } frame;
typedef VEC(frame) frame_vec;

/* What is done with each component as Tarjan's walk completes it (nodes[0..n), valid during the
 * call): its verdict taken at once, its nodes' tags changed so that the walk's later steps into them
 * are not followed. True stops the walk. */
typedef bool (*component_fn)(search *s, uint32_t *nodes, uint32_t n, void *ctx);

/* Tarjan's walk as it goes: the nodes entered and not in a component yet, the frames of the walk,
 * the successors they gather; whom to give each component. The nodes tagged `pass` (NONE: none)
 * are only passed through: reached (tagged 0) and put on `passed`, their successors walked once
 * the walk they were met in is done. */
typedef struct walk {
    uint32_t t, pass, counter;
    u32_vec stack, succs, passed;
    frame_vec calls;
    component_fn take;
    void *ctx;
} walk;

/* Enter n. A node with no successor inside but itself is a component of its own, given at once
 * (most are: the graph is mostly a DAG with stuttering steps); the others wait on the stack. True:
 * the component given stops the walk. */
static bool enter(search *s, uint32_t n, walk *w)
{
    s->at[n].index = w->counter++;
    uint32_t start = (uint32_t)w->succs.len;
    FOR_EACH_IN_PLAY(s, n, w->t, w->pass, m, e, {
        if (s->at[m].tag == w->pass) {
            s->at[m].tag = 0;
            VEC_PUSH(w->passed, m);
        } else if (m != n) {
            VEC_PUSH(w->succs, m);
        }
    });
    if (w->succs.len == start) return w->take(s, &n, 1, w->ctx);
    VEC_PUSH(w->stack, n);
    VEC_PUSH(w->calls, ((frame){n, start, start, s->at[n].index}));
    return false;
}

/* Tarjan's algorithm from root (tagged w->t, its index NONE) over the nodes tagged t it reaches,
 * each component given to take as it is completed. True: take stopped it. A node entered is on
 * the stack while it keeps the tag t: take changes the tags of the components it is given (or
 * stops the walk), so no flag of its own is needed. */
static bool walk_from(search *s, walk *w, uint32_t root)
{
    bool stop = enter(s, root, w);
    while (w->calls.len && !stop && !stopped(s)) {
        frame *f = &w->calls.items[w->calls.len - 1];
        uint32_t n = f->n;
        if (f->next < w->succs.len) {
            uint32_t m = w->succs.items[f->next++];
            node_at to = s->at[m];
            if (to.index == NONE) stop = enter(s, m, w);
            else if (to.tag == w->t && to.index < f->low) f->low = to.index;
            continue;
        }
        uint32_t low = f->low;
        w->succs.len = f->start;
        w->calls.len--;
        if (w->calls.len) {
            frame *up = &w->calls.items[w->calls.len - 1];
            if (low < up->low) up->low = low;
        }
        if (low != s->at[n].index) continue;
        /* n roots a component: the stack's top down to n */
        size_t at = w->stack.len;
        do at--;
        while (w->stack.items[at] != n);
        uint32_t len = (uint32_t)(w->stack.len - at);
        w->stack.len = at;
        stop = w->take(s, w->stack.items + at, len, w->ctx);
    }
    return stop;
}

/* Reach n: one tagged w->pass is passed through (its successors walked by walk_passed); one tagged
 * t not entered yet roots Tarjan's walk. True: take stopped the walk. */
static bool reach(search *s, walk *w, uint32_t n)
{
    if (s->at[n].tag == w->pass) {
        s->at[n].tag = 0;
        VEC_PUSH(w->passed, n);
        return false;
    }
    return s->at[n].tag == w->t && s->at[n].index == NONE && walk_from(s, w, n);
}

/* Walk the successors of the nodes passed through, each reached in turn. A node passed through is
 * in no component with the nodes it was met from (they are in play, it is not: see
 * decompose_reached), so none of its successors reaches a node on Tarjan's stack, which is empty
 * when they are walked. True: take stopped the walk. */
static bool walk_passed(search *s, walk *w)
{
    bool stop = false;
    while (w->passed.len && !stop && !stopped(s)) {
        uint32_t n = w->passed.items[--w->passed.len];
        FOR_EACH_IN_PLAY(s, n, w->t, w->pass, m, e, {
            if (stop) break;
            if (s->at[m].tag == w->pass) {
                s->at[m].tag = 0;
                VEC_PUSH(w->passed, m);
            } else if (s->at[m].index == NONE) {
                stop = walk_from(s, w, m);
            }
        });
    }
    return stop;
}

static void walk_free(walk *w)
{
    VEC_FREE(w->stack);
    VEC_FREE(w->succs);
    VEC_FREE(w->passed);
    VEC_FREE(w->calls);
}

/* Tarjan's algorithm over the nodes tagged t (their index NONE) that `roots` reach, from each root
 * in turn, each component given to take as it is completed. True: take stopped it. */
static bool components(search *s, const u32_vec *roots, uint32_t t, component_fn take, void *ctx)
{
    walk w = {.t = t, .pass = NONE, .take = take, .ctx = ctx};
    bool stop = false;
    for (size_t i = 0; i < roots->len && !stop; i++) stop = reach(s, &w, roots->items[i]);
    walk_free(&w);
    return stop;
}

/* ---- 3. accepting components -------------------------------------------------------------------- */

typedef enum { ACCEPT, REJECT, REFINE } verdict;

static void or_row(uint64_t *acc, const uint64_t *row, uint32_t words, bool negated)
{
    for (uint32_t i = 0; i < words; i++) acc[i] |= negated ? ~row[i] : row[i];
}

/* Gather what holds in some state of the component (nodes): state labels, acceptance sets, "some"
 * state conditions met. */
static void survey_states(search *s, const uint32_t *nodes, uint32_t n, uint64_t *accept, uint32_t *some_state)
{
    const live_graph *g = s->g;
    const live_check *c = s->c;
    memset(s->any_state, 0, sizeof(uint64_t) * g->state_words);
    memset(s->any_not_state, 0, sizeof(uint64_t) * g->state_words);
    *accept = 0;
    *some_state = 0;   /* bit i: some_state[i] met */
    for (uint32_t i = 0; i < n; i++) {
        const uint64_t *row = state_row(s, state_of(s, nodes[i]));
        *accept |= node_of(s, nodes[i])->accept;
        or_row(s->any_state, row, g->state_words, false);
        or_row(s->any_not_state, row, g->state_words, true);
        for (uint32_t k = 0; k < c->nsome_state; k++)
            if (live_holds(&c->some_state[k], row)) *some_state |= 1u << k;
    }
}

/* Gather what holds on some step inside the component (nodes, all tagged t): step labels, "some"
 * step conditions met; whether it has a cycle. */
static bool survey_steps(search *s, const uint32_t *nodes, uint32_t n, uint32_t t, uint32_t *some_edge)
{
    const live_graph *g = s->g;
    const live_check *c = s->c;
    memset(s->any_edge, 0, sizeof(uint64_t) * g->edge_words);
    bool has_cycle = n > 1;
    *some_edge = 0;
    for (uint32_t i = 0; i < n; i++)
        FOR_EACH_INSIDE(s, nodes[i], t, m, e, {
            if (m == nodes[i]) has_cycle = true;
            or_row(s->any_edge, edge_row(s, e), g->edge_words, false);
            for (uint32_t k = 0; k < c->nsome_edge; k++)
                if (live_holds(&c->some_edge[k], edge_row(s, e))) *some_edge |= 1u << k;
        });
    return has_cycle;
}

static uint64_t all_sets(uint32_t n) { return n >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1; }

/* Does the component meet the check's conditions and the fairness conditions? REFINE: only if the
 * nodes whose state has a label of s->refine (strongly fair actions enabled there but never taken)
 * are removed. The states' conditions are looked at first: a component they refuse is refused
 * without walking its steps (Disruptor's 20 checks, each of 14,365 one-state components most of
 * which miss the "some" state condition). */
static verdict judge(search *s, const uint32_t *nodes, uint32_t n, uint32_t t)
{
    const live_check *c = s->c;
    uint64_t accept;
    uint32_t some_state, some_edge;
    survey_states(s, nodes, n, &accept, &some_state);
    if (accept != all_sets(c->naccept) || some_state != (1u << c->nsome_state) - 1) return REJECT;
    if (!survey_steps(s, nodes, n, t, &some_edge)) return REJECT;
    if (some_edge != (1u << c->nsome_edge) - 1) return REJECT;
    memset(s->refine, 0, sizeof(uint64_t) * s->g->state_words);
    bool refine = false;
    for (size_t i = 0; i < s->fair.len; i++) {
        const live_fairness *f = &s->fair.items[i];
        if (live_bit(s->any_edge, f->step)) continue;   /* taken */
        if (!f->strong && !live_bit(s->any_not_state, f->enabled)) return REJECT;
        if (f->strong && live_bit(s->any_state, f->enabled)) {
            live_set_bit(s->refine, f->enabled);
            refine = true;
        }
    }
    return refine ? REFINE : ACCEPT;
}

/* Has state v a step to itself that automaton node q may take and its component alone may, on which
 * cond holds (NULL: any) and label `label` is true (NONE: any)? */
static bool self_step(const search *s, uint32_t v, const live_node *q, const live_conj *cond, uint32_t label)
{
    for (uint32_t e = s->g->edge_start[v], end = s->g->edge_start[v + 1]; e < end; e++) {
        if (s->g->edge_to[e] != v) continue;
        const uint64_t *row = edge_row(s, e);
        if (live_holds(&q->step, row) && live_holds(&s->c->all_edges, row) && (!cond || live_holds(cond, row)) &&
            (label == NONE || live_bit(row, label)))
            return true;
    }
    return false;
}

/* The step from state v to itself that automaton node q may take and its component alone may:
 * NONE if there is none, *more set if there is another (two successors of different bytes that
 * are one state: a VIEW's or symmetry's). */
static uint32_t self_step_of(const search *s, uint32_t v, const live_node *q, bool *more)
{
    uint32_t found = NONE;
    *more = false;
    for (uint32_t e = s->g->edge_start[v], end = s->g->edge_start[v + 1]; e < end; e++) {
        if (s->g->edge_to[e] != v) continue;
        const uint64_t *row = edge_row(s, e);
        if (!live_holds(&q->step, row) || !live_holds(&s->c->all_edges, row)) continue;
        if (found != NONE) {
            *more = true;
            break;
        }
        found = e;
    }
    return found;
}

/* judge's verdict on a component of one node n, without its rows: the tests that refuse it read
 * n's state and its steps to itself alone (mostly one, its stuttering step, found once). A
 * strongly fair action n enables and does not take refuses it outright (the refinement would
 * remove n itself). */
static verdict judge_single(search *s, uint32_t n)
{
    const live_check *c = s->c;
    uint32_t v = state_of(s, n), qi = n - v * s->nq;   /* (one division: this runs for most nodes) */
    const live_node *q = &c->nodes[qi];
    const uint64_t *row = state_row(s, v);
    if (q->accept != all_sets(c->naccept)) return REJECT;
    for (uint32_t k = 0; k < c->nsome_state; k++)
        if (!live_holds(&c->some_state[k], row)) return REJECT;
    const uint32_t *succ = c->next + q->first_next;
    uint32_t j = 0;
    while (j < q->nnext && succ[j] != qi) j++;
    if (j == q->nnext) return REJECT;   /* q does not follow itself: no cycle */
    bool more;
    uint32_t e = self_step_of(s, v, q, &more);
    if (e == NONE) return REJECT;
    const uint64_t *step = edge_row(s, e);
    for (size_t i = 0; i < s->fair.len; i++) {
        const live_fairness *f = &s->fair.items[i];
        if (live_bit(row, f->enabled) && !live_bit(step, f->step) && (!more || !self_step(s, v, q, NULL, f->step)))
            return REJECT;
    }
    for (uint32_t k = 0; k < c->nsome_edge; k++)
        if (!live_holds(&c->some_edge[k], step) && (!more || !self_step(s, v, q, &c->some_edge[k], NONE)))
            return REJECT;
    return ACCEPT;
}

/* Does any label of `mask` hold in the row? */
static bool any_of(const uint64_t *row, const uint64_t *mask, uint32_t words)
{
    for (uint32_t i = 0; i < words; i++)
        if (row[i] & mask[i]) return true;
    return false;
}

typedef struct work_item { uint32_t tag; u32_vec nodes; } work_item;
typedef VEC(work_item) work_vec;

/* Split off the nodes of a refused component whose state enables a strongly fair action: the rest
 * becomes a new set to decompose, pushed on `work`. */
static void refine_component(search *s, const uint32_t *nodes, uint32_t n, work_vec *work)
{
    u32_vec rest = {0};
    uint32_t rt = ++s->next_tag;
    for (uint32_t j = 0; j < n; j++) {
        bool enabled = any_of(state_row(s, state_of(s, nodes[j])), s->refine, s->g->state_words);
        s->at[nodes[j]].tag = enabled ? 0 : rt;
        if (!enabled) VEC_PUSH(rest, nodes[j]);
    }
    if (rest.len) VEC_PUSH(*work, ((work_item){rt, rest}));
    else VEC_FREE(rest);
}

/* Which automaton nodes an accepted component can hold. A product component projects into one
 * component of the automaton (its cycles are cycles of the automaton), so an automaton node whose
 * component has no cycle, or misses an acceptance set, is in no accepted product component: such
 * nodes (the node waiting for <>F, say, in every state) are left out of the component search. Its
 * verdict stays the same, only the rejected components it would judge are not built. */
static bool *accepting_nodes(const live_check *c)
{
    uint32_t nq = c->nnodes, words = nq / 64 + 1;
    bool *can_accept = util_xcalloc(nq + 1, sizeof(bool));
    if (nq > 4096) {   /* (a large automaton: its closure would cost more than it saves) */
        memset(can_accept, 1, nq);
        return can_accept;
    }
    /* reach[q]: the nodes reachable from q in one step or more */
    uint64_t *reach = util_xcalloc((size_t)nq * words, sizeof(uint64_t));
    uint32_t *queue = util_xmalloc(sizeof(uint32_t) * (nq + 1));
    for (uint32_t q = 0; q < nq; q++) {
        uint64_t *row = reach + (size_t)q * words;
        uint32_t head = 0, tail = 0;
        queue[tail++] = q;
        while (head < tail) {
            const live_node *x = &c->nodes[queue[head++]];
            for (uint32_t j = 0; j < x->nnext; j++) {
                uint32_t r = c->next[x->first_next + j];
                if (live_bit(row, r)) continue;
                live_set_bit(row, r);
                queue[tail++] = r;
            }
        }
    }
    for (uint32_t q = 0; q < nq; q++) {
        const uint64_t *row = reach + (size_t)q * words;
        if (!live_bit(row, q)) continue;   /* on no cycle */
        uint64_t accept = 0;
        for (uint32_t r = 0; r < nq; r++)
            if (live_bit(row, r) && live_bit(reach + (size_t)r * words, q)) accept |= c->nodes[r].accept;
        can_accept[q] = accept == all_sets(c->naccept);
    }
    free(queue);
    free(reach);
    return can_accept;
}

static void mark_can_accept(search *s) { s->can_accept = accepting_nodes(s->c); }

/* find_component's verdict on a component as Tarjan's walk completes it: refused, its nodes leave
 * play; refined, the rest is pushed on the work (ctx) to decompose again; accepted, the walk stops. */
static bool judge_found(search *s, uint32_t *nodes, uint32_t n, void *ctx)
{
    verdict v;
    if (n == 1) {
        v = judge_single(s, nodes[0]);
    } else {
        uint32_t t = ++s->next_tag;
        for (uint32_t j = 0; j < n; j++) s->at[nodes[j]].tag = t;
        v = judge(s, nodes, n, t);
    }
    if (v == ACCEPT) return true;
    if (v == REFINE) refine_component(s, nodes, n, ctx);
    else
        for (uint32_t j = 0; j < n; j++) s->at[nodes[j]].tag = 0;
    return false;
}

/* May the first decomposition be a walk that reaches every reachable node itself, instead of a
 * search for them before it? Where every step of the product may be on the cycle and every node is
 * in play but for its automaton node (no all-states or all-edges condition), and a universal node
 * reached without a search is out of play (the walk leaves its nodes out as the search does). */
static bool walk_reaches(const search *s)
{
    uint32_t u = universal_reached(s);
    return !s->c->all_states.n && !s->c->all_edges.n && (u == NONE || !s->can_accept[u]);
}

/* The first decomposition walked from the initial nodes in index order, then (a universal node u
 * out of play) from u's successors in every state, as search_reachable reaches them (walk_reaches).
 * Only the nodes whose automaton node an accepted component can hold are in play; the others are
 * passed through. A product component's automaton nodes lie in one component of the automaton,
 * and can_accept is the same for all nodes of that: no component holds nodes of both kinds. */
static bool decompose_reached(search *s, work_vec *work)
{
    uint32_t t = ++s->next_tag, pass = ++s->next_tag, u = universal_reached(s), nq = s->nq;
    uint32_t *tag_of = util_xmalloc(sizeof(uint32_t) * (nq + 1));   /* by automaton node */
    for (uint32_t q = 0; q < nq; q++) tag_of[q] = q == u ? 0 : s->can_accept[q] ? t : pass;
    for (size_t v = 0, n = 0; v < s->g->nstates; v++)
        for (uint32_t q = 0; q < nq; q++, n++) {
            bool out = !(s->flags[n] & STATE_OK) || (s->settled && live_bit(s->settled, (uint32_t)n));
            s->at[n] = (node_at){out ? 0 : tag_of[q], NONE};
        }
    free(tag_of);
    walk w = {.t = t, .pass = pass, .take = judge_found, .ctx = work};
    bool stop = false;
    for (uint32_t v = 0; v < s->g->nstates && !stop; v++)
        for (uint32_t q = 0; q < nq && !stop && s->g->initial[v]; q++)
            if (s->c->nodes[q].initial) stop = reach(s, &w, v * nq + q) || walk_passed(s, &w);
    if (u != NONE) {
        /* u's successors other than itself, passed through (their order does not change the verdict)
         * or walked at once */
        const live_node *x = &s->c->nodes[u];
        u32_vec succ = {0};
        for (uint32_t j = 0; j < x->nnext; j++)
            if (s->c->next[x->first_next + j] != u) VEC_PUSH(succ, s->c->next[x->first_next + j]);
        for (uint32_t v = 0; v < s->g->nstates && !stop; v++)
            for (size_t j = 0; j < succ.len && !stop; j++) stop = reach(s, &w, v * nq + succ.items[j]);
        VEC_FREE(succ);
    }
    stop = stop || walk_passed(s, &w);
    walk_free(&w);
    return stop;
}

/* Is some component accepted (can_accept marked)? reached: the reachable nodes are marked
 * (search_reachable); else the first decomposition finds them (walk_reaches). */
static bool find_component(search *s, bool reached)
{
    work_vec work = {0};
    bool accepted = false;
    if (reached) {
        u32_vec set = {0};
        uint32_t start_tag = ++s->next_tag;
        for (size_t n = 0; n < s->nnodes; n++)
            if ((s->flags[n] & REACHED) && s->can_accept[n % s->nq] &&
                live_holds(&s->c->all_states, state_row(s, state_of(s, (uint32_t)n)))) {
                s->at[n].tag = start_tag;
                VEC_PUSH(set, (uint32_t)n);
            }
        VEC_PUSH(work, ((work_item){start_tag, set}));
    } else {
        accepted = decompose_reached(s, &work);
    }
    while (work.len && !accepted && !stopped(s)) {
        work_item item = work.items[--work.len];
        for (size_t i = 0; i < item.nodes.len; i++) s->at[item.nodes.items[i]].index = NONE;
        accepted = components(s, &item.nodes, item.tag, judge_found, &work);
        VEC_FREE(item.nodes);
    }
    for (size_t i = 0; i < work.len; i++) VEC_FREE(work.items[i].nodes);
    VEC_FREE(work);
    return accepted;
}

/* ---- 4. the lasso, as TLC finds and prints it --------------------------------------------------- */

/* TLC's liveness checker (LiveWorker) reports the first violating component its depth-first
 * component search completes, rooted where that search entered it; prints a shortest path from an
 * initial node to the root (a breadth-first search, each product step costing one), then a cycle
 * from the root: a greedy depth-first walk through a witness of each condition, closed by a
 * breadth-first walk back to the root. Everything below follows its order of successors; TLC's own
 * order is that of a hash set of its fingerprints (SetOfStates), so where TLC's choice depends on
 * that order, tlc-c takes its successors in the order the model generates them. */

enum { LINK_UNSEEN = UINT32_MAX, LINK_DONE = UINT32_MAX - 1 };

/* May the cycle take the step e from n? (TLC: the possible error model's <>[] conditions hold on
 * it, a state predicate on the step's first state.) */
static bool cycle_step(const search *s, uint32_t n, uint32_t e)
{
    return live_holds(&s->c->all_edges, edge_row(s, e)) && live_holds(&s->c->all_states, state_row(s, state_of(s, n)));
}

/* Does n have a step to itself the cycle may take? (TLC: a single node is a component only then.) */
static bool stutters(const search *s, uint32_t n)
{
    succ_iter it = successors_of(s, n);
    uint32_t m, e;
    while ((m = next_successor(s, &it, NULL, &e)) != NONE)
        if (m == n) return cycle_step(s, n, e);
    return false;
}

typedef struct tlc_scc {
    u32_vec com;                     /* the component, in the order TLC's table of it is filled */
    uint32_t root, tag;              /* where the search entered it; its nodes' tag */
} tlc_scc;

static bool tlc_components(search *s, const u32_vec *set, const u32_vec *roots, uint32_t t, tlc_scc *out);

/* The nodes of the component rooted at n, popped from comStack: accepted (into *out), refused, or
 * refined (strong fairness: searched again without the nodes that enable the action). */
static bool tlc_check_component(search *s, uint32_t n, u32_vec *com_stack, tlc_scc *out)
{
    if (com_stack->items[com_stack->len - 1] == n && !stutters(s, n)) {
        com_stack->len--;
        s->at[n].index = LINK_DONE;
        return false;
    }
    u32_vec com = {0};
    uint32_t w, t = ++s->next_tag;
    do {
        w = com_stack->items[--com_stack->len];
        s->at[w].index = LINK_DONE;
        s->at[w].tag = t;
        VEC_PUSH(com, w);
    } while (w != n);
    verdict v = judge(s, com.items, (uint32_t)com.len, t);
    bool found = false;
    if (v == ACCEPT) {
        *out = (tlc_scc){com, n, t};
        return true;
    }
    if (v == REFINE) {
        work_vec rest = {0};
        refine_component(s, com.items, (uint32_t)com.len, &rest);
        if (rest.len) {
            found = tlc_components(s, &rest.items[0].nodes, &rest.items[0].nodes, rest.items[0].tag, out);
            VEC_FREE(rest.items[0].nodes);
        }
        VEC_FREE(rest);
    }
    VEC_FREE(com);
    return found;
}

/* TLC's Tarjan (LiveWorker.checkSccs) over the nodes of `set` (tagged t), from `roots` in order: a
 * node's successors are all pushed on the stack and taken from its top (the last first); a
 * successor by a step the cycle may not take is queued as a later root. The first component
 * accepted goes to *out. */
static bool tlc_components(search *s, const u32_vec *set, const u32_vec *roots, uint32_t t, tlc_scc *out)
{
    for (size_t i = 0; i < set->len; i++) s->at[set->items[i]].index = LINK_UNSEEN;
    u32_vec queue = {0}, com_stack = {0};
    VEC(uint64_t) stack = {0};   /* node entries (node << 1 | explored) and low links, as TLC's */
    for (size_t i = 0; i < roots->len; i++) VEC_PUSH(queue, roots->items[i]);
    bool found = false;
    for (size_t head = 0; head < queue.len && !found && !stopped(s); head++) {
        uint32_t new_link = 0;
        stack.len = 0;
        VEC_PUSH(stack, (uint64_t)queue.items[head] << 1);
        VEC_PUSH(stack, 0);
        while (stack.len >= 2 && !found) {
            uint32_t low = (uint32_t)stack.items[--stack.len];
            uint64_t entry = stack.items[--stack.len];
            uint32_t n = (uint32_t)(entry >> 1);
            if (entry & 1) {
                if (s->at[n].index == low) found = tlc_check_component(s, n, &com_stack, out);
                uint32_t plow = (uint32_t)stack.items[--stack.len];
                VEC_PUSH(stack, plow < low ? plow : low);
            } else if (s->at[n].index == LINK_UNSEEN) {
                s->at[n].index = new_link;
                VEC_PUSH(stack, low);
                VEC_PUSH(stack, (uint64_t)n << 1 | 1);
                VEC_PUSH(com_stack, n);
                uint32_t next_low = new_link++, m, e;
                succ_iter it = successors_of(s, n);
                while ((m = next_successor(s, &it, NULL, &e)) != NONE) {
                    if (s->at[m].tag != t) continue;   /* out of play, or in a component checked */
                    if (!cycle_step(s, n, e)) {
                        if (s->at[m].index == LINK_UNSEEN) VEC_PUSH(queue, m);
                    } else if (s->at[m].index == LINK_UNSEEN) {
                        VEC_PUSH(stack, (uint64_t)m << 1);
                    } else if (s->at[m].index < next_low) {
                        next_low = s->at[m].index;
                    }
                }
                VEC_PUSH(stack, next_low);
            } else {
                VEC_PUSH(stack, s->at[n].index < low ? s->at[n].index : low);
            }
        }
    }
    VEC_FREE(queue);
    VEC_FREE(com_stack);
    VEC_FREE(stack);
    return found;
}

/* What the cycle must visit: a node of an acceptance set, a state or a step satisfying a condition
 * (TLC: the promises, the AEState and AEAction conditions of the possible error model). */
typedef struct goal {
    int accept;                      /* an acceptance set, or -1 */
    bool on_edge;
    live_conj cond;
    const live_fairness *weak;       /* or a step of this action, or from a state disabling it */
} goal;

static live_conj literal(uint32_t bit, bool value) { return (live_conj){1, {{bit, value}}}; }

/* The witnesses component com needs. Weak fairness is met by a step of the action or a step from
 * a state that disables it (TLC: WF_v(A) is []<>(~ENABLED <<A>>_v \/ <<A>>_v), checked on steps);
 * strong fairness by a step of it where it is enabled somewhere. */
static void witness_goals(search *s, const u32_vec *com, goal_vec *goals)
{
    const live_check *c = s->c;
    for (uint32_t k = 0; k < c->naccept; k++) VEC_PUSH(*goals, ((goal){.accept = (int)k}));
    for (uint32_t k = 0; k < c->nsome_state; k++) VEC_PUSH(*goals, ((goal){.accept = -1, .cond = c->some_state[k]}));
    for (uint32_t k = 0; k < c->nsome_edge; k++)
        VEC_PUSH(*goals, ((goal){.accept = -1, .on_edge = true, .cond = c->some_edge[k]}));
    memset(s->any_state, 0, sizeof(uint64_t) * s->g->state_words);
    for (size_t i = 0; i < com->len; i++)
        or_row(s->any_state, state_row(s, state_of(s, com->items[i])), s->g->state_words, false);
    for (size_t i = 0; i < s->fair.len; i++) {
        const live_fairness *f = &s->fair.items[i];
        if (f->strong && !live_bit(s->any_state, f->enabled)) continue;   /* never enabled: nothing to witness */
        if (f->strong) VEC_PUSH(*goals, ((goal){.accept = -1, .on_edge = true, .cond = literal(f->step, true)}));
        else VEC_PUSH(*goals, ((goal){.accept = -1, .on_edge = true, .weak = f}));
    }
}

/* Mark the goals node n (or, on_edge, step e) meets; the number newly met. */
static size_t meet(const search *s, const goal_vec *goals, bool *met, bool on_edge, uint32_t n, uint32_t e)
{
    size_t k = 0;
    for (size_t i = 0; i < goals->len; i++) {
        const goal *gl = &goals->items[i];
        if (met[i] || gl->on_edge != on_edge) continue;
        bool holds = gl->weak ? !live_bit(state_row(s, state_of(s, n)), gl->weak->enabled) ||
                                    live_bit(edge_row(s, e), gl->weak->step)
                     : on_edge              ? live_holds(&gl->cond, edge_row(s, e))
                     : gl->accept >= 0      ? (node_of(s, n)->accept >> gl->accept & 1) != 0
                                            : live_holds(&gl->cond, state_row(s, state_of(s, n)));
        if (holds) met[i] = true, k++;
    }
    return k;
}

/* TLC's dfsPostFix: from the root, greedily through the component (nodes tagged t) until every goal
 * is met. A step that meets a goal is taken at once, and the walk's marks are then cleared; else
 * the walk goes on to the last unvisited successor, backing up when there is none. The nodes left
 * are pushed on *path; returns the node the walk ends at. */
static uint32_t dfs_postfix(search *s, uint32_t t, uint32_t root, const goal_vec *goals, u32_vec *path)
{
    bool *met = util_xcalloc(goals->len + 1, sizeof(bool));
    size_t left = goals->len;
    uint32_t seen = ++s->stamp, cur = root, m, e;
    s->walk_stamp[root] = seen;
    while (left > 0) {
        size_t left0 = left;
        for (;;) {
            left -= meet(s, goals, met, false, cur, 0);
            if (left == 0) break;
            uint32_t last = NONE, unvisited = NONE;
            size_t left1 = left;
            succ_iter it = successors_of(s, cur);
            while ((m = next_successor(s, &it, NULL, &e)) != NONE) {
                if (s->at[m].tag != t || !cycle_step(s, cur, e)) continue;
                last = m;
                left -= meet(s, goals, met, true, cur, e);
                if (left < left1) break;
                if (s->walk_stamp[m] != seen) unvisited = m;
            }
            if (left < left1 || left < left0) {
                VEC_PUSH(*path, cur);
                cur = m != NONE ? m : last;
                seen = ++s->stamp;
                break;
            }
            while (unvisited == NONE) {   /* back up */
                UTIL_ASSERT(path->len, "liveness: the lasso's walk left its component");
                cur = path->items[--path->len];
                it = successors_of(s, cur);
                while ((m = next_successor(s, &it, NULL, &e)) != NONE)
                    if (s->at[m].tag == t && s->walk_stamp[m] != seen) {
                        unvisited = m;
                        break;
                    }
            }
            VEC_PUSH(*path, cur);
            cur = unvisited;
            s->walk_stamp[cur] = seen;
        }
    }
    free(met);
    return cur;
}

/* The component's nodes of state v (tagged t), in the order TLC's table of the component holds
 * them: by their position in com, kept in their index. */
static void nodes_of_state(const search *s, uint32_t t, uint32_t v, u32_vec *out)
{
    out->len = 0;
    for (uint32_t q = 0; q < s->nq; q++) {
        uint32_t n = v * s->nq + q;
        if (s->at[n].tag != t) continue;
        size_t i = out->len;
        VEC_PUSH(*out, n);
        for (; i > 0 && s->at[out->items[i - 1]].index > s->at[n].index; i--) out->items[i] = out->items[i - 1];
        out->items[i] = n;
    }
}

static bool has_node(const search *s, uint32_t t, uint32_t v)
{
    for (uint32_t q = 0; q < s->nq; q++)
        if (s->at[v * s->nq + q].tag == t) return true;
    return false;
}

/* TLC's bfsPostFix: from the node `from` back to the root, breadth-first over the component's
 * states (a state is visited once, through any of its nodes; a step to the same node is not
 * taken). Appends the states after `from`, the root excluded. */
static void bfs_postfix(search *s, uint32_t t, uint32_t root, uint32_t from, u32_vec *states)
{
    if (from == root) return;
    uint32_t seen = ++s->stamp, m, e;
    u32_vec queue = {0}, nodes = {0};
    uint32_t start = state_of(s, from), found = NONE;
    s->walk_stamp[start * s->nq] = seen;
    s->walk_parent[start * s->nq] = NONE;
    VEC_PUSH(queue, start);
    for (size_t head = 0; head < queue.len && found == NONE; head++) {
        uint32_t v = queue.items[head];
        nodes_of_state(s, t, v, &nodes);
        for (size_t i = 0; i < nodes.len && found == NONE; i++) {
            uint32_t n = nodes.items[i];
            succ_iter it = successors_of(s, n);
            while (found == NONE && (m = next_successor(s, &it, NULL, &e)) != NONE) {
                if (m == n || !cycle_step(s, n, e)) continue;
                uint32_t w = state_of(s, m);
                if (m == root) {
                    found = v;
                } else if (s->walk_stamp[w * s->nq] != seen && has_node(s, t, w)) {
                    s->walk_stamp[w * s->nq] = seen;
                    s->walk_parent[w * s->nq] = v;
                    VEC_PUSH(queue, w);
                }
            }
        }
    }
    UTIL_ASSERT(found != NONE, "liveness: the lasso's cycle does not close");
    size_t at = states->len;
    for (uint32_t v = found; v != start; v = s->walk_parent[v * s->nq]) VEC_PUSH(*states, v);
    for (size_t i = at, j = states->len - 1; i < j; i++, j--) {
        uint32_t x = states->items[i];
        states->items[i] = states->items[j];
        states->items[j] = x;
    }
    VEC_FREE(queue);
    VEC_FREE(nodes);
}

/* The first violating component TLC's search meets, over every reachable node, from the initial
 * nodes in TLC's order (by state, then automaton node). */
static bool tlc_first_component(search *s, tlc_scc *out)
{
    u32_vec set = {0}, roots = {0};
    uint32_t t = ++s->next_tag;
    for (size_t n = 0; n < s->nnodes; n++)
        if (s->flags[n] & REACHED) {
            s->at[n].tag = t;
            VEC_PUSH(set, (uint32_t)n);
            if (s->flags[n] & INITIAL) VEC_PUSH(roots, (uint32_t)n);
        }
    bool found = tlc_components(s, &set, &roots, t, out);
    VEC_FREE(set);
    VEC_FREE(roots);
    return found;
}

/* TLC reads a strongly fair action's SF_v(A) as two cases of the violation it looks for,
 * <>[]~ENABLED <<A>>_v or []<><<A>>_v (Liveness.astToLive), the first fairness condition's cases
 * varying slowest (LNConj.toDNF), and searches the whole graph for each case in turn, with no
 * refinement (LiveWorker.call): its lasso is the first case's first component. Beyond
 * TLC_MAX_STRONG strongly fair actions (2^k searches) the lasso is the refining search's. */
enum { TLC_MAX_STRONG = 6 };

/* Case `mask` of check c into *out (bit k - 1 - i set: the action of strong[i] is taken on some
 * step of the cycle, else disabled on all its states): false when the case has no cycle, or too
 * many conditions to say (*overflow set). */
static bool strong_case(const live_check *c, const live_fairness *const *strong, uint32_t k, uint32_t mask,
                        live_check *out, bool *overflow)
{
    *out = *c;
    for (uint32_t i = 0; i < k; i++) {
        if (!(mask >> (k - 1 - i) & 1)) {
            live_conj off = literal(strong[i]->enabled, false);
            if (!live_conj_and(&out->all_states, &off, &out->all_states, overflow)) return false;
        } else if (out->nsome_edge == LIVE_MAX_SOME) {
            *overflow = true;
            return false;
        } else {
            out->some_edge[out->nsome_edge++] = literal(strong[i]->step, true);
        }
    }
    return true;
}

static void build_lasso(search *s, const tlc_scc *scc, live_lasso *out);

/* The lasso of the first component TLC's search meets, into *out: false if it meets none. */
static bool first_component_lasso(search *s, live_lasso *out)
{
    tlc_scc scc = {0};
    bool found = tlc_first_component(s, &scc);
    if (found) build_lasso(s, &scc, out);
    VEC_FREE(scc.com);
    return found;
}

/* The first component of TLC's first case that has one, searched with the case's conditions and
 * the weakly fair actions, and its lasso into *out; false if no case has one (overflow: the
 * refining search was not tried). */
static bool tlc_lasso_of_cases(search *s, const live_fairness *const *strong, uint32_t k, live_lasso *out,
                               bool *overflow)
{
    const live_check *c = s->c;
    live_check one_case;
    bool found = false;
    for (uint32_t mask = 0; mask < 1u << k && !found && !*overflow && !stopped(s); mask++) {
        if (!strong_case(c, strong, k, mask, &one_case, overflow)) continue;
        s->c = &one_case;
        found = first_component_lasso(s, out);
        s->c = c;
    }
    return found;
}

/* TLC's lasso, into *out: false if its search meets no component (interrupted). */
static bool tlc_lasso(search *s, live_lasso *out)
{
    const live_fairness *strong[TLC_MAX_STRONG];
    uint32_t k = 0;
    for (size_t i = 0; i < s->fair.len; i++)
        if (s->fair.items[i].strong && k++ < TLC_MAX_STRONG) strong[k - 1] = &s->fair.items[i];
    bool found = false, overflow = k > TLC_MAX_STRONG;
    if (k && !overflow) {
        fair_vec all = s->fair, weak = {0};
        for (size_t i = 0; i < all.len; i++)
            if (!all.items[i].strong) VEC_PUSH(weak, all.items[i]);
        s->fair = weak;
        found = tlc_lasso_of_cases(s, strong, k, out, &overflow);
        s->fair = all;
        VEC_FREE(weak);
    }
    return k && !overflow ? found : first_component_lasso(s, out);
}

/* TLC's getPath: a shortest path of product steps from an initial node to `to` (breadth-first, the
 * initial nodes in order, a step to the same node not taken), appended as states. */
static void prefix_to(search *s, uint32_t to, u32_vec *states)
{
    uint32_t seen = ++s->stamp, found = NONE, m, e;
    u32_vec queue = {0};
    for (uint32_t v = 0; v < s->g->nstates; v++) {
        if (!s->g->initial[v]) continue;
        for (uint32_t q = 0; q < s->nq; q++) {
            uint32_t n = v * s->nq + q;
            if (!s->c->nodes[q].initial || !(s->flags[n] & STATE_OK)) continue;
            if (n == to) found = n;
            s->walk_stamp[n] = seen;
            s->walk_parent[n] = NONE;
            VEC_PUSH(queue, n);
        }
    }
    for (size_t head = 0; head < queue.len && found == NONE; head++) {
        uint32_t n = queue.items[head];
        succ_iter it = successors_of(s, n);
        while (found == NONE && (m = next_successor(s, &it, NULL, &e)) != NONE) {
            if (m == n || s->walk_stamp[m] == seen) {
                if (m == to && m != n) found = m;
                continue;
            }
            s->walk_stamp[m] = seen;
            s->walk_parent[m] = n;
            if (m == to) found = m;
            VEC_PUSH(queue, m);
        }
    }
    VEC_FREE(queue);
    UTIL_ASSERT(found != NONE, "liveness: no path to the lasso's cycle");
    size_t at = states->len;
    for (uint32_t n = found; n != NONE; n = s->walk_parent[n]) VEC_PUSH(*states, state_of(s, n));
    for (size_t i = at, j = states->len - 1; i < j; i++, j--) {
        uint32_t x = states->items[i];
        states->items[i] = states->items[j];
        states->items[j] = x;
    }
}

/* The last successor of n in the component (tagged t) by a step the cycle may take. */
static uint32_t last_step_inside(const search *s, uint32_t t, uint32_t n)
{
    uint32_t last = NONE, m, e;
    succ_iter it = successors_of(s, n);
    while ((m = next_successor(s, &it, NULL, &e)) != NONE)
        if (s->at[m].tag == t && cycle_step(s, n, e)) last = m;
    return last;
}

/* Drop a state that repeats the one before it (TLC prints a state only when its fingerprint
 * differs from the one printed before). */
static void compress(u32_vec *v, size_t from)
{
    size_t k = from;
    for (size_t i = from; i < v->len; i++)
        if (k == 0 || v->items[i] != v->items[k - 1]) v->items[k++] = v->items[i];
    v->len = k;
}

/* The lasso TLC prints for component scc: the prefix to its root, the walk through the witnesses,
 * the way back; "Stuttering" when the cycle never leaves the root's state. */
static void build_lasso(search *s, const tlc_scc *scc, live_lasso *out)
{
    u32_vec states = {0}, path = {0};
    prefix_to(s, scc->root, &states);
    compress(&states, 0);
    size_t loop = states.len - 1;
    for (size_t i = 0; i < scc->com.len; i++) s->at[scc->com.items[i]].index = (uint32_t)i;
    goal_vec goals = {0};
    witness_goals(s, &scc->com, &goals);
    uint32_t end = dfs_postfix(s, scc->tag, scc->root, &goals, &path);
    if (end == scc->root && !path.len && !stutters(s, end)) {
        /* the root meets every goal but may not stutter (TLC would print "Stuttering"): step on */
        VEC_PUSH(path, end);
        end = last_step_inside(s, scc->tag, end);
    }
    for (size_t i = 0; i < path.len; i++) VEC_PUSH(states, state_of(s, path.items[i]));
    if (end != scc->root) VEC_PUSH(states, state_of(s, end));
    bfs_postfix(s, scc->tag, scc->root, end, &states);
    compress(&states, loop);
    /* a cycle back in the root's state by another automaton node closes there (TLC would print
     * "Stuttering" after it) */
    if (states.len > loop + 1 && states.items[states.len - 1] == states.items[loop]) states.len--;
    out->stuttering = states.len == loop + 1;
    out->loop = (uint32_t)loop;
    out->states = states.items;
    out->n = (uint32_t)states.len;
    VEC_FREE(goals);
    VEC_FREE(path);
}

/* Which product nodes' states satisfy their automaton node's state literals, computed here once
 * where the search would test a node's literals on every step into it. Every node's flags are
 * written: the other flags of an earlier check are cleared. An automaton node's literals are
 * mostly none or one, read without live_holds' loop. */
static void fill_flags(search *s)
{
    const live_graph *g = s->g;
    for (uint32_t q = 0; q < s->nq; q++) {
        const live_conj *c = &s->c->nodes[q].state;
        uint8_t *flag = s->flags + q;
        if (c->n == 0) {
            for (uint32_t v = 0; v < g->nstates; v++) flag[(size_t)v * s->nq] = STATE_OK;
        } else if (c->n == 1) {
            const uint64_t *word = g->state_labels + (c->lits[0].bit >> 6);
            uint32_t shift = c->lits[0].bit & 63, value = c->lits[0].value;
            for (uint32_t v = 0; v < g->nstates; v++)
                flag[(size_t)v * s->nq] = (word[(size_t)v * g->state_words] >> shift & 1) == value ? STATE_OK : 0;
        } else {
            for (uint32_t v = 0; v < g->nstates; v++)
                flag[(size_t)v * s->nq] = live_holds(c, state_row(s, v)) ? STATE_OK : 0;
        }
    }
}

live_space *live_space_new(void) { return util_xcalloc(1, sizeof(live_space)); }

static void space_release(live_space *sp)
{
    util_big_free(sp->flags);
    util_big_free(sp->at);
    util_big_free(sp->walk_parent);
    util_big_free(sp->walk_stamp);
}

void live_space_free(live_space *sp)
{
    if (!sp) return;
    space_release(sp);
    free(sp);
}

/* Make sp's arrays hold n nodes, their tags and stamps below any the next search uses. Arrays made
 * anew are zeroed (by util_big_alloc: fresh pages); kept ones are cleared only when the tags or
 * stamps are half way to wrapping. */
static void space_reserve(live_space *sp, size_t n)
{
    if (n > sp->cap) {
        space_release(sp);
        /* per node arrays, big: past the memory budget they go to disk */
        sp->flags = util_big_alloc(n * sizeof *sp->flags);
        sp->at = util_big_alloc(n * sizeof *sp->at);
        sp->walk_parent = util_big_alloc(n * sizeof *sp->walk_parent);
        sp->walk_stamp = util_big_alloc(n * sizeof *sp->walk_stamp);
        sp->cap = n;
        sp->next_tag = sp->stamp = 0;
    } else if (sp->next_tag > UINT32_MAX / 2 || sp->stamp > UINT32_MAX / 2) {
        memset(sp->at, 0, sp->cap * sizeof *sp->at);
        memset(sp->walk_stamp, 0, sp->cap * sizeof *sp->walk_stamp);
        sp->next_tag = sp->stamp = 0;
    }
}

/* A search of c's product with g, in the arrays of `space` (NULL: arrays of its own). */
static void search_init(search *s, const live_graph *g, const live_check *c, const live_fairness *fair, uint32_t nfair,
                        live_space *space)
{
    memset(s, 0, sizeof *s);
    s->g = g;
    s->c = c;
    s->nq = c->nnodes;
    s->nnodes = (size_t)g->nstates * s->nq;
    for (uint32_t i = 0; i < nfair; i++) VEC_PUSH(s->fair, fair[i]);
    for (uint32_t i = 0; i < c->nfair; i++) VEC_PUSH(s->fair, c->fair[i]);
    if (!space) space = s->own_space = live_space_new();
    space_reserve(space, s->nnodes);
    s->space = space;
    s->flags = space->flags;
    s->at = space->at;
    s->walk_parent = space->walk_parent;
    s->walk_stamp = space->walk_stamp;
    s->next_tag = space->next_tag;
    s->stamp = space->stamp;
    s->any_state = util_xcalloc(g->state_words + 1, sizeof(uint64_t));
    s->any_not_state = util_xcalloc(g->state_words + 1, sizeof(uint64_t));
    s->refine = util_xcalloc(g->state_words + 1, sizeof(uint64_t));
    s->any_edge = util_xcalloc(g->edge_words + 1, sizeof(uint64_t));
    fill_flags(s);
}

static void search_free(search *s)
{
    s->space->next_tag = s->next_tag;
    s->space->stamp = s->stamp;
    live_space_free(s->own_space);
    VEC_FREE(s->fair);
    free(s->can_accept);
    free(s->any_state);
    free(s->any_not_state);
    free(s->refine);
    free(s->any_edge);
}

/* ---- checks of one product, cleared together ---------------------------------------------------- */

static bool same_conj(const live_conj *a, const live_conj *b)
{
    if (a->n != b->n) return false;
    for (uint32_t i = 0; i < a->n; i++)
        if (a->lits[i].bit != b->lits[i].bit || a->lits[i].value != b->lits[i].value) return false;
    return true;
}

/* Have checks c and d the same product with any graph, hence the same reachable nodes and the same
 * components to judge (find_component's first decomposition), and the same fairness: the same
 * automaton, acceptance sets, all-states and all-edges conditions, none of their own fairness? They
 * may differ in their "some" conditions (Disruptor's 20 `<>[]P`, each one node and one condition). */
static bool same_product(const live_check *c, const live_check *d)
{
    if (c->nnodes != d->nnodes || c->naccept != d->naccept || c->nfair || d->nfair ||
        !same_conj(&c->all_states, &d->all_states) || !same_conj(&c->all_edges, &d->all_edges))
        return false;
    for (uint32_t q = 0; q < c->nnodes; q++) {
        const live_node *a = &c->nodes[q], *b = &d->nodes[q];
        if (!same_conj(&a->state, &b->state) || !same_conj(&a->step, &b->step) || a->nnext != b->nnext ||
            a->accept != b->accept || a->initial != b->initial ||
            memcmp(c->next + a->first_next, d->next + b->first_next, sizeof(uint32_t) * a->nnext) != 0)
            return false;
    }
    return true;
}

/* Do labels a and b have the same value in each of the n rows of `words` words? */
static bool same_column(const uint64_t *rows, uint32_t words, size_t n, uint32_t a, uint32_t b)
{
    if (a == b) return true;
    for (size_t i = 0; i < n; i++, rows += words)
        if (live_bit(rows, a) != live_bit(rows, b)) return false;
    return true;
}

/* Do conjunctions a and b, literal by literal, hold on the same rows (of states or of steps) of
 * the graph? Labels of two checks differ that are one formula (each branch of a property labels its
 * own); the graph's rows say where they agree. */
static bool same_conj_on(const uint64_t *rows, uint32_t words, size_t n, const live_conj *a, const live_conj *b)
{
    if (a->n != b->n) return false;
    for (uint32_t i = 0; i < a->n; i++)
        if (a->lits[i].value != b->lits[i].value || !same_column(rows, words, n, a->lits[i].bit, b->lits[i].bit))
            return false;
    return true;
}

/* The automaton node q's successors an accepted component may hold (can_accept), in order, as
 * those of r (its can_accept: ra) are? */
static bool same_next_in_play(const live_check *c, const bool *ca, const live_node *q, const live_check *d,
                              const bool *da, const live_node *r)
{
    uint32_t i = 0, j = 0;
    for (;; i++, j++) {
        while (i < q->nnext && !ca[c->next[q->first_next + i]]) i++;
        while (j < r->nnext && !da[d->next[r->first_next + j]]) j++;
        if (i == q->nnext || j == r->nnext) return i == q->nnext && j == r->nnext;
        if (c->next[q->first_next + i] != d->next[r->first_next + j]) return false;
    }
}

/* Do the conditions a[0..n) and b[0..n) hold on the same rows? */
static bool same_conjs_on(const uint64_t *rows, uint32_t words, size_t nrows, const live_conj *a, const live_conj *b,
                          uint32_t n)
{
    for (uint32_t k = 0; k < n; k++)
        if (!same_conj_on(rows, words, nrows, &a[k], &b[k])) return false;
    return true;
}

/* Do the nodes of c in play (ca) lead only to nodes in play? */
static bool in_play_closed(const live_check *c, const bool *ca)
{
    for (uint32_t q = 0; q < c->nnodes; q++)
        for (uint32_t j = 0; ca[q] && j < c->nodes[q].nnext; j++)
            if (!ca[c->next[c->nodes[q].first_next + j]]) return false;
    return true;
}

/* Have checks c and d (ca, da: the automaton nodes an accepted component of each may hold) the
 * same nodes in play on graph g, leading only to nodes in play, with literals holding on the same
 * states and steps, the same acceptance sets and steps between them, the same conditions on the
 * cycle and none of their own fairness? The nodes out of play may differ (DijkstraMutex's `P ~> Q`
 * for each process: the node waiting for P /\ ~Q; its ~Q, one label for each check, holds on the
 * same states): a component of nodes in play is the same for both, and so is its verdict. */
static bool same_in_play(const live_graph *g, const live_check *c, const bool *ca, const live_check *d,
                         const bool *da)
{
    const uint64_t *sr = g->state_labels, *er = g->edge_labels;
    uint32_t sw = g->state_words, ew = g->edge_words;
    size_t ns = g->nstates, ne = g->edge_start[g->nstates];
    if (c->nnodes != d->nnodes || c->naccept != d->naccept || c->nfair || d->nfair ||
        c->nsome_state != d->nsome_state || c->nsome_edge != d->nsome_edge || !in_play_closed(c, ca) ||
        !in_play_closed(d, da) || !same_conj_on(sr, sw, ns, &c->all_states, &d->all_states) ||
        !same_conj_on(er, ew, ne, &c->all_edges, &d->all_edges) ||
        !same_conjs_on(sr, sw, ns, c->some_state, d->some_state, c->nsome_state) ||
        !same_conjs_on(er, ew, ne, c->some_edge, d->some_edge, c->nsome_edge))
        return false;
    for (uint32_t q = 0; q < c->nnodes; q++) {
        const live_node *a = &c->nodes[q], *b = &d->nodes[q];
        if (ca[q] != da[q]) return false;
        if (ca[q] && (a->accept != b->accept || !same_next_in_play(c, ca, a, d, da, b) ||
                      !same_conj_on(sr, sw, ns, &a->state, &b->state) || !same_conj_on(er, ew, ne, &a->step, &b->step)))
            return false;
    }
    return true;
}

/* May check c accept a component of these nodes by its states: do they meet every acceptance set
 * and every "some" state condition (judge's first test, without the rows it gathers)? */
static bool states_may_meet(const search *s, const live_check *c, const uint32_t *nodes, uint32_t n)
{
    uint64_t accept = 0;
    uint32_t some = 0;
    for (uint32_t i = 0; i < n; i++) {
        const uint64_t *row = state_row(s, state_of(s, nodes[i]));
        accept |= node_of(s, nodes[i])->accept;
        for (uint32_t k = 0; k < c->nsome_state; k++)
            if (live_holds(&c->some_state[k], row)) some |= 1u << k;
    }
    return accept == all_sets(c->naccept) && some == (1u << c->nsome_state) - 1;
}

/* The checks of one product being cleared together: which of them every component so far refuses. */
typedef struct group_run {
    const live_check *checks;
    const uint32_t *group;
    uint32_t n;
    bool *refused;                   /* by check of the group */
} group_run;

/* Judge a component completed by Tarjan's walk for each check of the group not yet left to
 * live_find (s->c switched between them: they have one automaton); its nodes then leave play. True
 * stops the walk: no check of the group is left to clear. */
static bool judge_for_group(search *s, uint32_t *nodes, uint32_t n, void *ctx)
{
    group_run *r = ctx;
    const live_check *c = s->c;
    uint32_t t = ++s->next_tag;
    for (uint32_t j = 0; j < n; j++) s->at[nodes[j]].tag = t;
    bool any = false;
    for (uint32_t k = 0; k < r->n; k++) {
        if (!r->refused[k]) continue;
        s->c = &r->checks[r->group[k]];
        r->refused[k] = n == 1 ? judge_single(s, nodes[0]) == REJECT
                               : !states_may_meet(s, s->c, nodes, n) || judge(s, nodes, n, t) == REJECT;
        any |= r->refused[k];
    }
    s->c = c;
    for (uint32_t j = 0; j < n; j++) s->at[nodes[j]].tag = 0;
    return !any;
}

/* Clear the checks group[0..n) (of one product) that find_component would find no violation of:
 * every component of the product's first decomposition is refused by the check's judge (a verdict
 * that depends on the check only through its "some" conditions). One search and one decomposition
 * for all of them; a check some component is not refused by is left to live_find. */
static void clear_group(const live_graph *g, const live_check *checks, const uint32_t *group, uint32_t n,
                        const live_fairness *fair, uint32_t nfair, const atomic_bool *stop, live_space *space,
                        bool *cleared)
{
    search s;
    search_init(&s, g, &checks[group[0]], fair, nfair, space);
    s.stop = stop;
    search_reachable(&s);
    mark_can_accept(&s);
    u32_vec set = {0};
    uint32_t start_tag = ++s.next_tag;
    for (size_t v = 0; v < s.nnodes; v++)
        if ((s.flags[v] & REACHED) && s.can_accept[v % s.nq] &&
            live_holds(&s.c->all_states, state_row(&s, state_of(&s, (uint32_t)v)))) {
            s.at[v].tag = start_tag;
            VEC_PUSH(set, (uint32_t)v);
        }
    for (size_t i = 0; i < set.len; i++) s.at[set.items[i]].index = NONE;
    group_run r = {checks, group, n, util_xmalloc(n + 1)};
    memset(r.refused, 1, n + 1);
    components(&s, &set, start_tag, judge_for_group, &r);
    if (!(stop && atomic_load(stop)))
        for (uint32_t k = 0; k < n; k++) cleared[group[k]] = r.refused[k];
    free(r.refused);
    VEC_FREE(set);
    search_free(&s);
}

static bool searchable(const live_graph *g, const live_check *c)
{
    return g->nstates && c->nnodes && (uint64_t)g->nstates * c->nnodes < MAX_NODES;
}

/* Clear the checks group[0..n) (the same nodes in play: same_in_play) that find_component would
 * find no violation of, one after another: a component of nodes in play a check has refused, the
 * next refuses too, and every node in play such a component reaches is in one refused (the first
 * check walked all it reaches, and found no violation), so the nodes the checks before have
 * entered are left out of the next one's walk (`settled`). A check violated is left to live_find. */
static void clear_in_play_group(const live_graph *g, const live_check *checks, const uint32_t *group, uint32_t n,
                                const live_fairness *fair, uint32_t nfair, const atomic_bool *stop, live_space *space,
                                bool *cleared)
{
    uint64_t *settled = util_xcalloc((size_t)g->nstates * checks[group[0]].nnodes / 64 + 1, sizeof(uint64_t));
    for (uint32_t k = 0; k < n && !(stop && atomic_load(stop)); k++) {
        search s;
        search_init(&s, g, &checks[group[k]], fair, nfair, space);
        s.stop = stop;
        s.settled = settled;
        mark_can_accept(&s);
        if (walk_reaches(&s) && !find_component(&s, false) && !(stop && atomic_load(stop))) {
            cleared[group[k]] = true;
            for (size_t v = 0; v < s.nnodes; v++)
                if (s.at[v].index != NONE && s.can_accept[v % s.nq]) live_set_bit(settled, (uint32_t)v);
        }
        search_free(&s);
    }
    free(settled);
}

/* clear_in_play_group for the checks not grouped yet that have the same nodes in play (group: room
 * for nchecks). */
static void clear_in_play_groups(const live_graph *g, const live_check *checks, uint32_t nchecks, bool *grouped,
                                 uint32_t *group, const live_fairness *fair, uint32_t nfair, const atomic_bool *stop,
                                 live_space *space, bool *cleared)
{
    bool **can_accept = util_xcalloc(nchecks + 1, sizeof *can_accept);
    for (uint32_t i = 0; i < nchecks; i++)
        if (!grouped[i] && searchable(g, &checks[i])) can_accept[i] = accepting_nodes(&checks[i]);
    for (uint32_t i = 0; i < nchecks; i++) {
        if (!can_accept[i] || grouped[i]) continue;
        uint32_t n = 0;
        for (uint32_t j = i; j < nchecks; j++)
            if (can_accept[j] && !grouped[j] && same_in_play(g, &checks[i], can_accept[i], &checks[j], can_accept[j])) {
                grouped[j] = true;
                group[n++] = j;
            }
        if (n > 1) clear_in_play_group(g, checks, group, n, fair, nfair, stop, space, cleared);
    }
    for (uint32_t i = 0; i < nchecks; i++) free(can_accept[i]);
    free(can_accept);
}

void live_clear_shared(const live_graph *g, const live_check *checks, uint32_t nchecks, const live_fairness *fair,
                       uint32_t nfair, const atomic_bool *stop, live_space *space, bool *cleared)
{
    bool *grouped = util_xcalloc(nchecks + 1, sizeof(bool));
    uint32_t *group = util_xmalloc(sizeof(uint32_t) * (nchecks + 1));
    for (uint32_t i = 0; i < nchecks; i++) {
        const live_check *c = &checks[i];
        if (grouped[i] || !searchable(g, c)) continue;
        uint32_t n = 0;
        for (uint32_t j = i; j < nchecks; j++)
            if (!grouped[j] && same_product(c, &checks[j])) group[n++] = j;
        if (n < 2) continue;
        for (uint32_t k = 0; k < n; k++) grouped[group[k]] = true;
        clear_group(g, checks, group, n, fair, nfair, stop, space, cleared);
    }
    clear_in_play_groups(g, checks, nchecks, grouped, group, fair, nfair, stop, space, cleared);
    free(group);
    free(grouped);
}

live_status live_find(const live_graph *g, const live_check *c, const live_fairness *fair, uint32_t nfair,
                      const atomic_bool *stop, live_space *space, live_lasso *out)
{
    memset(out, 0, sizeof *out);
    if (!g->nstates || !c->nnodes) return LIVE_DONE;
    if ((uint64_t)g->nstates * c->nnodes >= MAX_NODES) return LIVE_TOO_LARGE;
    search s;
    search_init(&s, g, c, fair, nfair, space);
    s.stop = stop;
    mark_can_accept(&s);
    bool reached = !walk_reaches(&s);
    if (reached) search_reachable(&s);
    bool violated = find_component(&s, reached);
    bool interrupted = stop && atomic_load(stop);
    if (violated && !interrupted) {
        if (!reached) search_reachable(&s);
        bool met = tlc_lasso(&s, out);
        interrupted = stop && atomic_load(stop);
        if (interrupted) live_lasso_free(out);
        UTIL_ASSERT(met || interrupted, "liveness: TLC's search misses the violation found");
    }
    search_free(&s);
    return interrupted ? LIVE_INTERRUPTED : LIVE_DONE;
}

void live_lasso_free(live_lasso *l)
{
    free(l->states);
    memset(l, 0, sizeof *l);
}
