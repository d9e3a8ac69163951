/* string_order.c - TLC's order of strings (sema_order_strings).
 *
 * TLC orders strings, and model values, by their UniqueString ids: the order in which the names
 * were first interned during the run. TLC interns, in this order:
 *   1. the values of the .cfg (strings and model values, as written), read before anything else;
 *   2. the names of SANY's built-in operators (only TRUE, FALSE, BOOLEAN, STRING and the keyword
 *      operators can be strings of a spec; the symbols are left out);
 *   3. every token of every module, as SANY parses them: the root module first, then the modules
 *      it names, breadth first (EXTENDS and INSTANCE in the order written), with TLC's own
 *      _TLCTrace module named last by the root (it brings TLC, TLCExt, Sequences, Naturals,
 *      FiniteSets and Integers in every run);
 *   4. the string literals, module by module in the order SANY processes them (a module after
 *      those it names), each module's in the order written;
 *   5. strings made while checking, as they are first made.
 * So a string that is also a name in some module ("x" in `VARIABLE x`) comes before one that is
 * only ever a literal, whatever the order they are written in. Only names that can be strings are
 * collected here (words: identifiers, keywords, numbers). For TLC's own standard modules the
 * words are those of TLC's text (the table below), not of tlc-c's library, whose text differs. */
#include "sema_internal.h"
#include "cfg.h"

#include <stdlib.h>
#include <string.h>

/* TLC 2.20's standard modules as its parser reads them: the modules each names, its words in first
 * occurrence order, and its string literals (separated by '\n'). */
typedef struct tlc_module { const char *name, *refs, *words, *literals; } tlc_module;
static const tlc_module tlc_modules[] = {
    {"_TLCTrace", "TLC TLCExt Sequences",
     "MODULE _TLCTrace LOCAL INSTANCE TLC TLCExt Sequences _TLCTraceSerialize val absoluteFilename TRUE _TLCTraceFile "
     "_TLCTraceSilent IF CounterExample state THEN ELSE ToTrace PrintT",
     "CounterExample.tlc\nCounterExample written: "},
    {"TLC", "Naturals Sequences FiniteSets",
     "MODULE TLC LOCAL INSTANCE Naturals Sequences FiniteSets Print out val PrintT TRUE Assert IF THEN ELSE CHOOSE v "
     "JavaTime n Nat TLCGet i TLCSet d e x f g DOMAIN Permutations S w SortSeq s Op _ LET Perm p 1 Len j IN "
     "RandomElement Any ToString a b STRING TLCEval",
     ""},
    {"TLCExt", "TLC Integers",
     "MODULE TLCExt LOCAL INSTANCE TLC Integers AssertEq a b IF THEN PrintT ELSE AssertError err exp LET FailsEval e "
     "CHOOSE BOOLEAN TRUE TLCError s STRING IN Assert TLCGetOrDefault key defaultVal n TLCGetAndSet Op _ val oldVal v "
     "TLCSet Trace CounterExample ToTrace CE TLCModelValue str ToString TLCDefer expression TLCNoOp PickSuccessor bool "
     "TLCCache closure TLCFP var i Int TLCEvalDefinition definitionName",
     "Assertion failed"},
    {"Sequences", "Naturals",
     "MODULE Sequences LOCAL INSTANCE Naturals Seq S UNION 1 n Nat Len s CHOOSE DOMAIN t i IF THEN ELSE Append e "
     "Head Tail CASE SubSeq m SelectSeq Test _ LET F 0 IN",
     ""},
    {"Naturals", "", "MODULE Naturals Nat a b CHOOSE n TRUE", ""},
    {"FiniteSets", "Naturals Sequences",
     "MODULE FiniteSets LOCAL INSTANCE Naturals Sequences IsFiniteSet S seq Seq s n 1 Len Cardinality LET CS T SUBSET "
     "IF THEN 0 ELSE CHOOSE x IN",
     ""},
    {"Integers", "Naturals", "MODULE Integers EXTENDS Naturals Int a 0", ""},
};

/* The names of SANY's built-in operators that a string can spell, in the order TLC interns them. */
static const char builtin_words[] = "STRING FALSE TRUE BOOLEAN SUBSET UNION DOMAIN ENABLED UNCHANGED";

