// Package seeds embeds the default corpus: every article file (*.txt) in
// this folder. Drop more article files here and rebuild to ship them.
package seeds

import "embed"

// Articles holds the embedded article files, at the root of the FS.
//
//go:embed *.txt
var Articles embed.FS
