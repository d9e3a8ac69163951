/* sink.c - the sinks a model emits states into: bytes appended to a buffer, a `pending` record
 * each, transition violations aside; and the collector, a sink of its own for replay. */
#include "explore_internal.h"

#include <stdlib.h>
#include <string.h>

/* Room for n more bytes. */
static bool reserve_bytes(byte_vec *v, size_t n)
{
    if (v->len + n <= v->cap) return true;
    size_t cap = (v->len + n) * 2 + 4096;
    uint8_t *items = util_try_realloc(v->items, cap);
    if (!items) return false;
    v->items = items;
    v->cap = cap;
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
void explore_emit_noted(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action, uint64_t fp,
                        const void *note, uint32_t note_len)
{
    byte_vec *v = sink->bytes;
    pending p = {fp, sink->pred, v->len, len, action};
    bool has = sink->note_len && note && note_len == sink->note_len;
    if (!reserve_bytes(v, (size_t)len + (sink->note_len ? 1 + note_len : 0))) return;
    memcpy(v->items + v->len, bytes, len);
    v->len += len;
    if (sink->note_len) v->items[v->len++] = has;
    if (has) {
        memcpy(v->items + v->len, note, note_len);
        v->len += note_len;
    }
    if (!push_pending(sink->out, p)) v->len = p.off;
}

void explore_emit_fingerprinted(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action,
                                uint64_t fp)
{
    explore_emit_noted(sink, bytes, len, action, fp, NULL, 0);
}

/* fp 0: not fingerprinted yet. */
void explore_emit(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action)
{
    explore_emit_fingerprinted(sink, bytes, len, action, 0);
}

void explore_emit_violation(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action)
{
    step_violation v = {util_xmalloc(len ? len : 1), len, action, sink->out->len};
    memcpy(v.bytes, bytes, len);
    VEC_PUSH(sink->violations, v);
}

bool explore_sink_continues(const explore_sink *sink) { return sink->keep_going; }

void explore_emit_failed_step(explore_sink *sink) { sink->failed_step = true; }

void sink_drop_violations(explore_sink *sink)
{
    for (size_t i = 0; i < sink->violations.len; i++) free(sink->violations.items[i].bytes);
    VEC_FREE(sink->violations);
}

void collector_init(collector *c)
{
    *c = (collector){0};
    c->sink = (explore_sink){&c->bytes, &c->states, NO_PRED, true, {0}, 0, false};
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

/* ---- the public collector, for explorers beside the breadth-first one (simulation) ------------- */

/* Unlike replay's, it stops at a violated step: the model reports it and emits nothing more. */
struct explore_collector { collector c; };

explore_collector *explore_collector_new(uint32_t note_len)
{
    explore_collector *ec = util_xcalloc(1, sizeof *ec);
    collector_init(&ec->c);
    ec->c.sink.keep_going = false;
    ec->c.sink.note_len = note_len;
    return ec;
}

explore_sink *explore_collector_sink(explore_collector *ec) { return &ec->c.sink; }

void explore_collector_clear(explore_collector *ec) { collector_clear(&ec->c); }

uint32_t explore_collector_count(const explore_collector *ec) { return (uint32_t)ec->c.states.len; }

const uint8_t *explore_collector_state(const explore_collector *ec, uint32_t i, uint32_t *len, uint32_t *action)
{
    const pending *p = &ec->c.states.items[i];
    *len = p->len;
    *action = p->action;
    return ec->c.bytes.items + p->off;
}

const void *explore_collector_note(const explore_collector *ec, uint32_t i)
{
    const pending *p = &ec->c.states.items[i];
    return explore_state_note(ec->c.bytes.items + p->off, p->len, ec->c.sink.note_len);
}

const uint8_t *explore_collector_violation(const explore_collector *ec, uint32_t *len, uint32_t *action)
{
    if (!ec->c.sink.violations.len) return NULL;
    const step_violation *v = &ec->c.sink.violations.items[0];
    *len = v->len;
    *action = v->action;
    return v->bytes;
}

void explore_collector_free(explore_collector *ec)
{
    if (!ec) return;
    collector_free(&ec->c);
    free(ec);
}
