package site

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestWorkerTemplatePatchesGoApp(t *testing.T) {
	js, err := WorkerTemplate()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ignoreSearch: true", "event.waitUntil(installWorker()", "const scopeRoot"} {
		if !strings.Contains(js, want) {
			t.Errorf("patched worker lacks %q", want)
		}
	}
	if js == app.DefaultAppWorkerJS {
		t.Fatal("worker was not patched")
	}
}

func TestWorkerPatchFailsLoudly(t *testing.T) {
	changed := strings.Replace(app.DefaultAppWorkerJS, "const cachedResponse = await caches.match(request);", "const r = await caches.match(request);", 1)
	if _, err := patchWorker(changed); err == nil || !strings.Contains(err.Error(), "go-app upgraded") {
		t.Fatalf("patchWorker on a changed template: err = %v, want a loud error", err)
	}
}
