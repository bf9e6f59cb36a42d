package api_test

import (
	"encoding/json"
	"fmt"

	"github.com/shailoo/shailoo/wasm/api"
)

// The page's demo: the embedded 2021 election, counted as
// `shailoo count --format json` counts it.
func ExampleCount() {
	out := api.Guard(func() ([]byte, error) { return api.Count(api.Source{Demo: true}) })
	var res struct {
		Lists []struct {
			Name  string `json:"name"`
			Seats int    `json:"seats"`
		} `json:"lists"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range res.Lists {
		if l.Seats > 0 {
			fmt.Println(l.Name, l.Seats)
		}
	}
	// Output:
	// Ata-Jurt Kyrgyzstan 15
	// Ishenim 12
	// Yntymak 9
	// Alliance 7
	// Butun Kyrgyzstan 6
	// Yiman Nuru 5
}

// A file that cannot be read gives an error object that says where, never
// a panic.
func ExampleGuard() {
	out := api.Guard(func() ([]byte, error) {
		return api.Count(api.Source{Election: `{"parties": [{"id": 7}]}`, ElectionName: "mine.json"})
	})
	var f api.Failure
	_ = json.Unmarshal(out, &f)
	fmt.Println(f.File, f.Line, f.Field)
	// Output:
	// mine.json 1 parties[0].id
}
