/* liveness.c - the search for a fair violating cycle.
 *
 * 1. A breadth-first search of the product of the graph with the check's stages finds the states
 *    where the last stage can be reached, with a shortest path to each.
 * 2. Among those, the states satisfying the cycle's all-states condition, joined by edges satisfying
 *    its all-edges condition, are split into strongly connected components (Tarjan's algorithm with
 *    an explicit stack).
 * 3. A component is accepted when it has a cycle, each "some" condition holds somewhere in it, each
 *    weakly fair action is taken in it or disabled somewhere in it, and each strongly fair action is
 *    taken in it or enabled nowhere in it. For a strong fairness condition that fails, the states
 *    where the action is enabled are removed and the rest is split again (the Streett refinement);
 *    any other failure rules the component out, since no part of it can do better.
 * 4. The lasso: the shortest prefix to the component, then a walk inside it through a witness of
 *    each condition and back.
 */
#include "liveness.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

static const uint32_t NONE = UINT32_MAX, ROOT = UINT32_MAX - 1;

typedef VEC(uint32_t) u32_vec;
typedef VEC(struct goal) goal_vec;

typedef struct search {
    const live_graph *g;
    const live_check *c;
    const live_fairness *fair;
    uint32_t nfair, ns;
    /* product search: node = state * ns + stage */
    uint32_t *parent, *dist;
    /* components */
    uint32_t *tag;                   /* 0: out of play; else the component (set) a state is in */
    uint32_t next_tag;
    uint32_t *index, *low;
    bool *on_stack;
    /* breadth-first walks inside a component */
    uint32_t *walk_parent, *walk_stamp, stamp;
    /* judging a component: which labels hold on some state, fail on some state, hold on some edge */
    uint64_t *any_state, *any_not_state, *any_edge, *refine;
} search;

static const uint64_t *state_row(const search *s, uint32_t v) { return s->g->state_labels + (size_t)v * s->g->state_words; }
static const uint64_t *edge_row(const search *s, uint32_t e) { return s->g->edge_labels + (size_t)e * s->g->edge_words; }

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

/* ---- 1. the stages ------------------------------------------------------------------------------ */

static void visit(search *s, u32_vec *queue, uint32_t node, uint32_t from)
{
    if (s->parent[node] != NONE) return;
    s->parent[node] = from;
    s->dist[node] = from == ROOT ? 0 : s->dist[from] + 1;
    VEC_PUSH(*queue, node);
}

static bool enters(const search *s, uint32_t state, uint32_t stage)
{
    const uint64_t *row = state_row(s, state);
    return live_holds(&s->c->stages[stage].entry, row) && live_holds(&s->c->stages[stage].hold, row);
}

static void search_stages(search *s)
{
    const live_graph *g = s->g;
    u32_vec queue = {0};
    for (uint32_t v = 0; v < g->nstates; v++)
        if (g->initial[v] && enters(s, v, 0)) visit(s, &queue, v * s->ns, ROOT);
    for (size_t head = 0; head < queue.len; head++) {
        uint32_t node = queue.items[head], v = node / s->ns, k = node % s->ns;
        if (k + 1 < s->ns && enters(s, v, k + 1)) visit(s, &queue, node + 1, node);
        for (uint32_t e = g->edge_start[v]; e < g->edge_start[v + 1]; e++) {
            uint32_t t = g->edge_to[e];
            if (live_holds(&s->c->stages[k].hold, state_row(s, t))) visit(s, &queue, t * s->ns + k, node);
        }
    }
    VEC_FREE(queue);
}

static bool in_last_stage(const search *s, uint32_t v) { return s->parent[v * s->ns + s->ns - 1] != NONE; }

/* ---- 2. components ------------------------------------------------------------------------------ */

/* An edge of the component tagged t, usable by the cycle. */
static bool edge_in(const search *s, uint32_t e, uint32_t t)
{
    return s->tag[s->g->edge_to[e]] == t && live_holds(&s->c->all_edges, edge_row(s, e));
}

typedef struct frame { uint32_t v, e; } frame;

