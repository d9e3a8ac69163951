/* liveness.c - the search for a fair violating cycle in the product of the behaviour graph with a
 * check's automaton.
 *
 * Product nodes are pairs (state v, automaton node q), numbered v * nq + q. There is a product step
 * (v, q) -> (w, q') when the graph has a step e from v to w that satisfies q's step literals, q' is
 * a successor of q, and w satisfies the state literals of q'.
 *
 * 1. A breadth-first search from the initial product nodes finds every reachable node with a
 *    shortest path to it, counting the steps that change the state (a product step that stays in a
 *    state is stuttering, not shown in a trace, and costs nothing).
 * 2. Among those, the nodes whose state satisfies the cycle's all-states condition, joined by steps
 *    satisfying its all-edges condition, are split into strongly connected components (Tarjan's
 *    algorithm with an explicit stack).
 * 3. A component is accepted when it has a cycle, meets every acceptance set, each "some" condition
 *    holds somewhere in it, each weakly fair action is taken in it or disabled somewhere in it, and
 *    each strongly fair action is taken in it or enabled nowhere in it. For a strong fairness
 *    condition that fails, the nodes whose state enables the action are removed and the rest is
 *    split again (the Streett refinement); any other failure rules the component out, since no
 *    part of it can do better.
 * 4. The lasso: the shortest prefix to the accepted component nearest an initial state, then a walk
 *    inside it through a witness of each condition and back, projected on states (a stuttering
 *    step, which changes only the automaton's node, is not shown).
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
    const atomic_bool *stop;         /* set: give up */
    uint32_t polls;
    VEC(live_fairness) fair;         /* the specification's and the check's */
    uint32_t nq;                     /* automaton nodes */
    size_t nnodes;                   /* product nodes */
    uint32_t *parent, *dist;         /* the breadth-first search's tree */
    /* components */
    uint32_t *tag;                   /* 0: out of play; else the component (set) a node is in */
    uint32_t next_tag;
    uint32_t *index, *low;
    bool *on_stack;
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
 * successor. */
typedef struct succ_iter { uint32_t e, end, j; } succ_iter;

static succ_iter successors_of(const search *s, uint32_t n)
{
    uint32_t v = state_of(s, n);
    return (succ_iter){s->g->edge_start[v], s->g->edge_start[v + 1], 0};
}

/* The next successor of product node n whose step satisfies `steps` (NULL: any), or NONE; *edge
 * receives the graph step. */
static uint32_t next_successor(const search *s, uint32_t n, succ_iter *it, const live_conj *steps, uint32_t *edge)
{
    const live_node *q = node_of(s, n);
    while (it->e < it->end) {
        uint32_t e = it->e;
        if (it->j == 0 && (!live_holds(&q->step, edge_row(s, e)) || (steps && !live_holds(steps, edge_row(s, e))))) {
            it->e++;
            continue;
        }
        if (it->j < q->nnext) {
            uint32_t q2 = s->c->next[q->first_next + it->j++], w = s->g->edge_to[e];
            if (!live_holds(&s->c->nodes[q2].state, state_row(s, w))) continue;
            *edge = e;
            return w * s->nq + q2;
        }
        it->e++;
        it->j = 0;
    }
    return NONE;
}

/* ---- 1. reachable product nodes ----------------------------------------------------------------- */

/* Reach n from `from` at distance d, unless it is reached as near already; queued on `level`. */
static void visit(search *s, u32_vec *level, uint32_t n, uint32_t from, uint32_t d)
{
    if (s->parent[n] != NONE && s->dist[n] <= d) return;
    s->parent[n] = from;
    s->dist[n] = d;
    VEC_PUSH(*level, n);
}

/* Level by level; a step within one state stays on its level (an entry made stale by a nearer
 * visit is skipped). */
static void search_reachable(search *s)
{
    const live_graph *g = s->g;
    u32_vec cur = {0}, next = {0};
    for (uint32_t v = 0; v < g->nstates; v++) {
        if (!g->initial[v]) continue;
        for (uint32_t q = 0; q < s->nq; q++)
            if (s->c->nodes[q].initial && live_holds(&s->c->nodes[q].state, state_row(s, v)))
                visit(s, &cur, v * s->nq + q, ROOT, 0);
    }
    for (uint32_t d = 0; cur.len && !stopped(s); d++) {
        for (size_t head = 0; head < cur.len && !stopped(s); head++) {
            uint32_t n = cur.items[head], m, e;
            if (s->dist[n] != d) continue;
            succ_iter it = successors_of(s, n);
            while ((m = next_successor(s, n, &it, NULL, &e)) != NONE) {
                bool same_state = state_of(s, m) == state_of(s, n);
                visit(s, same_state ? &cur : &next, m, n, same_state ? d : d + 1);
            }
        }
        u32_vec t = cur;
        cur = next;
        next = t;
        next.len = 0;
    }
    VEC_FREE(cur);
    VEC_FREE(next);
}

