// shailoo verification page. Plain JavaScript, no framework, no network
// after load: a Web Worker (worker.js) fetches shailoo.wasm once and runs
// the Go program, which registers the `shailoo` API (see wasm/main.go); the
// page sends it the user's files and gets JSON text back. An object with
// "error" means the call failed, never an exception.
'use strict';

(() => {
// ---------------------------------------------------------------------------
// Strings. Every text the page shows is here, in English, Russian and Kyrgyz.
// Keys used with data-i18n in index.html are filled by applyStrings().
// {name} is replaced by vars.name.

const STRINGS = {
  en: {
    skip: 'Skip to content',
    title: 'Check an election count',
    lang_label: 'Language',
    load_h: 'Load the data',
    tagline: 'Recompute the parliament from the precinct protocols and check every number the commission published.',
    private: 'Everything runs in this browser: your files are not sent anywhere.',
    demo: 'Run the 2021 demo',
    demo_hint: 'The Jogorku Kenesh election of 28 November 2021, built in: official national figures, synthetic precinct detail.',
    drop: 'Drop files here, or choose them below.',
    f_csv: 'Precinct protocols (CSV)',
    f_mapping: 'Column mapping for the CSV (JSON)',
    f_election: 'Election (JSON): definition, with or without protocols',
    f_summary: 'Published summary (JSON)',
    f_rules: 'Rule set (JSON, optional)',
    f_lots: 'Lots drawn (JSON, optional)',
    rules_label: 'Rule set',
    rules_file: 'from the file {name}',
    count: 'Count',
    clear: 'Clear files',
    loading: 'Loading the counter…',
    load_failed: 'The counter could not be loaded: {msg}',
    ready: 'Ready. Load files or run the demo.',
    counting: 'Counting…',
    counting_s: 'Counting… {s} s',
    counted: 'Counted {protocols} protocols of {precincts} precincts in {ms} ms.',
    checked_summary: 'Checked the published summary in {ms} ms.',
    need_mapping: 'A protocols CSV needs its column mapping (JSON).',
    nothing: 'Load an election (JSON), or protocols (CSV) with their mapping, or run the demo.',
    summary_on_demo: 'No election loaded: the summary is checked against the built-in 2021 data.',
    loaded_h: 'Loaded files',
    remove: 'Remove {name}',
    kind_csv: 'protocols',
    kind_mapping: 'mapping',
    kind_election: 'election',
    kind_summary: 'published summary',
    kind_rules: 'rule set',
    kind_lots: 'lots',
    unknown_file: '{name}: not a file this page reads (a CSV, or a JSON election, mapping, summary, rule set or lots).',
    error_h: 'Could not count',
    error_at: '{file}, line {line}, column {column}',
    source_demo: 'built-in 2021 data',
    // results
    rules_meta: 'Rule set: {id} {version} ({name})',
    turnout_meta: '{participants} of {voters} voters took part ({turnout}%).',
    inputs_meta: 'Inputs (SHA-256): {list}',
    provenance_note: 'Figures marked “synthetic” stand in for data that was never published; “official” figures are the commission’s.',
    parliament_h: 'Parliament',
    seats_filled: '{total} of {of} seats filled: {list} by list, {okrug} in okrugs.',
    repeat_n: 'Okrugs going to a repeat election: {n}.',
    women_n: 'Women among the list deputies: {n}.',
    not_given_n: 'Of these, {n} list seats were won by lists whose candidates the election does not give: their deputies are not given (not unfilled).',
    chart_label: 'Seats of the parliament: {desc}',
    okrug_seats: 'Okrug deputies',
    repeat_seats: 'Repeat election',
    unfilled_seats: 'Not filled',
    lists_h: 'Lists and the threshold',
    threshold_line: 'Threshold: {percent}% of {base} = {line}; a list needs {needed} votes.',
    quota_line: 'Quota: {quota}',
    col_party: 'List',
    col_votes: 'Votes',
    col_pct: '%',
    col_margin: 'Above (+) or below (−) the line, votes',
    col_regional: 'Regional threshold',
    col_seats: 'Seats',
    col_women: 'Women / required',
    col_source: 'Source',
    official: 'official',
    preliminary: 'preliminary',
    synthetic: 'synthetic',
    passed: 'passed',
    failed: 'failed',
    not_evaluated: 'not evaluated',
    okrugs_h: 'Single-mandate okrugs',
    col_okrug: 'No.',
    col_okrug_name: 'Okrug',
    col_outcome: 'Outcome',
    col_leader: 'Winner or leader',
    col_leader_votes: 'Votes',
    col_against: 'Against all',
    col_okrug_margin: 'Margin',
    out_elected: 'elected',
    out_repeat_election: 'repeat election: against all ahead',
    out_tie: 'tie: lots required',
    out_no_votes: 'no votes',
    out_not_evaluated: 'not evaluated: no protocols',
    provisional_h: '⚠ Provisional result: it rests on data that was not evaluated',
    prov_threshold_base: 'The national threshold is not evaluated: counted list protocols lacking line(s) {scope} of its base: {n} (finding X227). The base is not taken smaller, and no list seat is filled.',
    prov_regional_threshold: 'The regional threshold is not evaluated ({scope}): {affects} are seated on their national result alone, and every list seat rests on it.',
    prov_okrug_no_protocols: 'Okrugs without any protocol: {n} ({affects}). They are not decided and their seats are not filled.',
    prov_missing_list_protocols: 'Precincts without a manual-count list protocol: {n} (finding X215). Every list seat rests on a partial count.',
    prov_missing_okrug_protocols: 'Precincts without a manual-count okrug protocol: {n} (finding X216). These okrugs were decided on a partial count: {affects}.',
    prov_no_regions: 'the election defines no regions',
    prov_missing_votes: 'Counted protocols without the votes for a choice on their ballot: {n} (finding X229). The missing votes are not taken as 0; these seats rest on them: {affects}.',
    prov_all_list_seats: 'every list seat',
    prov_unplaced_protocols: 'Counted protocols in no defined region or okrug: {n} (findings X208, X212, X213, X217, X218). Decided without their votes: {affects}.',
    no_okrugs: 'This election has no okrugs.',
    not_counted: 'No seat was decided: {why}',
    ties_h: 'Ties and decisions not made by the votes alone',
    ties_awaiting: 'A tie awaits lots: the seats concerned are not filled.',
    ties_decided: 'Every tie is settled, but a decision other than the votes settled a seat.',
    tie_line: '{context} ({stage}): {tied} tied for {seats} seat(s) at {value}',
    tie_not_evaluated: 'preference votes not evaluated (no protocol gives them)',
    tie_awaiting: 'awaiting lots: not filled',
    tie_settled: 'settled by {how}: {winners}',
    tie_by_registration_order: 'registration order (rule set)',
    tie_by_ballot_order: 'ballot order (rule set)',
    tie_by_list_position: 'list position (rule set)',
    tie_by_lots: 'lots given as input',
    tie_by_lot_seed: 'a lot drawn from the public seed “{seed}”',
    tie_by_against_all_tie: 'the rule set’s against_all_tie “{rule}”',
    lot_seed_meta: 'Lots drawn from the public seed “{seed}”.',
    tie_mark: 'tie',
    notes_h: 'Notes',
    findings_h: 'Findings',
    findings_none: 'No findings: every relation that was checked holds.',
    findings_count: '{errors} errors, {warnings} warnings.',
    filter_code: 'Code',
    filter_sev: 'Severity',
    filter_place: 'Place contains',
    all: 'all',
    sev_error: 'error',
    sev_warning: 'warning',
    col_code: 'Code',
    col_sev: 'Severity',
    col_place: 'Where',
    col_want: 'Should be',
    col_got: 'Is',
    col_gap: 'Gap',
    col_msg: 'What',
    shown: 'Showing {n} of {m}.',
    unlisted: '{code}: {n} more findings counted but not listed (the check lists the first {limit} of each code; the command line lists them all with --all-findings).',
    more: 'Show more',
    open_precinct: 'Show the protocols of precinct {id}',
    not_evaluated_h: 'Not evaluated',
    machine_gaps_h: 'Machine count against manual count: largest gaps',
    col_precinct: 'Precinct',
    col_items: 'Figures that differ',
    precinct_h: 'Precinct protocol',
    precinct_id: 'Precinct',
    show: 'Show',
    precinct_hint: 'Choose a precinct in the findings, or type its number.',
    precinct_meta: 'Precinct {id}',
    region: 'region {id}',
    okrug: 'okrug {id}',
    abroad: 'abroad',
    no_protocols: 'No protocol of this precinct.',
    ballot: 'Ballot',
    ballot_list: 'list ballot',
    ballot_okrug: 'okrug ballot',
    manual: 'manual count',
    machine: 'machine count',
    col_line: 'Line',
    col_choice: 'Votes for',
    flagged: 'figures named by a finding are marked',
    published_h: 'The published summary',
    published_none: 'Load a published summary (JSON) to check it against the recount.',
    published_ok: 'The published summary agrees with the recount.',
    published_bad: 'The published summary disagrees with the recount. Disagreements: {n}.',
    published_of: 'Summary: {name}',
    published_notes: 'Notes (figures the summary does not publish): {n}.',
    copy_h: 'Compare your copy of a protocol',
    copy_intro: 'Type the figures from a paper copy of a precinct’s protocol: they are compared, line by line, with the published protocol of that precinct. Leave a field empty if your copy does not show it.',
    copy_open: 'Open the form',
    compare: 'Compare',
    copy_lines: 'Lines of the protocol',
    copy_votes: 'Votes',
    copy_ok: 'Your copy matches the published protocol on every figure you typed.',
    copy_bad: 'Your copy differs from the published protocol. Figures that differ: {n}.',
    copy_notes: 'Notes (figures on one side only): {n}.',
    copy_of: 'Precinct {id}, {ballot}',
    export_h: 'Export',
    export_note: 'The files are made in this browser. The result is the same JSON that “shailoo count --format json” prints.',
    export_result: 'Download the result (JSON)',
    export_verify: 'Download the check of the published summary (JSON)',
    export_err: 'Download the result as NIST SP 1500-100 ERR v2 (JSON), as “shailoo count --format nist-err” writes it',
    export_protocols: 'Download the protocols table (CSV: one row per protocol)',
    export_totals: 'Download the totals table (CSV: nation, regions, okrugs)',
    export_findings: 'Download the findings table (CSV)',
    footer: 'The same Go code as the shailoo command line, compiled to WebAssembly. After this page has loaded it makes no network request.',
    against_all: 'Against all',
    line_voters: 'Voters on the list',
    line_received: 'Ballots received',
    line_issued_in_room: 'Issued in the polling room',
    line_issued_outside: 'Issued outside (mobile box)',
    line_issued_early: 'Issued early',
    line_cancelled: 'Cancelled (unused)',
    line_found_mobile: 'Found in mobile boxes',
    line_found_stationary: 'Found in stationary boxes',
    line_invalid: 'Invalid ballots',
    line_valid: 'Valid ballots',
    line_lost: 'Lost',
    line_unaccounted: 'Not accounted for at receipt',
  },
  ru: {
    skip: 'Перейти к содержанию',
    title: 'Проверка подсчёта голосов',
    lang_label: 'Язык',
    load_h: 'Загрузите данные',
    tagline: 'Пересчитайте парламент по протоколам участков и проверьте каждую цифру, опубликованную комиссией.',
    private: 'Всё работает в этом браузере: ваши файлы никуда не отправляются.',
    demo: 'Демо: выборы 2021 года',
    demo_hint: 'Выборы в Жогорку Кенеш 28 ноября 2021 года, встроенные данные: официальные общие итоги, синтетические данные участков.',
    drop: 'Перетащите файлы сюда или выберите их ниже.',
    f_csv: 'Протоколы участков (CSV)',
    f_mapping: 'Сопоставление столбцов CSV (JSON)',
    f_election: 'Выборы (JSON): описание, с протоколами или без',
    f_summary: 'Опубликованные итоги (JSON)',
    f_rules: 'Набор правил (JSON, необязательно)',
    f_lots: 'Результаты жеребьёвки (JSON, необязательно)',
    rules_label: 'Набор правил',
    rules_file: 'из файла {name}',
    count: 'Подсчитать',
    clear: 'Убрать файлы',
    loading: 'Загрузка…',
    load_failed: 'Не удалось загрузить программу подсчёта: {msg}',
    ready: 'Готово. Загрузите файлы или запустите демо.',
    counting: 'Подсчёт…',
    counting_s: 'Подсчёт… {s} с',
    counted: 'Подсчитано протоколов: {protocols}, участков: {precincts}, за {ms} мс.',
    checked_summary: 'Опубликованные итоги проверены за {ms} мс.',
    need_mapping: 'Для протоколов в CSV нужен файл сопоставления столбцов (JSON).',
    nothing: 'Загрузите выборы (JSON) или протоколы (CSV) с сопоставлением столбцов, или запустите демо.',
    summary_on_demo: 'Выборы не загружены: итоги проверяются по встроенным данным 2021 года.',
    loaded_h: 'Загруженные файлы',
    remove: 'Убрать {name}',
    kind_csv: 'протоколы',
    kind_mapping: 'сопоставление',
    kind_election: 'выборы',
    kind_summary: 'опубликованные итоги',
    kind_rules: 'набор правил',
    kind_lots: 'жеребьёвка',
    unknown_file: '{name}: эта страница не читает такой файл (нужен CSV или JSON с выборами, сопоставлением, итогами, правилами или жеребьёвкой).',
    error_h: 'Не удалось подсчитать',
    error_at: '{file}, строка {line}, столбец {column}',
    source_demo: 'встроенные данные 2021 года',
    rules_meta: 'Набор правил: {id} {version} ({name})',
    turnout_meta: 'Приняли участие {participants} из {voters} избирателей ({turnout}%).',
    inputs_meta: 'Входные данные (SHA-256): {list}',
    provenance_note: 'Цифры с пометкой «синтетика» заменяют данные, которые не публиковались; «официально» — цифры комиссии.',
    parliament_h: 'Парламент',
    seats_filled: 'Распределено {total} из {of} мандатов: {list} по спискам, {okrug} по округам.',
    repeat_n: 'Повторные выборы в округах: {n}.',
    women_n: 'Женщин среди депутатов от списков: {n}.',
    not_given_n: 'Из них {n} мандатов по спискам получили списки, кандидаты которых в определении выборов не указаны: депутаты не указаны (мандаты не пустуют).',
    chart_label: 'Мандаты парламента: {desc}',
    okrug_seats: 'Депутаты от округов',
    repeat_seats: 'Повторные выборы',
    unfilled_seats: 'Не распределено',
    lists_h: 'Списки и порог',
    threshold_line: 'Порог: {percent}% от {base} = {line}; списку нужно {needed} голосов.',
    quota_line: 'Квота: {quota}',
    col_party: 'Список',
    col_votes: 'Голоса',
    col_pct: '%',
    col_margin: 'Выше (+) или ниже (−) черты, голосов',
    col_regional: 'Региональный порог',
    col_seats: 'Мандаты',
    col_women: 'Женщины / нужно',
    col_source: 'Источник',
    official: 'официально',
    preliminary: 'предварительно',
    synthetic: 'синтетика',
    passed: 'пройден',
    failed: 'не пройден',
    not_evaluated: 'не проверялся',
    okrugs_h: 'Одномандатные округа',
    col_okrug: '№',
    col_okrug_name: 'Округ',
    col_outcome: 'Итог',
    col_leader: 'Победитель или лидер',
    col_leader_votes: 'Голоса',
    col_against: 'Против всех',
    col_okrug_margin: 'Отрыв',
    out_elected: 'избран',
    out_repeat_election: 'повторные выборы: «против всех» впереди',
    out_tie: 'равенство: нужен жребий',
    out_no_votes: 'нет голосов',
    out_not_evaluated: 'не определено: нет протоколов',
    provisional_h: '⚠ Предварительный результат: он зависит от данных, которые не были оценены',
    prov_threshold_base: 'Общенациональный порог не определён: протоколов по партийным спискам без строк(и) {scope}, из которых складывается его база: {n} (замечание X227). База не берётся меньшей, мандаты по спискам не распределены.',
    prov_regional_threshold: 'Региональный порог не определён ({scope}): {affects} допущены к распределению мандатов только по общенациональному результату, и от этого зависят все мандаты по спискам.',
    prov_okrug_no_protocols: 'Округов без единого протокола: {n} ({affects}). Итоги в них не определены, мандаты не распределены.',
    prov_missing_list_protocols: 'Участков без протокола ручного подсчёта по партийным спискам: {n} (замечание X215). Все мандаты по спискам распределены по неполному подсчёту.',
    prov_missing_okrug_protocols: 'Участков без протокола ручного подсчёта по одномандатному округу: {n} (замечание X216). Итоги в этих округах определены по неполному подсчёту: {affects}.',
    prov_no_regions: 'в выборах не определены регионы',
    prov_missing_votes: 'Протоколов без голосов за вариант из бюллетеня: {n} (замечание X229). Отсутствующие голоса не считаются нулём; от них зависят: {affects}.',
    prov_all_list_seats: 'все мандаты по спискам',
    prov_unplaced_protocols: 'Учтённых протоколов вне определённых регионов или округов: {n} (замечания X208, X212, X213, X217, X218). Без их голосов определены: {affects}.',
    no_okrugs: 'В этих выборах нет округов.',
    not_counted: 'Мандаты не распределены: {why}',
    ties_h: 'Равенства и решения, принятые не только голосами',
    ties_awaiting: 'Равенство ждёт жребия: эти мандаты не распределены.',
    ties_decided: 'Все равенства разрешены, но мандат определило не только голосование.',
    tie_line: '{context} ({stage}): {tied} равны за {seats} мандат(а) при {value}',
    tie_not_evaluated: 'преференции не оценены (нет в протоколах)',
    tie_awaiting: 'ждёт жребия: не распределено',
    tie_settled: 'решено {how}: {winners}',
    tie_by_registration_order: 'по порядку регистрации (правила)',
    tie_by_ballot_order: 'по порядку в бюллетене (правила)',
    tie_by_list_position: 'по месту в списке (правила)',
    tie_by_lots: 'жребием (из входных данных)',
    tie_by_lot_seed: 'жребием, вытянутым из публичного зерна «{seed}»',
    tie_by_against_all_tie: 'правилом against_all_tie «{rule}»',
    lot_seed_meta: 'Жребий вытянут из публичного зерна «{seed}».',
    tie_mark: 'равенство',
    notes_h: 'Примечания',
    findings_h: 'Замечания',
    findings_none: 'Замечаний нет: все проверенные соотношения выполняются.',
    findings_count: 'Ошибок: {errors}, предупреждений: {warnings}.',
    filter_code: 'Код',
    filter_sev: 'Серьёзность',
    filter_place: 'Место содержит',
    all: 'все',
    sev_error: 'ошибка',
    sev_warning: 'предупреждение',
    col_code: 'Код',
    col_sev: 'Серьёзность',
    col_place: 'Где',
    col_want: 'Должно быть',
    col_got: 'Фактически',
    col_gap: 'Разница',
    col_msg: 'Что',
    shown: 'Показано {n} из {m}.',
    unlisted: '{code}: ещё {n} замечаний учтено, но не перечислено (проверка перечисляет первые {limit} замечаний каждого кода; командная строка с --all-findings перечисляет все).',
    more: 'Показать ещё',
    open_precinct: 'Показать протоколы участка {id}',
    not_evaluated_h: 'Не проверено',
    machine_gaps_h: 'Автоматический подсчёт против ручного: наибольшие расхождения',
    col_precinct: 'Участок',
    col_items: 'Расходящихся цифр',
    precinct_h: 'Протокол участка',
    precinct_id: 'Участок',
    show: 'Показать',
    precinct_hint: 'Выберите участок в замечаниях или введите его номер.',
    precinct_meta: 'Участок {id}',
    region: 'регион {id}',
    okrug: 'округ {id}',
    abroad: 'за рубежом',
    no_protocols: 'У этого участка нет протоколов.',
    ballot: 'Бюллетень',
    ballot_list: 'бюллетень по спискам',
    ballot_okrug: 'бюллетень по округу',
    manual: 'ручной подсчёт',
    machine: 'автоматический подсчёт',
    col_line: 'Строка',
    col_choice: 'Голоса за',
    flagged: 'цифры, о которых есть замечания, выделены',
    published_h: 'Опубликованные итоги',
    published_none: 'Загрузите опубликованные итоги (JSON), чтобы сверить их с пересчётом.',
    published_ok: 'Опубликованные итоги совпадают с пересчётом.',
    published_bad: 'Опубликованные итоги расходятся с пересчётом. Расхождений: {n}.',
    published_of: 'Итоги: {name}',
    published_notes: 'Примечаний: {n} (цифры, которых нет в итогах).',
    copy_h: 'Сравните свою копию протокола',
    copy_intro: 'Введите цифры с бумажной копии протокола участка: они будут построчно сравнены с опубликованным протоколом этого участка. Оставьте поле пустым, если на копии его нет.',
    copy_open: 'Открыть форму',
    compare: 'Сравнить',
    copy_lines: 'Строки протокола',
    copy_votes: 'Голоса',
    copy_ok: 'Ваша копия совпадает с опубликованным протоколом по всем введённым цифрам.',
    copy_bad: 'Ваша копия отличается от опубликованного протокола. Расходящихся цифр: {n}.',
    copy_notes: 'Примечаний: {n} (цифры только с одной стороны).',
    copy_of: 'Участок {id}, {ballot}',
    export_h: 'Экспорт',
    export_note: 'Файлы создаются в этом браузере. Результат — тот же JSON, что печатает «shailoo count --format json».',
    export_result: 'Скачать результат (JSON)',
    export_verify: 'Скачать проверку опубликованных итогов (JSON)',
    export_err: 'Скачать результат в формате NIST SP 1500-100 ERR v2 (JSON), как его пишет «shailoo count --format nist-err»',
    export_protocols: 'Скачать таблицу протоколов (CSV: строка на протокол)',
    export_totals: 'Скачать таблицу итогов (CSV: страна, области, округа)',
    export_findings: 'Скачать таблицу замечаний (CSV)',
    footer: 'Тот же код на Go, что и в командной строке shailoo, скомпилированный в WebAssembly. После загрузки страница не делает сетевых запросов.',
    against_all: 'Против всех',
    line_voters: 'Число избирателей в списке',
    line_received: 'Получено бюллетеней',
    line_issued_in_room: 'Выдано в помещении для голосования',
    line_issued_outside: 'Выдано вне помещения (переносной ящик)',
    line_issued_early: 'Выдано досрочно',
    line_cancelled: 'Погашено (неиспользованные)',
    line_found_mobile: 'В переносных ящиках',
    line_found_stationary: 'В стационарных ящиках',
    line_invalid: 'Недействительные бюллетени',
    line_valid: 'Действительные бюллетени',
    line_lost: 'Утраченные',
    line_unaccounted: 'Не учтённые при получении',
  },
  ky: {
    skip: 'Мазмунга өтүү',
    title: 'Шайлоонун жыйынтыгын текшерүү',
    lang_label: 'Тил',
    load_h: 'Маалыматтарды жүктөңүз',
    tagline: 'Участоктордун протоколдору боюнча парламентти кайра эсептеп, комиссия жарыялаган ар бир санды текшериңиз.',
    private: 'Баары ушул браузерде иштейт: файлдарыңыз эч жакка жөнөтүлбөйт.',
    demo: 'Демо: 2021-жылдын шайлоосу',
    demo_hint: '2021-жылдын 28-ноябрындагы Жогорку Кеңешке шайлоо, ичине камтылган: расмий жалпы жыйынтыктар, участоктор боюнча синтетикалык маалымат.',
    drop: 'Файлдарды ушул жерге сүйрөп таштаңыз же төмөндөн тандаңыз.',
    f_csv: 'Участоктордун протоколдору (CSV)',
    f_mapping: 'CSV мамычаларынын шайкештиги (JSON)',
    f_election: 'Шайлоо (JSON): сүрөттөмөсү, протоколдору менен же аларсыз',
    f_summary: 'Жарыяланган жыйынтыктар (JSON)',
    f_rules: 'Эрежелер топтому (JSON, милдеттүү эмес)',
    f_lots: 'Чүчүкулактын жыйынтыгы (JSON, милдеттүү эмес)',
    rules_label: 'Эрежелер топтому',
    rules_file: '{name} файлынан',
    count: 'Эсептөө',
    clear: 'Файлдарды алып салуу',
    loading: 'Жүктөлүүдө…',
    load_failed: 'Эсептөөчү программа жүктөлгөн жок: {msg}',
    ready: 'Даяр. Файлдарды жүктөңүз же демону иштетиңиз.',
    counting: 'Эсептелүүдө…',
    counting_s: 'Эсептелүүдө… {s} сек',
    counted: '{precincts} участоктун {protocols} протоколу {ms} мс ичинде эсептелди.',
    checked_summary: 'Жарыяланган жыйынтыктар {ms} мс ичинде текшерилди.',
    need_mapping: 'CSV протоколдоруна мамычалардын шайкештик файлы (JSON) керек.',
    nothing: 'Шайлоону (JSON) же протоколдорду (CSV) шайкештик файлы менен жүктөңүз, же демону иштетиңиз.',
    summary_on_demo: 'Шайлоо жүктөлгөн жок: жыйынтыктар 2021-жылдын ичине камтылган маалыматы менен салыштырылат.',
    loaded_h: 'Жүктөлгөн файлдар',
    remove: '{name} алып салуу',
    kind_csv: 'протоколдор',
    kind_mapping: 'шайкештик',
    kind_election: 'шайлоо',
    kind_summary: 'жарыяланган жыйынтыктар',
    kind_rules: 'эрежелер топтому',
    kind_lots: 'чүчүкулак',
    unknown_file: '{name}: бул барак мындай файлды окубайт (CSV же шайлоо, шайкештик, жыйынтыктар, эрежелер же чүчүкулак менен JSON керек).',
    error_h: 'Эсептөө мүмкүн болгон жок',
    error_at: '{file}, {line}-сап, {column}-мамыча',
    source_demo: '2021-жылдын ичине камтылган маалыматы',
    rules_meta: 'Эрежелер топтому: {id} {version} ({name})',
    turnout_meta: '{voters} шайлоочунун {participants} добуш берүүгө катышты ({turnout}%).',
    inputs_meta: 'Киргизилген маалыматтар (SHA-256): {list}',
    provenance_note: '«Синтетикалык» деп белгиленген сандар эч качан жарыяланбаган маалыматтын ордунда турат; «расмий» сандар комиссияныкы.',
    parliament_h: 'Парламент',
    seats_filled: '{of} мандаттын {total} бөлүштүрүлдү: тизмелер боюнча {list}, округдар боюнча {okrug}.',
    repeat_n: '{n} округда кайра шайлоо өтөт.',
    women_n: 'Тизмелерден шайланган депутаттардын ичинде аялдар: {n}.',
    not_given_n: 'Алардын ичинен {n} тизме мандатын шайлоонун аныктамасында талапкерлери көрсөтүлбөгөн тизмелер алды: депутаттар көрсөтүлгөн жок (мандаттар бош эмес).',
    chart_label: 'Парламенттин мандаттары: {desc}',
    okrug_seats: 'Округдардан депутаттар',
    repeat_seats: 'Кайра шайлоо',
    unfilled_seats: 'Бөлүштүрүлгөн жок',
    lists_h: 'Тизмелер жана босого',
    threshold_line: 'Босого: {base} санынын {percent}% = {line}; тизмеге {needed} добуш керек.',
    quota_line: 'Квота: {quota}',
    col_party: 'Тизме',
    col_votes: 'Добуштар',
    col_pct: '%',
    col_margin: 'Сызыктан жогору (+) же төмөн (−), добуш',
    col_regional: 'Аймактык босого',
    col_seats: 'Мандаттар',
    col_women: 'Аялдар / керек',
    col_source: 'Булак',
    official: 'расмий',
    preliminary: 'алдын ала',
    synthetic: 'синтетикалык',
    passed: 'өттү',
    failed: 'өткөн жок',
    not_evaluated: 'текшерилген жок',
    okrugs_h: 'Бир мандаттуу округдар',
    col_okrug: '№',
    col_okrug_name: 'Округ',
    col_outcome: 'Жыйынтык',
    col_leader: 'Жеңүүчү же лидер',
    col_leader_votes: 'Добуштар',
    col_against: 'Бардык каршы',
    col_okrug_margin: 'Айырма',
    out_elected: 'шайланды',
    out_repeat_election: 'кайра шайлоо: «бардык каршы» алдыда',
    out_tie: 'добуштар тең: чүчүкулак керек',
    out_no_votes: 'добуш жок',
    out_not_evaluated: 'аныкталган жок: протоколдор жок',
    provisional_h: '⚠ Алдын ала жыйынтык: ал бааланбаган маалыматтарга көз каранды',
    prov_threshold_base: 'Өлкө боюнча босого аныкталган жок: анын базасы түзүлгөн {scope} сап(тар)ы жок партиялык тизмелер боюнча протоколдор: {n} (X227 табылгасы). База кичирейтилбейт, тизмелер боюнча мандаттар бөлүштүрүлгөн жок.',
    prov_regional_threshold: 'Аймактык босого аныкталган жок ({scope}): {affects} өлкө боюнча жыйынтыгы менен гана мандат бөлүштүрүүгө киргизилди, тизмелер боюнча бардык мандаттар ушуга көз каранды.',
    prov_okrug_no_protocols: 'Бир да протоколу жок округдар: {n} ({affects}). Алардын жыйынтыгы аныкталган жок, мандаттар бөлүштүрүлгөн жок.',
    prov_missing_list_protocols: 'Партиялык тизмелер боюнча кол менен эсептөөнүн протоколу жок участоктор: {n} (X215 табылгасы). Тизмелер боюнча бардык мандаттар толук эмес эсеп боюнча бөлүштүрүлдү.',
    prov_missing_okrug_protocols: 'Бир мандаттуу округ боюнча кол менен эсептөөнүн протоколу жок участоктор: {n} (X216 табылгасы). Бул округдардын жыйынтыгы толук эмес эсеп боюнча аныкталды: {affects}.',
    prov_no_regions: 'шайлоодо аймактар аныкталган эмес',
    prov_missing_votes: 'Бюллетендеги тандоо үчүн добуштары жок протоколдор: {n} (X229 табылгасы). Жок добуштар нөл деп эсептелбейт; алардан көз каранды: {affects}.',
    prov_all_list_seats: 'тизмелер боюнча бардык мандаттар',
    prov_unplaced_protocols: 'Аныкталган аймакка же округга кирбеген эсептелген протоколдор: {n} (X208, X212, X213, X217, X218 табылгалары). Алардын добуштарысыз аныкталды: {affects}.',
    no_okrugs: 'Бул шайлоодо округдар жок.',
    not_counted: 'Мандаттар бөлүштүрүлгөн жок: {why}',
    ties_h: 'Добуштар гана чечпеген теңдиктер жана чечимдер',
    ties_awaiting: 'Теңдик чүчүкулакты күтөт: ал мандаттар бөлүштүрүлгөн жок.',
    ties_decided: 'Бардык теңдиктер чечилди, бирок мандатты добуштан башка чечим аныктады.',
    tie_line: '{context} ({stage}): {tied} {seats} мандат үчүн тең, маанисинде {value}',
    tie_not_evaluated: 'артыкчылык добуштары бааланган жок (протоколдордо жок)',
    tie_awaiting: 'чүчүкулакты күтөт: бөлүштүрүлгөн жок',
    tie_settled: 'чечилди: {how}: {winners}',
    tie_by_registration_order: 'каттоо тартиби боюнча (эрежелер)',
    tie_by_ballot_order: 'бюллетендеги тартиби боюнча (эрежелер)',
    tie_by_list_position: 'тизмедеги орду боюнча (эрежелер)',
    tie_by_lots: 'чүчүкулак менен (киргизилген маалымат)',
    tie_by_lot_seed: '«{seed}» ачык уругунан тартылган чүчүкулак менен',
    tie_by_against_all_tie: 'эрежелердин against_all_tie «{rule}» эрежеси менен',
    lot_seed_meta: 'Чүчүкулак «{seed}» ачык уругунан тартылды.',
    tie_mark: 'теңдик',
    notes_h: 'Эскертмелер',
    findings_h: 'Табылгалар',
    findings_none: 'Табылгалар жок: текшерилген бардык катыштар аткарылат.',
    findings_count: 'Ката: {errors}, эскертүү: {warnings}.',
    filter_code: 'Код',
    filter_sev: 'Деңгээли',
    filter_place: 'Орду камтыйт',
    all: 'баары',
    sev_error: 'ката',
    sev_warning: 'эскертүү',
    col_code: 'Код',
    col_sev: 'Деңгээли',
    col_place: 'Кайда',
    col_want: 'Болушу керек',
    col_got: 'Иш жүзүндө',
    col_gap: 'Айырма',
    col_msg: 'Эмне',
    shown: '{m} ичинен {n} көрсөтүлдү.',
    unlisted: '{code}: дагы {n} табылга эсептелди, бирок тизмеленген жок (текшерүү ар бир коддун алгачкы {limit} табылгасын тизмелейт; буйрук сабы --all-findings менен баарын тизмелейт).',
    more: 'Дагы көрсөтүү',
    open_precinct: '{id} участогунун протоколдорун көрсөтүү',
    not_evaluated_h: 'Текшерилген жок',
    machine_gaps_h: 'Автоматтык эсептөө кол менен эсептөөгө каршы: эң чоң айырмалар',
    col_precinct: 'Участок',
    col_items: 'Айырмаланган сандар',
    precinct_h: 'Участоктун протоколу',
    precinct_id: 'Участок',
    show: 'Көрсөтүү',
    precinct_hint: 'Табылгалардан участокту тандаңыз же анын номерин жазыңыз.',
    precinct_meta: '{id} участогу',
    region: '{id} аймагы',
    okrug: '{id} округу',
    abroad: 'чет өлкөдө',
    no_protocols: 'Бул участоктун протоколу жок.',
    ballot: 'Бюллетень',
    ballot_list: 'тизме боюнча бюллетень',
    ballot_okrug: 'округ боюнча бюллетень',
    manual: 'кол менен эсептөө',
    machine: 'автоматтык эсептөө',
    col_line: 'Сап',
    col_choice: 'Добуштар',
    flagged: 'табылгада аталган сандар белгиленди',
    published_h: 'Жарыяланган жыйынтыктар',
    published_none: 'Кайра эсептөө менен салыштыруу үчүн жарыяланган жыйынтыктарды (JSON) жүктөңүз.',
    published_ok: 'Жарыяланган жыйынтыктар кайра эсептөө менен дал келет.',
    published_bad: 'Жарыяланган жыйынтыктар кайра эсептөө менен дал келбейт. Айырмачылыктар: {n}.',
    published_of: 'Жыйынтыктар: {name}',
    published_notes: 'Эскертмелер: {n} (жыйынтыктарда жок сандар).',
    copy_h: 'Протоколдун көчүрмөсүн салыштырыңыз',
    copy_intro: 'Участоктун протоколунун кагаз көчүрмөсүндөгү сандарды киргизиңиз: алар ошол участоктун жарыяланган протоколу менен сап-сабы боюнча салыштырылат. Көчүрмөдө жок болсо, талааны бош калтырыңыз.',
    copy_open: 'Форманы ачуу',
    compare: 'Салыштыруу',
    copy_lines: 'Протоколдун саптары',
    copy_votes: 'Добуштар',
    copy_ok: 'Сиздин көчүрмө киргизилген бардык сандар боюнча жарыяланган протокол менен дал келет.',
    copy_bad: 'Сиздин көчүрмө жарыяланган протоколдон айырмаланат. Айырмаланган сандар: {n}.',
    copy_notes: 'Эскертмелер: {n} (сан бир тарапта гана бар).',
    copy_of: '{id} участогу, {ballot}',
    export_h: 'Экспорт',
    export_note: 'Файлдар ушул браузерде түзүлөт. Жыйынтык — «shailoo count --format json» басып чыгарган ошол эле JSON.',
    export_result: 'Жыйынтыкты жүктөп алуу (JSON)',
    export_verify: 'Жарыяланган жыйынтыктарды текшерүүнү жүктөп алуу (JSON)',
    export_err: 'Жыйынтыкты NIST SP 1500-100 ERR v2 форматында жүктөп алуу (JSON), «shailoo count --format nist-err» жазгандай',
    export_protocols: 'Протоколдор таблицасын жүктөп алуу (CSV: ар бир протоколго бир сап)',
    export_totals: 'Жыйынтыктар таблицасын жүктөп алуу (CSV: өлкө, облустар, округдар)',
    export_findings: 'Эскертүүлөр таблицасын жүктөп алуу (CSV)',
    footer: 'shailoo буйрук сабындагы ошол эле Go коду, WebAssembly үчүн компиляцияланган. Барак жүктөлгөндөн кийин ал тармакка эч кандай суроо жөнөтпөйт.',
    against_all: 'Бардык каршы',
    line_voters: 'Тизмедеги шайлоочулардын саны',
    line_received: 'Алынган бюллетендер',
    line_issued_in_room: 'Добуш берүү жайында берилген',
    line_issued_outside: 'Жайдан тышкары берилген (көчмө куту)',
    line_issued_early: 'Мөөнөтүнөн мурда берилген',
    line_cancelled: 'Жокко чыгарылган (колдонулбаган)',
    line_found_mobile: 'Көчмө кутулардан табылган',
    line_found_stationary: 'Стационардык кутулардан табылган',
    line_invalid: 'Жараксыз бюллетендер',
    line_valid: 'Жарактуу бюллетендер',
    line_lost: 'Жоголгон',
    line_unaccounted: 'Алууда эсепке алынбаган',
  },
};

const LOCALES = { en: 'en-GB', ru: 'ru-RU', ky: 'ky-KG' };
// Okabe–Ito colours and a few more, distinguishable with common colour
// blindness; each list keeps its colour by its place in the result.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#882255',
  '#44AA99', '#999933', '#332288', '#AA4499', '#117733', '#88CCEE', '#DDCC77', '#661100'];
const OKRUG_COLOUR = '#5b6470';
const PAGE = 100; // findings rows shown at a time

// ---------------------------------------------------------------------------
// State.

const state = {
  lang: 'en',
  worker: null, // the Web Worker that runs the counter
  pending: new Map(), // call id -> resolve
  seq: 0,
  busy: false,
  files: { csv: [], mapping: [], election: null, summary: null, rules: null, lots: null },
  demo: false,
  source: null, // the source of the shown result
  resultText: '',
  result: null,
  verifyText: '',
  verify: null,
  shown: PAGE,
  precinct: null, // id shown in the precinct panel
  timings: {},
};
window.shailooPage = state; // for the end-to-end test and the curious

const $ = (sel) => document.querySelector(sel);

function t(key, vars) {
  const table = STRINGS[state.lang] || STRINGS.en;
  let s = table[key];
  if (s === undefined) s = STRINGS.en[key];
  if (s === undefined) return key;
  if (vars) s = s.replace(/\{(\w+)\}/g, (m, k) => (vars[k] === undefined ? m : String(vars[k])));
  return s;
}

function num(n) {
  if (n === undefined || n === null || n === '') return '';
  try {
    return new Intl.NumberFormat(LOCALES[state.lang] || 'en-GB').format(n);
  } catch (e) {
    return String(n);
  }
}

function signed(n) {
  if (n > 0) return '+' + num(n);
  if (n < 0) return '−' + num(-n);
  return num(0);
}

// el builds an element: el('td', {class: 'num'}, 'text', child, ...).
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k === 'style') setStyle(e, v);
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
  }
  for (const kid of kids.flat()) {
    if (kid === undefined || kid === null || kid === false) continue;
    e.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return e;
}

