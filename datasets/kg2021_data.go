package datasets

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// The published figures, copied from the project's shared data (each file
// says where its figures come from; the lists' names in Kyrgyz and Russian
// were added, with their sources in kg2021/README.md).
var (
	//go:embed kg2021/kg2021-national.json
	kg2021National []byte
	//go:embed kg2021/kg2021-okrug-leaders.tsv
	kg2021Leaders []byte
)

// ErrData is wrapped by every error about the embedded figures themselves.
var ErrData = errors.New("datasets: bad embedded data")

// kgFigure is a number in kg2021-national.json with its status.
type kgFigure struct {
	Value  int64  `json:"value"`
	Status string `json:"status"`
	Note   string `json:"note"`
}

type kgNational struct {
	About string `json:"about"`
	Seats struct {
		List  int `json:"list"`
		Okrug int `json:"okrug"`
	} `json:"seats"`
	Totals struct {
		VotersOnList       kgFigure `json:"voters_on_list"`
		VotersOnOkrugLists kgFigure `json:"voters_on_okrug_lists"`
		Participants       kgFigure `json:"participants"`
		Precincts          struct {
			Value     int64  `json:"value"`
			InCountry int64  `json:"in_country"`
			Abroad    int64  `json:"abroad"`
			Status    string `json:"status"`
		} `json:"precincts"`
		OkrugBallot struct {
			Value     int64  `json:"value"`
			Precincts int64  `json:"precincts"`
			Status    string `json:"status"`
			Source    string `json:"source"`
		} `json:"okrug_ballot_voters_manual_count"`
	} `json:"totals"`
	Lists []struct {
		NameEn             string `json:"name_en"`
		NameKy             string `json:"name_ky"`
		NameRu             string `json:"name_ru"`
		Votes              int64  `json:"votes"`
		Percent            string `json:"percent"`
		PreliminaryPercent string `json:"preliminary_percent"`
		Seats              int    `json:"seats"`
		WomenSeatsCEC      int    `json:"women_seats_cec"`
		WomenSeatsCourt    *int   `json:"women_seats_after_court"`
		Status             string `json:"status"`
	} `json:"lists"`
	AgainstAll struct {
		PreliminaryPercent string `json:"preliminary_percent"`
		Status             string `json:"status"`
	} `json:"against_all"`
}

// kgLeader is a row of kg2021-okrug-leaders.tsv.
type kgLeader struct {
	No       int
	District string
	Leader   string // "бардык каршы" = against all
	Share    string // percent, as published
}

// kgAgainstAll is how the TSV writes "against all".
const kgAgainstAll = "бардык каршы"

func parseKGNational() (*kgNational, error) {
	var n kgNational
	dec := json.NewDecoder(bytes.NewReader(kg2021National))
	if err := dec.Decode(&n); err != nil {
		return nil, fmt.Errorf("%w: kg2021-national.json: %v", ErrData, err)
	}
	return &n, nil
}

// parseKGLeaders reads the TSV; comment lines start with '#'. It returns
// the rows and the comment text (the provenance).
func parseKGLeaders() ([]kgLeader, string, error) {
	var rows []kgLeader
	var about []string
	sc := bufio.NewScanner(bytes.NewReader(kg2021Leaders))
	header := false
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "#") {
			about = append(about, strings.TrimSpace(strings.TrimPrefix(t, "#")))
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 4 {
			return nil, "", fmt.Errorf("%w: kg2021-okrug-leaders.tsv:%d: %d fields, want 4", ErrData, line, len(f))
		}
		if !header {
			header = true
			continue
		}
		no, err := strconv.Atoi(f[0])
		if err != nil {
			return nil, "", fmt.Errorf("%w: kg2021-okrug-leaders.tsv:%d: okrug %q", ErrData, line, f[0])
		}
		if _, err := hundredths(f[3]); err != nil {
			return nil, "", fmt.Errorf("%w: kg2021-okrug-leaders.tsv:%d: share %q", ErrData, line, f[3])
		}
		rows = append(rows, kgLeader{No: no, District: f[1], Leader: f[2], Share: f[3]})
	}
	if err := sc.Err(); err != nil {
		return nil, "", fmt.Errorf("%w: kg2021-okrug-leaders.tsv: %v", ErrData, err)
	}
	for i, r := range rows {
		if r.No != i+1 {
			return nil, "", fmt.Errorf("%w: kg2021-okrug-leaders.tsv: okrug %d at row %d", ErrData, r.No, i+1)
		}
	}
	return rows, strings.Join(about, " "), nil
}

