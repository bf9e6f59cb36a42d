package words

import "strings"

// notes holds the sentences a count writes into a Result's notes from the
// catalog. A Result carries its notes in English (Result.Notes, read by
// programs and shown by the page); a report in another language says a
// note made from one of these sentences again in its language (Note).
var notes = []Entry{
	// The definition and the files (stream.go, learn.go, internal/loader,
	// ingest.Define).
	{"note.inferred", Text{"No election definition given: the definition is inferred from the mapping {file}: {n} parties, one per mapped vote column, named by its header; precincts from the rows; no candidate lists (deputies not given).",
		"Определение выборов не дано: оно выведено из сопоставления {file}: партии ({n}), по одной на каждый сопоставленный столбец голосов, каждая названа по заголовку столбца; участки взяты из строк; списков кандидатов нет (депутаты не названы).",
		"Шайлоонун аныктамасы берилген жок: ал {file} дал келтирүүсүнөн чыгарылды: {n} партия, ар бир дал келтирилген добуш мамычасына бирден, мамычанын аталышы менен аталган; участоктор саптардан алынды; талапкерлердин тизмелери жок (депутаттар аталган жок)."}},
	{"note.inferred_long", Text{"No election definition given: the definition is inferred from the mapping {file}: {n} parties, one per choice of choice_values, named by its cell text; precincts from the rows; no candidate lists (deputies not given).",
		"Определение выборов не дано: оно выведено из сопоставления {file}: партии ({n}), по одной на каждый вариант из choice_values, каждая названа по тексту ячейки; участки взяты из строк; списков кандидатов нет (депутаты не названы).",
		"Шайлоонун аныктамасы берилген жок: ал {file} дал келтирүүсүнөн чыгарылды: {n} партия, choice_values ичиндеги ар бир тандоого бирден, уячанын тексти менен аталган; участоктор саптардан алынды; талапкерлердин тизмелери жок (депутаттар аталган жок)."}},
	{"note.inferred_prefs", Text{"No election definition given: the definition is inferred from the mapping {file}: {n} parties, one per mapped vote column, named by its header; their candidates those of its {c} preference columns, named by their headers, each on the list whose ID, then \"-\", begins the candidate's (\"p1-1\" on list p1), their list positions not given; precincts from the rows.",
		"Определение выборов не дано: оно выведено из сопоставления {file}: партии ({n}), по одной на каждый сопоставленный столбец голосов, каждая названа по заголовку столбца; их кандидаты — кандидаты его столбцов преференций ({c}), каждый назван по заголовку столбца и стоит в списке, чей ID с «-» начинает ID кандидата («p1-1» в списке p1), места в списках не даны; участки взяты из строк.",
		"Шайлоонун аныктамасы берилген жок: ал {file} дал келтирүүсүнөн чыгарылды: {n} партия, ар бир дал келтирилген добуш мамычасына бирден, мамычанын аталышы менен аталган; алардын талапкерлери — анын артыкчылык мамычаларынын талапкерлери ({c}), ар бири мамычанын аталышы менен аталган жана ID'си «-» менен талапкердин ID'син баштаган тизмеде («p1-1» p1 тизмесинде), тизмедеги орундары берилген жок; участоктор саптардан алынды."}},
	{"note.inferred_long_prefs", Text{"No election definition given: the definition is inferred from the mapping {file}: {n} parties, one per choice of choice_values, named by its cell text; their candidates the {c} of its preference_values, named by their cell texts, each on the list whose ID, then \"-\", begins the candidate's (\"p1-1\" on list p1), their list positions not given; precincts from the rows.",
		"Определение выборов не дано: оно выведено из сопоставления {file}: партии ({n}), по одной на каждый вариант из choice_values, каждая названа по тексту ячейки; их кандидаты — кандидаты его preference_values ({c}), каждый назван по тексту ячейки и стоит в списке, чей ID с «-» начинает ID кандидата («p1-1» в списке p1), места в списках не даны; участки взяты из строк.",
		"Шайлоонун аныктамасы берилген жок: ал {file} дал келтирүүсүнөн чыгарылды: {n} партия, choice_values ичиндеги ар бир тандоого бирден, уячанын тексти менен аталган; алардын талапкерлери — анын preference_values талапкерлери ({c}), ар бири уячанын тексти менен аталган жана ID'си «-» менен талапкердин ID'син баштаган тизмеде («p1-1» p1 тизмесинде), тизмедеги орундары берилген жок; участоктор саптардан алынды."}},
	{"note.blank_not_listed", Text{"The mapping {file} gives {choices}, named as the blank votes, as a list like any other, which passes thresholds and takes seats; where the blank votes are valid votes that take no seat (Spain's votos en blanco), list the ID in the mapping's blank_votes; where they are not valid votes, map them as a line.",
		"Сопоставление {file} даёт {choices}, названные как пустые бюллетени, как обычный список, который проходит пороги и получает мандаты; если пустые бюллетени — действительные голоса без мандатов (votos en blanco в Испании), укажите ID в blank_votes сопоставления; если они не действительные голоса, сопоставьте их как строку протокола.",
		"{file} дал келтирүүсү бош бюллетендер деп аталган {choices} тизмесин кадимки тизме катары берет, ал босогодон өтүп, мандат алат; бош бюллетендер мандат албаган жарактуу добуштар болсо (Испаниянын votos en blanco), ID'ни дал келтирүүнүн blank_votes талаасына жазыңыз; жарактуу добуштар болбосо, аларды протоколдун сабы катары дал келтириңиз."}},
	{"note.inferred_no_against_all", Text{"The list ballot has no \"against all\": the rule set says so, and the mapping {file} gives none.",
		"В бюллетене по спискам нет графы «против всех»: так говорит набор правил, и сопоставление {file} её не даёт.",
		"Тизмелер боюнча бюллетенде «баарына каршы» графасы жок: муну эрежелер топтому айтат, жана {file} дал келтирүүсү аны бербейт."}},
	{"note.inferred_no_against_all_unsaid", Text{"The mapping {file} maps no \"against all\" column, and the rule set does not say that the list ballot lacks it (the default: it has it): its votes are not given (X229), and a base that sums them is not evaluated, never taken smaller. If the file gives them, map the column (\"votes\": {\"against_all\": \"<its header>\"}); if the ballot has none, say so in the rule set: \"protocol\": {\"ballots\": {\"{ballot}\": {\"against_all\": false}}}.",
		"Сопоставление {file} не даёт столбца «против всех», а набор правил не говорит, что в бюллетене по спискам его нет (по умолчанию он есть): эти голоса не даны (X229), и база, которая их суммирует, не оценена и никогда не берётся меньше. Если файл их даёт, сопоставьте столбец (\"votes\": {\"against_all\": \"<его заголовок>\"}); если в бюллетене его нет, скажите это в наборе правил: \"protocol\": {\"ballots\": {\"{ballot}\": {\"against_all\": false}}}.",
		"{file} дал келтирүүсү «баарына каршы» мамычасын бербейт, ал эми эрежелер топтому тизмелер боюнча бюллетенде ал жок деп айтпайт (демейки боюнча ал бар): бул добуштар берилген жок (X229), аларды кошкон негиз бааланган жок жана эч качан азыраак алынбайт. Файл аларды берсе, мамычаны дал келтириңиз (\"votes\": {\"against_all\": \"<анын аталышы>\"}); бюллетенде ал жок болсо, муну эрежелер топтомунда айтыңыз: \"protocol\": {\"ballots\": {\"{ballot}\": {\"against_all\": false}}}."}},
	{"note.inferred_no_against_all_okrug_unsaid", Text{"The mapping {file} maps no \"against all\" column, and the rule set does not say that the okrug ballot lacks it (the default: it has it): its votes are not given (X229), and what sums or compares them is not evaluated. If the file gives them, map the column (\"votes\": {\"against_all\": \"<its header>\"}); if the ballot has none, say so in the rule set: \"protocol\": {\"ballots\": {\"{ballot}\": {\"against_all\": false}}}.",
		"Сопоставление {file} не даёт столбца «против всех», а набор правил не говорит, что в бюллетене по округу его нет (по умолчанию он есть): эти голоса не даны (X229), и то, что их суммирует или с ними сравнивает, не оценено. Если файл их даёт, сопоставьте столбец (\"votes\": {\"against_all\": \"<его заголовок>\"}); если в бюллетене его нет, скажите это в наборе правил: \"protocol\": {\"ballots\": {\"{ballot}\": {\"against_all\": false}}}.",
		"{file} дал келтирүүсү «баарына каршы» мамычасын бербейт, ал эми эрежелер топтому округ боюнча бюллетенде ал жок деп айтпайт (демейки боюнча ал бар): бул добуштар берилген жок (X229), аларды кошкон же салыштырган нерсе бааланган жок. Файл аларды берсе, мамычаны дал келтириңиз (\"votes\": {\"against_all\": \"<анын аталышы>\"}); бюллетенде ал жок болсо, муну эрежелер топтомунда айтыңыз: \"protocol\": {\"ballots\": {\"{ballot}\": {\"against_all\": false}}}."}},
	{"note.against_all_unread", Text{"{file}: column {column} reads as the votes against all, and the mapping does not read it: map it, \"votes\": {\"against_all\": {header}}.",
		"{file}: столбец {column} читается как голоса «против всех», а сопоставление его не читает: сопоставьте его, \"votes\": {\"against_all\": {header}}.",
		"{file}: {column}-мамыча «баарына каршы» добуштары катары окулат, бирок дал келтирүү аны окубайт: аны дал келтириңиз, \"votes\": {\"against_all\": {header}}."}},
	{"note.inferred_okrugs", Text{"No election definition given: the definition is inferred from the mapping {file}: okrugs (districts) decided on the okrug ballot, each electing the seats of the rule set (okrug.seats), no party lists; {n} candidates, one per mapped vote column, named by its header; the okrugs and the candidates of each are learnt from the rows.",
		"Определение выборов не дано: оно выведено из сопоставления {file}: округа, итоги по бюллетеню округа, в каждом столько мест, сколько даёт набор правил (okrug.seats), без партийных списков; кандидаты ({n}), по одному на каждый сопоставленный столбец голосов, каждый назван по заголовку столбца; округа и кандидаты каждого из них взяты из строк.",
		"Шайлоонун аныктамасы берилген жок: ал {file} дал келтирүүсүнөн чыгарылды: округдар, округ боюнча бюллетень менен, ар биринде эрежелер топтому берген орундар (okrug.seats), партиялык тизмелерсиз; {n} талапкер, ар бир дал келтирилген добуш мамычасына бирден, мамычанын аталышы менен аталган; округдар жана ар биринин талапкерлери саптардан алынды."}},
	{"note.inferred_okrugs_long", Text{"No election definition given: the definition is inferred from the mapping {file}: okrugs (districts) decided on the okrug ballot, each electing the seats of the rule set (okrug.seats), no party lists; {n} candidates, one per choice of choice_values, named by its cell text; the okrugs and the candidates of each are learnt from the rows.",
		"Определение выборов не дано: оно выведено из сопоставления {file}: округа, итоги по бюллетеню округа, в каждом столько мест, сколько даёт набор правил (okrug.seats), без партийных списков; кандидаты ({n}), по одному на каждый вариант из choice_values, каждый назван по тексту ячейки; округа и кандидаты каждого из них взяты из строк.",
		"Шайлоонун аныктамасы берилген жок: ал {file} дал келтирүүсүнөн чыгарылды: округдар, округ боюнча бюллетень менен, ар биринде эрежелер топтому берген орундар (okrug.seats), партиялык тизмелерсиз; {n} талапкер, choice_values ичиндеги ар бир тандоого бирден, уячанын тексти менен аталган; округдар жана ар биринин талапкерлери саптардан алынды."}},
	{"note.choice_lists_unmatched", Text{"{n} okrug candidates carry no list: their party cell (choice_list_column) is no party of the election and list_values does not map it, or their rows give them two parties: {candidates}; the rule set does not compensate for okrug seats, so no seat depends on it.",
		"У кандидатов в округах ({n}) нет списка: их ячейка партии (choice_list_column) не называет партию выборов, и list_values её не сопоставляет, или их строки дают им две партии: {candidates}; набор правил не засчитывает места в округах в списочные, так что ни одно место от этого не зависит.",
		"Округдагы талапкерлердин ({n}) тизмеси жок: алардын партия уячасы (choice_list_column) шайлоонун партиясын атабайт, list_values аны дал келтирбейт, же алардын саптары аларга эки партия берет: {candidates}; эрежелер топтому округдагы орундарды тизмелик орундарга эсептебейт, ошондуктан бир да орун буга көз каранды эмес."}},
	{"note.compensate_no_lists", Text{"The list seats compensate for the okrug seats each list's candidates won, but no okrug candidate carries a list (a candidate's \"list\" in the definition, or the mapping's choice_list_column for okrugs learnt from a long file): every list's okrug seats are counted as 0.",
		"Списочные места засчитывают места, которые кандидаты каждого списка получили в округах, но ни один кандидат в округе не относится к списку («list» кандидата в определении или choice_list_column сопоставления для округов, взятых из длинного файла): места каждого списка в округах считаются равными 0.",
		"Тизмелик орундар ар бир тизменин талапкерлери округдарда алган орундарды эсептейт, бирок округдагы бир да талапкер тизмеге таандык эмес (аныктамадагы талапкердин «list» талаасы же узун файлдан алынган округдар үчүн дал келтирүүнүн choice_list_column талаасы): ар бир тизменин округдагы орундары 0 деп эсептелет."}},
	{"note.compensate_winners_no_list", Text{"Okrug winners who carry no list (\"no_list\" in the definition, or a party cell that is empty or that list_values maps to \"\": an independent, or a party with no list in the region): {winners}; their seats count against no list (Scotland Act 1998, s. 8: only a party's okrug seats count against its list).",
		"Победители в округах, не относящиеся ни к одному списку («no_list» в определении или ячейка партии, пустая либо сопоставленная в list_values с \"\": независимый кандидат или партия без списка в регионе): {winners}; их места не засчитываются ни одному списку (Закон о Шотландии 1998 г., ст. 8: списку засчитываются только места его партии в округах).",
		"Округдарда жеңген, бир да тизмеге таандык эмес талапкерлер (аныктамадагы «no_list», же бош же list_values ичинде \"\" менен дал келтирилген партия уячасы: көз карандысыз талапкер же аймакта тизмеси жок партия): {winners}; алардын орундары бир да тизмеге эсептелбейт (1998-жылдагы Шотландия жөнүндө мыйзам, 8-берене: тизмеге анын партиясынын округдардагы орундары гана эсептелет)."}},
	{"note.compensate_winners_list_unknown", Text{"Okrug winners whose list the definition does not give (neither \"list\" nor \"no_list\"): {winners}; their seats are counted against no list, as an independent's, and the list seats of their regions are provisional: give each such candidate \"list\": \"<party ID>\", or \"no_list\": true for an independent.",
		"Победители в округах, список которых определение не даёт (нет ни «list», ни «no_list»): {winners}; их места не засчитаны ни одному списку, как места независимых кандидатов, и мандаты по спискам их регионов предварительные: укажите такому кандидату \"list\": \"<ID партии>\" или \"no_list\": true для независимого.",
		"Тизмесин аныктама бербеген округдарда жеңгендер («list» да, «no_list» да жок): {winners}; алардын орундары көз карандысыз талапкердикиндей бир да тизмеге эсептелген жок, ошондуктан алардын аймактарынын тизмелер боюнча мандаттары алдын ала: мындай талапкерге \"list\": \"<партиянын ID'си>\" же көз карандысыз болсо \"no_list\": true бериңиз."}},
	{"note.choice_lists_no_parties", Text{"choice_list_column is not used: the election has no party lists for the okrug candidates' parties to carry.",
		"choice_list_column не используется: у выборов нет партийных списков, к которым относились бы партии кандидатов в округах.",
		"choice_list_column колдонулбайт: шайлоодо округдагы талапкерлердин партиялары таандык боло турган партиялык тизмелер жок."}},
	{"note.choice_list_column_unread", Text{"{file}: choice_list_column is not read: the definition lists the okrugs, and its candidates carry the lists it gives them (a candidate's \"list\").",
		"{file}: choice_list_column не читается: определение перечисляет округа, и его кандидаты идут от тех списков, что оно им даёт («list» кандидата).",
		"{file}: choice_list_column окулбайт: аныктама округдарды санап берет, анын талапкерлери ал берген тизмелерге таандык (талапкердин «list» талаасы)."}},
	{"note.inferred_no_against_all_okrug", Text{"The okrug ballot has no \"against all\": the rule set says so, and the mapping {file} gives none.",
		"В бюллетене по округу нет графы «против всех»: так говорит набор правил, и сопоставление {file} её не даёт.",
		"Округ боюнча бюллетенде «баарына каршы» графасы жок: муну эрежелер топтому айтат, жана {file} дал келтирүүсү аны бербейт."}},
	{"note.okrugs_learnt", Text{"The definition lists no okrugs: the okrugs ({okrugs}) are those the rows' okrug cells name (in the order of the rows, each in the region its rows name), with {candidates} candidacies of {choices} candidates: an okrug's candidates are those its rows give a figure for; a candidate whose cell is empty in every row of an okrug (in a long file: whom no row of the okrug names) did not stand there and is not one of its candidates.",
		"В определении нет округов: округа ({okrugs}) взяты из ячеек округа в строках (в порядке строк, каждый в регионе, который называют его строки); кандидатур: {candidates}, кандидатов: {choices}: кандидаты округа — те, для кого его строки дают число; кандидат, чья ячейка пуста во всех строках округа (в длинном файле: кого не называет ни одна строка округа), в этом округе не баллотировался и его кандидатом не считается.",
		"Аныктамада округдар жок: {okrugs} округ саптардагы округ уячаларынан алынды (саптардын тартибинде, ар бири өз саптары атаган аймакта); талапкерликтер: {candidates}, талапкерлер: {choices}: округдун талапкерлери — анын саптары сан берген талапкерлер; округдун бардык саптарында уячасы бош болгон (узун файлда: округдун бир да сабы атабаган) талапкер ал округда шайланууга катышкан эмес жана анын талапкери болуп эсептелбейт."}},
	{"note.okrugs_rows_only", Text{"The okrugs are learnt from the rows given, and each elects the leader of its rows: a file of part of a district (a county's or a town's rows of a wider contest) does not cover the district, and its winner may not be the district's; to count a district whole, give the rows of all its precincts.",
		"Округа определены по данным строкам, и избранный в каждом — лидер его строк: файл части округа (строки одного района или города при более широких выборах) не охватывает весь округ, и его победитель может не быть победителем округа; чтобы подсчитать округ целиком, дайте строки всех его участков.",
		"Округдар берилген саптар боюнча аныкталды, ар биринде шайланган — анын саптарынын алдыңкысы: округдун бир бөлүгүнүн файлы (кеңири шайлоодогу бир райондун же шаардын саптары) бүт округду камтыбайт, анын жеңүүчүсү округдун жеңүүчүсү болбошу мүмкүн; округду толук эсептөө үчүн анын бардык участокторунун саптарын бериңиз."}},
	{"note.guesses", Text{"The mapping {file} still holds {n} guesses of \"mapping draft\" (\"_guesses\"): confirm each and delete them.",
		"Сопоставление {file} всё ещё содержит догадки черновика (shailoo mapping draft, «_guesses»): {n}; подтвердите каждую и удалите их.",
		"{file} дал келтирүүсүндө долбоордун божомолдору (shailoo mapping draft, «_guesses») дагы эле бар: {n}; ар бирин ырастап, аларды өчүрүңүз."}},
	{"note.spread_region_abroad", Text{"The spread rule of okrug {okrug} counts region \"{region}\" (precincts {precincts}) as one of its {n} regions, but its name says the voters abroad: if its precincts are abroad, mark them so (the mapping's abroad with abroad_values, or the definition's precincts \"abroad\": true), and they count in the nation's figures and in no region; the outcome may turn on it.",
		"Правило распределения (okrug.spread) округа {okrug} считает регион «{region}» (участки {precincts}) одним из {n} его регионов, но его название означает голосующих за рубежом: если его участки за рубежом, отметьте это (abroad с abroad_values в сопоставлении или \"abroad\": true у участков определения), и они учитываются в итогах страны, ни в одном регионе; от этого может зависеть исход.",
		"{okrug} округунун жайылуу эрежеси (okrug.spread) «{region}» аймагын (участоктор {precincts}) анын {n} аймагынын бири катары санайт, бирок анын аталышы чет өлкөдөгү шайлоочуларды билдирет: анын участоктору чет өлкөдө болсо, муну белгилеңиз (дал келтирүүдө abroad жана abroad_values же аныктаманын участокторунда \"abroad\": true), ошондо алар өлкөнүн жыйынтыгында эсептелет, эч бир аймакта эмес; жыйынтык ушундан көз каранды болушу мүмкүн."}},
	{"note.regions_learnt", Text{"The definition lists no regions: the regions ({n}) are those the files' rows name (their region cells, or the mapping's region_id), each named as written there.",
		"В определении нет регионов: регионы ({n}) взяты из строк файлов (из ячеек региона или из региона, заданного сопоставлением), каждый назван так, как там написано.",
		"Аныктамада аймактар жок: {n} аймак файлдардын саптарынан алынды (аймак уячаларынан же дал келтирүүдө берилген аймактан), ар бири ошол жерде жазылгандай аталды."}},
	{"note.precincts_scoped", Text{"Places that rows of different files put in different okrugs: {n} ({keys}). Such a place serves several okrugs and gives a protocol of each: a precinct of each okrug, its ID \"<okrug> / <key>\".",
		"Мест, которые строки разных файлов относят к разным округам: {n} ({keys}). Такое место обслуживает несколько округов и даёт протокол по каждому: участок каждого округа с ID «<округ> / <ключ>».",
		"Ар кайсы файлдардын саптары ар башка округдарга киргизген жайлар: {n} ({keys}). Мындай жай бир нече округду тейлейт жана ар бири боюнча протокол берет: ар бир округдун участогу, ID'си «<округ> / <ачкыч>»."}},
	{"note.precincts_from_ballots", Text{"The definition lists no precincts: the precincts ({n}) are those the ballots name, with no region or okrug.",
		"В определении нет участков: участки ({n}) взяты из бюллетеней, без региона и округа.",
		"Аныктамада участоктор жок: {n} участок бюллетендерден алынды, аймаксыз жана округсуз."}},
	{"note.ballot_columns_unread", Text{"{file}: columns not read: {columns}. What they hold is not counted: a ballot's choice is read from the choice column alone (later preferences, other contests and IDs are not used).",
		"{file}: не прочитаны столбцы: {columns}. То, что в них, не учтено: выбор бюллетеня берётся только из столбца выбора (следующие предпочтения, другие выборы и номера не используются).",
		"{file}: окулбаган мамычалар: {columns}. Алардагысы эсептелген жок: бюллетендин тандоосу тандоо мамычасынан гана алынат (кийинки артыкчылыктар, башка шайлоолор жана номерлер колдонулбайт)."}},
	{"note.first_choices_majority", Text{"Okrug {okrug}: its ranked ballots were counted by their first choices alone, but {leader} has {votes} of them, more than half of the okrug's {ballots} ballots: no round of a ranked count can elect another, and the okrug is decided, not provisional.",
		"Округ {okrug}: его ранжированные бюллетени подсчитаны только по первым предпочтениям, но у {leader} их {votes}, больше половины из {ballots} бюллетеней округа: ни один тур ранжированного подсчёта не изберёт другого, и округ определён, а не предварительно.",
		"{okrug} округу: анын рейтингдик бюллетендери биринчи тандоолору боюнча гана эсептелди, бирок {leader} алардын {votes} алды, бул округдун {ballots} бюллетенинин жарымынан көп: рейтингдик эсептөөнүн эч бир туру башканы шайлай албайт, округ алдын ала эмес, аныкталды."}},
	{"note.ballots_not_on_ballot", Text{"{file}: {n} lines (the first at line {line}) have an empty choice cell, which the mapping reads as a contest not on their ballot (\"empty\": \"not_on_ballot\"): they are not counted in the contest, neither as ballots nor as invalid ones.",
		"{file}: строк с пустой ячейкой выбора: {n} (первая в строке {line}); сопоставление читает её как выбор, которого не было в их бюллетене (\"empty\": \"not_on_ballot\"): они не учтены в этом выборе ни как бюллетени, ни как недействительные.",
		"{file}: тандоо уячасы бош саптар: {n} (биринчиси {line}-сапта); дал келтирүү аны бул шайлоо алардын бюллетенинде болбогон деп окуйт (\"empty\": \"not_on_ballot\"): алар бул шайлоодо бюллетень катары да, жараксыз катары да эсептелген жок."}},
	{"note.ballots_skipped_first", Text{"{file}: {n} ballots (the first at line {line}) leave their first choice unmarked and name a candidate in their second rank: each is counted for that candidate, not as an invalid ballot, as a ranked count passes over one skipped rank (Maine's law, 21-A M.R.S. §723-A; the file's first choices alone would make them invalid). Their first valid choice is a later rank: the okrug's result is provisional.",
		"{file}: бюллетеней без отметки в первом выборе и с кандидатом во втором ранге: {n} (первый в строке {line}): каждый учтён за этого кандидата, а не как недействительный, так как ранжированный подсчёт пропускает один пропущенный ранг (закон штата Мэн, 21-A M.R.S. §723-A; по одним первым выборам файла они были бы недействительными). Их первый действительный выбор — поздний ранг: результат округа предварительный.",
		"{file}: биринчи тандоосу белгиленбеген жана экинчи рангында талапкер көрсөтүлгөн бюллетендер: {n} (биринчиси {line}-сапта): ар бири жараксыз катары эмес, ошол талапкер үчүн эсептелди, анткени рейтингдик эсептөө бир өткөрүлгөн рангды аттап өтөт (Мэн штатынын мыйзамы, 21-A M.R.S. §723-A; файлдын биринчи тандоолору гана боюнча алар жараксыз болмок). Алардын биринчи жарактуу тандоосу кийинки ранг: округдун жыйынтыгы алдын ала."}},
	{"note.ballots_skipped_twice", Text{"{file}: {n} ballots (the first at line {line}) leave their first two ranks unmarked and name a candidate in a later one: they are counted as invalid ballots, as Maine's law exhausts a ballot at two sequential skipped rankings (21-A M.R.S. §723-A); a law that passes over every skipped rank would count them for that candidate.",
		"{file}: бюллетеней без отметок в первых двух рангах и с кандидатом в более позднем: {n} (первый в строке {line}): они учтены как недействительные, так как закон штата Мэн считает бюллетень исчерпанным после двух пропущенных подряд рангов (21-A M.R.S. §723-A); закон, пропускающий любые пропущенные ранги, учёл бы их за этого кандидата.",
		"{file}: биринчи эки рангы белгиленбеген жана кийинки рангында талапкер көрсөтүлгөн бюллетендер: {n} (биринчиси {line}-сапта): алар жараксыз бюллетень катары эсептелди, анткени Мэн штатынын мыйзамы катары менен өткөрүлгөн эки рангдан кийин бюллетенди түгөнгөн деп эсептейт (21-A M.R.S. §723-A); ар кандай өткөрүлгөн рангды аттап өтүүчү мыйзам аларды ошол талапкер үчүн эсептемек."}},
	{"note.line_ids", Text{"{file}: {n} rows name no precinct (the first at line {line}): each is a precinct of its own, its ID made of its key cells with \"line N\" for the empty ones.",
		"{file}: строк без участка: {n} (первая в строке {line}): каждая считается отдельным участком, его идентификатор составлен из ключевых ячеек, а пустые заменены на «line N».",
		"{file}: участогу көрсөтүлбөгөн саптар: {n} (биринчиси {line}-сапта): ар бири өзүнчө участок болуп эсептелет, анын идентификатору ачкыч уячаларынан түзүлөт, ал эми бош уячалар «line N» менен алмаштырылат."}},
	{"note.totals_only", Text{"Totals-only count: the cross-checks between protocols are not made, except that a protocol given twice is found (X207): the machine count against the manual one, the list ballot against the okrug ballot and the protocols missing are checked by a full count.",
		"Подсчёт только итогов: перекрёстные проверки протоколов не выполняются, кроме поиска протокола, данного дважды (X207): автоматический подсчёт против ручного, партийный бюллетень против окружного и недостающие протоколы проверяет полный подсчёт.",
		"Жыйынтыктарды гана эсептөө: протоколдорду кайчылаш текшерүү жасалбайт, эки жолу берилген протоколду издөөдөн башка (X207): автоматтык эсептөөнү кол менен эсептөөгө, партиялык бюллетенди округдук бюллетенге салыштырууну жана жетишпеген протоколдорду толук эсептөө текшерет."}},
	{"note.totals_only_placed", Text{"Totals-only count of files whose definition lists no precincts: each row is placed by its own region, okrug and abroad cells; precincts are not counted.",
		"Подсчёт только итогов по файлам, в определении которых нет участков: каждая строка отнесена по своим ячейкам региона, округа и «за рубежом»; участки не подсчитываются.",
		"Аныктамасында участоктор жок файлдар боюнча жыйынтыктарды гана эсептөө: ар бир сап өзүнүн аймак, округ жана «чет өлкөдө» уячалары боюнча бөлүштүрүлдү; участоктор эсептелбейт."}},
	{"note.totals_only_regions", Text{"The definition lists no regions and the count is totals-only: the region cells are not used (regions are not evaluated); a count that is not totals-only takes the regions from the cells.",
		"В определении нет регионов, а подсчёт только итоговый: ячейки региона не используются (регионы не проверяются); обычный подсчёт берёт регионы из ячеек.",
		"Аныктамада аймактар жок, ал эми эсеп жыйынтыктарды гана камтыйт: аймак уячалары колдонулбайт (аймактар текшерилбейт); кадимки эсеп аймактарды уячалардан алат."}},
	// The count (count.go, provisional.go).
	{"note.open_question", Text{"The rule set {rules} names {question} = {value}, which public sources do not establish (an open question): the result rests on that choice.",
		"Набор правил {rules} задаёт {question} = {value}, что открытые источники не подтверждают (открытый вопрос): результат зависит от этого выбора.",
		"{rules} эрежелер топтому {question} = {value} деп белгилейт, муну ачык булактар ырастабайт (ачык суроо): жыйынтык ушул тандоого көз каранды."}},
	{"note.open_question_unused", Text{"The rule set {rules} leaves {question} open: public sources do not establish it, and the count does not depend on it.",
		"Набор правил {rules} оставляет {question} открытым: открытые источники этого не устанавливают, и подсчёт от этого не зависит.",
		"{rules} эрежелер топтому {question} маселесин ачык калтырат: ачык булактар аны аныктабайт, эсеп андан көз каранды эмес."}},
	{"note.form_lines", Text{"Relations of the protocol form are not evaluated: the protocols do not give line(s) {line_ids}. If the commission's form has no such line (no mobile boxes, no early voting), the rule set says so: \"protocol\": {\"lines\": [...]} without them; the relations are then checked over the lines the form has (docs/rules.md, the protocol form).",
		"Соотношения протокола не проверены: в протоколах нет строк: {line_ids}. Если в форме протокола комиссии таких строк нет (нет переносных ящиков, досрочного голосования), это указывается в наборе правил: \"protocol\": {\"lines\": [...]} без них; тогда соотношения проверяются по строкам, которые в форме есть (docs/rules.md, форма протокола).",
		"Протоколдун катыштары текшерилген жок: протоколдордо бул саптар жок: {line_ids}. Эгер комиссиянын протокол формасында мындай саптар жок болсо (көчмө кутулар, мөөнөтүнөн мурда добуш берүү жок), бул эрежелер топтомунда айтылат: \"protocol\": {\"lines\": [...]} аларсыз; анда катыштар формада бар саптар боюнча текшерилет (docs/rules.md, протокол формасы)."}},
	{"note.form_lines_part", Text{"Relations of the protocol form that use line(s) {line_ids} are not evaluated on the protocols that lack them: the line(s) are missing in {n} of {of} protocols, and given in the others.",
		"Соотношения протокола со строками {line_ids} не проверены в протоколах, где этих строк нет: их нет в {n} из {of} протоколов, в остальных они даны.",
		"{line_ids} саптары катышкан протоколдун катыштары бул саптар жок протоколдордо текшерилген жок: алар {of} протоколдун {n} протоколунда жок, калгандарында берилген."}},
	{"note.no_list_tier", Text{"The rule set {rules} has no list tier: the election's {n} parties are not counted.",
		"В наборе правил {rules} нет партийных списков: партии выборов ({n}) не подсчитываются.",
		"{rules} эрежелер топтомунда партиялык тизмелер жок: шайлоонун {n} партиясы эсептелбейт."}},
	{"note.registration_unknown", Text{"The rule set {rules} settles a tie by the order of registration ({tier}: registration_order), which a definition inferred from a mapping does not give (its choices are in the order of their IDs): a tie there awaits lots, given as input (--lot-seed), and is reported until then.",
		"Набор правил {rules} решает равенство голосов по порядку регистрации ({tier}: registration_order), а определение выборов, выведенное из сопоставления, его не содержит (выборы в нём идут по порядку идентификаторов): такое равенство ждёт жребия, заданного на входе (--lot-seed), и до тех пор о нём сообщается.",
		"{rules} эрежелер топтому добуштардын теңдигин каттоо тартиби менен чечет ({tier}: registration_order), ал эми салыштыруудан чыгарылган шайлоонун аныктамасында ал жок (тандоолор идентификаторлордун тартибинде): мындай теңдик киргизилген чүчү кулакты (--lot-seed) күтөт жана ага чейин ал тууралуу билдирилет."}},
	{"note.kind_not_named", Text{"{party} is a list of the kind «{kind}», which the rule set's threshold does not name (threshold.kinds): it is held to the threshold's own {percent}%.",
		"{party}: список вида «{kind}», которого порог набора правил не называет (threshold.kinds): к нему применён общий порог {percent}%.",
		"{party}: «{kind}» түрүндөгү тизме, аны эрежелер топтомунун босогосу атабайт (threshold.kinds): ага жалпы {percent}% босогосу колдонулду."}},
	{"note.no_regions_regional", Text{"The regional threshold was not evaluated: the election defines no regions.",
		"Региональный порог не проверен: в выборах не определены регионы.",
		"Аймактык босого текшерилген жок: шайлоодо аймактар аныкталган эмес."}},
	{"note.regional_open", Text{"{party}: the regional threshold was not evaluated (no figures for {regions}); the list is seated on its national result.",
		"{party}: региональный порог не проверен (нет цифр по {regions}); список допущен к распределению мандатов по общенациональному результату.",
		"{party}: аймактык босого текшерилген жок ({regions} боюнча сандар жок); тизме өлкө боюнча жыйынтыгы менен мандат бөлүштүрүүгө киргизилди."}},
	{"note.regional_open_no_regions", Text{"{party}: the regional threshold was not evaluated (the election defines no regions); the list is seated on its national result.",
		"{party}: региональный порог не проверен (в выборах не определены регионы); список допущен к распределению мандатов по общенациональному результату.",
		"{party}: аймактык босого текшерилген жок (шайлоодо аймактар аныкталган эмес); тизме өлкө боюнча жыйынтыгы менен мандат бөлүштүрүүгө киргизилди."}},
	{"note.regional_open_reason", Text{"{party}: the regional threshold was not evaluated ({reason}); the list is seated on its national result.",
		"{party}: региональный порог не проверен ({reason}); список допущен к распределению мандатов по общенациональному результату.",
		"{party}: аймактык босого текшерилген жок ({reason}); тизме өлкө боюнча жыйынтыгы менен мандат бөлүштүрүүгө киргизилди."}},
	{"note.list_seats_unfilled", Text{"List seats not filled: {n}: {reason}",
		"Мандатов по спискам не распределено: {n}: {reason}",
		"Тизмелер боюнча бөлүштүрүлбөгөн мандаттар: {n}: {reason}"}},
	{"note.summed_figures", Text{"{file}: \"choice_rows\": \"sum\" summed choice figures from two rows or more: {n} (a protocol's choice each); rows summed that differ in numbers alone, in no text cell, are found (I610).",
		"{file}: \"choice_rows\": \"sum\" сложил числа вариантов из двух строк и более: {n} (каждое — вариант одного протокола); сложенные строки, различающиеся только числами, ни одной текстовой ячейкой, отмечаются (I610).",
		"{file}: \"choice_rows\": \"sum\" тандоолордун сандарын эки же андан көп саптан кошту: {n} (ар бири бир протоколдун тандоосу); сандар менен гана айырмаланган, эч бир текст уячасы менен айырмаланбаган кошулган саптар белгиленет (I610)."}},
	{"note.total_rows_unplaced", Text{"Rows that are totals of other rows in no defined region or okrug: {n} (finding {code}: {rows}): no okrug's sums count them, so the okrugs were decided without their votes, not with them twice; only the nation's totals count their rows' votes twice.",
		"Строк, которые являются итогами других строк и не относятся ни к одному определённому региону или округу: {n} (замечание {code}: {rows}): суммы округов их не учитывают, поэтому округа определены без их голосов, а не с их голосами дважды; дважды голоса их строк учтены только в общенациональных итогах.",
		"Башка саптардын жыйынтыгы болгон, эч бир аныкталган аймакка же округга кирбеген саптар: {n} ({code} табылгасы: {rows}): округдардын суммалары аларды эсептебейт, ошондуктан округдар алардын добуштарысыз аныкталды, эки жолу эмес; алардын саптарынын добуштары өлкө боюнча жыйынтыктарда гана эки жолу эсептелди."}},
	{"note.threshold_open", Text{"List seats not filled: {n}: the national threshold is not evaluated: {reason}.",
		"Мандатов по спискам не распределено: {n}: общенациональный порог не проверен: {reason}.",
		"Тизмелер боюнча бөлүштүрүлбөгөн мандаттар: {n}: өлкө боюнча босого текшерилген жок: {reason}."}},
	// The reasons of note.threshold_open ({reason}) that say why the
	// national threshold's base is not computed (provisional.go).
	{"note.reason.base_lines", Text{"{n} counted list protocols lack line(s) {line_ids} of the {base} threshold base (findings X227): the base is not computed, never taken smaller",
		"учтённых протоколов по спискам без строк базы порога ({base}): {n}, нет строк: {line_ids} (замечания X227); база не вычисляется и не берётся меньшей",
		"босогонун базасынын ({base}) саптары жок эсептелген тизме протоколдору: {n}, жок саптар: {line_ids} (X227 табылгалары); база эсептелбейт жана кичирейтилбейт"}},
	{"note.reason.no_list_protocol", Text{"the election has no manual-count list protocol",
		"в выборах нет протоколов ручного подсчёта по спискам",
		"шайлоодо тизмелер боюнча кол менен эсептөөнүн протоколдору жок"}},
	{"note.deputies_not_given", Text{"{party}: seats won: {n}; the election's definition gives no candidates for the list, so its deputies are not given.",
		"{party}: получено мандатов: {n}; в определении выборов нет кандидатов этого списка, поэтому депутаты не названы.",
		"{party}: алынган мандаттар: {n}; шайлоонун аныктамасында бул тизменин талапкерлери жок, ошондуктан депутаттар аталган жок."}},
	{"note.deputies_constituency", Text{"{party}: seats won: {n}; the list's deputies are not named: candidates stand per constituency (list.constituency), and the election's definition gives one roster of the list.",
		"{party}: получено мандатов: {n}; депутаты списка не названы: кандидаты выдвигаются по избирательным округам (list.constituency), а определение выборов даёт один список кандидатов.",
		"{party}: алынган мандаттар: {n}; тизменин депутаттары аталган жок: талапкерлер шайлоо округдары боюнча көрсөтүлөт (list.constituency), ал эми шайлоонун аныктамасы тизменин бир гана талапкерлер тизмесин берет."}},
	{"note.deputies_constituency_none", Text{"{party}: seats won: {n}; the list's deputies are not named: the count names none when the list seats go by constituency (list.constituency), and the election's definition gives no candidates for the list.",
		"{party}: получено мандатов: {n}; депутаты списка не названы: при распределении мандатов по избирательным округам (list.constituency) подсчёт их не называет, и в определении выборов нет кандидатов этого списка.",
		"{party}: алынган мандаттар: {n}; тизменин депутаттары аталган жок: мандаттар шайлоо округдары боюнча бөлүштүрүлгөндө (list.constituency) эсеп аларды атабайт, жана шайлоонун аныктамасында бул тизменин талапкерлери жок."}},
	{"note.deputies_roster_not_given", Text{"{party}: seats won: {n}; the election's definition names the list's candidates without their list positions or sex (a definition inferred from a mapping's preference columns), so its deputies are not given.",
		"{party}: получено мандатов: {n}; определение выборов называет кандидатов списка без мест в списке и пола (определение выведено из столбцов преференций сопоставления), поэтому депутаты не названы.",
		"{party}: алынган мандаттар: {n}; шайлоонун аныктамасы тизменин талапкерлерин тизмедеги орундарысыз жана жынысысыз атайт (аныктама дал келтирүүнүн артыкчылык мамычаларынан чыгарылган), ошондуктан депутаттар аталган жок."}},
	{"note.closed_preferences", Text{"{party}: the protocols give preference votes for {given} of its {n} candidates; the lists are closed (list.lists), so they are not used: the seats go by list position.",
		"{party}: протоколы дают преференциальные голоса за {given} из {n} {n|кандидата|кандидатов|кандидатов}; списки закрытые (list.lists), поэтому они не используются: мандаты распределяются по месту в списке.",
		"{party}: протоколдор {n} талапкердин {given} үчүн артыкчылык добуштарын берет; тизмелер жабык (list.lists), ошондуктан алар колдонулбайт: мандаттар тизмедеги орун боюнча бөлүштүрүлөт."}},
	{"note.missing_preferences", Text{"{party}: no protocol gives the preference votes of {missing} of its {n} candidates: the list's preference votes are not evaluated (missing data is not zero votes); its deputies were chosen by {rule}, as the rule set's list.missing_preferences says.",
		"{party}: ни один протокол не даёт преференциальных голосов {missing} из {n} {n|кандидата|кандидатов|кандидатов}: преференциальные голоса списка не оцениваются (отсутствие данных не равно нулю голосов); депутаты выбраны по правилу {rule}, как указано в list.missing_preferences набора правил.",
		"{party}: бир да протокол {n} талапкердин {missing} артыкчылык добуштарын бербейт: тизменин артыкчылык добуштары бааланбайт (маалыматтын жоктугу нөл добуш эмес); депутаттар эрежелер топтомунун list.missing_preferences боюнча {rule} эрежеси менен тандалды."}},
	{"note.list_exhausted_next", Text{"{party}: its candidates in {where} are used up: it keeps one seat per candidate ({n}), and the seats it would have won beyond them passed to the next quotients (list.exhausted \"next\").",
		"{party}: кандидаты списка ({where}) исчерпаны: список сохраняет по одному мандату на кандидата ({n}), а мандаты, которые он получил бы сверх них, перешли к следующим частным (list.exhausted \"next\").",
		"{party}: тизменин талапкерлери ({where}) түгөндү: тизме ар бир талапкерге бирден мандатты сактайт ({n}), алардан ашык алмак мандаттар кийинки тийиндиктерге өттү (list.exhausted \"next\")."}},
	{"note.list_exhausted_vacant", Text{"{party}: seats won in {where}: {seats}; its candidates there: {n}; seats left vacant: {rest} (list.exhausted \"vacant\").",
		"{party}: получено мандатов ({where}): {seats}; кандидатов там: {n}; вакантными оставлено мандатов: {rest} (list.exhausted \"vacant\").",
		"{party}: алынган мандаттар ({where}): {seats}; ал жердеги талапкерлери: {n}; бош калтырылган мандаттар: {rest} (list.exhausted \"vacant\")."}},
	{"note.list_exhausted_open", Text{"{party}: seats won in {where}: {seats}; its candidates there: {n}; the rule set does not say whether the seats beyond them pass to the next quotients or stay vacant (list.exhausted): seats left vacant: {rest}, and the result is provisional.",
		"{party}: получено мандатов ({where}): {seats}; кандидатов там: {n}; набор правил не говорит, переходят ли мандаты сверх них к следующим частным или остаются вакантными (list.exhausted): вакантными оставлено мандатов: {rest}, результат предварительный.",
		"{party}: алынган мандаттар ({where}): {seats}; ал жердеги талапкерлери: {n}; эрежелер топтому алардан ашык мандаттар кийинки тийиндиктерге өтөбү же бош калабы, айтпайт (list.exhausted): бош калтырылган мандаттар: {rest}, жыйынтык алдын ала."}},
	{"note.list_exhausted_next_nation", Text{"{party}: its candidates are used up: it keeps one seat per candidate ({n}), and the seats it would have won beyond them passed to the next quotients (list.exhausted \"next\").",
		"{party}: кандидаты списка исчерпаны: список сохраняет по одному мандату на кандидата ({n}), а мандаты, которые он получил бы сверх них, перешли к следующим частным (list.exhausted \"next\").",
		"{party}: тизменин талапкерлери түгөндү: тизме ар бир талапкерге бирден мандатты сактайт ({n}), алардан ашык алмак мандаттар кийинки тийиндиктерге өттү (list.exhausted \"next\")."}},
	{"note.list_exhausted_vacant_nation", Text{"{party}: seats won: {seats}; its candidates: {n}; seats left vacant: {rest} (list.exhausted \"vacant\").",
		"{party}: получено мандатов: {seats}; кандидатов: {n}; вакантными оставлено мандатов: {rest} (list.exhausted \"vacant\").",
		"{party}: алынган мандаттар: {seats}; талапкерлери: {n}; бош калтырылган мандаттар: {rest} (list.exhausted \"vacant\")."}},
	{"note.list_exhausted_open_nation", Text{"{party}: seats won: {seats}; its candidates: {n}; the rule set does not say whether the seats beyond them pass to the next quotients or stay vacant (list.exhausted): seats left vacant: {rest}, and the result is provisional.",
		"{party}: получено мандатов: {seats}; кандидатов: {n}; набор правил не говорит, переходят ли мандаты сверх них к следующим частным или остаются вакантными (list.exhausted): вакантными оставлено мандатов: {rest}, результат предварительный.",
		"{party}: алынган мандаттар: {seats}; талапкерлери: {n}; эрежелер топтому алардан ашык мандаттар кийинки тийиндиктерге өтөбү же бош калабы, айтпайт (list.exhausted): бош калтырылган мандаттар: {rest}, жыйынтык алдын ала."}},
	{"note.party_seats_unfilled", Text{"{party}: seats not filled: {n}: {reason}",
		"{party}: не замещено мандатов: {n}: {reason}",
		"{party}: ээленбеген мандаттар: {n}: {reason}"}},
	// The reasons of a list's seats not filled (seats.ListResult's Reason,
	// the {reason} of note.party_seats_unfilled), joined by "; ".
	{"note.reason.women_short", Text{"only {women} women on the list for {required} women's seats: all are seated",
		"женщин в списке: {women}, мандатов для женщин: {required}: все они избраны",
		"тизмедеги аялдар: {women}, аялдар үчүн мандаттар: {required}: алардын баары шайланды"}},
	{"note.reason.unfilled", Text{"only {n} candidates on the list for {seats} seats: {left} unfilled",
		"кандидатов в списке: {n}, мандатов: {seats}: не замещено: {left}",
		"тизмедеги талапкерлер: {n}, мандаттар: {seats}: ээленбегени: {left}"}},
	{"note.women_short", Text{"{party}: the women's quota requires {required} of its {seats} seats to go to women, but only {women} women stood: the quota is not met; {rest} of those seats go by preference votes.",
		"{party}: квота для женщин требует отдать женщинам {required} из {seats} {seats|мандата|мандатов|мандатов}, но женщин в списке только {women}: квота не выполнена; {rest} из этих мандатов распределяются по преференциальным голосам.",
		"{party}: аялдар үчүн квота {seats} мандаттын {required} аялдарга берилишин талап кылат, бирок тизмеде {women} гана аял бар: квота аткарылган жок; бул мандаттардын {rest} артыкчылык добуштары боюнча бөлүштүрүлөт."}},
	{"note.no_okrug_seats", Text{"The rule set {rules} has no okrug seats: the election's okrugs ({n}) are not decided.",
		"В наборе правил {rules} нет мандатов по округам: итоги в округах выборов ({n}) не определяются.",
		"{rules} эрежелер топтомунда округдар боюнча мандаттар жок: шайлоонун {n} округунун жыйынтыгы аныкталбайт."}},
	{"note.okrug_seats_differ", Text{"The rule set {rules} has {seats} okrug seats; the election defines {n} okrugs, each decided.",
		"В наборе правил {rules} мандатов по округам: {seats}; в выборах определено округов: {n}, итоги каждого определены.",
		"{rules} эрежелер топтомунда округдар боюнча мандаттар: {seats}; шайлоодо аныкталган округдар: {n}, ар биринин жыйынтыгы аныкталды."}},
	{"note.base_fix", Text{"The {base} threshold base needs line(s) {line_ids} of every counted list protocol (X227). Map them from the file's columns (the mapping's \"lines\": {lines}), or, for a file of the choices' votes alone, count under a rule set whose threshold base is those votes: \"threshold\": {\"percent\": \"{percent}\", \"base\": \"votes\", \"comparison\": \"{comparison}\"} (a base no larger than the ballots: a list may pass it and fail the law's, which the rule set's sources should say).",
		"Базе порога ({base}) нужны строки {line_ids} каждого учтённого протокола по спискам (X227). Сопоставьте их со столбцами файла (\"lines\" в сопоставлении: {lines}) или, для файла одних голосов за варианты, считайте по набору правил, где база порога — эти голоса: \"threshold\": {\"percent\": \"{percent}\", \"base\": \"votes\", \"comparison\": \"{comparison}\"} (база не больше числа бюллетеней: список может преодолеть её и не преодолеть порог закона, о чём должны сказать источники набора правил).",
		"Босогонун базасына ({base}) ар бир эсептелген тизме протоколунун {line_ids} саптары керек (X227). Аларды файлдын мамычаларына дал келтириңиз (дал келтирүүдөгү \"lines\": {lines}) же тандоолордун добуштары гана бар файл үчүн босогонун базасы ошол добуштар болгон эрежелер топтому менен эсептеңиз: \"threshold\": {\"percent\": \"{percent}\", \"base\": \"votes\", \"comparison\": \"{comparison}\"} (база бюллетендерден чоң эмес: тизме андан өтүп, мыйзамдын босогосунан өтпөй калышы мүмкүн, муну эрежелер топтомунун булактары айтышы керек)."}},
	{"note.okrugs_need_okrug_ballot", Text{"Precincts whose rows name an okrug that is not defined: {n} (finding X212: {okrugs}), and no protocol of the okrug ballot was counted: an okrug, its candidates and its figures are learnt from the okrug ballot's protocols, and the files counted give the list ballot's alone. To decide the okrugs, count a file of the okrug ballot with them (its mapping's \"ballot\": \"okrug\", its \"okrug\" and the candidates' votes), or give the election's definition; for the list seats alone, leave \"okrug\" out of the mapping.",
		"Участков, строки которых называют неопределённый округ: {n} (замечание X212: {okrugs}), а ни одного протокола по бюллетеню округа не учтено: округ, его кандидаты и его цифры берутся из протоколов по бюллетеню округа, а учтённые файлы дают только бюллетень по спискам. Чтобы определить итоги в округах, учтите вместе с ними файл бюллетеня округа (в его сопоставлении \"ballot\": \"okrug\", \"okrug\" и голоса кандидатов) или дайте определение выборов; для одних мандатов по спискам уберите \"okrug\" из сопоставления.",
		"Саптары аныкталбаган округду атаган участоктор: {n} (X212 табылгасы: {okrugs}), ал эми округ боюнча бюллетендин бир да протоколу эсептелген жок: округ, анын талапкерлери жана сандары округ боюнча бюллетендин протоколдорунан алынат, эсептелген файлдар болсо тизмелер боюнча бюллетенди гана берет. Округдардын жыйынтыгын аныктоо үчүн алар менен кошо округ боюнча бюллетендин файлын эсептеңиз (анын дал келтирүүсүндө \"ballot\": \"okrug\", \"okrug\" жана талапкерлердин добуштары) же шайлоонун аныктамасын бериңиз; тизмелер боюнча мандаттар гана керек болсо, дал келтирүүдөн \"okrug\" алып салыңыз."}},
	{"note.district_seats_differ", Text{"The rule set {rules} has {seats} district seats ({districts} districts of {per}); the election defines {n} districts, each decided.",
		"В наборе правил {rules} мандатов по округам: {seats} (округов: {districts}, мандатов в каждом: {per}); в выборах определено округов: {n}, итоги каждого определены.",
		"{rules} эрежелер топтомунда округдар боюнча мандаттар: {seats} ({districts} округ, ар биринде {per}); шайлоодо аныкталган округдар: {n}, ар биринин жыйынтыгы аныкталды."}},
	{"note.columns_not_read", Text{"{file}: columns not read (whole numbers on its first {rows} rows that no field of the mapping reads; the file's rows are counted by the columns mapped): {columns} (their sums there); map one that gives votes or a line, or name it in the mapping's \"ignore\" (a total, a code).",
		"{file}: столбцы не прочитаны (целые числа в первых {rows} строках, которые не читает ни одно поле сопоставления; строки файла учтены по сопоставленным столбцам): {columns} (их суммы там); укажите в сопоставлении столбец голосов или строки протокола или назовите его в \"ignore\" (итог, код).",
		"{file}: мамычалар окулган жок (алгачкы {rows} сабындагы дал келтирүүнүн эч бир талаасы окубаган бүтүн сандар; файлдын саптары дал келтирилген мамычалар боюнча эсептелди): {columns} (ошол жердеги суммалары); добуштардын же протокол сабынын мамычасын дал келтирүүдө көрсөтүңүз же аны \"ignore\" талаасында атаңыз (жыйынтык, код)."}},
	{"note.columns_not_read_once", Text{"{file}: columns not read (whole numbers on its first {rows} rows that no field of the mapping reads; the file's rows are counted by the columns mapped): {columns} (their sums there; column(s) {once} repeat one figure on all the rows of each precinct, a protocol's line given on each choice's row, and are summed once per precinct); map one that gives votes or a line, or name it in the mapping's \"ignore\" (a total, a code).",
		"{file}: столбцы не прочитаны (целые числа в первых {rows} строках, которые не читает ни одно поле сопоставления; строки файла учтены по сопоставленным столбцам): {columns} (их суммы там; столбцы {once} повторяют одно число во всех строках каждого участка — строку протокола в строке каждого варианта — и суммированы по одному разу на участок); укажите в сопоставлении столбец голосов или строки протокола или назовите его в \"ignore\" (итог, код).",
		"{file}: мамычалар окулган жок (алгачкы {rows} сабындагы дал келтирүүнүн эч бир талаасы окубаган бүтүн сандар; файлдын саптары дал келтирилген мамычалар боюнча эсептелди): {columns} (ошол жердеги суммалары; {once} мамычалары ар бир участоктун бардык саптарында бир эле санды кайталайт — ар бир тандоонун сабындагы протоколдун сабы — жана участокко бир жолудан кошулду); добуштардын же протокол сабынын мамычасын дал келтирүүдө көрсөтүңүз же аны \"ignore\" талаасында атаңыз (жыйынтык, код)."}},
	{"note.votes_no_row", Text{"{file}: {n} of the votes not given (X229) are of a choice that no row of its protocol names (the first: {choice} in precinct {precinct}), where the protocol's other rows give votes: a long file often leaves out the rows of a choice that did not stand in a precinct, or got no votes there. If it does so, map \"empty_votes\": \"not_on_ballot\": such a choice is then not on that protocol's ballot, not votes missing.",
		"{file}: из не данных голосов (X229) {n} — голоса варианта, который не назван ни в одной строке своего протокола (первый: {choice} на участке {precinct}), хотя другие строки протокола дают голоса: длинный файл часто опускает строки варианта, который на участке не выдвигался или не получил там голосов. Если так, укажите в сопоставлении «empty_votes»: «not_on_ballot»: такой вариант тогда не в бюллетене этого протокола, а не отсутствующие голоса.",
		"{file}: берилбеген добуштардын (X229) {n} — өз протоколунун эч бир сабында аталбаган тандоонун добуштары (биринчиси: {precinct} участогундагы {choice}), протоколдун башка саптары добуш берсе да: узун файл көбүнчө участокто талапкер болбогон же ал жерде добуш албаган тандоонун саптарын калтырат. Ошондой болсо, дал келтирүүдө «empty_votes»: «not_on_ballot» деп көрсөтүңүз: андай тандоо анда жок добуштар эмес, ал протоколдун бюллетенинде жок тандоо болот."}},
	{"note.rows_no_votes", Text{"{file}: {n} {n|row gives|rows give|rows give} none of the votes the mapping reads (every votes cell empty; the first: row {row}, precinct {precinct}): their votes are not given (X229 names each), and the result rests on them. A row that gives no figure at all, such as a poll combined with another whose row gives its votes, or a placeholder, is no protocol: leave such rows out with the mapping's row filter, \"rows\": {\"where\": [{\"column\": ..., \"except\": [\"\"]}]} on a column they leave empty.",
		"{file}: {n} {n|строка не даёт|строки не дают|строк не дают} ни одного из голосов, которые читает сопоставление (все ячейки голосов пусты; первая: строка {row}, участок {precinct}): их голоса не даны (X229 называет каждую), и результат зависит от них. Строка, которая не даёт ни одной цифры, например участок, объединённый с другим, чья строка даёт его голоса, или строка-заглушка, — не протокол: исключите такие строки фильтром строк сопоставления, \"rows\": {\"where\": [{\"column\": ..., \"except\": [\"\"]}]} по столбцу, который в них пуст.",
		"{file}: {n} сап дал келтирүү окуган добуштардын бирин да бербейт (добуштардын бардык уячалары бош; биринчиси: {row}-сап, {precinct} участогу): алардын добуштары берилген эмес (X229 ар бирин атайт), жыйынтык ошолорго таянат. Эч бир сан бербеген сап, мисалы башка участок менен бириктирилген участок (анын добуштарын тигинин сабы берет) же орун толтуруучу сап, протокол эмес: андай саптарды дал келтирүүнүн саптар чыпкасы менен чыгарыңыз, \"rows\": {\"where\": [{\"column\": ..., \"except\": [\"\"]}]}, алар бош калтырган мамыча боюнча."}},
	{"note.votes_column_empty", Text{"{file}: the votes column (votes_column) {column} is empty on {empty} of the {rows} rows the mapping keeps: their votes are not given (X229 names each), and none is counted; is it the column of the votes?",
		"{file}: столбец голосов (votes_column) {column} пуст в {empty} из {rows} {rows|строки|строк|строк}, которые оставляет сопоставление: голоса в них не даны (X229 называет каждую) и не учитываются; это ли столбец голосов?",
		"{file}: добуштардын мамычасы (votes_column) {column} дал келтирүү калтырган {rows} саптын {empty} сабында бош: алардагы добуштар берилген эмес (X229 ар бирин атайт) жана эсептелбейт; бул добуштардын мамычасыбы?"}},
	{"note.votes_column_empty_first", Text{"{file}: the votes column (votes_column) {column} is empty on {empty} of the first {rows} rows the mapping keeps: their votes are not given (X229 names each), and none is counted; is it the column of the votes?",
		"{file}: столбец голосов (votes_column) {column} пуст в {empty} из первых {rows} {rows|строки|строк|строк}, которые оставляет сопоставление: голоса в них не даны (X229 называет каждую) и не учитываются; это ли столбец голосов?",
		"{file}: добуштардын мамычасы (votes_column) {column} дал келтирүү калтырган алгачкы {rows} саптын {empty} сабында бош: алардагы добуштар берилген эмес (X229 ар бирин атайт) жана эсептелбейт; бул добуштардын мамычасыбы?"}},
	{"note.filled_down", Text{"{file}: {n} empty cells filled from the cell above them, by the mapping's fill_down (a table's merged cells, written on their first row alone), by column: {columns}.",
		"{file}: {n} {n|пустая ячейка заполнена|пустые ячейки заполнены|пустых ячеек заполнено} значением ячейки над ними по полю fill_down сопоставления (объединённые ячейки таблицы, записанные только в первой строке), по столбцам: {columns}.",
		"{file}: дал келтирүүнүн fill_down талаасы боюнча {n} бош уяча үстүндөгү уячанын мааниси менен толтурулду (таблицанын биринчи сабында гана жазылган бириктирилген уячалары), мамычалар боюнча: {columns}."}},
	{"note.votes_column_numbers", Text{"{file}: column {column}, which no field of the mapping reads, holds whole numbers on {whole} of the {rows} rows looked at: map it under votes_column if it gives the votes.",
		"{file}: столбец {column}, который не читает ни одно поле сопоставления, содержит целые числа в {whole} из {rows} {rows|просмотренной строки|просмотренных строк|просмотренных строк}: укажите его в votes_column, если в нем голоса.",
		"{file}: дал келтирүүнүн эч бир талаасы окубаган {column} мамычасында каралган {rows} саптын {whole} сабында бүтүн сандар бар: добуштар анда болсо, аны votes_column талаасында көрсөтүңүз."}},
	{"note.rows_left_out", Text{"{file}: {left} of {rows} rows left out by the mapping's row filter ({filter}): not counted.",
		"{file}: фильтр строк сопоставления ({filter}) исключил {left} из {rows} {rows|строки|строк|строк}: они не учитываются.",
		"{file}: дал келтирүүнүн саптар чыпкасы ({filter}) {rows} саптын {left} сабын чыгарды: алар эсептелбейт."}},
	{"note.columns_left_out", Text{"{file}: {left} of {rows} columns left out by the mapping's row filter on the header row ({filter}): columns that are no precinct (a total), not counted.",
		"{file}: фильтр строк сопоставления по строке заголовка ({filter}) исключил {left} из {rows} {rows|столбца|столбцов|столбцов}: это не участки (например, итог), они не учитываются.",
		"{file}: дал келтирүүнүн баш саптагы чыпкасы ({filter}) {rows} мамычанын {left} мамычасын чыгарды: алар участок эмес (мисалы, жыйынтык), эсептелбейт."}},
	{"note.empty_votes", Text{"{file}: its mapping says that an empty votes cell, in a row that gives other choices' votes, is a choice not on that row's ballot (\"empty_votes\": \"not_on_ballot\"): {n} such cells read as 0 votes, not as votes missing.",
		"{file}: сопоставление указывает, что пустая ячейка голосов в строке, где даны голоса за другие варианты, означает вариант, которого не было в бюллетене этой строки («empty_votes»: «not_on_ballot»): таких ячеек {n}, они прочитаны как 0 голосов, а не как отсутствующие голоса.",
		"{file}: дал келтирүү башка тандоолордун добуштары берилген саптагы бош добуш уячасы ал саптын бюллетенинде жок тандоо экенин айтат («empty_votes»: «not_on_ballot»): мындай {n} уяча жок добуш катары эмес, 0 добуш катары окулду."}},
	{"note.empty_votes_long", Text{"{file}: its mapping says that a choice no row of a protocol names (or names with an empty votes cell), in a protocol whose rows give other choices' votes, is a choice not on that protocol's ballot, and that an empty votes cell of a choice whose other rows give its votes is 0 (\"empty_votes\": \"not_on_ballot\"): {n} such choices and cells read as 0 votes, not as votes missing.",
		"{file}: сопоставление указывает, что вариант, который не назван ни в одной строке протокола (или назван с пустой ячейкой голосов), в протоколе, где даны голоса за другие варианты, — вариант, которого не было в бюллетене этого протокола, а пустая ячейка голосов варианта, голоса которого даны в других его строках, — 0 («empty_votes»: «not_on_ballot»): таких вариантов и ячеек {n}, они прочитаны как 0 голосов, а не как отсутствующие голоса.",
		"{file}: дал келтирүү протоколдун эч бир сабында аталбаган (же бош добуш уячасы менен аталган) тандоо, башка тандоолордун добуштары берилген протоколдо, ал протоколдун бюллетенинде жок тандоо экенин, ал эми добуштары башка саптарында берилген тандоонун бош добуш уячасы 0 экенин айтат («empty_votes»: «not_on_ballot»): мындай {n} тандоо жана уяча жок добуш катары эмес, 0 добуш катары окулду."}},
	{"note.empty_cells", Text{"{file}: its mapping says that an empty figure cell is 0 (\"empty_cells\": \"zero\"): {n} such cells read as 0, not as figures missing.",
		"{file}: сопоставление указывает, что пустая ячейка числа означает 0 («empty_cells»: «zero»): таких ячеек {n}, они прочитаны как 0, а не как отсутствующие числа.",
		"{file}: дал келтирүү бош сан уячасы 0 экенин айтат («empty_cells»: «zero»): мындай {n} уяча жок сан катары эмес, 0 катары окулду."}},
	{"note.not_given", Text{"{file}: its mapping says that a figure cell that reads {texts} is a figure not given, as an empty cell is (\"not_given\"): {n} such cells read as empty cells.",
		"{file}: сопоставление указывает, что ячейка числа с текстом {texts} означает число, которое не дано, как и пустая ячейка («not_given»): таких ячеек {n}, они прочитаны как пустые.",
		"{file}: дал келтирүү {texts} деп жазылган сан уячасы бош уяча сыяктуу берилбеген сан экенин айтат («not_given»): мындай {n} уяча бош уяча катары окулду."}},
	{"note.not_given_places", Text{"{file}: {n} region or okrug cells in {rows} rows read {texts}, a text of not_given (lines {lines}): each read as an empty cell is, the precinct's region or okrug not given, not a place named so.",
		"{file}: ячеек региона или округа с текстом {texts} из not_given: {n}, в строках: {rows} (строки {lines}): каждая прочитана как пустая ячейка — регион или округ участка не дан, это не место с таким названием.",
		"{file}: not_given тизмесиндеги {texts} деп жазылган регион же округ уячалары: {n}, саптарда: {rows} (саптар {lines}): ар бири бош уяча катары окулду — участоктун региону же округу берилген эмес, бул ушундай аталган жер эмес."}},
	{"note.compat_cells", Text{"{file}: {n} cells naming a precinct, a region, an okrug or a choice, in {rows} rows (lines {lines}), were written in Arabic presentation forms or full-width letters and read in their compatibility form (NFKC: \"ﺑﻴﺮوت\" is \"بيروت\"): a name written both ways is one name.",
		"{file}: ячеек с названием участка, региона, округа или варианта, записанных арабскими формами представления или полноширинными буквами: {n}, в строках: {rows} (строки {lines}); они прочитаны в совместимой форме (NFKC: «ﺑﻴﺮوت» — это «بيروت»): название, записанное двумя способами, — одно название.",
		"{file}: участоктун, региондун, округдун же тандоонун атын араб көрсөтүү формалары же толук кеңдиктеги тамгалар менен жазган уячалар: {n}, саптарда: {rows} (саптар {lines}); алар шайкеш формасында окулду (NFKC: «ﺑﻴﺮوت» — бул «بيروت»): эки түрдүү жазылган ат — бир ат."}},
	{"note.arabic_digits", Text{"{file}: {n} figures in {rows} rows (lines {lines}) are written in Arabic-Indic or Persian digits (٠ to ٩, ۰ to ۹), each read as the whole number its digits write (\"٢٦١\" is 261).",
		"{file}: чисел, записанных арабско-индийскими или персидскими цифрами (٠–٩, ۰–۹): {n}, в строках: {rows} (строки {lines}); каждое прочитано как целое число, которое записывают его цифры («٢٦١» — это 261).",
		"{file}: араб-инди же перс цифралары менен жазылган сандар (٠–٩, ۰–۹): {n}, саптарда: {rows} (саптар {lines}); ар бири анын цифралары жазган бүтүн сан катары окулду («٢٦١» — бул 261)."}},
	{"note.space_cells", Text{"{file}: {n} cells naming a precinct, a region, an okrug or a choice, in {rows} rows (lines {lines}), have two or more spaces, a tab or a no-break space between their words, each run read as one space (\"Maharagama  Urban Council\" is \"Maharagama Urban Council\"): a name spaced two ways is one name.",
		"{file}: ячеек с названием участка, региона, округа или варианта, в которых между словами два пробела или больше, табуляция или неразрывный пробел: {n}, в строках: {rows} (строки {lines}); каждая такая последовательность прочитана как один пробел («Maharagama  Urban Council» — это «Maharagama Urban Council»): название, записанное с разными пробелами, — одно название.",
		"{file}: участоктун, региондун, округдун же тандоонун аты жазылган, сөздөрүнүн ортосунда эки же андан көп боштук, табуляция же бөлүнбөс боштук бар уячалар: {n}, саптарда: {rows} (саптар {lines}); ар бир мындай катар бир боштук катары окулду («Maharagama  Urban Council» — бул «Maharagama Urban Council»): ар башка боштуктар менен жазылган ат — бир ат."}},
	{"note.garbled_text", Text{"{file}: read as {encoding}, as its mapping says, its text has words no language spells so (Latin and Cyrillic letters side by side, accented letters alone, a capital after a small letter), the first at line {line}: {word}; the bytes of that line read as {guess}: if the names read wrong, the file is in {guess} (\"encoding\": \"{guess}\").",
		"{file}: файл прочитан в кодировке {encoding}, как указано в сопоставлении, и в его тексте есть слова, которых не пишут ни на одном языке (латинские и кириллические буквы вперемешку, одни буквы с диакритикой, заглавная после строчной), первое в строке {line}: {word}; байты этой строки читаются как {guess}: если имена читаются неверно, файл в кодировке {guess} (\"encoding\": \"{guess}\").",
		"{file}: файл дал келтирүүдө көрсөтүлгөндөй {encoding} коддоосунда окулду, анын текстинде эч бир тилде жазылбаган сөздөр бар (латын жана кирилл тамгалары аралаш, диакритикалуу тамгалар гана, кичине тамгадан кийин баш тамга), биринчиси {line}-сапта: {word}; ал саптын байттары {guess} катары окулат: аттар туура эмес окулса, файл {guess} коддоосунда (\"encoding\": \"{guess}\")."}},
	{"note.rules_default", Text{"Counted under the built-in rule set {id} {version} ({name}), no rule set being given (--rules): unless the election is that one, its seats, thresholds and okrugs are that law's, not the election's.",
		"Подсчитано по встроенному набору правил {id} {version} ({name}), так как набор правил не указан (--rules): если выборы не эти, мандаты, барьеры и округа здесь — по этому закону, а не по правилам этих выборов.",
		"Эрежелер топтому көрсөтүлбөгөндүктөн (--rules), камтылган {id} {version} ({name}) эрежелер топтому боюнча эсептелди: шайлоо ошол болбосо, мандаттар, босоголор жана округдар ошол мыйзам боюнча, бул шайлоонукү эмес."}},
	{"note.skipped_lines", Text{"{file}: lines {lines} skipped (skip_rows): read as no row, neither header nor data.",
		"{file}: строки {lines} пропущены (skip_rows): не прочитаны ни как заголовок, ни как данные.",
		"{file}: {lines} саптар өткөрүлүп жиберилди (skip_rows): баш сап катары да, маалымат катары да окулган жок."}},
	{"note.skipped_line", Text{"{file}: line {line} skipped (skip_rows): read as no row, neither header nor data.",
		"{file}: строка {line} пропущена (skip_rows): не прочитана ни как заголовок, ни как данные.",
		"{file}: {line}-сап өткөрүлүп жиберилди (skip_rows): баш сап катары да, маалымат катары да окулган жок."}},
	{"note.footer_lines", Text{"{file}: lines {lines} skipped (footer_rows): the file's last lines, read as no row (notes under the table).",
		"{file}: строки {lines} пропущены (footer_rows): последние строки файла, не прочитаны как строки таблицы (примечания под таблицей).",
		"{file}: {lines} саптар өткөрүлүп жиберилди (footer_rows): файлдын акыркы саптары, таблицанын сабы катары окулган жок (таблицанын астындагы эскертүүлөр)."}},
	{"note.footer_line", Text{"{file}: line {line} skipped (footer_rows): the file's last line, read as no row (a note under the table).",
		"{file}: строка {line} пропущена (footer_rows): последняя строка файла, не прочитана как строка таблицы (примечание под таблицей).",
		"{file}: {line}-сап өткөрүлүп жиберилди (footer_rows): файлдын акыркы сабы, таблицанын сабы катары окулган жок (таблицанын астындагы эскертүү)."}},
	{"note.empty_lines", Text{"{file}: {n} empty lines skipped between its rows (lines {lines}): neither protocols nor errors.",
		"{file}: пропущено пустых строк между строками данных: {n} (строки {lines}): это не протоколы и не ошибки.",
		"{file}: маалымат саптарынын ортосундагы бош саптар өткөрүлүп жиберилди: {n} (саптар {lines}): булар протоколдор да, каталар да эмес."}},
	{"note.bare_quotes", Text{"{file}: {n} cells in {rows} rows hold a quote (\") that does not begin them (lines {lines}): each read as a character of its cell's text, not as CSV quoting.",
		"{file}: ячеек с кавычкой (\") не в начале ячейки: {n}, в строках: {rows} (строки {lines}): каждая прочитана как знак текста ячейки, а не как кавычка CSV.",
		"{file}: башында эмес тырмакча (\") бар уячалар: {n}, саптарда: {rows} (саптар {lines}): ар бири CSV тырмакчасы катары эмес, уячанын текстинин белгиси катары окулду."}},
	{"note.blank_rows", Text{"{file}: {n} rows of empty cells skipped (lines {lines}): rows of delimiters alone, neither protocols nor errors.",
		"{file}: пропущено строк из одних пустых ячеек: {n} (строки {lines}): в них только разделители, это не протоколы и не ошибки.",
		"{file}: бош уячалардан гана турган саптар өткөрүлүп жиберилди: {n} (саптар {lines}): аларда бөлгүчтөр гана бар, булар протоколдор да, каталар да эмес."}},
}

