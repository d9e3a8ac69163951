/* native_statistics.c - the community module Statistics: ChiSquare, the chi-square goodness-of-fit
 * test TLC computes with Apache Commons Math (ChiSquareTest.chiSquareTest(expected, observed,
 * alpha)), here with the regularized incomplete gamma function from its series and continued
 * fraction. ChiSquare is TRUE when the test does not reject, at significance alpha, that the
 * observed counts follow the expected ones. */
#include "eval_internal.h"

#include <math.h>
#include <stdlib.h>

#define A (&call->w->scratch)

enum { GAMMA_ITERATIONS = 100000 };
static const double GAMMA_EPSILON = 1e-15;

/* log Gamma(a) for a > 0 (lgamma_r: no shared sign variable between workers). */
static double log_gamma(double a)
{
    int sign;
    return lgamma_r(a, &sign);
}

/* P(a, x) by its power series, for x < a + 1. */
static double gamma_p_series(double a, double x)
{
    double term = 1 / a, sum = term;
    for (int n = 1; n < GAMMA_ITERATIONS && fabs(term) > fabs(sum) * GAMMA_EPSILON; n++) {
        term *= x / (a + n);
        sum += term;
    }
    return sum * exp(-x + a * log(x) - log_gamma(a));
}

/* Q(a, x) = 1 - P(a, x) by its continued fraction (modified Lentz), for x >= a + 1. */
static double gamma_q_fraction(double a, double x)
{
    const double tiny = 1e-300;
    double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
    for (int i = 1; i < GAMMA_ITERATIONS; i++) {
        double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (fabs(d) < tiny) d = tiny;
        c = b + an / c;
        if (fabs(c) < tiny) c = tiny;
        d = 1 / d;
        double step = d * c;
        h *= step;
        if (fabs(step - 1) < GAMMA_EPSILON) break;
    }
    return exp(-x + a * log(x) - log_gamma(a)) * h;
}

/* The probability that a chi-square variable with `df` degrees of freedom exceeds `stat`. */
static double chi_square_p_value(double stat, double df)
{
    double a = df / 2, x = stat / 2;
    if (x <= 0) return 1;
    return x < a + 1 ? 1 - gamma_p_series(a, x) : gamma_q_fraction(a, x);
}

/* The values of a function (sequence or record) of integers, in its domain's order. */
static const val *counts(native_call *call, val f, uint32_t *n, const char *which)
{
    if (!val_is_func(f)) native_fail(call, "the %s counts of ChiSquare must be a function, not %s", which, val_to_string(A, f));
    const val *xs = f.kind == VAL_SEQ ? f.u.seq->elems : f.u.fn->rng;
    *n = f.kind == VAL_SEQ ? f.u.seq->n : f.u.fn->n;
    for (uint32_t i = 0; i < *n; i++)
        if (!val_is_int(xs[i])) native_fail(call, "the %s counts of ChiSquare must be integers", which);
    return xs;
}

/* The statistic sum((o - r*e)^2 / (r*e)), r rescaling the expected counts to the observed total
 * when the totals differ (as Commons Math does). */
static double chi_square_statistic(const val *e, const val *o, uint32_t n)
{
    double sum_e = 0, sum_o = 0, stat = 0;
    for (uint32_t i = 0; i < n; i++) {
        sum_e += (double)val_get_int(e[i]);
        sum_o += (double)val_get_int(o[i]);
    }
    double ratio = fabs(sum_e - sum_o) > 1e-5 ? sum_o / sum_e : 1;
    for (uint32_t i = 0; i < n; i++) {
        double dev = (double)val_get_int(o[i]) - ratio * (double)val_get_int(e[i]);
        stat += dev * dev / (ratio * (double)val_get_int(e[i]));
    }
    return stat;
}

/* ChiSquare(expected, actual, alpha), alpha a string such as "0.05" in (0, 0.5]. */
static val s_chi_square(native_call *call)
{
    uint32_t n, m;
    const val *e = counts(call, native_arg(call, 0), &n, "expected"), *o = counts(call, native_arg(call, 1), &m, "observed");
    val alpha_text = native_arg(call, 2);
    if (!val_is_str(alpha_text)) native_fail(call, "the significance of ChiSquare must be a string such as \"0.05\"");
    char *end;
    double alpha = strtod(val_get_str(alpha_text), &end);
    if (*end || !(alpha > 0 && alpha <= 0.5))
        native_fail(call, "the significance of ChiSquare must be a number in (0, 0.5], not \"%s\"", val_get_str(alpha_text));
    if (n != m || n < 2) native_fail(call, "ChiSquare needs two functions of the same size, with two values at least");
    for (uint32_t i = 0; i < n; i++)
        if (val_get_int(e[i]) <= 0 || val_get_int(o[i]) < 0)
            native_fail(call, "ChiSquare needs positive expected counts and non-negative observed ones");
    double p = chi_square_p_value(chi_square_statistic(e, o, n), n - 1);
    return val_bool(!(p < alpha));
}

const native_entry native_statistics[] = {
    {"Statistics", "ChiSquare", s_chi_square},
    {NULL, NULL, NULL},
};
