package analysis

// block is where a corpus's many small lists are kept side by side: each
// list a capped slice of a shared block, so that 100,000 happenings are a
// few hundred objects for the garbage collector rather than half a million
// (in the browser it marks the whole heap in one go, in one frame).
type block[T any] struct {
	free []T // the unused end of the current block
}

// blockSize is the length of a block; a longer list gets a block of its
// own.
const blockSize = 4096

// keep returns a copy of xs in the block, capped so that an append to it
// copies rather than writes over its neighbour. An empty xs gives an empty
// list that is nil when xs is.
func (b *block[T]) keep(xs []T) []T {
	n := len(xs)
	if n == 0 {
		if xs == nil {
			return nil
		}
		return []T{}
	}
	if n > len(b.free) {
		if n > blockSize/4 {
			return append(make([]T, 0, n), xs...)
		}
		b.free = make([]T, blockSize)
	}
	out := b.free[:n:n]
	copy(out, xs)
	b.free = b.free[n:]
	return out
}