// setStyle sets inline styles through the CSSOM: the page's Content
// Security Policy (style-src 'self') forbids style attributes.
function setStyle(e, css) {
  for (const decl of css.split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) e.style.setProperty(decl.slice(0, i).trim(), decl.slice(i + 1).trim());
  }
}

function table(caption, head, rows, opts = {}) {
  const thead = el('thead', null, el('tr', null, head.map((h) => {
    const [text, cls] = Array.isArray(h) ? h : [h, ''];
    return el('th', { scope: 'col', class: cls || null }, text);
  })));
  const tb = el('tbody', null, rows);
  const tbl = el('table', { class: opts.class || null }, caption ? el('caption', null, caption) : null, thead, tb);
  return el('div', { class: 'table-wrap' }, tbl);
}

function applyStrings() {
  document.documentElement.lang = state.lang;
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  document.title = 'shailoo — ' + t('title');
  $('.toc').setAttribute('aria-label', t('title'));
}

function setStatus(key, vars) {
  $('#status').textContent = t(key, vars);
  $('#status').dataset.key = key;
  state.statusVars = vars;
}

function showError(msg) {
  const box = $('#error');
  if (!msg) {
    box.hidden = true;
    box.textContent = '';
    return;
  }
  box.hidden = false;
  box.textContent = msg;
}

