/* sink.c - the sinks a model emits states into: bytes appended to a buffer, a `pending` record
 * each, transition violations aside; and the collector, a sink of its own for replay. */
#include "explore_internal.h"

#include <stdlib.h>
#include <string.h>

static bool append_bytes(byte_vec *v, const uint8_t *p, uint32_t n)
{
    if (v->len + n > v->cap) {
        size_t cap = (v->len + n) * 2 + 4096;
        uint8_t *items = util_try_realloc(v->items, cap);
        if (!items) return false;
        v->items = items;
        v->cap = cap;
    }
    memcpy(v->items + v->len, p, n);
    v->len += n;
    return true;
}

static bool push_pending(pending_vec *v, pending p)
{
    if (v->len == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 64;
        pending *items = util_try_realloc(v->items, cap * sizeof *items);
        if (!items) return false;
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = p;
    return true;
}

/* Out of memory, the state is dropped: the search stops at the end of the chunk. */
void explore_emit(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action)
{
    pending p = {0, sink->pred, sink->bytes->len, len, action};
    if (append_bytes(sink->bytes, bytes, len) && !push_pending(sink->out, p)) sink->bytes->len = p.off;
}

void explore_emit_violation(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action)
{
    step_violation v = {util_xmalloc(len ? len : 1), len, action, sink->out->len};
    memcpy(v.bytes, bytes, len);
    VEC_PUSH(sink->violations, v);
}

bool explore_sink_continues(const explore_sink *sink) { return sink->keep_going; }

void sink_drop_violations(explore_sink *sink)
{
    for (size_t i = 0; i < sink->violations.len; i++) free(sink->violations.items[i].bytes);
    VEC_FREE(sink->violations);
}

void collector_init(collector *c)
{
    *c = (collector){0};
    c->sink = (explore_sink){&c->bytes, &c->states, NO_PRED, true, {0}};
}

void collector_clear(collector *c)
{
    c->bytes.len = c->states.len = 0;
    sink_drop_violations(&c->sink);
}

void collector_free(collector *c)
{
    sink_drop_violations(&c->sink);
    VEC_FREE(c->bytes);
    VEC_FREE(c->states);
}
