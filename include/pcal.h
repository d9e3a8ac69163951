/* pcal.h - the PlusCal translator: `tlc-c --translate [options] Spec.tla` rewrites the module as
 * TLC's translator pcal.trans 1.12 does (the translation between `\* BEGIN TRANSLATION` and
 * `\* END TRANSLATION`, its checksums, the .cfg lines), and the checks tlc-c makes on a module's
 * PlusCal when it loads one.
 *
 * Contract:
 *  - Single-threaded; every call owns its memory (one arena, freed before returning).
 *  - Errors: printed to `err` as pcal.trans prints them ("Unrecoverable error: ..."), followed by
 *    tlc-c's own diagnostics (file:line:col, the source line, a caret, the rule broken). Several
 *    independent errors are reported in one run where the translator can tell them apart.
 *  - Files: the module is replaced only after a successful translation, by writing a temporary file
 *    beside it and renaming it over the original; a failed run leaves every file as it was.
 *  - Exit codes (pcal_translate_main): 0 success, 150 bad algorithm, 151 bad option or an unsupported
 *    feature ("... is not supported yet"), 153 a file that cannot be read or written.
 */
#ifndef TLCC_PCAL_H
#define TLCC_PCAL_H

#include <stdbool.h>
#include <stdio.h>

/* `tlc-c --translate ARGS`: ARGS are pcal.trans's options followed by the module's path. */
int pcal_translate_main(int argc, char **argv);

/* `--parse`: translates the module's algorithm, if it has one, in memory; 0 if it translates, else
 * the errors are printed to stderr and the exit code (150, or 151) is returned. */
int pcal_check_algorithm(const char *path);

/* The module's PlusCal state (nothing is written). */
typedef enum {
    PCAL_NONE,           /* no algorithm in the module */
    PCAL_NO_TRANSLATION, /* an algorithm but no BEGIN/END TRANSLATION block, or an empty one */
    PCAL_CURRENT,        /* checksums agree, or there are none to compare */
    PCAL_TLA_CHANGED,    /* the translation was edited since it was generated */
    PCAL_PCAL_CHANGED,   /* the algorithm changed since its translation */
    PCAL_BOTH_CHANGED
} pcal_status;

/* Looks at the module (its algorithm is translated in memory to compare chksum(pcal)); for the
 * changed states, prints TLC's `!! WARNING` line (naming `module`) to `out`, and for
 * PCAL_NO_TRANSLATION a note saying how to make the translation. */
pcal_status pcal_check_module(const char *path, const char *module, FILE *out);

/* CRC32 as java.util.zip.CRC32, written as Long.toHexString: lower case, no leading zeros. */
void pcal_checksum(const char *text, size_t len, char out[9]);

#endif