/* Tarjan's algorithm over the states of `set` (all tagged t): each component found gets a new tag
 * and is appended to `out` as a length followed by its states. */
static void components(search *s, const u32_vec *set, uint32_t t, u32_vec *out)
{
    const live_graph *g = s->g;
    for (size_t i = 0; i < set->len; i++) s->index[set->items[i]] = NONE;
    uint32_t counter = 0;
    u32_vec stack = {0};
    VEC(frame) calls = {0};
    for (size_t i = 0; i < set->len; i++) {
        uint32_t root = set->items[i];
        if (s->index[root] != NONE || s->tag[root] != t) continue;
        VEC_PUSH(calls, ((frame){root, g->edge_start[root]}));
        s->index[root] = s->low[root] = counter++;
        VEC_PUSH(stack, root);
        s->on_stack[root] = true;
        while (calls.len) {
            frame *f = &calls.items[calls.len - 1];
            uint32_t v = f->v;
            if (f->e < g->edge_start[v + 1]) {
                uint32_t e = f->e++;
                if (!edge_in(s, e, t)) continue;
                uint32_t w = g->edge_to[e];
                if (s->index[w] == NONE) {
                    s->index[w] = s->low[w] = counter++;
                    VEC_PUSH(stack, w);
                    s->on_stack[w] = true;
                    VEC_PUSH(calls, ((frame){w, g->edge_start[w]}));
                } else if (s->on_stack[w] && s->index[w] < s->low[v]) {
                    s->low[v] = s->index[w];
                }
                continue;
            }
            calls.len--;
            if (calls.len) {
                uint32_t u = calls.items[calls.len - 1].v;
                if (s->low[v] < s->low[u]) s->low[u] = s->low[v];
            }
            if (s->low[v] != s->index[v]) continue;
            /* v roots a component: pop it */
            size_t at = out->len;
            VEC_PUSH(*out, 0);
            uint32_t w;
            do {
                w = stack.items[--stack.len];
                s->on_stack[w] = false;
                VEC_PUSH(*out, w);
            } while (w != v);
            out->items[at] = (uint32_t)(out->len - at - 1);
        }
    }
    VEC_FREE(stack);
    VEC_FREE(calls);
}

/* ---- 3. accepting components -------------------------------------------------------------------- */

typedef enum { ACCEPT, REJECT, REFINE } verdict;

static void or_row(uint64_t *acc, const uint64_t *row, uint32_t words, bool negated)
{
    for (uint32_t i = 0; i < words; i++) acc[i] |= negated ? ~row[i] : row[i];
}

/* Does the component (states, all tagged t) meet the check's cycle conditions and the fairness
 * conditions? REFINE: only if the states in s->refine (strongly fair actions enabled there but never
 * taken) are removed. */
static verdict judge(search *s, const uint32_t *states, uint32_t n, uint32_t t)
{
    const live_graph *g = s->g;
    const live_check *c = s->c;
    uint32_t sw = g->state_words, ew = g->edge_words;
    memset(s->any_state, 0, sizeof(uint64_t) * sw);
    memset(s->any_not_state, 0, sizeof(uint64_t) * sw);
    memset(s->any_edge, 0, sizeof(uint64_t) * ew);
    bool has_cycle = n > 1;
    uint32_t some_state = 0, some_edge = 0;   /* bit i: some_state[i] met */
    for (uint32_t i = 0; i < n; i++) {
        uint32_t v = states[i];
        const uint64_t *row = state_row(s, v);
        or_row(s->any_state, row, sw, false);
        or_row(s->any_not_state, row, sw, true);
        for (uint32_t k = 0; k < c->nsome_state; k++)
            if (live_holds(&c->some_state[k], row)) some_state |= 1u << k;
        for (uint32_t e = g->edge_start[v]; e < g->edge_start[v + 1]; e++) {
            if (!edge_in(s, e, t)) continue;
            if (g->edge_to[e] == v) has_cycle = true;
            or_row(s->any_edge, edge_row(s, e), ew, false);
            for (uint32_t k = 0; k < c->nsome_edge; k++)
                if (live_holds(&c->some_edge[k], edge_row(s, e))) some_edge |= 1u << k;
        }
    }
    if (!has_cycle) return REJECT;
    if (some_state != (1u << c->nsome_state) - 1 || some_edge != (1u << c->nsome_edge) - 1) return REJECT;
    memset(s->refine, 0, sizeof(uint64_t) * sw);
    bool refine = false;
    for (uint32_t i = 0; i < s->nfair; i++) {
        const live_fairness *f = &s->fair[i];
        if (live_bit(s->any_edge, f->step)) continue;   /* taken */
        if (!f->strong && !live_bit(s->any_not_state, f->enabled)) return REJECT;
        if (f->strong && live_bit(s->any_state, f->enabled)) {
            live_set_bit(s->refine, f->enabled);
            refine = true;
        }
    }
    return refine ? REFINE : ACCEPT;
}

