/* smoke.c — one call into each cross-built library (and BCrypt SHA-256): the static sysroot links and runs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>
#include <hpdf.h>
#include <libical/ical.h>
#include <png.h>
#include <xlsxwriter.h>
#include <zlib.h>
#ifdef HAVE_INIH
#include <ini.h>
#endif

#include <windows.h>
#include <bcrypt.h>

static int failures;

#define CHECK(cond, what)                                                                                    \
    do {                                                                                                     \
        int ok_ = (cond) ? 1 : 0;                                                                            \
        printf("%s %s\n", ok_ ? "ok  " : "FAIL", what);                                                      \
        if (!ok_)                                                                                            \
            failures++;                                                                                      \
    } while (0)

static size_t csv_fields, csv_rows;
static void on_field(void *s, size_t len, void *data)
{
    (void)s;
    (void)len;
    (void)data;
    csv_fields++;
}
static void on_row(int c, void *data)
{
    (void)c;
    (void)data;
    csv_rows++;
}

static void test_zlib(void)
{
    const char *s = "123456789";
    uLong crc = crc32(crc32(0L, Z_NULL, 0), (const Bytef *)s, (uInt)strlen(s));
    CHECK(crc == 0xCBF43926UL && compressBound(1000) >= 1000, "zlib crc32/compressBound");
}

static void test_csv(void)
{
    struct csv_parser p;
    const char *in = "a,\"b,c\"\r\n1,2\r\n";
    int rc = csv_init(&p, CSV_STRICT | CSV_STRICT_FINI);
    size_t n = rc == 0 ? csv_parse(&p, in, strlen(in), on_field, on_row, NULL) : 0;
    if (rc == 0) {
        csv_fini(&p, on_field, on_row, NULL);
        csv_free(&p);
    }
    CHECK(rc == 0 && n == strlen(in) && csv_fields == 4 && csv_rows == 2, "libcsv csv_init/csv_parse");
}

static void test_xlsx(void)
{
    lxw_workbook *wb = workbook_new("smoke.xlsx");
    lxw_worksheet *ws = wb ? workbook_add_worksheet(wb, "Smoke") : NULL;
    lxw_error e1 =
        ws ? worksheet_write_string(ws, 0, 0, "h\xC3\xA9llo", NULL) : LXW_ERROR_MEMORY_MALLOC_FAILED;
    lxw_error e2 = ws ? worksheet_write_number(ws, 1, 0, 0.1, NULL) : LXW_ERROR_MEMORY_MALLOC_FAILED;
    lxw_error e3 = wb ? workbook_close(wb) : LXW_ERROR_MEMORY_MALLOC_FAILED;
    CHECK(e1 == LXW_NO_ERROR && e2 == LXW_NO_ERROR && e3 == LXW_NO_ERROR,
          "libxlsxwriter workbook_new/worksheet_write_string/workbook_close -> smoke.xlsx");
}

/* A 4x4 RGB PNG written with libpng's simplified API, for libharu to read back. */
static int write_png(const char *path)
{
    png_image img;
    unsigned char px[4 * 4 * 3];
    for (size_t i = 0; i < sizeof px; i++)
        px[i] = (unsigned char)(i * 16);
    memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    img.width = 4;
    img.height = 4;
    img.format = PNG_FORMAT_RGB;
    return png_image_write_to_file(&img, path, 0, px, 0, NULL);
}