// call runs shailoo[fn](...args) in the worker and resolves to
// {text, obj, ms}: the JSON text, its parsed value, the time in the worker.
function call(fn, ...args) {
  const id = ++state.seq;
  return new Promise((resolve) => {
    state.pending.set(id, (msg) => {
      let obj;
      try {
        obj = JSON.parse(msg.text);
      } catch (e) {
        obj = { error: 'bad JSON from ' + fn + ': ' + e.message };
      }
      resolve({ text: msg.text, obj, ms: msg.ms });
    });
    state.worker.postMessage({ id, fn, args });
  });
}
state.call = call; // for the end-to-end test

function failureText(f) {
  let s = f.error;
  if (f.file && f.line) s = t('error_at', { file: f.file, line: f.line, column: f.column || 1 }) + ': ' + s;
  return s;
}

// ---------------------------------------------------------------------------
// Loading the counter.

async function boot() {
  applyStrings();
  setStatus('loading');
  const t0 = performance.now();
  try {
    state.worker = new Worker('worker.js');
    await new Promise((resolve, reject) => {
      state.worker.onmessage = (ev) => {
        if (ev.data.ready) resolve();
        else reject(new Error(ev.data.error));
      };
      state.worker.onerror = (ev) => reject(new Error(ev.message || 'worker error'));
    });
  } catch (e) {
    setStatus('load_failed', { msg: String(e && e.message || e) });
    document.body.dataset.state = 'error';
    return;
  }
  state.worker.onmessage = (ev) => {
    const done = state.pending.get(ev.data.id);
    state.pending.delete(ev.data.id);
    if (done) done(ev.data);
  };
  state.timings.ready = Math.round(performance.now());
  state.timings.wasmLoad = Math.round(performance.now() - t0);
  const presets = (await call('presets')).obj;
  const sel = $('#rules');
  if (Array.isArray(presets)) {
    for (const p of presets) sel.append(el('option', { value: p.id, title: p.name }, p.id + ' ' + p.version));
    sel.value = 'kg2021';
  }
  const v = (await call('version')).obj;
  if (v && v.library) $('#version').textContent = `${v.library} · ${v.go} · ${v.platform}`;
  state.ready = true;
  $('#demo').disabled = false;
  updateFiles();
  setStatus('ready');
  document.body.dataset.state = 'ready';
  if (location.hash === '#demo') runDemo();
}

