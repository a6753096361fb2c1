# Corpus Explorer. The two commands a fresh machine needs:
#   make run    build the wasm and the static site, serve it on 127.0.0.1:$(PORT)
#   make test   install what the tests need (chromium) and run every test

GO       ?= go
PORT     ?= 8000
BASE     ?=
DIST     ?= dist
WASM     := web/app.wasm
CORPUS   ?=
export CGO_ENABLED ?= 0

.PHONY: run dist wasm check test lint chromium brotli sizes analyse eval-actors eval-events synth bench bench-browser bench-search bench-start clean

run: dist
	$(GO) run ./wasm serve -dir $(DIST) -addr 127.0.0.1:$(PORT) -base "$(BASE)"

# check parses the seeds first, so a bad article fails the build with file:line.
check:
	$(GO) run ./wasm check

# wasm writes the seeds' analysis into a snapshot (app/workspace/seeds.snapshot,
# git-ignored) and builds app.wasm with it (tag snapshot): the browser reads the
# analysis instead of working it out at every start. Without the tag (go build,
# go test, a fresh clone) the seeds are analysed at start-up.
# With CORPUS (make dist CORPUS=DIR) it is built with the tag packs too,
# which links the code that reads a pack; without it that code is left
# out and app.wasm is the embedded corpus's alone.
comma := ,
wasm: check
	$(GO) run ./wasm snapshot
	GOOS=js GOARCH=wasm $(GO) build -tags snapshot$(if $(CORPUS),$(comma)packs) -trimpath -ldflags="-s -w" -o $(WASM) ./wasm

# dist writes the static site. With CORPUS=DIR it serves DIR's articles
# as a pack from $(DIST)/packs/ (built on every core; bad files are
# reported and left out) instead of the embedded corpus.
dist: wasm
	rm -rf $(DIST)
	$(GO) run ./wasm dist -out $(DIST) -base "$(BASE)" $(if $(CORPUS),-corpus "$(CORPUS)")

lint:
	@out=$$(gofmt -l app wasm seeds); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) mod tidy -diff
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm ./app/...
	GOOS=js GOARCH=wasm $(GO) vet -tags packs ./wasm ./app/ui
	$(GO) run ./wasm snapshot
	GOOS=js GOARCH=wasm $(GO) vet -tags snapshot ./app/workspace

# chromium drives the browser tests; Debian's package, installed when missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium (Debian package)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# When the CoNLL-2002 development set is beside the project, the actor
# extractor is also held to its F1 target on it (the data is never copied in).
CONLL_DEV := $(wildcard $(CURDIR)/../shared/data/conll2002/ned.testa)

test: lint chromium
	CONLL="$(CONLL_DEV)" CONLL_MIN_F1=0.70 $(GO) test -count=1 ./...

# brotli compresses app.wasm for the size figures; Debian's package,
# installed when missing.
brotli:
	@command -v brotli >/dev/null 2>&1 || { \
	  echo "installing brotli (Debian package)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq brotli >/dev/null; }

# sizes prints app.wasm raw, gzip -9 and brotli -q 11 sizes.
sizes: wasm brotli
	@raw=$$(stat -c %s $(WASM)); gz=$$(gzip -9 -c $(WASM) | wc -c); \
	br=$$(command -v brotli >/dev/null && brotli -q 11 -c $(WASM) | wc -c || echo n/a); \
	echo "app.wasm raw=$$raw gzip9=$$gz brotli11=$$br"

clean:
	rm -rf $(DIST) $(WASM) screenshots

# analyse prints the analysis of DIR's articles (default: the seeds) as JSON.
analyse:
	@$(GO) run ./wasm analyse $(DIR)

# eval-actors scores actor extraction on a CoNLL-2002 file.
CONLL ?= ../shared/data/conll2002/ned.testa
eval-actors:
	@$(GO) run ./wasm eval-actors $(CONLL)

# eval-events scores the event triggers on the labelled set, dev and test.
eval-events:
	@$(GO) run ./wasm eval-events

# synth writes a synthetic corpus: make synth N=10000 OUT=/tmp/synth
N ?= 1000
OUT ?= out/synth
synth:
	$(GO) run ./wasm synth -n $(N) -out $(OUT)

# bench runs the Go benchmarks of the domain packages.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./app/...

# bench-browser times the page load until the wasm has rendered, in a fresh
# headless chromium each time (5 runs; ms-median is the figure to report),
# then runs the 20-query search benchmark compiled to wasm in chromium at
# 1,000 and 10,000 articles (1k-p50-µs, 10k-p95-µs, ...), and times explorer
# interactions until the next frame on the seeds and on 10,000 synthetic
# articles (seeds-p50-ms, synth10k-p95-ms, ...).
bench-browser: chromium
	$(GO) test -run '^$$' -bench 'BenchmarkWasmStartup$$' -benchtime 5x ./wasm
	$(GO) test -run '^$$' -bench 'BenchmarkWasmQueries$$' -benchtime 1x ./wasm
	$(GO) test -run '^$$' -bench 'BenchmarkWasmInteraction$$' -benchtime 1x ./wasm

# bench-start compares the start-up of dist/ with an empty go-app app
# (wasm/startbench/testdata/emptyapp, built with the same toolchain and
# flags) in one headless chromium: cold loads (a fresh browser context each)
# and warm loads (a new tab once the service worker has cached the site),
# alternated, ROUNDS of each; it prints the medians, the two ratios and
# both app.wasm sizes (raw, brotli -q 11). PROFILE=1 builds both unstripped
# instead and prints app.wasm's code by package and a CPU profile of one
# cold load of each (the functions with the most self time).
ROUNDS ?= 9
PROFILE ?=
bench-start: dist chromium brotli
	BENCH_START_DIST=$(abspath $(DIST)) BENCH_START_ROUNDS=$(ROUNDS) BENCH_START_PROFILE=$(PROFILE) \
	  $(GO) test -run '^$$' -bench '^BenchmarkStart$$' -benchtime 1x -timeout 60m ./wasm/startbench

# bench-search runs the search benchmarks natively: index build time and
# size (index-MB) and the 20-query latencies (p50-µs, p95-µs) at 1,000,
# 10,000 and 100,000 articles.
bench-search:
	$(GO) test -run '^$$' -bench 'Benchmark(Build|Query)(1k|10k|100k)$$' ./app/search
