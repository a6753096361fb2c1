//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"corpusexplorer/app/synth"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// article returns an importable article about a made-up place.
func article(day int, place string) string {
	return fmt.Sprintf("date 2000-10-%02d Burgemeester Anna de Wit opende in %s een nieuwe haven voor de zeppelinvloot.\n\nDe haven van %s is de grootste van het land.\n", day, place, place)
}

// importedIDs lists the ids on the import page's list of imported
// articles, once the page says all is saved.
func importedIDs(t *testing.T, ctx context.Context) string {
	t.Helper()
	waitSaved(t, ctx)
	var ids []string
	do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("#imported-list button.remove")].map(b => b.getAttribute("aria-label").replace("Remove ", "")).sort()`, &ids))
	return strings.Join(ids, " ")
}

// waitIDs waits until the import page lists exactly want.
func waitIDs(t *testing.T, ctx context.Context, want string) {
	t.Helper()
	js := `[...document.querySelectorAll("#imported-list button.remove")].map(b => b.getAttribute("aria-label").replace("Remove ", "")).sort().join(" ") === ` + jsString(want)
	var ok bool
	for range 100 {
		do(t, ctx, chromedp.Evaluate(js, &ok))
		if ok {
			waitSaved(t, ctx)
			return
		}
		do(t, ctx, chromedp.Sleep(100e6))
	}
	t.Fatalf("the import page lists %q, want %q", importedIDs(t, ctx), want)
}

// TestTwoTabsLoseNothing: two tabs import and edit at the same time;
// every tab, and a fresh one, ends with everything from both, and an
// article removed in one tab does not come back when the other saves.
func TestTwoTabsLoseNothing(t *testing.T) {
	ctx1 := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	ctx2, cancel := chromedp.NewContext(ctx1)
	defer cancel()
	files := map[string]string{}
	var one, two []string
	for i := range 6 {
		name := fmt.Sprintf("haven-%d.txt", i)
		files[name] = article(i+1, fmt.Sprintf("Havenstad%c", 'A'+i))
		if i%2 == 0 {
			one = append(one, name)
		} else {
			two = append(two, name)
		}
	}
	p1, p2 := writeFiles(t, files, one...), writeFiles(t, files, two...)
	for _, ctx := range []context.Context{ctx1, ctx2} {
		do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
		waitSaved(t, ctx)
	}
	// Both tabs import at once.
	done := make(chan struct{})
	go func() {
		defer close(done)
		do(t, ctx2, chromedp.SetUploadFiles(`#import-files`, p2, chromedp.ByQuery))
	}()
	do(t, ctx1, chromedp.SetUploadFiles(`#import-files`, p1, chromedp.ByQuery))
	<-done
	all := "haven-0 haven-1 haven-2 haven-3 haven-4 haven-5"
	waitIDs(t, ctx1, all)
	waitIDs(t, ctx2, all)

	// An edit in tab 2 keeps tab 1's articles; a removal in tab 1 stays
	// removed when tab 2 saves its edit.
	do(t, ctx1, chromedp.Evaluate(`document.querySelector('#imported-list button.remove[aria-label="Remove haven-0"]').click()`, nil))
	waitIDs(t, ctx1, strings.TrimPrefix(all, "haven-0 "))
	openEdits(t, ctx2)
	do(t, ctx2, chromedp.Evaluate(`(() => { const s = document.getElementById("edit-actor"); s.value = "vladimir-poetin"; s.dispatchEvent(new Event("change", {bubbles: true}));
		const n = document.getElementById("edit-name"); n.value = "Vladimir Poetin (president)"; n.dispatchEvent(new Event("change", {bubbles: true})); n.dispatchEvent(new Event("input", {bubbles: true})); })()`, nil),
		click(`#edit-rename`))
	waitText(t, ctx2, `#edit-log`, "Vladimir Poetin (president)")
	waitIDs(t, ctx2, strings.TrimPrefix(all, "haven-0 "))
	waitText(t, ctx1, `#edit-log`, "Vladimir Poetin (president)")

	// A fresh tab shows the union.
	ctx3, cancel3 := chromedp.NewContext(ctx1)
	defer cancel3()
	do(t, ctx3, chromedp.Navigate(s.URL+"/import"), wasmReady)
	waitIDs(t, ctx3, strings.TrimPrefix(all, "haven-0 "))
	waitText(t, ctx3, `#edit-log`, "Vladimir Poetin (president)")
}