/* Does any label of `mask` hold in the row? */
static bool any_of(const uint64_t *row, const uint64_t *mask, uint32_t words)
{
    for (uint32_t i = 0; i < words; i++)
        if (row[i] & mask[i]) return true;
    return false;
}

/* How far the component is from an initial state: the product distance of its nearest state. */
static uint32_t entry_distance(const search *s, const uint32_t *states, uint32_t n)
{
    uint32_t best = NONE, last = s->ns - 1;
    for (uint32_t i = 0; i < n; i++)
        if (s->dist[states[i] * s->ns + last] < best) best = s->dist[states[i] * s->ns + last];
    return best;
}

/* The accepted component nearest to an initial state (for a short lasso), as its tag, with its
 * states in *found; 0 if none. */
static uint32_t find_component(search *s, u32_vec *found)
{
    const live_graph *g = s->g;
    u32_vec set = {0}, comps = {0};
    uint32_t start_tag = ++s->next_tag;
    for (uint32_t v = 0; v < g->nstates; v++)
        if (in_last_stage(s, v) && live_holds(&s->c->all_states, state_row(s, v))) {
            s->tag[v] = start_tag;
            VEC_PUSH(set, v);
        }
    /* worklist of (tag, states) to split */
    VEC(struct { uint32_t tag; u32_vec states; }) work = {0};
    VEC_PUSH(work, ((__typeof__(*work.items)){start_tag, set}));
    uint32_t accepted = 0, accepted_distance = NONE;
    while (work.len && accepted_distance) {
        __typeof__(*work.items) item = work.items[--work.len];
        comps.len = 0;
        components(s, &item.states, item.tag, &comps);
        for (size_t i = 0; i < comps.len && accepted_distance; i += comps.items[i] + 1) {
            uint32_t n = comps.items[i], *states = &comps.items[i + 1], t = ++s->next_tag;
            for (uint32_t j = 0; j < n; j++) s->tag[states[j]] = t;
            verdict v = judge(s, states, n, t);
            uint32_t d = v == ACCEPT ? entry_distance(s, states, n) : NONE;
            if (v == ACCEPT && d < accepted_distance) {
                accepted = t;
                accepted_distance = d;
                found->len = 0;
                for (uint32_t j = 0; j < n; j++) VEC_PUSH(*found, states[j]);
            } else if (v == REFINE) {
                u32_vec rest = {0};
                uint32_t rt = ++s->next_tag;
                for (uint32_t j = 0; j < n; j++) {
                    bool enabled = any_of(state_row(s, states[j]), s->refine, g->state_words);
                    s->tag[states[j]] = enabled ? 0 : rt;
                    if (!enabled) VEC_PUSH(rest, states[j]);
                }
                if (rest.len) VEC_PUSH(work, ((__typeof__(*work.items)){rt, rest}));
                else VEC_FREE(rest);
            } else {
                for (uint32_t j = 0; j < n; j++) s->tag[states[j]] = 0;
            }
        }
        VEC_FREE(item.states);
    }
    for (size_t i = 0; i < work.len; i++) VEC_FREE(work.items[i].states);
    VEC_FREE(work);
    VEC_FREE(comps);
    return accepted;
}

