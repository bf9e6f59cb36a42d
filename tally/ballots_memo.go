package tally

import (
	"math"
	"math/bits"
	"unsafe"
)

// A memo remembers where the strings of the ballots being counted were
// found, by the address and length of their bytes (unsafe.StringData): a
// Go string's bytes never change, so a string with the same address and
// length as one looked up before is that string. Ballots built in memory
// share the strings of their choices (every ballot for a party holds the
// same ID), and then most lookups are one compare of an address. Ballots
// decoded from a file have strings of their own and always miss: a lookup
// then costs a slot of the memo more, and the memo turns itself off for a
// while (adapt). A memo is direct-mapped (a string has one slot, by a hash
// of its address), lives for one count, and is never shared between
// goroutines. It keeps the addresses as integers (no write barrier, nothing
// for the collector to scan): the ballots keep the strings alive during the
// count, and Go does not move heap memory, so an address stands for one
// string all along.
type memo struct {
	slots []seen // a power of two
	shift uint   // slot of an address a is a*k3 >> shift
	on    bool   // looked in; off, the loops go to the table
	fresh bool   // on since the last adapt only: a short chunk tells
	off   int    // chunks to count before turning it on again
	looks int    // lookups since the last adapt
	miss  int    // of which misses
}

// seen is a slot of a memo. The zero slot holds the empty string (at
// address 0) at position -1, which is where the empty string is: no choice
// or candidate ID is empty.
type seen struct {
	a    uintptr // address of the string's bytes
	n    int32   // length
	pos1 int32   // position + 1
}

// memoMax is the most slots a memo has.
const memoMax = 1 << 14

// newMemo returns a memo for about keys strings and lookups lookups.
func newMemo(keys, lookups int) memo {
	var m memo
	m.reset(keys, lookups)
	return m
}

// reset makes m a new memo for about keys strings and lookups lookups:
// sixteen slots a key (the addresses of strings allocated one after the
// other then fall in slots of their own), no more than the lookups and
// memoMax. It reuses the slots of m when there are as many.
func (m *memo) reset(keys, lookups int) {
	n := 1
	for n < 16*keys && n < lookups && n < memoMax {
		n *= 2
	}
	if len(m.slots) == n {
		clear(m.slots)
	} else {
		m.slots = make([]seen, n)
	}
	*m = memo{slots: m.slots, shift: uint(64 - bits.TrailingZeros(uint(n))), on: true, fresh: true}
}

// tally adds the lookups and misses of a chunk.
func (m *memo) tally(looks, miss int) {
	m.looks += looks
	m.miss += miss
}

// adapt turns the memo off for memoRest chunks when nearly every lookup of
// the chunk missed (strings of their own), and on again after them, fresh:
// the count then gives it a short chunk (firstChunk), so that ballots with
// strings of their own pay little for the memo's trial.
func (m *memo) adapt() {
	m.fresh = false
	switch {
	case !m.on:
		m.off--
		m.on = m.off <= 0
		m.fresh = m.on
	case m.looks >= 32 && 8*m.miss > 7*m.looks:
		m.on, m.off = false, memoRest
	}
	m.looks, m.miss = 0, 0
}

// memoRest is the number of chunks a memo that does not pay stays off.
const memoRest = 15

// memoSlot returns the slot of s in the slots of a memo (its slots and
// shift, which the count loop keeps in variables of its own).
func memoSlot(slots []seen, shift uint, s string) *seen {
	return &slots[(uint64(address(s))*k3)>>shift&uint64(len(slots)-1)]
}

// holds reports whether e remembers s.
func (e *seen) holds(s string) bool {
	return e.a == address(s) && int(e.n) == len(s)
}

// remember makes e remember that s is at position pos (if it is anywhere).
func (e *seen) remember(s string, pos int) {
	if pos >= 0 && len(s) <= math.MaxInt32 {
		*e = seen{a: address(s), n: int32(len(s)), pos1: int32(pos + 1)}
	}
}

// address returns the address of the bytes of s.
func address(s string) uintptr { return uintptr(unsafe.Pointer(unsafe.StringData(s))) }
