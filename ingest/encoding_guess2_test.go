package ingest

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// Turkish, Arabic and Baltic text is named by its code page where its
// words read better in it, and Western European text keeps Windows-1252,
// which reads it as Windows-1254 and 1257 do. Turkish ğ ş ı İ read ð þ ý
// Ý in Windows-1252: Icelandic letters where Icelandic has none ("YEÞÝL",
// "Baðýmsýz"), or in text without the vowels Icelandic has and Turkish
// has not, á é í ó ú æ ("Kýrþehir"), while Icelandic words read in
// Windows-1254 mix Turkish letters with those ("Sjálfstæğisflokkurinn"). Latvian
// and Lithuanian words read in Windows-1252 and 1250 mix the letters of
// several languages ("vçlçðanas", "Panevëþio"). Arabic read in another
// code page is capitals after small letters, or accented letters without
// an ASCII one.
func TestGuessEncodingTurkishArabicBaltic(t *testing.T) {
	tests := []struct {
		name, text string
		cm         *charmap.Charmap
		want       string
	}{
		{"Turkish parties", "İYİ Parti, YEŞİL SOL PARTİ, YENİDEN REFAH, MİLLİYOL, TİP, Bağımsız", charmap.Windows1254, EncodingWindows1254},
		{"Turkish parties in capitals", "İYİ PARTİ", charmap.Windows1254, EncodingWindows1254},
		{"Turkish lines", "Kayıtlı seçmen sayısı;Oy kullanan seçmen sayısı;Geçerli oy sayısı", charmap.Windows1254, EncodingWindows1254},
		{"Turkish names", "Adalet ve Kalkınma Partisi, Cumhuriyet Halk Partisi, Milliyetçi Hareket Partisi, İstanbul, Şanlıurfa, Muğla, Kırşehir", charmap.Windows1254, EncodingWindows1254},
		{"Turkish in ISO-8859-9", "14 Mayıs 2023, Yurtdışı, İYİ Parti, YEŞİL SOL", charmap.ISO8859_9, EncodingWindows1254},
		// (Turkish without ğ ş ı İ reads alike in both.)
		{"Turkish with ç and ü alone", "Yüksek Seçim Kurulu", charmap.Windows1254, EncodingWindows1252},
		{"Icelandic parties", "Sjálfstæðisflokkurinn, Framsóknarflokkurinn, Samfylkingin, Viðreisn, Miðflokkurinn, Flokkur fólksins, Píratar", charmap.Windows1252, EncodingWindows1252},
		{"Icelandic lines", "Kjósendur á kjörskrá;Greidd atkvæði;Auðir seðlar;Ógildir seðlar;Gild atkvæði", charmap.Windows1252, EncodingWindows1252},
		{"Icelandic districts", "Norðvesturkjördæmi, Norðausturkjördæmi, Suðurkjördæmi, Suðvesturkjördæmi, Reykjavíkurkjördæmi suður", charmap.Windows1252, EncodingWindows1252},
		{"Icelandic þ and ý", "Þjóðaratkvæðagreiðsla, Alþingiskosningar, Lýðræðisflokkurinn, Sósíalistaflokkur Íslands", charmap.Windows1252, EncodingWindows1252},
		// (Words of ð alone are Icelandic beside a word of the letters
		// Icelandic has and Turkish has not, á é í ó ú æ, as Icelandic
		// text has them: without them, "Viðreisn" reads as Turkish.)
		{"Icelandic words of ð alone", "Viðreisn, Miðflokkurinn, Suður, Kjördæmi", charmap.Windows1252, EncodingWindows1252},
		{"French", "Trente-sixième élection générale;Numéro de bureau;Votants;Exprimés", charmap.Windows1252, EncodingWindows1252},
		{"Spanish", "Votos válidos;Número de electores;Elecciones a la Asamblea de Madrid;España", charmap.Windows1252, EncodingWindows1252},
		{"German", "Wahlkreis Nördlingen;Gültige Stimmen;Größe;Wählende", charmap.Windows1252, EncodingWindows1252},
		{"Portuguese", "Eleições municipais;Votos nulos;São Paulo;Maragogipe", charmap.Windows1252, EncodingWindows1252},
		{"Danish", "Fanø Kommune;Stemmeberettigede;Gyldige stemmer;Det Konservative Folkeparti;Færøerne", charmap.Windows1252, EncodingWindows1252},
		{"Arabic", "الانتخابات النيابية، عدد الناخبين، الأصوات الصحيحة، الأوراق الملغاة", charmap.Windows1256, EncodingWindows1256},
		{"Arabic parties", "حزب العدالة والتنمية;حزب الأصالة والمعاصرة;حزب الاستقلال", charmap.Windows1256, EncodingWindows1256},
		{"Arabic and French", "Circonscription électorale;الدائرة الانتخابية الأولى;Inscrits;عدد المسجلين", charmap.Windows1256, EncodingWindows1256},
		{"Lithuanian", "Rinkėjų sąrašuose;Galiojančių biuletenių skaičius;Tėvynės sąjunga – Lietuvos krikščionys demokratai;Šiaulių apygarda;Panevėžio", charmap.Windows1257, EncodingWindows1257},
		{"Latvian", "Latvijas Republikas Saeimas vēlēšanas;Derīgās vēlēšanu aploksnes;Jaunā Vienotība;Zaļo un Zemnieku savienība;Nacionālā apvienība", charmap.Windows1257, EncodingWindows1257},
		{"Estonian with š", "Riigikogu valimised;Hääletanute arv;Põhja-Tallinna;Eesti Keskerakond;Šveits", charmap.Windows1257, EncodingWindows1257},
		// (Estonian without š and ž reads alike in both.)
		{"Estonian", "Riigikogu valimised;Hääletanute arv;Põhja-Tallinna;Eesti Keskerakond", charmap.Windows1257, EncodingWindows1252},
	}
	for _, tt := range tests {
		if got := guessEncoding([]byte(encode(t, tt.cm, tt.text))); got != tt.want {
			t.Errorf("%s: guessEncoding = %s, want %s", tt.name, got, tt.want)
		}
	}
}

