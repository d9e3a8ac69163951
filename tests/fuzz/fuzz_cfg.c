/* fuzz_cfg.c - libFuzzer target: any bytes given to the .cfg reader must give a configuration or a
 * located error, never a crash or a hang. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "cfg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *devnull;
    if (!devnull) devnull = fopen("/dev/null", "w");
    util_diag_stream(devnull);
    arena a;
    arena_init(&a);
    cfg_read_text(&a, "fuzz.cfg", (const char *)data, size);
    arena_free(&a);
    return 0;
}
