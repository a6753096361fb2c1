//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// queryBenchPage runs a Go wasm program (search.test.wasm) with the
// arguments in the query string and resolves window.finished with its
// exit code; the program's output goes to the console.
const queryBenchPage = `<!doctype html>
<meta charset="utf-8">
<title>search benchmark</title>
<script src="wasm_exec.js"></script>
<script>
const go = new Go();
go.argv = ["search.test"].concat(JSON.parse(decodeURIComponent(location.hash.slice(1))));
let code = 0;
go.exit = (c) => { code = c; };
window.finished = WebAssembly.instantiateStreaming(fetch("search.test.wasm"), go.importObject)
  .then((r) => go.run(r.instance))
  .then(() => code);
</script>
`

// wasmQueryBench is the benchmark the browser runs: the 20-query set of
// app/search at 1,000 and 10,000 articles (100,000 with
// WASM_QUERY_BENCH=all; it may not fit in wasm memory).
func wasmQueryBench() string {
	if os.Getenv("WASM_QUERY_BENCH") == "all" {
		return "^BenchmarkQuery(1k|10k|100k)$"
	}
	return "^BenchmarkQuery(1k|10k)$"
}

var benchLine = regexp.MustCompile(`^(BenchmarkQuery\w+)\s+\d+\s.*?([\d.]+) p50-µs\s+([\d.]+) p95-µs`)

// BenchmarkWasmQueries compiles the search benchmarks of app/search to
// wasm, runs BenchmarkQuery1k and BenchmarkQuery10k in headless chromium
// and reports their p50 and p95 latencies (e.g. 10k-p50-µs).
func BenchmarkWasmQueries(b *testing.B) {
	ctx := newBrowser(b)
	dir := b.TempDir()
	build := exec.Command("go", "test", "-c", "-o", filepath.Join(dir, "search.test.wasm"), "corpusexplorer/app/search")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("building the search benchmarks for wasm: %v\n%s", err, out)
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		b.Fatal(err)
	}
	js, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		b.Fatal(err)
	}
	for name, data := range map[string][]byte{"wasm_exec.js": js, "index.html": []byte(queryBenchPage)} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	files := http.FileServer(http.Dir(dir))
	// Cross-origin isolation gives performance.now (and so time.Now in
	// wasm) a 5 µs resolution instead of 100 µs.
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cross-Origin-Opener-Policy", "same-origin")
		w.Header().Set("Cross-Origin-Embedder-Policy", "require-corp")
		files.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	b.Cleanup(func() { srv.Close() })

	var (
		mu    sync.Mutex
		lines []string
	)
	chromedp.ListenTarget(ctx, func(ev any) {
		e, ok := ev.(*runtime.EventConsoleAPICalled)
		if !ok {
			return
		}
		var parts []string
		for _, a := range e.Args {
			var s string
			if json.Unmarshal(a.Value, &s) == nil {
				parts = append(parts, s)
			} else {
				parts = append(parts, string(a.Value))
			}
		}
		mu.Lock()
		lines = append(lines, strings.Join(parts, " "))
		mu.Unlock()
	})
	argv, _ := json.Marshal([]string{"-test.run=^$", "-test.bench=" + wasmQueryBench(), "-test.benchtime=2000x"})
	for i := 0; i < b.N; i++ {
		mu.Lock()
		lines = nil
		mu.Unlock()
		var code int
		do(b, ctx, chromedp.Navigate("http://"+ln.Addr().String()+"/index.html#"+string(argv)), evalPromise(`window.finished`, &code))
		mu.Lock()
		out := strings.Join(lines, "\n")
		mu.Unlock()
		if code != 0 {
			b.Fatalf("the wasm benchmark exited with %d:\n%s", code, out)
		}
		found := 0
		for _, l := range strings.Split(out, "\n") {
			m := benchLine.FindStringSubmatch(strings.TrimSpace(l))
			if m == nil {
				continue
			}
			found++
			size := strings.TrimPrefix(m[1], "BenchmarkQuery")
			p50, _ := strconv.ParseFloat(m[2], 64)
			p95, _ := strconv.ParseFloat(m[3], 64)
			b.ReportMetric(p50, size+"-p50-µs")
			b.ReportMetric(p95, size+"-p95-µs")
			fmt.Printf("wasm in chromium: %s\n", l)
		}
		if found == 0 {
			b.Fatalf("no benchmark results in the output:\n%s", out)
		}
	}
}
