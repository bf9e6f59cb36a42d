package dense

import "encoding/binary"

// AppendCompact appends the figures of p (not its precinct, ballot or
// count) to dst as varints: a protocol kept for later costs a few bytes
// per figure and holds no pointer.
func AppendCompact(dst []byte, p *Protocol) []byte {
	for sec := range Sections {
		es := p.Section(sec)
		dst = binary.AppendUvarint(dst, uint64(len(es)))
		for _, e := range es {
			dst = binary.AppendUvarint(dst, uint64(e.Pos))
			dst = binary.AppendVarint(dst, e.V)
		}
	}
	return dst
}

// DecodeCompact reads the figures AppendCompact wrote into d, reusing its
// slices, and returns the bytes after them.
func DecodeCompact(b []byte, d *Protocol) []byte {
	read := func() uint64 {
		v, n := binary.Uvarint(b)
		b = b[n:]
		return v
	}
	for sec := range Sections {
		n := int(read())
		var es []Entry
		switch sec {
		case SecLines:
			es = d.Lines[:0]
		case SecVotes:
			es = d.Votes[:0]
		default:
			es = d.Prefs[:0]
		}
		for range n {
			pos := int32(read())
			v, k := binary.Varint(b)
			b = b[k:]
			es = append(es, Entry{Pos: pos, V: v})
		}
		switch sec {
		case SecLines:
			d.Lines = es
		case SecVotes:
			d.Votes = es
		default:
			d.Prefs = es
		}
	}
	return b
}
