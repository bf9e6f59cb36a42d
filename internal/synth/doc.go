// Package synth generates synthetic elections of any size, deterministically,
// for tests, benchmarks, demos and the parts of real datasets that were never
// published.
//
// Every figure synth makes is synthetic (election.Synthetic), and the
// elections it returns say so: the Election's Provenance, each Party's,
// Okrug's and Candidate's. Nothing in this package is data about a real
// election; package datasets combines these tools with published figures.
//
// # Determinism
//
// All randomness comes from math/rand/v2's PCG seeded from Config.Seed (see
// NewRand), never from the global source, and all arithmetic is integer: no
// floating point, so the same Config gives a byte-identical election on every
// platform and Go version that keeps PCG's output (the standard library
// tests that it does). Generate splits the precincts into chunks of 4096,
// each drawn from its own PCG stream, and runs the chunks on all cores; the
// result does not depend on the number of cores. Stream yields the same
// precincts one at a time in constant memory.
//
// # What Generate promises
//
// Each precinct in the country has a region, an okrug and two manual
// protocols (list ballot and okrug ballot); each precinct abroad has only a
// list protocol. With Config.MachineProtocols each manual protocol has a
// machine twin that equals it. Every protocol satisfies every control
// relation (see Check, which tests them): received = issued (in the room,
// outside, early) + cancelled + lost - unaccounted; found in boxes (mobile +
// stationary) = invalid + valid; valid = the sum of the votes, "against all"
// included; issued <= voters; found <= issued; a list's preference votes
// add up to at most its votes. Party lists satisfy the Kyrgyz registration
// rules (at most 70% of one sex, at least 15% under 35, at least 15% of other
// ethnicities, at least 2 with disabilities, at most 54 candidates).
//
// The shape is realistic, not real: precincts have 100..3000 voters
// (triangular, mean 1550), turnout uniform in [TurnoutMin, TurnoutMax],
// 2-12% invalid ballots, party support falling with the ballot number
// (1/(n+1)) and tilted by region (60-170%), "against all" near 2.5%,
// preference votes from 50-80% of a list's voters concentrated on the top of
// the list, and okrug ballots cast by up to 1% fewer voters than list
// ballots (both ballots are issued to every voter: one count of ballots
// issued per precinct).
//
// # Building blocks
//
// Split, SplitCapped, Fill and Balance divide totals exactly (largest
// remainders, 128-bit intermediate products) so that a dataset can put
// published totals down to the precinct and still add up to the vote;
// Lines fills a consistent protocol around given voters, invalid and valid
// ballots; Sexes and ListCandidates make a list that passes the registration
// rules.
//
//	e, err := synth.Generate(synth.DefaultConfig(1, 2435)) // the 2021 shape: 2,435 + 59 precincts
//	err = synth.Check(e)                                    // nil
package synth
