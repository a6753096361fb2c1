package corpus_test

import (
	"fmt"

	"corpusexplorer/app/corpus"
)

func ExampleParse() {
	src := " date 2021-12 De Amerikaanse president Joe Biden belt dhr. Poetin. Het gaat over Oekraïne.\n\n" +
		"Harde maatregelen\n\n" +
		"„We zijn bezorgd. Heel bezorgd”, zei J. Stoltenberg van de NAVO.\n\n" +
		"Lees ook: Wat wil Poetin?"
	a, err := corpus.Parse("seeds/123_abc.txt", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.ID, a.Date, a.Title)
	for _, p := range a.Paragraphs {
		for _, s := range a.Sentences[p.Sentences.Start:p.Sentences.End] {
			fmt.Printf("%d %-7v %s\n", p.Line, p.Kind, s.Of(a.Text))
		}
	}
	for i := range a.Tokens {
		if a.Flags[i]&corpus.Name != 0 {
			fmt.Print(a.Term(i), " ")
		}
	}
	fmt.Println()
	// Output:
	// 123_abc 2021-12 De Amerikaanse president Joe Biden belt dhr. Poetin
	// 1 lead    De Amerikaanse president Joe Biden belt dhr. Poetin.
	// 1 lead    Het gaat over Oekraïne.
	// 3 heading Harde maatregelen
	// 5 body    „We zijn bezorgd. Heel bezorgd”, zei J. Stoltenberg van de NAVO.
	// 7 related Lees ook: Wat wil Poetin?
	// amerikaanse joe biden poetin oekraine j stoltenberg navo poetin
}

func ExampleParse_error() {
	_, err := corpus.Parse("a.txt", []byte("date 2021-13 Tekst."))
	fmt.Println(err)
	// Output:
	// a.txt:1: malformed date header: month out of range 1..12: "2021-13"
}
