// Package forensics computes the statistical fingerprints researchers look
// for in precinct results: the turnout-versus-share histogram ("comet"),
// precincts at integer percentages against a seeded Monte Carlo null, the
// last digits of vote counts, the differences between the machine and the
// manual count, and turnout by region with the distribution of precinct
// sizes.
//
// None of these proves anything about how an election was run. Each
// measures a shape of the numbers and says how far it is from what a
// stated model of chance would give; a shape can have ordinary causes the
// model leaves out (a region that votes alike and turns out alike, a
// commission that rounds its numbers, small precincts whose last digits
// are not uniform). Every analysis carries, in its Notes, what it measures
// and what it cannot tell.
//
// # Exactness and reproducibility
//
// Whether a precinct is at an integer percent is decided in integers: a
// count a of a base b is at integer percent k when a is the count nearest
// to k·b/100 (halves rounded up), the best a precinct of that size can
// come to k%. The histogram bins are integer divisions too. Floating
// point is used only for probabilities, p-values and chart geometry, with
// + − × ÷ and square roots alone (no math.Exp or math.Log, whose
// assembly versions differ between platforms), so that a Report and its
// charts are byte-identical natively and in WebAssembly.
//
// All randomness comes from math/rand/v2's PCG seeded from Params.Seed:
// draw d of the null uses the stream (Seed, d), whichever goroutine draws
// it, so the result does not depend on the number of cores.
package forensics
