/* test_io.c - the community modules that reach outside the model (IOUtils, CSV, Json) and the
 * ones TLC computes in Java (Statistics, SVG, SequencesExt's SetToSeq): values from the published
 * definitions and from what TLC's overrides write and return. Files go to a fresh temporary folder. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "eval_fixture.h"

static const char scope[] =
    "---- MODULE IO ----\n"
    "EXTENDS Naturals, Sequences, TLC, TLCExt, IOUtils, CSV, Json, Statistics, SVG, SequencesExt\n"
    "Txt == [format |-> \"TXT\", charset |-> \"UTF-8\", openOptions |-> <<\"WRITE\", \"CREATE\", \"TRUNCATE_EXISTING\">>]\n"
    "AppendTxt == [format |-> \"TXT\", charset |-> \"UTF-8\", openOptions |-> <<\"APPEND\">>]\n"
    "Read == [format |-> \"TXT\", charset |-> \"UTF-8\"]\n"
    "====\n";

static char dir[64];
static unsigned checks;

static int setup(void **state)
{
    (void)state;
    setenv("TLCC_TEST_VAR", "v1", 1);   /* before IOEnv is first read */
    strcpy(dir, "/tmp/tlcc-io-XXXXXX");
    if (!mkdtemp(dir)) return -1;
    return fixture_load("IO.tla", scope, NULL);
}

static int teardown(void **state)
{
    (void)state;
    fixture_free();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0) return -1;
    printf("test_io: %u checks\n", checks);
    return 0;
}

/* `text` with every TMP: replaced by the temporary folder. */
static char *in_dir(const char *text)
{
    char *out = malloc(strlen(text) * (strlen(dir) + 1) + 1), *q = out;
    for (const char *p = text; *p;) {
        if (!strncmp(p, "TMP:", 4)) {
            q = stpcpy(q, dir);
            p += 4;
        } else {
            *q++ = *p++;
        }
    }
    *q = 0;
    return out;
}

static bool evaluate(const char *text, char **out)
{
    char *expr = in_dir(text);
    arena a;
    arena_init(&a);
    syn_expr *e = syn_parse_expr(&a, "<test>", expr);
    if (!e || !sema_resolve_expr(prog, prog->root, e)) fail_msg("does not resolve: %s", expr);
    val v;
    bool ok = eval_value(w, e, NULL, NULL, &v);
    *out = strdup(ok ? val_to_string(&a, v) : eval_worker_error(w)->message);
    eval_worker_reset(w);
    arena_free(&a);
    free(expr);
    return ok;
}

static void expect(const char *text, const char *want)
{
    char *got;
    checks++;
    if (!evaluate(text, &got)) fail_msg("%s\n  want: %s\n  error: %s", text, want, got);
    if (strcmp(got, want) != 0) fail_msg("%s\n  want: %s\n  got:  %s", text, want, got);
    free(got);
}

static void expect_error(const char *text, const char *words)
{
    char *got;
    checks++;
    if (evaluate(text, &got)) fail_msg("%s\n  want an error (%s)\n  got:  %s", text, words, got);
    if (!strstr(got, words)) fail_msg("%s\n  want an error with: %s\n  got:  %s", text, words, got);
    free(got);
}

