package words

var places = []Entry{}
