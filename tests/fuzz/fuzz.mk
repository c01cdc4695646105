# tests/fuzz/fuzz.mk — libFuzzer targets for migrate (included from the Makefile, after B is set).
#
#   make fuzz-build                 build build/fuzz/fuzz_{csvread,ini,catalog,text} with clang
#   make fuzz [FUZZ_SECONDS=60]     run each target FUZZ_SECONDS seconds (with -j: in parallel); fails on a crash
#   make fuzz-smoke                 every regression input once, then each target 10 seconds (make test)
#
# Targets and migrate's own sources (migrate/*.c except main.c) are built with
# -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all into $(B)/fuzz/.
# The repo corpus (tests/fuzz/corpus/T) is copied to $(B)/fuzz/corpus-T, which
# libFuzzer grows; crashes go to $(B)/fuzz/artifacts/T/. See tests/fuzz/README.md.

B                  ?= build
FUZZ_CC            ?= clang
FUZZ_SECONDS       ?= 60
FUZZ_SMOKE_SECONDS ?= 10
FUZZ_TIMEOUT       ?= 25
FUZZ_MAX_LEN       ?= 65536
FUZZ_FLAGS         ?=
FUZZ_SAN            = -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS         = -std=c11 -g -O1 -fno-omit-frame-pointer $(FUZZ_SAN)
FUZZ_D              = $(B)/fuzz
FUZZ_T              = csvread ini catalog text
FUZZ_BIN            = $(FUZZ_T:%=$(FUZZ_D)/fuzz_%)
FUZZ_MSRC           = $(filter-out migrate/main.c,$(wildcard migrate/*.c))
FUZZ_MOBJ           = $(FUZZ_MSRC:migrate/%.c=$(FUZZ_D)/obj/%.o)
FUZZ_DICT_csvread   = tests/fuzz/csv.dict
FUZZ_DICT_ini       = tests/fuzz/ini.dict
FUZZ_DICT_catalog   = tests/fuzz/catalog.dict
FUZZ_DICT_text      = tests/fuzz/text.dict
# libFuzzer options shared by every run
FUZZ_OPTS           = -max_len=$(FUZZ_MAX_LEN) -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=2048 -print_final_stats=1
FUZZ_ENV            = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
                      MIGRATE_FUZZ_FORMATS=$(CURDIR)/formats TMPDIR=$(CURDIR)/$(FUZZ_D)/tmp
# (the targets' temporary folders go to $(FUZZ_D)/tmp: a crashing process cannot remove its own)

.PHONY: fuzz-build fuzz fuzz-smoke fuzz-clean $(FUZZ_T:%=fuzz-run-%) $(FUZZ_T:%=fuzz-smoke-%)

fuzz-build: $(FUZZ_BIN)

# clang and its libFuzzer runtime: installed (tests/deps.sh) when a trial link fails.
$(FUZZ_D)/.clang:
	@mkdir -p $(dir $@)
	@printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' \
	  >$(FUZZ_D)/.probe.c
	@$(FUZZ_CC) $(FUZZ_SAN) -o $(FUZZ_D)/.probe $(FUZZ_D)/.probe.c 2>/dev/null || \
	  { sh tests/deps.sh clang libclang-rt-14-dev && $(FUZZ_CC) $(FUZZ_SAN) -o $(FUZZ_D)/.probe $(FUZZ_D)/.probe.c; }
	@rm -f $(FUZZ_D)/.probe $(FUZZ_D)/.probe.c
	@touch $@

$(FUZZ_D)/obj/%.o: migrate/%.c $(wildcard migrate/*.h) | $(B)/.deps $(FUZZ_D)/.clang
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) -Wall -Wextra -c -o $@ $<

$(FUZZ_D)/libmigrate-fuzz.a: $(FUZZ_MOBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(FUZZ_D)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(FUZZ_D)/libmigrate-fuzz.a | $(FUZZ_D)/.clang
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) -Wall -Wextra -Werror -Imigrate -Itests/fuzz \
	  -DFUZZ_FORMATS_DIR='"$(CURDIR)/formats"' -o $@ $< $(FUZZ_D)/libmigrate-fuzz.a $(LDLIBS)

# fuzz-run-T: fuzz one target FUZZ_SECONDS seconds on a working copy of its corpus.
$(FUZZ_T:%=fuzz-run-%): fuzz-run-%: $(FUZZ_D)/fuzz_%
	@mkdir -p $(FUZZ_D)/corpus-$* $(FUZZ_D)/artifacts/$* $(FUZZ_D)/tmp
	@cp -R tests/fuzz/corpus/$*/. $(FUZZ_D)/corpus-$*/
	@echo "== fuzz_$* for $(FUZZ_SECONDS) s (log: $(FUZZ_D)/fuzz_$*.log)"
	@$(FUZZ_ENV) ./$< $(FUZZ_OPTS) -max_total_time=$(FUZZ_SECONDS) -dict=$(FUZZ_DICT_$*) \
	  -artifact_prefix=$(FUZZ_D)/artifacts/$*/ $(FUZZ_FLAGS) $(FUZZ_D)/corpus-$* >$(FUZZ_D)/fuzz_$*.log 2>&1; \
	  rc=$$?; \
	  if [ $$rc -ne 0 ]; then tail -n 60 $(FUZZ_D)/fuzz_$*.log; \
	    echo "fuzz_$*: FAILED (exit $$rc); input saved in $(FUZZ_D)/artifacts/$*/"; exit 1; fi; \
	  grep -E '^#[0-9]+(.*(DONE|pulse)|: cov:)' $(FUZZ_D)/fuzz_$*.log | tail -n 1; \
	  grep -E '^stat::(number_of_executed_units|peak_rss_mb)' $(FUZZ_D)/fuzz_$*.log || true

fuzz: $(FUZZ_T:%=fuzz-run-%)

# fuzz-smoke-T: each saved regression input once, then FUZZ_SMOKE_SECONDS seconds on a fresh corpus copy.
$(FUZZ_T:%=fuzz-smoke-%): fuzz-smoke-%: $(FUZZ_D)/fuzz_%
	@rm -rf $(FUZZ_D)/smoke-$* && mkdir -p $(FUZZ_D)/smoke-$* $(FUZZ_D)/artifacts/$* $(FUZZ_D)/tmp
	@cp -R tests/fuzz/corpus/$*/. $(FUZZ_D)/smoke-$*/
	@files=$$(find tests/fuzz/regressions/$* -type f ! -name '*.md' 2>/dev/null | sort); \
	  if [ -n "$$files" ]; then \
	    echo "== fuzz_$*: $$(echo "$$files" | wc -l) regression inputs"; \
	    $(FUZZ_ENV) ./$< $(FUZZ_OPTS) $$files >$(FUZZ_D)/regress_$*.log 2>&1 || \
	      { tail -n 60 $(FUZZ_D)/regress_$*.log; echo "fuzz_$*: a regression input fails"; exit 1; }; \
	  fi
	@echo "== fuzz_$* for $(FUZZ_SMOKE_SECONDS) s"
	@$(FUZZ_ENV) ./$< $(FUZZ_OPTS) -max_total_time=$(FUZZ_SMOKE_SECONDS) -dict=$(FUZZ_DICT_$*) \
	  -artifact_prefix=$(FUZZ_D)/artifacts/$*/ $(FUZZ_D)/smoke-$* >$(FUZZ_D)/smoke_$*.log 2>&1 || \
	  { tail -n 60 $(FUZZ_D)/smoke_$*.log; echo "fuzz_$*: FAILED; input saved in $(FUZZ_D)/artifacts/$*/"; exit 1; }
	@rm -rf $(FUZZ_D)/smoke-$*

fuzz-smoke: $(FUZZ_T:%=fuzz-smoke-%)

fuzz-clean:
	rm -rf $(FUZZ_D)
