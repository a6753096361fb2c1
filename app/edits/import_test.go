package edits

import "math"

// Import runs an Importer to the end: the edits of a file at once.
func Import(name string, data []byte) ([]Edit, error) {
	im := NewImporter(name, data)
	for !im.Step(math.MaxInt) {
	}
	return im.Edits()
}
