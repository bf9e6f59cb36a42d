package words

// errs are the words of errors about input files, for the page (which
// gets them in app.js) and any caller that shows an error in the user's
// language; Explain in wasm/api gives an error's key and figures.
var errs = []Entry{}
