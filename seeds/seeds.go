// Package seeds embeds the default corpus: every article file (*.txt) in
// this folder, and the curated actor gazetteer actors.tsv. Drop more
// article files here and rebuild to ship them.
package seeds

import "embed"

// Articles holds the embedded article files, at the root of the FS.
//
//go:embed *.txt
var Articles embed.FS

// GazetteerFile is the name of the embedded gazetteer, for messages.
const GazetteerFile = "seeds/actors.tsv"

// Gazetteer is the curated list of actors (format: see package actors).
//
//go:embed actors.tsv
var Gazetteer []byte
