# tests/windows/windows.mk — migrate for 64-bit Windows, cross-compiled with mingw-w64 (included from the
# Makefile, after B, CPPFLAGS, STD, WARN and HDR are set).
#
#   make windows        build/windows/migrate.exe (static, stripped) and build/windows/migrate-windows.zip
#   make test-windows   the demo under wine (the zip's migrate.exe), its output folder compared byte for byte
#                       with the Linux build's (same SOURCE_DATE_EPOCH: WIN_SDE)
#
# Neither is part of `make test`. The Debian packages come from tests/deps.sh; the static libraries from
# tests/windows/cross-deps.sh, built from Debian's source packages into WIN_DEPS/sysroot (WIN_DEPS=DIR uses
# one built before; cross-deps.sh does nothing when it is complete).

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

.PHONY: windows test-windows windows-deps

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

test-windows: windows $(B)/migrate
	@sh tests/windows/test-windows.sh $(B)/migrate $(WIN_B)/migrate-windows.zip $(WIN_B)/test $(WIN_SDE)