// ---------------------------------------------------------------------------
// Files.

const decoder = new TextDecoder('utf-8');

function textOf(f) {
  if (f.text === undefined) f.text = decoder.decode(f.bytes);
  return f.text;
}

// kindOf says what a file is: by the input it came through, or for a drop
// by its name and content.
function kindOf(name, bytes) {
  const lower = name.toLowerCase();
  if (/\.(csv|tsv|txt)$/.test(lower)) return 'csv';
  let obj;
  try {
    obj = JSON.parse(decoder.decode(bytes));
  } catch (e) {
    return /\.json$/.test(lower) ? null : 'csv';
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return null;
  if ('format' in obj && 'threshold' in obj) return 'rules';
  if ('parties' in obj || 'precincts' in obj || 'protocols' in obj) return 'election';
  if ('precinct' in obj && ('lines' in obj || 'votes' in obj || 'preferences' in obj)) return 'mapping';
  if ('lists' in obj || 'okrugs' in obj || 'turnout' in obj || 'participants' in obj) return 'summary';
  const vals = Object.values(obj);
  if (vals.length && vals.every((v) => Array.isArray(v) && v.every((x) => typeof x === 'string'))) return 'lots';
  return null;
}

async function readFile(file) {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function addFiles(fileList, forcedKind) {
  showError('');
  const unknown = [];
  let summaryOnly = true;
  for (const file of fileList) {
    const f = await readFile(file);
    const kind = forcedKind || kindOf(f.name, f.bytes);
    if (!kind) {
      unknown.push(t('unknown_file', { name: f.name }));
      continue;
    }
    if (kind !== 'summary') summaryOnly = false;
    if (kind === 'csv' || kind === 'mapping') state.files[kind].push(f);
    else state.files[kind] = f;
  }
  if (unknown.length) showError(unknown.join('\n'));
  updateFiles();
  if (!state.ready) return;
  if (summaryOnly && state.files.summary) {
    // a summary alone is checked at once: against the shown result, or
    // against the built-in 2021 data when nothing else is loaded
    if (state.result) verify();
    else if (!hasFileSource()) runDemo();
    return;
  }
  // files dropped together are counted at once; files chosen one by one
  // wait for the Count button, so that no half-loaded set is counted
  if (!forcedKind && countable()) run();
}

function hasFileSource() {
  return Boolean(state.files.election || state.files.csv.length);
}

function countable() {
  if (state.files.csv.length && !state.files.mapping.length) return false;
  return hasFileSource();
}

function removeFile(kind, f) {
  if (kind === 'csv' || kind === 'mapping') state.files[kind] = state.files[kind].filter((x) => x !== f);
  else state.files[kind] = null;
  updateFiles();
}

function updateFiles() {
  const box = $('#loaded');
  box.textContent = '';
  const items = [];
  for (const kind of ['csv', 'mapping', 'election', 'summary', 'rules', 'lots']) {
    const v = state.files[kind];
    const list = Array.isArray(v) ? v : v ? [v] : [];
    for (const f of list) {
      items.push(el('li', null, el('strong', null, t('kind_' + kind)), ': ', f.name, ' (', num(f.bytes.length), ' B) ',
        el('button', { type: 'button', class: 'link', 'aria-label': t('remove', { name: f.name }),
          onclick: () => removeFile(kind, f) }, '×')));
    }
  }
  if (items.length) box.append(el('h3', null, t('loaded_h')), el('ul', null, items));
  if (state.ready) $('#count').disabled = state.busy || !(countable() || state.demo || state.files.summary);
  if (state.ready) $('#demo').disabled = state.busy;
  const rf = state.files.rules;
  const sel = $('#rules');
  sel.disabled = Boolean(rf);
  sel.title = rf ? t('rules_file', { name: rf.name }) : '';
}

// source builds the api.Source of the loaded files (see wasm/api).
function fileSource() {
  const f = state.files;
  const src = { rules: rulesArg() };
  if (f.rules) src.rules_name = f.rules.name;
  if (f.lots) { src.lots = f.lots.bytes; src.lots_name = f.lots.name; }
  if (f.election) { src.election = f.election.bytes; src.election_name = f.election.name; }
  if (f.csv.length) {
    src.protocols = f.csv.map((c, i) => {
      const m = f.mapping[i] || f.mapping[0];
      return { name: c.name, text: c.bytes, mapping: m ? m.bytes : '', mapping_name: m ? m.name : '' };
    });
  }
  return src;
}

function rulesArg() {
  return state.files.rules ? state.files.rules.bytes : $('#rules').value || 'kg2021';
}

// ---------------------------------------------------------------------------
// Counting.

async function runDemo() {
  state.demo = true;
  await count({ demo: true, rules: rulesArg(), rules_name: state.files.rules ? state.files.rules.name : undefined });
}

async function run() {
  if (!state.ready || state.busy) return;
  if (state.files.csv.length && !state.files.mapping.length) {
    showError(t('need_mapping'));
    return;
  }
  if (!hasFileSource()) {
    if (state.demo || state.files.summary) return runDemo();
    showError(t('nothing'));
    return;
  }
  state.demo = false;
  await count(fileSource());
}

// busy marks a call in progress: the buttons wait, the status counts seconds.
function busy(on) {
  state.busy = on;
  clearInterval(state.ticker);
  if (on) {
    const t0 = performance.now();
    state.ticker = setInterval(() => {
      setStatus('counting_s', { s: Math.round((performance.now() - t0) / 1000) });
    }, 1000);
  }
  updateFiles();
}

async function count(src) {
  if (state.busy) return;
  showError('');
  setStatus('counting');
  document.body.dataset.state = 'counting';
  busy(true);
  const t0 = performance.now();
  const out = await call('countSource', src);
  const ms = Math.round(performance.now() - t0);
  busy(false);
  if (out.obj.error) {
    document.body.dataset.state = 'error';
    setStatus('error_h');
    showError(t('error_h') + ': ' + failureText(out.obj));
    return;
  }
  state.source = src;
  state.resultText = out.text; // exported as it came, byte for byte
  state.result = out.obj;
  // a Result that decided no seat (see not_counted) has no lists or okrugs
  state.result.lists = state.result.lists || [];
  state.result.okrugs = state.result.okrugs || [];
  state.verify = null;
  state.verifyText = '';
  state.shown = PAGE;
  state.timings.count = ms;
  state.timings.countWorker = out.ms;
  setStatus('counted', { protocols: num(out.obj.totals.protocols), precincts: num(out.obj.totals.precincts), ms });
  if (state.files.summary) await verify(true);
  render();
  // take the reader (and a screen reader's focus) to what was found
  const head = $('#res-title');
  head.setAttribute('tabindex', '-1');
  head.focus({ preventScroll: true });
  $('#sec-head').scrollIntoView({ block: 'start' });
  state.timings.result = Math.round(performance.now());
  document.body.dataset.state = 'done';
  document.body.dataset.resultMs = String(state.timings.result);
}

async function verify(quiet) {
  const s = state.files.summary;
  if (!s || !state.source) return;
  if (!quiet) busy(true);
  const t0 = performance.now();
  const out = await call('verify', state.source, s.bytes, s.name);
  const ms = Math.round(performance.now() - t0);
  if (!quiet) busy(false);
  state.timings.verify = ms;
  if (out.obj.error) {
    showError(t('error_h') + ': ' + failureText(out.obj));
    return;
  }
  state.verify = out.obj;
  state.verifyText = out.text;
  if (!quiet) {
    setStatus('checked_summary', { ms });
    render();
  }
}

// ---------------------------------------------------------------------------
// Rendering.

function render() {
  const res = state.result;
  if (!res) return;
  $('#results').hidden = false;
  renderHead(res);
  renderParliament(res);
  renderLists(res);
  renderOkrugs(res);
  renderFindingsFilters(res);
  renderFindings();
  renderPublished();
  renderExport();
  if (state.precinct) showPrecinct(state.precinct, false);
}

function partyName(l) {
  if (state.lang === 'ky' && l.name_ky) return l.name_ky;
  if (state.lang === 'ru' && l.name_ru) return l.name_ru;
  return l.name || l.id;
}

function provenance(p) {
  return p ? t(p) : '';
}

function renderHead(res) {
  $('#res-title').textContent = res.election.name || res.election.id;
  const meta = $('#res-meta');
  meta.textContent = '';
  const tt = res.totals;
  meta.append(
    el('p', { class: 'meta' }, t('rules_meta', { id: res.rules.id, version: res.rules.version, name: res.rules.name })),
    el('p', { class: 'meta' }, t('turnout_meta', { participants: num(tt.participants), voters: num(tt.voters), turnout: tt.turnout })),
  );
  if (res.election.provenance) meta.append(el('p', { class: 'meta muted' }, res.election.provenance));
  meta.append(el('p', { class: 'meta muted' }, t('provenance_note')));
  if (res.not_counted) meta.append(el('p', { class: 'banner bad', id: 'not-counted' }, t('not_counted', { why: res.not_counted })));
  const prov = provisionalBanner(res);
  if (prov) meta.append(prov);
  if (state.source && state.source.demo && state.files.summary) meta.append(el('p', { class: 'meta muted' }, t('summary_on_demo')));
  const banner = $('#published-banner');
  banner.textContent = '';
  banner.hidden = !state.verify;
  if (state.verify) {
    const n = errorsOf(state.verify.findings).length;
    banner.className = 'banner ' + (n ? 'bad' : 'ok');
    banner.append(n ? t('published_bad', { n: num(n) }) + ' ' : t('published_ok') + ' ');
    banner.append(el('a', { href: '#sec-published' }, t('published_h')));
  }
}

// provisionalBanner says that res rests on something not evaluated, and
// what: one line per reason, in the page's language (the reason's English
// text for a kind this page does not know). null when res is final.
function provisionalBanner(res) {
  const reasons = res.provisional_reasons || [];
  if (!res.provisional && !reasons.length) return null;
  const names = (ctx) => {
    const [kind, id] = ctx.split('/');
    if (kind === 'list' && !id) return t('prov_all_list_seats');
    if (kind === 'list') { const l = res.lists.find((x) => x.id === id); return l ? partyName(l) : ctx; }
    if (kind === 'okrug' && id) { const o = (res.okrugs || []).find((x) => x.okrug === id); return o && o.name ? o.name : ctx; }
    return ctx;
  };
  const items = reasons.map((u) => {
    const key = 'prov_' + u.kind;
    if (!(key in STRINGS.en)) return el('li', null, u.reason);
    let scope = (u.scope || []).join(', ');
    if (!scope && u.kind === 'regional_threshold') scope = t('prov_no_regions');
    return el('li', null, t(key, { n: num(u.count || 0), scope, affects: (u.affects || []).map(names).join(', ') }));
  });
  return el('div', { class: 'banner bad', id: 'provisional', role: 'alert' }, el('p', null, t('provisional_h')), el('ul', null, items));
}

// listColours gives each list with seats a colour, by its order in the result.
function listColours(res) {
  const c = {};
  let i = 0;
  for (const l of res.lists) if (l.seats > 0) c[l.id] = PALETTE[i++ % PALETTE.length];
  return c;
}

function renderParliament(res) {
  const box = $('#parliament');
  box.textContent = '';
  if (res.not_counted) {
    box.append(el('p', { class: 'muted' }, t('not_counted', { why: res.not_counted })));
    return;
  }
  const s = res.seats;
  const colours = listColours(res);
  const groups = res.lists.filter((l) => l.seats > 0)
    .slice().sort((a, b) => b.seats - a.seats)
    .map((l) => ({ id: l.id, label: partyName(l), n: l.seats, colour: colours[l.id], kind: 'list' }));
  const listUnfilled = Math.max(0, s.list_of - s.list);
  if (s.okrug_of > 0) {
    groups.push({ id: 'okrug', label: t('okrug_seats'), n: s.okrug, colour: OKRUG_COLOUR, kind: 'okrug' });
    groups.push({ id: 'repeat', label: t('repeat_seats'), n: s.repeat_elections, colour: 'none', kind: 'repeat' });
  }
  const okrugUnfilled = Math.max(0, s.okrug_of - s.okrug - s.repeat_elections);
  groups.push({ id: 'unfilled', label: t('unfilled_seats'), n: listUnfilled + okrugUnfilled, colour: 'none', kind: 'empty' });
  const shown = groups.filter((g) => g.n > 0);
  const desc = shown.map((g) => `${g.label} ${g.n}`).join(', ');

  const svg = parliamentSVG(shown, s.of, `${s.total} / ${s.of}`, t('chart_label', { desc }));
  const legendRows = shown.map((g) => el('tr', { 'data-group': g.id },
    el('td', null, el('span', { class: 'swatch' + (g.kind === 'repeat' ? ' repeat' : g.kind === 'empty' ? ' empty' : ''),
      style: g.kind === 'list' || g.kind === 'okrug' ? `background:${g.colour}` : null, 'aria-hidden': 'true' }), g.label),
    el('td', { class: 'num seats' }, num(g.n))));
  const legend = el('div', { class: 'legend' },
    table(null, [t('col_party'), [t('col_seats'), 'num']], legendRows, { class: 'legend-table' }),
    el('p', null, t('seats_filled', { total: num(s.total), of: num(s.of), list: num(s.list), okrug: num(s.okrug) })),
    s.repeat_elections ? el('p', null, t('repeat_n', { n: num(s.repeat_elections) })) : null,
    s.deputies_not_given ? el('p', null, t('not_given_n', { n: num(s.deputies_not_given) })) : null,
    s.women_list_deputies ? el('p', { class: 'muted' }, t('women_n', { n: num(s.women_list_deputies) })) : null);
  box.append(el('div', { class: 'chart' }, svg, legend));
  const ties = tiesBlock(res);
  if (ties) box.append(ties);
  if (res.notes && res.notes.length) box.append(el('h3', null, t('notes_h')), el('ul', null, res.notes.map((n) => el('li', null, n))));
}

const SVGNS = 'http://www.w3.org/2000/svg';
function svgEl(tag, attrs, ...kids) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) e.setAttribute(k, v);
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}

