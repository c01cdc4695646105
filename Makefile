# Makefile — builds build/migrate, runs the demo, the tests and the benchmark.
# `make demo` and `make test` install the Debian packages they need when missing.

PREFIX    ?= /usr/local
DESTDIR   ?=
BINDIR     = $(PREFIX)/bin
DATADIR    = $(PREFIX)/share/migrate
MANDIR     = $(PREFIX)/share/man/man1

CC        ?= cc
PKGS       = xlsxwriter inih zlib libcrypto libical cmocka
CPPFLAGS  += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN       = -Wall -Wextra -Werror -Wshadow -Wconversion -Wno-sign-conversion
STD        = -std=c11 -pthread
# Sanitizer flags (test-asan sets them); kept apart so that CFLAGS given on the command line never drops
# the language standard or the warnings.
SAN       ?=
CFLAGS    ?= -O2 -g
ALL_CFLAGS = $(CFLAGS) $(STD) $(WARN) $(SAN)
LDLIBS    += -pthread -lcsv -lhpdf $(shell pkg-config --libs xlsxwriter inih zlib libcrypto libical 2>/dev/null || echo -lxlsxwriter -linih -lz -lcrypto -lical)
CMOCKA     = $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

B          = build
SRC        = $(filter-out migrate/main.c,$(wildcard migrate/*.c))
HDR        = $(wildcard migrate/*.h)
OBJ        = $(SRC:migrate/%.c=$(B)/obj/%.o)
UNIT_SRC   = $(wildcard tests/unit/test_*.c)
UNIT_BIN   = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

# Debian packages needed to build and test (checked with dpkg, installed with apt-get).
DEB_BUILD  = gcc make pkg-config libcsv-dev libxlsxwriter-dev zlib1g-dev libssl-dev libinih-dev \
             libcmocka-dev libical-dev libhpdf-dev fonts-liberation2
DEB_TEST   = valgrind python3 unzip libxml2-utils libreoffice-calc-nogui clang-format python3-icalendar poppler-utils

.PHONY: all deps deps-test demo test test-msg test-unit test-cases test-shuffle test-status-delta test-letters test-interop test-ics test-fault test-interrupt test-progress test-lang test-reject-mem test-concurrent test-man test-install test-asan test-tsan test-valgrind check-format \
        format install uninstall clean bench screenshots

all: $(B)/migrate

# Install missing Debian packages (as root, or with sudo when it is there).
deps: $(B)/.deps
$(B)/.deps:
	@sh tests/deps.sh $(DEB_BUILD)
	@mkdir -p $(B) && touch $@

deps-test: $(B)/.deps-test
$(B)/.deps-test: $(B)/.deps
	@sh tests/deps.sh $(DEB_TEST)
	@touch $@

$(B)/obj/%.o: migrate/%.c $(HDR) | $(B)/.deps
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(B)/libmigrate.a: $(OBJ)
	$(AR) rcs $@ $^

$(B)/migrate: $(B)/obj/main.o $(B)/libmigrate.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(B)/tests/%: tests/unit/%.c $(B)/libmigrate.a tests/unit/testutil.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -Wno-conversion -Imigrate -o $@ $< $(B)/libmigrate.a $(CMOCKA) $(LDLIBS)

demo: $(B)/migrate
	$(B)/migrate run --force samples/demo -o samples/demo/uitvoer; \
	  rc=$$?; echo "migrate exited $$rc (1 = done, some records rejected: see samples/demo/uitvoer/afwijzingen.csv)"; \
	  test $$rc -le 1
	@echo; echo "== status run: the demo's requests of 18-11-2026, the supplier's export, on 15-01-2027 (samples/README.md)"
	SOURCE_DATE_EPOCH=1795000000 $(B)/migrate run -q --force samples/demo -o samples/status/vorige >/dev/null; \
	  test $$? -le 1
	SOURCE_DATE_EPOCH=1799971200 $(B)/migrate status -q --force samples/demo --vorige samples/status/vorige \
	  --registraties samples/status/registraties.csv -o samples/status/uitvoer; \
	  rc=$$?; echo "migrate status exited $$rc"; test $$rc -le 1

test-msg:
	sh tests/msg-ids.sh

test-unit: $(UNIT_BIN)
	@set -e; for t in $(UNIT_BIN); do echo "== $$t"; ./$$t; done

test-cases: $(B)/migrate
	@sh tests/run-cases.sh $(B)/migrate
	@CASES_DIR=tests/bad sh tests/run-cases.sh $(B)/migrate

# The unit and end-to-end suites again, built with AddressSanitizer and UBSan.
test-asan: $(B)/.deps
	$(MAKE) B=$(B)/asan CFLAGS="-O1 -g" SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	  LDFLAGS="-fsanitize=address,undefined" test-unit test-cases

# The threads (the read-ahead of the input files, the two writers, the review workbook's second sheet
# writer, the letters) under ThreadSanitizer.
test-tsan: $(B)/migrate $(B)/genportfolio $(B)/.deps
	$(MAKE) B=$(B)/tsan CFLAGS="-O1 -g" SAN="-fsanitize=thread -fno-omit-frame-pointer" LDFLAGS="-fsanitize=thread" \
	  $(B)/tsan/migrate $(B)/tsan/tests/test_csvread $(B)/tsan/tests/test_write $(B)/tsan/tests/test_pdf \
	  $(B)/tsan/tests/test_xlsx
	@sh tests/tsan.sh $(B)/tsan $(B)/migrate $(B)/genportfolio

test-shuffle: $(B)/migrate $(B)/.deps-test
	@python3 tests/shuffle_test.py $(B)/migrate samples/demo 1 2 3

# A status run's delta files against the set difference computed independently (tests/status_delta_test.py),
# on the demo with the sample export and on an end-to-end case's portfolio, with two warning windows.
test-status-delta: $(B)/migrate
	@python3 tests/status_delta_test.py $(B)/migrate samples/demo samples/status/registraties.csv 1795000000 1799971200
	@python3 tests/status_delta_test.py $(B)/migrate samples/demo samples/status/registraties.csv 1795000000 1799971200 30
	@python3 tests/status_delta_test.py $(B)/migrate tests/cases/status-statuses/portfolio \
	  tests/cases/status-statuses/registraties.csv 1795000000 1799971200

# The signing letters read back by poppler (pdftotext, pdfinfo, pdftoppm): the demo's, and the demo with a
# supplier without a portal (every client on the form route, the accented names among them), in both languages;
# with reikwijdte = dienstverlener every letter names all UWV services.
test-letters: $(B)/migrate $(B)/.deps-test
	@python3 tests/letters_test.py $(B)/migrate samples/demo --min 4 --edit-template
	@python3 tests/letters_test.py $(B)/migrate samples/demo --min 4 --dienstverlener
	@python3 tests/letters_test.py $(B)/migrate samples/demo --leverancier Reconi --min 25 --min-accented 5
	@python3 tests/letters_test.py $(B)/migrate samples/demo --leverancier Reconi --lang en --min 25 --min-accented 5

test-install: $(B)/migrate
	@sh tests/install-test.sh

# Workbooks opened by LibreOffice Calc and compared with their CSV twins (a skip is a failure here).
test-interop: $(B)/migrate $(B)/.deps-test
	@sh tests/interop/run.sh $(B)/migrate
	@sh tests/interop/run.sh $(B)/migrate samples/demo samples/status/registraties.csv

# verloopdata.ics (calendar.c): sample calendars read back by Python's icalendar (tests/interop/ics_check.py).
$(B)/ics_sample: tests/interop/ics_sample.c $(B)/libmigrate.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -Imigrate $(LDFLAGS) -o $@ $< $(B)/libmigrate.a $(LDLIBS)

test-ics: $(B)/ics_sample $(B)/migrate $(B)/.deps-test
	@sh tests/interop/ics.sh $(B)/ics_sample $(B)/ics
	@# a status run's own calendar: the demo's run, the sample export, 9 active registrations
	@d=$$(mktemp -d) && SOURCE_DATE_EPOCH=1795000000 $(B)/migrate run -q samples/demo -o $$d/v >/dev/null; \
	  SOURCE_DATE_EPOCH=1799971200 $(B)/migrate status -q samples/demo --vorige $$d/v \
	    --registraties samples/status/registraties.csv -o $$d/s >/dev/null; \
	  $${ICS_PYTHON:-/usr/bin/python3} tests/interop/ics_check.py $$d/s/verloopdata.ics 9; rc=$$?; rm -rf $$d; \
	  test $$rc = 0 && echo "ics: the demo status run's verloopdata.ics read by Python's icalendar: 9 to-dos"

# LD_PRELOAD shim that makes the Nth write, fsync, rename or close fail (tests only).
$(B)/faultshim.so: tests/fault/faultshim.c
	@mkdir -p $(dir $@)
	$(CC) -shared -fPIC -O2 -Wall -Wextra -Werror -o $@ $< -ldl

# Every N: the Nth write/fsync/rename/close fails; exit 74/73, no temporary folder, previous output intact.
test-fault: $(B)/migrate $(B)/faultshim.so
	@sh tests/fault/run.sh $(B)/migrate $(B)/faultshim.so

# SIGINT and SIGTERM at several points of a large run: no temporary folder, previous output intact.
test-interrupt: $(B)/migrate $(B)/genportfolio
	@sh tests/fault/interrupt.sh $(B)/migrate $(B)/genportfolio 2>/dev/null

# Several runs into one output folder at once: exactly one wins, the others exit 73, the folder is whole.
test-concurrent: $(B)/migrate $(B)/genportfolio $(B)/faultshim.so
	@sh tests/fault/concurrent.sh $(B)/migrate $(B)/genportfolio $(B)/faultshim.so

# The progress line on a pseudo-terminal (script from util-linux): language, separators, percentage, writing.
# An English run shows no Dutch word outside codes and data.
test-lang: $(B)/migrate
	@sh tests/lang-words.sh $(B)/migrate samples/demo samples/status/registraties.csv

test-progress: $(B)/migrate $(B)/genportfolio
	@sh tests/progress.sh $(B)/migrate $(B)/genportfolio

test-man: $(B)/migrate
	@sh tests/man-options.sh $(B)/migrate
	@sh tests/readme-deps.sh

test-valgrind: $(B)/migrate $(B)/.deps-test
	@sh tests/valgrind-demo.sh $(B)/migrate

test: $(B)/.deps-test check-format test-msg test-unit test-cases test-shuffle test-status-delta test-letters test-interop test-ics test-fault test-interrupt test-progress test-lang test-reject-mem test-concurrent test-man test-install test-asan test-tsan test-valgrind fuzz-smoke test-windows
	@echo "all test suites passed"

check-format:
	clang-format --dry-run --Werror migrate/*.c migrate/*.h tests/unit/*.c tests/unit/*.h tests/windows/*.c tests/fault/*.c

format:
	clang-format -i migrate/*.c migrate/*.h tests/unit/*.c tests/unit/*.h tests/windows/*.c tests/fault/*.c

install: $(B)/migrate
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/formats/uitvoer $(DESTDIR)$(MANDIR) \
	    $(DESTDIR)$(DATADIR)/formats/teksten/nl $(DESTDIR)$(DATADIR)/formats/teksten/en \
	    $(DESTDIR)$(DATADIR)/formats/registraties \
	    $(DESTDIR)$(DATADIR)/formats/brieven/nl $(DESTDIR)$(DATADIR)/formats/brieven/en
	install -m 0755 $(B)/migrate $(DESTDIR)$(BINDIR)/migrate
	install -m 0644 formats/*.ini formats/README.md $(DESTDIR)$(DATADIR)/formats/
	install -m 0644 formats/uitvoer/*.ini $(DESTDIR)$(DATADIR)/formats/uitvoer/
	install -m 0644 formats/registraties/*.ini $(DESTDIR)$(DATADIR)/formats/registraties/
	install -m 0644 formats/teksten/nl/*.txt $(DESTDIR)$(DATADIR)/formats/teksten/nl/
	install -m 0644 formats/teksten/en/*.txt $(DESTDIR)$(DATADIR)/formats/teksten/en/
	install -m 0644 formats/brieven/opmaak.ini $(DESTDIR)$(DATADIR)/formats/brieven/
	install -m 0644 formats/brieven/nl/*.txt $(DESTDIR)$(DATADIR)/formats/brieven/nl/
	install -m 0644 formats/brieven/en/*.txt $(DESTDIR)$(DATADIR)/formats/brieven/en/
	if [ -f migrate.1 ]; then install -m 0644 migrate.1 $(DESTDIR)$(MANDIR)/migrate.1; fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/migrate $(DESTDIR)$(MANDIR)/migrate.1
	rm -rf $(DESTDIR)$(DATADIR)

# PNG pages of every demo workbook as LibreOffice renders them (build/screenshots/).
screenshots: $(B)/migrate
	@sh tests/deps.sh libreoffice-calc-nogui poppler-utils
	@sh tests/screenshots.sh $(B)/migrate $(B)/screenshots

clean:
	rm -rf $(B) samples/demo/uitvoer samples/demo/controle

include tests/bench/bench.mk
include tests/fuzz/fuzz.mk
include tests/windows/windows.mk