// TestReadFailureThenImport: when the saved articles cannot be read, an
// import does not write over them; once a read succeeds ("Try again"),
// the new article is added to the ones saved before.
func TestReadFailureThenImport(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	files := map[string]string{"a.txt": article(1, "Aastad"), "b.txt": article(2, "Bestad"), "c.txt": article(3, "Cestad")}
	do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
	upload(t, ctx, writeFiles(t, files, "a.txt", "b.txt"))
	waitIDs(t, ctx, "a b")

	var script page.ScriptIdentifier
	do(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		script, err = page.AddScriptToEvaluateOnNewDocument(`window.__storageFault = "UnknownError: simulated read failure"`).Do(ctx)
		return err
	}))
	do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
	msg := waitText(t, ctx, `#storage-error`, "could not be read")
	var saved string
	do(t, ctx, chromedp.AttributeValue(`#storage-status`, "data-saved", &saved, nil, chromedp.ByQuery))
	if saved != "false" || !strings.Contains(msg, "Nothing is written") {
		t.Errorf("after a failed read: saved %q, %q", saved, msg)
	}
	// Import while the store cannot be read, then the store recovers.
	do(t, ctx, chromedp.SetUploadFiles(`#import-files`, writeFiles(t, files, "c.txt"), chromedp.ByQuery))
	waitText(t, ctx, `#import-notice`, "Imported 1 article")
	do(t, ctx, chromedp.Evaluate(`window.__storageFault = null`, nil), click(`#retry-save`))
	waitIDs(t, ctx, "a b c")
	do(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error { return page.RemoveScriptToEvaluateOnNewDocument(script).Do(ctx) }))
	do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
	waitIDs(t, ctx, "a b c")
}

// TestInactiveEditKept: a merge of a discovered actor stops applying when
// its article is removed; it stays in the log, marked inactive, applies
// again when the article is imported again, and goes only when deleted.
func TestInactiveEditKept(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	path := writeFiles(t, map[string]string{"poetin-2000.txt": goodArticle}, "poetin-2000.txt")
	do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
	upload(t, ctx, path)
	var from string
	openEdits(t, ctx)
	do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("#edit-actor option")].find(o => o.textContent.includes("Vliegenthart"))?.value || ""`, &from))
	if from == "" {
		t.Fatal("no discovered actor Vliegenthart to merge")
	}
	do(t, ctx, choose(`#edit-actor`, from), choose(`#edit-into`, "vladimir-poetin"), click(`#edit-merge`))
	waitText(t, ctx, `#actor-edits`, "Done: merge")
	waitSaved(t, ctx)
	do(t, ctx, chromedp.Evaluate(`document.querySelector('#imported-list button.remove[aria-label="Remove poetin-2000"]').click()`, nil))
	waitIDs(t, ctx, "")
	waitText(t, ctx, `#edit-log .inactive`, "merge "+from)
	do(t, ctx, chromedp.Reload(), wasmReady)
	waitText(t, ctx, `#edit-log .inactive`, "merge "+from)
	upload(t, ctx, path)
	waitIDs(t, ctx, "poetin-2000")
	waitText(t, ctx, `#edit-log`, "merge "+from)
	if n := count(t, ctx, `#edit-log .inactive`); n != 0 {
		t.Errorf("the merge is still inactive after its article came back (%d)", n)
	}
	// Remove again, then delete the inactive edit: it is gone for good.
	do(t, ctx, chromedp.Evaluate(`document.querySelector('#imported-list button.remove[aria-label="Remove poetin-2000"]').click()`, nil))
	waitText(t, ctx, `#edit-log .inactive`, "merge "+from)
	do(t, ctx, click(`#edit-log .delete-edit`))
	waitText(t, ctx, `#actor-edits`, "Deleted: merge")
	waitSaved(t, ctx)
	do(t, ctx, chromedp.Reload(), wasmReady)
	waitSaved(t, ctx)
	if n := count(t, ctx, `#edit-log li`); n != 0 {
		t.Errorf("%d edits after deleting the inactive one", n)
	}
}