static void test_exec(void **state)
{
    (void)state;
    expect("IOExec(<<\"echo\", \"hi\">>)", "[exitValue |-> 0, stdout |-> \"hi\\n\", stderr |-> \"\"]");
    expect("IOExec(<<\"sh\", \"-c\", \"echo err >&2; exit 3\">>)", "[exitValue |-> 3, stdout |-> \"\", stderr |-> \"err\\n\"]");
    expect("IOExec(<<\"sh\", \"-c\", \"read x; echo [$x]\">>).stdout", "\"[]\\n\"");
    expect("IOEnvExec([FOO |-> \"bar\", N |-> 42], <<\"sh\", \"-c\", \"echo $FOO$N\">>).stdout", "\"bar42\\n\"");
    expect("IOEnvExec([TLCC_TEST_VAR |-> \"v2\"], <<\"sh\", \"-c\", \"echo $TLCC_TEST_VAR\">>).stdout", "\"v2\\n\"");
    expect("IOExecTemplate(<<\"echo\", \"%s-%1$s-%2$s\">>, <<\"a\", \"b\">>).stdout", "\"a-a-b\\n\"");
    expect("IOExecTemplate(<<\"echo\", \"100%% %s%n\">>, <<\"x\">>).stdout", "\"100% x\\n\\n\"");
    expect("IOEnvExecTemplate([X |-> \"1\"], <<\"sh\", \"-c\", \"echo ${X}%s\">>, <<\"2\">>).stdout", "\"12\\n\"");
    expect_error("IOExec(<<\"/nonexistent/program\">>)", "cannot run");
    expect_error("IOExec(<<>>)", "needs a command");
    expect_error("IOExec(\"ls\")", "must be a sequence");
    expect_error("IOExec(<<\"echo\", 1>>)", "sequence of strings");
    expect_error("IOExecTemplate(<<\"echo\", \"%s %s\">>, <<\"a\">>)", "needs more than the 1 arguments");
    expect_error("IOExecTemplate(<<\"echo\", \"%d\">>, <<\"a\">>)", "only %s");
}

static void test_environment(void **state)
{
    (void)state;
    expect("IOEnv.TLCC_TEST_VAR", "\"v1\"");
    expect("\"PATH\" \\in DOMAIN IOEnv", "TRUE");
}

/* atoi is Java's Integer.parseInt (32 bits); zeroPadN pads ToString(n) with zeros. */
static void test_numbers(void **state)
{
    (void)state;
    expect("atoi(\"42\")", "42");
    expect("atoi(\"-17\")", "-17");
    expect("atoi(\"0\")", "0");
    expect("atoi(\"+5\")", "5");
    expect_error("atoi(\"12a\")", "holding an integer");
    expect_error("atoi(\"\")", "holding an integer");
    expect_error("atoi(\" 1\")", "holding an integer");
    expect_error("atoi(5)", "holding an integer");
    expect_error("atoi(\"99999999999999999999\")", "holding an integer");
    expect("atoi(\"2147483647\")", "2147483647");
    expect("atoi(\"-2147483648\")", "-2147483648");
    expect_error("atoi(\"2147483648\")", "holding an integer");
    expect_error("atoi(\"-2147483649\")", "holding an integer");
    expect("zeroPadN(42, 5)", "\"00042\"");
    expect("zeroPadN(123, 3)", "\"123\"");
    expect("zeroPadN(7, 1)", "\"7\"");
    expect("zeroPadN(0, 4)", "\"0000\"");
}

static void test_text_files(void **state)
{
    (void)state;
    expect("Serialize(\"hello\", \"TMP:/a.txt\", Txt)",
           "[exitValue |-> 0, stdout |-> \"Finish writting to the file with success!\", stderr |-> \"\"]");
    expect("Deserialize(\"TMP:/a.txt\", Read)", "[exitValue |-> 0, stdout |-> \"hello\", stderr |-> \"\"]");
    expect("Serialize(\" world\", \"TMP:/a.txt\", AppendTxt).exitValue", "0");
    expect("Deserialize(\"TMP:/a.txt\", Read).stdout", "\"hello world\"");
    expect("Serialize(\"x\", \"TMP:/a.txt\", Txt).exitValue", "0");
    expect("Deserialize(\"TMP:/a.txt\", Read).stdout", "\"x\"");
    expect("Deserialize(\"TMP:/missing.txt\", Read).exitValue", "1");
    expect("Serialize(\"x\", \"TMP:/missing.txt\", AppendTxt).exitValue", "1");
    expect_error("Serialize(\"x\", \"TMP:/b.bin\", [format |-> \"BIN\"])", "format \"BIN\" is not supported");
    expect_error("Serialize(\"x\", \"TMP:/b.txt\", [format |-> \"TXT\", charset |-> \"UTF-16\", openOptions |-> <<>>])",
                 "charset \"UTF-16\" is not supported");
    expect_error("IOSerialize(1, \"TMP:/c.bin\", FALSE)", "not supported yet");
    expect_error("IODeserialize(\"TMP:/c.bin\", FALSE)", "not supported yet");
}

