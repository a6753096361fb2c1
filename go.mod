module corpusexplorer

go 1.26.8

require (
	github.com/blevesearch/snowballstem v0.9.0
	golang.org/x/text v0.43.0
)