// Note says a note of a Result in the language lang names: a note that
// is an English sentence of the notes of the catalog, its figures filled
// in, is said in lang with the same figures; any other note comes back
// as it is (a few notes are written in English alone).
func Note(lang, s string) string { return NoteNamed(lang, s, nil) }

// NoteNamed is Note with the list a sentence names ({party}: a list's
// name as the count wrote it, in English) said by name, which gives its
// name in lang (the definition's name_ky, name_ru) or false to leave it
// as written; a nil name leaves every list as written.
func NoteNamed(lang, s string, name func(string) (string, bool)) string {
	lang, _ = Language(lang)
	if lang == "en" {
		return s
	}
	if e, args, ok := noteOf(s); ok {
		if r, ok := args["reason"]; ok {
			// a reason of seats' sentences, each said if the catalog has it
			parts := strings.Split(r, "; ")
			for i, p := range parts {
				parts[i] = NoteNamed(lang, p, name)
			}
			args["reason"] = strings.Join(parts, "; ")
		}
		if p, ok := args["party"]; ok && name != nil {
			if n, ok := name(p); ok {
				args["party"] = n
			}
		}
		if ids, ok := args["line_ids"]; ok {
			args["line_ids"] = LineNames(lang, ids)
		}
		if n, ok := args["name"]; ok {
			args["name"] = Data(lang, n) // a built-in rule set's name
		}
		if b, ok := args["base"]; ok {
			if t, ok := Lookup("base." + b); ok {
				args["base"] = t.In(lang)
			}
		}
		return Say(lang, e.Key, args)
	}
	return s
}