static void test_pdf(void)
{
    int png = write_png("smoke.png");
    HPDF_Doc pdf = HPDF_New(NULL, NULL);
    HPDF_Page page = pdf ? HPDF_AddPage(pdf) : NULL;
    HPDF_STATUS st = HPDF_OK;
    if (page) {
        HPDF_Font font = HPDF_GetFont(pdf, "Helvetica", NULL);
        HPDF_Image img = HPDF_LoadPngImageFromFile(pdf, "smoke.png");
        HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
        HPDF_Page_BeginText(page);
        HPDF_Page_SetFontAndSize(page, font, 12);
        HPDF_Page_TextOut(page, 50, 750, "migrate smoke test");
        HPDF_Page_EndText(page);
        if (img)
            HPDF_Page_DrawImage(page, img, 50, 650, 40, 40);
        st = HPDF_SaveToFile(pdf, "smoke.pdf");
        CHECK(png && img != NULL, "libpng png_image_write_to_file, libharu HPDF_LoadPngImageFromFile");
    }
    CHECK(pdf && page && st == HPDF_OK && HPDF_GetError(pdf) == HPDF_OK,
          "libharu HPDF_New/HPDF_AddPage/HPDF_SaveToFile -> smoke.pdf");
    if (pdf)
        HPDF_Free(pdf);
}

static void test_ical(void)
{
    icalcomponent *cal = icalcomponent_new_vcalendar();
    icalcomponent *todo = icalcomponent_new_vtodo();
    struct icaltimetype t = icaltime_from_timet_with_zone(1700000000, 0, icaltimezone_get_utc_timezone());
    char *s;
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_prodid("-//migrate//smoke//EN"));
    icalcomponent_add_property(todo, icalproperty_new_summary("smoke, test; \xC3\xA9"));
    icalcomponent_add_property(todo, icalproperty_new_dtstamp(t));
    icalcomponent_add_component(cal, todo);
    s = icalcomponent_as_ical_string_r(cal);
    CHECK(s && strstr(s, "BEGIN:VTODO\r\n") && strstr(s, "DTSTAMP:20231114T221320Z\r\n") &&
              strstr(s, "SUMMARY:smoke\\, test\\; \xC3\xA9\r\n"),
          "libical icalcomponent_new/icalcomponent_as_ical_string_r");
    icalmemory_free_buffer(s);
    icalcomponent_free(cal);
}

#ifdef HAVE_INIH
static int ini_keys;
static int on_ini(void *user, const char *section, const char *name, const char *value)
{
    (void)user;
    ini_keys += strcmp(section, "s") == 0 && strcmp(name, "k") == 0 && strcmp(value, "v") == 0;
    return 1;
}
static void test_inih(void)
{
    CHECK(ini_parse_string("[s]\nk = v\n", on_ini, NULL) == 0 && ini_keys == 1, "inih ini_parse_string");
}
#endif

static void test_bcrypt(void)
{
    static const unsigned char want[32] = {0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40,
                                           0xde, 0x5d, 0xae, 0x22, 0x23, 0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17,
                                           0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad};
    unsigned char got[32] = {0};
    BCRYPT_ALG_HANDLE alg = NULL;
    BCRYPT_HASH_HANDLE h = NULL;
    NTSTATUS st = BCryptOpenAlgorithmProvider(&alg, BCRYPT_SHA256_ALGORITHM, NULL, 0);
    if (st >= 0)
        st = BCryptCreateHash(alg, &h, NULL, 0, NULL, 0, 0);
    if (st >= 0)
        st = BCryptHashData(h, (PUCHAR) "abc", 3, 0);
    if (st >= 0)
        st = BCryptFinishHash(h, got, sizeof got, 0);
    if (h)
        BCryptDestroyHash(h);
    if (alg)
        BCryptCloseAlgorithmProvider(alg, 0);
    CHECK(st >= 0 && memcmp(got, want, sizeof want) == 0, "bcrypt SHA-256(\"abc\")");
}

int main(void)
{
    printf("zlib %s, libpng %s, libxlsxwriter %s, libharu %s, libical %s\n", zlibVersion(),
           png_get_libpng_ver(NULL), lxw_version(), HPDF_GetVersion(), ICAL_VERSION);
    test_zlib();
    test_csv();
    test_xlsx();
    test_pdf();
    test_ical();
#ifdef HAVE_INIH
    test_inih();
#endif
    test_bcrypt();
    printf("%d failed\n", failures);
    return failures ? 1 : 0;
}