// parliamentSVG draws a hemicycle of `total` seats in concentric rows,
// filled left to right with the groups in order.
function parliamentSVG(groups, total, centre, label) {
  const W = 400, H = 215, cx = W / 2, cy = 205, R = 190;
  const rows = Math.max(2, Math.min(12, Math.round(Math.sqrt(total / 3.2))));
  const inner = 0.42;
  const radii = [];
  for (let i = 0; i < rows; i++) radii.push(inner + (1 - inner) * (rows === 1 ? 1 : i / (rows - 1)));
  // seats per row in proportion to the radius, largest remainder
  const sum = radii.reduce((a, b) => a + b, 0);
  const exact = radii.map((r) => (total * r) / sum);
  const perRow = exact.map(Math.floor);
  let left = total - perRow.reduce((a, b) => a + b, 0);
  exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || b[1] - a[1])
    .slice(0, left).forEach(([, i]) => { perRow[i]++; });
  const seats = [];
  radii.forEach((r, i) => {
    const n = perRow[i];
    for (let j = 0; j < n; j++) {
      const a = n === 1 ? Math.PI / 2 : Math.PI - (Math.PI * j) / (n - 1);
      seats.push({ a, r, x: cx + R * r * Math.cos(a), y: cy - R * r * Math.sin(a) });
    }
  });
  seats.sort((p, q) => q.a - p.a || p.r - q.r);
  const spacing = (R * (1 - inner)) / Math.max(1, rows - 1);
  const dot = Math.min(spacing * 0.42, (Math.PI * R * inner) / Math.max(1, perRow[0]) * 0.42);
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label, class: 'parliament' });
  svg.append(svgEl('title', null, label));
  let k = 0;
  for (const g of groups) {
    const gEl = svgEl('g', { 'data-group': g.id });
    for (let i = 0; i < g.n && k < seats.length; i++, k++) {
      const p = seats[k];
      const attrs = { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: dot.toFixed(1) };
      if (g.kind === 'repeat') Object.assign(attrs, { fill: 'none', stroke: '#c62828', 'stroke-width': 2, 'stroke-dasharray': '3 2' });
      else if (g.kind === 'empty') Object.assign(attrs, { fill: 'none', stroke: '#8a939c', 'stroke-width': 1.5 });
      else Object.assign(attrs, { fill: g.colour, stroke: 'rgba(0,0,0,.25)', 'stroke-width': 0.8 });
      gEl.append(svgEl('circle', attrs, svgEl('title', null, g.label)));
    }
    svg.append(gEl);
  }
  svg.append(svgEl('text', { x: cx, y: cy - 8, 'text-anchor': 'middle', 'font-size': 30, 'font-weight': 700, fill: 'currentColor' }, centre));
  return svg;
}

