/* floor.c — the I/O floor of the benchmark: parse the inputs with libcsv, write as many xlsx cells and CSV bytes as migrate. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <csv.h>
#include <xlsxwriter.h>
#include <zlib.h>

/*
 * usage: bench-floor [--cells N[:K]]... [--csv-bytes M]... [--cols C] [--no-fsync] PORTFOLIO FLOOR_OUT
 *
 * 1. Reads the three input files named in PORTFOLIO/portfolio.ini ([bestanden], default
 *    gebruikers.csv, werkgevers.csv, machtigingen.csv; .gz read through zlib, plain files too)
 *    in 64 KiB chunks through csv_parse, counting fields and records; nothing else.
 * 2. For each --cells N[:K]: writes FLOOR_OUT/floor-I.xlsx in constant-memory mode with N
 *    cells in rows of C columns (default 8) under a bold header row, K of them numbers and the
 *    rest strings of identifier/name length, continuing on a new sheet after 1,048,576 rows.
 * 3. For each --csv-bytes M: writes FLOOR_OUT/floor-I.csv of exactly M bytes of `;`-separated
 *    CRLF rows through stdio.
 * Files are written one after another, each fsync'ed like migrate does (--no-fsync to skip).
 * Prints the counts and the time of each phase on stdout.
 */

#define CHUNK (64 * 1024)
#define MAX_JOBS 32
#define XLSX_MAX_ROWS 1048576u
#define PATH_MAX_LEN 4096

/* Field and record counts of one parse. */
typedef struct counts {
    uint64_t fields, records, bytes;
} counts;

/* libcsv field callback: count the field. */
static void on_field(void *data, size_t len, void *ctx)
{
    (void)data;
    (void)len;
    ((counts *)ctx)->fields++;
}

/* libcsv record callback: count the record. */
static void on_record(int c, void *ctx)
{
    (void)c;
    ((counts *)ctx)->records++;
}

/* Seconds since an arbitrary start, monotonic. */
static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The delimiter of a header line: the most frequent of ; , TAB |. */
static unsigned char guess_delim(const char *buf, size_t n)
{
    static const char cand[] = ";,\t|";
    size_t best = 0, i, k, cnt[4] = {0, 0, 0, 0};

    for (i = 0; i < n && buf[i] != '\n'; i++)
        for (k = 0; k < 4; k++)
            cnt[k] += buf[i] == cand[k];
    for (k = 1; k < 4; k++)
        if (cnt[k] > cnt[best])
            best = k;
    return (unsigned char)cand[best];
}

/* Parse one CSV file (plain or gzip) with libcsv over 64 KiB chunks. */
static int parse_file(const char *path, counts *c)
{
    struct csv_parser p;
    gzFile f = gzopen(path, "rb");
    char *buf = malloc(CHUNK);
    int n, first = 1, rc = 0;

    if (!f || !buf || csv_init(&p, CSV_STRICT_FINI) != 0) {
        fprintf(stderr, "bench-floor: %s: cannot open: %s\n", path, strerror(errno));
        free(buf);
        if (f)
            gzclose(f);
        return -1;
    }
    gzbuffer(f, CHUNK);
    while ((n = gzread(f, buf, CHUNK)) > 0) {
        if (first) {
            csv_set_delim(&p, guess_delim(buf, (size_t)n));
            first = 0;
        }
        c->bytes += (uint64_t)n;
        if (csv_parse(&p, buf, (size_t)n, on_field, on_record, c) != (size_t)n) {
            fprintf(stderr, "bench-floor: %s: %s\n", path, csv_strerror(csv_error(&p)));
            rc = -1;
            break;
        }
    }
    if (n < 0)
        rc = -1;
    csv_fini(&p, on_field, on_record, c);
    csv_free(&p);
    gzclose(f);
    free(buf);
    return rc;
}

/* Trim spaces and tabs at both ends, in place. */
static char *trim(char *s)
{
    char *e;

    while (*s == ' ' || *s == '\t')
        s++;
    e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
        *--e = '\0';
    return s;
}

