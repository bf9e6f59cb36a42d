package ingest

import (
	"bytes"
	"testing"
)

// FuzzDraftMapping drafts a mapping of any bytes: a draft or an error,
// never a panic (the seeds exercise the Turkish, Arabic and Uruguayan
// words, primaries, vote modes, dot thousands, clock times, footers).
func FuzzDraftMapping(f *testing.F) {
	for _, s := range []string{
		"",
		"a\n",
		"precinct,votes\n",
		"precinct,votes\n1,2\n",
		"il_adi,il_plaka,kayıtlı seçmen,oy kullanan,geçerli,AKP,CHP\nAnkara,6,100,80,78,40,38\nİzmir,35,90,70,68,30,38\n",
		"precinct,party,votes,primary\n1,A,10,DEM\n1,B,5,REP\n2,A,3,DEM\n",
		"precinct,Election Day,One Stop,Absentee by Mail,Provisional,Total Votes,choice\n1,1,2,3,4,10,X\n2,1,1,1,1,4,X\n",
		"circuito,Total_Anulados,Total_EN_Blanco,Votos observados,FA\n1,2,3,4,5\n2,1,1,1,1\nSource: Corte Electoral\n",
		"precinct,votes_a,votes_b\n1,\"17.513\",\"1.234\"\n2,\"2.001\",\"3\"\n",
		"precinct,A,B,07:00,12:00\n1,1,2,3,4\n",
		"لجنة,الناخبين,الصحيحة,الباطلة\n١,٢,٣,٤\n",
		"x\n\n\n",
		",,,\n,,,\n",
		"a,b\n1\n2,3,4\n",
		"precinct,Alpha\n1,5\n2,6\n,,Source: the commission\n",
		",precinct,Alpha\n0,1,10\n1,2,30\nSource: the commission\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		DraftMapping(bytes.NewReader(b), "f.csv")
	})
}
