// Package zeroed makes large slices whose memory is written before it is
// read.
//
// A large slice comes from memory the operating system has not yet given
// the process. On Linux, the first read of such a page maps the kernel's
// shared page of zeros, and the first write after it copies that page and
// flushes its old address from every core (an interrupt to each). State
// kept per precinct is read before it is written (has this slot been seen?),
// so each of its pages paid for two faults and the flush. Writing the zeros
// when the slice is made costs one fault a page and a pass over the memory,
// which a large slice shares between two cores. In WebAssembly, whose
// memory is zeros already and has no pages to fault, Make is make.
//
//	seen := zeroed.Make[int32](4 * precincts) // make, then clear
package zeroed