function statusText(s) {
  return s ? t(s) : '';
}

// tiesBlock lists every seat the votes alone did not decide (res.ties):
// the tied set, the seats at stake, the value and how it was settled, or
// that it awaits lots. null when there is none.
function tiesBlock(res) {
  if (!res.ties || !res.ties.length) return null;
  const awaiting = res.ties.some((x) => !x.settled_by);
  const clip = (ids) => (ids || []).length > 10 ? ids.slice(0, 10).join(', ') + `, … (${ids.length})` : (ids || []).join(', ');
  const items = res.ties.map((x) => {
    const value = x.value === 'not_evaluated' ? t('tie_not_evaluated') : x.value;
    let s = t('tie_line', { context: x.context, stage: x.stage, tied: clip(x.tied), seats: num(x.seats), value });
    if (!x.settled_by) return el('li', { class: 'neg' }, s + '; ' + t('tie_awaiting'));
    const how = t('tie_by_' + x.settled_by, { seed: x.seed || '', rule: (res.rules.okrug || {}).against_all_tie || '' });
    s += '; ' + t('tie_settled', { how, winners: clip(x.winners) });
    return el('li', null, s);
  });
  return el('div', { id: 'ties' },
    el('h3', null, t('ties_h')),
    el('p', { class: 'banner ' + (awaiting ? 'bad' : 'warn') }, t(awaiting ? 'ties_awaiting' : 'ties_decided')),
    el('ul', null, items),
    res.lot_seed ? el('p', { class: 'muted' }, t('lot_seed_meta', { seed: res.lot_seed })) : null);
}

function renderLists(res) {
  const box = $('#lists');
  box.textContent = '';
  const first = res.lists.find((l) => l.national && l.national.base > 0);
  if (first) {
    const v = first.national;
    box.append(el('p', null, t('threshold_line', {
      percent: res.rules.threshold.percent, base: num(v.base), line: v.line_decimal || v.line, needed: num(v.needed),
    })));
  }
  const quota = (res.steps || []).find((s) => s.kind === 'quota');
  if (quota) box.append(el('p', { class: 'muted' }, t('quota_line', { quota: quota.value + (quota.detail ? ' (' + quota.detail + ')' : '') })));
  const disagree = disagreements();
  const lists = res.lists.slice().sort((a, b) => b.votes - a.votes);
  const maxVotes = Math.max(1, ...lists.map((l) => l.votes));
  const lineVotes = first ? first.national.needed : 0;
  const colours = listColours(res);
  const rows = lists.map((l) => {
    const v = l.national || {};
    const margin = v.margin || 0;
    const women = (l.deputies || []).filter((d) => d.sex === 'F').length;
    const bar = el('span', { class: 'bar', 'aria-hidden': 'true' },
      el('span', { style: `left:0;width:${(100 * l.votes / maxVotes).toFixed(1)}%;background:${colours[l.id] || '#8a939c'}` }),
      lineVotes ? el('i', { style: `left:${Math.min(100, 100 * lineVotes / maxVotes).toFixed(1)}%` }) : null);
    const cls = [v.status === 'passed' ? 'pos' : v.status === 'failed' ? 'neg' : '', disagree.lists.has(l.id) ? 'disagree' : ''].join(' ').trim();
    return el('tr', { class: cls || null, 'data-list': l.id },
      el('th', { scope: 'row' }, partyName(l), bar),
      el('td', { class: 'num' }, num(l.votes)),
      el('td', { class: 'num' }, l.percent),
      el('td', { class: 'num margin' }, v.status === 'not_evaluated' ? t('not_evaluated') : v.status ? signed(margin) : ''),
      el('td', null, l.regional ? statusText(l.regional.status) : '—'),
      el('td', { class: 'num seats' }, num(l.seats)),
      el('td', { class: 'num' }, l.deputies_not_given ? '—' : l.seats ? `${women} / ${l.women_required}` : ''),
      el('td', { class: 'hide-small' }, provenance(l.provenance)));
  });
  box.append(table(null, [t('col_party'), [t('col_votes'), 'num'], [t('col_pct'), 'num'], [t('col_margin'), 'num'],
    t('col_regional'), [t('col_seats'), 'num'], [t('col_women'), 'num'], [t('col_source'), 'hide-small']], rows, { class: 'lists' }));
}