// LineNames says a list of protocol lines by their IDs ("valid, lost")
// by their names in the language lang names (the "line." keys): an ID the
// catalog has no line for stays as written.
func LineNames(lang, ids string) string {
	if l, _ := Language(lang); l == "en" || ids == "" {
		return ids
	}
	parts := strings.Split(ids, ", ")
	for i, id := range parts {
		if t, ok := Lookup("line." + id); ok && id != "other" {
			parts[i] = t.In(lang)
		}
	}
	return strings.Join(parts, ", ")
}

// NoteKey returns the key of the sentence of the catalog an English note
// was made from, or "" for a note written in English alone.
func NoteKey(s string) string {
	e, _, _ := noteOf(s)
	return e.Key
}

// noteOf finds the sentence of the catalog note s was made from, and its
// figures. Where several would make s (a figure of one may hold words of
// another), the one with the most words of its own is taken.
func noteOf(s string) (Entry, Args, bool) {
	var best Entry
	var bestArgs Args
	own := -1
	for _, e := range notes {
		args, ok := unfill(e.En, s)
		if !ok || Say("en", e.Key, args) != s {
			continue
		}
		n := len(e.En) // the template's own words: less its {names}
		for k := range args {
			n -= len(k) + 2
		}
		if n > own {
			best, bestArgs, own = e, args, n
		}
	}
	return best, bestArgs, own >= 0
}

