# bench.mk — the benchmark: synthetic portfolios, migrate against the I/O floor. Included by the Makefile.
#
#   make bench                               portfolios of 10,000, 100,000 and 1,000,000 grants
#   make bench BENCH_SIZES="10000 100000"    other sizes
#   make bench BENCH_RUNS=5                  best of 5 instead of 3
#   make bench BENCH_REJECT_ROWS=1000000     rows of the rejected-rows run (default 16,000,000; 0 skips it)
# Generated data and outputs go to $(B)/bench/ (never into the repository). Nothing is asserted.

BENCH_SIZES ?= 10000 100000 1000000
BENCH_RUNS  ?= 3
BENCH_REJECT_ROWS ?= 16000000
BENCH_LIBS   = -lcsv $(shell pkg-config --libs xlsxwriter zlib 2>/dev/null || echo -lxlsxwriter -lz)

.PHONY: bench bench-tools test-reject-mem

bench-tools: $(B)/genportfolio $(B)/bench-floor

$(B)/genportfolio: tests/bench/genportfolio.c | $(B)/.deps
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< -lz

$(B)/bench-floor: tests/bench/floor.c | $(B)/.deps
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BENCH_LIBS)

bench: $(B)/migrate $(B)/genportfolio $(B)/bench-floor
	@BENCH_SIZES="$(BENCH_SIZES)" BENCH_RUNS="$(BENCH_RUNS)" sh tests/bench/bench.sh $(B)
	@if [ "$(BENCH_REJECT_ROWS)" != 0 ]; then sh tests/bench/reject-mem.sh $(B)/migrate $(BENCH_REJECT_ROWS); fi

# Rejected rows cost no memory per row beyond a small fixed record: 300,000 of them in under 64 bytes each
# (peak RSS beyond a one-row run; the ledger entry is 8). Memory, not time, is asserted.
test-reject-mem: $(B)/migrate
	@sh tests/bench/reject-mem.sh $(B)/migrate 300000 64
