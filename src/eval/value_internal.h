/* value_internal.h - what the value files share privately. */
#ifndef TLCC_VALUE_INTERNAL_H
#define TLCC_VALUE_INTERNAL_H

#include "value.h"

/* The calling thread's scratch arenas: enumerations made inside one value operation (serialising
 * or printing a lazy set, looking for one in a set, comparing sets), each use saving a mark and
 * restoring it before it returns, so nested uses share an arena. One set per thread, because any
 * thread may evaluate; val_thread_end frees them. */
typedef struct val_scratch { arena serialize, print, member, compare; } val_scratch;
extern _Thread_local val_scratch val__scratch;

/* The model value with registry index `index` (deserialisation). */
val val__model_at(uint32_t index);
/* Binary search in an explicit set. */
bool val__explicit_member(val set, val x);
/* The same, and where x is not there, VAL_INCOMPARABLE if TLC would have stopped on comparing it
 * with the set's members ("a" \in {1}). */
val_status val__explicit_find(val set, val x, bool *out);
/* Whether every one of xs[0..n), sorted as a set's members are, is in the explicit set `set`, the
 * searches narrowed by the places found; false also where one is lazy (val_member's own way) or
 * absent: then each is looked for in turn, for the first that is not there and its error. */
bool val__explicit_has_all(val set, const val *xs, uint32_t n);

/* x op y kept symbolic (LAZY_CUP, LAZY_CAP, LAZY_MINUS) because an operand is infinite. */
val val__lazy_binop(arena *a, val_lazy_kind kind, val x, val y);

/* UNION s as an explicit set (every member enumerated). */
val_status val__union_members(arena *a, val s, val *out);

/* Whether val_equal_status(x, y) fails, found with less work: VAL_INCOMPARABLE where it does,
 * VAL_UNDECIDABLE where it fails otherwise, VAL_OK where it answers. */
val_status val__equal_error(val x, val y);

/* Element-wise order of two arrays, shorter first. */
int val__cmp_arrays(const val *a, uint32_t na, const val *b, uint32_t nb);

/* value_setcmp.c: two sets of which at least one is lazy. */
int val__set_compare(val a, val b);
val_status val__set_equal(val a, val b, bool *out);
/* x \subseteq y for a lazy x, from the sets' structure; VAL_UNDECIDABLE when it does not tell. */
val_status val__lazy_subseteq(arena *a, val x, val y, bool *out);

#endif
