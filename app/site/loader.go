//go:build !wasm

package site

import (
	"fmt"
	"os"
	"strings"
)

// goappFetchWithProgress is go-app v10.1.11's fetchWithProgress in app.js,
// which wraps app.wasm's response in a Response of its own, built from a
// ReadableStream that JavaScript pumps chunk by chunk to count the bytes.
// Such a Response has no URL, and Chrome keys its cache of compiled
// WebAssembly on the response's URL: it never finds nor writes compiled
// code for it, so every visit compiles app.wasm again.
const goappFetchWithProgress = `async function fetchWithProgress(url, progess) {
  const response = await fetch(url);

  let contentLength = goappWasmContentLength;
  if (contentLength <= 0) {
    try {
      contentLength = response.headers.get(goappWasmContentLengthHeader);
    } catch { }
    if (!goappWasmContentLengthHeader || !contentLength) {
      contentLength = response.headers.get("Content-Length");
    }
  }

  const total = parseInt(contentLength, 10);
  let loaded = 0;

  const progressHandler = function (loaded, total) {
    progess(Math.round((loaded * 100) / total));
  };

  var res = new Response(
    new ReadableStream(
      {
        async start(controller) {
          var reader = response.body.getReader();
          for (; ;) {
            var { done, value } = await reader.read();

            if (done) {
              progressHandler(total, total);
              break;
            }

            loaded += value.byteLength;
            progressHandler(loaded, total);
            controller.enqueue(value);
          }
          controller.close();
        },
      },
      {
        status: response.status,
        statusText: response.statusText,
      }
    )
  );

  for (var pair of response.headers.entries()) {
    res.headers.set(pair[0], pair[1]);
  }

  return res;
}`

// fetchWithProgress replaces goappFetchWithProgress: app.wasm's response
// goes to WebAssembly.instantiateStreaming as fetched (its URL kept, so
// that Chrome's code cache applies, and compiled as it streams in), and
// the progress is counted on a copy of its body, the label changed only
// when the percentage does.
const fetchWithProgress = `// fetchWithProgress fetches url for WebAssembly.instantiateStreaming and
// reports the download's progress in percent. The response is returned as
// fetched: Chrome keys its cache of compiled WebAssembly on the response's
// URL, which a Response built in JavaScript lacks. The progress is counted
// on a copy of the body. (Patched by Corpus Explorer's build: app/site.)
async function fetchWithProgress(url, progress) {
  const response = await fetch(url);
  let total = parseInt(goappWasmContentLength, 10);
  if (!(total > 0)) {
    total = parseInt(response.headers.get("Content-Length"), 10);
  }
  if (!response.ok || !response.body || !(total > 0)) {
    return response;
  }
  const reader = response.clone().body.getReader();
  (async () => {
    let loaded = 0;
    let shown = -1;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      loaded += value.byteLength;
      const percent = Math.min(100, Math.floor((loaded * 100) / total));
      if (percent !== shown) {
        shown = percent;
        progress(percent);
      }
    }
    progress(100);
  })().catch(() => {});
  return response;
}`

// goappSetupNotifyUpdate is go-app v10.1.11's goappSetupNotifyUpdate in
// app.js: it hears of a new version only through "updatefound" events
// after register() resolves. The browser looks for a new worker as soon
// as a page opens, and may find it, or install and activate it, before
// that: the page then never says a new version is there.
const goappSetupNotifyUpdate = `function goappSetupNotifyUpdate(registration) {
  registration.addEventListener("updatefound", (event) => {
    const newSW = registration.installing;
    newSW.addEventListener("statechange", (event) => {
      if (!navigator.serviceWorker.controller) {
        return;
      }

      switch (newSW.state) {
        case "activated":
          goappOnUpdate();
      }
    });
  });
}`

// setupNotifyUpdate replaces goappSetupNotifyUpdate: it also watches the
// worker installing or waiting when the registration resolves, and
// reports a new worker already active that does not control the page.
const setupNotifyUpdate = `// goappSetupNotifyUpdate reports a new version of the app: a new worker
// that activates while an older one controls the page, whether it was
// found before register() resolved or after. (Patched by Corpus
// Explorer's build: app/site.)
function goappSetupNotifyUpdate(registration) {
  const watch = (newSW) => {
    if (!newSW) {
      return;
    }
    newSW.addEventListener("statechange", () => {
      if (navigator.serviceWorker.controller && newSW.state === "activated") {
        goappOnUpdate();
      }
    });
  };
  watch(registration.installing);
  watch(registration.waiting);
  registration.addEventListener("updatefound", () => watch(registration.installing));
  const controller = navigator.serviceWorker.controller;
  if (controller && registration.active && registration.active !== controller) {
    goappOnUpdate();
  }
}`

// loaderPatches are the edits made to go-app's app.js. As for the service
// worker, each old text must be found exactly once.
var loaderPatches = []struct{ name, old, new string }{
	{"app.wasm reaches instantiateStreaming as fetched", goappFetchWithProgress, fetchWithProgress},
	{"a new version found before the page registered its worker is reported", goappSetupNotifyUpdate, setupNotifyUpdate},
}

// patchLoader applies loaderPatches to go-app's page script.
func patchLoader(js string) (string, error) {
	for _, p := range loaderPatches {
		if n := strings.Count(js, p.old); n != 1 {
			return "", fmt.Errorf("app.js patch %q: expected text found %d times in go-app's app.js (was go-app upgraded?)", p.name, n)
		}
		js = strings.Replace(js, p.old, p.new, 1)
	}
	return js, nil
}

// patchLoaderFile patches the app.js that go-app generated at path.
func patchLoaderFile(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	js, err := patchLoader(string(b))
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(js), 0o644)
}
