# tests/windows/windows.mk — migrate for 64-bit Windows, cross-compiled with mingw-w64 (included from the
# Makefile, after B, CPPFLAGS, STD, WARN and HDR are set).
#
#   make windows        build/windows/migrate.exe (static, stripped) and build/windows/migrate-windows.zip
#   make test-windows   under wine (part of `make test`): the demo and its status run with the zip's
#                       migrate.exe, output folders compared byte for byte with the Linux build's (same
#                       SOURCE_DATE_EPOCH: WIN_SDE); -o with a drive letter and backslashes, --force onto an
#                       earlier output, an output file held open as Excel holds it, Ctrl-C while a large run
#                       writes (tests/windows/test-windows.sh);
#                       then every end-to-end case (tests/cases) and the bad-input catalogue (tests/bad) through
#                       tests/run-cases.sh with tests/windows/migrate-wine, the file modes checked as ACLs
#                       (aclcheck.exe), the cases marked `unix-only` reported as not run; each of the three
#                       with one persistent wineserver (tests/windows/wine-session.sh)
#
# The Debian packages come from tests/deps.sh; the static libraries from tests/windows/cross-deps.sh, built
# from Debian's source packages into WIN_DEPS/sysroot (WIN_DEPS=DIR uses one built before; cross-deps.sh does
# nothing when it is complete).

WIN_HOST     = x86_64-w64-mingw32
WIN_CC       = $(WIN_HOST)-gcc-posix
WIN_WINDRES  = $(WIN_HOST)-windres
WIN_B        = $(B)/windows
WIN_DEPS    ?= $(WIN_B)/deps
WIN_SYSROOT  = $(WIN_DEPS)/sysroot
WIN_SDE     ?= 1764979200
WIN_FONT     = /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf
# pkg-config with the sysroot's .pc files and mingw-w64's zlib.pc only (never the build machine's)
WIN_PC       = PKG_CONFIG_LIBDIR=$(WIN_SYSROOT)/lib/pkgconfig:/usr/$(WIN_HOST)/lib/pkgconfig PKG_CONFIG_PATH=
WIN_MODS     = xlsxwriter libhpdf libical libcsv zlib inih
# mingw-w64's C99 printf (%zu, %lld), whose format checks are gnu_printf's (platform.h: PF_PRINTF)
WIN_CPPFLAGS = $(CPPFLAGS) -D__USE_MINGW_ANSI_STDIO=1 -DPF_PRINTF_FORMAT=gnu_printf
WIN_CFLAGS   = -O2 $(STD) $(WARN)
WIN_OBJ      = $(patsubst migrate/%.c,$(WIN_B)/obj/%.o,$(wildcard migrate/*.c))
WIN_DEB      = $(shell sed 's/\#.*//' tests/windows/cross-deps.txt tests/windows/smoke-deps.txt) zip groff-base \
               fonts-liberation2
WIN_ZIP_IN   = $(shell find formats -type f) migrate.1 README.md LICENSE tests/windows/package.sh

.PHONY: windows test-windows test-windows-demo test-windows-cases test-windows-bad windows-deps

windows: $(WIN_B)/migrate.exe $(WIN_B)/migrate-windows.zip

# The Debian packages, then the libraries (each call of cross-deps.sh checks its stamps: quick once built).
$(WIN_B)/.deps:
	@sh tests/deps.sh $(WIN_DEB)
	@mkdir -p $(WIN_B) && touch $@

windows-deps: $(WIN_B)/.deps
	@bash tests/windows/cross-deps.sh $(WIN_DEPS)

$(WIN_B)/obj/%.o: migrate/%.c $(HDR) | windows-deps
	@mkdir -p $(dir $@)
	$(WIN_CC) $(WIN_CPPFLAGS) $(WIN_CFLAGS) $$($(WIN_PC) pkg-config --cflags $(WIN_MODS)) -c -o $@ $<

$(WIN_B)/migrate.res.o: tests/windows/migrate.rc tests/windows/migrate.manifest | windows-deps
	$(WIN_WINDRES) -I tests/windows -O coff -o $@ tests/windows/migrate.rc

$(WIN_B)/migrate.exe: $(WIN_OBJ) $(WIN_B)/migrate.res.o
	$(WIN_CC) -static -s -O2 $(STD) -o $@ $^ $$($(WIN_PC) pkg-config --static --libs $(WIN_MODS)) -lbcrypt

$(WIN_B)/migrate-windows.zip: $(WIN_B)/migrate.exe $(WIN_ZIP_IN)
	@sh tests/windows/package.sh $(WIN_B)/migrate.exe $(WIN_SYSROOT) $(WIN_FONT) $@

# The test programs: an ACL check (for the case runner) and a program that holds a file open as Excel does.
$(WIN_B)/%.exe: tests/windows/%.c | windows-deps
	$(WIN_CC) -O2 $(STD) $(WARN) -s -o $@ $< -ladvapi32

# Each suite runs with one persistent wineserver (tests/windows/wine-session.sh).
WIN_SESSION   = env WINEPREFIX=$(CURDIR)/$(WIN_B)/wine sh tests/windows/wine-session.sh
WIN_RUN_CASES = CASE_PLATFORM=windows MIGRATE_EXE=$(CURDIR)/$(WIN_B)/migrate.exe \
                WINEPREFIX=$(CURDIR)/$(WIN_B)/wine \
                CASE_ACLCHECK="env WINEPREFIX=$(CURDIR)/$(WIN_B)/wine WINEDEBUG=-all wine $(CURDIR)/$(WIN_B)/aclcheck.exe"

test-windows: test-windows-demo test-windows-cases test-windows-bad

# The wine prefix all of them share, made once.
$(WIN_B)/wine/.made: | windows-deps
	@echo "wine: making the prefix $(WIN_B)/wine"
	@export WINEPREFIX=$(CURDIR)/$(WIN_B)/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="; \
	    wine wineboot --init </dev/null >$(WIN_B)/wineboot.log 2>&1 && wineserver -w && touch $@ || \
	    { cat $(WIN_B)/wineboot.log; exit 1; }

test-windows-demo: windows $(B)/migrate $(B)/genportfolio $(WIN_B)/holdopen.exe $(WIN_B)/wine/.made
	@$(WIN_SESSION) sh tests/windows/test-windows.sh $(B)/migrate $(WIN_B)/migrate-windows.zip $(WIN_B)/test \
	    $(WIN_SDE) $(WIN_B)/holdopen.exe $(B)/genportfolio

test-windows-cases: $(WIN_B)/migrate.exe $(WIN_B)/aclcheck.exe $(WIN_B)/wine/.made
	@$(WIN_RUN_CASES) $(WIN_SESSION) sh tests/run-cases.sh tests/windows/migrate-wine

test-windows-bad: $(WIN_B)/migrate.exe $(WIN_B)/aclcheck.exe $(WIN_B)/wine/.made
	@$(WIN_RUN_CASES) CASES_DIR=tests/bad $(WIN_SESSION) sh tests/run-cases.sh tests/windows/migrate-wine
