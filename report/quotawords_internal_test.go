package report

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo/seats"
)

// Every quota method is said by its name in each language, never by its
// ID ("hagenbach_bischoff quota"), and a quota that gives more seats than
// there are is said, with the quota the seats were given by instead.
func TestQuotaWords(t *testing.T) {
	es := []seats.Entry{{ID: "a", Votes: 60, Registration: 1}, {ID: "b", Votes: 40, Registration: 2}}
	names := map[seats.Method]map[Lang]string{
		seats.Hare:              {English: "Hare quota for 3 seats", Russian: "квота Хэра (мандатов: 3)", Kyrgyz: "3 мандатка Хэр квотасы"},
		seats.Droop:             {English: "Droop quota for 3 seats", Russian: "квота Друпа (мандатов: 3)", Kyrgyz: "3 мандатка Друп квотасы"},
		seats.HagenbachBischoff: {English: "Hagenbach-Bischoff quota for 3 seats", Russian: "квота Хагенбаха-Бишоффа (мандатов: 3)", Kyrgyz: "3 мандатка Хагенбах-Бишофф квотасы"},
	}
	for m, want := range names {
		res, err := seats.Apportion(es, seats.Options{Seats: 3, Method: m, Tie: seats.Lots})
		if err != nil {
			t.Fatal(err)
		}
		for l, w := range want {
			if got := l.quota(res.Steps); !strings.Contains(got, w) {
				t.Errorf("%s in %s: %q, want %q in it", m, l, got, w)
			}
			if got := l.quotaRaised(res.Steps); len(got) != 0 {
				t.Errorf("%s in %s: raised %q, want none", m, l, got)
			}
		}
	}
	// Imperiali's quota for 3 seats, 100/5, gives 3+2 = 5 seats: the
	// seats are given again by Hagenbach-Bischoff's, 100/4.
	res, err := seats.Apportion(es, seats.Options{Seats: 3, Method: seats.Imperiali, Tie: seats.Lots})
	if err != nil {
		t.Fatal(err)
	}
	for l, want := range map[Lang]string{
		English: "The Imperiali quota gives more seats (5) than there are (3): the seats are given again by the Hagenbach-Bischoff quota.",
		Russian: "Квота Империали даёт больше мандатов (5), чем есть мест (3): мандаты распределены заново по квоте Хагенбаха-Бишоффа.",
		Kyrgyz:  "Империали квотасы орундардан (3) көбүрөөк мандат (5) берет: мандаттар Хагенбах-Бишофф квотасы боюнча кайра бөлүштүрүлдү.",
	} {
		if got := l.quotaRaised(res.Steps); len(got) != 1 || got[0] != want {
			t.Errorf("raised in %s: %q, want %q", l, got, want)
		}
		if got := l.quota(res.Steps); !strings.Contains(got, map[Lang]string{English: "Hagenbach-Bischoff quota", Russian: "Хагенбаха-Бишоффа", Kyrgyz: "Хагенбах-Бишофф"}[l]) {
			t.Errorf("quota in %s: %q", l, got)
		}
	}
	// Imperiali's name where its quota stands (10 seats: 100/12, whole
	// parts 4+2+2+1+0 = 9)
	five := []seats.Entry{{ID: "a", Votes: 37}, {ID: "b", Votes: 23}, {ID: "c", Votes: 19}, {ID: "d", Votes: 13}, {ID: "e", Votes: 8}}
	res, err = seats.Apportion(five, seats.Options{Seats: 10, Method: seats.Imperiali, Tie: seats.Lots})
	if err != nil {
		t.Fatal(err)
	}
	for l, w := range map[Lang]string{English: "Imperiali quota for 10 seats", Russian: "квота Империали", Kyrgyz: "Империали квотасы"} {
		if got := l.quota(res.Steps); !strings.Contains(got, w) {
			t.Errorf("imperiali in %s: %q, want %q in it", l, got, w)
		}
	}
	// One seat: the English noun in the singular.
	res, err = seats.Apportion(es, seats.Options{Seats: 1, Method: seats.Hare, Tie: seats.Lots})
	if err != nil {
		t.Fatal(err)
	}
	if got := English.quota(res.Steps); !strings.Contains(got, "Hare quota for 1 seat:") {
		t.Errorf("one seat: %q", got)
	}
}