// bigBatch writes n synthetic articles and returns their paths: an import
// that takes long enough to be cancelled or cut by a reload.
func bigBatch(t *testing.T, n int) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for _, f := range synth.Generate(n, 7) {
		p := filepath.Join(dir, f.Name)
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// startBigImport opens /import in a fresh browser, saves two articles
// ("a b") and starts the import of n synthetic ones, returning once waitFor
// shows that it is under way. It returns the browser's context.
func startBigImport(t *testing.T, n int, waitFor string) context.Context {
	t.Helper()
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
	upload(t, ctx, writeFiles(t, map[string]string{"a.txt": article(1, "Aastad"), "b.txt": article(2, "Bestad")}, "a.txt", "b.txt"))
	waitIDs(t, ctx, "a b")
	do(t, ctx, chromedp.SetUploadFiles(`#import-files`, bigBatch(t, n), chromedp.ByQuery),
		chromedp.WaitVisible(waitFor, chromedp.ByQuery))
	return ctx
}

// TestImportCancel: Cancel stops an import under way; nothing of it is
// kept, in the page or in the store, and what was saved before stays.
func TestImportCancel(t *testing.T) {
	ctx := startBigImport(t, 3000, `#import-cancel`)
	var focusable bool
	do(t, ctx, chromedp.Evaluate(`(() => { const b = document.getElementById("import-cancel"); b.focus(); return document.activeElement === b && !b.disabled; })()`, &focusable))
	if !focusable {
		t.Error("the Cancel button cannot be focused or is disabled during the import")
	}
	// The file choosers are disabled and look it: their labels stand for
	// the hidden inputs.
	var chooser string
	do(t, ctx, chromedp.Evaluate(`["import-files", "import-folder"].map(id => {
  const l = document.querySelector('label[for="' + id + '"]');
  return [id, document.getElementById(id).disabled, l.getAttribute("aria-disabled"), getComputedStyle(l).opacity, getComputedStyle(l).pointerEvents].join(" ");
}).join("; ")`, &chooser))
	if chooser != "import-files true true 0.5 none; import-folder true true 0.5 none" {
		t.Errorf("file choosers during the import (id, disabled, aria-disabled, opacity, pointer-events): %s", chooser)
	}
	var removable int
	do(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("button.remove, #remove-all")].filter(b => !b.disabled).length`, &removable))
	if removable != 0 {
		t.Errorf("%d Remove buttons are enabled during the import", removable)
	}
	screenshots(t, ctx, "import-cancel")
	do(t, ctx, click(`#import-cancel`))
	waitText(t, ctx, `#import-notice`, "Import cancelled")
	waitIDs(t, ctx, "a b")
	if n := count(t, ctx, `#import-cancel`); n != 0 {
		t.Errorf("the Cancel button is still shown after the import was cancelled")
	}
	if n := count(t, ctx, `label.is-disabled`); n != 0 {
		t.Errorf("%d file choosers still look disabled after the import was cancelled", n)
	}
	do(t, ctx, chromedp.Reload(), wasmReady)
	waitIDs(t, ctx, "a b")
	// The explorer shows the seeds and the two articles, nothing more.
	do(t, ctx, click(`.nav a[href="/"]`))
	waitText(t, ctx, `#result-count`, "5 of 5 articles")
}

// TestReloadMidImport: a reload in the middle of an import leaves the
// store as it was before the import: what was written stays, nothing is
// half-written.
func TestReloadMidImport(t *testing.T) {
	ctx := startBigImport(t, 1500, `#import-progress`)
	do(t, ctx, chromedp.Reload(), wasmReady)
	waitIDs(t, ctx, "a b")
}

// TestStorageFullRefused: when the browser's estimate says the store has
// no room, the save is refused before it starts, with what is needed and
// what is free; the article stays in the tab, and "Try again" saves it
// once there is room.
func TestStorageFullRefused(t *testing.T) {
	ctx := newBrowser(t)
	s := serveSite(t, siteRoot, "")
	do(t, ctx, chromedp.Navigate(s.URL+"/import"), wasmReady)
	waitSaved(t, ctx)
	do(t, ctx, chromedp.Evaluate(`window.__estimate = navigator.storage.estimate;
navigator.storage.estimate = () => Promise.resolve({usage: 9999950, quota: 10000000})`, nil))
	upload(t, ctx, writeFiles(t, map[string]string{"a.txt": goodArticle}, "a.txt"))
	msg := waitText(t, ctx, `#storage-error`, "free")
	if !strings.Contains(msg, "QuotaExceededError") || !strings.Contains(msg, "1 imported article") {
		t.Errorf("storage error %q", msg)
	}
	var saved string
	do(t, ctx, chromedp.AttributeValue(`#storage-status`, "data-saved", &saved, nil, chromedp.ByQuery))
	if saved != "false" {
		t.Errorf("data-saved %q after a refused save", saved)
	}
	do(t, ctx, chromedp.Evaluate(`navigator.storage.estimate = window.__estimate`, nil), click(`#retry-save`))
	waitIDs(t, ctx, "a")
	do(t, ctx, chromedp.Reload(), wasmReady)
	waitIDs(t, ctx, "a")
}
