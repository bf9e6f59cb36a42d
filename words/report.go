package words

var report = []Entry{}
var provisional = []Entry{}
