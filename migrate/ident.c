/* ident.c — normalising and validating identifiers, dates and numbers. */
#include "ident.h"

#include <limits.h>
#include <string.h>

/* Length of a loonheffingennummer: 9 digits, 'L', 2 digits. */
#define ID_LHN_LEN 12
/* Length of the fiscal base of a loonheffingennummer. */
#define ID_LHN_BASE 9
/* Length of a KvK number. */
#define ID_KVK_LEN 8
/* Length of a vestigingsnummer. */
#define ID_VEST_LEN 12
/* Earliest and latest accepted year of a date. */
#define ID_YEAR_MIN 1900
#define ID_YEAR_MAX 9999
/* Longest digit run read while parsing a date (more is a format error). */
#define ID_DATE_RUN_MAX 5
/* First and second byte of U+00A0 NO-BREAK SPACE in UTF-8. */
#define ID_NBSP0 0xC2u
#define ID_NBSP1 0xA0u

/* Nonzero if byte c is an ASCII digit. */
static int id_isdigit(char c)
{
    return c >= '0' && c <= '9';
}

/* Length (0, 1 or 2) of the blank at in[i] (space, tab, CR, LF or NBSP), never reading past len. */
static size_t id_blank_at(const char *in, size_t len, size_t i)
{
    unsigned char c = (unsigned char)in[i];

    if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        return 1;
    if (c == ID_NBSP0 && i + 1 < len && (unsigned char)in[i + 1] == ID_NBSP1)
        return 2;
    return 0;
}

/* Length (0, 1 or 2) of the blank ending at in[end-1], never reading before start. */
static size_t id_blank_before(const char *in, size_t start, size_t end)
{
    unsigned char c = (unsigned char)in[end - 1];

    if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        return 1;
    if (c == ID_NBSP1 && end - 1 > start && (unsigned char)in[end - 2] == ID_NBSP0)
        return 2;
    return 0;
}

/* Trim leading and trailing blanks of in[0..len): sets [*start, *end). */
static void id_trim(const char *in, size_t len, size_t *start, size_t *end)
{
    size_t s = 0, e = len, k;

    while (s < e && (k = id_blank_at(in, e, s)) > 0)
        s += k;
    while (e > s && (k = id_blank_before(in, s, e)) > 0)
        e -= k;
    *start = s;
    *end = e;
}

/* Normalise an identifier into out (see ident.h); (size_t)-1 if it does not fit. */
size_t id_normalise(const char *in, size_t len, char *out, size_t outsz)
{
    size_t s, e, n = 0;

    if (out == NULL || outsz == 0)
        return (size_t)-1;
    out[0] = '\0';
    if (in == NULL)
        return 0;
    id_trim(in, len, &s, &e);
    while (s < e) {
        char c = in[s];
        size_t k = id_blank_at(in, e, s);

        if (k > 0 && c != '\r' && c != '\n') {
            s += k;
            continue;
        }
        s++;
        if (c == '.' || c == '-')
            continue;
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        if (n + 1 >= outsz) {
            out[0] = '\0';
            return (size_t)-1;
        }
        out[n++] = c;
    }
    out[n] = '\0';
    return n;
}

/* The 11-proof of a 9-digit BSN/RSIN: 1 if valid, 0 otherwise (also for non-digits). */
int id_elfproef(const char digits[9])
{
    static const int weights[ID_LHN_BASE] = {9, 8, 7, 6, 5, 4, 3, 2, -1};
    int sum = 0, nonzero = 0, i;

    if (digits == NULL)
        return 0;
    for (i = 0; i < ID_LHN_BASE; i++) {
        if (!id_isdigit(digits[i]))
            return 0;
        sum += weights[i] * (digits[i] - '0');
        nonzero |= digits[i] != '0';
    }
    return nonzero && sum % 11 == 0;
}

/* Nonzero if the first n bytes of s are all digits. */
static int id_all_digits(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (!id_isdigit(s[i]))
            return 0;
    return 1;
}

