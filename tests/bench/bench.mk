# bench.mk — the benchmark: synthetic portfolios, migrate against the I/O floor. Included by the Makefile.
#
#   make bench                               portfolios of 10,000, 100,000 and 1,000,000 grants, each with
#                                            its grant rows per user, per employer and shuffled
#   make bench BENCH_SIZES="10000 100000"    other sizes
#   make bench BENCH_ORDERS="shuffled"       only these orders of the grant rows (user, employer, shuffled)
#   make bench BENCH_RUNS=5                  5 runs of migrate and of the floor instead of 3 (min and median)
#   make bench BENCH_REJECT_ROWS=1000000     rows of the rejected-rows run (default 16,000,000; 0 skips it)
#   make bench BENCH_STATUS=0                no status runs (by default each run is followed by a status
#                                            run on its output with an export registering every request)
#   make bench BENCH_LETTERS=0               no letters run (by default the largest portfolio, last order,
#                                            runs again with brieven = ja: the signing letters' cost; the
#                                            table's runs have brieven = nee, as the floor writes no PDFs)
# It prints the machine, per size and order the min and median seconds of migrate and of the I/O floor,
# their ratios and peak RSS, the worst order per size, time(largest)/time(largest/10) per order, the
# rejected-rows line, and the findings migrate reports against those the generator expects. Targets are
# printed next to the values, never asserted; a finding count that differs from the expected one is
# reported as a PROBLEM (exit status 1). Generated data and outputs go to $(B)/bench/ (never into the
# repository).

BENCH_SIZES ?= 10000 100000 1000000
BENCH_RUNS  ?= 3
BENCH_ORDERS ?= user employer shuffled
BENCH_REJECT_ROWS ?= 16000000
BENCH_STATUS ?= 1
BENCH_LETTERS ?= 1
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
	@BENCH_SIZES="$(BENCH_SIZES)" BENCH_RUNS="$(BENCH_RUNS)" BENCH_ORDERS="$(BENCH_ORDERS)" \
	  BENCH_REJECT_ROWS="$(BENCH_REJECT_ROWS)" BENCH_STATUS="$(BENCH_STATUS)" BENCH_LETTERS="$(BENCH_LETTERS)" \
	  sh tests/bench/bench.sh $(B)

# Rejected rows cost no memory per row beyond a small fixed record: 300,000 of them in under 64 bytes each
# (peak RSS beyond a one-row run; the ledger entry is 8). Memory, not time, is asserted.
test-reject-mem: $(B)/migrate
	@sh tests/bench/reject-mem.sh $(B)/migrate 300000 64
