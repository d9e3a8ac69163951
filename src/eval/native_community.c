/* native_community.c - native implementations of the community modules' hot operators. */
#include "eval_internal.h"

const native_entry native_community[] = {
    {NULL, NULL, NULL},
};