/* The three input file names from portfolio.ini's [bestanden] (defaults when absent). */
static void input_names(const char *dir, char names[3][PATH_MAX_LEN])
{
    static const char *const keys[3] = {"gebruikers", "werkgevers", "machtigingen"};
    char path[PATH_MAX_LEN], line[1024];
    FILE *f;
    int k, in_files = 0;

    for (k = 0; k < 3; k++)
        snprintf(names[k], PATH_MAX_LEN, "%s/%s.csv", dir, keys[k]);
    snprintf(path, sizeof path, "%s/portfolio.ini", dir);
    f = fopen(path, "r");
    if (!f)
        return;
    while (fgets(line, sizeof line, f)) {
        char *s = trim(line), *eq, *semi;

        if (*s == '[') {
            in_files = strncmp(s, "[bestanden]", 11) == 0;
            continue;
        }
        if (!in_files || !(eq = strchr(s, '=')))
            continue;
        *eq = '\0';
        if ((semi = strchr(eq + 1, ';')) != NULL)
            *semi = '\0';
        for (k = 0; k < 3; k++)
            if (!strcmp(trim(s), keys[k]))
                snprintf(names[k], PATH_MAX_LEN, "%s/%s", dir, trim(eq + 1));
    }
    fclose(f);
}

/* fsync a file by path (migrate fsyncs each output file). */
static int sync_path(const char *path)
{
    int fd = open(path, O_RDONLY), rc;

    if (fd < 0)
        return -1;
    rc = fsync(fd);
    close(fd);
    return rc;
}

/* Sample text values of the lengths migrate writes (identifiers, names, codes, sentences). */
static const char *const samples[] = {
    "012345678L01", "Bakkerij De Gouden Korst B.V.", "02323321", "verzuim", "Café-Restaurant De Drie Gezusters",
    "waarschuwing", "machtigingen.csv", "beheermodule", "m.bakker@jansensalaris.nl", "ja",
    "loonheffingennummer 828985984L01 is inactief; geen aanvraag", "Grillroom Öztürk",
};
#define N_SAMPLES (sizeof samples / sizeof *samples)

/* Write one workbook of ncells cells (nnum numbers) in constant-memory mode. */
static int write_xlsx(const char *path, uint64_t ncells, uint64_t nnum, unsigned cols)
{
    lxw_workbook_options opt = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    lxw_workbook *wb = workbook_new_opt(path, &opt);
    lxw_worksheet *ws = NULL;
    lxw_format *bold;
    uint64_t c, acc = 0;
    lxw_row_t row = 0;
    unsigned sheet = 0, col = 0;
    lxw_error e;
    char name[32];

    if (!wb) {
        fprintf(stderr, "bench-floor: %s: cannot create workbook\n", path);
        return -1;
    }
    bold = workbook_add_format(wb);
    format_set_bold(bold);
    for (c = 0; c < ncells; c++) {
        if (!ws || (col == 0 && row >= XLSX_MAX_ROWS)) {
            unsigned h;
            snprintf(name, sizeof name, sheet ? "Blad (%u)" : "Blad", sheet + 1);
            ws = workbook_add_worksheet(wb, name);
            if (!ws)
                return -1;
            sheet++;
            for (h = 0; h < cols; h++)
                worksheet_write_string(ws, 0, (lxw_col_t)h, "kolom", bold);
            worksheet_freeze_panes(ws, 1, 0);
            worksheet_autofilter(ws, 0, 0, XLSX_MAX_ROWS - 1, (lxw_col_t)(cols - 1));
            row = 1;
            col = 0;
        }
        acc += nnum;
        if (acc >= ncells) { /* spread the numbers evenly among the strings */
            acc -= ncells;
            worksheet_write_number(ws, row, (lxw_col_t)col, (double)(c % 1000), NULL);
        } else {
            worksheet_write_string(ws, row, (lxw_col_t)col, samples[(c * 7 + row) % N_SAMPLES], NULL);
        }
        if (++col == cols) {
            col = 0;
            row++;
        }
    }
    e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        fprintf(stderr, "bench-floor: %s: %s\n", path, lxw_strerror(e));
        return -1;
    }
    return 0;
}