// Turkey's parties by ilçe (2023) in Windows-1254, mapped by their UTF-8
// names: without its encoding, the error names windows-1254 (it named
// windows-1252, in which "İYİ Parti" reads "ÝYÝ Parti"); with it, or with
// ISO-8859-9, the file reads as its UTF-8 original, no word said garbled.
func TestTurkishFileRead(t *testing.T) {
	text := string(readReal(t, "tr2023-ilce-partiler.csv"))
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "ilce_id", "region": "il_adi", "ballot": "list",
		"choice_column": "parti", "votes_column": "oy",
		"choice_values": {"AB": "ab", "AK Parti": "ak-parti", "ANAP": "anap", "AP": "ap", "BBP": "bbp", "BĞMSZ": "bgmsz", "CHP": "chp",
		"GBP": "gbp", "GENÇ": "genc", "HAKPAR": "hakpar", "HKP": "hkp", "MEMLEKET": "memleket", "MHP": "mhp", "MP": "mp",
		"MİLLİYOL": "milliyol", "SOL PARTİ": "sol-parti", "TKH": "tkh", "TKP": "tkp", "TİP": "tip", "VATAN": "vatan",
		"YENİDEN REFAH": "yeniden-refah", "YEŞİL SOL": "yesil-sol", "YP": "yp", "ZP": "zp", "İYİ Parti": "iyi-parti"}}`), "tr.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := ReadCSV(strings.NewReader(text), "tr.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	raw := encode(t, charmap.Windows1254, text)
	_, err = ReadCSV(strings.NewReader(raw), "tr.csv", m, Options{})
	if !errors.Is(err, ErrBadValue) || !strings.Contains(err.Error(), `it looks windows-1254; name the file's encoding in the mapping, "encoding": "windows-1254"`) {
		t.Errorf("%v; want the hint of windows-1254", err)
	}
	for _, enc := range []string{EncodingWindows1254, "cp1254", EncodingLatin5, "latin5"} {
		em := m
		em.Encoding = enc
		got, err := ReadCSV(strings.NewReader(raw), "tr.csv", em, Options{})
		if err != nil {
			t.Fatalf("%s: %v", enc, err)
		}
		if got.Garbled != nil || !reflect.DeepEqual(got.Protocols, want.Protocols) {
			t.Errorf("%s: garbled %+v; protocols read differ from the UTF-8 file's", enc, got.Garbled)
		}
	}
}

// The names a mapping may give an encoding, the new ones among them, and
// the error that lists them.
func TestEncodingNames(t *testing.T) {
	for name, want := range map[string]string{
		"windows-1254": EncodingWindows1254, "CP1254": EncodingWindows1254, "iso-8859-9": EncodingLatin5, "Latin5": EncodingLatin5,
		"windows-1256": EncodingWindows1256, "cp1256": EncodingWindows1256, "windows-1257": EncodingWindows1257, "cp1257": EncodingWindows1257,
	} {
		if got, ok := encodingOf(name); !ok || got != want {
			t.Errorf("encodingOf(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	_, err := ReadMapping(strings.NewReader(`{"precinct": "a", "ballot": "list", "votes": {"x": "x"}, "encoding": "windows-1258"}`), "m.json")
	if !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), `"windows-1254", "iso-8859-9", "windows-1256", "windows-1257"`) {
		t.Errorf("%v; want the encodings listed", err)
	}
}