function renderOkrugs(res) {
  const box = $('#okrugs');
  box.textContent = '';
  if (!res.okrugs || !res.okrugs.length) {
    box.append(el('p', { class: 'muted' }, t('no_okrugs')));
    return;
  }
  const disagree = disagreements();
  const rows = res.okrugs.map((o) => {
    const pct = o.participants ? (100 * o.leader_votes / o.participants).toFixed(2) + '%' : '';
    const cls = [o.outcome === 'repeat_election' ? 'repeat' : '', disagree.okrugs.has(o.okrug) ? 'disagree' : ''].join(' ').trim();
    return el('tr', { class: cls || null, 'data-okrug': o.okrug },
      el('td', null, o.okrug),
      el('td', null, o.name),
      el('td', { class: 'outcome' }, t('out_' + o.outcome) +
        (o.outcome !== 'tie' && (res.ties || []).some((x) => x.context === 'okrug/' + o.okrug) ? ' (' + t('tie_mark') + ')' : '')),
      el('td', null, o.winner_name || o.leader_name || o.winner || o.leader || ''),
      el('td', { class: 'num' }, num(o.leader_votes), pct ? el('span', { class: 'muted' }, ' · ' + pct) : null),
      el('td', { class: 'num' }, num(o.against_all)),
      el('td', { class: 'num hide-small' }, num(o.margin)),
      el('td', { class: 'hide-small' }, provenance(o.provenance)));
  });
  box.append(table(null, [t('col_okrug'), t('col_okrug_name'), t('col_outcome'), t('col_leader'), [t('col_leader_votes'), 'num'],
    [t('col_against'), 'num'], [t('col_okrug_margin'), 'num hide-small'], [t('col_source'), 'hide-small']], rows, { class: 'okrugs' }));
}

function errorsOf(fs) {
  return (fs || []).filter((f) => f.severity === 'error');
}

// disagreements collects the lists and okrugs the published summary gets
// wrong (error findings; a figure left unpublished is only a warning).
function disagreements() {
  const out = { lists: new Set(), okrugs: new Set() };
  if (!state.verify) return out;
  for (const f of errorsOf(state.verify.findings)) {
    if (f.place.party) out.lists.add(f.place.party);
    if (f.place.okrug) out.okrugs.add(f.place.okrug);
  }
  return out;
}

function findingsOf(res) {
  return (res.findings && res.findings.findings) || [];
}

// unlistedOf is the findings the check counted but did not list, by code
// (validate.MaxListed of a code are listed).
function unlistedOf(res) {
  return (res.findings && res.findings.unlisted) || [];
}

function renderFindingsFilters(res) {
  const fs = findingsOf(res);
  const sel = $('#filter-code');
  const keep = sel.value;
  sel.textContent = '';
  const counts = new Map();
  for (const f of fs) counts.set(f.code, (counts.get(f.code) || 0) + 1);
  let total = fs.length;
  let errors = fs.filter((f) => f.severity === 'error').length;
  for (const u of unlistedOf(res)) {
    counts.set(u.code, (counts.get(u.code) || 0) + u.count);
    total += u.count;
    if (u.severity === 'error') errors += u.count;
  }
  sel.append(el('option', { value: '' }, `${t('all')} (${num(total)})`));
  for (const [code, n] of counts) sel.append(el('option', { value: code }, `${code} (${num(n)})`));
  sel.value = counts.has(keep) ? keep : '';
  $('#findings-summary').textContent = total
    ? t('findings_count', { errors: num(errors), warnings: num(total - errors) })
    : t('findings_none');
}

// listName is a list's name in the current language, from the result.
function listName(id) {
  const l = state.result && state.result.lists.find((x) => x.id === id);
  return l ? partyName(l) : id;
}

function placeText(p) {
  const parts = [];
  if (p.file) parts.push(p.file + (p.row ? ':' + p.row : ''));
  if (p.region) parts.push(t('region', { id: p.region }));
  if (p.okrug) parts.push(t('okrug', { id: p.okrug }));
  if (p.precinct) parts.push(t('precinct_meta', { id: p.precinct }));
  if (p.ballot) parts.push(t('ballot_' + p.ballot) + ', ' + t(p.machine ? 'machine' : 'manual'));
  if (p.party) parts.push(listName(p.party));
  if (p.candidate) parts.push(p.candidate);
  if (p.line) parts.push(STRINGS.en['line_' + p.line] ? t('line_' + p.line) : p.line);
  if (p.choice) parts.push(p.choice === 'against_all' ? t('against_all') : p.choice);
  return parts.join(' · ') || p.level || '';
}

function filtered() {
  const code = $('#filter-code').value;
  const sev = $('#filter-sev').value;
  const q = $('#filter-place').value.trim().toLowerCase();
  return findingsOf(state.result).filter((f) => (!code || f.code === code) && (!sev || f.severity === sev)
    && (!q || placeText(f.place).toLowerCase().includes(q) || JSON.stringify(f.place).toLowerCase().includes(q)));
}

function findingRow(f, clickable) {
  const p = f.place || {};
  const open = clickable && p.precinct;
  const msg = (f.message && (f.message[state.lang] || f.message.en)) || '';
  return el('tr', {
    class: open ? 'clickable' : null, 'data-code': f.code, 'data-precinct': p.precinct || null,
    onclick: open ? (ev) => { if (ev.target.tagName !== 'BUTTON') showPrecinct(p.precinct, true); } : null,
  },
  el('td', null, el('span', { class: 'code' }, f.code)),
  el('td', null, el('span', { class: 'sev ' + f.severity }, t('sev_' + f.severity))),
  el('td', null, open ? el('button', { type: 'button', class: 'link', 'aria-label': t('open_precinct', { id: p.precinct }),
    onclick: () => showPrecinct(p.precinct, true) }, placeText(p)) : placeText(p)),
  el('td', { class: 'num fig' }, f.want || ''),
  el('td', { class: 'num fig' }, f.got || ''),
  el('td', { class: 'num' }, f.gap ? signed(f.gap) : ''),
  el('td', null, msg));
}

function findingsTable(fs, clickable, limit) {
  const rows = fs.slice(0, limit).map((f) => findingRow(f, clickable));
  return table(null, [t('col_code'), t('col_sev'), t('col_place'), [t('col_want'), 'num'], [t('col_got'), 'num'],
    [t('col_gap'), 'num'], t('col_msg')], rows, { class: 'findings' });
}

function renderFindings() {
  const box = $('#findings');
  box.textContent = '';
  const fs = filtered();
  if (!fs.length) {
    $('#not-evaluated').textContent = '';
    renderNotEvaluated();
    return;
  }
  box.append(findingsTable(fs, true, state.shown));
  box.append(el('p', { class: 'muted' }, t('shown', { n: num(Math.min(state.shown, fs.length)), m: num(fs.length) })));
  if (fs.length > state.shown) {
    box.append(el('button', { type: 'button', onclick: () => { state.shown += PAGE; renderFindings(); } }, t('more')));
  }
  const code = $('#filter-code').value;
  const sev = $('#filter-sev').value;
  for (const u of unlistedOf(state.result)) {
    if ((code && u.code !== code) || (sev && u.severity !== sev)) continue;
    box.append(el('p', { class: 'muted' }, t('unlisted', { code: u.code, n: num(u.count), limit: num(1000) })));
  }
  renderNotEvaluated();
}

function renderNotEvaluated() {
  const box = $('#not-evaluated');
  box.textContent = '';
  const rep = state.result.findings || {};
  const gaps = rep.machine_gaps || [];
  if (gaps.length) {
    box.append(el('h3', null, t('machine_gaps_h')), table(null, [t('col_precinct'), [t('col_gap'), 'num'], [t('col_items'), 'num']],
      gaps.slice(0, 20).map((g) => el('tr', { class: 'clickable', onclick: () => showPrecinct(g.precinct, true) },
        el('td', null, el('button', { type: 'button', class: 'link' }, g.precinct)),
        el('td', { class: 'num' }, num(g.gap)), el('td', { class: 'num' }, num(g.items))))));
  }
  const ne = rep.not_evaluated || [];
  if (ne.length) {
    box.append(el('h3', null, t('not_evaluated_h')), el('ul', null, ne.map((n) =>
      el('li', null, el('span', { class: 'code' }, n.code), ': ', n.reason, n.count ? ` (${num(n.count)})` : ''))));
  }
}

// ---------------------------------------------------------------------------
// Precinct panel.

