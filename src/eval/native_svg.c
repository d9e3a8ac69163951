/* native_svg.c - the community module SVG's operators that TLC computes in Java: an element
 * record as SVG text, and the geometry helpers. NodesOfDirectedMultiGraph needs a graph layout
 * library and is refused. An element is [name |-> string, attrs |-> record of strings,
 * children |-> sequence of elements, innerText |-> string]. */
#include "eval_internal.h"

#include <math.h>
#include <string.h>

#define A (&call->w->scratch)

static val elem_field(native_call *call, val elem, const char *name)
{
    val out;
    if (elem.kind != VAL_FUNC || val_apply(A, elem, val_str(util_intern(name)), &out))
        native_fail(call, "an SVG element must be a record with a field %s, not %s", name, val_to_string(A, elem));
    return out;
}

static const char *elem_string(native_call *call, val elem, const char *name)
{
    val s = elem_field(call, elem, name);
    if (!val_is_str(s)) native_fail(call, "the field %s of an SVG element must be a string, not %s", name, val_to_string(A, s));
    return val_get_str(s);
}

/* Text with "<<" and ">>" written as entities, so that tuples in a <text> show. */
static void put_inner_text(native_text *t, const char *s)
{
    for (; *s; s++) {
        if ((s[0] == '<' || s[0] == '>') && s[1] == s[0]) {
            native_text_put(t, s[0] == '<' ? "&lt;&lt;" : "&gt;&gt;", 8);
            s++;
        } else {
            native_text_put(t, s, 1);
        }
    }
}

/* Attributes as ` name='value'`, with _ in names written as - (stroke_width is stroke-width). */
static void put_attrs(native_call *call, native_text *t, val attrs)
{
    if (attrs.kind == VAL_SEQ && val_len(attrs) == 0) return;
    if (attrs.kind != VAL_FUNC) native_fail(call, "the attributes of an SVG element must be a record, not %s", val_to_string(A, attrs));
    for (uint32_t i = 0; i < attrs.u.fn->n; i++) {
        val k = attrs.u.fn->dom[i], v = attrs.u.fn->rng[i];
        if (!val_is_str(k) || !val_is_str(v))
            native_fail(call, "the attributes of an SVG element must map strings to strings, not %s", val_to_string(A, attrs));
        native_text_put(t, " ", 1);
        for (const char *p = val_get_str(k); *p; p++) native_text_put(t, *p == '_' ? "-" : p, 1);
        native_text_printf(t, "='%s'", val_get_str(v));
    }
}

static void put_elem(native_call *call, native_text *t, val elem)
{
    const char *name = elem_string(call, elem, "name");
    native_text_printf(t, "<%s", name);
    put_attrs(call, t, elem_field(call, elem, "attrs"));
    native_text_put(t, ">", 1);
    put_inner_text(t, elem_string(call, elem, "innerText"));
    val children = elem_field(call, elem, "children");
    if (!val_is_func(children)) native_fail(call, "the children of an SVG element must be a sequence, not %s", val_to_string(A, children));
    uint32_t n = children.kind == VAL_SEQ ? val_len(children) : children.u.fn->n;
    for (uint32_t i = 0; i < n; i++) put_elem(call, t, children.kind == VAL_SEQ ? val_seq_at(children, i) : children.u.fn->rng[i]);
    native_text_printf(t, "</%s>", name);
}

static val svg_elem_to_string(native_call *call)
{
    native_text t = {A, "", 0, 0};
    put_elem(call, &t, native_arg(call, 0));
    return val_str(util_intern(t.s));
}

static val point(native_call *call, double x, double y)
{
    atom names[2] = {util_intern("x"), util_intern("y")};
    val vals[2] = {val_int((int64_t)x), val_int((int64_t)y)};   /* truncated, as Java's (int) */
    return val_record_make(A, names, vals, 2);
}

/* NodeOfRingNetwork(cx, cy, r, n, m): node n of m placed evenly on the circle of centre (cx, cy)
 * and radius r. */
static val svg_ring_node(native_call *call)
{
    int64_t cx = native_int_arg(call, 0), cy = native_int_arg(call, 1), r = native_int_arg(call, 2);
    int64_t n = native_int_arg(call, 3), m = native_int_arg(call, 4);
    if (m == 0) native_fail(call, "NodeOfRingNetwork: a ring of 0 nodes");
    double angle = 2.0 * M_PI / (double)m * (double)n;
    return point(call, (double)cx + (double)r * cos(angle), (double)cy + (double)r * sin(angle));
}

static int64_t coordinate(native_call *call, val p, const char *name)
{
    val v = elem_field(call, p, name);
    if (!val_is_int(v)) native_fail(call, "PointOnLine needs points [x |-> int, y |-> int], not %s", val_to_string(A, p));
    return val_get_int(v);
}

/* PointOnLine(from, to, k): from + (to - from) / k, each coordinate truncated. */
static val svg_point_on_line(native_call *call)
{
    val from = native_arg(call, 0), to = native_arg(call, 1);
    int64_t k = native_int_arg(call, 2);
    if (k == 0) eval_fail_kind(call->w, EVAL_KIND_DIV_ZERO, call->loc, "PointOnLine: division by zero");
    int64_t fx = coordinate(call, from, "x"), fy = coordinate(call, from, "y");
    int64_t tx = coordinate(call, to, "x"), ty = coordinate(call, to, "y");
    return point(call, (double)fx + (double)(tx - fx) / (double)k, (double)fy + (double)(ty - fy) / (double)k);
}

static val svg_multigraph(native_call *call)
{
    native_fail(call, "NodesOfDirectedMultiGraph (a graph layout) is not supported yet");
}

const native_entry native_svg[] = {
    {"SVG", "SVGElemToString", svg_elem_to_string},
    {"SVG", "NodeOfRingNetwork", svg_ring_node},
    {"SVG", "PointOnLine", svg_point_on_line},
    {"SVG", "NodesOfDirectedMultiGraph", svg_multigraph},
    {NULL, NULL, NULL},
};