/* ---- 2. components ------------------------------------------------------------------------------ */

/* The next successor of n inside the component tagged t, along a step the cycle may take. */
static uint32_t next_inside(const search *s, uint32_t n, succ_iter *it, uint32_t t, uint32_t *edge)
{
    uint32_t m;
    while ((m = next_successor(s, n, it, &s->c->all_edges, edge)) != NONE)
        if (s->tag[m] == t) return m;
    return NONE;
}

typedef struct frame { uint32_t n; succ_iter it; } frame;

/* Tarjan's algorithm over the nodes of `set` (all tagged t): each component found is appended to
 * `out` as a length followed by its nodes. */
static void components(search *s, const u32_vec *set, uint32_t t, u32_vec *out)
{
    for (size_t i = 0; i < set->len; i++) s->index[set->items[i]] = NONE;
    uint32_t counter = 0;
    u32_vec stack = {0};
    VEC(frame) calls = {0};
    for (size_t i = 0; i < set->len; i++) {
        uint32_t root = set->items[i];
        if (s->index[root] != NONE || s->tag[root] != t) continue;
        VEC_PUSH(calls, ((frame){root, successors_of(s, root)}));
        s->index[root] = s->low[root] = counter++;
        VEC_PUSH(stack, root);
        s->on_stack[root] = true;
        while (calls.len && !stopped(s)) {
            frame *f = &calls.items[calls.len - 1];
            uint32_t n = f->n, e, m = next_inside(s, n, &f->it, t, &e);
            if (m != NONE) {
                if (s->index[m] == NONE) {
                    s->index[m] = s->low[m] = counter++;
                    VEC_PUSH(stack, m);
                    s->on_stack[m] = true;
                    VEC_PUSH(calls, ((frame){m, successors_of(s, m)}));
                } else if (s->on_stack[m] && s->index[m] < s->low[n]) {
                    s->low[n] = s->index[m];
                }
                continue;
            }
            calls.len--;
            if (calls.len) {
                uint32_t u = calls.items[calls.len - 1].n;
                if (s->low[n] < s->low[u]) s->low[u] = s->low[n];
            }
            if (s->low[n] != s->index[n]) continue;
            /* n roots a component: pop it */
            size_t at = out->len;
            VEC_PUSH(*out, 0);
            uint32_t w;
            do {
                w = stack.items[--stack.len];
                s->on_stack[w] = false;
                VEC_PUSH(*out, w);
            } while (w != n);
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

/* Gather what holds somewhere in the component (nodes, all tagged t): labels of states and steps,
 * acceptance sets, "some" conditions met; whether it has a cycle. */
static bool survey(search *s, const uint32_t *nodes, uint32_t n, uint32_t t, uint64_t *accept, uint32_t *some_state,
                   uint32_t *some_edge)
{
    const live_graph *g = s->g;
    const live_check *c = s->c;
    memset(s->any_state, 0, sizeof(uint64_t) * g->state_words);
    memset(s->any_not_state, 0, sizeof(uint64_t) * g->state_words);
    memset(s->any_edge, 0, sizeof(uint64_t) * g->edge_words);
    bool has_cycle = n > 1;
    *accept = 0;
    *some_state = *some_edge = 0;   /* bit i: some_state[i] met */
    for (uint32_t i = 0; i < n; i++) {
        const uint64_t *row = state_row(s, state_of(s, nodes[i]));
        *accept |= node_of(s, nodes[i])->accept;
        or_row(s->any_state, row, g->state_words, false);
        or_row(s->any_not_state, row, g->state_words, true);
        for (uint32_t k = 0; k < c->nsome_state; k++)
            if (live_holds(&c->some_state[k], row)) *some_state |= 1u << k;
        succ_iter it = successors_of(s, nodes[i]);
        uint32_t m, e;
        while ((m = next_inside(s, nodes[i], &it, t, &e)) != NONE) {
            if (m == nodes[i]) has_cycle = true;
            or_row(s->any_edge, edge_row(s, e), g->edge_words, false);
            for (uint32_t k = 0; k < c->nsome_edge; k++)
                if (live_holds(&c->some_edge[k], edge_row(s, e))) *some_edge |= 1u << k;
        }
    }
    return has_cycle;
}

static uint64_t all_sets(uint32_t n) { return n >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1; }

/* Does the component meet the check's conditions and the fairness conditions? REFINE: only if the
 * nodes whose state has a label of s->refine (strongly fair actions enabled there but never taken)
 * are removed. */
static verdict judge(search *s, const uint32_t *nodes, uint32_t n, uint32_t t)
{
    const live_check *c = s->c;
    uint64_t accept;
    uint32_t some_state, some_edge;
    if (!survey(s, nodes, n, t, &accept, &some_state, &some_edge)) return REJECT;
    if (accept != all_sets(c->naccept)) return REJECT;
    if (some_state != (1u << c->nsome_state) - 1 || some_edge != (1u << c->nsome_edge) - 1) return REJECT;
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

/* Does any label of `mask` hold in the row? */
static bool any_of(const uint64_t *row, const uint64_t *mask, uint32_t words)
{
    for (uint32_t i = 0; i < words; i++)
        if (row[i] & mask[i]) return true;
    return false;
}

/* How far the component is from an initial state: the distance of its nearest node. */
static uint32_t entry_distance(const search *s, const uint32_t *nodes, uint32_t n)
{
    uint32_t best = NONE;
    for (uint32_t i = 0; i < n; i++)
        if (s->dist[nodes[i]] < best) best = s->dist[nodes[i]];
    return best;
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
        s->tag[nodes[j]] = enabled ? 0 : rt;
        if (!enabled) VEC_PUSH(rest, nodes[j]);
    }
    if (rest.len) VEC_PUSH(*work, ((work_item){rt, rest}));
    else VEC_FREE(rest);
}

/* The accepted component nearest to an initial state (for a short lasso), as its tag, with its
 * nodes in *found; 0 if none. */
static uint32_t find_component(search *s, u32_vec *found)
{
    u32_vec set = {0}, comps = {0};
    uint32_t start_tag = ++s->next_tag;
    for (size_t n = 0; n < s->nnodes; n++)
        if (s->parent[n] != NONE && live_holds(&s->c->all_states, state_row(s, state_of(s, (uint32_t)n)))) {
            s->tag[n] = start_tag;
            VEC_PUSH(set, (uint32_t)n);
        }
    work_vec work = {0};
    VEC_PUSH(work, ((work_item){start_tag, set}));
    uint32_t accepted = 0, accepted_distance = NONE;
    while (work.len && accepted_distance && !stopped(s)) {
        work_item item = work.items[--work.len];
        comps.len = 0;
        components(s, &item.nodes, item.tag, &comps);
        for (size_t i = 0; i < comps.len && accepted_distance; i += comps.items[i] + 1) {
            uint32_t n = comps.items[i], *nodes = &comps.items[i + 1], t = ++s->next_tag;
            for (uint32_t j = 0; j < n; j++) s->tag[nodes[j]] = t;
            verdict v = judge(s, nodes, n, t);
            uint32_t d = v == ACCEPT ? entry_distance(s, nodes, n) : NONE;
            if (v == ACCEPT && d < accepted_distance) {
                accepted = t;
                accepted_distance = d;
                found->len = 0;
                for (uint32_t j = 0; j < n; j++) VEC_PUSH(*found, nodes[j]);
            } else if (v == REFINE) {
                refine_component(s, nodes, n, &work);
            } else if (v == REJECT) {
                for (uint32_t j = 0; j < n; j++) s->tag[nodes[j]] = 0;
            }
        }
        VEC_FREE(item.nodes);
    }
    for (size_t i = 0; i < work.len; i++) VEC_FREE(work.items[i].nodes);
    VEC_FREE(work);
    VEC_FREE(comps);
    return accepted;
}

/* ---- 4. the lasso ------------------------------------------------------------------------------- */

/* What a walk inside the component looks for: a node (a given one, one in an acceptance set, or
 * one whose state satisfies a condition) or a step satisfying a condition (whose target then ends
 * the walk). */
typedef struct goal {
    uint32_t node;                   /* NONE unless a given node */
    int accept;                      /* an acceptance set, or -1 */
    bool by_state, by_edge;
    live_conj state_cond, edge_cond;
    bool at_start;                   /* may the walk end where it starts? */
} goal;

static bool goal_at(const search *s, const goal *gl, uint32_t n)
{
    if (gl->accept >= 0 && (node_of(s, n)->accept >> gl->accept & 1)) return true;
    return gl->by_state && live_holds(&gl->state_cond, state_row(s, state_of(s, n)));
}

/* Walk breadth-first from `from` inside component t to a goal; append the nodes after `from`. A
 * given goal node is reached by a step, so a walk from a node back to itself takes one. */
static void walk_to(search *s, uint32_t t, uint32_t from, const goal *gl, u32_vec *path)
{
    s->stamp++;
    u32_vec queue = {0};
    VEC_PUSH(queue, from);
    s->walk_stamp[from] = s->stamp;
    s->walk_parent[from] = NONE;
    uint32_t end = NONE, step_target = NONE;
    for (size_t head = 0; head < queue.len && end == NONE; head++) {
        uint32_t n = queue.items[head], m, e;
        if ((head || gl->at_start) && goal_at(s, gl, n)) {
            end = n;
            break;
        }
        succ_iter it = successors_of(s, n);
        while (end == NONE && (m = next_inside(s, n, &it, t, &e)) != NONE) {
            if (m == gl->node || (gl->by_edge && live_holds(&gl->edge_cond, edge_row(s, e)))) {
                end = n;
                step_target = m;
            } else if (s->walk_stamp[m] != s->stamp) {
                s->walk_stamp[m] = s->stamp;
                s->walk_parent[m] = n;
                VEC_PUSH(queue, m);
            }
        }
    }
    VEC_FREE(queue);
    if (end == NONE) return;   /* cannot happen in an accepted component */
    u32_vec back = {0};
    for (uint32_t n = end; n != from; n = s->walk_parent[n]) VEC_PUSH(back, n);
    while (back.len) VEC_PUSH(*path, back.items[--back.len]);
    if (step_target != NONE) VEC_PUSH(*path, step_target);
    VEC_FREE(back);
}

static live_conj literal(uint32_t bit, bool value) { return (live_conj){1, {{bit, value}}}; }

static void witness_goals(search *s, const u32_vec *nodes, goal_vec *goals)
{
    const live_check *c = s->c;
    for (uint32_t k = 0; k < c->naccept; k++)
        VEC_PUSH(*goals, ((goal){.node = NONE, .accept = (int)k, .at_start = true}));
    for (uint32_t k = 0; k < c->nsome_state; k++)
        VEC_PUSH(*goals, ((goal){.node = NONE, .accept = -1, .by_state = true, .state_cond = c->some_state[k],
                                 .at_start = true}));
    for (uint32_t k = 0; k < c->nsome_edge; k++)
        VEC_PUSH(*goals, ((goal){.node = NONE, .accept = -1, .by_edge = true, .edge_cond = c->some_edge[k],
                                 .at_start = true}));
    memset(s->any_state, 0, sizeof(uint64_t) * s->g->state_words);
    for (size_t i = 0; i < nodes->len; i++)
        or_row(s->any_state, state_row(s, state_of(s, nodes->items[i])), s->g->state_words, false);
    for (size_t i = 0; i < s->fair.len; i++) {
        const live_fairness *f = &s->fair.items[i];
        if (f->strong && !live_bit(s->any_state, f->enabled)) continue;   /* never enabled: nothing to witness */
        goal gl = {.node = NONE, .accept = -1, .by_edge = true, .edge_cond = literal(f->step, true), .at_start = true};
        if (!f->strong) {
            /* weak fairness is also met by a state where the action is disabled */
            gl.by_state = true;
            gl.state_cond = literal(f->enabled, false);
        }
        VEC_PUSH(*goals, gl);
    }
}

/* Drop repeats of a state: a step of the product that stays in one state is stuttering. */
static void compress(u32_vec *v, size_t from)
{
    size_t k = from;
    for (size_t i = from; i < v->len; i++)
        if (k == from || v->items[i] != v->items[k - 1]) v->items[k++] = v->items[i];
    v->len = k;
}

/* The lasso of product nodes path[0 .. loop - 1] (prefix) then path[loop ..] (cycle, back to
 * path[loop]) as states. */
static void project(const search *s, const u32_vec *path, uint32_t loop, live_lasso *out)
{
    u32_vec prefix = {0}, cycle = {0};
    for (uint32_t i = 0; i < loop; i++) VEC_PUSH(prefix, state_of(s, path->items[i]));
    for (size_t i = loop; i < path->len; i++) VEC_PUSH(cycle, state_of(s, path->items[i]));
    compress(&prefix, 0);
    compress(&cycle, 0);
    while (cycle.len > 1 && cycle.items[cycle.len - 1] == cycle.items[0]) cycle.len--;
    if (prefix.len && prefix.items[prefix.len - 1] == cycle.items[0]) prefix.len--;
    out->loop = (uint32_t)prefix.len;
    out->stuttering = cycle.len == 1;
    for (size_t i = 0; i < cycle.len; i++) VEC_PUSH(prefix, cycle.items[i]);
    out->states = prefix.items;
    out->n = (uint32_t)prefix.len;
    VEC_FREE(cycle);
}

static void build_lasso(search *s, uint32_t t, const u32_vec *nodes, live_lasso *out)
{
    /* the node of the component reached first */
    uint32_t entry = nodes->items[0];
    for (size_t i = 1; i < nodes->len; i++)
        if (s->dist[nodes->items[i]] < s->dist[entry]) entry = nodes->items[i];
    u32_vec path = {0};
    for (uint32_t n = entry; n != ROOT; n = s->parent[n]) VEC_PUSH(path, n);
    for (size_t i = 0, j = path.len - 1; i < j; i++, j--) {
        uint32_t x = path.items[i];
        path.items[i] = path.items[j];
        path.items[j] = x;
    }
    uint32_t loop = (uint32_t)path.len - 1;
    goal_vec goals = {0};
    witness_goals(s, nodes, &goals);
    uint32_t cur = entry;
    for (size_t i = 0; i < goals.len; i++) {
        walk_to(s, t, cur, &goals.items[i], &path);
        cur = path.items[path.len - 1];
    }
    /* close the cycle: back to the entry, by at least one step */
    goal home = {.node = entry, .accept = -1, .at_start = false};
    size_t before = path.len;
    walk_to(s, t, cur, &home, &path);
    if (path.len > before) path.len--;   /* the entry itself is "back to state" */
    VEC_FREE(goals);
    project(s, &path, loop, out);
    VEC_FREE(path);
}

static void search_init(search *s, const live_graph *g, const live_check *c, const live_fairness *fair, uint32_t nfair)
{
    memset(s, 0, sizeof *s);
    s->g = g;
    s->c = c;
    s->nq = c->nnodes;
    s->nnodes = (size_t)g->nstates * s->nq;
    for (uint32_t i = 0; i < nfair; i++) VEC_PUSH(s->fair, fair[i]);
    for (uint32_t i = 0; i < c->nfair; i++) VEC_PUSH(s->fair, c->fair[i]);
    /* per node arrays, big: past the memory budget they go to disk */
    s->parent = util_big_alloc(s->nnodes * sizeof *s->parent);
    memset(s->parent, 0xff, s->nnodes * sizeof *s->parent);
    s->dist = util_big_alloc(s->nnodes * sizeof *s->dist);
    s->tag = util_big_alloc(s->nnodes * sizeof *s->tag);
    s->index = util_big_alloc(s->nnodes * sizeof *s->index);
    s->low = util_big_alloc(s->nnodes * sizeof *s->low);
    s->on_stack = util_big_alloc(s->nnodes * sizeof *s->on_stack);
    s->walk_parent = util_big_alloc(s->nnodes * sizeof *s->walk_parent);
    s->walk_stamp = util_big_alloc(s->nnodes * sizeof *s->walk_stamp);
    s->any_state = util_xcalloc(g->state_words + 1, sizeof(uint64_t));
    s->any_not_state = util_xcalloc(g->state_words + 1, sizeof(uint64_t));
    s->refine = util_xcalloc(g->state_words + 1, sizeof(uint64_t));
    s->any_edge = util_xcalloc(g->edge_words + 1, sizeof(uint64_t));
}

static void search_free(search *s)
{
    VEC_FREE(s->fair);
    util_big_free(s->parent);
    util_big_free(s->dist);
    util_big_free(s->tag);
    util_big_free(s->index);
    util_big_free(s->low);
    util_big_free(s->on_stack);
    util_big_free(s->walk_parent);
    util_big_free(s->walk_stamp);
    free(s->any_state);
    free(s->any_not_state);
    free(s->refine);
    free(s->any_edge);
}

live_status live_find(const live_graph *g, const live_check *c, const live_fairness *fair, uint32_t nfair,
                      const atomic_bool *stop, live_lasso *out)
{
    memset(out, 0, sizeof *out);
    if (!g->nstates || !c->nnodes) return LIVE_DONE;
    if ((uint64_t)g->nstates * c->nnodes >= ROOT) return LIVE_TOO_LARGE;
    search s;
    search_init(&s, g, c, fair, nfair);
    s.stop = stop;
    search_reachable(&s);
    u32_vec found = {0};
    uint32_t t = find_component(&s, &found);
    bool interrupted = stop && atomic_load(stop);
    if (t && !interrupted) build_lasso(&s, t, &found, out);
    VEC_FREE(found);
    search_free(&s);
    return interrupted ? LIVE_INTERRUPTED : LIVE_DONE;
}

void live_lasso_free(live_lasso *l)
{
    free(l->states);
    memset(l, 0, sizeof *l);
}