static void test_csv(void **state)
{
    (void)state;
    expect("CSVRecords(\"TMP:/missing.csv\")", "0");
    expect("CSVWrite(\"%1$s#%2$s\", <<\"a\", 1>>, \"TMP:/w.csv\")", "TRUE");
    expect("CSVWrite(\"%s#%s\", <<{1}, <<2>>>>, \"TMP:/w.csv\")", "TRUE");
    expect("CSVRecords(\"TMP:/w.csv\")", "2");
    expect("Deserialize(\"TMP:/w.csv\", Read).stdout", "\"\\\"a\\\"#1\\n{1}#<<2>>\\n\"");
    expect("CSVWrite(\"side,p,flip\", <<>>, \"TMP:/h.csv\")", "TRUE");
    expect("CSVRecords(\"TMP:/h.csv\")", "1");
    expect("CSVWriteRecord([a |-> 1, b |-> \"x\"], \",\", TRUE, \"TMP:/r.csv\")", "TRUE");
    expect("CSVWriteRecord([a |-> 2, b |-> \"y\"], \",\", TRUE, \"TMP:/r.csv\")", "TRUE");
    expect("Deserialize(\"TMP:/r.csv\", Read).stdout", "\"a,b\\n1,x\\n2,y\\n\"");
    expect("CSVRead(<<\"a\", \"b\">>, \",\", \"TMP:/r.csv\")",
           "<<[a |-> \"a\", b |-> \"b\"], [a |-> \"1\", b |-> \"x\"], [a |-> \"2\", b |-> \"y\"]>>");
    expect_error("CSVRead(<<\"a\", \"b\", \"c\">>, \",\", \"TMP:/r.csv\")", "fewer than 3 fields");
    expect_error("CSVRead(<<\"a\">>, \",\", \"TMP:/missing.csv\")", "cannot read");
    expect_error("CSVWrite(\"%s\", 1, \"TMP:/w.csv\")", "must be a sequence");
}

static void test_json_text(void **state)
{
    (void)state;
    expect("ToJson([a |-> 1, b |-> <<1, \"x\">>, c |-> {TRUE}])", "\"{\\\"a\\\":1,\\\"b\\\":[1,\\\"x\\\"],\\\"c\\\":[true]}\"");
    expect("ToJson(<<>>)", "\"[]\"");
    expect("ToJson({})", "\"[]\"");
    expect("ToJson(\"s\")", "\"\\\"s\\\"\"");
    expect("ToJson(-3)", "\"-3\"");
    expect("ToJson(TLCModelValue(\"m\"))", "\"\\\"m\\\"\"");
    expect("ToJson([i \\in 0..2 |-> i])", "\"[0,1,2]\"");
    expect("ToJson((1 :> 2 @@ 3 :> 4))", "\"{\\\"1\\\":2,\\\"3\\\":4}\"");
    expect("ToJson((<<1>> :> 2))", "\"{\\\"<<1>>\\\":2}\"");
    expect("ToJson(\"a\\\"b\\n\")", "\"\\\"a\\\\\\\"b\\\\n\\\"\"");
    expect("ToJson(1..3)", "\"[1,2,3]\"");
    expect("ToJsonArray(<<1, 2>>)", "\"[1,2]\"");
    expect("ToJsonArray({2, 1})", "\"[1,2]\"");
    expect("ToJsonArray((2 :> 1))", "\"{\\\"2\\\":1}\"");
    expect("ToJsonObject(<<1, 2>>)", "\"{\\\"0\\\":1,\\\"1\\\":2}\"");
    expect("ToJsonObject([i \\in 1..2 |-> i])", "\"[1,2]\"");
    expect("ToJsonObject([a |-> <<>>])", "\"{\\\"a\\\":[]}\"");
    expect("ToJsonObject([x \\in {\"k\"} |-> 1])", "\"{\\\"k\\\":1}\"");
    expect_error("ToJson(Nat)", "cannot enumerate");
    expect_error("ToJsonArray([a |-> 1])", "ToJsonArray cannot convert");
    expect_error("ToJsonArray(1)", "ToJsonArray cannot convert");
    expect_error("ToJsonObject(1)", "ToJsonObject cannot convert");
}

