/* fuzz_parser.c - libFuzzer target: any bytes given to the TLA+ parser must give a tree or a
 * located error, never a crash or a hang. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "syntax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *devnull;
    if (!devnull) devnull = fopen("/dev/null", "w");
    util_diag_stream(devnull);
    arena a;
    arena_init(&a);
    syn_parse_text(&a, "fuzz.tla", (const char *)data, size);
    arena_free(&a);
    return 0;
}