/* ---- 4. the lasso ------------------------------------------------------------------------------- */

/* What a walk inside the component looks for: a state (a given one, or one satisfying a condition)
 * or an edge satisfying a condition (whose target then ends the walk). */
typedef struct goal {
    uint32_t state;                  /* NONE unless a given state */
    bool by_state, by_edge;
    live_conj state_cond, edge_cond;
    bool at_start;                   /* may the walk end where it starts? */
} goal;

/* Walk breadth-first from `from` inside component t to a goal; append the states after `from`. A
 * given goal state is reached by an edge, so a walk from a state back to itself takes a step. */
static bool walk_to(search *s, uint32_t t, uint32_t from, const goal *gl, u32_vec *path)
{
    const live_graph *g = s->g;
    s->stamp++;
    u32_vec queue = {0};
    VEC_PUSH(queue, from);
    s->walk_stamp[from] = s->stamp;
    s->walk_parent[from] = NONE;
    uint32_t end = NONE, edge_target = NONE;
    for (size_t head = 0; head < queue.len && end == NONE; head++) {
        uint32_t v = queue.items[head];
        if ((head || gl->at_start) && gl->by_state && live_holds(&gl->state_cond, state_row(s, v))) {
            end = v;
            break;
        }
        for (uint32_t e = g->edge_start[v]; e < g->edge_start[v + 1] && end == NONE; e++) {
            if (!edge_in(s, e, t)) continue;
            uint32_t w = g->edge_to[e];
            if (w == gl->state || (gl->by_edge && live_holds(&gl->edge_cond, edge_row(s, e)))) {
                end = v;
                edge_target = w;
            } else if (s->walk_stamp[w] != s->stamp) {
                s->walk_stamp[w] = s->stamp;
                s->walk_parent[w] = v;
                VEC_PUSH(queue, w);
            }
        }
    }
    VEC_FREE(queue);
    if (end == NONE) return false;
    u32_vec back = {0};
    for (uint32_t v = end; v != from; v = s->walk_parent[v]) VEC_PUSH(back, v);
    while (back.len) VEC_PUSH(*path, back.items[--back.len]);
    if (edge_target != NONE) VEC_PUSH(*path, edge_target);
    VEC_FREE(back);
    return true;
}

static live_conj literal(uint32_t bit, bool value) { return (live_conj){1, {{bit, value}}}; }

static void witness_goals(search *s, const u32_vec *states, goal_vec *goals)
{
    const live_check *c = s->c;
    for (uint32_t k = 0; k < c->nsome_state; k++)
        VEC_PUSH(*goals, ((goal){.state = NONE, .by_state = true, .state_cond = c->some_state[k], .at_start = true}));
    for (uint32_t k = 0; k < c->nsome_edge; k++)
        VEC_PUSH(*goals, ((goal){.state = NONE, .by_edge = true, .edge_cond = c->some_edge[k], .at_start = true}));
    memset(s->any_state, 0, sizeof(uint64_t) * s->g->state_words);
    for (size_t i = 0; i < states->len; i++) or_row(s->any_state, state_row(s, states->items[i]), s->g->state_words, false);
    for (uint32_t i = 0; i < s->nfair; i++) {
        const live_fairness *f = &s->fair[i];
        if (f->strong && !live_bit(s->any_state, f->enabled)) continue;   /* never enabled: nothing to witness */
        goal gl = {.state = NONE, .by_edge = true, .edge_cond = literal(f->step, true), .at_start = true};
        if (!f->strong) {
            /* weak fairness is also met by a state where the action is disabled */
            gl.by_state = true;
            gl.state_cond = literal(f->enabled, false);
        }
        VEC_PUSH(*goals, gl);
    }
}

