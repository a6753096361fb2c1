package packs

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"corpusexplorer/app/corpus"
	"corpusexplorer/app/search"
	"corpusexplorer/app/text"
)

func TestRoundTrips(t *testing.T) {
	actors := []string{"a", "b", "c"}
	docs := []Doc{
		{DocColumns: search.DocColumns{Length: 12, Title: corpus.Range{Start: 0, End: 4}, Lead: corpus.Range{Start: 5, End: 9},
			Lo: 20211207, Hi: 20211207, Month: 2021*12 + 11, Actors: []string{"a", "c"}, Happened: [][2]int{{20211201, 20211231}, {20211207, 20211207}}},
			RecordAt: RecordAt{Text: Loc{File: 0, Off: 6, Len: 10}, CRC: 77}},
		{DocColumns: search.DocColumns{Length: 3, Lo: 20211208, Hi: 20211231, Month: 2021*12 + 11}, RecordAt: RecordAt{Text: Loc{File: 0, Off: 16, Len: 5}, CRC: 1 << 31}},
		{DocColumns: search.DocColumns{Length: 5, Lo: 20220101, Hi: 20220131, Month: 2022 * 12, Actors: []string{"b"}}, RecordAt: RecordAt{Text: Loc{File: 1, Off: 6, Len: 7}}},
	}
	tests := []struct {
		name string
		run  func() (any, any, error)
	}{
		{"dictionary", func() (any, any, error) {
			es := []DictEntry{{"oekraine", 3, Loc{0, 0, 10}}, {"oekrains", 1, Loc{0, 10, 4}}, {"poetin", 9, Loc{2, 0, 99}}}
			got, err := DecodeDict("d", EncodeDict(es))
			return es, got, err
		}},
		{"postings, one fold", func() (any, any, error) {
			p := search.Postings{Docs: []int32{1, 5, 9}, TF: []float32{3, 1, 2}, Offs: []int32{0, 2, 3}, Pos: []int32{4, 8, 0, 17}, Fold: "poetin"}
			b, err := EncodePostings(p)
			if err != nil {
				return nil, nil, err
			}
			got, err := DecodePostings("p", b)
			return p, got, err
		}},
		{"postings, several folds", func() (any, any, error) {
			p := search.Postings{Docs: []int32{0, 2}, TF: []float32{1, 1}, Offs: []int32{0, 1}, Pos: []int32{3, 5},
				Variants: []string{"gesprek", "gesprekken"}, FV: []int32{1, 0}}
			b, err := EncodePostings(p)
			if err != nil {
				return nil, nil, err
			}
			got, err := DecodePostings("p", b)
			return p, got, err
		}},
		{"actor documents", func() (any, any, error) {
			b, err := EncodeActorDocs([]int32{2, 3, 70}, []float32{1, 6, 2})
			if err != nil {
				return nil, nil, err
			}
			d, tf, err := DecodeActorDocs("p", b)
			return [2]any{[]int32{2, 3, 70}, []float32{1, 6, 2}}, [2]any{d, tf}, err
		}},
		{"document columns", func() (any, any, error) {
			got := make([]Doc, len(docs))
			for g := range Groups {
				b, err := EncodeDocs(docs, actors, g)
				if err != nil {
					return nil, nil, err
				}
				if err := decodeDocs("o", b, actors, g, got); err != nil {
					return nil, nil, err
				}
			}
			return docs, got, nil
		}},
		{"document columns by number", func() (any, any, error) {
			b, err := EncodeDocs(docs, actors, Core)
			if err != nil {
				return nil, nil, err
			}
			got := make([]Doc, len(docs))
			if err := DecodeDocNumbers("o", b, len(actors), Core, got); err != nil {
				return nil, nil, err
			}
			var want, ids [][]string
			for i := range docs {
				want = append(want, docs[i].Actors)
				var l []string
				for _, k := range got[i].ActorNumbers {
					l = append(l, actors[k])
				}
				ids = append(ids, l)
			}
			return want, ids, nil
		}},
		{"catalogue", func() (any, any, error) {
			c := &Catalogue{Actors: []Actor{{ID: "joe-biden", Name: "Joe Biden", Type: "person", Names: []string{"Joe Biden", "Biden"}, DF: 2, Loc: Loc{3, 4, 5}},
				{ID: "kremlin", Name: "Kremlin", Type: "organisation"}}, Aliases: map[string][]string{"putin": {"poetin"}}}
			got, err := DecodeCatalogue("c", c.Encode())
			return c, got, err
		}},
		{"hot answers", func() (any, any, error) {
			hs := []Hot{{Key: "minister", Result: search.Result{Total: 2,
				Facets: search.Facets{Months: []search.MonthCount{{Month: "2021-12", Count: 2}}, Actors: []search.ActorCount{{ID: "b", Type: "person", Count: 1}}},
				Hits:   []search.Hit{{Index: 7, ID: "x", Score: 1.5, Snippets: []search.Snippet{{Text: "de minister", Marks: []text.Span{{Start: 3, End: 11}}}}}, {Index: 9, ID: "y", Score: 0.5}}},
				Where: []RecordAt{{Text: Loc{File: 1, Off: 20, Len: 30}, CRC: 99}, {Text: Loc{File: 0, Off: 0, Len: 5}, CRC: 1 << 31}},
				Cards: []HotCard{{Title: "De minister sprak", Date: corpus.Date{Year: 2021, Month: 12, Day: 7}, Actors: []HotActor{{Actor: 1, Mentions: 3}, {Actor: 0, Mentions: 1}}, More: 2},
					{Title: "Y", Lead: "Een lead zonder treffer.", Date: corpus.Date{Year: 2021, Month: 11}}},
				More: []int{3, 12, 0}, MoreWhere: []RecordAt{{Text: Loc{File: 2, Off: 7, Len: 9}, CRC: 5}, {}, {Text: Loc{File: 1, Off: 0, Len: 3}, CRC: 1 << 30}}}}
			b, err := EncodeHot(hs, []string{"a", "b"}, 2021*12)
			if err != nil {
				return nil, nil, err
			}
			got, err := DecodeHot("h", b, []string{"a", "b"}, []string{"org", "person"}, 2021*12)
			return hs, got, err
		}},
		{"facets", func() (any, any, error) {
			f := &Facets{Months: []int{3, 0, 2}, Actors: map[int][]int{0: {1, 0, 0}, 2: {0, 0, 2}},
				Types: map[string][]int{"person": {1, 0, 1}}, Events: map[string][]int{"Contact/Meet": {0, 0, 1}}}
			got, err := DecodeFacets("f", f.Encode(), 3)
			return f, got, err
		}},
		{"record", func() (any, any, error) {
			r := &Record{Name: "a.txt", Data: []byte("Titel\n\nTekst."), Mentions: []search.Mention{{Span: text.Span{Start: 0, End: 5}, ActorID: "a"}},
				Events: []Event{{Sentence: 1, Trigger: text.Span{Start: 7, End: 12}, Type: "Contact/Meet", Modality: "asserted", Agent: []string{"a"}}}}
			b := r.Encode()
			got, err := DecodeRecord("t", b, RecordCRC(b))
			return r, got, err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, got, err := tt.run()
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(want, got) {
				t.Errorf("got\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

func TestBadFiles(t *testing.T) {
	payload := EncodeDict([]DictEntry{{"a", 1, Loc{}}, {"b", 2, Loc{}}})
	good := Seal(KindDict, payload)
	name := FileName(KindDict, good)
	renamed := func(b []byte) (string, []byte) { return FileName(KindDict, b), b }
	tests := []struct {
		name string
		file func() (string, []byte)
		want string
	}{
		{"truncated", func() (string, []byte) { return name, good[:len(good)-3] }, "does not match its name"},
		{"corrupt byte", func() (string, []byte) {
			b := append([]byte(nil), good...)
			b[len(b)/2] ^= 0xff
			return name, b
		}, "does not match its name"},
		{"no header", func() (string, []byte) { return renamed([]byte("hello, world")) }, "not a pack file"},
		{"other version", func() (string, []byte) {
			b := append([]byte(nil), good...)
			b[len(magic)] = Version + 1
			return renamed(b)
		}, "format version"},
		{"other kind", func() (string, []byte) { return renamed(Seal(KindFacets, payload)) }, "not a dict file"},
		{"bad deflate", func() (string, []byte) { return renamed(append(header(KindDict), 0xff, 0xff, 0xff)) }, "bad compressed data"},
		{"payload cut short", func() (string, []byte) { return renamed(Seal(KindDict, payload[:len(payload)-2])) }, "bad data at byte"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, b := tt.file()
			p, err := OpenFile(n, KindDict, b)
			if err == nil {
				_, err = DecodeDict(n, p)
			}
			var pe *Error
			if !errors.As(err, &pe) || pe.File != n || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one naming %s that says %q", err, n, tt.want)
			}
		})
	}
	if _, err := OpenFile(name, KindDict, good); err != nil {
		t.Errorf("good file: %v", err)
	}
	b := (&Record{Name: "x.txt", Data: []byte("x")}).Encode()
	if _, err := DecodeRecord("texts-x.bin", b[:len(b)-1], RecordCRC(b)); err == nil || !strings.Contains(err.Error(), "texts-x.bin") {
		t.Errorf("truncated record: %v", err)
	}
}

// decodeDocs is DecodeDocNumbers with the actors of the core columns
// turned into their ids (of the sorted list actors), as EncodeDocs takes
// them.
func decodeDocs(name string, b []byte, actors []string, group int, docs []Doc) error {
	if err := DecodeDocNumbers(name, b, len(actors), group, docs); err != nil {
		return err
	}
	if group == Core {
		for i := range docs {
			x := &docs[i]
			x.Actors = nil
			for _, k := range x.ActorNumbers {
				x.Actors = append(x.Actors, actors[k])
			}
			x.ActorNumbers = nil
		}
	}
	return nil
}

func TestHotShard(t *testing.T) {
	actors, types := []string{"a", "b"}, []string{"org", "person"}
	answer := func(key string, total int) Hot {
		return Hot{Key: key, Result: search.Result{Total: total,
			Facets: search.Facets{Months: []search.MonthCount{{Month: "2021-12", Count: total}}, Actors: []search.ActorCount{{ID: "b", Type: "person", Count: total}}},
			Hits:   []search.Hit{{Index: total, ID: key, Score: 1}}},
			Where: []RecordAt{{Text: Loc{File: 1, Off: total, Len: 3}}},
			Cards: []HotCard{{Title: "Over " + key, Date: corpus.Date{Year: 2021, Month: 11}, Actors: []HotActor{{Actor: 1, Mentions: 2}}}}}
	}
	hs := []Hot{answer("minister", 3), answer("oorlog", 5), answer("regering", 8)}
	b, err := EncodeHot(hs, actors, 2021*12)
	if err != nil {
		t.Fatal(err)
	}
	shard, err := DecodeHotShard("hot-x.bin", b)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range hs {
		i, ok := shard.Find(want.Key)
		if !ok {
			t.Fatalf("%q not found", want.Key)
		}
		got, err := shard.Answer(i, actors, types, 2021*12)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%q: got %+v, %v, want %+v", want.Key, got, err, want)
		}
	}
	// The file stores the shard as it is: its answers are compressed.
	f := Seal(KindHot, b)
	if max := headerLen + len(b) + 5*(len(b)/(64<<10)+2); len(f) > max {
		t.Errorf("a hot shard of %d bytes sealed into %d, want at most %d (stored)", len(b), len(f), max)
	}
	if p, err := OpenFile(FileName(KindHot, f), KindHot, f); err != nil || !bytes.Equal(p, b) {
		t.Errorf("the sealed shard opens to %d bytes, %v; want the %d of the shard", len(p), err, len(b))
	}
	for _, key := range []string{"a", "ministers", "zee"} {
		if _, ok := shard.Find(key); ok {
			t.Errorf("%q found in a shard without it", key)
		}
	}

	// A damaged answer fails alone, naming the file and the answer.
	var e enc
	e.uint(2)
	e.str("minister")
	e.bytes([]byte{0xff, 0xff, 0xff})
	good, _ := encodeHotAnswer(hs[1], actors, 2021*12)
	e.str("oorlog")
	e.bytes(NewCompressor().Deflate(nil, good))
	shard, err = DecodeHotShard("hot-y.bin", e.b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := shard.Answer(0, actors, types, 2021*12); err == nil || !strings.Contains(err.Error(), "hot-y.bin") || !strings.Contains(err.Error(), `"minister"`) {
		t.Errorf("damaged answer: %v, want an error naming hot-y.bin and \"minister\"", err)
	}
	if got, err := shard.Answer(1, actors, types, 2021*12); err != nil || got.Result.Total != 5 {
		t.Errorf("the answer after a damaged one: %+v, %v", got.Result, err)
	}

	// Keys out of order are a damaged shard.
	e = enc{}
	e.uint(2)
	for _, k := range []string{"oorlog", "minister"} {
		e.str(k)
		e.bytes(NewCompressor().Deflate(nil, good))
	}
	if _, err := DecodeHotShard("hot-z.bin", e.b); err == nil || !strings.Contains(err.Error(), "hot-z.bin") {
		t.Errorf("keys out of order: %v, want an error naming hot-z.bin", err)
	}
}