/* Normalise in into buf (ID_MAX+1 bytes); ID_OK, ID_EMPTY or ID_FORMAT (too long); *n gets the length. */
static id_result id_normalise_checked(const char *in, size_t len, char buf[ID_MAX + 1], size_t *n)
{
    size_t r = id_normalise(in, len, buf, ID_MAX + 1);

    if (r == (size_t)-1)
        return ID_FORMAT;
    *n = r;
    return r == 0 ? ID_EMPTY : ID_OK;
}

/* Validate a loonheffingennummer; out gets the 12-byte form, or "" on ID_EMPTY/ID_FORMAT. */
id_result id_lhn(const char *in, size_t len, char out[13])
{
    char buf[ID_MAX + 1];
    size_t n = 0;
    id_result r = id_normalise_checked(in, len, buf, &n);

    out[0] = '\0';
    if (r != ID_OK)
        return r;
    if (n != ID_LHN_LEN || !id_all_digits(buf, ID_LHN_BASE) || buf[ID_LHN_BASE] != 'L' ||
        !id_all_digits(buf + ID_LHN_BASE + 1, 2))
        return ID_FORMAT;
    memcpy(out, buf, ID_LHN_LEN + 1);
    if (!id_elfproef(buf))
        return ID_CHECKSUM;
    if (buf[ID_LHN_BASE + 1] == '0' && buf[ID_LHN_BASE + 2] == '0')
        return ID_SUBNUMBER;
    return ID_OK;
}

/* A normalised LHN as one number, base * 100 + subnumber: its 11 digits without the L. */
uint64_t id_lhn_key(const char lhn[13])
{
    uint64_t k = 0;
    size_t i;

    for (i = 0; i < ID_LHN_LEN; i++)
        if (i != ID_LHN_BASE)
            k = k * 10 + (uint64_t)(lhn[i] - '0');
    return k;
}

/* Validate a KvK number; out gets 8 digits (7 padded: ID_LEADING_ZERO), or "" on error. */
id_result id_kvk(const char *in, size_t len, char out[9])
{
    char buf[ID_MAX + 1];
    size_t n = 0;
    id_result r = id_normalise_checked(in, len, buf, &n);

    out[0] = '\0';
    if (r != ID_OK)
        return r;
    if (!id_all_digits(buf, n))
        return ID_FORMAT;
    if (n == ID_KVK_LEN) {
        memcpy(out, buf, ID_KVK_LEN + 1);
        return ID_OK;
    }
    if (n == ID_KVK_LEN - 1) {
        out[0] = '0';
        memcpy(out + 1, buf, ID_KVK_LEN);
        return ID_LEADING_ZERO;
    }
    return ID_FORMAT;
}

/* Validate a vestigingsnummer (12 digits); out gets it, or "" on error. */
id_result id_vestiging(const char *in, size_t len, char out[13])
{
    char buf[ID_MAX + 1];
    size_t n = 0;
    id_result r = id_normalise_checked(in, len, buf, &n);

    out[0] = '\0';
    if (r != ID_OK)
        return r;
    if (n != ID_VEST_LEN || !id_all_digits(buf, n))
        return ID_FORMAT;
    memcpy(out, buf, ID_VEST_LEN + 1);
    return ID_OK;
}

/* Nonzero if y is a Gregorian leap year. */
static int id_is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Number of days in month m (1..12) of year y. */
static int id_days_in_month(int y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    if (m == 2 && id_is_leap(y))
        return 29;
    return dim[m - 1];
}

/* Read a run of digits at s[*i] (at most ID_DATE_RUN_MAX+1 looked at); returns its length, *val its value. */
static size_t id_digit_run(const char *s, size_t n, size_t *i, int *val)
{
    size_t k = 0;
    int v = 0;

    while (*i < n && id_isdigit(s[*i]) && k <= ID_DATE_RUN_MAX) {
        v = v * 10 + (s[*i] - '0');
        (*i)++;
        k++;
    }
    *val = v;
    return k;
}