// hundredths reads a published percent ("17.32", "49.8", "4") as an exact
// number of hundredths of a percent.
func hundredths(s string) (int64, error) {
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 || whole == "" {
		return 0, fmt.Errorf("%w: percent %q", ErrData, s)
	}
	frac += strings.Repeat("0", 2-len(frac))
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || w < 0 || w > 100 {
		return 0, fmt.Errorf("%w: percent %q", ErrData, s)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil || f < 0 {
		return 0, fmt.Errorf("%w: percent %q", ErrData, s)
	}
	return 100*w + f, nil
}

// kgStatus turns a status of the JSON into a provenance and the source
// text that the JSON's "about" gives for it.
func kgStatus(status string) (election.Provenance, string, error) {
	switch status {
	case "official-final":
		return election.Official, "CEC Resolution 836 of 15 Dec 2021, final official result (kg2021-national.json, status official-final)", nil
	case "preliminary-asu":
		return election.Preliminary, "CEC preliminary result from the automatic ballot boxes, 90.10% of boxes counted, base 1,182,291 participants (kg2021-national.json, status preliminary-asu)", nil
	case "manual-count":
		return election.Preliminary, "manual count (kg2021-national.json, status manual-count)", nil
	}
	return "", "", fmt.Errorf("%w: unknown status %q", ErrData, status)
}

// kgPartyID gives the dataset's ID of each list by its English name.
func kgPartyID(nameEn string) (string, error) {
	switch nameEn {
	case "Ata-Jurt Kyrgyzstan":
		return "ata-jurt", nil
	case "Ishenim":
		return "ishenim", nil
	case "Yntymak":
		return "yntymak", nil
	case "Alliance":
		return "alliance", nil
	case "Butun Kyrgyzstan":
		return "butun-kyrgyzstan", nil
	case "Yiman Nuru":
		return "yiman-nuru", nil
	case "El Umutu":
		return "el-umutu", nil
	case "Azattyk":
		return "azattyk", nil
	case "Ata-Meken":
		return "ata-meken", nil
	case "Social Democrats":
		return "social-democrats", nil
	case "Uluttar Birimdigi":
		return "uluttar-birimdigi", nil
	case "Mekenchil El":
		return "mekenchil-el", nil
	case "Patriotic Party of Unity":
		return "patriotic-party-of-unity", nil
	case "Bagyt":
		return "bagyt", nil
	case "Uluu-Jurt":
		return "uluu-jurt", nil
	case "Legalize":
		return "legalize", nil
	case "Kuchtuu Region":
		return "kuchtuu-region", nil
	case "Aruuzat-El Kutu":
		return "aruuzat-el-kutu", nil
	case "Ordo":
		return "ordo", nil
	case "Zhashasyn Kyrgyzstan":
		return "zhashasyn-kyrgyzstan", nil
	case "Green Party":
		return "green-party", nil
	}
	return "", fmt.Errorf("%w: no ID for list %q", ErrData, nameEn)
}

// kgRegion is one of the 9 regions with the synthetic figures that shape
// it. VoterShare is the region's share of the voters' list in hundredths of
// a percent as the CEC gave it for the October 2020 election (24.kg,
// article 166557: Osh oblast 20.44, Jalal-Abad 18.61, Chuy 16.6, Bishkek
// 11.4, Issyk-Kul 8.83, Batken 8.43, Naryn 5.88, Talas 4.52, Osh city 4.1);
// the 3,619,292 voters in the country are split in these proportions.
// Precincts (2,435 in all; Bishkek 233 and Osh 76 in 2020) and Turnout
// (per mille, before scaling to the national 34.61%) are synthetic.
type kgRegion struct {
	ID, Name, NameKy, NameRu string
	Code                     int // first digit of the region's synthetic precinct numbers
	VoterShare               int64
	Precincts                int
	Turnout                  int64
}

func kgRegions() []kgRegion {
	return []kgRegion{
		{"batken", "Batken oblast", "Баткен облусу", "Баткенская область", 1, 843, 215, 380},
		{"jalal-abad", "Jalal-Abad oblast", "Жалал-Абад облусу", "Джалал-Абадская область", 2, 1861, 450, 385},
		{"issyk-kul", "Issyk-Kul oblast", "Ысык-Көл облусу", "Иссык-Кульская область", 3, 883, 250, 345},
		{"naryn", "Naryn oblast", "Нарын облусу", "Нарынская область", 4, 588, 195, 395},
		{"osh-oblast", "Osh oblast", "Ош облусу", "Ошская область", 5, 2044, 500, 390},
		{"talas", "Talas oblast", "Талас облусу", "Таласская область", 6, 452, 120, 400},
		{"chuy", "Chuy oblast", "Чүй облусу", "Чуйская область", 7, 1660, 392, 330},
		{"bishkek", "Bishkek city", "Бишкек шаары", "город Бишкек", 8, 1140, 235, 240},
		{"osh-city", "Osh city", "Ош шаары", "город Ош", 9, 410, 78, 300},
	}
}

// kgUnit is the part of an okrug that lies in one region, with its
// synthetic share of the region's voters (Weight, relative to the region's
// other units).
//
// The okrug -> region mapping follows the district names of the Kaktus.media
// table (kg2021-okrug-leaders.tsv) and the CEC's okrug scheme of September
// 2021 as the press reported it (24.kg article 205709, 1 Sep 2021; Sputnik
// Kyrgyzstan, 16 Sep 2021; for.kg news 721611, 20 Sep 2021):
//
//   - Batken oblast: 1 Leilek, 2 Batken, 3 Kadamjai (Kyzyl-Kiya).
//   - Osh oblast: 4 Kok-Jar (villages of Nookat district and Aravan's
//     Too-Moyun, 80,426 voters per Sputnik), 5 Nookat (82,006), 6 Aravan,
//     8 Toloikon (Kara-Suu district), 9 Kara-Suu, 10 Kurshab (Uzgen
//     district), 11 Alai, 12 Uzgen.
//   - Osh city: 7. UNSURE: the table calls it "Ош району"; Sputnik says the
//     revised scheme left Osh city one okrug of its own and moved half of
//     its voters into Toloikon okrug No. 8, and 7 is the only number of the
//     Osh block (4-12) without a district of Osh oblast, so 7 is taken to be
//     the Osh city okrug. Okrug 8 therefore has precincts in two regions:
//     its region is Osh oblast (its centre), and half of Osh city's
//     precincts belong to it.
//   - Jalal-Abad oblast: 13 Suzak, 14 Jalal-Abad (the city and around it),
//     15 Bazar-Korgon, 16 Nooken, 17 Aksy, 18 Ala-Buka, 19 Toktogul.
//   - Talas oblast: 20 Manas (82,672 voters per for.kg), 21 Talas.
//   - Chuy oblast: 22 Jayil, 23 Moskva, 24 Sokuluk, 25 Alamudun,
//     30 Ysyk-Ata, 31 Chui-Kemin.
//   - Bishkek: 26 Lenin, 27 Pervomai, 28 Oktyabr, 29 Sverdlov (the city's
//     four districts; 24.kg gives 110,719, 109,181, 104,995, 103,113 voters).
//   - Naryn oblast: 32 Kochkor, 33 Naryn.
//   - Issyk-Kul oblast: 34 Jeti-Oguz, 35 Ak-Suu, 36 Issyk-Kul.
//
// The weights use the voter counts above where the press gave them
// (thousands) and 100 elsewhere; they are synthetic stand-ins for the final
// okrug voters' lists, which were not found.
type kgUnit struct {
	Okrug  int
	Region string
	Weight int64
}

func kgUnits() []kgUnit {
	return []kgUnit{
		{1, "batken", 90}, {2, "batken", 103}, {3, "batken", 114},
		{4, "osh-oblast", 80}, {5, "osh-oblast", 82}, {6, "osh-oblast", 100},
		{7, "osh-city", 50},
		{8, "osh-oblast", 30}, {8, "osh-city", 50},
		{9, "osh-oblast", 110}, {10, "osh-oblast", 100}, {11, "osh-oblast", 110}, {12, "osh-oblast", 115},
		{13, "jalal-abad", 100}, {14, "jalal-abad", 100}, {15, "jalal-abad", 100}, {16, "jalal-abad", 100},
		{17, "jalal-abad", 100}, {18, "jalal-abad", 100}, {19, "jalal-abad", 100},
		{20, "talas", 83}, {21, "talas", 82},
		{22, "chuy", 100}, {23, "chuy", 100}, {24, "chuy", 100}, {25, "chuy", 100},
		{26, "bishkek", 111}, {27, "bishkek", 109}, {28, "bishkek", 105}, {29, "bishkek", 103},
		{30, "chuy", 100}, {31, "chuy", 100},
		{32, "naryn", 100}, {33, "naryn", 100},
		{34, "issyk-kul", 100}, {35, "issyk-kul", 100}, {36, "issyk-kul", 100},
	}
}

// kgOkrugRegion is the region of each okrug (its centre's, for okrug 8).
func kgOkrugRegion(no int) string {
	if no == 8 {
		return "osh-oblast"
	}
	for _, u := range kgUnits() {
		if u.Okrug == no {
			return u.Region
		}
	}
	return ""
}

// kgQuota is the design of a seated list's preference ranking: TopWomen is
// the number of women among the Seats candidates with the most preference
// votes. It is at most the women's quota under either rounding, so that
// exactly the quota of women is seated; it is below the quota for Ata-Jurt
// (3 of 5), Yntymak (2 of 3) and Yiman Nuru (1 of 2), where the quota
// visibly moves women up, and for Alliance under rounding up (2 of 3),
// where the 3rd woman (8th by preference votes) takes the seat of the 5th
// man (7th by preference votes).
type kgQuota struct {
	ID       string
	Seats    int
	TopWomen int
}

func kgQuotas() []kgQuota {
	return []kgQuota{
		{"ata-jurt", 15, 3}, {"ishenim", 12, 4}, {"yntymak", 9, 2},
		{"alliance", 7, 2}, {"butun-kyrgyzstan", 6, 2}, {"yiman-nuru", 5, 1},
	}
}