typedef VEC(atom) atom_vec;

/* One module as the order needs it: its words, literals and the modules it names, in order. */
typedef struct module_tokens { atom name; atom_vec words, literals, refs; } module_tokens;
typedef VEC(module_tokens) module_vec;

static void push_words(atom_vec *v, const char *list, char sep)
{
    while (*list) {
        const char *end = strchr(list, sep);
        size_t n = end ? (size_t)(end - list) : strlen(list);
        if (n) VEC_PUSH(*v, util_intern_n(list, n));
        list += n + (end != NULL);
    }
}

static bool word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

/* The tokenizer's state across the lines of a module's text. */
typedef struct scan {
    module_tokens *m;
    int comment;              /* depth of nested (* comments *) */
    int modules;              /* depth of ---- MODULE ... ==== */
    bool started, done;
    bool extends, after_ref;  /* in an EXTENDS list; a name of it was just read */
    bool instance;            /* the next word names an instantiated module */
} scan;

static bool module_header(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] == '-') i++;
    if (i < 4) return false;
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    return n - i >= 6 && !strncmp(s + i, "MODULE", 6);
}

static void scan_word(scan *sc, const char *w, size_t n)
{
    if (n > 3 && (!strncmp(w, "WF_", 3) || !strncmp(w, "SF_", 3))) {   /* WF_vars: two tokens */
        VEC_PUSH(sc->m->words, util_intern_n(w, 3));
        w += 3, n -= 3;
    }
    atom a = util_intern_n(w, n);
    VEC_PUSH(sc->m->words, a);
    if (sc->instance) VEC_PUSH(sc->m->refs, a);
    else if (sc->extends && !sc->after_ref) VEC_PUSH(sc->m->refs, a);
    else sc->extends = false;
    sc->after_ref = sc->extends;
    sc->instance = false;
    if (!strcmp(a, "EXTENDS")) sc->extends = true, sc->after_ref = false;
    if (!strcmp(a, "INSTANCE")) sc->instance = true;
}

/* A string literal from just after its opening quote; returns where it ends. */
static size_t scan_literal(scan *sc, const char *s, size_t i, size_t n)
{
    char *buf = util_xmalloc(n + 1);
    size_t k = 0;
    for (; i < n && s[i] != '"'; i++) {
        if (s[i] == '\\' && i + 1 < n) {
            char c = s[++i];
            buf[k++] = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c == 'f' ? '\f' : c;
        } else {
            buf[k++] = s[i];
        }
    }
    VEC_PUSH(sc->m->literals, util_intern_n(buf, k));
    free(buf);
    return i + 1;
}

static void scan_line(scan *sc, const char *s, size_t n)
{
    size_t i = 0;
    if (!sc->started) {
        for (; i < n && !module_header(s + i, n - i); i++) {}
        if (i == n) return;
        sc->started = true;
    }
    while (i < n && !sc->done) {
        char c = s[i];
        if (sc->comment) {
            if (c == '(' && i + 1 < n && s[i + 1] == '*') sc->comment++, i += 2;
            else if (c == '*' && i + 1 < n && s[i + 1] == ')') sc->comment--, i += 2;
            else i++;
        } else if (c == '(' && i + 1 < n && s[i + 1] == '*') {
            sc->comment++, i += 2;
        } else if (c == '\\' && i + 1 < n && s[i + 1] == '*') {
            return;
        } else if (c == '"') {
            i = scan_literal(sc, s, i + 1, n);
        } else if (c == '\\' && i + 1 < n && word_char(s[i + 1])) {   /* \in, \A, \o: operators */
            for (i++; i < n && word_char(s[i]); i++) {}
        } else if (word_char(c)) {
            size_t j = i;
            while (j < n && word_char(s[j])) j++;
            scan_word(sc, s + i, j - i);
            i = j;
        } else if (c == '-' && module_header(s + i, n - i)) {
            sc->modules++;
            while (i < n && s[i] == '-') i++;
        } else if (c == '=' && n - i >= 4 && !strncmp(s + i, "====", 4)) {
            if (--sc->modules <= 0) sc->done = true;
            while (i < n && s[i] == '=') i++;
        } else {
            if (c == ',' && sc->extends) sc->after_ref = false;
            i++;
        }
    }
}