static void test_json_files(void **state)
{
    (void)state;
    expect("JsonSerialize(\"TMP:/sub/dir/a.json\", <<[a |-> 1], <<2>>>>)", "TRUE");
    expect("Deserialize(\"TMP:/sub/dir/a.json\", Read).stdout", "\"[\\n{\\\"a\\\":1},\\n[2]\\n]\\n\"");
    expect("JsonDeserialize(\"TMP:/sub/dir/a.json\")", "<<[a |-> 1], <<2>>>>");
    expect("ndJsonSerialize(\"TMP:/b.ndjson\", <<1, \"x\">>)", "TRUE");
    expect("Deserialize(\"TMP:/b.ndjson\", Read).stdout", "\"1\\n\\\"x\\\"\\n\"");
    expect("ndJsonDeserialize(\"TMP:/b.ndjson\")", "<<1, \"x\">>");
    expect("Serialize(\"{\\\"k\\\": [1, true, \\\"\\\\u00e9\\\\n\\\"], \\\"n\\\": -3, \\\"k\\\": [false]}\", \"TMP:/c.json\", Txt).exitValue", "0");
    expect("JsonDeserialize(\"TMP:/c.json\") = [k |-> <<FALSE>>, n |-> -3]", "TRUE");
    expect("Serialize(\"[\\\"\\\\u00e9\\\\t\\\", {}, []]\", \"TMP:/d.json\", Txt).exitValue", "0");
    /* {} is the empty record, which is the empty function (TLC prints it [], tlc-c <<>>) */
    expect("JsonDeserialize(\"TMP:/d.json\") = <<\"\xc3\xa9\\t\", <<>>, <<>>>>", "TRUE");
    expect("Serialize(\"\\n  [1]\\n\\n{\\\"a\\\": \\\"b\\\"}\\n\", \"TMP:/e.ndjson\", Txt).exitValue", "0");
    expect("ndJsonDeserialize(\"TMP:/e.ndjson\")", "<<<<1>>, [a |-> \"b\"]>>");
    expect("Serialize(\"[1.5]\", \"TMP:/f.json\", Txt).exitValue", "0");
    expect_error("JsonDeserialize(\"TMP:/f.json\")", "not an integer");
    expect("Serialize(\"[2147483647, -2147483648]\", \"TMP:/i.json\", Txt).exitValue", "0");
    expect("JsonDeserialize(\"TMP:/i.json\")", "<<2147483647, -2147483648>>");
    expect("Serialize(\"[2147483648]\", \"TMP:/j.json\", Txt).exitValue", "0");
    expect_error("JsonDeserialize(\"TMP:/j.json\")", "beyond 32 bits");
    expect("Serialize(\"-2147483649\\n\", \"TMP:/k.ndjson\", Txt).exitValue", "0");
    expect_error("ndJsonDeserialize(\"TMP:/k.ndjson\")", "beyond 32 bits");
    expect("Serialize(\"[null]\", \"TMP:/g.json\", Txt).exitValue", "0");
    expect_error("JsonDeserialize(\"TMP:/g.json\")", "null has no TLA+ value");
    expect("Serialize(\"{\\\"a\\\": 1} x\", \"TMP:/h.json\", Txt).exitValue", "0");
    expect_error("JsonDeserialize(\"TMP:/h.json\")", "text after the value");
    expect_error("JsonDeserialize(\"TMP:/missing.json\")", "cannot read");
    expect_error("JsonSerialize(\"TMP:/x.json\", 3)", "needs a sequence");
}

/* Chi-square goodness of fit: TRUE unless the observed counts differ from the expected ones
 * significantly. The p-values are worked out by hand: exp(-stat/2) for 2 degrees of freedom,
 * exp(-stat/2) (1 + stat/2) for 4, and the normal table for 1. */
