package ingest

import "slices"

// draftChoiceList maps choice_list_column (choicelist.go) in a long file
// of the okrug ballot whose choices are candidates (column choice) when
// a column next to it, not mapped, is named like a party's and gives each
// candidate of an okrug (column okrug) one party (Scotland's
// constituency results: "region,constituency,party,candidate,votes"):
// the okrugs learnt from the file give their candidates those parties'
// lists, which a compensatory list tier counts the okrug seats against.
func draftChoiceList(m *Mapping, header []string, all [][]string, used, numeric []bool, choice, okrug int, norm func(int) string, guess func(string, ...any)) {
	c := m.ChoiceColumn
	if c == nil || c.Header == "" || len(c.Columns) > 0 || choice < 0 || m.ChoiceRows != "" {
		return
	}
	for _, i := range []int{choice - 1, choice + 1} {
		if i < 0 || i >= len(header) || used[i] || numeric[i] || i == okrug || !anyWords(norm(i), partyWords) {
			continue
		}
		party := map[[2]string]string{} // okrug and candidate -> party
		var parties []string
		one := true
		for _, rec := range all {
			k, p := [2]string{cellAt(rec, okrug), cellAt(rec, choice)}, cellAt(rec, i)
			if had, ok := party[k]; ok && had != p {
				one = false
				break
			}
			party[k] = p
			if p != "" && !slices.Contains(parties, p) {
				parties = append(parties, p)
			}
		}
		if !one || len(parties) < 2 {
			continue
		}
		used[i] = true
		m.ChoiceListColumn = &Column{Header: trimHeader(header[i])}
		guess("choice_list_column: column %d %q gives the party of each candidate of column %d %q (%d parties, %q the first): the okrugs learnt from the file give their candidates that party's list, against which list seats that compensate (list.compensate) count the okrug seats; a cell is matched, in any case, to a party's ID or name: map any other in list_values (\"\" for no list)",
			i+1, trimHeader(header[i]), choice+1, trimHeader(header[choice]), len(parties), parties[0])
		return
	}
}