static void tokens_of_text(module_tokens *m, atom file)
{
    scan sc = {.m = m};
    size_t len;
    const char *line;
    for (uint32_t l = 1; !sc.done && (line = util_source_line(file, l, &len)); l++) scan_line(&sc, line, len);
}

static const tlc_module *tlc_module_named(atom name)
{
    for (size_t i = 0; i < sizeof tlc_modules / sizeof *tlc_modules; i++)
        if (!strcmp(tlc_modules[i].name, name)) return &tlc_modules[i];
    return NULL;
}

/* The tokens of module `name`: TLC's text for its standard modules, the loaded text for others;
 * NULL for a module neither TLC nor this program has. */
static module_tokens *tokens_of(module_vec *seen, const sema_program *p, atom name)
{
    for (size_t i = 0; i < seen->len; i++)
        if (seen->items[i].name == name) return &seen->items[i];
    module_tokens m = {.name = name};
    const tlc_module *t = tlc_module_named(name);
    if (t) {
        push_words(&m.words, t->words, ' ');
        push_words(&m.refs, t->refs, ' ');
        push_words(&m.literals, t->literals, '\n');
    } else {
        uint32_t i = 0;
        while (i < p->nmodules && p->modules[i]->name != name) i++;
        if (i == p->nmodules || !p->modules[i]->file) return NULL;
        tokens_of_text(&m, p->modules[i]->file);
        if (p->modules[i] == p->root) VEC_PUSH(m.refs, util_intern("_TLCTrace"));
    }
    VEC_PUSH(*seen, m);
    return &seen->items[seen->len - 1];
}

static void cfg_value_atoms(atom_vec *out, const cfg_value *v)
{
    if (v->kind == CFG_STR || v->kind == CFG_MODEL) VEC_PUSH(*out, v->str);
    for (uint32_t i = 0; i < v->nitems; i++) cfg_value_atoms(out, &v->items[i]);
}

/* Literals of module index k of `mods` and of the modules it names first (depth first, after). */
static void literals_after_refs(module_vec *mods, size_t k, bool *done, atom_vec *out)
{
    done[k] = true;
    for (size_t r = 0; r < mods->items[k].refs.len; r++)
        for (size_t j = 0; j < mods->len; j++)
            if (mods->items[j].name == mods->items[k].refs.items[r] && !done[j]) literals_after_refs(mods, j, done, out);
    for (size_t i = 0; i < mods->items[k].literals.len; i++) VEC_PUSH(*out, mods->items[k].literals.items[i]);
}

void sema_order_strings(const sema_program *p, const cfg_file *cfg)
{
    atom_vec order = {0};
    for (uint32_t i = 0; cfg && i < cfg->nconstants; i++) {
        for (uint32_t k = 0; k < cfg->constants[i].nargs; k++) cfg_value_atoms(&order, &cfg->constants[i].args[k]);
        if (!cfg->constants[i].is_override) cfg_value_atoms(&order, &cfg->constants[i].value);
    }
    push_words(&order, builtin_words, ' ');
    module_vec mods = {0};   /* breadth first from the root: parse order */
    tokens_of(&mods, p, p->root->name);
    for (size_t k = 0; k < mods.len; k++) {
        for (size_t i = 0; i < mods.items[k].words.len; i++) VEC_PUSH(order, mods.items[k].words.items[i]);
        for (size_t r = 0; r < mods.items[k].refs.len; r++) tokens_of(&mods, p, mods.items[k].refs.items[r]);
    }
    bool *done = util_xcalloc(mods.len + 1, sizeof *done);
    literals_after_refs(&mods, 0, done, &order);
    free(done);
    util_intern_reorder(order.items, order.len);
    for (size_t k = 0; k < mods.len; k++) {
        VEC_FREE(mods.items[k].words);
        VEC_FREE(mods.items[k].literals);
        VEC_FREE(mods.items[k].refs);
    }
    VEC_FREE(mods);
    VEC_FREE(order);
}
