package wasmpack_test

import (
	"fmt"

	"github.com/shailoo/shailoo/wasm/internal/wasmpack"
)

// Three segments at 100, 110 and 1000: the first two are 7 zero bytes
// apart and become one; the third is 888 bytes away and stays apart.
func ExampleMerge() {
	segs, err := wasmpack.Merge([]wasmpack.Segment{
		{Offset: 1000, Data: []byte("f")},
		{Offset: 100, Data: []byte("abc")},
		{Offset: 110, Data: []byte("de")},
	}, wasmpack.MaxGap)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range segs {
		fmt.Printf("%d %q\n", s.Offset, s.Data)
	}
	// Output:
	// 100 "abc\x00\x00\x00\x00\x00\x00\x00de"
	// 1000 "f"
}

// A module whose data section has two segments 8 bytes apart: Pack merges
// them and copies the other sections as they were.
func ExamplePack() {
	mod := []byte{0, 'a', 's', 'm', 1, 0, 0, 0,
		11, 14, // the data section, 14 bytes
		2,                              // two segments
		0, 0x41, 16, 0x0b, 2, 'h', 'i', // "hi" at 16
		0, 0x41, 26, 0x0b, 1, '!', // "!" at 26
	}
	out, st, err := wasmpack.Pack(mod, wasmpack.MaxGap)
	if err != nil {
		fmt.Println(err)
		return
	}
	segs, _ := wasmpack.Segments(out)
	fmt.Printf("%d segments -> %d, %d zeros written\n", st.SegmentsBefore, st.SegmentsAfter, st.ZerosAdded)
	fmt.Printf("%d %q\n", segs[0].Offset, segs[0].Data)
	// Output:
	// 2 segments -> 1, 8 zeros written
	// 16 "hi\x00\x00\x00\x00\x00\x00\x00\x00!"
}