static void build_lasso(search *s, uint32_t t, const u32_vec *states, live_lasso *out)
{
    /* the state of the component reached first */
    uint32_t entry = states->items[0], last = s->ns - 1;
    for (size_t i = 1; i < states->len; i++)
        if (s->dist[states->items[i] * s->ns + last] < s->dist[entry * s->ns + last]) entry = states->items[i];
    u32_vec path = {0};
    for (uint32_t node = entry * s->ns + last; node != ROOT; node = s->parent[node]) {
        uint32_t v = node / s->ns;
        if (!path.len || path.items[path.len - 1] != v) VEC_PUSH(path, v);
    }
    for (size_t i = 0, j = path.len - 1; i < j; i++, j--) {
        uint32_t x = path.items[i];
        path.items[i] = path.items[j];
        path.items[j] = x;
    }
    uint32_t loop = (uint32_t)path.len - 1;
    goal_vec goals = {0};
    witness_goals(s, states, &goals);
    uint32_t cur = entry;
    for (size_t i = 0; i < goals.len; i++) {
        walk_to(s, t, cur, &goals.items[i], &path);
        cur = path.items[path.len - 1];
    }
    /* close the cycle: back to the entry, by at least one step */
    goal home = {.state = entry, .at_start = false};
    size_t before = path.len;
    bool closed = walk_to(s, t, cur, &home, &path);
    if (closed && path.len > before) path.len--;   /* the entry itself is "back to state" */
    VEC_FREE(goals);
    /* stuttering steps inside the cycle are not shown */
    size_t k = loop + 1;
    for (size_t i = loop + 1; i < path.len; i++)
        if (path.items[i] != path.items[k - 1]) path.items[k++] = path.items[i];
    while (k > (size_t)loop + 1 && path.items[k - 1] == entry) k--;
    path.len = k;
    out->states = path.items;
    out->n = (uint32_t)path.len;
    out->loop = loop;
    out->stuttering = path.len == (size_t)loop + 1;
}

void live_find(const live_graph *g, const live_check *c, const live_fairness *fair, uint32_t nfair, live_lasso *out)
{
    memset(out, 0, sizeof *out);
    if (!g->nstates) return;
    search s = {.g = g, .c = c, .fair = fair, .nfair = nfair, .ns = c->nstages ? c->nstages : 1};
    size_t nodes = (size_t)g->nstates * s.ns;
    /* per state (or product node) arrays, big: past the memory budget they go to disk */
    s.parent = util_big_alloc(nodes * sizeof *s.parent);
    memset(s.parent, 0xff, nodes * sizeof *s.parent);
    s.dist = util_big_alloc(nodes * sizeof *s.dist);
    s.tag = util_big_alloc(g->nstates * sizeof *s.tag);
    s.index = util_big_alloc(g->nstates * sizeof *s.index);
    s.low = util_big_alloc(g->nstates * sizeof *s.low);
    s.on_stack = util_big_alloc(g->nstates * sizeof *s.on_stack);
    s.walk_parent = util_big_alloc(g->nstates * sizeof *s.walk_parent);
    s.walk_stamp = util_big_alloc(g->nstates * sizeof *s.walk_stamp);
    s.any_state = util_xcalloc(g->state_words + 1, sizeof(uint64_t));
    s.any_not_state = util_xcalloc(g->state_words + 1, sizeof(uint64_t));
    s.refine = util_xcalloc(g->state_words + 1, sizeof(uint64_t));
    s.any_edge = util_xcalloc(g->edge_words + 1, sizeof(uint64_t));
    search_stages(&s);
    u32_vec found = {0};
    uint32_t t = find_component(&s, &found);
    if (t) build_lasso(&s, t, &found, out);
    VEC_FREE(found);
    util_big_free(s.parent);
    util_big_free(s.dist);
    util_big_free(s.tag);
    util_big_free(s.index);
    util_big_free(s.low);
    util_big_free(s.on_stack);
    util_big_free(s.walk_parent);
    util_big_free(s.walk_stamp);
    free(s.any_state);
    free(s.any_not_state);
    free(s.refine);
    free(s.any_edge);
}

void live_lasso_free(live_lasso *l)
{
    free(l->states);
    memset(l, 0, sizeof *l);
}