static void test_chi_square(void **state)
{
    (void)state;
    expect("ChiSquare(<<10, 10, 10>>, <<11, 9, 10>>, \"0.05\")", "TRUE");    /* p = e^-0.1 */
    expect("ChiSquare(<<10, 10, 10>>, <<30, 0, 0>>, \"0.05\")", "FALSE");    /* stat 60 */
    expect("ChiSquare(<<1, 1>>, <<50, 50>>, \"0.05\")", "TRUE");             /* rescaled: stat 0 */
    expect("ChiSquare(<<50, 50>>, <<60, 40>>, \"0.05\")", "FALSE");          /* stat 4, p = 0.0455 */
    expect("ChiSquare(<<50, 50>>, <<60, 40>>, \"0.01\")", "TRUE");
    expect("ChiSquare(<<10, 10, 10>>, <<16, 7, 7>>, \"0.05\")", "TRUE");     /* stat 5.4, p = 0.0672 */
    expect("ChiSquare(<<10, 10, 10>>, <<16, 7, 7>>, \"0.1\")", "FALSE");
    expect("ChiSquare(<<20, 20, 20, 20, 20>>, <<30, 20, 20, 15, 15>>, \"0.1\")", "TRUE");   /* stat 7.5, p = 0.1117 */
    expect("ChiSquare(<<20, 20, 20, 20, 20>>, <<30, 20, 20, 15, 15>>, \"0.5\")", "FALSE");
    expect("ChiSquare([a |-> 20, b |-> 20], [a |-> 21, b |-> 19], \"0.05\")", "TRUE");
    expect_error("ChiSquare(<<1>>, <<1>>, \"0.05\")", "two values");
    expect_error("ChiSquare(<<1, 1>>, <<1, 1>>, \"0.6\")", "(0, 0.5]");
    expect_error("ChiSquare(<<1, 1>>, <<1, 1>>, 5)", "must be a string");
    expect_error("ChiSquare(<<0, 1>>, <<1, 1>>, \"0.05\")", "positive expected counts");
}

static void test_svg(void **state)
{
    (void)state;
    expect("SVGElemToString(Rect(1, 2, 3, 4, [fill |-> \"red\", stroke_width |-> \"2\"]))",
           "\"<rect x='1' width='3' y='2' height='4' fill='red' stroke-width='2'></rect>\"");
    expect("SVGElemToString(Group(<<Circle(0, 0, 5, <<>>), Text(1, 2, \"<<a>>\", <<>>)>>, <<>>))",
           "\"<g><circle r='5' cx='0' cy='0'></circle><text x='1' y='2'>&lt;&lt;a&gt;&gt;</text></g>\"");
    expect("SVGElemToString(SVGDoc(Line(0, 1, 2, 3, <<>>), 0, 0, 10, 10, <<>>))",
           "\"<svg xmlns:xlink='http://www.w3.org/1999/xlink' xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>"
           "<line x1='0' y1='1' x2='2' y2='3'></line></svg>\"");
    expect("Image(1, 2, 3, 4, \"i.png\", <<>>).attrs[\"xlink:href\"]", "\"i.png\"");
    expect("NodeOfRingNetwork(10, 10, 5, 1, 4)", "[x |-> 10, y |-> 15]");
    expect("NodeOfRingNetwork(0, 0, 10, 1, 2)", "[x |-> -10, y |-> 0]");
    expect("PointOnLine([x |-> 0, y |-> 0], [x |-> -1, y |-> 5], 2)", "[x |-> 0, y |-> 2]");
    expect("SVGSerialize(Svg(<<>>, <<>>), \"TMP:/frame_\", 7).exitValue", "0");
    expect("Deserialize(\"TMP:/frame_007.svg\", Read).stdout", "\"<svg></svg>\"");
    expect_error("SVGElemToString([name |-> \"g\"])", "with a field attrs");
    expect_error("NodesOfDirectedMultiGraph({1}, {}, [algo |-> \"x\"])", "not supported yet");
}

static void test_set_to_seq(void **state)
{
    (void)state;
    expect("SetToSeq({3, 1, 2})", "<<1, 2, 3>>");
    expect("SetToSeq({})", "<<>>");
    expect("SetToSeq({\"b\", \"a\"})", "<<\"a\", \"b\">>");
    expect("SetToSeq(1..3)", "<<1, 2, 3>>");
    expect_error("SetToSeq(Nat)", "cannot enumerate");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exec),
        cmocka_unit_test(test_environment),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_text_files),
        cmocka_unit_test(test_csv),
        cmocka_unit_test(test_json_text),
        cmocka_unit_test(test_json_files),
        cmocka_unit_test(test_chi_square),
        cmocka_unit_test(test_svg),
        cmocka_unit_test(test_set_to_seq),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
