package svg_test

import (
	"bytes"
	"fmt"

	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/forensics"
	"github.com/shailoo/shailoo/forensics/svg"
)

// The seven charts of the embedded 2021 election, in Kyrgyz: each an SVG
// document with a <title> and a <desc>, ending with the seed.
func ExampleCharts() {
	ds, _ := datasets.KG2021()
	d, _ := forensics.FromElection(ds.Election)
	r, _ := forensics.Analyze(d, forensics.Params{Seed: 3, Draws: 100})
	for _, c := range svg.Charts(r, "ky") {
		fmt.Println(c.Name, bytes.Contains(c.SVG, []byte("урук 3, 100")), c.Title)
	}
	// Output:
	// comet true Катышуу × «Ата-Журт Кыргызстан» үлүшү: 1% × 1% клеткадагы шайлоочулар
	// integer true Бүтүн пайыздагы участоктор: байкалганы жана кокустуктан күтүлгөнү
	// digits true Добуштардын акыркы цифралары (100 жана андан көп сандар)
	// machine true Кол менен эсептөө машина менен эсептөөгө каршы, аймактар боюнча
	// regions true Аймактар боюнча катышуу, участоктор боюнча
	// sizes true Участоктордун өлчөмү: тизмедеги шайлоочулар
	// invalid true Жараксыз бюллетендер: жараксыз + жарактуулардагы үлүшү, участоктор боюнча
}
