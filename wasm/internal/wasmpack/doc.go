// Package wasmpack makes a WebAssembly module smaller once compressed by
// rewriting its data section, and changes nothing else: every other
// section is copied byte for byte, and the memory the module starts with
// is the same, byte for byte.
//
// Go's linker writes the initial memory of a js/wasm program (type
// descriptors, strings, the function table, variables with values) as
// tens of thousands of data segments, one for each run of bytes between
// runs of more than eight zeros. Each segment carries an offset and a
// length, numbers that change from one segment to the next and that
// neither gzip nor brotli can predict: in the page's module they cost
// more than the bytes they save. Pack merges neighbouring segments whose
// gap is at most MaxGap bytes, writing the gap's zeros out: a WebAssembly
// memory starts zeroed, so the memory after instantiation is the same,
// and runs of zeros compress to almost nothing. The module grows a little
// raw and shrinks with gzip or brotli.
//
// Pack reads only what it can prove it keeps: active data segments of
// memory 0 whose offset is an i32.const and that do not overlap (so that
// the order in which they are applied does not matter: Pack writes them in
// order of address), and no data count section (whose segment indices
// memory.init and data.drop would use). Anything else is ErrUnsupported,
// and the caller keeps the module as it was. Pack checks its own output:
// it reads the new data section back and compares it with the old one
// byte by byte.
//
// Example: three segments at 100 ("abc"), 110 ("de") and 1000 ("f") with
// MaxGap 64 become two: 100 ("abc" then seven zeros then "de") and 1000
// ("f").
//
// Strip is the one function that changes the memory, on purpose and in
// a Go js/wasm module only: it zeroes the function names, the file and
// line tables and the unsafe-point tables of the Go runtime's pclntab,
// which such a program reads only to print a stack trace (see Strip).
// Fold changes the code section too, on purpose and in a Go js/wasm
// module only: it moves a table of the runtime that is a plain run of
// numbers (the findfunctab) out of the data and into a start function
// that writes the same bytes before any of the program runs (see Fold).
package wasmpack