/* Write a CSV file of exactly nbytes bytes: `;`-separated CRLF rows of sample values. */
static int write_csv(const char *path, uint64_t nbytes)
{
    FILE *f = fopen(path, "wb");
    char line[512];
    uint64_t left = nbytes, r = 0;
    int rc = 0;

    if (!f) {
        fprintf(stderr, "bench-floor: %s: %s\n", path, strerror(errno));
        return -1;
    }
    while (left > 0) {
        int n = snprintf(line, sizeof line, "%s;%s;%s;%s;%llu\r\n", samples[r % N_SAMPLES],
                         samples[(r + 3) % N_SAMPLES], samples[(r + 5) % N_SAMPLES], samples[(r + 8) % N_SAMPLES],
                         (unsigned long long)r);
        size_t m = (size_t)n < left ? (size_t)n : (size_t)left;

        if (fwrite(line, 1, m, f) != m) {
            rc = -1;
            break;
        }
        left -= m;
        r++;
    }
    if (fclose(f) != 0)
        rc = -1;
    return rc;
}

/* Parse N[:K] of a --cells option. */
static int parse_cells(const char *s, uint64_t *n, uint64_t *k)
{
    char *end;

    errno = 0;
    *n = strtoull(s, &end, 10);
    *k = 0;
    if (*end == ':')
        *k = strtoull(end + 1, &end, 10);
    return (errno || *end || *k > *n) ? -1 : 0;
}

/* Run the three phases and print counts and times. */
int main(int argc, char **argv)
{
    uint64_t cells[MAX_JOBS][2], csvb[MAX_JOBS];
    size_t ncells = 0, ncsv = 0, i;
    unsigned cols = 8;
    int dosync = 1, a;
    const char *in = NULL, *out = NULL;
    char names[3][PATH_MAX_LEN], path[PATH_MAX_LEN];
    counts tot = {0, 0, 0};
    double t0, t1, t2, t3;
    uint64_t allcells = 0, allbytes = 0;

    for (a = 1; a < argc; a++) {
        const char *v = a + 1 < argc ? argv[a + 1] : NULL;
        if (!strcmp(argv[a], "--cells") && v && ncells < MAX_JOBS) {
            if (parse_cells(v, &cells[ncells][0], &cells[ncells][1]))
                goto usage;
            ncells++, a++;
        } else if (!strcmp(argv[a], "--csv-bytes") && v && ncsv < MAX_JOBS) {
            csvb[ncsv++] = strtoull(v, NULL, 10);
            a++;
        } else if (!strcmp(argv[a], "--cols") && v) {
            cols = (unsigned)strtoul(v, NULL, 10);
            if (cols == 0 || cols > 1000)
                goto usage;
            a++;
        } else if (!strcmp(argv[a], "--no-fsync")) {
            dosync = 0;
        } else if (argv[a][0] == '-') {
            goto usage;
        } else if (!in) {
            in = argv[a];
        } else if (!out) {
            out = argv[a];
        } else {
            goto usage;
        }
    }
    if (!in || !out)
        goto usage;
    if (mkdir(out, 0700) && errno != EEXIST) {
        fprintf(stderr, "bench-floor: %s: %s\n", out, strerror(errno));
        return 1;
    }
    input_names(in, names);
    t0 = now();
    for (i = 0; i < 3; i++)
        if (parse_file(names[i], &tot))
            return 1;
    t1 = now();
    for (i = 0; i < ncells; i++) {
        snprintf(path, sizeof path, "%s/floor-%zu.xlsx", out, i + 1);
        if (write_xlsx(path, cells[i][0], cells[i][1], cols) || (dosync && sync_path(path)))
            return 1;
        allcells += cells[i][0];
    }
    t2 = now();
    for (i = 0; i < ncsv; i++) {
        snprintf(path, sizeof path, "%s/floor-%zu.csv", out, i + 1);
        if (write_csv(path, csvb[i]) || (dosync && sync_path(path)))
            return 1;
        allbytes += csvb[i];
    }
    t3 = now();
    printf("read %llu bytes %llu records %llu fields %.3f s\n", (unsigned long long)tot.bytes,
           (unsigned long long)tot.records, (unsigned long long)tot.fields, t1 - t0);
    printf("xlsx %llu cells in %zu files %.3f s\n", (unsigned long long)allcells, ncells, t2 - t1);
    printf("csv %llu bytes in %zu files %.3f s\n", (unsigned long long)allbytes, ncsv, t3 - t2);
    printf("total %.3f s\n", t3 - t0);
    return 0;
usage:
    fprintf(stderr, "usage: bench-floor [--cells N[:K]]... [--csv-bytes M]... [--cols C] [--no-fsync] "
                    "PORTFOLIO FLOOR_OUT\n");
    return 2;
}