/* Parse a date (see ident.h); *days is set only on ID_OK. */
id_result id_date(const char *in, size_t len, int32_t *days)
{
    size_t s, e, i, la, lb, lc;
    int a, b, c, y, m, d;
    char sep;

    if (in == NULL)
        return ID_EMPTY;
    id_trim(in, len, &s, &e);
    if (s == e)
        return ID_EMPTY;
    i = s;
    la = id_digit_run(in, e, &i, &a);
    if (i >= e)
        return ID_FORMAT;
    sep = in[i++];
    if (sep != '-' && sep != '/' && sep != '.')
        return ID_FORMAT;
    lb = id_digit_run(in, e, &i, &b);
    if (i >= e || in[i++] != sep)
        return ID_FORMAT;
    lc = id_digit_run(in, e, &i, &c);
    if (i != e)
        return ID_FORMAT;
    if (la == 4 && sep == '-' && lb == 2 && lc == 2) {
        y = a;
        m = b;
        d = c;
    } else if (la >= 1 && la <= 2 && lb >= 1 && lb <= 2 && lc == 4) {
        d = a;
        m = b;
        y = c;
    } else {
        return ID_FORMAT;
    }
    if (y < ID_YEAR_MIN || y > ID_YEAR_MAX || m < 1 || m > 12 || d < 1 || d > id_days_in_month(y, m))
        return ID_FORMAT;
    if (days != NULL)
        *days = id_days_from_civil(y, m, d);
    return ID_OK;
}

/* Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
int32_t id_days_from_civil(int y, int m, int d)
{
    long yy = (long)y - (m <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long mp = m > 2 ? m - 3 : m + 9;
    long doy = (153 * mp + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

    return (int32_t)(era * 146097 + doe - 719468);
}

/* Inverse of id_days_from_civil (Howard Hinnant's civil_from_days). */
void id_civil_from_days(int32_t days, int *y, int *m, int *d)
{
    long z = (long)days + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long dd = doy - (153 * mp + 2) / 5 + 1;
    long mm = mp < 10 ? mp + 3 : mp - 9;

    *y = (int)(yoe + era * 400 + (mm <= 2));
    *m = (int)mm;
    *d = (int)dd;
}

/* Add n years to a date; 29 February becomes 28 February in a non-leap year. */
int32_t id_add_years(int32_t days, int n)
{
    int y, m, d, dim;

    id_civil_from_days(days, &y, &m, &d);
    y += n;
    dim = id_days_in_month(y, m);
    if (d > dim)
        d = dim;
    return id_days_from_civil(y, m, d);
}

/* Write v as exactly w decimal digits (zero-padded, v taken modulo 10^w, negative as 0) at out. */
static void id_put_digits(char *out, int v, int w)
{
    int i;

    if (v < 0)
        v = 0;
    for (i = w - 1; i >= 0; i--) {
        out[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

/* Format a date as "YYYY-MM-DD". */
void id_format_iso(int32_t days, char out[11])
{
    int y, m, d;

    id_civil_from_days(days, &y, &m, &d);
    id_put_digits(out, y, 4);
    out[4] = '-';
    id_put_digits(out + 5, m, 2);
    out[7] = '-';
    id_put_digits(out + 8, d, 2);
    out[10] = '\0';
}

/* Format a date as "DD-MM-YYYY". */
void id_format_dmy(int32_t days, char out[11])
{
    int y, m, d;

    id_civil_from_days(days, &y, &m, &d);
    id_put_digits(out, d, 2);
    out[2] = '-';
    id_put_digits(out + 3, m, 2);
    out[5] = '-';
    id_put_digits(out + 6, y, 4);
    out[10] = '\0';
}

/* Format a date as a text of a language shows it. */
void id_format_date(int32_t days, mg_lang lang, char out[11])
{
    if (lang == LANG_EN)
        id_format_iso(days, out);
    else
        id_format_dmy(days, out);
}

/* Strict whole number >= 0 (blanks trimmed, digits only, no overflow); 0 on success, -1 otherwise. */
int id_parse_count(const char *in, size_t len, long *out)
{
    size_t s, e;
    long v = 0;

    if (in == NULL)
        return -1;
    id_trim(in, len, &s, &e);
    if (s == e)
        return -1;
    for (; s < e; s++) {
        int dig;

        if (!id_isdigit(in[s]))
            return -1;
        dig = in[s] - '0';
        if (v > (LONG_MAX - dig) / 10)
            return -1;
        v = v * 10 + dig;
    }
    if (out != NULL)
        *out = v;
    return 0;
}
