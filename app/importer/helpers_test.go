package importer

import "errors"

// Err joins the problems that reject something (not the warnings), or is
// nil.
func (b Batch) Err() error {
	var errs []error
	for _, p := range b.Problems {
		if !p.Kind.Warning() {
			errs = append(errs, p)
		}
	}
	return errors.Join(errs...)
}
