package pointers

import (
	"reflect"
	"slices"
	"testing"
)

func TestIn(t *testing.T) {
	type inner struct {
		N    int
		Name string
	}
	type outer struct {
		A     int
		In    inner
		Pair  [2]string
		Nums  [4]int32
		Empty [0]*int
		F     func()
		M     map[int]int
	}
	tests := []struct {
		ty   reflect.Type
		want []string
	}{
		{reflect.TypeFor[outer](), []string{"Name", "Pair", "F", "M"}},
		{reflect.TypeFor[struct{ A, B int }](), nil},
		{reflect.TypeFor[[3]uint8](), nil},
		{reflect.TypeFor[[]byte](), []string{"[]uint8"}},
		{reflect.TypeFor[any](), []string{"interface {}"}},
	}
	for _, tt := range tests {
		if got := In(tt.ty); !slices.Equal(got, tt.want) {
			t.Errorf("In(%v) = %q, want %q", tt.ty, got, tt.want)
		}
	}
}