// unfill matches s with tmpl, each {name} of tmpl standing for any text
// (a figure that is a count, {n} and the others count names, for digits alone), and
// returns the texts by name: the first way, trying the shortest text for
// each figure first, in which the rest of s matches the rest of tmpl.
func unfill(tmpl, s string) (Args, bool) {
	lits, names := []string{}, []string{}
	for {
		i := strings.IndexByte(tmpl, '{')
		j := strings.IndexByte(tmpl[max(i, 0):], '}')
		if i < 0 || j < 0 {
			lits = append(lits, tmpl)
			break
		}
		lits, names = append(lits, tmpl[:i]), append(names, tmpl[i+1:i+j])
		tmpl = tmpl[i+j+1:]
	}
	if !strings.HasPrefix(s, lits[0]) {
		return nil, false
	}
	args := Args{}
	var match func(k int, s string) bool // figure k onwards
	match = func(k int, s string) bool {
		if k == len(names) {
			return s == ""
		}
		lit := lits[k+1]
		if lit == "" && k+1 < len(names) {
			return false // two figures with nothing between them
		}
		for p := 0; p <= len(s); p++ {
			if !strings.HasPrefix(s[p:], lit) || k+1 == len(names) && p+len(lit) != len(s) {
				continue
			}
			if v := s[:p]; !count(names[k]) || digits(v) {
				if args[names[k]] = v; match(k+1, s[p+len(lit):]) {
					return true
				}
			}
		}
		return false
	}
	if !match(0, s[len(lits[0]):]) {
		return nil, false
	}
	return args, true
}

// count says whether a figure is a count, written in digits.
func count(name string) bool {
	switch name {
	case "n", "left", "rows", "line", "given", "missing", "required", "seats", "women", "rest", "districts", "per":
		return true
	}
	return false
}

func digits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