async function showPrecinct(id, focus) {
  if (!state.source || !id) return;
  state.precinct = id;
  $('#precinct-id').value = id;
  if (!$('#copy-precinct').value) $('#copy-precinct').value = id;
  const out = await call('precinct', state.source, id);
  const box = $('#precinct');
  box.textContent = '';
  if (out.obj.error) {
    box.append(el('p', { class: 'error' }, failureText(out.obj)));
    return;
  }
  const pr = out.obj;
  const p = pr.precinct;
  const meta = [t('precinct_meta', { id: p.id })];
  if (p.region) meta.push(t('region', { id: p.region }));
  if (p.okrug) meta.push(t('okrug', { id: p.okrug }));
  if (p.abroad) meta.push(t('abroad'));
  box.append(el('h3', null, meta.join(' · ')));
  if (!pr.protocols.length) {
    box.append(el('p', null, t('no_protocols')));
  }
  // the figures findings name, to mark them
  const marks = new Set();
  for (const f of findingsOf(state.result)) {
    if (f.place.precinct !== id) continue;
    marks.add(`${f.place.ballot}|${!!f.place.machine}|${f.place.line || ''}|${f.place.choice || ''}`);
  }
  const grid = el('div', { class: 'protocols' });
  for (const ballot of ['list', 'okrug']) {
    const ps = pr.protocols.filter((x) => x.ballot === ballot);
    if (!ps.length) continue;
    const head = [t('col_line'), ...ps.map((x) => [t(x.machine ? 'machine' : 'manual'), 'num'])];
    const cell = (x, line, choice, v) => {
      const marked = marks.has(`${ballot}|${!!x.machine}|${line}|${choice}`);
      const differs = ps.length > 1 && ps.some((y) => (line ? y.lines[line] : y.votes[choice]) !== v);
      return el('td', { class: 'num' + (marked || differs ? ' diff' : ''), title: marked ? t('flagged') : null },
        v === undefined ? '—' : num(v));
    };
    const rows = [];
    for (const line of pr.lines) {
      if (!ps.some((x) => line in x.lines)) continue;
      rows.push(el('tr', null, el('th', { scope: 'row' }, t('line_' + line)), ps.map((x) => cell(x, line, '', x.lines[line]))));
    }
    const choices = (pr.choices[ballot] || []).map((c) => c.id);
    for (const x of ps) for (const c of Object.keys(x.votes)) if (!choices.includes(c)) choices.push(c);
    const names = new Map((pr.choices[ballot] || []).map((c) => [c.id, c]));
    for (const c of choices) {
      if (!ps.some((x) => c in x.votes)) continue;
      const ch = names.get(c);
      const label = c === 'against_all' ? t('against_all') : ch ? partyName(ch) : c;
      rows.push(el('tr', null, el('th', { scope: 'row' }, label), ps.map((x) => cell(x, '', c, x.votes[c]))));
    }
    grid.append(el('div', null, el('h3', null, t('ballot_' + ballot)), table(null, head, rows)));
  }
  box.append(grid);
  if (marks.size) box.append(el('p', { class: 'muted' }, t('flagged')));
  if (focus) {
    const sec = $('#sec-precinct');
    sec.scrollIntoView({ block: 'start' });
    sec.focus({ preventScroll: true });
  }
}

// ---------------------------------------------------------------------------
// Published summary.

function renderPublished() {
  const box = $('#published');
  box.textContent = '';
  if (!state.verify) {
    box.append(el('p', { class: 'muted' }, t('published_none')));
    return;
  }
  const fs = state.verify.findings || [];
  const errors = errorsOf(fs);
  box.append(el('p', { class: 'muted' }, t('published_of', { name: state.files.summary ? state.files.summary.name : '' })));
  box.append(el('p', { class: 'banner ' + (errors.length ? 'bad' : 'ok') },
    errors.length ? t('published_bad', { n: num(errors.length) }) : t('published_ok')));
  if (fs.length - errors.length) box.append(el('p', { class: 'muted' }, t('published_notes', { n: num(fs.length - errors.length) })));
  if (fs.length) box.append(findingsTable(errors.concat(fs.filter((f) => f.severity !== 'error')), false, fs.length));
  const ne = state.verify.not_evaluated || [];
  if (ne.length) {
    box.append(el('h3', null, t('not_evaluated_h')), el('ul', null, ne.map((n) =>
      el('li', null, el('span', { class: 'code' }, n.code), ': ', n.reason))));
  }
}

// ---------------------------------------------------------------------------
// A citizen's copy.

async function openCopyForm(ev) {
  ev.preventDefault();
  const id = $('#copy-precinct').value.trim();
  const ballot = $('#copy-ballot').value;
  const form = $('#copy-form');
  const out = await call('precinct', state.source, id);
  $('#copy-result').textContent = '';
  form.textContent = '';
  if (out.obj.error) {
    form.hidden = true;
    $('#copy-result').append(el('p', { class: 'error' }, failureText(out.obj)));
    return;
  }
  const pr = out.obj;
  const choices = pr.choices[ballot] || [];
  const field = (name, label) => el('div', { class: 'field' },
    el('label', { for: 'copy-' + name }, label),
    el('input', { type: 'number', id: 'copy-' + name, name, min: 0, step: 1, inputmode: 'numeric' }));
  form.append(
    el('h3', null, t('copy_of', { id, ballot: t('ballot_' + ballot) })),
    el('fieldset', null, el('legend', null, t('copy_lines')),
      el('div', { class: 'copy-grid' }, pr.lines.map((l) => field('line:' + l, t('line_' + l))))),
    el('fieldset', null, el('legend', null, t('copy_votes')),
      el('div', { class: 'copy-grid' }, choices.map((c) => field('vote:' + c.id, c.id === 'against_all' ? t('against_all') : partyName(c))))),
    el('button', { type: 'submit', class: 'primary' }, t('compare')));
  form.dataset.precinct = id;
  form.dataset.ballot = ballot;
  form.hidden = false;
  const firstInput = form.querySelector('input');
  if (firstInput) firstInput.focus();
}

async function compareCopy(ev) {
  ev.preventDefault();
  const form = $('#copy-form');
  const copy = { precinct: form.dataset.precinct, ballot: form.dataset.ballot, lines: {}, votes: {} };
  for (const input of form.querySelectorAll('input')) {
    if (input.value.trim() === '') continue;
    const [kind, key] = [input.name.slice(0, 5), input.name.slice(5)];
    const n = Number(input.value);
    if (kind === 'line:') copy.lines[key] = n;
    else copy.votes[key] = n;
  }
  const copyJSON = JSON.stringify(copy);
  const out = await call('compareCopy', copyJSON, copy.precinct, state.source);
  state.lastCopy = { copy: copyJSON, text: out.text };
  const box = $('#copy-result');
  box.textContent = '';
  if (out.obj.error) {
    box.append(el('p', { class: 'error' }, failureText(out.obj)));
    return;
  }
  const fs = out.obj.findings || [];
  const errors = errorsOf(fs);
  const notes = fs.filter((f) => f.severity !== 'error');
  box.append(el('p', { class: 'banner ' + (errors.length ? 'bad' : 'ok') },
    errors.length ? t('copy_bad', { n: num(errors.length) }) : t('copy_ok')));
  if (errors.length) box.append(findingsTable(errors, false, errors.length));
  // figures on one side only (say, the preference votes a paper copy
  // leaves out) are notes, shown on request
  if (notes.length) {
    box.append(el('details', { class: 'notes' }, el('summary', null, t('copy_notes', { n: num(notes.length) })),
      findingsTable(notes, false, notes.length)));
  }
}

// ---------------------------------------------------------------------------
// Export.

let blobURLs = [];
function renderExport() {
  for (const u of blobURLs) URL.revokeObjectURL(u);
  blobURLs = [];
  const ul = $('#export');
  ul.textContent = '';
  const link = (text, body, name) => {
    const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    blobURLs.push(url);
    return el('li', null, el('a', { href: url, download: name }, text));
  };
  const id = (state.result.election.id || 'election').replace(/[^\w.-]+/g, '_');
  ul.append(link(t('export_result'), state.resultText, `shailoo-${id}-result.json`));
  if (state.verify) ul.append(link(t('export_verify'), state.verifyText, `shailoo-${id}-published-check.json`));
  // Made on demand by the counter (wasm/api Export): the ERR report and the
  // CSV tables of the command line's `export` (no Parquet in the page).
  const made = (text, table, name, type) => el('li', null, el('a', {
    href: '#', 'data-export': table,
    onclick: async (ev) => {
      ev.preventDefault();
      const out = await call('export', state.source, table);
      if (out.obj.error) {
        showError(t('error_h') + ': ' + failureText(out.obj));
        return;
      }
      const url = URL.createObjectURL(new Blob([out.obj.text], { type }));
      blobURLs.push(url);
      const a = el('a', { href: url, download: name });
      document.body.append(a);
      a.click();
      a.remove();
    },
  }, text));
  ul.append(made(t('export_err'), 'nist-err', `shailoo-${id}-nist-err.json`, 'application/json'));
  for (const table of ['protocols', 'totals', 'findings']) {
    ul.append(made(t('export_' + table), table, `shailoo-${id}-${table}.csv`, 'text/csv'));
  }
}

// ---------------------------------------------------------------------------
// Wiring.

// language reduces a language tag to 'en', 'ru' or 'ky' as
// validate.Language does in Go: by its primary subtag, in any case
// ('ky-KG', 'RU', 'ru_RU' and 'kir' match); English for any other tag.
function language(tag) {
  const primary = String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
  return { en: 'en', eng: 'en', ru: 'ru', rus: 'ru', ky: 'ky', kir: 'ky' }[primary] || 'en';
}

function init() {
  const params = new URLSearchParams(location.search);
  const saved = (() => { try { return localStorage.getItem('shailoo.lang'); } catch (e) { return null; } })();
  state.lang = language(params.get('lang') || saved || 'en');
  $('#lang').value = state.lang;
  $('#lang').addEventListener('change', (e) => {
    state.lang = e.target.value;
    try { localStorage.setItem('shailoo.lang', state.lang); } catch (err) { /* private mode */ }
    applyStrings();
    if (state.statusVars !== undefined || $('#status').dataset.key) setStatus($('#status').dataset.key, state.statusVars);
    updateFiles();
    render();
  });

  $('#demo').addEventListener('click', () => {
    state.files.csv = [];
    state.files.mapping = [];
    state.files.election = null;
    updateFiles();
    runDemo();
  });
  $('#count').addEventListener('click', () => run());
  $('#clear').addEventListener('click', () => {
    state.files = { csv: [], mapping: [], election: null, summary: null, rules: null, lots: null };
    for (const input of document.querySelectorAll('input[type=file]')) input.value = '';
    showError('');
    updateFiles();
  });
  $('#rules').addEventListener('change', () => { if (state.result) (state.source && state.source.demo ? runDemo() : run()); });

  const inputs = { 'f-csv': 'csv', 'f-mapping': 'mapping', 'f-election': 'election', 'f-summary': 'summary', 'f-rules': 'rules', 'f-lots': 'lots' };
  for (const [id, kind] of Object.entries(inputs)) {
    $('#' + id).addEventListener('change', (e) => { if (e.target.files.length) addFiles([...e.target.files], kind); });
  }
  const drop = $('#drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer && e.dataTransfer.files.length) addFiles([...e.dataTransfer.files]);
  });
  // a file dropped elsewhere must not navigate away from the page
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());

  for (const id of ['filter-code', 'filter-sev']) $('#' + id).addEventListener('change', () => { state.shown = PAGE; renderFindings(); });
  $('#filter-place').addEventListener('input', () => { state.shown = PAGE; renderFindings(); });
  $('#precinct-form').addEventListener('submit', (e) => { e.preventDefault(); showPrecinct($('#precinct-id').value.trim(), false); });
  $('#copy-pick').addEventListener('submit', openCopyForm);
  $('#copy-form').addEventListener('submit', compareCopy);
  boot();
}

init();
})();
