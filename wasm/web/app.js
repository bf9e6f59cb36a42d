// shailoo verification page. Plain JavaScript, no framework, no network
// after load: a Web Worker (worker.js) fetches shailoo.wasm once and runs
// the Go program, which registers the `shailoo` API (see wasm/main.go); the
// page sends it the user's files and gets JSON text back. An object with
// "error" means the call failed, never an exception.
'use strict';

(() => {
// ---------------------------------------------------------------------------
// Strings. Every text the page shows, in English, Russian and Kyrgyz, comes
// from the one catalog of words shared with the command's reports (package
// words: words/page.go, and words/errs.go for errors). The STRINGS table
// below is written from it by `go test ./words -update` and checked by
// `go test ./words`: add or change a word there, not here.
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
    counted_reporting: 'Counted {protocols} protocols of {reporting} precincts (of {precincts} in the election) in {ms} ms.',
    counted_no_precincts: 'Counted {protocols} protocols in {ms} ms (the precincts are not evaluated: a totals-only count of files without a definition).',
    checked_summary: 'Checked the published summary in {ms} ms.',
    need_mapping: 'A protocols CSV needs its column mapping (JSON).',
    nothing: 'Load an election (JSON), or protocols (CSV) with their mapping, or run the demo.',
    summary_on_demo: 'No election loaded: the summary is checked against the built-in 2021 data.',
    loaded_h: 'Loaded files',
    remove: 'Remove {name}',
    kind_csv: 'protocols',
    kind_ballots: 'ballots (cast-vote records)',
    kind_mapping: 'mapping',
    kind_election: 'election',
    kind_summary: 'published summary',
    kind_rules: 'rule set',
    kind_lots: 'lots',
    unknown_file: '{name}: not a file this page reads (a CSV, or a JSON election, mapping, summary, rule set or lots).',
    xml_file: '{name} is XML, not CSV: this page reads no XML (a Clarity detail.xml, an EML or NIST ERR XML report). Convert its results to CSV, a row per precinct, then draft a mapping for it.',
    wrong_picker_mapping: '{name} is not a JSON mapping: «{picker}» takes the JSON file that says which column of the CSV is which line or choice. Put a CSV of protocols in «{other}».',
    wrong_picker_csv: '{name} is a JSON file, not a CSV of protocols: «{picker}» takes the CSV of precinct protocols. Put a JSON mapping in «{other}».',
    wrong_picker_swapped: 'The two files are swapped: put {csv} in «{csv_picker}» and {mapping} in «{mapping_picker}».',
    error_h: 'Could not count',
    source_demo: 'built-in 2021 data',
    rules_meta: 'Rule set: {id} {version} ({name})',
    rules_meta_bare: 'Rule set: {id} {version}',
    rules_meta_given: 'Rule set: {id} {version}; its description, as the rule set gives it: {name}',
    title_inferred: 'Election inferred from {file}',
    annul_form: '«{value}»: write precinct:ID, candidate:ID, okrug:ID or region:ID, separated by commas',
    annul_twice: '{value} is given twice',
    annul_no_precinct: 'the election has no precinct {value}',
    annul_no_candidate: 'no okrug of the election has a candidate {value}',
    annul_no_okrug: 'the election has no okrug {value}',
    annul_okrug_no_precinct: 'the election defines no precinct of okrug {value}',
    annul_no_region: 'the election defines no precinct of region {value}',
    unit_bytes: 'B',
    turnout_over: '⚠ More voters took part ({participants}) than are on the list ({voters}): a whole count\'s turnout over 100% is impossible. Most likely the mapping reads another column as a line (a ballot\'s several votes as the valid ballots, say), or the list is not given in full (postal districts of 0 voters without the precincts whose list holds their voters); the findings name each precinct over its list.',
    turnout_meta: '{participants} of {voters} voters took part ({turnout}%).',
    inputs_meta: 'Inputs (SHA-256): {list}',
    provenance_note: 'Figures marked “synthetic” stand in for data that was never published; “official” figures are the commission’s.',
    turnout_ne: 'Voters who took part: not evaluated; voters on the list: not evaluated, so no turnout.',
    turnout_ne_voters: '{participants} voters took part; voters on the list: not evaluated, so no turnout.',
    turnout_ne_participants: 'Voters who took part: not evaluated; {voters} voters on the list, so no turnout.',
    voters_lacking: '{n} counted protocols lack the line “{line}”.',
    prov_your_file: 'your file: {files}',
    prov_your_file_is: 'your file: {files}; {prov}',
    provenance_not_given: 'provenance not given',
    provenance_none: 'Provenance not given: neither the election\'s definition nor the mapping of a protocols file says whether the figures are official, preliminary or synthetic (a mapping says it: "provenance": "preliminary", with an optional "source").',
    published_provenance_missing: 'the summary has no {field} field (give it {field}: {official}, {preliminary} or {synthetic})',
    published_provenance_missing_err: 'the report\'s Status ({status}) does not say it: an ERR report\'s "certified" is read as official, "unofficial-complete" and "unofficial-partial" as preliminary (docs/interop.md)',
    published_note: 'The published report, as read: {note}',
    published_nothing_notes: 'Nothing was compared: of what the report publishes, verify compares nothing with the recount (its notes above say what it does not read), so it is not confirmed.',
    input_prov: 'Protocols file {file}: {prov}',
    published_recount: 'The recount: {name}, counted from {from}; where its figures come from: {prov}',
    published_summary: 'The published summary: where its figures come from: {prov}',
    published_summary_of: 'The published summary of {election}: where its figures come from: {prov}',
    published_election_differs: 'The summary names its election «{published}», the recount «{recount}»: not an error (a summary made by hand may name it its own way), but check that both are the same election.',
    published_parts: 'by part ({parts})',
    part_totals: 'totals',
    part_lists: 'lists',
    part_okrugs: 'okrug results',
    recount_own: 'the definition\'s own protocols',
    recount_files: 'the files {files}',
    recount_synthetic: 'The recount\'s precinct protocols are SYNTHETIC, made to reproduce published figures: where the summary gives the figures they were made from, agreement is by construction and proves nothing about the real protocols, and a gap is a difference from those figures, not an error of the count.',
    published_title: 'Check of the published summary «{published}» against the recount «{recount}»',
    published_title_unnamed: 'Check of the published summary against the recount «{recount}»',
    title_inferred_csv: 'Election inferred from your file {file} (mapping {mapping})',
    rules_default: 'Counted under the built-in rule set {id} {version} ({name}), as the command line counts without {flag}: no rule set file was loaded. Unless your election is that one, the seats, thresholds and okrugs shown are that law\'s, not your election\'s: load the rule set of your election (JSON).',
    rules_default_short: 'These seats are those of the built-in rule set {id}, not necessarily your election\'s: no rule set file was loaded.',
    rules_from_file: '{id} {version}, from the file {name}',
    guesses_h: 'The guesses of the draft mapping {file} ({n}): check each against the file (a draft may take a commission\'s number, a code or a total for a party), then delete {key}',
    mapping_draft_hint: 'No mapping yet? The command line drafts one from the file: {cmd}; check its guesses ({key}) and load it here.',
    draft_button: 'Draft a mapping for {name} on this device',
    draft_size: 'downloads the draft module once: about {mb} MB',
    draft_download: 'Downloading the draft module… {mb} MB',
    draft_start: 'Starting the draft module…',
    tools_size: 'The first use of a tool here downloads the tools module once: about {mb} MB.',
    tools_download: 'Downloading the tools module… {mb} MB',
    tools_start: 'Starting the tools module…',
    tools_load_failed: 'The tools module could not be loaded: {msg}',
    drafting: 'Drafting a mapping for {name}…',
    drafted: 'A mapping for {name} is drafted; guesses to confirm: {n}.',
    draft_h: 'Mapping drafted for {name} on this device',
    draft_intro: 'A draft is a start, not a checked mapping: check each guess against the file, then delete {key} from it. A count with it now is provisional, and says so.',
    draft_ballots: '{name} is a cast-vote record, a file of ballots, not of protocols: the draft is a ballot mapping. A count of it needs an election file that names its precincts and candidates.',
    draft_json: 'The drafted mapping (JSON, as the command line prints it)',
    draft_download_btn: 'Download {file}',
    draft_count: 'Count with this draft',
    draft_failed: 'No mapping could be drafted for {name}',
    draft_load_failed: 'The draft module could not be loaded: {msg}',
    threshold_ne: 'Threshold: not evaluated.',
    findings_none_ne: 'No findings among the checks that could be made; not evaluated: {n} (listed below), so the result rests on no check of what they cover.',
    findings_ne: 'Not evaluated: {n} checks (listed below).',
    okrug_arc_preliminary: 'The {n} okrug seats rest on preliminary figures.',
    error_at_line: '{file}, line {line}',
    hint_encoding: 'the file looks {enc}: name its encoding in the mapping, {set}',
    hint_east_asian: 'the file looks {enc}, a multi-byte encoding of East Asia that shailoo does not read: convert it to UTF-8 first ({cmd})',
    hint_no_encoding: 'the file\'s encoding is none shailoo knows (no code page it reads makes words of it): save the file as UTF-8',
    hint_delimiter: 'the file looks “{delim}”-separated: set {set} in the mapping',
    hint_missing_header: 'no column has the header {header}',
    hint_near_header: 'column {n} has {header}',
    hint_value: 'the cell: {value}',
    hint_unknown_lines: 'the mapping names protocol lines the rule set {rules} does not declare: {lines}; count with a rule set that declares them ({key}), or delete them from the mapping',
    parliament_h: 'Parliament',
    seats_filled: '{total} of {of} seats filled: {list} by list, {okrug} in okrugs.',
    list_unfilled: 'List seats not filled: {n}.',
    list_unfilled_threshold: 'List seats not filled: {n}: no list passed the threshold.',
    list_unfilled_threshold_tie: 'List seats not filled: {n}: no list passed the threshold: two lists tie at exactly half of the base, and the threshold asks for more than half: a tie, which no list wins (the notes name them); what it gives is for the law to say.',
    list_unfilled_threshold_not_evaluated: 'List seats not filled: {n}: the threshold could not be evaluated (each list\'s row says why).',
    list_unfilled_no_list_with_votes: 'List seats not filled: {n}: no list with votes is left to take them.',
    list_unfilled_cap: 'List seats not filled: {n}: every list that passed the threshold holds its cap.',
    repeat_n: 'Okrugs going to a repeat election: {n}.',
    women_n: 'Women among the list deputies: {n}.',
    okrug_seats_by_choice: 'Okrug seats by choice ID (one ID stands in several okrugs: a party\'s): {seats}.',
    not_given_n: 'Of these, list seats won by lists whose candidates the election does not give: {n}; their deputies are not given (not unfilled).',
    chart_label: 'Seats of the parliament: {desc}',
    okrug_seats: 'Okrug deputies',
    repeat_seats: 'Repeat election',
    unfilled_seats: 'Not filled',
    lists_h: 'Lists and the threshold',
    threshold_kind_line: 'Threshold of {kind} lists: {percent}% of {base} = {line}; votes needed: {needed}.',
    threshold_kind_tag: '{kind} lists: {percent}%',
    threshold_line_one: 'Threshold: {percent}% of {base} = {line}; a list needs {needed} vote.',
    threshold_line_few: 'Threshold: {percent}% of {base} = {line}; a list needs {needed} votes.',
    threshold_line_many: 'Threshold: {percent}% of {base} = {line}; a list needs {needed} votes.',
    quota_line: 'Quota: {quota}',
    method_dhondt: 'D\'Hondt method (divisors 1, 2, 3, …)',
    method_sainte_lague: 'Sainte-Laguë method (divisors 1, 3, 5, …)',
    method_modified_sainte_lague: 'modified Sainte-Laguë method (divisors 1.4, 3, 5, …)',
    method_huntington_hill: 'Huntington-Hill method (divisors √(s(s+1)))',
    method_adams: 'Adams method (divisors 0, 1, 2, …)',
    price_line: 'Last seat given: {last}; first not given: {next}',
    price_quotient: '{list}, seat {seat}, quotient {value}',
    price_none: 'none (every list with votes holds the cap)',
    constituencies_h: 'List seats per constituency',
    col_constituency: 'Constituency',
    col_note: 'Note',
    constituency_below: 'missed the constituency threshold: {lists}',
    constituency_cell: '{seats} (votes: {votes})',
    constituency_ne: 'not apportioned: {why}',
    constituency_ne_protocols: 'no counted list protocol of the region',
    constituency_ne_votes: 'counted protocols of the region do not give the votes of {lists} (findings {code}): a partial sum is not the votes',
    constituency_price: 'last seat: {last}; first not given: {next}',
    constituency_compensates: 'compensates for the okrug seats won in the region: {seats}',
    constituency_compensates_given: 'compensates for the okrug seats won in the region, as the definition gives them (not counted here): {seats}',
    price_held_one: '(after its {n} okrug seat: the divisor of its seat {k})',
    price_held_few: '(after its {n} okrug seats: the divisor of its seat {k})',
    price_held_many: '(after its {n} okrug seats: the divisor of its seat {k})',
    not_given_n_constituency: 'Of which list seats won with deputies not named (the count names none when the list seats go by constituency): {n}',
    deputies_not_given_constituency: '{list}: seats won: {n}; the list\'s deputies are not named: the count names none when the list seats go by constituency (list.constituency)',
    col_party: 'List',
    col_votes: 'Votes',
    col_pct: '%',
    col_margin: 'Above (+) or below (−) the line, votes',
    col_regional: 'Regional threshold',
    col_seats: 'Seats',
    col_women: 'Women / required',
    col_source: 'Source',
    deputies_h: 'Deputies seated from each list',
    col_candidate: 'Candidate',
    col_position: 'List no.',
    col_sex: 'Sex',
    col_pref_votes: 'Preference votes',
    col_seated_by: 'Seated by',
    seated_women_quota: 'women\'s quota',
    seated_preference: 'preference votes',
    seated_list_position: 'list position (closed list)',
    deputies_not_given: '{list}: seats won: {n}; deputies not given (the election\'s definition gives no candidates for the list, or names them without list positions or sex)',
    official: 'official',
    preliminary: 'preliminary',
    synthetic: 'synthetic',
    passed: 'passed',
    failed: 'failed',
    not_evaluated: 'not evaluated',
    okrugs_h: 'Single-mandate okrugs',
    okrugs_districts_h_one: 'Districts: {n} × {seats} seats',
    okrugs_districts_h_few: 'Districts: {n} × {seats} seats',
    okrugs_districts_h_many: 'Districts: {n} × {seats} seats',
    okrug_candidates_h: 'Every candidate\'s votes',
    okrug_candidates: '{okrug}: every candidate\'s votes',
    okrug_blank_mark: 'blank votes: counted, no candidate; out of a base of votes',
    okrug_regions_h: '{okrug}: votes by region',
    col_or_region: 'Region',
    col_or_protocols: 'Protocols',
    okrug_regions_more_candidates: '{n} more candidate(s) with fewer votes not shown here: the JSON (okrug_regions) and the totals table of the export give every candidate\'s votes by region',
    okrug_regions_abroad: 'abroad (in no region)',
    okrug_regions_outside: 'in no region',
    okrug_regions_outside_said: '{n} protocol(s) counted in the nation\'s figures and in no region ({abroad} precinct(s) abroad, {none} of no region of the election): the regions\' rows sum to less than the nation\'s, and a rule that counts regions (okrug.spread) does not count them',
    majority_line_more_than: 'majority rule: more than {percent}% of {base} ({of}): {needed} votes needed; {leader} got {got}: {verdict}',
    majority_line_at_least: 'majority rule: at least {percent}% of {base} ({of}): {needed} votes needed; {leader} got {got}: {verdict}',
    majority_missed: 'missed by {n}',
    majority_passed: 'passed by {n}',
    majority_exact: 'passed exactly',
    okrug_regions_more_regions: '{n} more region(s) not shown here: the JSON (okrug_regions) and the totals table of the export give every region',
    col_okrug: 'No.',
    col_okrug_name: 'Okrug',
    col_outcome: 'Outcome',
    col_leader: 'Winner or leader',
    col_leader_votes: 'Votes',
    col_leader_votes_of: 'Votes · % ({base})',
    col_pct_participants: '% of participants',
    col_pct_found: '% of ballots found',
    col_pct_valid: '% of valid ballots',
    col_pct_voters: '% of voters on the list',
    col_pct_votes: '% of votes',
    pbase_participants: 'participants (invalid + valid)',
    pbase_valid: 'valid ballots',
    pbase_voters: 'voters on the list',
    pbase_votes: 'votes for the choices on the ballot',
    col_against: 'Against all',
    col_okrug_margin: 'Margin',
    out_elected: 'elected',
    out_repeat_election: 'repeat election: against all ahead',
    out_tie: 'tie: lots required',
    out_no_votes: 'no votes',
    out_annulled: 'annulled: the results of all its precincts',
    out_not_evaluated: 'not evaluated: no protocols',
    out_cannot_decide_under_rule: 'cannot be decided under the sex-balance rule: not filled',
    out_not_evaluated_sex_not_given: 'not evaluated: a candidate\'s sex is not given (the sex-balance rule needs it)',
    out_runoff: 'second round: no candidate passed the majority rule',
    out_runoff_spread: 'second round: the leader did not win the share in enough regions (spread rule)',
    runoff_tied_second: '{goes} goes to it; the second place is tied between {tied} at {value} votes each (awaiting lots)',
    runoff_tied_rest: '{goes} go to it; its other places are tied between {tied} at {value} votes each (awaiting lots)',
    runoff_tied_all: 'its places are tied between {tied} at {value} votes each (awaiting lots)',
    blank_votes_tag: 'blank votes: valid votes; no list: no threshold, no seat',
    out_not_evaluated_aggregate_leads: 'not decided: an aggregate of votes (write-ins, "Others") would take a seat or a second-round place, or ties for one',
    out_not_evaluated_spread: 'not evaluated: the spread rule cannot be judged (regions without counted protocols or not the okrug\'s alone, or fewer regions than it must be met in)',
    out_not_evaluated_majority_base: 'not evaluated: the base of the majority rule is not given (protocols lack a line of it, or the votes of a choice it sums)',
    out_not_evaluated_negative_votes: 'not evaluated: counted protocols give a choice\'s votes as negative figures (finding P106)',
    out_not_evaluated_no_candidates: 'not evaluated: no candidate\'s votes are given',
    district_unfilled: 'seats not filled: {n}',
    district_rule: 'seated by the sex-balance rule',
    prov_district_cannot_be_decided: 'Districts that cannot be decided under the sex-balance rule (too few candidates with votes of one sex): {n} ({affects}). Their seats are not filled; what follows is not in the rule set.',
    prov_candidate_sex_not_given: 'Districts with candidates whose sex is not given, which the sex-balance rule needs: {n} ({affects}). They are not decided and their seats are not filled.',
    prov_aggregate_leads: 'Okrugs where an aggregate of several people\'s votes (a write-in row, "Others") would take a seat or a place in a second round, or ties for one, its votes being one person\'s or many people\'s: {n} ({affects}). They are not decided and their seats are not filled.',
    prov_spread_not_evaluated: 'Okrugs that cannot be decided under the spread rule, regions of which are not judged (no counted protocol, a line of the base lacking, or another okrug\'s precincts there too) or which have fewer regions than it must be met in: {n} ({affects}). They are not decided and their seats are not filled.',
    prov_majority_base_not_evaluated: 'Okrugs that cannot be decided under the majority rule, whose base their protocols lack a line of, or the votes of a choice it sums: {n} ({affects}). They are not decided and their seats are not filled.',
    prov_negative_votes: 'Choices whose votes counted protocols give as negative figures (finding P106 says where): {n} ({scope}). A list\'s threshold is not evaluated, an okrug is not decided; these seats rest on it: {affects}.',
    prov_no_choices: 'Ballots whose counted protocols have no choice on them, so that the files give no votes: {n} ({affects}). Their seats are not filled.',
    provisional_h: '⚠ Provisional result: it rests on data that was not evaluated',
    relation_errors_h: '⚠ {n} protocol(s) counted fail control relations ({codes})',
    relation_errors_seats: 'The seats are computed from the figures as given, those of these protocols included; the findings give each gap. Figures corrected may seat otherwise.',
    relation_errors_arc: 'Computed from the figures as given: {n} protocol(s) counted fail control relations ({codes}).',
    relations_unchecked_h: '⚠ No control relation could be checked: the {n} protocol(s) counted give no line of the protocol form (voters on the list, valid and invalid ballots…), only the choices\' votes',
    relations_unchecked_fix: 'The seats are computed from the votes as given, which nothing checks against the ballots. Map the file\'s lines to check them: "lines": {"voters": "<column>", "valid": "<column>", "invalid": "<column>"} in the mapping.',
    relations_unchecked_lines_h: '⚠ No control relation could be checked: the {n} protocol(s) counted give only the line(s) {given} of the protocol form, with which no relation of the form can be evaluated',
    relations_unchecked_map: 'The seats are computed from the votes as given, which nothing checks against the ballots. Map the file\'s columns of the line(s) {lines} to check them: "lines": {example} in the mapping.',
    relations_unchecked_column: '<column>',
    prov_threshold_base: 'The national threshold is not evaluated: counted list protocols lacking line(s) {scope} of its base: {n} (finding X227). The base is not taken smaller, and no list seat is filled.',
    prov_threshold_base_votes: 'The national threshold is not evaluated: its base is the votes for the choices on the ballot, and counted list protocols do not give those of {scope}: {n} (finding X229). The base is not taken smaller, and no list seat is filled.',
    prov_list_threshold_not_evaluated: 'Lists whose national threshold is not evaluated, counted protocols not giving their votes (none, or too few to reach the line without the missing figures; finding X229): {n} ({scope}). The list seats were apportioned among the lists that passed, without them: every list seat rests on them.',
    votes_partial: 'partial: {n} protocol(s) without it',
    prov_regional_threshold: 'The regional threshold is not evaluated ({scope}): {affects} are seated on their national result alone, and every list seat rests on it.',
    prov_okrug_no_protocols: 'Okrugs without any protocol: {n} ({affects}). They are not decided and their seats are not filled.',
    prov_no_list_protocols: 'No manual-count list protocol was counted, and no precinct is known (finding X215 could not be checked). The national threshold is not evaluated and no list seat is filled.',
    prov_missing_list_protocols: 'Precincts without a manual-count list protocol: {n} (finding X215). Every list seat rests on a partial count.',
    prov_missing_okrug_protocols: 'Precincts without a manual-count okrug protocol: {n} (finding X216). These okrugs were decided on a partial count: {affects}.',
    prov_no_regions: 'the election defines no regions',
    prov_missing_votes: 'Counted protocols without the votes for a choice on their ballot: {n} (finding X229; the votes of {scope}). The missing votes are not taken as 0, and a sum without them is marked partial; these seats rest on them: {affects}.',
    prov_all_list_seats: 'every list seat',
    prov_unreadable_rows: 'Input rows that could not be read and were skipped: {n} (finding I601). What they held is not counted (a wide file\'s row is a whole protocol, a long file\'s row one figure of a protocol, which is counted without it, a cast-vote record\'s line one ballot, or as many as its count says), and a precinct or okrug that only they named is not in the result; these seats rest on the rows read: {affects}.',
    prov_duplicate_protocols: 'Protocols given more than once for one precinct, ballot and count: {n} (finding X207). Every copy is counted (which one is right is not known); these seats were decided on sums that may count them twice: {affects}. Different precincts that share a number (the files of two municipalities, each numbering its stations from 1) are told apart by naming the precinct by one more column whose cells tell them apart: "precinct": {"columns": ["municipality", "station"]} where a mapping names it by "station" alone, or that column added to the "columns" a mapping gives already (each finding X207 names the first and the last row); files that each give a part of every protocol (its lines in one, its votes in another) are joined into one protocol when each mapping says "part": true.',
    prov_total_rows_counted: 'Rows that are totals of other rows, counted as precincts: {n} (finding I603; {scope}). Their rows\' votes count more than once in the sums these seats were decided on: {affects}. Leave the total rows out with the mapping\'s row filter (rows.where).',
    prov_precinct_okrug_differs: 'Okrug-ballot rows that name another okrug than their precinct\'s: {n} (finding I605; {scope}). Each is counted in its precinct\'s okrug (the definition\'s, or the first file\'s that names it), not the one it names; which is right is not known, and these seats were decided with or without them: {affects}.',
    prov_okrug_written_two_ways: 'Okrugs one written two ways? {n} pair(s) (findings X233, X234; {scope}), counted apart: these seats rest on it: {affects}.',
    prov_relation_gap: 'Counted protocols that fail a control relation of their votes in okrugs whose outcome their gaps could change: {n} (findings {codes}; {scope}, each with its gap). In these okrugs the gaps of their protocols sum to at least the winner\'s margin, or no margin bounds the outcome: figures corrected could change it: {affects}.',
    prov_choice_named_two_ways: 'Choices of okrugs that the mappings of their rows name two ways: {n} (finding X237; {scope}). Two people under one ID, their votes summed as one candidate\'s, or one person written two ways: which is right is not known, and these seats rest on it: {affects}. Give each person an ID of their own in the mappings, or name them one way.',
    prov_summed_rows_repeat_figure: 'Protocols of long files that sum rows ("choice_rows": "sum") each repeating one figure: {n} (finding I611; {scope}). If the figure is a total repeated on each of its parts\' rows, the sums count it once per row; these seats were decided on them: {affects}.',
    prov_summed_votes_over_voters: 'Protocols of long files whose votes, summed from rows ("choice_rows": "sum"), are more than their voters on the list can cast: {n} (finding I612; {scope}). The rows summed may be of two ballots or contests, whose votes the sums count together; these seats were decided on them: {affects}.',
    prov_summed_rows_people: 'Protocols of long files that sum rows of a candidate naming two people: {n} (finding I613; {scope}). The sums add two candidates\' votes into one candidate\'s; these seats were decided on them: {affects}.',
    prov_same_figures_counted: 'Rows that copy another precinct\'s row, counted as precincts: {n} (finding I617; {scope}). Without the copies these seats could change: {affects}.',
    prov_votes_part_repeats_line: 'Protocols of long files where a part of the votes column\'s sum gives every choice one figure: {n} (finding I615; {scope}). Most likely a line of the protocol repeated on its rows, which the sum adds to every choice\'s votes; these seats were decided on them: {affects}.',
    prov_summed_rows_numbers: 'Choices of the okrug ballot summed from rows that differ in numeric cells alone: {n} (finding I610; {scope}). No text cell tells them apart as parts of one figure: most likely two people of one label ("Independent") or a total repeated. These okrugs were decided on the sums (the choice elected, or its votes at least the winner\'s margin): {affects}.',
    prov_one_choice_everywhere: 'The one choice of every okrug, or of the list ballot, «{scope}» (finding X231), is most likely no choice but a column of every choice\'s votes (a long file\'s votes read as a wide file\'s choice); these seats were won by it: {affects}. Map the file long (layout, choice_column, votes_column); if it is a candidate unopposed everywhere, these seats stand.',
    prov_choice_is_total: 'Choices that won with votes that read as a total of the other choices\': {n} (finding X235; {scope}). Most likely a column of every choice\'s votes mapped as a choice; these seats were decided on it: {affects}. Map that column as a line ("valid") or leave it out ("ignore").',
    prov_not_choice_seated: 'Choices named as the blank votes, spoilt ballots, against all or none of the above that won seats: {n} (finding X232; {scope}). Most likely a figure of the form mapped as a choice; these seats were decided on it: {affects}. List it in the mapping\'s blank_votes or map it as a line; if it is on the ballot, map it as against_all under a rule set whose okrug.against_all says what it does.',
    prov_pooled_choice_seated: 'Choices named as the votes of others together ("rest", "Others") that won seats: {n} (finding X236; {scope}). Such votes are several parties\' or candidates\', no one\'s own: most likely an aggregate mapped as a choice; these seats were decided on it: {affects}. List it in the mapping\'s aggregates (it then takes no seat), or rename it if it is one party.',
    prov_placing_choice_seated: 'Choices named as a placing ("winner", "runner-up") that won seats: {n} (finding X238; {scope}): whoever stood at that place is another candidate in each row; these seats were decided on it: {affects}.',
    prov_aggregate_list_passes: 'Lists that sum several lists\' votes ("Others") and pass the threshold: {n}. Their votes may be one list\'s or many lists\', so which lists passed cannot be known; no list seat is filled.',
    prov_named_total_counted: 'Rows named a total that total no rows, counted as precincts: {n} (finding I608; {scope}). If such a row is a total, its votes count twice in the sums these seats were decided on: {affects}. If it is a total, leave it out with the mapping\'s row filter (rows.where); if it is a precinct named so, these seats stand.',
    prov_total_choice: 'Choices that a long file\'s mapping names by a total row\'s words ("Total" in choice_values): {scope}. If their rows are each contest\'s total, not a candidate\'s, their votes are counted as a choice\'s; these seats were decided with them: {affects}. Map such a cell to a line (line_values, "valid") or leave its rows out (rows.where).',
    prov_first_choices_only: 'Ranked ballots counted by their first choices alone: {scope}. The rounds of a ranked count (the candidate with the fewest votes excluded, their ballots passed to the next choice) were not run: these okrugs were decided on first choices, and a ranked count may elect another: {affects}.',
    prov_unconfirmed_mapping: 'Mappings that still hold the guesses of "mapping draft": {scope}. Nobody confirmed them (a draft may take a total, a code or a line for a choice); these seats were decided on them: {affects}.',
    prov_header_data_row: 'Files whose header ends in a row that looks like a data row: {n} (finding I604). If it is one, what it holds is not counted (a wide file\'s row is a whole protocol, a long file\'s row one figure of a protocol, which is counted without it); these seats were decided without it: {affects}.',
    prov_unplaced_protocols: 'Counted protocols whose region (list ballot) or okrug (okrug ballot) is missing or not defined: {n} (findings X208, X212, X213, X217, X218). Decided without their votes: {affects}.',
    prov_okrug_protocols_abroad: 'Okrug-ballot protocols of precincts abroad, counted in no okrug: {n} (finding X214: under the rule set a precinct abroad votes the list ballot alone). Decided without their votes: {affects}. If the law counts the votes cast abroad (a president elected nationwide), the rule set says so: "okrug": {"abroad": "counted"}.',
    prov_constituency_not_evaluated: 'Constituencies whose list seats were not apportioned (no counted protocol of the region, or its protocols do not give a list\'s votes or give them as negative figures): {n} ({scope}). Their seats are neither given nor unfilled: {affects}.',
    prov_compensated_okrugs_not_decided: 'Okrugs not decided: {n} ({scope}). The list seats of their regions compensate for the okrug seats won there and were not apportioned; they are neither given nor unfilled: {affects}.',
    prov_compensated_okrugs_provisional: 'Okrugs decided on data not evaluated, or in no region: {n} ({scope}). The list seats that compensate for the okrug seats rest on them: {affects}.',
    prov_compensated_okrugs_unknown: 'Regions whose okrug seats are not known: {n} ({scope}): no okrug of the election or the files lies in them, and the definition does not give their okrug_seats (given empty, it says that no list won any). Their list seats compensate for the okrug seats won there and were not apportioned; they are neither given nor unfilled: {affects}.',
    prov_compensated_winners_no_list: 'Okrug winners whose list the definition does not give: {n} ({scope}). Their seats were counted against no list, as an independent\'s; the list seats that compensate for the okrug seats rest on it: {affects}.',
    prov_list_exhausted: 'Lists that won more seats than their candidates: {n} (seats > candidates: {scope}). The rule set does not say whether such a seat passes to the next quotient or stays vacant (list.exhausted "next" or "vacant"): they were left vacant, and these seats rest on it: {affects}.',
    no_okrugs: 'This election has no okrugs.',
    no_list_tier: 'The rule set has no list tier: no threshold, no list seats.',
    annul_label: 'Annul (optional): precinct:ID, candidate:ID, okrug:ID (the okrug\'s election: its okrug ballot) or region:ID',
    annulled_h: 'Annulled: what changes',
    annulled_none: 'Nobody loses or gains a seat.',
    annulled_seats: 'Seats filled: {base} as the protocols stand, {alt} without what was annulled.',
    annulled_precinct: 'the results of precinct {id}',
    annulled_candidate: 'the votes for candidate {id}',
    annulled_okrug: 'the okrug-ballot results of okrug {id}',
    annulled_region: 'the results of every precinct of region {id}',
    ne_check: 'the check for “{title}”',
    annulled_item: 'Annulled: {what}.',
    annul_banner: 'A “what if” annulment is in force: {what}. Every figure on this page is recomputed without it: these are not the published results.',
    annul_clear: 'Clear the annulment and count again',
    annul_prov: 'Without the annulment: {prov} The figures shown are recomputed with {n} annulled and are not the published ones.',
    prov_recomputed: '{prov}, recomputed with {n} annulled',
    synth_checks: 'These checks ran on synthetic precinct protocols, generated to reproduce the published figures: that they hold is by construction and says nothing about the real count.',
    synth_published: 'The recount rests on synthetic precinct protocols, generated to reproduce the published figures: agreement is by construction, not a check of the real count.',
    synth_charts: 'These charts are drawn from synthetic precinct protocols: they show how the stand-in data were generated, not how the real precincts voted.',
    synth_copy: 'The protocol your copy is compared with is synthetic: it stands in for one that was never published.',
    synth_protocol: 'These protocols are synthetic: they stand in for ones that were never published.',
    col_copy: 'Your copy',
    regional_moot: '{status} (does not count: national threshold missed)',
    not_counted: 'No seat was decided: {why}',
    ties_h: 'Ties and decisions not made by the votes alone',
    ties_awaiting: 'A tie awaits lots: the seats concerned are not filled.',
    ties_decided: 'Every tie is settled, but a decision other than the votes settled a seat.',
    tie_line_one: '{context} ({stage}): {tied} tied for {seats} seat at {value}',
    tie_line_few: '{context} ({stage}): {tied} tied for {seats} seats at {value}',
    tie_line_many: '{context} ({stage}): {tied} tied for {seats} seats at {value}',
    tie_line_runoff_one: '{context} ({stage}): {tied} tied for {seats} place in the second round at {value}',
    tie_line_runoff_few: '{context} ({stage}): {tied} tied for {seats} places in the second round at {value}',
    tie_line_runoff_many: '{context} ({stage}): {tied} tied for {seats} places in the second round at {value}',
    tie_where_list: 'list seats',
    tie_where_constituency: 'list seats of {region}',
    tie_where_party: 'inside the list {party}',
    tie_where_okrug: 'okrug {okrug}',
    tie_value_largest_remainder: 'the remainder in quotas: the list\'s votes / the quota, less the whole seats',
    tie_value_highest_quotient: 'the quotient: the list\'s votes / its divisor',
    tie_stage_plurality: 'plurality',
    tie_stage_against_all: 'against all level with the leader',
    tie_stage_ranked_exclusion: 'exclusion in an instant run-off, the places that continue',
    tie_stage_runoff: 'places in the second round',
    tie_stage_district: 'the district\'s seats',
    tie_stage_largest_remainder: 'largest remainder',
    tie_stage_highest_quotient: 'highest quotient',
    tie_stage_women_quota: 'women\'s quota',
    tie_stage_preference: 'preference votes',
    tie_stage_list_position: 'list position',
    tie_not_evaluated: 'preference votes not evaluated (no protocol gives them)',
    tie_awaiting: 'awaiting lots: not filled',
    tie_awaiting_runoff: 'awaiting lots: who goes to the second round is not decided',
    tie_lots_key: 'lots under the key {context}',
    tie_settled: 'settled by {how}: {winners}',
    tie_by_registration_order: 'registration order (rule set)',
    tie_by_ballot_order: 'ballot order (rule set)',
    tie_by_list_position: 'list position (rule set)',
    tie_by_lots: 'lots given as input',
    tie_by_lot_seed: 'a lot drawn from the public seed “{seed}”',
    tie_by_against_all_tie: 'the rule set’s against_all_tie “{rule}”',
    lot_seed_meta: 'Lots drawn from the public seed “{seed}”.',
    ranked_rounds: '{okrug}: the instant run-off, round by round',
    ranked_round: 'round {n}',
    ranked_continuing: 'ballots for a continuing candidate',
    ranked_exhausted: 'exhausted since round 1',
    ranked_no_choice: 'Ballots that count for no candidate from round 1 (no rank marked, spoiled, or exhausted by their first ranks): {n}. Round 1 counts a ballot whose first rank is not marked for its next one, where the rule set says so: its figures may differ from the protocols\', which are the first ranks\'.',
    ranked_elected: 'Round {n}: {who} elected with {votes} of {continuing} ballots for a continuing candidate, more than half (2 × {votes} = {twice} > {continuing}).',
    ranked_excluded_fewest: 'Round {n}: {who} excluded, with the fewest votes; their ballots pass to their next continuing choice.',
    ranked_excluded_batch: 'Round {n}: {who} excluded together: their votes together are fewer than the next candidate\'s, so none of them can win (the rule set\'s exclusion "batch").',
    ranked_excluded_previous_round: 'Round {n}: {who} excluded: tied for the fewest votes, and fewer than the others tied in an earlier round (the rule set\'s tie "previous_round").',
    ranked_excluded_lots: 'Round {n}: {who} excluded: tied for the fewest votes, drawn last by lot.',
    ranked_tie: 'Round {n}: {who} tied for exclusion with {votes} votes each: lots are needed (--lots or --lot-seed), and the okrug is not decided.',
    okrug_ranked_mark: 'instant run-off, rounds: {n}; elected: {winner}',
    okrug_first_choices_majority_mark: 'first choices only, but the leader has more than half of the okrug\'s ballots: no round of a ranked count can elect another',
    tie_by_previous_round: 'an earlier round (rule set)',
    okrug_first_choices_mark: 'first choices only: the rounds of a ranked count were not run',
    okrug_provisional_mark: 'provisional: rests on data not evaluated',
    okrug_overturn_cannot: 'the votes not given cannot change it',
    okrug_overturn_could: 'the votes not given could change it',
    okrug_relation_could: 'the gaps of its protocols\' failing control relations ({gap}) could change it (margin {margin})',
    okrug_relation_could_unbounded: 'its protocols\' failing control relations could change it',
    okrug_relation_least_below: 'the least correction of its protocols\' failing control relations ({gap}) is below its margin ({margin}): it would not change the outcome; a larger one could',
    okrug_relation_least_below_majority: 'the least correction of its protocols\' failing control relations ({gap}) is below the least that could change the outcome under the majority rule ({margin}: the lead, or the distance to the majority or run-off line): it would not change it; a larger one could',
    okrug_relation_could_majority: 'the gaps of its protocols\' failing control relations ({gap}) could change it under the majority rule (the least correction that could: {margin})',
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
    precinct_hint: 'Choose a precinct in the findings, or type its ID.',
    precinct_hint_example: 'Choose a precinct in the findings, or type its ID: in this election an ID reads like «{id}»; its last part alone («{tail}») lists the precincts it may be.',
    precinct_hint_id: 'Choose a precinct in the findings, or type its ID: in this election an ID reads like «{id}».',
    ne_and: ' and ',
    precinct_like_first: 'The first {shown} of them:',
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
    published_ok_where: 'The published summary agrees with the recount where they were compared.',
    published_unchecked: 'Published figures not checked: {n} ({list}); why, under “Not evaluated”.',
    published_unchecked_more: '{first} and {m} more',
    published_bad: 'The published summary disagrees with the recount. Disagreements: {n}.',
    published_nothing: 'Nothing was compared: the summary publishes no figure the recount gives, so it is not confirmed.',
    published_compared: 'Published figures compared with the recount: {n}, matched: {m}.',
    published_compared_check: '{n} compared, {m} matched',
    published_compared_check_fewer: '{n} compared, right at their own decimals only, fewer than the rule set\'s (not counted as matched)',
    published_compared_named: 'okrug {okrug}: «{published}», a candidate\'s name exactly as the recount writes it, compared as «{id}»',
    published_of: 'Summary: {name}',
    pub_share_follows: 'follows from the gap of {codes}',
    pub_shares_follow: 'A share marked “follows from” is right for the votes and base the summary publishes: it differs from the recount only because those figures do (their findings are listed below), not by a mis-rounding.',
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
    against_all_share: 'Against all: {votes} ({pct} of the threshold base, {base})',
    against_all_votes: 'Against all: {votes} (the threshold base is not evaluated)',
    against_all_not_given: 'Against all: not evaluated: counted protocols do not give its votes (X229)',
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
    col_published: 'Published',
    not_published: 'not published',
    unit_pp: 'pp',
    pub_sum_over: 'The published shares of the lists add up to {sum}%, which is impossible: together they can be at most 100%.',
    pub_sum_explain: 'Each list’s share is its votes out of the same number of voters, so all shares together cannot exceed 100% (a little more only by rounding). The summary is wrong; the table below shows, list by list, the published share beside the share its own votes give.',
    pub_shares_wrong: 'The published summary gives a wrong share for {n} lists ({m} disagreements in all).',
    shares_h: 'Published shares beside the recount',
    shares_note: 'The difference is in percentage points (pp): 7.04 pp means the published share is 7.04 points of 100 too high, not 704 votes.',
    col_pub_share: 'Published share',
    col_our_share: 'Share from the votes',
    col_share_gap: 'Difference',
    published_other_h: 'Other disagreements',
    published_all: 'Every finding with its formula ({n})',
    progress_download: 'Downloading the counter… {mb} MB',
    progress_start: 'Starting the counter…',
    offline_ready: 'This page now also works offline.',
    copy_empty: 'Nothing to compare: type at least one figure from your copy.',
    copy_compared: 'Compared: {n} figures you typed. Not compared (left empty): {m}.',
    copy_bad_field: 'Only digits: “{value}” is not a whole number.',
    copy_fix: 'Correct the marked fields: nothing was compared.',
    copy_differs_mark: 'differs: published {want}',
    need_mapping_for: '{name} needs its column mapping (a JSON file): add it to count.',
    need_election_for: '{name}: no election file, so the definition is inferred from the mapping: the parties and precincts as the file gives them. To count against the election\'s own definition, add its file (JSON).',
    mapping_for: 'mapping: {name}',
    ne_undecided: 'the recount does not decide the okrug: {outcome}; the summary publishes {said}',
    ne_pub_outcome: 'the outcome {x}',
    ne_pub_winner: 'the winner {x}',
    ne_pub_winners: 'the winners {x}',
    'ne:not published': 'not published',
    'ne:not published for some lists': 'not published for some lists',
    'ne:the summary publishes no okrug': 'the summary publishes no okrug',
    'ne:no percentage is published': 'no percentage is published',
    'ne:the election defines no okrugs': 'the election defines no okrugs',
    'ne:the election defines no regions': 'the election defines no regions',
    'ne:the election has no manual-count list protocols': 'the election has no manual-count list protocols',
    'ne:the election has no manual-count okrug protocols': 'the election has no manual-count okrug protocols',
    'ne:the protocol gives no preference votes': 'the protocol gives no preference votes',
    'ne:the sex of some candidates is not known': 'the sex of some candidates is not known',
    'ne:the list has no candidates': 'the list has no candidates',
    'ne:the list has no candidates defined': 'the list has no candidates defined',
    'ne:not in force in the rule set': 'not in force in the rule set',
    'ne:no voters on the list in the recount': 'no voters on the list in the recount',
    'ne:a totals-only count runs no cross-check between protocols': 'a totals-only count runs no cross-check between protocols',
    'ne:the protocol lacks the votes for the list': 'the protocol lacks the votes for the list',
    'ne:the protocol lacks the votes for some choices on the ballot': 'the protocol lacks the votes for some choices on the ballot',
    'ne:whether some candidates have a disability is not known': 'whether some candidates have a disability is not known',
    'ne:a protocol lacks line(s) ': 'a protocol lacks line(s): ',
    'ne:the protocol lacks line(s) ': 'the protocol lacks line(s): ',
    ne_form_remedy: 'if the commission\'s form has no such line, declare the form\'s lines in the rule set, "protocol": {"lines": [...]} without it (docs/rules.md#the-protocol-form), and the relation is checked over them',
    'ne:not on the protocol form: ': 'not on the protocol form: ',
    'ne:the protocol gives line(s) the form does not have: ': 'the protocol gives line(s) the form does not have: ',
    'ne:a protocol gives line(s) the form does not have: ': 'a protocol gives line(s) the form does not have: ',
    'ne:the choices on the ballot are not known: ': 'the choices on the ballot are not known: ',
    'ne:does not apply: the lists are closed (no preference votes)': 'does not apply: the lists are closed (no preference votes)',
    'ne:the precinct is not defined': 'the precinct is not defined',
    'ne:the definitions of the precinct name different okrugs': 'the definitions of the precinct name different okrugs',
    'ne:duplicate machine-count protocols': 'duplicate machine-count protocols',
    'ne:no manual-count protocol to compare with': 'no manual-count protocol to compare with',
    'ne:the machine-count protocols came to a check not told to expect them': 'the machine-count protocols came to a check not told to expect them',
    'ne:no choice is on the ballot and the protocol gives no votes': 'no choice is on the ballot and the protocol gives no votes',
    'ne:the protocol lacks preference votes for some candidates of the list': 'the protocol lacks preference votes for some candidates of the list',
    'ne:a candidate of the list holds more than one list place': 'a candidate of the list holds more than one list place',
    'ne:the age of some candidates is not known': 'the age of some candidates is not known',
    'ne:the ethnicity of some candidates is not known': 'the ethnicity of some candidates is not known',
    'ne:the rule set gives no published rules (decimals, rounding): published percentages are not compared': 'the rule set gives no published rules (decimals, rounding): published percentages are not compared',
    'ne:the recount fills no list seat: its threshold is not evaluated (protocols lack a line of its base)': 'the recount fills no list seat: its threshold is not evaluated (protocols lack a line of its base)',
    'ne:the recount\'s participants is not evaluated: protocols lack a line of it': 'the recount\'s participants is not evaluated: protocols lack a line of it',
    'ne:the recount\'s voters is not evaluated: protocols lack a line of it': 'the recount\'s voters is not evaluated: protocols lack a line of it',
    'ne:the recount\'s valid is not evaluated: protocols lack a line of it': 'the recount\'s valid is not evaluated: protocols lack a line of it',
    'ne:the list\'s votes are not published': 'the list\'s votes are not published',
    'ne:the summary does not publish the voters who took part ("participants"), the base of its percentages': 'the summary does not publish the voters who took part ("participants"), the base of its percentages',
    'ne:the summary does not publish the voters on the list ("voters"), the base of its percentages': 'the summary does not publish the voters on the list ("voters"), the base of its percentages',
    'ne:the summary does not publish the valid ballots ("valid"), the base of its percentages': 'the summary does not publish the valid ballots ("valid"), the base of its percentages',
    'ne:the published base of the percentages is not a positive number': 'the published base of the percentages is not a positive number',
    'ne:the sum of the published votes overflows int64': 'the sum of the published votes overflows int64',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list is published twice: ': 'the sum of the published votes, the base of the percentages, is not known: a list is published twice: ',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list\'s votes are not published: ': 'the sum of the published votes, the base of the percentages, is not known: a list\'s votes are not published: ',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list\'s published votes are a partial sum: ': 'the sum of the published votes, the base of the percentages, is not known: a list\'s published votes are a partial sum: ',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list\'s published votes are negative: ': 'the sum of the published votes, the base of the percentages, is not known: a list\'s published votes are negative: ',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list of the recount is not in the summary: ': 'the sum of the published votes, the base of the percentages, is not known: a list of the recount is not in the summary: ',
    'ne:where the report\'s figures come from is read from its shailoo-provenance: ': 'where the report\'s figures come from is read from its shailoo-provenance: ',
    'ne:where the report\'s figures come from is read from its Status (certified: official; unofficial-complete, unofficial-partial: preliminary): ': 'where the report\'s figures come from is read from its Status (certified: official; unofficial-complete, unofficial-partial: preliminary): ',
    'ne:contests verify does not compare (ballot measures, retentions), not read: ': 'contests verify does not compare (ballot measures, retentions), not read: ',
    'ne:candidate contests not compared (the contest compared is the one named): ': 'candidate contests not compared (the contest compared is the one named): ',
    'ne:counts at GpUnits other than a contest\'s district (precincts, regions) are not read: verify compares a contest\'s totals at its district; for a report of precinct counts alone, give its precinct rows to shailoo count as a protocols file, or add the totals; such GpUnits: ': 'counts at GpUnits other than a contest\'s district (precincts, regions) are not read: verify compares a contest\'s totals at its district; for a report of precinct counts alone, give its precinct rows to shailoo count as a protocols file, or add the totals; such GpUnits: ',
    'ne:counts given in parts by device class (scanner, hand count) and no total, read as the sum of their parts: ': 'counts given in parts by device class (scanner, hand count) and no total, read as the sum of their parts: ',
    'ne:counts given in parts by vote type (early, election day, absentee...) and no total, read as the sum of their parts: ': 'counts given in parts by vote type (early, election day, absentee...) and no total, read as the sum of their parts: ',
    'ne:the recount has no write-in choice (ID write-in): the published write-ins are not compared': 'the recount has no write-in choice (ID write-in): the published write-ins are not compared',
    'ne:the summary does not publish both the voters who took part and the voters on the list': 'the summary does not publish both the voters who took part and the voters on the list',
    'ne:the published voters on the list are not a positive number': 'the published voters on the list are not a positive number',
    'ne:invalid published rules: ': 'invalid published rules: ',
    quota_of_one: '{name} quota for {seats} seat: {calc}',
    quota_of_few: '{name} quota for {seats} seats: {calc}',
    quota_of_many: '{name} quota for {seats} seats: {calc}',
    quota_name_hare: 'Hare',
    quota_name_droop: 'Droop',
    quota_name_hagenbach_bischoff: 'Hagenbach-Bischoff',
    quota_name_imperiali: 'Imperiali',
    quota_raised: 'The {from} quota gives more seats ({n}) than there are ({seats}): the seats are given again by the {to} quota.',
    'fig:a defined precinct': 'a defined precinct',
    'fig:a defined okrug': 'a defined okrug',
    'fig:a defined region': 'a defined region',
    'fig:not published': 'not published',
    'fig:none': 'none',
    'fig:no preference votes': 'no preference votes',
    'fig:a party on the ballot': 'a party on the ballot',
    'fig:a manual-count protocol': 'a manual-count protocol',
    fig_candidate_in: 'a candidate in okrug {okrug}',
    fig_votes_for: 'the votes for «{choice}»',
    'fig:a candidate on a party list': 'a candidate on a party list',
    'fig:no okrug-ballot protocol': 'no okrug-ballot protocol',
    'fig:okrug-ballot protocol': 'okrug-ballot protocol',
    'fig:an okrug': 'an okrug',
    'fig:a region': 'a region',
    exact_word: 'exact',
    level_nation: 'nationwide',
    level_list: 'list',
    level_okrug: 'okrug',
    level_precinct: 'precinct',
    level_region: 'region',
    level_file: 'file',
    pline_percent: 'share, %',
    pline_sum: 'sum of the shares',
    pline_votes: 'votes',
    pline_turnout: 'turnout, %',
    pline_participants: 'voters who took part',
    pline_voters: 'voters on the lists',
    pline_seats: 'seats',
    pline_winner: 'winner',
    pline_outcome: 'outcome',
    nc_ambiguous: 'the election’s definition is ambiguous (findings {codes}): an ID is defined twice or reserved',
    nc_base: 'the threshold base cannot be computed from the protocols: ',
    'ne:duplicate manual-count protocols': 'duplicate manual-count protocols',
    'ne:no manual-count list protocol to compare with': 'no manual-count list protocol to compare with',
    'ne:the precinct is abroad': 'the precinct is abroad',
    'ne:the precinct names no okrug': 'the precinct names no okrug',
    'ne:the precinct\'s okrug is not defined': 'the precinct’s okrug is not defined',
    'data:Jogorku Kenesh election, 28 November 2021': 'Jogorku Kenesh election, 28 November 2021',
    'data:Jogorku Kenesh, 28 November 2021: the law as the courts applied it': 'Jogorku Kenesh, 28 November 2021: the law as the courts applied it',
    'data:Jogorku Kenesh, 28 November 2021: the CEC amendment of 15 Dec 2021 (women\'s quota rounded up)': 'Jogorku Kenesh, 28 November 2021: the CEC amendment of 15 Dec 2021 (women’s quota rounded up)',
    'data:Jogorku Kenesh, 10 October 2010: 120 list seats, 5% of the voters on the list nationally and 0.5% in each region, at most 65 seats per party, closed lists': 'Jogorku Kenesh, 10 October 2010: 120 list seats, 5% of the voters on the list nationally and 0.5% in each region, at most 65 seats per party, closed lists',
    'data:Jogorku Kenesh, 4 October 2015: 120 list seats, 7% national and 0.7% regional thresholds, at most 65 seats per party, closed lists': 'Jogorku Kenesh, 4 October 2015: 120 list seats, 7% national and 0.7% regional thresholds, at most 65 seats per party, closed lists',
    'data:Jogorku Kenesh, 30 November 2025: 30 districts of 3 seats, one vote, at most 2 of one sex': 'Jogorku Kenesh, 30 November 2025: 30 districts of 3 seats, one vote, at most 2 of one sex',
    'data:kg2021': 'National totals are official (CEC Resolution 836, 15 Dec 2021); okrug leaders and shares are preliminary (Kaktus.media, Dec 2021); precinct protocols, regional detail, the 15 other lists’ votes, candidates and preference votes are synthetic (seed 20211128), chosen to reproduce every published figure.',
    rc_h: 'Reconcile many sources',
    rc_intro: 'Compare the published protocols with observers\' copies and with an earlier published version: which figures differ, where, by how much, and whether the seats would change.',
    rc_drop: 'Drop the definition, the published files and the copies here (many files, or a folder), or choose them below.',
    rc_f_election: 'Election definition (JSON; without it, taken from the mapping of the first CSV file)',
    rc_f_published: 'Published protocols (CSV with its mapping, or election JSON)',
    rc_f_earlier: 'An earlier published version (optional)',
    rc_f_copies: 'Observers\' copies (JSON, one protocol each)',
    rc_f_folder: 'A folder of copies',
    rc_time_published: 'Time of the published version (optional)',
    rc_time_earlier: 'Time of the earlier version (optional)',
    rc_run: 'Reconcile',
    rc_src_published: 'published',
    rc_src_earlier: 'earlier',
    rc_src_copies: 'copies',
    rc_loaded: '{what}: {n} files',
    rc_need: 'Needed: at least two sources (the published files and copies, or an earlier version), and the election definition unless a CSV file with its mapping gives it.',
    rc_need_mapping: '{name} has no column mapping (a JSON file of the same name, as "list-mapping.json" for "list.csv").',
    rc_unknown_file: '{name}: not a definition, a mapping, protocols or a copy; not used.',
    rc_running: 'Reconciling…',
    rc_done: 'Reconciled in {s} s.',
    rc_sources_h: 'Sources',
    rc_source: '{name}: {n} protocols',
    rc_base: 'base',
    rc_pairs_h: 'Summary by pair of sources',
    rc_pair: '{a} and {b}: {compared} protocols compared, {differ} differ ({share}), {figures} figures.',
    rc_touched: 'Okrugs: {okrugs}. Regions: {regions}.',
    rc_only: '{n} protocols only in {name}.',
    rc_not_compared: '{n} figures given by one source only were not compared.',
    rc_moved: 'Votes moved ({b} − {a}): {list}.',
    rc_largest: 'Largest gaps: {list}.',
    rc_versions_h: 'Over time',
    rc_version: 'From {from} ({from_time}) to {to} ({to_time}):',
    rc_impact_h: 'Seat impact',
    rc_impact: 'With the figures of {source} in place of {base}: {sub} protocols substituted, {changed} figures changed, {added} added, {left} left out.',
    rc_impact_kept: '{kept} protocols of {base} that {source} does not give are counted with the figures of {base}.',
    rc_impact_list: 'List',
    rc_impact_seats: 'Seats: {name}',
    rc_impact_votes: 'Votes: {name}',
    rc_no_move: 'No list seat moves.',
    rc_okrug_change: 'Okrug {id}: {base} → {alt}.',
    rc_count_state: 'The count {name}: {state}.',
    rc_provisional: 'provisional',
    rc_awaiting: 'a tie awaits lots',
    rc_errors: '{n} error findings',
    rc_diffs_h: 'Differences',
    rc_diffs_summary: 'Figures that differ: {n}; protocols given by one source only: {only}; error findings: {errors}, warnings: {warnings}.',
    rc_diffs_more: 'The first {shown} of {n} differences are shown; the JSON has them all.',
    rc_precinct: 'Precinct',
    rc_ballot: 'Ballot',
    rc_count: 'Count',
    rc_field: 'Figure',
    rc_manual: 'manual',
    rc_machine: 'machine',
    rc_none: 'none',
    rc_precinct_show: 'Show every source of precinct {id}',
    rc_side_h: 'Precinct {id}: every source side by side',
    rc_side_caption: '{ballot}, {count} count',
    rc_findings_h: 'Other findings',
    rc_no_findings: 'None besides the differences.',
    rc_only_h: 'Protocols in one source only',
    rc_notes_h: 'Notes',
    rc_note_none_lines: '«{source}» gives no protocol lines in {n} protocol(s): those figures were not compared',
    rc_note_none_votes: '«{source}» gives no votes in {n} protocol(s): those figures were not compared',
    rc_note_none_preferences: '«{source}» gives no preference votes in {n} protocol(s): those figures were not compared',
    fz_h: 'Forensics: statistical fingerprints',
    fz_intro: 'The shape of the precincts\' numbers: turnout against a list\'s share, precincts at whole percents against chance, last digits, machine against manual count, turnout by region. Each chart says what it measures and what it cannot prove: a shape that chance rarely gives is a question to ask, not an answer.',
    fz_seed: 'Seed',
    fz_draws: 'Monte Carlo draws',
    fz_run: 'Draw the charts',
    fz_running: 'Drawing the charts…',
    fz_done: 'Charts drawn from seed {seed} with {draws} draws in {ms} ms, by the same Go code as “shailoo forensics --seed {seed}”.',
    fz_bad_seed: 'The seed must be a whole number from 0 to 18446744073709551615.',
    fz_stale: 'The charts belong to another count: draw them again.',
    feed_partial: 'Partial: {n} of {m} precincts reporting',
    feed_complete: 'All {m} precincts reporting',
    feed_protocols: 'protocols counted: list {list} of {list_m}, okrug {okrug} of {okrug_m}',
    feed_following: 'Following the live feed at {url}: the result changes as protocols arrive.',
    feed_lost: 'The live feed at {url} cannot be reached; trying again. (The page may only follow a feed of its own site: open it from the feed, shailoo feed --web.)',
    feed_bad: 'Not a feed address: {url}',
    ty_h: 'Check the figures you saw',
    ty_intro: 'Type the figures as they were published (on a results portal, on television, in a newspaper): each list\'s share in percent as published (30,94 or 30.94), its votes if they were given, and the voters who took part. The page checks them against the recount as the command line checks a published summary. The figures are yours: the page never presents them as official.',
    ty_lists_demo: 'No election is counted on this page: the lists and the recount are those of the built-in 2021 election.',
    ty_lists_result: 'The lists and the recount are those of the election counted above.',
    ty_col_list: 'List',
    ty_col_share: 'Share as published, %',
    ty_col_votes: 'Votes as published (optional)',
    ty_participants: 'Voters who took part, as published (optional)',
    ty_start: 'Type the published figures',
    ty_check: 'Check these figures',
    ty_clear: 'Clear the form',
    ty_fill_h: 'Or fill the form from a built-in example:',
    ty_fill_official: 'The official final result (CEC Resolution 836, 15 Dec 2021)',
    ty_fill_portal: 'The election-night portal table, a SYNTHETIC reconstruction (its shares sum to 144%)',
    ty_source_typed: 'Source of these figures: typed by you.',
    ty_source_edited: 'Source of these figures: typed by you, starting from the example {file}.',
    ty_source_official: 'Source of these figures: the example {file}, official figures. Its source, as the file gives it:',
    ty_source_synthetic: 'Source of these figures: the example {file}, a SYNTHETIC reconstruction, not figures anyone published. Its source, as the file gives it:',
    ty_result_h: 'Your figures against the recount, the largest gap first',
    ty_col_figure: 'Figure',
    ty_col_typed: 'You typed',
    ty_col_recount: 'Recount',
    ty_col_gap: 'Gap',
    ty_col_check: 'Check',
    ty_what_share: 'share',
    ty_what_votes: 'votes',
    ty_what_participants: 'voters who took part',
    ty_gap_points: '{gap} points',
    ty_agrees: 'agrees',
    ty_disagrees: 'disagrees',
    ty_follows: 'disagrees, but it is right for the votes and voters you typed: the gap is theirs',
    ty_own_too: 'nor is it the share of the votes and voters you typed',
    ty_not_evaluated: 'not evaluated',
    ty_sum: 'The shares you typed sum to {sum}.',
    ty_sum_over: 'The shares you typed sum to {sum}: they cannot all be shares of one total.',
    ty_count: 'Of the figures you typed ({m}), disagreeing with the recount: {n}.',
    ty_none: 'Type at least one share or number of votes.',
    ty_bad_share: '{list}, share: «{value}» is not a percentage (write 30,94 or 30.94).',
    ty_share_over: '{list}, share: «{value}» is over 100%: a share is at most 100.',
    ty_bad_votes: '{list}, votes: «{value}» is not a whole number.',
    ty_bad_participants: 'Voters who took part: «{value}» is not a whole number.',
    rx_group: 'Examples for other countries\' files',
    rx_fptp: 'fptp: one seat per district, to the candidate with the most votes (an example, not a statute)',
    rx_one_seat: 'one-seat: one seat, to the list or candidate with the most votes, as for a president\'s file (an example, not a statute)',
    rx_chosen: 'The rule set {id} is an example, not a statute: the seats it gives are not those of any law. Load your election\'s own rule set (JSON) when you have it.',
    rx_hint_okrug: 'pick «{name}» in the rule-set picker (one seat per district by plurality, an example, not a statute), or load your election\'s rule set',
    rx_hint_list: 'for one seat to the list or candidate with the most votes, pick «{name}» in the rule-set picker (an example, not a statute); for seats shared among lists, load your election\'s rule set: no example here shares seats among lists by a general rule (examples/duma2021 and examples/latvia2018 are two laws written as rule sets)',
    pv_rules_banner: 'Recomputed under the rule set {rules}, not {held}, under which the election was held: the seats, thresholds and okrug outcomes shown are not the published result. The votes are the protocols\'.',
    pv_rules_arc: 'These seats are recomputed under the rule set {rules}: not the published result.',
    pv_rules_back: 'Count under {held}',
    pv_source: 'votes: {prov}; seats: recomputed under {rules}',
    pv_source_seat: 'recomputed under {rules} (candidate data: {prov})',
    pv_synth_share: 'from synthetic votes',
    pv_shares_sorted: 'Sorted by the size of the difference, largest first.',
    pv_shares_synth: 'Rows marked “from synthetic votes”: that list\'s votes are synthetic stand-ins (never published), so its share from the votes is not a check of the published one.',
    pv_stale: 'The previous result was cleared: it was not of these files.',
    pv_more_places: 'and {n} more of the same kind: show them',
    pv_group_note: 'Findings of one code and one kind are shown once, the others of their kind folded beneath: groups: {groups}; findings in them: {n}.',
    pv_list_no: 'No. {n} on the list',
    pv_okrug_no: 'candidate No. {n}',
    pv_no_name: 'The definition gives these candidates no names: each is named by its place on the list.',
    pv_at_least: 'at least {n}',
    pv_at_most: 'at most {n}',
    error_at: '{file}, line {line}, column {column}',
    error_field: 'field {field}',
    'err.not_number': 'not a whole number',
    'err.out_of_range': 'the number is too large',
    'err.short_row': 'the row is too short: a cell is missing',
    'err.long_row': 'the row is too long: a cell past the last column',
    'err.no_rows': 'the file has a header row and no data rows',
    'err.encoding': 'the file is not in the character encoding it is read in: name its encoding in the mapping ("encoding": "windows-1251", say) or save it as UTF-8',
    'err.empty': 'the file is empty: no header and no rows',
    'err.not_table': 'the file is not a table of columns (one column, or rows of varying widths at every delimiter)',
    'err.no_figures': 'the file has rows and no figure in any of them: no results yet',
    'err.duplicate_row': 'a second row for the same protocol and choice',
    'err.missing_header': 'a column the mapping names is not in the file',
    'err.other_file': 'none of the mapping\'s columns is in this file: is the mapping for another file?',
    'err.mapping': 'the column mapping is wrong or does not fit the file',
    'err.syntax': 'the file is not well-formed (a syntax error)',
    'err.unknown_field': 'a field this format does not have',
    'err.type': 'a value of the wrong type (text where a number is expected, or the reverse)',
    'err.duplicate_key': 'the same key appears twice',
    'err.missing': 'a required field is missing',
    'err.bad_value': 'a value this format does not allow',
    'err.conflict': 'contradicts an earlier row about the same precinct',
    'err.choices': 'the mapping and the election\'s definition disagree on the choices',
    'err.rules': 'the rule set does not allow this',
    'err.unknown_preset': 'no built-in rule set has this ID',
    'err.lots': 'the lots given are invalid',
    'err.annul': 'the annulment is invalid',
    'err.summary': 'the published summary is invalid here',
    'err.no_mapping': '{file} has no column mapping (JSON)',
    'err.no_definition': 'no election file given, and the election cannot be made from the mapping alone',
    'err.okrug_seats': 'the rule set does not fit the okrugs learnt from the files: give a rule set with one seat per okrug, or the election file',
    'err.list_seats': 'the files give list ballots alone, and the rule set has no list seats: if the rows are okrug ballots, the mapping\'s "ballot" is "okrug"; or give a rule set with list seats',
    'err.demo_with_input': 'the demo counts the built-in data: give no election or protocols with it',
    'err.no_precinct': 'no precinct {precinct} in this election',
    'err.no_precinct_like': 'no precinct {precinct} in this election; precincts whose ID ends with it: {n}',
    'err.no_protocol': 'no published protocol of this precinct and ballot to compare with',
    'err.internal': 'an internal error of the program (please report it)',
    'err.other': 'the input could not be read',
    'err.detail': 'Details (in English)',
    'finding.P101.title': 'Ballots received do not balance',
    'finding.P102.title': 'Ballots found in the boxes do not equal invalid + valid',
    'finding.P103.title': 'Valid ballots do not equal the sum of the votes',
    'finding.P104.title': 'More ballots issued than voters on the list',
    'finding.P105.title': 'More ballots in the boxes than issued',
    'finding.P106.title': 'Negative number',
    'finding.P107.title': 'More preference votes than votes for the list',
    'finding.P108.title': 'More ballots in the boxes than voters on the list',
    'finding.P110.title': 'More voters took part than are on the list',
    'finding.P111.title': 'More votes than the ballots found carry',
    'finding.P112.title': 'More votes than the voters on the list can cast',
    'finding.P113.title': 'Fewer votes than the ballots found carry',
    'finding.P109.title': 'Protocol of zeros',
    'finding.X201.title': 'Machine and manual count differ on a line',
    'finding.X202.title': 'Machine and manual count differ on the votes for a choice',
    'finding.X203.title': 'Machine and manual count differ on preference votes',
    'finding.X204.title': 'List and okrug ballots issued differ',
    'finding.X205.title': 'List and okrug ballots found in the boxes differ',
    'finding.X206.title': 'Precinct defined more than once',
    'finding.X207.title': 'Duplicate protocol',
    'finding.X208.title': 'Protocol of an unknown precinct',
    'finding.X209.title': 'Votes for a party not on the ballot',
    'finding.X210.title': 'Votes for a candidate not standing in the okrug',
    'finding.X211.title': 'Preference votes for a candidate on no list',
    'finding.X212.title': 'Precinct in an unknown okrug',
    'finding.X213.title': 'Precinct in an unknown region',
    'finding.X214.title': 'Okrug-ballot protocol from a precinct abroad',
    'finding.X215.title': 'No manual-count list protocol',
    'finding.X216.title': 'No manual-count okrug protocol',
    'finding.X217.title': 'Precinct in the country without an okrug',
    'finding.X218.title': 'Precinct in the country without a region',
    'finding.X219.title': 'Party defined more than once',
    'finding.X220.title': 'Okrug defined more than once',
    'finding.X221.title': 'Region defined more than once',
    'finding.X222.title': 'Candidate on more than one list place',
    'finding.X223.title': 'Candidate registered twice in an okrug',
    'finding.X224.title': 'A party or candidate uses the ID of against all',
    'finding.X225.title': 'Okrug in an unknown region',
    'finding.X226.title': 'Preference votes on an okrug-ballot protocol',
    'finding.X227.title': 'Protocol lacks a line of the base of a threshold or a majority rule',
    'finding.X228.title': 'Unknown protocol line',
    'finding.X229.title': 'Protocol without the votes for a choice',
    'finding.X230.title': 'One candidate ID elected in one okrug and standing in another',
    'finding.X231.title': 'Every okrug has one candidate, the same',
    'finding.X232.title': 'A choice named as blank votes, spoilt ballots or against all wins a seat',
    'finding.X233.title': 'One okrug written two ways?',
    'finding.X234.title': 'One okrug named with a part left out?',
    'finding.X235.title': 'A choice wins with the others\' votes summed',
    'finding.X236.title': 'A choice named as the votes of others together wins a seat',
    'finding.X237.title': 'One choice ID of an okrug named two ways by its files',
    'finding.X238.title': 'A choice named as a placing wins a seat',
    'finding.S301.title': 'Published percentage does not match the votes',
    'finding.S302.title': 'Published votes differ from the recount',
    'finding.S303.title': 'Published shares add up to more than 100%',
    'finding.S304.title': 'Published turnout does not match',
    'finding.S305.title': 'Published participants differ from the recount',
    'finding.S306.title': 'Published voters on the list differ from the recount',
    'finding.S307.title': 'Published seats differ from the recount',
    'finding.S308.title': 'Published okrug winner differs from the recount',
    'finding.S309.title': 'Published okrug outcome differs from the recount',
    'finding.S310.title': 'Published list not in the recount',
    'finding.S311.title': 'List missing from the published summary',
    'finding.S312.title': 'Published okrug not in the recount',
    'finding.S313.title': 'Okrug missing from the published summary',
    'finding.S314.title': 'List or okrug published twice',
    'finding.S315.title': 'Published votes of an okrug\'s candidate differ from the recount',
    'finding.S316.title': 'Published percentage does not match the published figures',
    'finding.S317.title': 'Published percentage differs as the published figures do',
    'finding.S320.title': 'Published percentage has fewer decimals than the rule set\'s, right at its own',
    'finding.S318.title': 'Published valid ballots differ from the recount',
    'finding.S319.title': 'Published votes of a candidate in a region differ from the recount',
    'finding.S321.title': 'Published votes of a list in a region differ from the recount',
    'finding.S322.title': 'Candidate missing from a published okrug',
    'finding.C401.title': 'Copy and published protocol differ on a line',
    'finding.C402.title': 'Copy and published protocol differ on the votes for a choice',
    'finding.C403.title': 'Copy and published protocol differ on preference votes',
    'finding.C404.title': 'Figure on the copy but not in the published protocol',
    'finding.C405.title': 'Figure in the published protocol but not on the copy',
    'finding.C406.title': 'Copy and published protocol are of different precincts or ballots',
    'finding.L501.title': 'Too many candidates on the list',
    'finding.L502.title': 'Too many candidates of one sex',
    'finding.L503.title': 'Too few candidates under 35',
    'finding.L504.title': 'Too few candidates of other ethnicities',
    'finding.L505.title': 'Too few candidates with disabilities',
    'finding.I601.title': 'Unreadable input row',
    'finding.I602.title': 'Protocol of an unknown ballot',
    'finding.I605.title': 'Row places its precinct elsewhere than the definition',
    'finding.I606.title': 'Parts of a protocol differ on a figure',
    'finding.I608.title': 'A row named a total counted as a precinct',
    'finding.I607.title': 'An okrug\'s rows name two regions',
    'finding.I610.title': 'Rows summed that differ in the figure alone',
    'finding.I611.title': 'Rows summed that each repeat one figure',
    'finding.I612.title': 'Votes summed from rows pass the voters',
    'finding.I613.title': 'Rows of two people summed as one candidate',
    'finding.I617.title': 'A row repeats every figure of another precinct\'s row',
    'finding.I614.title': 'The choices of (nearly) every protocol get the same votes',
    'finding.I615.title': 'A part of the votes column\'s sum repeats a protocol\'s line',
    'finding.I616.title': 'A row\'s total is not the sum of its parts',
    'finding.I609.title': 'A line skipped above the data looks like a data row',
    'finding.I604.title': 'Header row looks like a data row',
    'finding.I603.title': 'Row is the total of other rows',
    'finding.R701.title': 'Sources differ on a line',
    'finding.R702.title': 'Sources differ on the votes for a choice',
    'finding.R703.title': 'Sources differ on preference votes',
    'finding.R704.title': 'Figures in one source\'s protocol and not in another\'s',
    'finding.R705.title': 'Protocol missing from the base source',
    'finding.R706.title': 'Protocol given twice in one source, with different figures',
    'finding.R707.title': 'Protocol given twice in one source, with the same figures',
    'finding.R708.title': 'Protocol of a precinct the definition lacks',
    'finding.R709.title': 'Protocol of a ballot the precinct does not issue',
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
    counted_reporting: 'Подсчитано протоколов: {protocols}, участков с протоколом: {reporting} (всего участков в выборах: {precincts}), за {ms} мс.',
    counted_no_precincts: 'Подсчитано протоколов: {protocols}, за {ms} мс (участки не определены: подсчёт только итогов по файлам без определения выборов).',
    checked_summary: 'Опубликованные итоги проверены за {ms} мс.',
    need_mapping: 'Для протоколов в CSV нужен файл сопоставления столбцов (JSON).',
    nothing: 'Загрузите выборы (JSON) или протоколы (CSV) с сопоставлением столбцов, или запустите демо.',
    summary_on_demo: 'Выборы не загружены: итоги проверяются по встроенным данным 2021 года.',
    loaded_h: 'Загруженные файлы',
    remove: 'Убрать {name}',
    kind_csv: 'протоколы',
    kind_ballots: 'бюллетени (записи голосов)',
    kind_mapping: 'сопоставление',
    kind_election: 'выборы',
    kind_summary: 'опубликованные итоги',
    kind_rules: 'набор правил',
    kind_lots: 'жеребьёвка',
    unknown_file: '{name}: эта страница не читает такой файл (нужен CSV или JSON с выборами, сопоставлением, итогами, правилами или жеребьёвкой).',
    xml_file: '{name} — XML, а не CSV: эта страница не читает XML (detail.xml Clarity, отчёт EML или NIST ERR в XML). Запишите его результаты в CSV, строка на участок, и составьте для него сопоставление.',
    wrong_picker_mapping: '{name} — не JSON-сопоставление: «{picker}» принимает JSON-файл, который говорит, какой столбец CSV какая строка протокола или какой выбор. CSV с протоколами выберите в «{other}».',
    wrong_picker_csv: '{name} — JSON-файл, а не CSV с протоколами: «{picker}» принимает CSV с протоколами участков. JSON-сопоставление выберите в «{other}».',
    wrong_picker_swapped: 'Два файла перепутаны: {csv} выберите в «{csv_picker}», а {mapping} — в «{mapping_picker}».',
    error_h: 'Не удалось подсчитать',
    source_demo: 'встроенные данные 2021 года',
    rules_meta: 'Набор правил: {id} {version} ({name})',
    rules_meta_bare: 'Набор правил: {id} {version}',
    rules_meta_given: 'Набор правил: {id} {version}; его описание, как оно дано в наборе правил: {name}',
    title_inferred: 'Выборы, определённые по сопоставлению {file}',
    annul_form: '«{value}»: пишите precinct:номер, candidate:номер, okrug:номер или region:номер, через запятую',
    annul_twice: '{value} указано дважды',
    annul_no_precinct: 'в выборах нет участка {value}',
    annul_no_candidate: 'ни в одном округе выборов нет кандидата {value}',
    annul_no_okrug: 'в выборах нет округа {value}',
    annul_okrug_no_precinct: 'в выборах не определено ни одного участка округа {value}',
    annul_no_region: 'в выборах не определено ни одного участка региона {value}',
    unit_bytes: 'Б',
    turnout_over: '⚠ Приняли участие ({participants}) больше избирателей, чем их в списке ({voters}): явка свыше 100% по всему подсчёту невозможна. Скорее всего, сопоставление читает другой столбец как строку протокола (несколько голосов одного бюллетеня как действительные бюллетени) или список дан не полностью (почтовые округа с 0 избирателей без участков, в списках которых их избиратели); участки сверх своего списка названы в замечаниях.',
    turnout_meta: 'Приняли участие {participants} из {voters} избирателей ({turnout}%).',
    inputs_meta: 'Входные данные (SHA-256): {list}',
    provenance_note: 'Цифры с пометкой «синтетика» заменяют данные, которые не публиковались; «официально» — цифры комиссии.',
    turnout_ne: 'Приняли участие: не определено; избирателей в списке: не определено, поэтому явки нет.',
    turnout_ne_voters: 'Приняли участие {participants} избирателей; избирателей в списке: не определено, поэтому явки нет.',
    turnout_ne_participants: 'Приняли участие: не определено; избирателей в списке: {voters}, поэтому явки нет.',
    voters_lacking: 'Учтённых протоколов без строки «{line}»: {n}.',
    prov_your_file: 'ваш файл: {files}',
    prov_your_file_is: 'ваш файл: {files}; {prov}',
    provenance_not_given: 'происхождение не указано',
    provenance_none: 'Происхождение не указано: ни определение выборов, ни сопоставление файла протоколов не говорит, официальные это цифры, предварительные или синтетические (сопоставление говорит это так: "provenance": "preliminary", с необязательным "source").',
    published_provenance_missing: 'в итогах нет поля {field} (укажите {field}: {official}, {preliminary} или {synthetic})',
    published_provenance_missing_err: 'статус отчёта ({status}) этого не говорит: "certified" отчёта ERR читается как официальные, "unofficial-complete" и "unofficial-partial" — как предварительные (docs/interop.md)',
    published_note: 'Опубликованный отчёт, как он прочитан: {note}',
    published_nothing_notes: 'Ничего не сверено: из опубликованного в отчёте verify ничего не сравнивает с пересчётом (его примечания выше говорят, что не прочитано), поэтому он не подтверждён.',
    input_prov: 'Файл протоколов {file}: {prov}',
    published_recount: 'Пересчёт: {name}, подсчитан по {from}; откуда его цифры: {prov}',
    published_summary: 'Опубликованные итоги: откуда их цифры: {prov}',
    published_summary_of: 'Опубликованные итоги {election}: откуда их цифры: {prov}',
    published_election_differs: 'Итоги называют свои выборы «{published}», пересчёт — «{recount}»: это не ошибка (итоги, составленные вручную, могут называть выборы по-своему), но проверьте, что это одни и те же выборы.',
    published_parts: 'по частям ({parts})',
    part_totals: 'общие итоги',
    part_lists: 'списки',
    part_okrugs: 'итоги по округам',
    recount_own: 'собственным протоколам определения',
    recount_files: 'файлам {files}',
    recount_synthetic: 'Протоколы участков пересчёта СИНТЕТИЧЕСКИЕ, созданы так, чтобы воспроизвести опубликованные цифры: там, где итоги дают цифры, из которых они созданы, совпадение получено по построению и ничего не доказывает о настоящих протоколах, а расхождение — это отличие от тех цифр, а не ошибка подсчёта.',
    published_title: 'Проверка опубликованных итогов «{published}» пересчётом «{recount}»',
    published_title_unnamed: 'Проверка опубликованных итогов пересчётом «{recount}»',
    title_inferred_csv: 'Выборы, определённые по вашему файлу {file} (сопоставление {mapping})',
    rules_default: 'Подсчитано по встроенному набору правил {id} {version} ({name}), как командная строка считает без {flag}: файл набора правил не загружен. Если ваши выборы — не эти, мандаты, барьеры и округа здесь — по этому закону, а не по правилам ваших выборов: загрузите набор правил своих выборов (JSON).',
    rules_default_short: 'Это мандаты по встроенному набору правил {id}, не обязательно по правилам ваших выборов: файл набора правил не загружен.',
    rules_from_file: '{id} {version}, из файла {name}',
    guesses_h: 'Догадки черновика сопоставления {file} ({n}): сверьте каждую с файлом (черновик может принять номер комиссии, код или итог за партию), затем удалите {key}',
    mapping_draft_hint: 'Нет сопоставления? Командная строка составит черновик по файлу: {cmd}; проверьте его догадки ({key}) и загрузите его сюда.',
    draft_button: 'Составить сопоставление для {name} на этом устройстве',
    draft_size: 'один раз загружается модуль черновика: около {mb} МБ',
    draft_download: 'Загрузка модуля черновика… {mb} МБ',
    draft_start: 'Запуск модуля черновика…',
    tools_size: 'При первом использовании инструмента здесь один раз загружается модуль инструментов: около {mb} МБ.',
    tools_download: 'Загрузка модуля инструментов… {mb} МБ',
    tools_start: 'Запуск модуля инструментов…',
    tools_load_failed: 'Не удалось загрузить модуль инструментов: {msg}',
    drafting: 'Составляется черновик сопоставления для {name}…',
    drafted: 'Черновик сопоставления для {name} составлен; догадок для проверки: {n}.',
    draft_h: 'Черновик сопоставления для {name}, составленный на этом устройстве',
    draft_intro: 'Черновик — это начало, а не проверенное сопоставление: сверьте каждую догадку с файлом, затем удалите из него {key}. Подсчёт с ним сейчас предварительный, и страница это указывает.',
    draft_ballots: '{name} — файл бюллетеней (записи голосов), а не протоколов: черновик — сопоставление бюллетеней. Для его подсчёта нужен файл выборов, в котором названы участки и кандидаты.',
    draft_json: 'Черновик сопоставления (JSON, как его выводит командная строка)',
    draft_download_btn: 'Скачать {file}',
    draft_count: 'Подсчитать с этим черновиком',
    draft_failed: 'Не удалось составить сопоставление для {name}',
    draft_load_failed: 'Не удалось загрузить модуль черновика: {msg}',
    threshold_ne: 'Порог: не определено.',
    findings_none_ne: 'Среди выполненных проверок замечаний нет; не выполнено проверок: {n} (список ниже), поэтому результат не опирается ни на какую проверку того, что они охватывают.',
    findings_ne: 'Не выполнено проверок: {n} (список ниже).',
    okrug_arc_preliminary: 'Мандатов по округам, определённых по предварительным данным: {n}.',
    error_at_line: '{file}, строка {line}',
    hint_encoding: 'похоже, файл в кодировке {enc}: укажите её в сопоставлении, {set}',
    hint_east_asian: 'похоже, файл в кодировке {enc} — многобайтовой кодировке Восточной Азии, которую shailoo не читает: сначала перекодируйте его в UTF-8 ({cmd})',
    hint_no_encoding: 'кодировка файла не из тех, что знает shailoo (ни одна известная ему кодовая страница не читает его как слова): сохраните файл в UTF-8',
    hint_delimiter: 'похоже, столбцы разделены «{delim}»: укажите в сопоставлении {set}',
    hint_missing_header: 'ни у одного столбца нет заголовка {header}',
    hint_near_header: 'у столбца {n} заголовок {header}',
    hint_value: 'ячейка: {value}',
    hint_unknown_lines: 'сопоставление называет строки протокола, которых нет в наборе правил {rules}: {lines}; считайте по набору правил, где они объявлены ({key}), или удалите их из сопоставления',
    parliament_h: 'Парламент',
    seats_filled: 'Распределено мандатов: {total} из {of}; {list} по спискам, {okrug} по округам.',
    list_unfilled: 'Мандатов по спискам не распределено: {n}.',
    list_unfilled_threshold: 'Мандатов по спискам не распределено: {n}: ни один список не преодолел барьер.',
    list_unfilled_threshold_tie: 'Мандатов по спискам не распределено: {n}: ни один список не преодолел барьер: два списка набрали ровно половину базы, а барьер требует больше половины: это ничья, в которой не побеждает никто (их называют примечания); что она даёт, решает закон.',
    list_unfilled_threshold_not_evaluated: 'Мандатов по спискам не распределено: {n}: барьер не удалось оценить (почему — в строке каждого списка).',
    list_unfilled_no_list_with_votes: 'Мандатов по спискам не распределено: {n}: не осталось списка с голосами, который мог бы их получить.',
    list_unfilled_cap: 'Мандатов по спискам не распределено: {n}: каждый список, преодолевший барьер, уже получил предельное число мандатов.',
    repeat_n: 'Повторные выборы в округах: {n}.',
    women_n: 'Женщин среди депутатов от списков: {n}.',
    okrug_seats_by_choice: 'Мандаты по округам по ID варианта (один ID выдвинут в нескольких округах: ID партии): {seats}.',
    not_given_n: 'Из них мандатов по спискам, полученных списками, кандидаты которых в определении выборов не указаны: {n}; депутаты не указаны (мандаты не пустуют).',
    chart_label: 'Мандаты парламента: {desc}',
    okrug_seats: 'Депутаты от округов',
    repeat_seats: 'Повторные выборы',
    unfilled_seats: 'Не распределено',
    lists_h: 'Списки и порог',
    threshold_kind_line: 'Порог для списков вида «{kind}»: {percent}% от {base} = {line}; нужно голосов: {needed}.',
    threshold_kind_tag: 'списки вида «{kind}»: {percent}%',
    threshold_line_one: 'Порог: {percent}% от {base} = {line}; списку нужен {needed} голос.',
    threshold_line_few: 'Порог: {percent}% от {base} = {line}; списку нужно {needed} голоса.',
    threshold_line_many: 'Порог: {percent}% от {base} = {line}; списку нужно {needed} голосов.',
    quota_line: 'Квота: {quota}',
    method_dhondt: 'метод Д’Ондта (делители 1, 2, 3, …)',
    method_sainte_lague: 'метод Сент-Лагю (делители 1, 3, 5, …)',
    method_modified_sainte_lague: 'модифицированный метод Сент-Лагю (делители 1,4, 3, 5, …)',
    method_huntington_hill: 'метод Хантингтона — Хилла (делители √(s(s+1)))',
    method_adams: 'метод Адамса (делители 0, 1, 2, …)',
    price_line: 'Последний распределённый мандат: {last}; первый нераспределённый: {next}',
    price_quotient: '{list}, мандат {seat}, частное {value}',
    price_none: 'нет (каждый список с голосами достиг предела)',
    constituencies_h: 'Мандаты по спискам в избирательных округах',
    col_constituency: 'Избирательный округ',
    col_note: 'Примечание',
    constituency_below: 'не прошли порог избирательного округа: {lists}',
    constituency_cell: '{seats} (голосов: {votes})',
    constituency_ne: 'мандаты не распределены: {why}',
    constituency_ne_protocols: 'в регионе нет учтённого протокола по спискам',
    constituency_ne_votes: 'учтённые протоколы региона не дают голосов за {lists} (замечания {code}): неполная сумма — это не голоса',
    constituency_price: 'последний мандат: {last}; первый нераспределённый: {next}',
    constituency_compensates: 'с учётом мандатов, полученных в одномандатных округах региона: {seats}',
    constituency_compensates_given: 'с учётом мандатов, полученных в одномандатных округах региона, по данным определения выборов (здесь не подсчитаны): {seats}',
    price_held_one: '(после {n} мандата в одномандатных округах: делитель его мандата {k})',
    price_held_few: '(после {n} мандатов в одномандатных округах: делитель его мандата {k})',
    price_held_many: '(после {n} мандатов в одномандатных округах: делитель его мандата {k})',
    not_given_n_constituency: 'Из них мандатов по спискам, полученных без названных депутатов (при распределении по избирательным округам подсчёт их не называет): {n}',
    deputies_not_given_constituency: '{list}: получено мандатов: {n}; депутаты списка не названы: при распределении мандатов по избирательным округам (list.constituency) подсчёт их не называет',
    col_party: 'Список',
    col_votes: 'Голоса',
    col_pct: '%',
    col_margin: 'Выше (+) или ниже (−) черты, голосов',
    col_regional: 'Региональный порог',
    col_seats: 'Мандаты',
    col_women: 'Женщины / нужно',
    col_source: 'Источник',
    deputies_h: 'Депутаты от списков',
    col_candidate: 'Кандидат',
    col_position: '№ в списке',
    col_sex: 'Пол',
    col_pref_votes: 'Преф. голоса',
    col_seated_by: 'Основание',
    seated_women_quota: 'квота женщин',
    seated_preference: 'преференции',
    seated_list_position: 'место в списке (закрытый список)',
    deputies_not_given: '{list}: получено мандатов: {n}; депутаты не указаны (в определении выборов нет кандидатов списка или они названы без мест в списке и пола)',
    official: 'официально',
    preliminary: 'предварительно',
    synthetic: 'синтетика',
    passed: 'пройден',
    failed: 'не пройден',
    not_evaluated: 'не проверялся',
    okrugs_h: 'Одномандатные округа',
    okrugs_districts_h_one: 'Округа: {n} × {seats} мандат',
    okrugs_districts_h_few: 'Округа: {n} × {seats} мандата',
    okrugs_districts_h_many: 'Округа: {n} × {seats} мандатов',
    okrug_candidates_h: 'Голоса каждого кандидата',
    okrug_candidates: '{okrug}: голоса каждого кандидата',
    okrug_blank_mark: 'пустые бюллетени: учтены, не кандидат; не входят в базу голосов',
    okrug_regions_h: '{okrug}: голоса по регионам',
    col_or_region: 'Регион',
    col_or_protocols: 'Протоколы',
    okrug_regions_more_candidates: 'ещё кандидатов с меньшим числом голосов, здесь не показанных: {n}; голоса каждого кандидата по регионам есть в JSON (okrug_regions) и в таблице итогов экспорта',
    okrug_regions_abroad: 'за рубежом (вне регионов)',
    okrug_regions_outside: 'вне регионов',
    okrug_regions_outside_said: 'протоколов, учтённых в итогах страны и ни в одном регионе: {n} (участков за рубежом: {abroad}; участков вне регионов выборов: {none}); строки регионов в сумме дают меньше итога страны, и правило, считающее регионы (okrug.spread), их не считает',
    majority_line_more_than: 'правило большинства: более {percent}% от {base} ({of}): нужно голосов: {needed}; у {leader} — {got}: {verdict}',
    majority_line_at_least: 'правило большинства: не менее {percent}% от {base} ({of}): нужно голосов: {needed}; у {leader} — {got}: {verdict}',
    majority_missed: 'не хватило {n}',
    majority_passed: 'превышено на {n}',
    majority_exact: 'ровно достаточно',
    okrug_regions_more_regions: 'ещё регионов, здесь не показанных: {n}; каждый регион есть в JSON (okrug_regions) и в таблице итогов экспорта',
    col_okrug: '№',
    col_okrug_name: 'Округ',
    col_outcome: 'Итог',
    col_leader: 'Победитель или лидер',
    col_leader_votes: 'Голоса',
    col_leader_votes_of: 'Голоса · % ({base})',
    col_pct_participants: '% от участвовавших',
    col_pct_found: '% от бюллетеней в ящиках',
    col_pct_valid: '% от действительных бюллетеней',
    col_pct_voters: '% от избирателей в списке',
    col_pct_votes: '% от голосов',
    pbase_participants: 'приняли участие (недействительные + действительные)',
    pbase_valid: 'действительные бюллетени',
    pbase_voters: 'избиратели в списке',
    pbase_votes: 'голоса за позиции бюллетеня',
    col_against: 'Против всех',
    col_okrug_margin: 'Отрыв',
    out_elected: 'избран',
    out_repeat_election: 'повторные выборы: «против всех» впереди',
    out_tie: 'равенство: нужен жребий',
    out_no_votes: 'нет голосов',
    out_annulled: 'итоги отменены: на всех участках округа',
    out_not_evaluated: 'не определено: нет протоколов',
    out_cannot_decide_under_rule: 'не может быть определено по правилу о поле: не распределено',
    out_not_evaluated_sex_not_given: 'не определено: не указан пол кандидата (нужен для правила о поле)',
    out_runoff: 'второй тур: ни один кандидат не набрал требуемого большинства',
    out_runoff_spread: 'второй тур: лидер не набрал требуемой доли в достаточном числе регионов (правило распределения)',
    runoff_tied_second: 'во второй тур выходит {goes}; за второе место равенство между {tied}: по {value} голосов (ожидается жребий)',
    runoff_tied_rest: 'во второй тур выходят {goes}; за остальные места в нём равенство между {tied}: по {value} голосов (ожидается жребий)',
    runoff_tied_all: 'за места во втором туре равенство между {tied}: по {value} голосов (ожидается жребий)',
    blank_votes_tag: 'пустые бюллетени: действительные голоса; не список: без порога, без мандатов',
    out_not_evaluated_aggregate_leads: 'не определено: сумма голосов (вписанные, «Прочие») заняла бы место или место во втором туре либо делит его',
    out_not_evaluated_spread: 'не определено: правило распределения нельзя применить (регионы без учтённых протоколов или не только этого округа, или регионов меньше, чем требует правило)',
    out_not_evaluated_majority_base: 'не определено: база правила большинства не дана (в протоколах нет её строки или голосов за вариант, которые она суммирует)',
    out_not_evaluated_negative_votes: 'не определено: в учтённых протоколах голоса за вариант выбора отрицательны (замечание P106)',
    out_not_evaluated_no_candidates: 'не определено: голоса за кандидатов не даны',
    district_unfilled: 'не распределено мандатов: {n}',
    district_rule: 'избран(а) по правилу о поле',
    prov_district_cannot_be_decided: 'Округов, итоги в которых нельзя определить по правилу о поле (мало кандидатов одного пола с голосами): {n} ({affects}). Мандаты в них не распределены; что дальше, набор правил не определяет.',
    prov_candidate_sex_not_given: 'Округов с кандидатами без указания пола, нужного для правила о поле: {n} ({affects}). Итоги в них не определены, мандаты не распределены.',
    prov_aggregate_leads: 'Округов, в которых сумма голосов за нескольких лиц (строка вписанных кандидатов, «Прочие») заняла бы место или место во втором туре либо делит его, а эти голоса могут быть голосами одного лица или многих: {n} ({affects}). Итоги в них не определены, мандаты не распределены.',
    prov_spread_not_evaluated: 'Округов, итоги в которых нельзя определить по правилу распределения, так как часть их регионов не оценена (нет учтённых протоколов, нет строки базы или там есть участки другого округа) или регионов в них меньше, чем требует правило: {n} ({affects}). Итоги в них не определены, мандаты не распределены.',
    prov_majority_base_not_evaluated: 'Округов, итоги в которых нельзя определить по правилу большинства, так как в протоколах нет строки его базы или голосов за вариант, которые она суммирует: {n} ({affects}). Итоги в них не определены, мандаты не распределены.',
    prov_negative_votes: 'Вариантов выбора, голоса за которые учтённые протоколы дают отрицательными числами (где именно, говорит замечание P106): {n} ({scope}). Барьер такого списка не оценён, итоги такого округа не определены; на этом основаны эти мандаты: {affects}.',
    prov_no_choices: 'Бюллетеней, в учтённых протоколах которых нет ни одного варианта, так что файлы не дают голосов: {n} ({affects}). Мандаты по ним не распределены.',
    provisional_h: '⚠ Предварительный результат: он зависит от данных, которые не были оценены',
    relation_errors_h: '⚠ Учтённых протоколов, не выполняющих контрольные соотношения: {n} ({codes})',
    relation_errors_seats: 'Мандаты рассчитаны по цифрам в том виде, в каком они даны, включая цифры этих протоколов; каждое расхождение указано в замечаниях. Исправленные цифры могут дать другое распределение.',
    relation_errors_arc: 'Рассчитано по цифрам в том виде, в каком они даны: учтённых протоколов, не выполняющих контрольные соотношения: {n} ({codes}).',
    relations_unchecked_h: '⚠ Ни одно контрольное соотношение не удалось проверить: учтённые протоколы ({n}) не дают ни одной строки формы протокола (избиратели в списке, действительные и недействительные бюллетени…), только голоса за варианты',
    relations_unchecked_fix: 'Мандаты рассчитаны по голосам в том виде, в каком они даны, и ничто не сверяет их с бюллетенями. Чтобы проверить их, сопоставьте строки файла: "lines": {"voters": "<столбец>", "valid": "<столбец>", "invalid": "<столбец>"} в сопоставлении.',
    relations_unchecked_lines_h: '⚠ Ни одно контрольное соотношение не удалось проверить: учтённые протоколы ({n}) дают лишь строки формы протокола {given}, по которым не проверить ни одного соотношения формы',
    relations_unchecked_map: 'Мандаты рассчитаны по голосам в том виде, в каком они даны, и ничто не сверяет их с бюллетенями. Чтобы проверить их, сопоставьте столбцы файла строкам {lines}: "lines": {example} в сопоставлении.',
    relations_unchecked_column: '<столбец>',
    prov_threshold_base: 'Общенациональный порог не определён: протоколов по партийным спискам без строк, из которых складывается его база ({scope}): {n} (замечание X227). База не берётся меньшей, мандаты по спискам не распределены.',
    prov_threshold_base_votes: 'Общенациональный порог не определён: его база — голоса за варианты из бюллетеня, а учтённые протоколы по партийным спискам не дают голосов за {scope}: {n} (замечание X229). База не берётся меньшей, мандаты по спискам не распределены.',
    prov_list_threshold_not_evaluated: 'Списков, для которых общенациональный порог не определён, так как учтённые протоколы не дают их голосов (ни одного или слишком мало, чтобы без недостающих чисел достичь порога; замечание X229): {n} ({scope}). Мандаты по спискам распределены между прошедшими порог списками без них: от них зависят все мандаты по спискам.',
    votes_partial: 'неполная сумма: протоколов без этого числа: {n}',
    prov_regional_threshold: 'Региональный порог не определён ({scope}): {affects} допущены к распределению мандатов только по общенациональному результату, и от этого зависят все мандаты по спискам.',
    prov_okrug_no_protocols: 'Округов без единого протокола: {n} ({affects}). Итоги в них не определены, мандаты не распределены.',
    prov_no_list_protocols: 'Не учтено ни одного протокола ручного подсчёта по партийным спискам, и ни один участок не известен (замечание X215 проверить нельзя). Барьер не оценён, мандаты по спискам не распределены.',
    prov_missing_list_protocols: 'Участков без протокола ручного подсчёта по партийным спискам: {n} (замечание X215). Все мандаты по спискам распределены по неполному подсчёту.',
    prov_missing_okrug_protocols: 'Участков без протокола ручного подсчёта по одномандатному округу: {n} (замечание X216). Итоги в этих округах определены по неполному подсчёту: {affects}.',
    prov_no_regions: 'в выборах не определены регионы',
    prov_missing_votes: 'Протоколов без голосов за вариант из бюллетеня: {n} (замечание X229; голоса за {scope}). Отсутствующие голоса не считаются нулём, сумма без них отмечена как неполная; от них зависят: {affects}.',
    prov_all_list_seats: 'все мандаты по спискам',
    prov_unreadable_rows: 'Пропущено строк, которые не удалось прочитать: {n} (замечание I601). То, что в них было, не учтено (строка широкого файла — целый протокол, строка длинного — одно число протокола, который учтён без него, строка файла бюллетеней — один бюллетень или столько, сколько указано в её счётчике), а участка или округа, названного только в них, нет в результате; эти мандаты определены по прочитанным строкам: {affects}.',
    prov_duplicate_protocols: 'Протоколов, данных более одного раза для одного участка, бюллетеня и вида подсчёта: {n} (замечание X207). Учтена каждая копия (какая верна, неизвестно); эти мандаты определены по суммам, где они могут быть учтены дважды: {affects}. Разные участки с одним номером (файлы двух муниципалитетов, каждый нумерует свои участки с 1) различаются, если назвать участок ещё одним столбцом, ячейки которого их различают: "precinct": {"columns": ["municipality", "station"]}, где сопоставление называет его только "station", или этот столбец, добавленный в "columns", которые сопоставление уже даёт (каждое замечание X207 называет первую и последнюю строку); файлы, каждый из которых даёт часть каждого протокола (строки в одном, голоса в другом), соединяются в один протокол, если в каждом сопоставлении сказано "part": true.',
    prov_total_rows_counted: 'Строк, которые являются итогами других строк и подсчитаны как участки: {n} (замечание I603; {scope}). Голоса их строк учтены больше одного раза в суммах, по которым определены эти мандаты: {affects}. Исключите итоговые строки фильтром строк в сопоставлении (rows.where).',
    prov_precinct_okrug_differs: 'Строк бюллетеня округа, которые называют не тот округ, что у их участка: {n} (замечание I605; {scope}). Каждая учтена в округе своего участка (по определению или по первому файлу, где он назван), а не в названном; что верно, неизвестно, и эти мандаты определены с ними или без них: {affects}.',
    prov_okrug_written_two_ways: 'Округ, записанный двумя способами? Пар: {n} (замечания X233, X234; {scope}), учтены отдельно: от этого зависят мандаты: {affects}.',
    prov_relation_gap: 'Учтённых протоколов, не выполняющих контрольное соотношение своих голосов, в округах, исход которых их расхождения могут изменить: {n} (замечания {codes}; {scope}, у каждого его расхождение). В этих округах сумма расхождений их протоколов не меньше отрыва победителя, или исход не ограничен отрывом: исправленные цифры могут его изменить: {affects}.',
    prov_choice_named_two_ways: 'Вариантов округов, которые сопоставления их строк называют двумя способами: {n} (замечание X237; {scope}). Два человека под одним ID, чьи голоса сложены как голоса одного кандидата, или один человек, записанный двумя способами: что верно, неизвестно, и от этого зависят мандаты: {affects}. Дайте каждому человеку в сопоставлениях свой ID или назовите его одинаково.',
    prov_summed_rows_repeat_figure: 'Протоколов длинных файлов, в которых суммированы строки ("choice_rows": "sum"), повторяющие одно и то же число: {n} (замечание I611; {scope}). Если это число — итог, повторённый в строке каждой его части, суммы учитывают его по разу на строку; по этим суммам определены мандаты: {affects}.',
    prov_summed_votes_over_voters: 'Протоколов длинных файлов, голосов в которых после суммирования строк ("choice_rows": "sum") больше, чем могут подать избиратели, включённые в список: {n} (замечание I612; {scope}). Суммированные строки могут относиться к двум бюллетеням или голосованиям, голоса которых суммы учитывают вместе; по этим суммам определены мандаты: {affects}.',
    prov_summed_rows_people: 'Протоколов длинных файлов, в которых суммированы строки одного кандидата, называющие двух разных людей: {n} (замечание I613; {scope}). Суммы складывают голоса двух кандидатов в голоса одного; по этим суммам определены мандаты: {affects}.',
    prov_same_figures_counted: 'Строк, копирующих строку другого участка и подсчитанных как участки: {n} (замечание I617; {scope}). Без копий эти мандаты могли бы измениться: {affects}.',
    prov_votes_part_repeats_line: 'Протоколов длинных файлов, в которых одно из слагаемых столбца голосов (votes_column) даёт всем вариантам одно и то же число: {n} (замечание I615; {scope}). Скорее всего, это строка протокола, повторённая в каждой его строке файла, и сумма прибавляет её к голосам каждого варианта; по этим суммам определены мандаты: {affects}.',
    prov_summed_rows_numbers: 'Вариантов бюллетеня по округу, суммированных из строк, которые различаются только числовыми ячейками: {n} (замечание I610; {scope}). Ни одна текстовая ячейка не различает их как части одного числа: скорее всего, это два человека с одной меткой ("Independent") или повторённый итог. Итоги в этих округах определены по таким суммам (вариант избран или его голоса не меньше отрыва победителя): {affects}.',
    prov_one_choice_everywhere: 'Единственный вариант во всех округах или в бюллетене по спискам, «{scope}» (замечание X231), скорее всего, не вариант, а столбец голосов всех вариантов (голоса длинного файла прочитаны как выбор широкого); им получены мандаты: {affects}. Сопоставьте файл как длинный (layout, choice_column, votes_column); если это кандидат, у которого нигде не было соперников, мандаты верны.',
    prov_choice_is_total: 'Вариантов, победивших с числом голосов, которое читается как итог голосов остальных вариантов: {n} (замечание X235; {scope}). Скорее всего, это столбец голосов всех вариантов, сопоставленный как вариант; по нему определены мандаты: {affects}. Сопоставьте этот столбец как строку ("valid") или исключите его ("ignore").',
    prov_not_choice_seated: 'Вариантов, названных как пустые или испорченные бюллетени, «против всех» или «ни один из перечисленных» и получивших мандаты: {n} (замечание X232; {scope}). Скорее всего, это число протокола, сопоставленное как вариант; по нему определены мандаты: {affects}. Укажите его в blank_votes сопоставления или сопоставьте как строку; если он есть в бюллетене, сопоставьте его как against_all с набором правил, в котором okrug.against_all говорит, что он значит.',
    prov_pooled_choice_seated: 'Вариантов, названных как голоса остальных вместе («rest», «Другие»), получивших мандаты: {n} (замечание X236; {scope}). Это голоса нескольких партий или кандидатов, а не чьи-то одни: скорее всего, это совокупность, сопоставленная как вариант; по ней определены мандаты: {affects}. Укажите её в aggregates сопоставления (тогда она не получает мандатов) или переименуйте, если это одна партия.',
    prov_placing_choice_seated: 'Вариантов, названных занятым местом («winner», «runner-up»), получивших мандаты: {n} (замечание X238; {scope}): занявший это место — в каждой строке другой кандидат; по нему определены мандаты: {affects}.',
    prov_aggregate_list_passes: 'Списков, объединяющих голоса нескольких списков («Прочие») и преодолевших порог: {n}. Эти голоса могут быть голосами одного списка или многих, поэтому неизвестно, какие списки преодолели порог; мандаты по спискам не распределены.',
    prov_named_total_counted: 'Строк, названных итоговыми, но не равных итогу других строк, подсчитаны как участки: {n} (замечание I608; {scope}). Если такая строка — итог, её голоса учтены дважды в суммах, по которым определены эти мандаты: {affects}. Если это итог, исключите её фильтром строк в сопоставлении (rows.where); если это участок с таким названием, мандаты остаются.',
    prov_total_choice: 'Варианты, которые сопоставление длинного файла называет словами итоговой строки («Total» в choice_values): {scope}. Если их строки — итоги каждого голосования, а не голоса кандидата, их голоса учтены как голоса варианта; с ними определены эти мандаты: {affects}. Сопоставьте такую ячейку строке протокола (line_values, "valid") или исключите её строки (rows.where).',
    prov_first_choices_only: 'Ранжированные бюллетени подсчитаны только по первым предпочтениям: {scope}. Туры ранжированного подсчёта (исключение кандидата с наименьшим числом голосов и передача его бюллетеней следующему предпочтению) не проводились: эти округа определены по первым предпочтениям, а ранжированный подсчёт может избрать другого: {affects}.',
    prov_unconfirmed_mapping: 'Сопоставления, в которых остались догадки черновика (shailoo mapping draft): {scope}. Их никто не подтвердил (черновик может принять итог, код или строку протокола за вариант выбора); на них определены эти мандаты: {affects}.',
    prov_header_data_row: 'Файлов, заголовок которых кончается строкой, похожей на строку данных: {n} (замечание I604). Если это строка данных, то, что в ней было, не учтено (строка широкого файла — целый протокол, строка длинного — одно число протокола, который учтён без него); без неё определены эти мандаты: {affects}.',
    prov_unplaced_protocols: 'Учтённых протоколов, регион (бюллетень по спискам) или округ (бюллетень по округу) которых не указан или не определён: {n} (замечания X208, X212, X213, X217, X218). Без их голосов определены: {affects}.',
    prov_okrug_protocols_abroad: 'Протоколов по округу с зарубежных участков, не учтённых ни в одном округе: {n} (замечание X214: по набору правил зарубежный участок голосует только по спискам). Без их голосов определены: {affects}. Если закон учитывает голоса, поданные за рубежом (президент, избираемый по всей стране), это говорит набор правил: "okrug": {"abroad": "counted"}.',
    prov_constituency_not_evaluated: 'Избирательных округов, мандаты которых по спискам не распределены (нет учтённых протоколов региона, или его протоколы не дают голоса списка либо дают их отрицательными числами): {n} ({scope}). Их мандаты ни распределены, ни оставлены вакантными: {affects}.',
    prov_compensated_okrugs_not_decided: 'Не решённых одномандатных округов: {n} ({scope}). Мандаты по спискам их регионов распределяются с учётом мандатов, полученных в одномандатных округах, и не распределены; они ни распределены, ни оставлены вакантными: {affects}.',
    prov_compensated_okrugs_provisional: 'Одномандатных округов, решённых на неоценённых данных или вне регионов: {n} ({scope}). На них основаны мандаты по спискам, распределённые с учётом мандатов в одномандатных округах: {affects}.',
    prov_compensated_okrugs_unknown: 'Регионов, места которых в округах неизвестны: {n} ({scope}): в них нет ни одного округа выборов или файлов, и определение не даёт их okrug_seats (пустой okrug_seats говорит, что ни один список их не получил). Мандаты по спискам этих регионов распределяются с учётом мандатов, полученных в одномандатных округах, и не распределены; они ни распределены, ни оставлены вакантными: {affects}.',
    prov_compensated_winners_no_list: 'Победителей в округах, список которых определение не даёт: {n} ({scope}). Их места не засчитаны ни одному списку, как места независимых кандидатов; на этом основаны мандаты по спискам, распределённые с учётом мандатов в одномандатных округах: {affects}.',
    prov_list_exhausted: 'Списков, получивших больше мандатов, чем у них кандидатов: {n} (мандаты > кандидаты: {scope}). Набор правил не говорит, переходит ли такой мандат к следующему частному или остаётся вакантным (list.exhausted "next" или "vacant"): они оставлены вакантными, и на этом основаны эти мандаты: {affects}.',
    no_okrugs: 'В этих выборах нет округов.',
    no_list_tier: 'В наборе правил нет партийных списков: нет порога, нет мандатов по спискам.',
    annul_label: 'Отменить итоги (необязательно): участки, кандидаты, выборы по одномандатному округу или регионы, по их номерам',
    annulled_h: 'Отмена итогов: что меняется',
    annulled_none: 'Никто не теряет и не получает мандат.',
    annulled_seats: 'Распределено мандатов: {base} по протоколам как есть, {alt} без отменённого.',
    annulled_precinct: 'итоги участка {id}',
    annulled_candidate: 'голоса за кандидата {id}',
    annulled_okrug: 'итоги выборов по одномандатному округу {id}',
    annulled_region: 'итоги всех участков региона {id}',
    ne_check: 'проверка «{title}»',
    annulled_item: 'Отменены {what}.',
    annul_banner: 'Действует отмена итогов («что если»): {what}. Все цифры на этой странице пересчитаны без отменённого: это не опубликованные итоги.',
    annul_clear: 'Снять отмену и пересчитать',
    annul_prov: 'Без отмены итогов: {prov} Показанные цифры пересчитаны без отменённого ({n}) и не являются опубликованными.',
    prov_recomputed: '{prov}, пересчитано без отменённого ({n})',
    synth_checks: 'Эти проверки выполнены на синтетических протоколах участков, подобранных так, чтобы воспроизвести опубликованные цифры: совпадение заложено при их построении и ничего не говорит о настоящем подсчёте.',
    synth_published: 'Пересчёт опирается на синтетические протоколы участков, подобранные так, чтобы воспроизвести опубликованные цифры: совпадение заложено при их построении и не проверяет настоящий подсчёт.',
    synth_charts: 'Эти графики построены по синтетическим протоколам участков: они показывают, как были созданы данные-заменители, а не как голосовали настоящие участки.',
    synth_copy: 'Протокол, с которым сравнивается ваша копия, синтетический: он заменяет протокол, который не публиковался.',
    synth_protocol: 'Эти протоколы синтетические: они заменяют протоколы, которые не публиковались.',
    col_copy: 'Ваша копия',
    regional_moot: '{status} (не учитывается: общий порог не пройден)',
    not_counted: 'Мандаты не распределены: {why}',
    ties_h: 'Равенства и решения, принятые не только голосами',
    ties_awaiting: 'Равенство ждёт жребия: эти мандаты не распределены.',
    ties_decided: 'Все равенства разрешены, но мандат определило не только голосование.',
    tie_line_one: '{context} ({stage}): {tied} равны за {seats} мандат при {value}',
    tie_line_few: '{context} ({stage}): {tied} равны за {seats} мандата при {value}',
    tie_line_many: '{context} ({stage}): {tied} равны за {seats} мандатов при {value}',
    tie_line_runoff_one: '{context} ({stage}): {tied} равны за {seats} место во втором туре при {value}',
    tie_line_runoff_few: '{context} ({stage}): {tied} равны за {seats} места во втором туре при {value}',
    tie_line_runoff_many: '{context} ({stage}): {tied} равны за {seats} мест во втором туре при {value}',
    tie_where_list: 'мандаты по спискам',
    tie_where_constituency: 'мандаты по спискам, {region}',
    tie_where_party: 'внутри списка {party}',
    tie_where_okrug: 'округ {okrug}',
    tie_value_largest_remainder: 'остаток в долях квоты: голоса списка / квота за вычетом целых мандатов',
    tie_value_highest_quotient: 'частное: голоса списка / его делитель',
    tie_stage_plurality: 'относительное большинство',
    tie_stage_against_all: '«против всех» наравне с лидером',
    tie_stage_ranked_exclusion: 'исключение в ранжированном подсчёте, места остающихся',
    tie_stage_runoff: 'выход во второй тур',
    tie_stage_district: 'мандаты округа',
    tie_stage_largest_remainder: 'наибольший остаток',
    tie_stage_highest_quotient: 'наибольшее частное',
    tie_stage_women_quota: 'квота для женщин',
    tie_stage_preference: 'преференциальные голоса',
    tie_stage_list_position: 'место в списке',
    tie_not_evaluated: 'преференции не оценены (нет в протоколах)',
    tie_awaiting: 'ждёт жребия: не распределено',
    tie_awaiting_runoff: 'ждёт жребия: кто выходит во второй тур, не решено',
    tie_lots_key: 'жребий по ключу {context}',
    tie_settled: 'решено {how}: {winners}',
    tie_by_registration_order: 'по порядку регистрации (правила)',
    tie_by_ballot_order: 'по порядку в бюллетене (правила)',
    tie_by_list_position: 'по месту в списке (правила)',
    tie_by_lots: 'жребием (из входных данных)',
    tie_by_lot_seed: 'жребием, вытянутым из публичного зерна «{seed}»',
    tie_by_against_all_tie: 'правилом against_all_tie «{rule}»',
    lot_seed_meta: 'Жребий вытянут из публичного зерна «{seed}».',
    ranked_rounds: '{okrug}: ранжированный подсчёт по турам',
    ranked_round: 'тур {n}',
    ranked_continuing: 'бюллетени за оставшихся кандидатов',
    ranked_exhausted: 'выбывшие с 1-го тура',
    ranked_no_choice: 'Бюллетеней, не отданных ни одному кандидату с 1-го тура (ни одного предпочтения, испорченные или выбывшие на первых предпочтениях): {n}. В 1-м туре бюллетень без первого предпочтения засчитывается следующему, если так говорят правила: его числа могут отличаться от протокольных, которые даны по первым предпочтениям.',
    ranked_elected: 'Тур {n}: избран(а) {who}, {votes} из {continuing} бюллетеней за оставшихся кандидатов, больше половины (2 × {votes} = {twice} > {continuing}).',
    ranked_excluded_fewest: 'Тур {n}: исключён(а) {who}, у кого меньше всего голосов; его бюллетени переходят к следующему оставшемуся предпочтению.',
    ranked_excluded_batch: 'Тур {n}: вместе исключены {who}: их голосов вместе меньше, чем у следующего кандидата, и никто из них не может победить (правило exclusion "batch").',
    ranked_excluded_previous_round: 'Тур {n}: исключён(а) {who}: равенство по наименьшему числу голосов, а в одном из прежних туров голосов было меньше, чем у других (правило tie "previous_round").',
    ranked_excluded_lots: 'Тур {n}: исключён(а) {who}: равенство по наименьшему числу голосов, вытянут(а) последним(ей) по жребию.',
    ranked_tie: 'Тур {n}: {who} — равенство при исключении, по {votes} голосов: нужен жребий (--lots или --lot-seed), округ не определён.',
    okrug_ranked_mark: 'ранжированный подсчёт, туров: {n}; избран(а): {winner}',
    okrug_first_choices_majority_mark: 'только первые предпочтения, но у лидера больше половины бюллетеней округа: ни один тур ранжированного подсчёта не изберёт другого',
    tie_by_previous_round: 'по прежнему туру (правила)',
    okrug_first_choices_mark: 'только первые предпочтения: туры ранжированного подсчёта не проводились',
    okrug_provisional_mark: 'предварительно: зависит от непроверенных данных',
    okrug_overturn_cannot: 'неуказанные голоса не могут его изменить',
    okrug_overturn_could: 'неуказанные голоса могут его изменить',
    okrug_relation_could: 'расхождения невыполненных контрольных соотношений его протоколов ({gap}) могут его изменить (отрыв {margin})',
    okrug_relation_could_unbounded: 'невыполненные контрольные соотношения его протоколов могут его изменить',
    okrug_relation_least_below: 'наименьшая поправка невыполненных контрольных соотношений его протоколов ({gap}) меньше его отрыва ({margin}): она не изменила бы исход, большая могла бы',
    okrug_relation_least_below_majority: 'наименьшая поправка невыполненных контрольных соотношений его протоколов ({gap}) меньше наименьшей, которая могла бы изменить исход по правилу большинства ({margin}: отрыв или расстояние до черты большинства или второго тура): она не изменила бы исход, большая могла бы',
    okrug_relation_could_majority: 'расхождения невыполненных контрольных соотношений его протоколов ({gap}) могут его изменить по правилу большинства (наименьшая такая поправка: {margin})',
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
    precinct_hint: 'Выберите участок в замечаниях или введите его код.',
    precinct_hint_example: 'Выберите участок в замечаниях или введите его код: в этих выборах код выглядит как «{id}»; одна его последняя часть («{tail}») покажет участки, которые подходят.',
    precinct_hint_id: 'Выберите участок в замечаниях или введите его код: в этих выборах код выглядит как «{id}».',
    ne_and: ' и ',
    precinct_like_first: 'Первые из них ({shown}):',
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
    published_ok_where: 'Опубликованные итоги совпадают с пересчётом там, где их удалось сверить.',
    published_unchecked: 'Не проверено опубликованных цифр: {n} ({list}); почему — в разделе «Не проверено».',
    published_unchecked_more: '{first} и ещё {m}',
    published_bad: 'Опубликованные итоги расходятся с пересчётом. Расхождений: {n}.',
    published_nothing: 'Ничего не сверено: в итогах нет ни одной цифры, которую даёт пересчёт, поэтому они не подтверждены.',
    published_compared: 'Сверено опубликованных цифр с пересчётом: {n}, совпало: {m}.',
    published_compared_check: 'сверено: {n}, совпало: {m}',
    published_compared_check_fewer: 'сверено: {n}, верны только при своём числе знаков, меньшем, чем по набору правил (не считаются совпавшими)',
    published_compared_named: 'округ {okrug}: «{published}», имя кандидата точно как в пересчёте, сверено как «{id}»',
    published_of: 'Итоги: {name}',
    pub_share_follows: 'следует из расхождения {codes}',
    pub_shares_follow: 'Доля с пометкой «следует из» верна для опубликованных в итогах голосов и базы: она расходится с пересчётом лишь потому, что расходятся эти числа (их замечания ниже), а не из-за ошибки округления.',
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
    against_all_share: 'Против всех: {votes} ({pct} от базы порога, {base})',
    against_all_votes: 'Против всех: {votes} (база порога не оценена)',
    against_all_not_given: 'Против всех: не оценено: учтённые протоколы не дают этих голосов (X229)',
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
    col_published: 'Опубликовано',
    not_published: 'не опубликовано',
    unit_pp: 'п. п.',
    pub_sum_over: 'Опубликованные доли списков в сумме дают {sum}%, а это невозможно: вместе они не могут превышать 100%.',
    pub_sum_explain: 'Доля каждого списка — это его голоса из одного и того же числа избирателей, поэтому все доли вместе не могут превышать 100% (чуть больше — только из-за округления). Итоги опубликованы с ошибкой; в таблице ниже для каждого списка опубликованная доля стоит рядом с долей, которую дают его голоса.',
    pub_shares_wrong: 'В опубликованных итогах неверная доля у списков: {n} (всего расхождений: {m}).',
    shares_h: 'Опубликованные доли рядом с пересчётом',
    shares_note: 'Разница — в процентных пунктах (п. п.): 7,04 п. п. значит, что опубликованная доля завышена на 7,04 пункта из 100, а не на 704 голоса.',
    col_pub_share: 'Опубликованная доля',
    col_our_share: 'Доля по голосам',
    col_share_gap: 'Разница',
    published_other_h: 'Другие расхождения',
    published_all: 'Все замечания с формулами ({n})',
    progress_download: 'Загрузка программы подсчёта… {mb} МБ',
    progress_start: 'Запуск программы подсчёта…',
    offline_ready: 'Теперь эта страница работает и без сети.',
    copy_empty: 'Сравнивать нечего: введите хотя бы одну цифру из вашей копии.',
    copy_compared: 'Сравнено введённых цифр: {n}. Не сравнивалось (поля пустые): {m}.',
    copy_bad_field: 'Только цифры: «{value}» — не целое число.',
    copy_fix: 'Исправьте отмеченные поля: ничего не сравнивалось.',
    copy_differs_mark: 'расходится: опубликовано {want}',
    need_mapping_for: 'Для {name} нужен файл сопоставления столбцов (JSON): добавьте его, чтобы подсчитать.',
    need_election_for: '{name}: файла выборов нет, поэтому описание выборов выводится из сопоставления: партии и участки такие, как их даёт файл. Чтобы подсчитать по описанию самих выборов, добавьте их файл (JSON).',
    mapping_for: 'сопоставление: {name}',
    ne_undecided: 'пересчёт не определяет итог в округе: {outcome}; в итогах опубликовано: {said}',
    ne_pub_outcome: 'итог {x}',
    ne_pub_winner: 'победитель {x}',
    ne_pub_winners: 'победители {x}',
    'ne:not published': 'не опубликовано',
    'ne:not published for some lists': 'не опубликовано для некоторых списков',
    'ne:the summary publishes no okrug': 'в итогах нет ни одного округа',
    'ne:no percentage is published': 'проценты не опубликованы',
    'ne:the election defines no okrugs': 'в выборах нет округов',
    'ne:the election defines no regions': 'в выборах не заданы регионы',
    'ne:the election has no manual-count list protocols': 'нет протоколов ручного подсчёта по спискам',
    'ne:the election has no manual-count okrug protocols': 'нет протоколов ручного подсчёта по округам',
    'ne:the protocol gives no preference votes': 'в протоколе нет преференциальных голосов',
    'ne:the sex of some candidates is not known': 'пол некоторых кандидатов неизвестен',
    'ne:the list has no candidates': 'в списке нет кандидатов',
    'ne:the list has no candidates defined': 'кандидаты списка не указаны',
    'ne:not in force in the rule set': 'не действует в этом наборе правил',
    'ne:no voters on the list in the recount': 'в пересчёте нет избирателей в списке',
    'ne:a totals-only count runs no cross-check between protocols': 'подсчёт только по итогам не сверяет протоколы между собой',
    'ne:the protocol lacks the votes for the list': 'в протоколе нет голосов за список',
    'ne:the protocol lacks the votes for some choices on the ballot': 'в протоколе нет голосов за некоторые варианты в бюллетене',
    'ne:whether some candidates have a disability is not known': 'неизвестно, есть ли у некоторых кандидатов инвалидность',
    'ne:a protocol lacks line(s) ': 'в протоколе нет строк: ',
    'ne:the protocol lacks line(s) ': 'в протоколе нет строк: ',
    ne_form_remedy: 'если в форме протокола комиссии такой строки нет, укажите строки формы в наборе правил: "protocol": {"lines": [...]} без неё (docs/rules.md#the-protocol-form), и соотношение проверяется по ним',
    'ne:not on the protocol form: ': 'нет в форме протокола: ',
    'ne:the protocol gives line(s) the form does not have: ': 'в протоколе есть строки, которых нет в форме протокола: ',
    'ne:a protocol gives line(s) the form does not have: ': 'в одном из протоколов есть строки, которых нет в форме протокола: ',
    'ne:the choices on the ballot are not known: ': 'варианты в бюллетене неизвестны: ',
    'ne:does not apply: the lists are closed (no preference votes)': 'не применяется: списки закрытые (преференциальных голосов нет)',
    'ne:the precinct is not defined': 'участок не определён в описании выборов',
    'ne:the definitions of the precinct name different okrugs': 'в описаниях участка указаны разные округа',
    'ne:duplicate machine-count protocols': 'протоколы автоматического подсчёта повторяются',
    'ne:no manual-count protocol to compare with': 'нет протокола ручного подсчёта для сравнения',
    'ne:the machine-count protocols came to a check not told to expect them': 'протоколы автоматического подсчёта поступили в проверку, которая их не ожидала',
    'ne:no choice is on the ballot and the protocol gives no votes': 'в бюллетене нет вариантов, и протокол не даёт голосов',
    'ne:the protocol lacks preference votes for some candidates of the list': 'в протоколе нет преференциальных голосов за некоторых кандидатов списка',
    'ne:a candidate of the list holds more than one list place': 'кандидат списка занимает в нём больше одного места',
    'ne:the age of some candidates is not known': 'возраст некоторых кандидатов неизвестен',
    'ne:the ethnicity of some candidates is not known': 'национальность некоторых кандидатов неизвестна',
    'ne:the rule set gives no published rules (decimals, rounding): published percentages are not compared': 'в наборе правил нет правил публикации (знаки после запятой, округление): опубликованные проценты не сравниваются',
    'ne:the recount fills no list seat: its threshold is not evaluated (protocols lack a line of its base)': 'пересчёт не распределяет мандатов по спискам: его порог не определён (в протоколах нет строки его базы)',
    'ne:the recount\'s participants is not evaluated: protocols lack a line of it': 'число принявших участие в пересчёте не определено: в протоколах нет его строки',
    'ne:the recount\'s voters is not evaluated: protocols lack a line of it': 'число избирателей в пересчёте не определено: в протоколах нет его строки',
    'ne:the recount\'s valid is not evaluated: protocols lack a line of it': 'число действительных бюллетеней в пересчёте не определено: в протоколах нет его строки',
    'ne:the list\'s votes are not published': 'голоса списка не опубликованы',
    'ne:the summary does not publish the voters who took part ("participants"), the base of its percentages': 'в итогах не опубликовано число принявших участие («participants») — база процентов',
    'ne:the summary does not publish the voters on the list ("voters"), the base of its percentages': 'в итогах не опубликовано число избирателей («voters») — база процентов',
    'ne:the summary does not publish the valid ballots ("valid"), the base of its percentages': 'в итогах не опубликовано число действительных бюллетеней («valid») — база процентов',
    'ne:the published base of the percentages is not a positive number': 'опубликованная база процентов не положительное число',
    'ne:the sum of the published votes overflows int64': 'сумма опубликованных голосов выходит за пределы int64',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list is published twice: ': 'сумма опубликованных голосов, база процентов, неизвестна: список опубликован дважды: ',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list\'s votes are not published: ': 'сумма опубликованных голосов, база процентов, неизвестна: голоса списка не опубликованы: ',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list\'s published votes are a partial sum: ': 'сумма опубликованных голосов, база процентов, неизвестна: опубликованные голоса списка — неполная сумма: ',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list\'s published votes are negative: ': 'сумма опубликованных голосов, база процентов, неизвестна: опубликованные голоса списка отрицательны: ',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list of the recount is not in the summary: ': 'сумма опубликованных голосов, база процентов, неизвестна: списка из пересчёта нет в итогах: ',
    'ne:where the report\'s figures come from is read from its shailoo-provenance: ': 'откуда цифры отчёта, прочитано из его shailoo-provenance: ',
    'ne:where the report\'s figures come from is read from its Status (certified: official; unofficial-complete, unofficial-partial: preliminary): ': 'откуда цифры отчёта, прочитано из его статуса Status (certified — официальные; unofficial-complete, unofficial-partial — предварительные): ',
    'ne:contests verify does not compare (ballot measures, retentions), not read: ': 'контесты, которые verify не сверяет (вопросы на голосовании, утверждение судей), не прочитаны: ',
    'ne:candidate contests not compared (the contest compared is the one named): ': 'выборы кандидатов, которые не сверены (сверяются только названные): ',
    'ne:counts at GpUnits other than a contest\'s district (precincts, regions) are not read: verify compares a contest\'s totals at its district; for a report of precinct counts alone, give its precinct rows to shailoo count as a protocols file, or add the totals; such GpUnits: ': 'числа по единицам GpUnit, кроме округа выборов (участки, регионы), не прочитаны: verify сверяет итоги выборов по их округу; для отчёта только с числами участков дайте его строки участков shailoo count как файл протоколов или добавьте итоги; таких GpUnit: ',
    'ne:counts given in parts by device class (scanner, hand count) and no total, read as the sum of their parts: ': 'числа, данные частями по типу устройства (сканер, ручной подсчёт) без итога, прочитаны как сумма частей: ',
    'ne:counts given in parts by vote type (early, election day, absentee...) and no total, read as the sum of their parts: ': 'числа, данные частями по способу голосования (досрочно, в день выборов, заочно...) без итога, прочитаны как сумма частей: ',
    'ne:the recount has no write-in choice (ID write-in): the published write-ins are not compared': 'в пересчёте нет выбора вписанных кандидатов (ID write-in): опубликованные вписанные голоса не сверены',
    'ne:the summary does not publish both the voters who took part and the voters on the list': 'в итогах не опубликованы оба числа: принявших участие и избирателей',
    'ne:the published voters on the list are not a positive number': 'опубликованное число избирателей не положительное число',
    'ne:invalid published rules: ': 'неверные правила публикации: ',
    quota_of_one: 'Квота {name} на {seats} мандат: {calc}',
    quota_of_few: 'Квота {name} на {seats} мандата: {calc}',
    quota_of_many: 'Квота {name} на {seats} мандатов: {calc}',
    quota_name_hare: 'Хэра',
    quota_name_droop: 'Друпа',
    quota_name_hagenbach_bischoff: 'Хагенбаха-Бишоффа',
    quota_name_imperiali: 'Империали',
    quota_raised: 'Квота {from} даёт больше мандатов ({n}), чем есть мест ({seats}): мандаты распределены заново по квоте {to}.',
    'fig:a defined precinct': 'участок из описания выборов',
    'fig:a defined okrug': 'округ из описания выборов',
    'fig:a defined region': 'регион из описания выборов',
    'fig:not published': 'не опубликовано',
    'fig:none': 'нет',
    'fig:no preference votes': 'без преференциальных голосов',
    'fig:a party on the ballot': 'партия из бюллетеня',
    'fig:a manual-count protocol': 'протокол ручного подсчёта',
    fig_candidate_in: 'кандидат в округе {okrug}',
    fig_votes_for: 'голоса за «{choice}»',
    'fig:a candidate on a party list': 'кандидат из партийного списка',
    'fig:no okrug-ballot protocol': 'нет протокола по округу',
    'fig:okrug-ballot protocol': 'протокол по округу',
    'fig:an okrug': 'округ',
    'fig:a region': 'регион',
    exact_word: 'точно',
    level_nation: 'по стране',
    level_list: 'список',
    level_okrug: 'округ',
    level_precinct: 'участок',
    level_region: 'регион',
    level_file: 'файл',
    pline_percent: 'доля, %',
    pline_sum: 'сумма долей',
    pline_votes: 'голоса',
    pline_turnout: 'явка, %',
    pline_participants: 'приняли участие',
    pline_voters: 'избиратели в списках',
    pline_seats: 'мандаты',
    pline_winner: 'победитель',
    pline_outcome: 'итог',
    nc_ambiguous: 'описание выборов неоднозначно (замечания {codes}): идентификатор задан дважды или зарезервирован',
    nc_base: 'базу порога нельзя вычислить по протоколам: ',
    'ne:duplicate manual-count protocols': 'протоколы ручного подсчёта повторяются',
    'ne:no manual-count list protocol to compare with': 'нет протокола ручного подсчёта по спискам для сравнения',
    'ne:the precinct is abroad': 'участок за рубежом',
    'ne:the precinct names no okrug': 'у участка не указан округ',
    'ne:the precinct\'s okrug is not defined': 'округ участка не определён',
    'data:Jogorku Kenesh election, 28 November 2021': 'Выборы в Жогорку Кенеш 28 ноября 2021 года',
    'data:Jogorku Kenesh, 28 November 2021: the law as the courts applied it': 'Жогорку Кенеш, 28 ноября 2021 года: закон так, как его применили суды',
    'data:Jogorku Kenesh, 28 November 2021: the CEC amendment of 15 Dec 2021 (women\'s quota rounded up)': 'Жогорку Кенеш, 28 ноября 2021 года: поправка ЦИК от 15 декабря 2021 года (квота для женщин с округлением вверх)',
    'data:Jogorku Kenesh, 10 October 2010: 120 list seats, 5% of the voters on the list nationally and 0.5% in each region, at most 65 seats per party, closed lists': 'Жогорку Кенеш, 10 октября 2010 года: 120 мандатов по спискам, порог 5% от числа избирателей в списке по стране и 0,5% в каждом регионе, не более 65 мандатов у одной партии, закрытые списки',
    'data:Jogorku Kenesh, 4 October 2015: 120 list seats, 7% national and 0.7% regional thresholds, at most 65 seats per party, closed lists': 'Жогорку Кенеш, 4 октября 2015 года: 120 мандатов по спискам, общенациональный порог 7% и региональный 0,7%, не более 65 мандатов у одной партии, закрытые списки',
    'data:Jogorku Kenesh, 30 November 2025: 30 districts of 3 seats, one vote, at most 2 of one sex': 'Жогорку Кенеш, 30 ноября 2025 года: 30 округов по 3 мандата, один голос, не более 2 депутатов одного пола',
    'data:kg2021': 'Общие итоги — официальные (постановление ЦИК № 836 от 15 декабря 2021 года); лидеры и доли в округах — предварительные (Kaktus.media, декабрь 2021 года); протоколы участков, данные по регионам, голоса остальных 15 списков, кандидаты и преференциальные голоса — синтетические, подобраны так, чтобы воспроизвести каждую опубликованную цифру.',
    rc_h: 'Сверка многих источников',
    rc_intro: 'Сравните опубликованные протоколы с копиями наблюдателей и с более ранней опубликованной версией: какие цифры расходятся, где, на сколько и изменились бы мандаты.',
    rc_drop: 'Перетащите сюда определение выборов, опубликованные файлы и копии (много файлов или папку) или выберите их ниже.',
    rc_f_election: 'Определение выборов (JSON; без него берётся из сопоставления первого CSV-файла)',
    rc_f_published: 'Опубликованные протоколы (CSV с описанием столбцов или JSON выборов)',
    rc_f_earlier: 'Более ранняя опубликованная версия (необязательно)',
    rc_f_copies: 'Копии наблюдателей (JSON, по одному протоколу)',
    rc_f_folder: 'Папка с копиями',
    rc_time_published: 'Время опубликованной версии (необязательно)',
    rc_time_earlier: 'Время ранней версии (необязательно)',
    rc_run: 'Сверить',
    rc_src_published: 'опубликовано',
    rc_src_earlier: 'ранее',
    rc_src_copies: 'копии',
    rc_loaded: '{what}: файлов {n}',
    rc_need: 'Нужны не менее двух источников (опубликованные файлы и копии или ранняя версия) и определение выборов, если его не даёт CSV-файл с сопоставлением.',
    rc_need_mapping: 'Для {name} нет описания столбцов (JSON-файл с тем же именем, например «list-mapping.json» для «list.csv»).',
    rc_unknown_file: '{name}: не определение, не описание столбцов, не протоколы и не копия; не используется.',
    rc_running: 'Сверка…',
    rc_done: 'Сверено за {s} с.',
    rc_sources_h: 'Источники',
    rc_source: '{name}: протоколов {n}',
    rc_base: 'база',
    rc_pairs_h: 'Итоги по парам источников',
    rc_pair: '{a} и {b}: сравнено протоколов {compared}, расходятся {differ} ({share}), цифр {figures}.',
    rc_touched: 'Округа: {okrugs}. Регионы: {regions}.',
    rc_only: 'Протоколов только в «{name}»: {n}.',
    rc_not_compared: 'Цифр, которые есть только в одном источнике, не сравнивалось: {n}.',
    rc_moved: 'Перемещено голосов ({b} − {a}): {list}.',
    rc_largest: 'Наибольшие расхождения: {list}.',
    rc_versions_h: 'Во времени',
    rc_version: 'От «{from}» ({from_time}) к «{to}» ({to_time}):',
    rc_impact_h: 'Влияние на мандаты',
    rc_impact: 'С цифрами «{source}» вместо «{base}»: заменено протоколов {sub}, изменено цифр {changed}, добавлено {added}, не учтено {left}.',
    rc_impact_kept: 'Протоколы «{base}», которых нет в «{source}» ({kept}), учтены с цифрами «{base}».',
    rc_impact_list: 'Список',
    rc_impact_seats: 'Мандаты: {name}',
    rc_impact_votes: 'Голоса: {name}',
    rc_no_move: 'Мандаты между списками не переходят.',
    rc_okrug_change: 'Округ {id}: {base} → {alt}.',
    rc_count_state: 'Подсчёт «{name}»: {state}.',
    rc_provisional: 'предварительный',
    rc_awaiting: 'равенство ждёт жребия',
    rc_errors: 'ошибок: {n}',
    rc_diffs_h: 'Расхождения',
    rc_diffs_summary: 'Расходится цифр: {n}; протоколов только в одном источнике: {only}; ошибок {errors}, предупреждений {warnings}.',
    rc_diffs_more: 'Показаны первые {shown} из {n} расхождений; в JSON есть все.',
    rc_precinct: 'Участок',
    rc_ballot: 'Бюллетень',
    rc_count: 'Подсчёт',
    rc_field: 'Показатель',
    rc_manual: 'ручной',
    rc_machine: 'автоматический',
    rc_none: 'нет',
    rc_precinct_show: 'Показать все источники участка {id}',
    rc_side_h: 'Участок {id}: все источники рядом',
    rc_side_caption: '{ballot}, подсчёт: {count}',
    rc_findings_h: 'Другие находки',
    rc_no_findings: 'Других нет, кроме расхождений.',
    rc_only_h: 'Протоколы только в одном источнике',
    rc_notes_h: 'Примечания',
    rc_note_none_lines: '«{source}» не даёт строк протокола (протоколов: {n}): эти числа не сравнивались',
    rc_note_none_votes: '«{source}» не даёт голосов (протоколов: {n}): эти числа не сравнивались',
    rc_note_none_preferences: '«{source}» не даёт преференциальных голосов (протоколов: {n}): эти числа не сравнивались',
    fz_h: 'Статистические отпечатки',
    fz_intro: 'Форма чисел участков: явка против доли списка, участки на целых процентах в сравнении со случайностью, последние цифры, машинный подсчёт против ручного, явка по регионам. Каждый график говорит, что он показывает и чего не доказывает: форма, которую случайность даёт редко, — это вопрос, а не ответ.',
    fz_seed: 'Зерно',
    fz_draws: 'Розыгрыши Монте-Карло',
    fz_run: 'Построить графики',
    fz_running: 'Графики строятся…',
    fz_done: 'Графики построены из зерна {seed}, {draws} розыгрышей, за {ms} мс тем же кодом на Go, что и в командной строке.',
    fz_bad_seed: 'Зерно — целое число от 0 до 18446744073709551615.',
    fz_stale: 'Графики относятся к другому подсчёту: постройте их заново.',
    feed_partial: 'Частичный результат: отчитались {n} из {m} участков',
    feed_complete: 'Отчитались все {m} участков',
    feed_protocols: 'учтено протоколов: по спискам {list} из {list_m}, по округам {okrug} из {okrug_m}',
    feed_following: 'Страница следит за лентой {url}: результат меняется по мере поступления протоколов.',
    feed_lost: 'Лента {url} недоступна; новая попытка. (Страница может следить только за лентой своего сайта: откройте её из ленты, shailoo feed --web.)',
    feed_bad: 'Это не адрес ленты: {url}',
    ty_h: 'Проверьте цифры, которые вы видели',
    ty_intro: 'Введите цифры так, как они были опубликованы (на сайте с итогами, по телевизору, в газете): долю каждого списка в процентах, как опубликовано (30,94 или 30.94), его голоса, если они были даны, и число принявших участие. Страница сверяет их с пересчётом так же, как командная строка проверяет опубликованные итоги. Цифры — ваши: страница никогда не выдаёт их за официальные.',
    ty_lists_demo: 'На странице не подсчитаны выборы: списки и пересчёт — встроенных выборов 2021 года.',
    ty_lists_result: 'Списки и пересчёт — тех выборов, что подсчитаны выше.',
    ty_col_list: 'Список',
    ty_col_share: 'Доля, как опубликовано, %',
    ty_col_votes: 'Голоса, как опубликовано (необязательно)',
    ty_participants: 'Приняли участие в голосовании, как опубликовано (необязательно)',
    ty_start: 'Ввести опубликованные цифры',
    ty_check: 'Проверить эти цифры',
    ty_clear: 'Очистить форму',
    ty_fill_h: 'Или заполните форму встроенным примером:',
    ty_fill_official: 'Официальные окончательные итоги (постановление ЦИК № 836 от 15 декабря 2021 года)',
    ty_fill_portal: 'Таблица сайта в ночь выборов, СИНТЕТИЧЕСКАЯ реконструкция (её доли в сумме дают 144%)',
    ty_source_typed: 'Источник этих цифр: введены вами.',
    ty_source_edited: 'Источник этих цифр: введены вами, начиная с примера {file}.',
    ty_source_official: 'Источник этих цифр: пример {file}, официальные цифры. Его источник, как он указан в файле:',
    ty_source_synthetic: 'Источник этих цифр: пример {file}, СИНТЕТИЧЕСКАЯ реконструкция, а не цифры, которые кто-то опубликовал. Его источник, как он указан в файле:',
    ty_result_h: 'Ваши цифры и пересчёт, сначала наибольшее расхождение',
    ty_col_figure: 'Цифра',
    ty_col_typed: 'Вы ввели',
    ty_col_recount: 'Пересчёт',
    ty_col_gap: 'Расхождение',
    ty_col_check: 'Проверка',
    ty_what_share: 'доля',
    ty_what_votes: 'голоса',
    ty_what_participants: 'приняли участие',
    ty_gap_points: '{gap} п. п.',
    ty_agrees: 'совпадает',
    ty_disagrees: 'расходится',
    ty_follows: 'расходится, но верна для введённых вами голосов и числа участников: расхождение в них',
    ty_own_too: 'и это не доля введённых вами голосов от числа участников',
    ty_not_evaluated: 'не проверено',
    ty_sum: 'Введённые вами доли в сумме дают {sum}.',
    ty_sum_over: 'Введённые вами доли в сумме дают {sum}: все они не могут быть долями одного целого.',
    ty_count: 'Из введённых вами цифр ({m}) с пересчётом расходятся: {n}.',
    ty_none: 'Введите хотя бы одну долю или число голосов.',
    ty_bad_share: '{list}, доля: «{value}» — не процент (пишите 30,94 или 30.94).',
    ty_share_over: '{list}, доля: «{value}» больше 100%: доля не больше 100.',
    ty_bad_votes: '{list}, голоса: «{value}» — не целое число.',
    ty_bad_participants: 'Приняли участие: «{value}» — не целое число.',
    rx_group: 'Примеры для файлов других стран',
    rx_fptp: 'fptp: один мандат на округ — кандидату с наибольшим числом голосов (пример, а не закон)',
    rx_one_seat: 'one-seat: один мандат — списку или кандидату с наибольшим числом голосов, как для файла выборов президента (пример, а не закон)',
    rx_chosen: 'Набор правил {id} — пример, а не закон: мандаты по нему — не мандаты по какому-либо закону. Загрузите набор правил своих выборов (JSON), если он у вас есть.',
    rx_hint_okrug: 'выберите «{name}» в списке наборов правил (один мандат на округ по большинству, пример, а не закон) или загрузите набор правил своих выборов',
    rx_hint_list: 'для одного мандата списку или кандидату с наибольшим числом голосов выберите «{name}» в списке наборов правил (пример, а не закон); для мандатов, распределяемых между списками, загрузите набор правил своих выборов: здесь нет примера, который распределял бы мандаты между списками по общему правилу (examples/duma2021 и examples/latvia2018 — два закона, записанные как наборы правил)',
    pv_rules_banner: 'Пересчитано по набору правил {rules}, а не {held}, по которому проходили выборы: показанные места, пороги и итоги по округам — не опубликованный результат. Голоса — из протоколов.',
    pv_rules_arc: 'Эти места пересчитаны по набору правил {rules}: это не опубликованный результат.',
    pv_rules_back: 'Пересчитать по {held}',
    pv_source: 'голоса: {prov}; места: пересчитаны по {rules}',
    pv_source_seat: 'пересчитано по {rules} (данные кандидата: {prov})',
    pv_synth_share: 'по синтетическим голосам',
    pv_shares_sorted: 'Отсортировано по величине разницы, от наибольшей.',
    pv_shares_synth: 'Строки с пометкой «по синтетическим голосам»: голоса этого списка — синтетическая замена (они не публиковались), поэтому его доля по голосам не проверяет опубликованную.',
    pv_stale: 'Предыдущий результат убран: он был не по этим файлам.',
    pv_more_places: 'и ещё {n} таких же: показать',
    pv_group_note: 'Замечания одного кода и одного вида показаны один раз, остальные такие же свёрнуты под ним: групп: {groups}; замечаний в них: {n}.',
    pv_list_no: '№{n} в списке',
    pv_okrug_no: 'кандидат №{n}',
    pv_no_name: 'В описании выборов у этих кандидатов нет имён: каждый назван по месту в списке.',
    pv_at_least: 'не менее {n}',
    pv_at_most: 'не более {n}',
    error_at: '{file}, строка {line}, столбец {column}',
    error_field: 'поле {field}',
    'err.not_number': 'не целое число',
    'err.out_of_range': 'число слишком большое',
    'err.short_row': 'строка слишком короткая: не хватает ячейки',
    'err.long_row': 'строка слишком длинная: есть ячейка после последнего столбца',
    'err.no_rows': 'в файле есть строка заголовков, но нет строк с данными',
    'err.encoding': 'файл не в той кодировке, в которой его читают: укажите его кодировку в сопоставлении ("encoding": "windows-1251", например) или сохраните его в UTF-8',
    'err.empty': 'файл пуст: нет ни заголовка, ни строк',
    'err.not_table': 'файл — не таблица со столбцами (один столбец или строки разной длины при любом разделителе)',
    'err.no_figures': 'в файле есть строки, но ни в одной нет цифр: итогов ещё нет',
    'err.duplicate_row': 'вторая строка для того же протокола и того же варианта',
    'err.missing_header': 'столбца, указанного в сопоставлении, нет в файле',
    'err.other_file': 'ни одного столбца из сопоставления нет в этом файле: не для другого ли файла это сопоставление?',
    'err.mapping': 'сопоставление столбцов неверно или не подходит к файлу',
    'err.syntax': 'файл составлен неправильно (синтаксическая ошибка)',
    'err.unknown_field': 'поле, которого нет в этом формате',
    'err.type': 'значение неверного типа (текст вместо числа или наоборот)',
    'err.duplicate_key': 'один и тот же ключ указан дважды',
    'err.missing': 'нет обязательного поля',
    'err.bad_value': 'значение, которое этот формат не допускает',
    'err.conflict': 'противоречит более ранней строке о том же участке',
    'err.choices': 'сопоставление и определение выборов расходятся в вариантах выбора',
    'err.rules': 'набор правил этого не допускает',
    'err.unknown_preset': 'встроенного набора правил с таким идентификатором нет',
    'err.lots': 'указанный жребий неверен',
    'err.annul': 'отмена итогов указана неверно',
    'err.summary': 'опубликованная сводка здесь неверна',
    'err.no_mapping': 'для {file} нет сопоставления столбцов (JSON)',
    'err.no_definition': 'файл выборов не указан, а по одному сопоставлению выборы определить нельзя',
    'err.okrug_seats': 'набор правил не подходит к округам, взятым из файлов: укажите набор правил с одним мандатом на каждый округ или файл выборов',
    'err.list_seats': 'файлы дают только бюллетени по спискам, а в наборе правил нет мандатов по спискам: если строки — бюллетени по округам, в сопоставлении "ballot" — "okrug"; или укажите набор правил с мандатами по спискам',
    'err.demo_with_input': 'демо считает встроенные данные: не указывайте вместе с ним выборы или протоколы',
    'err.no_precinct': 'в этих выборах нет участка {precinct}',
    'err.no_precinct_like': 'в этих выборах нет участка {precinct}; участков, код которых кончается на это: {n}',
    'err.no_protocol': 'нет опубликованного протокола этого участка и бюллетеня для сравнения',
    'err.internal': 'внутренняя ошибка программы (пожалуйста, сообщите о ней)',
    'err.other': 'входные данные не удалось прочитать',
    'err.detail': 'Подробности (на английском)',
    'finding.P101.title': 'Не сходится баланс полученных бюллетеней',
    'finding.P102.title': 'Число бюллетеней в ящиках не равно сумме недействительных и действительных',
    'finding.P103.title': 'Число действительных бюллетеней не равно сумме голосов',
    'finding.P104.title': 'Выдано больше бюллетеней, чем избирателей в списке',
    'finding.P105.title': 'В ящиках больше бюллетеней, чем выдано',
    'finding.P106.title': 'Отрицательное число',
    'finding.P107.title': 'Преференциальных голосов больше, чем голосов за список',
    'finding.P108.title': 'В ящиках больше бюллетеней, чем избирателей в списке',
    'finding.P110.title': 'Приняло участие больше избирателей, чем внесено в список',
    'finding.P111.title': 'Голосов больше, чем несут найденные бюллетени',
    'finding.P112.title': 'Голосов больше, чем могут подать избиратели в списке',
    'finding.P113.title': 'Голосов меньше, чем несут найденные бюллетени',
    'finding.P109.title': 'Протокол из одних нулей',
    'finding.X201.title': 'Автоматический и ручной подсчёт расходятся по строке',
    'finding.X202.title': 'Автоматический и ручной подсчёт расходятся по голосам',
    'finding.X203.title': 'Автоматический и ручной подсчёт расходятся по преференциальным голосам',
    'finding.X204.title': 'Число выданных бюллетеней по спискам и по округу различается',
    'finding.X205.title': 'Число бюллетеней в ящиках по спискам и по округу различается',
    'finding.X206.title': 'Участок определён более одного раза',
    'finding.X207.title': 'Повторяющийся протокол',
    'finding.X208.title': 'Протокол неизвестного участка',
    'finding.X209.title': 'Голоса за партию, которой нет в бюллетене',
    'finding.X210.title': 'Голоса за кандидата, не баллотирующегося в округе',
    'finding.X211.title': 'Преференциальные голоса за кандидата, которого нет ни в одном списке',
    'finding.X212.title': 'Участок в неизвестном округе',
    'finding.X213.title': 'Участок в неизвестном регионе',
    'finding.X214.title': 'Протокол по округу с зарубежного участка',
    'finding.X215.title': 'Нет протокола ручного подсчёта по партийным спискам',
    'finding.X216.title': 'Нет протокола ручного подсчёта по одномандатному округу',
    'finding.X217.title': 'У участка в стране не указан округ',
    'finding.X218.title': 'У участка в стране не указан регион',
    'finding.X219.title': 'Партия определена более одного раза',
    'finding.X220.title': 'Округ определён более одного раза',
    'finding.X221.title': 'Регион определён более одного раза',
    'finding.X222.title': 'Кандидат занимает более одного места в списках',
    'finding.X223.title': 'Кандидат зарегистрирован в округе дважды',
    'finding.X224.title': 'Партия или кандидат использует идентификатор «против всех»',
    'finding.X225.title': 'Округ в неизвестном регионе',
    'finding.X226.title': 'Преференциальные голоса в протоколе по округу',
    'finding.X227.title': 'В протоколе нет строки, из которой складывается база порога или правила большинства',
    'finding.X228.title': 'Неизвестная строка протокола',
    'finding.X229.title': 'В протоколе нет голосов за вариант из бюллетеня',
    'finding.X230.title': 'Один ID кандидата избран в одном округе и выдвинут в другом',
    'finding.X231.title': 'В каждом округе один кандидат, один и тот же',
    'finding.X232.title': 'Мандат получает вариант, названный пустыми бюллетенями, испорченными бюллетенями или «против всех»',
    'finding.X233.title': 'Один округ, записанный двумя способами?',
    'finding.X234.title': 'Один округ, названный без одной из частей?',
    'finding.X235.title': 'Вариант побеждает с суммой голосов остальных',
    'finding.X236.title': 'Мандат получает вариант, названный голосами остальных вместе',
    'finding.X237.title': 'Один ID варианта в округе назван файлами двумя способами',
    'finding.X238.title': 'Мандат получает вариант, названный занятым местом',
    'finding.S301.title': 'Опубликованный процент не соответствует голосам',
    'finding.S302.title': 'Опубликованные голоса расходятся с пересчётом',
    'finding.S303.title': 'Сумма опубликованных долей больше 100%',
    'finding.S304.title': 'Опубликованная явка не соответствует',
    'finding.S305.title': 'Опубликованное число участников голосования расходится с пересчётом',
    'finding.S306.title': 'Опубликованное число избирателей расходится с пересчётом',
    'finding.S307.title': 'Опубликованное число мандатов расходится с пересчётом',
    'finding.S308.title': 'Опубликованный победитель по округу расходится с пересчётом',
    'finding.S309.title': 'Опубликованный итог по округу расходится с пересчётом',
    'finding.S310.title': 'Опубликованного списка нет в пересчёте',
    'finding.S311.title': 'Списка нет в опубликованных итогах',
    'finding.S312.title': 'Опубликованного округа нет в пересчёте',
    'finding.S313.title': 'Округа нет в опубликованных итогах',
    'finding.S314.title': 'Список или округ опубликован дважды',
    'finding.S315.title': 'Опубликованные голоса кандидата по округу расходятся с пересчётом',
    'finding.S316.title': 'Опубликованный процент не соответствует опубликованным числам',
    'finding.S317.title': 'Опубликованный процент расходится вслед за опубликованными числами',
    'finding.S320.title': 'Опубликованный процент записан с меньшим числом знаков, чем по набору правил, и верен при своём числе знаков',
    'finding.S318.title': 'Опубликованное число действительных бюллетеней расходится с пересчётом',
    'finding.S319.title': 'Опубликованные голоса кандидата в регионе расходятся с пересчётом',
    'finding.S321.title': 'Опубликованные голоса списка в регионе расходятся с пересчётом',
    'finding.S322.title': 'Кандидата нет среди опубликованных голосов округа',
    'finding.C401.title': 'Копия и опубликованный протокол расходятся по строке',
    'finding.C402.title': 'Копия и опубликованный протокол расходятся по голосам',
    'finding.C403.title': 'Копия и опубликованный протокол расходятся по преференциальным голосам',
    'finding.C404.title': 'Показатель есть в копии, но нет в опубликованном протоколе',
    'finding.C405.title': 'Показатель есть в опубликованном протоколе, но нет в копии',
    'finding.C406.title': 'Копия и опубликованный протокол относятся к разным участкам или бюллетеням',
    'finding.L501.title': 'Слишком много кандидатов в списке',
    'finding.L502.title': 'Слишком много кандидатов одного пола',
    'finding.L503.title': 'Слишком мало кандидатов моложе 35 лет',
    'finding.L504.title': 'Слишком мало кандидатов других национальностей',
    'finding.L505.title': 'Слишком мало кандидатов с ограниченными возможностями здоровья',
    'finding.I601.title': 'Нечитаемая строка входного файла',
    'finding.I602.title': 'Протокол неизвестного вида бюллетеня',
    'finding.I605.title': 'Строка помещает участок не туда, куда определение',
    'finding.I606.title': 'Части протокола расходятся в числе',
    'finding.I608.title': 'Строка с названием «итого» учтена как участок',
    'finding.I607.title': 'Строки округа называют два региона',
    'finding.I610.title': 'Суммированы строки, различающиеся только числом',
    'finding.I611.title': 'Суммированы строки, повторяющие одно число',
    'finding.I612.title': 'Голоса из суммированных строк больше числа избирателей',
    'finding.I613.title': 'Строки двух людей сложены как один кандидат',
    'finding.I617.title': 'Строка повторяет все числа строки другого участка',
    'finding.I614.title': 'Варианты (почти) каждого протокола получают одно число голосов',
    'finding.I615.title': 'Слагаемое столбца голосов повторяет строку протокола',
    'finding.I616.title': 'Итог строки не равен сумме его слагаемых',
    'finding.I609.title': 'Пропущенная строка над данными похожа на строку данных',
    'finding.I604.title': 'Строка заголовка похожа на строку данных',
    'finding.I603.title': 'Строка — итог других строк',
    'finding.R701.title': 'Источники расходятся по строке',
    'finding.R702.title': 'Источники расходятся по голосам',
    'finding.R703.title': 'Источники расходятся по преференциальным голосам',
    'finding.R704.title': 'Показатели есть в протоколе одного источника и нет в другом',
    'finding.R705.title': 'Протокола нет в базовом источнике',
    'finding.R706.title': 'Протокол дважды в одном источнике, с разными цифрами',
    'finding.R707.title': 'Протокол дважды в одном источнике, с одинаковыми цифрами',
    'finding.R708.title': 'Протокол участка, которого нет в определении выборов',
    'finding.R709.title': 'Протокол бюллетеня, который участок не выдаёт',
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
    counted_reporting: '{ms} мс ичинде {protocols} протокол эсептелди, протоколу бар участоктор: {reporting} (шайлоодогу бардык участоктор: {precincts}).',
    counted_no_precincts: '{protocols} протокол {ms} мс ичинде эсептелди (участоктор аныкталган жок: аныктамасыз файлдардын жыйынтыктары гана эсептелди).',
    checked_summary: 'Жарыяланган жыйынтыктар {ms} мс ичинде текшерилди.',
    need_mapping: 'CSV протоколдоруна мамычаларды дал келтирүү файлы (JSON) керек.',
    nothing: 'Шайлоону (JSON) же протоколдорду (CSV) дал келтирүү файлы менен жүктөңүз, же демону иштетиңиз.',
    summary_on_demo: 'Шайлоо жүктөлгөн жок: жыйынтыктар 2021-жылдын ичине камтылган маалыматы менен салыштырылат.',
    loaded_h: 'Жүктөлгөн файлдар',
    remove: '{name} алып салуу',
    kind_csv: 'протоколдор',
    kind_ballots: 'бюллетендер (добуш жазуулары)',
    kind_mapping: 'дал келтирүү',
    kind_election: 'шайлоо',
    kind_summary: 'жарыяланган жыйынтыктар',
    kind_rules: 'эрежелер топтому',
    kind_lots: 'чүчүкулак',
    unknown_file: '{name}: бул барак мындай файлды окубайт (CSV же шайлоо, дал келтирүү, жыйынтыктар, эрежелер же чүчүкулак менен JSON керек).',
    xml_file: '{name} — XML, CSV эмес: бул барак XML окубайт (Clarity detail.xml, EML же NIST ERR XML отчету). Анын жыйынтыктарын CSV катары жазыңыз, ар бир участокко бир сап, андан кийин ага дал келтирүү түзүңүз.',
    wrong_picker_mapping: '{name} JSON шайкештиги эмес: «{picker}» CSVнин кайсы мамычасы протоколдун кайсы сабы же тандоосу экенин айткан JSON файлын алат. Протоколдор менен CSVни «{other}» ичинен тандаңыз.',
    wrong_picker_csv: '{name} — JSON файлы, протоколдор менен CSV эмес: «{picker}» участоктордун протоколдору менен CSVни алат. JSON шайкештигин «{other}» ичинен тандаңыз.',
    wrong_picker_swapped: 'Эки файл алмашып калды: {csv} файлын «{csv_picker}» ичинен, {mapping} файлын «{mapping_picker}» ичинен тандаңыз.',
    error_h: 'Эсептөө мүмкүн болгон жок',
    source_demo: '2021-жылдын ичине камтылган маалыматы',
    rules_meta: 'Эрежелер топтому: {id} {version} ({name})',
    rules_meta_bare: 'Эрежелер топтому: {id} {version}',
    rules_meta_given: 'Эрежелер топтому: {id} {version}; анын сүрөттөмөсү, эрежелер топтомунда берилгендей: {name}',
    title_inferred: '{file} дал келтирүүсү боюнча аныкталган шайлоо',
    annul_form: '«{value}»: precinct:номер, candidate:номер, okrug:номер же region:номер түрүндө, үтүр менен бөлүп жазыңыз',
    annul_twice: '{value} эки жолу көрсөтүлгөн',
    annul_no_precinct: 'шайлоодо {value} участогу жок',
    annul_no_candidate: 'шайлоонун бир да округунда {value} талапкери жок',
    annul_no_okrug: 'шайлоодо {value} округу жок',
    annul_okrug_no_precinct: 'шайлоодо {value} округунун бир да участогу аныкталган эмес',
    annul_no_region: 'шайлоодо {value} регионунун бир да участогу аныкталган эмес',
    unit_bytes: 'байт',
    turnout_over: '⚠ Добуш берүүгө катышкандар ({participants}) тизмедеги шайлоочулардан ({voters}) көп: бүтүндөй эсептин 100% ашык катышуусу мүмкүн эмес. Кыязы, дал келтирүү башка мамычаны протоколдун сабы катары окуйт (бир бюллетендин бир нече добушун жарактуу бюллетендер катары) же тизме толук берилген эмес (шайлоочулары башка участоктордун тизмесинде турган 0 шайлоочулуу почта округдары); өз тизмесинен ашкан участоктор эскертүүлөрдө аталган.',
    turnout_meta: '{voters} шайлоочунун ичинен {participants} шайлоочу добуш берүүгө катышты ({turnout}%).',
    inputs_meta: 'Киргизилген маалыматтар (SHA-256): {list}',
    provenance_note: '«Синтетикалык» деп белгиленген сандар эч качан жарыяланбаган маалыматтын ордунда турат; «расмий» сандар комиссияныкы.',
    turnout_ne: 'Добуш берүүгө катышкандар: аныкталган жок; тизмедеги шайлоочулар: аныкталган жок, ошондуктан катышуу көрсөткүчү жок.',
    turnout_ne_voters: 'Добуш берүүгө {participants} шайлоочу катышты; тизмедеги шайлоочулар: аныкталган жок, ошондуктан катышуу көрсөткүчү жок.',
    turnout_ne_participants: 'Добуш берүүгө катышкандар: аныкталган жок; тизмедеги шайлоочулар: {voters}, ошондуктан катышуу көрсөткүчү жок.',
    voters_lacking: 'Эсепке алынган {n} протоколдо «{line}» сабы жок.',
    prov_your_file: 'сиздин файлыңыз: {files}',
    prov_your_file_is: 'сиздин файлыңыз: {files}; {prov}',
    provenance_not_given: 'булагы көрсөтүлгөн эмес',
    provenance_none: 'Булагы көрсөтүлгөн эмес: шайлоонун аныктамасы да, протоколдор файлынын салыштыруусу да сандар расмийби, алдын алабы же синтетикалыкпы айтпайт (салыштыруу муну мындай айтат: "provenance": "preliminary", каалоо боюнча "source" менен).',
    published_provenance_missing: 'жыйынтыктарда {field} талаасы жок (аны жазыңыз: {field}: {official}, {preliminary} же {synthetic})',
    published_provenance_missing_err: 'отчёттун статусу ({status}) муну айтпайт: ERR отчётунун "certified" расмий, "unofficial-complete" жана "unofficial-partial" алдын ала деп окулат (docs/interop.md)',
    published_note: 'Жарыяланган отчёт, кандай окулганы: {note}',
    published_nothing_notes: 'Эч нерсе салыштырылган жок: отчёттө жарыялангандардын эч бирин verify кайра эсептөө менен салыштырбайт (жогорудагы эскертүүлөр эмне окулбаганын айтат), ошондуктан ал ырасталган жок.',
    input_prov: 'Протоколдор файлы {file}: {prov}',
    published_recount: 'Кайра эсептөө: {name}, {from} боюнча эсептелди; анын сандары кайдан алынды: {prov}',
    published_summary: 'Жарыяланган жыйынтыктар: алардын сандары кайдан алынды: {prov}',
    published_summary_of: '{election} жарыяланган жыйынтыктары: алардын сандары кайдан алынды: {prov}',
    published_election_differs: 'Жыйынтыктар шайлоону «{published}» деп атайт, кайра эсептөө — «{recount}»: бул ката эмес (кол менен түзүлгөн жыйынтыктар шайлоону өз алдынча атай алат), бирок экөө бир эле шайлоо экенин текшериңиз.',
    published_parts: 'бөлүктөр боюнча ({parts})',
    part_totals: 'жалпы жыйынтыктар',
    part_lists: 'тизмелер',
    part_okrugs: 'округдар боюнча жыйынтыктар',
    recount_own: 'аныктаманын өз протоколдору',
    recount_files: '{files} файлдары',
    recount_synthetic: 'Кайра эсептөөнүн участок протоколдору СИНТЕТИКАЛЫК, жарыяланган сандарды кайталоо үчүн түзүлгөн: жыйынтыктар алар түзүлгөн сандарды берген жерде дал келүү түзүлүшү боюнча болот жана чыныгы протоколдор жөнүндө эч нерсе далилдебейт, ал эми айырма — ошол сандардан айырма, эсептөөнүн катасы эмес.',
    published_title: 'Жарыяланган «{published}» жыйынтыктарын «{recount}» кайра эсептөө менен текшерүү',
    published_title_unnamed: 'Жарыяланган жыйынтыктарды «{recount}» кайра эсептөө менен текшерүү',
    title_inferred_csv: 'Сиздин {file} файлыңыз боюнча аныкталган шайлоо (дал келтирүү {mapping})',
    rules_default: 'Камтылган {id} {version} эрежелер топтому ({name}) боюнча эсептелди, буйрук сабы {flag} жок болгондо эсептегендей: эрежелер топтомунун файлы жүктөлгөн жок. Сиздин шайлооңуз ошол болбосо, бул жердеги мандаттар, босоголор жана округдар ошол мыйзам боюнча, сиздин шайлооңуздуку эмес: өз шайлооңуздун эрежелер топтомун (JSON) жүктөңүз.',
    rules_default_short: 'Бул мандаттар камтылган {id} эрежелер топтому боюнча, сиздин шайлооңуздуку болбошу мүмкүн: эрежелер топтомунун файлы жүктөлгөн жок.',
    rules_from_file: '{id} {version}, {name} файлынан',
    guesses_h: '{file} дал келтирүү долбоорунун божомолдору ({n}): ар бирин файл менен салыштырыңыз (долбоор комиссиянын номерин, кодду же жыйынтыкты партия катары кабыл алышы мүмкүн), андан кийин {key} өчүрүңүз',
    mapping_draft_hint: 'Дал келтирүү жокпу? Буйрук сабы файл боюнча долбоорун түзөт: {cmd}; анын божомолдорун ({key}) текшерип, бул жерге жүктөңүз.',
    draft_button: '{name} үчүн дал келтирүүнүн долбоорун ушул түзмөктө түзүү',
    draft_size: 'долбоор модулу бир жолу жүктөлөт: болжол менен {mb} МБ',
    draft_download: 'Долбоор модулу жүктөлүүдө… {mb} МБ',
    draft_start: 'Долбоор модулу иштетилүүдө…',
    tools_size: 'Бул жердеги куралды биринчи колдонгондо куралдар модулу бир жолу жүктөлөт: болжол менен {mb} МБ.',
    tools_download: 'Куралдар модулу жүктөлүүдө… {mb} МБ',
    tools_start: 'Куралдар модулу иштетилүүдө…',
    tools_load_failed: 'Куралдар модулу жүктөлгөн жок: {msg}',
    drafting: '{name} үчүн дал келтирүүнүн долбоору түзүлүүдө…',
    drafted: '{name} үчүн дал келтирүүнүн долбоору түзүлдү; текшерилүүчү божомолдор: {n}.',
    draft_h: '{name} үчүн ушул түзмөктө түзүлгөн дал келтирүүнүн долбоору',
    draft_intro: 'Долбоор текшерилген дал келтирүү эмес, башталышы гана: ар бир божомолду файл менен салыштырып, андан кийин андан {key} өчүрүңүз. Аны менен азыр эсептөө алдын ала болот, барак муну айтат.',
    draft_ballots: '{name} — протоколдордун эмес, бюллетендердин файлы (добуш жазуулары): долбоор — бюллетендердин дал келтирүүсү. Аны эсептөө үчүн участокторду жана талапкерлерди атаган шайлоо файлы керек.',
    draft_json: 'Дал келтирүүнүн долбоору (JSON, буйрук сабы басып чыгаргандай)',
    draft_download_btn: '{file} жүктөп алуу',
    draft_count: 'Бул долбоор менен эсептөө',
    draft_failed: '{name} үчүн дал келтирүүнүн долбоорун түзүүгө болгон жок',
    draft_load_failed: 'Долбоор модулу жүктөлгөн жок: {msg}',
    threshold_ne: 'Босого: аныкталган жок.',
    findings_none_ne: 'Жүргүзүлгөн текшерүүлөрдө табылгалар жок; жүргүзүлбөгөн текшерүүлөр: {n} (тизмеси төмөндө), ошондуктан жыйынтык алар камтыган нерселердин эч бир текшерүүсүнө таянбайт.',
    findings_ne: 'Жүргүзүлбөгөн текшерүүлөр: {n} (тизмеси төмөндө).',
    okrug_arc_preliminary: 'Округдар боюнча {n} мандат алдын ала маалыматтар боюнча аныкталды.',
    error_at_line: '{file}, {line}-сап',
    hint_encoding: 'файл {enc} коддоосундагыдай көрүнөт: аны дал келтирүүдө көрсөтүңүз, {set}',
    hint_east_asian: 'файл {enc} коддоосундагыдай көрүнөт — бул shailoo окубаган Чыгыш Азиянын көп байттуу коддоосу: адегенде аны UTF-8 коддоосуна которуңуз ({cmd})',
    hint_no_encoding: 'файлдын коддоосу shailoo билген коддоолордон эмес (ал билген эч бир код барагы аны сөз катары окубайт): файлды UTF-8 коддоосунда сактаңыз',
    hint_delimiter: 'файлдын мамычалары «{delim}» менен бөлүнгөндөй: дал келтирүүдө {set} көрсөтүңүз',
    hint_missing_header: '{header} деген баш сабы бар мамыча жок',
    hint_near_header: '{n}-мамычанын баш сабы {header}',
    hint_value: 'уяча: {value}',
    hint_unknown_lines: 'дал келтирүүдө {rules} эрежелер топтомунда жок протокол саптары аталган: {lines}; аларды жарыялаган эрежелер топтому ({key}) менен эсептеңиз же аларды дал келтирүүдөн өчүрүңүз',
    parliament_h: 'Парламент',
    seats_filled: '{of} мандаттын {total} бөлүштүрүлдү: тизмелер боюнча {list}, округдар боюнча {okrug}.',
    list_unfilled: 'Тизмелер боюнча бөлүштүрүлбөгөн мандаттар: {n}.',
    list_unfilled_threshold: 'Тизмелер боюнча бөлүштүрүлбөгөн мандаттар: {n}: бир да тизме босогодон өткөн жок.',
    list_unfilled_threshold_tie: 'Тизмелер боюнча бөлүштүрүлбөгөн мандаттар: {n}: бир да тизме босогодон өткөн жок: эки тизме базанын так жарымын алды, ал эми босого жарымдан көптү талап кылат: бул тең чыгуу, анда эч ким утпайт (аларды эскертүүлөр атайт); ал эмнени берери мыйзамга жараша.',
    list_unfilled_threshold_not_evaluated: 'Тизмелер боюнча бөлүштүрүлбөгөн мандаттар: {n}: босогону баалоого мүмкүн болгон жок (себеби ар бир тизменин сабында).',
    list_unfilled_no_list_with_votes: 'Тизмелер боюнча бөлүштүрүлбөгөн мандаттар: {n}: аларды ала турган добушу бар тизме калган жок.',
    list_unfilled_cap: 'Тизмелер боюнча бөлүштүрүлбөгөн мандаттар: {n}: босогодон өткөн ар бир тизме өз чегине жетти.',
    repeat_n: '{n} округда кайра шайлоо өтөт.',
    women_n: 'Тизмелерден шайланган депутаттардын ичинде аялдар: {n}.',
    okrug_seats_by_choice: 'Округдар боюнча мандаттар тандоонун ID\'си боюнча (бир ID бир нече округда талапкер: партиянын ID\'си): {seats}.',
    not_given_n: 'Алардын ичинен {n} тизме мандатын шайлоонун аныктамасында талапкерлери көрсөтүлбөгөн тизмелер алды: депутаттар көрсөтүлгөн жок (мандаттар бош эмес).',
    chart_label: 'Парламенттин мандаттары: {desc}',
    okrug_seats: 'Округдардан депутаттар',
    repeat_seats: 'Кайра шайлоо',
    unfilled_seats: 'Бөлүштүрүлгөн жок',
    lists_h: 'Тизмелер жана босого',
    threshold_kind_line: '«{kind}» түрүндөгү тизмелердин босогосу: {base} санынын {percent}% = {line}; керектүү добуштар: {needed}.',
    threshold_kind_tag: '«{kind}» түрүндөгү тизмелер: {percent}%',
    threshold_line_one: 'Босого: {base} санынын {percent}% = {line}; тизмеге {needed} добуш керек.',
    threshold_line_few: 'Босого: {base} санынын {percent}% = {line}; тизмеге {needed} добуш керек.',
    threshold_line_many: 'Босого: {base} санынын {percent}% = {line}; тизмеге {needed} добуш керек.',
    quota_line: 'Квота: {quota}',
    method_dhondt: 'Д’Ондт ыкмасы (бөлүүчүлөр 1, 2, 3, …)',
    method_sainte_lague: 'Сент-Лагю ыкмасы (бөлүүчүлөр 1, 3, 5, …)',
    method_modified_sainte_lague: 'өзгөртүлгөн Сент-Лагю ыкмасы (бөлүүчүлөр 1,4, 3, 5, …)',
    method_huntington_hill: 'Хантингтон-Хилл ыкмасы (бөлүүчүлөр √(s(s+1)))',
    method_adams: 'Адамс ыкмасы (бөлүүчүлөр 0, 1, 2, …)',
    price_line: 'Акыркы берилген мандат: {last}; биринчи берилбеген мандат: {next}',
    price_quotient: '{list}, {seat}-мандат, тийинди {value}',
    price_none: 'жок (добушу бар ар бир тизме чекке жетти)',
    constituencies_h: 'Шайлоо округдары боюнча тизмелердин мандаттары',
    col_constituency: 'Шайлоо округу',
    col_note: 'Эскертүү',
    constituency_below: 'шайлоо округунун босогосунан өткөн жок: {lists}',
    constituency_cell: '{seats} (добуштар: {votes})',
    constituency_ne: 'мандаттар бөлүштүрүлгөн жок: {why}',
    constituency_ne_protocols: 'аймакта эсептелген тизме протоколу жок',
    constituency_ne_votes: 'аймактын эсептелген протоколдору {lists} үчүн добуштарды бербейт ({code} табылгалары): толук эмес сумма добуштар эмес',
    constituency_price: 'акыркы мандат: {last}; биринчи берилбеген: {next}',
    constituency_compensates: 'аймактын бир мандаттуу округдарында алынган мандаттар эсепке алынды: {seats}',
    constituency_compensates_given: 'аймактын бир мандаттуу округдарында алынган мандаттар шайлоонун аныктамасы боюнча эсепке алынды (бул жерде саналган жок): {seats}',
    price_held_one: '(бир мандаттуу округдардагы {n} мандаттан кийин: анын {k}-мандатынын бөлүүчүсү)',
    price_held_few: '(бир мандаттуу округдардагы {n} мандаттан кийин: анын {k}-мандатынын бөлүүчүсү)',
    price_held_many: '(бир мандаттуу округдардагы {n} мандаттан кийин: анын {k}-мандатынын бөлүүчүсү)',
    not_given_n_constituency: 'Алардын ичинен {n} тизме мандаты аталган депутаттарсыз алынды (мандаттар шайлоо округдары боюнча бөлүштүрүлгөндө эсеп аларды атабайт)',
    deputies_not_given_constituency: '{list}: {n} мандат алды; тизменин депутаттары аталган жок: мандаттар шайлоо округдары боюнча бөлүштүрүлгөндө (list.constituency) эсеп аларды атабайт',
    col_party: 'Тизме',
    col_votes: 'Добуштар',
    col_pct: '%',
    col_margin: 'Сызыктан жогору (+) же төмөн (−), добуш',
    col_regional: 'Аймактык босого',
    col_seats: 'Мандаттар',
    col_women: 'Аялдар / керек',
    col_source: 'Булак',
    deputies_h: 'Тизмелерден шайланган депутаттар',
    col_candidate: 'Талапкер',
    col_position: 'Тизмедеги №',
    col_sex: 'Жынысы',
    col_pref_votes: 'Артыкчылык добуштары',
    col_seated_by: 'Негиз',
    seated_women_quota: 'аялдар квотасы',
    seated_preference: 'артыкчылык добуштары',
    seated_list_position: 'тизмедеги орду (жабык тизме)',
    deputies_not_given: '{list}: {n} мандат алды; депутаттар көрсөтүлгөн жок (шайлоонун аныктамасында тизменин талапкерлери жок же алар тизмедеги орундарысыз жана жынысысыз аталган)',
    official: 'расмий',
    preliminary: 'алдын ала',
    synthetic: 'синтетикалык',
    passed: 'өттү',
    failed: 'өткөн жок',
    not_evaluated: 'текшерилген жок',
    okrugs_h: 'Бир мандаттуу округдар',
    okrugs_districts_h_one: 'Округдар: {n} × {seats} мандат',
    okrugs_districts_h_few: 'Округдар: {n} × {seats} мандат',
    okrugs_districts_h_many: 'Округдар: {n} × {seats} мандат',
    okrug_candidates_h: 'Ар бир талапкердин добуштары',
    okrug_candidates: '{okrug}: ар бир талапкердин добуштары',
    okrug_blank_mark: 'бош бюллетендер: эсептелди, талапкер эмес; добуштардын базасына кирбейт',
    okrug_regions_h: '{okrug}: аймактар боюнча добуштар',
    col_or_region: 'Аймак',
    col_or_protocols: 'Протоколдор',
    okrug_regions_more_candidates: 'добушу азыраак дагы {n} талапкер бул жерде көрсөтүлгөн жок: ар бир талапкердин аймактар боюнча добуштары JSONдо (okrug_regions) жана экспорттун жыйынтыктар таблицасында бар',
    okrug_regions_abroad: 'чет өлкөдө (эч бир аймакта эмес)',
    okrug_regions_outside: 'эч бир аймакта эмес',
    okrug_regions_outside_said: '{n} протокол өлкөнүн жыйынтыгында эсептелди жана эч бир аймакта эмес (чет өлкөдөгү участоктор: {abroad}; шайлоонун аймактарынан тышкаркы участоктор: {none}): аймактардын саптарынын суммасы өлкөнүкүнөн аз, жана аймактарды санаган эреже (okrug.spread) аларды санабайт',
    majority_line_more_than: 'көпчүлүк эрежеси: {base} ({of}) {percent}%дан ашыгы: {needed} добуш керек; {leader} {got} алды: {verdict}',
    majority_line_at_least: 'көпчүлүк эрежеси: {base} ({of}) кеминде {percent}%: {needed} добуш керек; {leader} {got} алды: {verdict}',
    majority_missed: '{n} жетпей калды',
    majority_passed: '{n} ашык',
    majority_exact: 'так жетиштүү',
    okrug_regions_more_regions: 'дагы {n} аймак бул жерде көрсөтүлгөн жок: ар бир аймак JSONдо (okrug_regions) жана экспорттун жыйынтыктар таблицасында бар',
    col_okrug: '№',
    col_okrug_name: 'Округ',
    col_outcome: 'Жыйынтык',
    col_leader: 'Жеңүүчү же лидер',
    col_leader_votes: 'Добуштар',
    col_leader_votes_of: 'Добуштар · % ({base})',
    col_pct_participants: 'катышкандардан %',
    col_pct_found: 'кутулардан табылган бюллетендерден %',
    col_pct_valid: 'жарактуу бюллетендерден %',
    col_pct_voters: 'тизмедеги шайлоочулардан %',
    col_pct_votes: 'добуштардан %',
    pbase_participants: 'катышкандар (жараксыз + жарактуу)',
    pbase_valid: 'жарактуу бюллетендер',
    pbase_voters: 'тизмедеги шайлоочулар',
    pbase_votes: 'бюллетендеги тандоолорго берилген добуштар',
    col_against: 'Баарына каршы',
    col_okrug_margin: 'Айырма',
    out_elected: 'шайланды',
    out_repeat_election: 'кайра шайлоо: «баарына каршы» алдыда',
    out_tie: 'добуштар тең: чүчүкулак керек',
    out_no_votes: 'добуш жок',
    out_annulled: 'жыйынтыктар жокко чыгарылды: округдун бардык участокторунда',
    out_not_evaluated: 'аныкталган жок: протоколдор жок',
    out_cannot_decide_under_rule: 'жыныс эрежеси боюнча аныктоого болбойт: бөлүштүрүлгөн жок',
    out_not_evaluated_sex_not_given: 'аныкталган жок: талапкердин жынысы көрсөтүлгөн эмес (жыныс эрежеси үчүн керек)',
    out_runoff: 'экинчи тур: бир да талапкер талап кылынган көпчүлүктү алган жок',
    out_runoff_spread: 'экинчи тур: лидер жетиштүү аймактарда талап кылынган үлүштү алган жок (таралуу эрежеси)',
    runoff_tied_second: 'экинчи турга {goes} чыгат; экинчи орун үчүн {tied} тең: ар биринде {value} добуш (чүчүкулак күтүлүүдө)',
    runoff_tied_rest: 'экинчи турга {goes} чыгат; андагы калган орундар үчүн {tied} тең: ар биринде {value} добуш (чүчүкулак күтүлүүдө)',
    runoff_tied_all: 'экинчи турдагы орундар үчүн {tied} тең: ар биринде {value} добуш (чүчүкулак күтүлүүдө)',
    blank_votes_tag: 'бош бюллетендер: жарактуу добуштар; тизме эмес: босого жок, мандат жок',
    out_not_evaluated_aggregate_leads: 'аныкталган жок: добуштардын суммасы (жазылгандар, «Башкалар») орун же экинчи турдагы орун алмак, же ал үчүн тең',
    out_not_evaluated_spread: 'аныкталган жок: таралуу эрежесин колдонууга болбойт (эсептелген протоколу жок же бул округга гана таандык эмес аймактар, же аймактар эреже талап кылгандан аз)',
    out_not_evaluated_majority_base: 'аныкталган жок: көпчүлүк эрежесинин базасы берилген эмес (протоколдордо анын сабы же ал кошкон тандоонун добуштары жок)',
    out_not_evaluated_negative_votes: 'аныкталган жок: эсептелген протоколдордо тандоонун добуштары терс сан (P106 табылгасы)',
    out_not_evaluated_no_candidates: 'аныкталган жок: талапкерлердин добуштары берилген эмес',
    district_unfilled: '{n} мандат бөлүштүрүлгөн жок',
    district_rule: 'жыныс эрежеси боюнча шайланды',
    prov_district_cannot_be_decided: 'Жыныс эрежеси боюнча жыйынтыгын аныктоого болбогон округдар (бир жыныстагы добушу бар талапкерлер аз): {n} ({affects}). Алардын мандаттары бөлүштүрүлгөн жок; андан кийин эмне болору эрежелерде жок.',
    prov_candidate_sex_not_given: 'Жыныс эрежеси үчүн керектүү жынысы көрсөтүлбөгөн талапкерлери бар округдар: {n} ({affects}). Алардын жыйынтыгы аныкталган жок, мандаттар бөлүштүрүлгөн жок.',
    prov_aggregate_leads: 'Бир нече адамдын добуштарынын суммасы (жазылган талапкерлердин сабы, «Башкалар») орун же экинчи турдагы орун алмак же орун үчүн тең болгон округдар, бул добуштар бир адамдыкы же көп адамдыкы болушу мүмкүн: {n} ({affects}). Алардын жыйынтыгы аныкталган жок, мандаттар бөлүштүрүлгөн жок.',
    prov_spread_not_evaluated: 'Таралуу эрежеси боюнча жыйынтыгын аныктоого болбогон округдар, алардын айрым аймактары бааланган жок (эсептелген протоколу жок, базанын сабы жок же ал жерде башка округдун участоктору бар) же аймактары эреже талап кылгандан аз: {n} ({affects}). Алардын жыйынтыгы аныкталган жок, мандаттар бөлүштүрүлгөн жок.',
    prov_majority_base_not_evaluated: 'Көпчүлүк эрежеси боюнча жыйынтыгын аныктоого болбогон округдар (протоколдордо анын базасынын сабы же ал кошкон тандоонун добуштары жок): {n} ({affects}). Алардын жыйынтыгы аныкталган жок, мандаттар бөлүштүрүлгөн жок.',
    prov_negative_votes: 'Эсептелген протоколдор добуштарын терс сан менен берген тандоолор (кайсы жерде экенин P106 табылгасы айтат): {n} ({scope}). Мындай тизменин босогосу бааланган жок, мындай округдун жыйынтыгы аныкталган жок; бул мандаттар ага негизделет: {affects}.',
    prov_no_choices: 'Эсептелген протоколдорунда бир да тандоо жок бюллетендер, ошондуктан файлдар добуш бербейт: {n} ({affects}). Алар боюнча мандаттар бөлүштүрүлгөн жок.',
    provisional_h: '⚠ Алдын ала жыйынтык: ал бааланбаган маалыматтарга көз каранды',
    relation_errors_h: '⚠ Контролдук катыштарды аткарбаган эсептелген протоколдор: {n} ({codes})',
    relation_errors_seats: 'Мандаттар сандар берилгендей, ушул протоколдордун сандары менен кошо эсептелди; ар бир айырма табылгаларда көрсөтүлгөн. Оңдолгон сандар мандаттарды башкача бөлүштүрүшү мүмкүн.',
    relation_errors_arc: 'Сандар берилгендей эсептелди: контролдук катыштарды аткарбаган эсептелген протоколдор: {n} ({codes}).',
    relations_unchecked_h: '⚠ Бир да контролдук катыш текшерилген жок: эсептелген протоколдор ({n}) протокол формасынын бир да сабын бербейт (тизмедеги шайлоочулар, жарактуу жана жараксыз бюллетендер…), тандоолордун добуштарын гана берет',
    relations_unchecked_fix: 'Мандаттар добуштар берилгендей эсептелди, аларды бюллетендер менен эч нерсе салыштырбайт. Аларды текшерүү үчүн файлдын саптарын дал келтириңиз: дал келтирүүдө "lines": {"voters": "<мамыча>", "valid": "<мамыча>", "invalid": "<мамыча>"}.',
    relations_unchecked_lines_h: '⚠ Бир да контролдук катыш текшерилген жок: эсептелген протоколдор ({n}) протокол формасынын {given} саптарын гана берет, алар менен форманын бир да катышын текшерүүгө болбойт',
    relations_unchecked_map: 'Мандаттар добуштар берилгендей эсептелди, аларды бюллетендер менен эч нерсе салыштырбайт. Аларды текшерүү үчүн файлдын мамычаларын {lines} саптарына дал келтириңиз: дал келтирүүдө "lines": {example}.',
    relations_unchecked_column: '<мамыча>',
    prov_threshold_base: 'Өлкө боюнча босого аныкталган жок: анын базасы түзүлгөн саптары ({scope}) жок партиялык тизмелер боюнча протоколдор: {n} (X227 табылгасы). База кичирейтилбейт, тизмелер боюнча мандаттар бөлүштүрүлгөн жок.',
    prov_threshold_base_votes: 'Өлкө боюнча босого аныкталган жок: анын базасы — бюллетендеги тандоолордун добуштары, ал эми эсептелген партиялык тизмелер боюнча протоколдор {scope} добуштарын бербейт: {n} (X229 табылгасы). База кичирейтилбейт, тизмелер боюнча мандаттар бөлүштүрүлгөн жок.',
    prov_list_threshold_not_evaluated: 'Эсептелген протоколдор добуштарын бербегендиктен (такыр же жок сандарсыз босогого жетпегендей аз; X229 табылгасы) өлкө боюнча босогосу аныкталбаган тизмелер: {n} ({scope}). Тизмелер боюнча мандаттар босогодон өткөн тизмелердин ортосунда аларсыз бөлүштүрүлдү: тизмелер боюнча бардык мандаттар алардан көз каранды.',
    votes_partial: 'толук эмес сумма: бул саны жок протоколдор: {n}',
    prov_regional_threshold: 'Аймактык босого аныкталган жок ({scope}): {affects} өлкө боюнча жыйынтыгы менен гана мандат бөлүштүрүүгө киргизилди, тизмелер боюнча бардык мандаттар ушуга көз каранды.',
    prov_okrug_no_protocols: 'Бир да протоколу жок округдар: {n} ({affects}). Алардын жыйынтыгы аныкталган жок, мандаттар бөлүштүрүлгөн жок.',
    prov_no_list_protocols: 'Партиялык тизмелер боюнча кол менен эсептөөнүн бир да протоколу эсептелген жок, бир да участок белгисиз (X215 табылгасын текшерүүгө болбойт). Өлкө боюнча босого аныкталган жок, тизмелер боюнча мандаттар бөлүштүрүлгөн жок.',
    prov_missing_list_protocols: 'Партиялык тизмелер боюнча кол менен эсептөөнүн протоколу жок участоктор: {n} (X215 табылгасы). Тизмелер боюнча бардык мандаттар толук эмес эсеп боюнча бөлүштүрүлдү.',
    prov_missing_okrug_protocols: 'Бир мандаттуу округ боюнча кол менен эсептөөнүн протоколу жок участоктор: {n} (X216 табылгасы). Бул округдардын жыйынтыгы толук эмес эсеп боюнча аныкталды: {affects}.',
    prov_no_regions: 'шайлоодо аймактар аныкталган эмес',
    prov_missing_votes: 'Бюллетендеги тандоо үчүн добуштары жок протоколдор: {n} (X229 табылгасы; {scope} добуштары). Жок добуштар нөл деп эсептелбейт, аларсыз сумма толук эмес деп белгиленет; алардан көз каранды: {affects}.',
    prov_all_list_seats: 'тизмелер боюнча бардык мандаттар',
    prov_unreadable_rows: 'Окулбай калып, өткөрүлүп жиберилген саптар: {n} (I601 табылгасы). Алардагы маалымат эсептелген жок (кең файлдын сабы — бүтүн протокол, узун файлдын сабы — протоколдун бир саны, протокол ансыз эсептелди, бюллетендер файлынын сабы — бир бюллетень же анын эсеби көрсөткөн сандагы бюллетендер), ошол саптарда гана аталган участок же округ жыйынтыкта жок; бул мандаттар окулган саптар боюнча аныкталды: {affects}.',
    prov_duplicate_protocols: 'Бир участок, бюллетень жана эсептөө түрү үчүн бир нече жолу берилген протоколдор: {n} (X207 табылгасы). Ар бир көчүрмө эсептелди (кайсынысы туура экени белгисиз); бул мандаттар алар эки жолу эсептелиши мүмкүн болгон суммалар боюнча аныкталды: {affects}. Номери бирдей башка участоктор (ар бири участокторун 1ден номерлеген эки муниципалитеттин файлдары) участокту уячалары аларды ажыраткан дагы бир мамыча менен атаганда ажыратылат: дал келтирүү аны "station" менен гана атаса "precinct": {"columns": ["municipality", "station"]}, же дал келтирүү берген "columns" тизмесине ошол мамыча кошулат (ар бир X207 табылгасы биринчи жана акыркы сапты атайт); ар бири ар бир протоколдун бир бөлүгүн берген файлдар (саптары бирөөндө, добуштары башкасында) ар бир дал келтирүүдө "part": true деп айтылганда бир протоколго бириктирилет.',
    prov_total_rows_counted: 'Башка саптардын жыйынтыгы болгон, участок катары эсептелген саптар: {n} (I603 табылгасы; {scope}). Алардын саптарынын добуштары бул мандаттар аныкталган суммаларда бир нече жолу эсептелди: {affects}. Жыйынтык саптарды дал келтирүүдөгү саптар чыпкасы менен чыгарып салыңыз (rows.where).',
    prov_precinct_okrug_differs: 'Участогунун округунан башка округду атаган округ бюллетенинин саптары: {n} (I605 табылгасы; {scope}). Ар бири аталган округда эмес, участогунун округунда эсептелди (аныктама боюнча же аны биринчи атаган файл боюнча); кайсынысы туура экени белгисиз, жана бул мандаттар алар менен же аларсыз аныкталды: {affects}.',
    prov_okrug_written_two_ways: 'Эки түрдүү жазылган бир округбу? {n} жуп (X233, X234 табылгалары; {scope}), өзүнчө эсептелди: бул мандаттар ага көз каранды: {affects}.',
    prov_relation_gap: 'Жыйынтыгын алардын айырмалары өзгөртө ала турган округдарда добуштарынын контролдук катышын аткарбаган эсептелген протоколдор: {n} ({codes} табылгалары; {scope}, ар бири өз айырмасы менен). Бул округдарда алардын протоколдорунун айырмаларынын суммасы жеңүүчүнүн артыкчылыгынан кем эмес, же жыйынтыкты эч бир артыкчылык чектебейт: оңдолгон сандар аны өзгөртүшү мүмкүн: {affects}.',
    prov_choice_named_two_ways: 'Саптарынын дал келтирүүлөрү эки түрдүү атаган округдардын тандоолору: {n} (X237 табылгасы; {scope}). Бир ID астындагы эки адам, алардын добуштары бир талапкердики катары кошулган, же эки түрдүү жазылган бир адам: кайсынысы туура экени белгисиз, жана бул мандаттар ага көз каранды: {affects}. Дал келтирүүлөрдө ар бир адамга өз ID берип коюңуз же аны бир түрдүү атаңыз.',
    prov_summed_rows_repeat_figure: 'Бир эле санды кайталаган саптары кошулган ("choice_rows": "sum") узун файлдардын протоколдору: {n} (I611 табылгасы; {scope}). Эгер бул сан анын ар бир бөлүгүнүн сабында кайталанган жыйынтык болсо, суммалар аны ар бир сап үчүн бир жолу эсептейт; бул мандаттар ошол суммалар боюнча аныкталды: {affects}.',
    prov_summed_votes_over_voters: 'Саптар кошулгандан ("choice_rows": "sum") кийин добуштары тизмедеги шайлоочулар бере алгандан көп болгон узун файлдардын протоколдору: {n} (I612 табылгасы; {scope}). Кошулган саптар эки бюллетенге же эки добуш берүүгө тиешелүү болушу мүмкүн, суммалар алардын добуштарын бирге эсептейт; бул мандаттар ошол суммалар боюнча аныкталды: {affects}.',
    prov_summed_rows_people: 'Эки башка адамды атаган бир талапкердин саптары кошулган узун файлдардын протоколдору: {n} (I613 табылгасы; {scope}). Суммалар эки талапкердин добуштарын бир талапкердикине кошот; бул мандаттар ошол суммалар боюнча аныкталды: {affects}.',
    prov_same_figures_counted: 'Башка участоктун сабын көчүргөн, участок катары эсептелген саптар: {n} (I617 табылгасы; {scope}). Көчүрмөлөрсүз бул мандаттар өзгөрүшү мүмкүн: {affects}.',
    prov_votes_part_repeats_line: 'Добуш мамычасынын (votes_column) суммасынын бир бөлүгү бардык тандоолорго бир эле санды берген узун файлдардын протоколдору: {n} (I615 табылгасы; {scope}). Кыязы, бул протоколдун файлдын ар бир сабында кайталанган сабы, сумма аны ар бир тандоонун добуштарына кошот; бул мандаттар ошол суммалар боюнча аныкталды: {affects}.',
    prov_summed_rows_numbers: 'Сандык уячалары менен гана айырмаланган саптардан кошулган округ бюллетенинин тандоолору: {n} (I610 табылгасы; {scope}). Эч бир текст уячасы аларды бир сандын бөлүктөрү катары айырмалабайт: кыязы, бир белгидеги эки адам ("Independent") же кайталанган жыйынтык. Бул округдардын жыйынтыгы ошол суммалар боюнча аныкталды (тандоо шайланган же анын добуштары жеңүүчүнүн артыкчылыгынан кем эмес): {affects}.',
    prov_one_choice_everywhere: 'Бардык округдардагы же тизмелер бюллетениндеги жалгыз тандоо, «{scope}» (X231 табылгасы), кыязы, тандоо эмес, бардык тандоолордун добуштарынын мамычасы (узун файлдын добуштары кең файлдын тандоосу катары окулган); ал алган мандаттар: {affects}. Файлды узун катары дал келтириңиз (layout, choice_column, votes_column); эгер бул эч бир жерде атаандашы жок талапкер болсо, мандаттар туура.',
    prov_choice_is_total: 'Добуштары калган тандоолордун добуштарынын жыйынтыгы катары окулган жеңген тандоолор: {n} (X235 табылгасы; {scope}). Кыязы, бул тандоо катары дал келтирилген бардык тандоолордун добуштарынын мамычасы; бул мандаттар ага негизделип аныкталды: {affects}. Ал мамычаны сап катары ("valid") дал келтириңиз же чыгарып салыңыз ("ignore").',
    prov_not_choice_seated: 'Бош же бузулган бюллетендер, «баарына каршы» же «жогорудагылардын бири да эмес» деп аталган, мандат алган тандоолор: {n} (X232 табылгасы; {scope}). Кыязы, бул тандоо катары дал келтирилген протоколдун саны; бул мандаттар ага негизделип аныкталды: {affects}. Аны дал келтирүүнүн blank_votes ичинде көрсөтүңүз же сап катары дал келтириңиз; ал бюллетенде болсо, аны okrug.against_all эмне кыларын айткан эрежелер топтому менен against_all катары дал келтириңиз.',
    prov_pooled_choice_seated: 'Калгандардын добуштары бирге («rest», «Башкалар») деп аталган, мандат алган тандоолор: {n} (X236 табылгасы; {scope}). Бул бир нече партиянын же талапкердин добуштары, бирөөнүкү эмес: кыязы, тандоо катары дал келтирилген жыйынды; бул мандаттар ага негизделип аныкталды: {affects}. Аны дал келтирүүнүн aggregates ичинде көрсөтүңүз (анда ал мандат албайт) же ал бир партия болсо, атын өзгөртүңүз.',
    prov_placing_choice_seated: 'Ээлеген орун катары («winner», «runner-up») аталган, мандат алган тандоолор: {n} (X238 табылгасы; {scope}): ошол орунду ээлеген ар бир сапта башка талапкер; бул мандаттар ага негизделип аныкталды: {affects}.',
    prov_aggregate_list_passes: 'Бир нече тизменин добуштарын бириктирген («Башкалар») жана босогодон өткөн тизмелер: {n}. Бул добуштар бир тизменики же көп тизменики болушу мүмкүн, ошондуктан кайсы тизмелер босогодон өткөнү белгисиз; тизмелер боюнча мандаттар бөлүштүрүлгөн жок.',
    prov_named_total_counted: 'Жыйынтык деп аталган, бирок башка саптардын жыйынтыгына барабар эмес, участок катары эсептелген саптар: {n} (I608 табылгасы; {scope}). Эгер мындай сап жыйынтык болсо, анын добуштары бул мандаттар аныкталган суммаларда эки жолу эсептелди: {affects}. Эгер бул жыйынтык болсо, аны дал келтирүүдөгү саптар чыпкасы менен чыгарып салыңыз (rows.where); эгер бул ушундай аталган участок болсо, мандаттар өзгөрбөйт.',
    prov_total_choice: 'Узун файлдын дал келтирүүсү жыйынтык сабынын сөздөрү менен атаган тандоолор (choice_values ичиндеги «Total»): {scope}. Эгер алардын саптары талапкердики эмес, ар бир шайлоонун жыйынтыгы болсо, алардын добуштары тандоонун добушу катары эсептелди; бул мандаттар алар менен аныкталды: {affects}. Мындай уячаны протокол сабына байлаңыз (line_values, "valid") же анын саптарын чыгарып салыңыз (rows.where).',
    prov_first_choices_only: 'Рейтингдик бюллетендер биринчи тандоолору боюнча гана эсептелди: {scope}. Рейтингдик эсептөөнүн турлары (эң аз добуш алган талапкерди чыгарып, анын бюллетендерин кийинки тандоого өткөрүү) өткөрүлгөн жок: бул округдар биринчи тандоолор боюнча аныкталды, ал эми рейтингдик эсептөө башканы шайлашы мүмкүн: {affects}.',
    prov_unconfirmed_mapping: 'Долбоордун (shailoo mapping draft) божомолдору калган дал келтирүүлөр: {scope}. Аларды эч ким ырастаган жок (долбоор жыйынтыкты, кодду же протокол сабын тандоо катары кабыл алышы мүмкүн); бул мандаттар алар боюнча аныкталды: {affects}.',
    prov_header_data_row: 'Аталышы маалымат сабына окшош сап менен бүткөн файлдар: {n} (I604 табылгасы). Эгер ал маалымат сабы болсо, андагы маалымат эсептелген жок (кең файлдын сабы — бүтүн протокол, узун файлдын сабы — протоколдун бир саны, протокол ансыз эсептелди); бул мандаттар ансыз аныкталды: {affects}.',
    prov_unplaced_protocols: 'Аймагы (тизме боюнча бюллетень) же округу (округ боюнча бюллетень) көрсөтүлбөгөн же аныкталбаган эсептелген протоколдор: {n} (X208, X212, X213, X217, X218 табылгалары). Алардын добуштарысыз аныкталды: {affects}.',
    prov_okrug_protocols_abroad: 'Чет өлкөдөгү участоктордун эч бир округда эсептелбеген округ боюнча протоколдору: {n} (X214 табылгасы: эрежелер боюнча чет өлкөдөгү участок тизме боюнча гана добуш берет). Алардын добуштарысыз аныкталды: {affects}. Эгер мыйзам чет өлкөдө берилген добуштарды эсептесе (бүт өлкө боюнча шайлануучу президент), муну эрежелер айтат: "okrug": {"abroad": "counted"}.',
    prov_constituency_not_evaluated: 'Тизмелер боюнча мандаттары бөлүштүрүлбөгөн шайлоо округдары (аймактын эсептелген протоколу жок, же анын протоколдору тизменин добуштарын бербейт же терс сандар менен берет): {n} ({scope}). Алардын мандаттары бөлүштүрүлгөн да, бош калтырылган да жок: {affects}.',
    prov_compensated_okrugs_not_decided: 'Чечилбеген бир мандаттуу округдар: {n} ({scope}). Алардын аймактарынын тизмелер боюнча мандаттары бир мандаттуу округдарда алынган мандаттарды эсепке алуу менен бөлүштүрүлөт жана бөлүштүрүлгөн жок; алар берилген да, бош калтырылган да жок: {affects}.',
    prov_compensated_okrugs_provisional: 'Бааланбаган маалыматтар боюнча чечилген же эч бир аймакка кирбеген бир мандаттуу округдар: {n} ({scope}). Бир мандаттуу округдардагы мандаттарды эсепке алган тизмелер боюнча мандаттар аларга негизделет: {affects}.',
    prov_compensated_okrugs_unknown: 'Округдардагы орундары белгисиз аймактар: {n} ({scope}): аларда шайлоонун же файлдардын бир да округу жок, аныктама алардын okrug_seats талаасын бербейт (бош okrug_seats бир да тизме орун албаганын билдирет). Алардын тизмелер боюнча мандаттары бир мандаттуу округдарда алынган мандаттарды эсепке алуу менен бөлүштүрүлөт жана бөлүштүрүлгөн жок; алар берилген да, бош калтырылган да жок: {affects}.',
    prov_compensated_winners_no_list: 'Тизмесин аныктама бербеген округдарда жеңгендер: {n} ({scope}). Алардын орундары көз карандысыз талапкердикиндей бир да тизмеге эсептелген жок; бир мандаттуу округдардагы мандаттарды эсепке алган тизмелер боюнча мандаттар ушуга негизделет: {affects}.',
    prov_list_exhausted: 'Талапкерлеринен көп мандат алган тизмелер: {n} (мандаттар > талапкерлер: {scope}). Эрежелер топтому мындай мандат кийинки тийиндикке өтөбү же бош калабы, айтпайт (list.exhausted "next" же "vacant"): алар бош калтырылды, бул мандаттар ушуга негизделет: {affects}.',
    no_okrugs: 'Бул шайлоодо округдар жок.',
    no_list_tier: 'Эрежелер топтомунда партиялык тизмелер жок: босого жок, тизмелер боюнча мандаттар жок.',
    annul_label: 'Жокко чыгаруу (милдеттүү эмес): участоктор, талапкерлер, бир мандаттуу округдагы шайлоо же региондор, номерлери боюнча',
    annulled_h: 'Жыйынтыктарды жокко чыгаруу: эмне өзгөрөт',
    annulled_none: 'Эч ким мандатын жоготпойт жана албайт.',
    annulled_seats: 'Бөлүштүрүлгөн мандаттар: протоколдор боюнча {base}, жокко чыгарылгандарсыз {alt}.',
    annulled_precinct: '{id} участогунун жыйынтыктары',
    annulled_candidate: '{id} талапкери үчүн берилген добуштар',
    annulled_okrug: '{id} бир мандаттуу округундагы шайлоонун жыйынтыктары',
    annulled_region: '{id} регионунун бардык участокторунун жыйынтыктары',
    ne_check: '«{title}» текшерүүсү',
    annulled_item: 'Жокко чыгарылды: {what}.',
    annul_banner: 'Жокко чыгаруу колдонулууда («эгерде» эсеби): {what}. Бул беттеги бардык сандар аларсыз кайра эсептелген: булар жарыяланган жыйынтыктар эмес.',
    annul_clear: 'Жокко чыгарууну алып салып, кайра эсептөө',
    annul_prov: 'Жокко чыгаруусуз: {prov} Көрсөтүлгөн сандар жокко чыгарылгандарсыз ({n}) кайра эсептелген жана жарыяланган сандар эмес.',
    prov_recomputed: '{prov}, жокко чыгарылгандарсыз ({n}) кайра эсептелген',
    synth_checks: 'Бул текшерүүлөр жарыяланган сандарды кайталагыдай кылып түзүлгөн синтетикалык участок протоколдорунда жүргүзүлдү: алардын аткарылышы ошол түзүлүштөн келип чыгат жана чыныгы эсептөө жөнүндө эч нерсе айтпайт.',
    synth_published: 'Кайра эсептөө жарыяланган сандарды кайталагыдай кылып түзүлгөн синтетикалык участок протоколдоруна таянат: дал келиши ошол түзүлүштөн келип чыгат, чыныгы эсептөөнү текшербейт.',
    synth_charts: 'Бул диаграммалар синтетикалык участок протоколдору боюнча түзүлгөн: алар чыныгы участоктор кандай добуш бергенин эмес, ордуна коюлган маалыматтар кантип түзүлгөнүн көрсөтөт.',
    synth_copy: 'Көчүрмөңүз салыштырылган протокол синтетикалык: ал эч качан жарыяланбаган протоколдун ордунда турат.',
    synth_protocol: 'Бул протоколдор синтетикалык: алар эч качан жарыяланбаган протоколдордун ордунда турат.',
    col_copy: 'Сиздин көчүрмө',
    regional_moot: '{status} (эсепке алынбайт: жалпы босогодон өткөн жок)',
    not_counted: 'Мандаттар бөлүштүрүлгөн жок: {why}',
    ties_h: 'Добуштар гана чечпеген теңдиктер жана чечимдер',
    ties_awaiting: 'Теңдик чүчүкулакты күтөт: ал мандаттар бөлүштүрүлгөн жок.',
    ties_decided: 'Бардык теңдиктер чечилди, бирок мандатты добуштан башка чечим аныктады.',
    tie_line_one: '{context} ({stage}): {tied} {seats} мандат үчүн тең, маанисинде {value}',
    tie_line_few: '{context} ({stage}): {tied} {seats} мандат үчүн тең, маанисинде {value}',
    tie_line_many: '{context} ({stage}): {tied} {seats} мандат үчүн тең, маанисинде {value}',
    tie_line_runoff_one: '{context} ({stage}): {tied} экинчи турга чыгуучу {seats} орун үчүн тең, маанисинде {value}',
    tie_line_runoff_few: '{context} ({stage}): {tied} экинчи турга чыгуучу {seats} орун үчүн тең, маанисинде {value}',
    tie_line_runoff_many: '{context} ({stage}): {tied} экинчи турга чыгуучу {seats} орун үчүн тең, маанисинде {value}',
    tie_where_list: 'тизмелер боюнча мандаттар',
    tie_where_constituency: 'тизмелер боюнча мандаттар, {region}',
    tie_where_party: '{party} тизмесинин ичинде',
    tie_where_okrug: '{okrug} округу',
    tie_value_largest_remainder: 'квотанын үлүшүндөгү калдык: тизменин добуштары / квота, бүтүн мандаттарды кемитип',
    tie_value_highest_quotient: 'тийинди: тизменин добуштары / анын бөлүүчүсү',
    tie_stage_plurality: 'салыштырмалуу көпчүлүк',
    tie_stage_against_all: '«баарына каршы» лидер менен тең',
    tie_stage_ranked_exclusion: 'рейтингдик эсептөөдөгү чыгаруу, калгандардын орундары',
    tie_stage_runoff: 'экинчи турга чыгуу',
    tie_stage_district: 'округдун мандаттары',
    tie_stage_largest_remainder: 'эң чоң калдык',
    tie_stage_highest_quotient: 'эң чоң тийинди',
    tie_stage_women_quota: 'аялдар үчүн квота',
    tie_stage_preference: 'артыкчылык добуштары',
    tie_stage_list_position: 'тизмедеги орун',
    tie_not_evaluated: 'артыкчылык добуштары бааланган жок (протоколдордо жок)',
    tie_awaiting: 'чүчүкулакты күтөт: бөлүштүрүлгөн жок',
    tie_awaiting_runoff: 'чүчүкулакты күтөт: экинчи турга ким чыгары чечиле элек',
    tie_lots_key: 'чүчүкулак {context} ачкычы боюнча',
    tie_settled: 'чечилди: {how}: {winners}',
    tie_by_registration_order: 'каттоо тартиби боюнча (эрежелер)',
    tie_by_ballot_order: 'бюллетендеги тартиби боюнча (эрежелер)',
    tie_by_list_position: 'тизмедеги орду боюнча (эрежелер)',
    tie_by_lots: 'чүчүкулак менен (киргизилген маалымат)',
    tie_by_lot_seed: '«{seed}» ачык уругунан тартылган чүчүкулак менен',
    tie_by_against_all_tie: 'эрежелердин against_all_tie «{rule}» эрежеси менен',
    lot_seed_meta: 'Чүчүкулак «{seed}» ачык уругунан тартылды.',
    ranked_rounds: '{okrug}: рейтингдик эсептөө, тур боюнча',
    ranked_round: '{n}-тур',
    ranked_continuing: 'калган талапкерлерге бюллетендер',
    ranked_exhausted: '1-турдан бери чыгып калган',
    ranked_no_choice: '1-турдан бери эч бир талапкерге эсептелбеген бюллетендер (бир да тандоо белгиленбеген, бузулган же биринчи тандоолорунда чыгып калган): {n}. 1-турда биринчи тандоосу белгиленбеген бюллетень, эрежелер ошондой десе, кийинкисине эсептелет: анын сандары биринчи тандоолор боюнча берилген протоколдукунан айырмаланышы мүмкүн.',
    ranked_elected: '{n}-тур: {who} шайланды, калган талапкерлерге берилген {continuing} бюллетендин {votes}, жарымынан көп (2 × {votes} = {twice} > {continuing}).',
    ranked_excluded_fewest: '{n}-тур: эң аз добуш алган {who} чыгарылды; анын бюллетендери кийинки калган тандоого өтөт.',
    ranked_excluded_batch: '{n}-тур: {who} бирге чыгарылды: алардын добуштары бирге кийинки талапкердикинен аз, алардын эч бири жеңе албайт (эрежелердин exclusion "batch").',
    ranked_excluded_previous_round: '{n}-тур: {who} чыгарылды: эң аз добуш боюнча теңдик, мурунку турлардын биринде башкаларга караганда добушу аз болгон (эрежелердин tie "previous_round").',
    ranked_excluded_lots: '{n}-тур: {who} чыгарылды: эң аз добуш боюнча теңдик, чүчүкулак боюнча акыркы тартылды.',
    ranked_tie: '{n}-тур: {who} чыгаруу үчүн тең, ар биринде {votes} добуш: чүчүкулак керек (--lots же --lot-seed), округ аныкталган жок.',
    okrug_ranked_mark: 'рейтингдик эсептөө, турлар: {n}; шайланды: {winner}',
    okrug_first_choices_majority_mark: 'биринчи тандоолор гана, бирок лидер округдун бюллетендеринин жарымынан көбүн алды: рейтингдик эсептөөнүн эч бир туру башканы шайлай албайт',
    tie_by_previous_round: 'мурунку тур боюнча (эрежелер)',
    okrug_first_choices_mark: 'биринчи тандоолор гана: рейтингдик эсептөөнүн турлары өткөрүлгөн жок',
    okrug_provisional_mark: 'алдын ала: текшерилбеген маалыматтарга көз каранды',
    okrug_overturn_cannot: 'көрсөтүлбөгөн добуштар аны өзгөртө албайт',
    okrug_overturn_could: 'көрсөтүлбөгөн добуштар аны өзгөртүшү мүмкүн',
    okrug_relation_could: 'протоколдорунун аткарылбаган контролдук катыштарынын айырмалары ({gap}) аны өзгөртүшү мүмкүн (артыкчылык {margin})',
    okrug_relation_could_unbounded: 'протоколдорунун аткарылбаган контролдук катыштары аны өзгөртүшү мүмкүн',
    okrug_relation_least_below: 'протоколдорунун аткарылбаган контролдук катыштарынын эң кичине оңдоосу ({gap}) анын артыкчылыгынан ({margin}) аз: ал жыйынтыкты өзгөртпөйт, андан чоңу өзгөртүшү мүмкүн',
    okrug_relation_least_below_majority: 'протоколдорунун аткарылбаган контролдук катыштарынын эң кичине оңдоосу ({gap}) көпчүлүк эрежеси боюнча жыйынтыкты өзгөртө турган эң кичинесинен ({margin}: артыкчылык же көпчүлүк же экинчи тур сызыгына чейинки аралык) аз: ал жыйынтыкты өзгөртпөйт, андан чоңу өзгөртүшү мүмкүн',
    okrug_relation_could_majority: 'протоколдорунун аткарылбаган контролдук катыштарынын айырмалары ({gap}) аны көпчүлүк эрежеси боюнча өзгөртүшү мүмкүн (эң кичине мындай оңдоо: {margin})',
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
    precinct_hint: 'Табылгалардан участокту тандаңыз же анын кодун жазыңыз.',
    precinct_hint_example: 'Табылгалардан участокту тандаңыз же анын кодун жазыңыз: бул шайлоодо код «{id}» сыяктуу; анын акыркы бөлүгү гана («{tail}») туура келген участокторду көрсөтөт.',
    precinct_hint_id: 'Табылгалардан участокту тандаңыз же анын кодун жазыңыз: бул шайлоодо код «{id}» сыяктуу.',
    ne_and: ' жана ',
    precinct_like_first: 'Алардын алгачкы {shown}:',
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
    published_ok_where: 'Жарыяланган жыйынтыктар салыштырылган жерлерде кайра эсептөө менен дал келет.',
    published_unchecked: 'Текшерилбеген жарыяланган сандар: {n} ({list}); себеби «Текшерилген жок» бөлүмүндө.',
    published_unchecked_more: '{first} жана дагы {m}',
    published_bad: 'Жарыяланган жыйынтыктар кайра эсептөө менен дал келбейт. Айырмачылыктар: {n}.',
    published_nothing: 'Эч нерсе салыштырылган жок: жыйынтыктарда кайра эсептөө берген бир да сан жок, ошондуктан алар ырасталган жок.',
    published_compared: 'Кайра эсептөө менен салыштырылган жарыяланган сандар: {n}, дал келгени: {m}.',
    published_compared_check: 'салыштырылды: {n}, дал келди: {m}',
    published_compared_check_fewer: 'салыштырылды: {n}, эрежелер топтомундагыдан аз өз белгилеринде гана туура (дал келген катары эсептелген жок)',
    published_compared_named: 'округ {okrug}: «{published}», талапкердин кайра эсептөөдөгүдөй так жазылган аты, «{id}» катары салыштырылды',
    published_of: 'Жыйынтыктар: {name}',
    pub_share_follows: '{codes} айырмасынан келип чыгат',
    pub_shares_follow: '«Айырмасынан келип чыгат» деп белгиленген үлүш жыйынтыкта жарыяланган добуштар жана негиз үчүн туура: ал кайра эсептөөдөн ошол сандар айырмалангандыктан гана айырмаланат (алардын эскертмелери төмөндө), тегеректөө катасынан эмес.',
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
    against_all: 'Баарына каршы',
    against_all_share: 'Баарына каршы: {votes} (босогонун негизинин {pct}, {base})',
    against_all_votes: 'Баарына каршы: {votes} (босогонун негизи бааланган жок)',
    against_all_not_given: 'Баарына каршы: бааланган жок: эсептелген протоколдор бул добуштарды бербейт (X229)',
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
    col_published: 'Жарыяланганы',
    not_published: 'жарыяланган эмес',
    unit_pp: 'пайыздык пункт',
    pub_sum_over: 'Тизмелердин жарыяланган үлүштөрүнүн суммасы {sum}%, бирок мындай болушу мүмкүн эмес: баары бирге 100%дан ашпайт.',
    pub_sum_explain: 'Ар бир тизменин үлүшү — ошол эле шайлоочулардын санынан алган добуштары, ошондуктан бардык үлүштөр бирге 100%дан ашпайт (тегеректөөдөн гана бир аз ашышы мүмкүн). Жыйынтык ката жарыяланган; төмөнкү таблицада ар бир тизменин жарыяланган үлүшү анын добуштары берген үлүштүн жанында турат.',
    pub_shares_wrong: 'Жарыяланган жыйынтыкта тизмелердин үлүшү туура эмес: {n} (бардык дал келбестиктер: {m}).',
    shares_h: 'Жарыяланган үлүштөр кайра эсептөөнүн жанында',
    shares_note: 'Айырма пайыздык пункт менен: 7,04 пайыздык пункт — жарыяланган үлүш 100дөн 7,04 пунктка көп дегенди билдирет, 704 добуш эмес.',
    col_pub_share: 'Жарыяланган үлүш',
    col_our_share: 'Добуштардан үлүш',
    col_share_gap: 'Айырма',
    published_other_h: 'Башка дал келбестиктер',
    published_all: 'Бардык табылгалар формулалары менен ({n})',
    progress_download: 'Эсептөөчү жүктөлүүдө… {mb} МБ',
    progress_start: 'Эсептөөчү иштетилүүдө…',
    offline_ready: 'Эми бул барак тармаксыз да иштейт.',
    copy_empty: 'Салыштыра турган эч нерсе жок: көчүрмөңүздөн жок дегенде бир санды киргизиңиз.',
    copy_compared: 'Салыштырылган сандар: {n}. Салыштырылган жок (бош талаалар): {m}.',
    copy_bad_field: 'Сандар гана: «{value}» бүтүн сан эмес.',
    copy_fix: 'Белгиленген талааларды оңдоңуз: эч нерсе салыштырылган жок.',
    copy_differs_mark: 'айырмаланат: жарыяланганы {want}',
    need_mapping_for: '{name} үчүн мамычаларды дал келтирүү файлы (JSON) керек: эсептөө үчүн аны кошуңуз.',
    need_election_for: '{name}: шайлоо файлы жок, ошондуктан шайлоонун сүрөттөмөсү дал келтирүү файлынан чыгарылат: партиялар жана участоктор файлда кандай болсо, ошондой. Шайлоонун өз сүрөттөмөсү боюнча эсептөө үчүн анын файлын (JSON) кошуңуз.',
    mapping_for: 'дал келтирүү: {name}',
    ne_undecided: 'кайра эсептөө округдун жыйынтыгын аныктабайт: {outcome}; жыйынтыкта жарыяланганы: {said}',
    ne_pub_outcome: 'жыйынтык {x}',
    ne_pub_winner: 'жеңүүчү {x}',
    ne_pub_winners: 'жеңүүчүлөр {x}',
    'ne:not published': 'жарыяланган эмес',
    'ne:not published for some lists': 'кээ бир тизмелер үчүн жарыяланган эмес',
    'ne:the summary publishes no okrug': 'жыйынтыкта бир да округ жок',
    'ne:no percentage is published': 'пайыздар жарыяланган эмес',
    'ne:the election defines no okrugs': 'шайлоодо округдар жок',
    'ne:the election defines no regions': 'шайлоодо аймактар аныкталган эмес',
    'ne:the election has no manual-count list protocols': 'тизмелер боюнча кол менен эсептөөнүн протоколдору жок',
    'ne:the election has no manual-count okrug protocols': 'округдар боюнча кол менен эсептөөнүн протоколдору жок',
    'ne:the protocol gives no preference votes': 'протоколдо артыкчылык добуштары жок',
    'ne:the sex of some candidates is not known': 'айрым талапкерлердин жынысы белгисиз',
    'ne:the list has no candidates': 'тизмеде талапкерлер жок',
    'ne:the list has no candidates defined': 'тизменин талапкерлери көрсөтүлгөн эмес',
    'ne:not in force in the rule set': 'бул эрежелер топтомунда колдонулбайт',
    'ne:no voters on the list in the recount': 'кайра эсептөөдө тизмеде шайлоочулар жок',
    'ne:a totals-only count runs no cross-check between protocols': 'жыйынтыктар боюнча гана эсептөө протоколдорду бири-бири менен салыштырбайт',
    'ne:the protocol lacks the votes for the list': 'протоколдо тизмеге берилген добуштар жок',
    'ne:the protocol lacks the votes for some choices on the ballot': 'протоколдо бюллетендеги айрым тандоолорго берилген добуштар жок',
    'ne:whether some candidates have a disability is not known': 'айрым талапкерлердин майыптуулугу белгисиз',
    'ne:a protocol lacks line(s) ': 'протоколдо бул саптар жок: ',
    'ne:the protocol lacks line(s) ': 'протоколдо бул саптар жок: ',
    ne_form_remedy: 'эгер комиссиянын протокол формасында мындай сап жок болсо, форманын саптарын эрежелер топтомунда көрсөтүңүз: "protocol": {"lines": [...]} аны кошпой (docs/rules.md#the-protocol-form), анда катыш алар боюнча текшерилет',
    'ne:not on the protocol form: ': 'протоколдун формасында жок: ',
    'ne:the protocol gives line(s) the form does not have: ': 'протоколдо формасында жок саптар бар: ',
    'ne:a protocol gives line(s) the form does not have: ': 'протоколдордун биринде формасында жок саптар бар: ',
    'ne:the choices on the ballot are not known: ': 'бюллетендеги тандоолор белгисиз: ',
    'ne:does not apply: the lists are closed (no preference votes)': 'колдонулбайт: тизмелер жабык (артыкчылык добуштары жок)',
    'ne:the precinct is not defined': 'участок шайлоонун сүрөттөмөсүндө аныкталган эмес',
    'ne:the definitions of the precinct name different okrugs': 'участоктун сүрөттөмөлөрүндө ар башка округдар көрсөтүлгөн',
    'ne:duplicate machine-count protocols': 'автоматтык эсептөөнүн протоколдору кайталанат',
    'ne:no manual-count protocol to compare with': 'салыштыруу үчүн кол менен эсептөөнүн протоколу жок',
    'ne:the machine-count protocols came to a check not told to expect them': 'автоматтык эсептөөнүн протоколдору аларды күтпөгөн текшерүүгө келди',
    'ne:no choice is on the ballot and the protocol gives no votes': 'бюллетенде тандоо жок жана протокол добуштарды бербейт',
    'ne:the protocol lacks preference votes for some candidates of the list': 'протоколдо тизменин айрым талапкерлерине берилген артыкчылык добуштары жок',
    'ne:a candidate of the list holds more than one list place': 'тизменин талапкери анда бирден ашык орунду ээлейт',
    'ne:the age of some candidates is not known': 'айрым талапкерлердин жашы белгисиз',
    'ne:the ethnicity of some candidates is not known': 'айрым талапкерлердин улуту белгисиз',
    'ne:the rule set gives no published rules (decimals, rounding): published percentages are not compared': 'эрежелер топтомунда жарыялоо эрежелери жок (үтүрдөн кийинки белгилер, тегеректөө): жарыяланган пайыздар салыштырылбайт',
    'ne:the recount fills no list seat: its threshold is not evaluated (protocols lack a line of its base)': 'кайра эсептөө тизмелер боюнча мандат бөлүштүрбөйт: анын босогосу аныкталган жок (протоколдордо анын базасынын сабы жок)',
    'ne:the recount\'s participants is not evaluated: protocols lack a line of it': 'кайра эсептөөдө катышкандардын саны аныкталган жок: протоколдордо анын сабы жок',
    'ne:the recount\'s voters is not evaluated: protocols lack a line of it': 'кайра эсептөөдө шайлоочулардын саны аныкталган жок: протоколдордо анын сабы жок',
    'ne:the recount\'s valid is not evaluated: protocols lack a line of it': 'кайра эсептөөдө жарактуу бюллетендердин саны аныкталган жок: протоколдордо анын сабы жок',
    'ne:the list\'s votes are not published': 'тизменин добуштары жарыяланган эмес',
    'ne:the summary does not publish the voters who took part ("participants"), the base of its percentages': 'жыйынтыкта катышкандардын саны («participants») — пайыздардын негизи — жарыяланган эмес',
    'ne:the summary does not publish the voters on the list ("voters"), the base of its percentages': 'жыйынтыкта шайлоочулардын саны («voters») — пайыздардын негизи — жарыяланган эмес',
    'ne:the summary does not publish the valid ballots ("valid"), the base of its percentages': 'жыйынтыкта жарактуу бюллетендердин саны («valid») — пайыздардын негизи — жарыяланган эмес',
    'ne:the published base of the percentages is not a positive number': 'пайыздардын жарыяланган негизи оң сан эмес',
    'ne:the sum of the published votes overflows int64': 'жарыяланган добуштардын суммасы int64 чегинен ашат',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list is published twice: ': 'жарыяланган добуштардын суммасы, пайыздардын негизи, белгисиз: тизме эки жолу жарыяланган: ',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list\'s votes are not published: ': 'жарыяланган добуштардын суммасы, пайыздардын негизи, белгисиз: тизменин добуштары жарыяланган эмес: ',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list\'s published votes are a partial sum: ': 'жарыяланган добуштардын суммасы, пайыздардын негизи, белгисиз: тизменин жарыяланган добуштары толук эмес сумма: ',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list\'s published votes are negative: ': 'жарыяланган добуштардын суммасы, пайыздардын негизи, белгисиз: тизменин жарыяланган добуштары терс сан: ',
    'ne:the sum of the published votes, the base of the percentages, is not known: a list of the recount is not in the summary: ': 'жарыяланган добуштардын суммасы, пайыздардын негизи, белгисиз: кайра эсептөөдөгү тизме жыйынтыкта жок: ',
    'ne:where the report\'s figures come from is read from its shailoo-provenance: ': 'отчёттун сандары кайдан экени анын shailoo-provenance белгисинен окулду: ',
    'ne:where the report\'s figures come from is read from its Status (certified: official; unofficial-complete, unofficial-partial: preliminary): ': 'отчёттун сандары кайдан экени анын Status статусунан окулду (certified — расмий; unofficial-complete, unofficial-partial — алдын ала): ',
    'ne:contests verify does not compare (ballot measures, retentions), not read: ': 'verify салыштырбаган шайлоолор (добушка коюлган суроолор, судьяларды калтыруу) окулган жок: ',
    'ne:candidate contests not compared (the contest compared is the one named): ': 'салыштырылбаган талапкерлер шайлоолору (аталганы гана салыштырылат): ',
    'ne:counts at GpUnits other than a contest\'s district (precincts, regions) are not read: verify compares a contest\'s totals at its district; for a report of precinct counts alone, give its precinct rows to shailoo count as a protocols file, or add the totals; such GpUnits: ': 'шайлоонун округунан башка GpUnit бирдиктериндеги сандар (участоктор, аймактар) окулган жок: verify шайлоонун жыйынтыктарын анын округу боюнча салыштырат; участоктордун сандары гана бар отчёт үчүн анын участок саптарын shailoo count программасына протоколдор файлы катары бериңиз же жыйынтыктарды кошуңуз; мындай GpUnit: ',
    'ne:counts given in parts by device class (scanner, hand count) and no total, read as the sum of their parts: ': 'түзмөк түрү боюнча бөлүктөргө бөлүнүп (сканер, кол менен эсептөө) жыйынтыгы жок берилген сандар бөлүктөрүнүн суммасы катары окулду: ',
    'ne:counts given in parts by vote type (early, election day, absentee...) and no total, read as the sum of their parts: ': 'добуш берүү түрү боюнча бөлүктөргө бөлүнүп (мөөнөтүнөн мурда, шайлоо күнү, сырттан...) жыйынтыгы жок берилген сандар бөлүктөрүнүн суммасы катары окулду: ',
    'ne:the recount has no write-in choice (ID write-in): the published write-ins are not compared': 'кайра эсептөөдө кошуп жазылган талапкерлер тандоосу жок (ID write-in): жарыяланган кошуп жазылган добуштар салыштырылган жок',
    'ne:the summary does not publish both the voters who took part and the voters on the list': 'жыйынтыкта катышкандардын саны да, шайлоочулардын саны да бирге жарыяланган эмес',
    'ne:the published voters on the list are not a positive number': 'жарыяланган шайлоочулардын саны оң сан эмес',
    'ne:invalid published rules: ': 'жарыялоо эрежелери туура эмес: ',
    quota_of_one: '{seats} мандатка {name} квотасы: {calc}',
    quota_of_few: '{seats} мандатка {name} квотасы: {calc}',
    quota_of_many: '{seats} мандатка {name} квотасы: {calc}',
    quota_name_hare: 'Хэр',
    quota_name_droop: 'Друп',
    quota_name_hagenbach_bischoff: 'Хагенбах-Бишофф',
    quota_name_imperiali: 'Империали',
    quota_raised: '{from} квотасы орундардан ({seats}) көбүрөөк мандат ({n}) берет: мандаттар {to} квотасы боюнча кайра бөлүштүрүлдү.',
    'fig:a defined precinct': 'шайлоонун сүрөттөмөсүндөгү участок',
    'fig:a defined okrug': 'шайлоонун сүрөттөмөсүндөгү округ',
    'fig:a defined region': 'шайлоонун сүрөттөмөсүндөгү аймак',
    'fig:not published': 'жарыяланган эмес',
    'fig:none': 'жок',
    'fig:no preference votes': 'артыкчылык добуштарысыз',
    'fig:a party on the ballot': 'бюллетендеги партия',
    'fig:a manual-count protocol': 'кол менен эсептөөнүн протоколу',
    fig_candidate_in: '{okrug} округундагы талапкер',
    fig_votes_for: '«{choice}» үчүн добуштар',
    'fig:a candidate on a party list': 'партиялык тизмедеги талапкер',
    'fig:no okrug-ballot protocol': 'округ боюнча протокол жок',
    'fig:okrug-ballot protocol': 'округ боюнча протокол',
    'fig:an okrug': 'округ',
    'fig:a region': 'аймак',
    exact_word: 'так',
    level_nation: 'өлкө боюнча',
    level_list: 'тизме',
    level_okrug: 'округ',
    level_precinct: 'участок',
    level_region: 'аймак',
    level_file: 'файл',
    pline_percent: 'үлүш, %',
    pline_sum: 'үлүштөрдүн суммасы',
    pline_votes: 'добуштар',
    pline_turnout: 'катышуу, %',
    pline_participants: 'катышкан шайлоочулар',
    pline_voters: 'тизмелердеги шайлоочулар',
    pline_seats: 'мандаттар',
    pline_winner: 'жеңүүчү',
    pline_outcome: 'жыйынтык',
    nc_ambiguous: 'шайлоонун сүрөттөмөсү бир маанилүү эмес (табылгалар {codes}): идентификатор эки жолу аныкталган же резервделген',
    nc_base: 'босогонун базасын протоколдордон эсептөөгө болбойт: ',
    'ne:duplicate manual-count protocols': 'кол менен эсептөөнүн протоколдору кайталанат',
    'ne:no manual-count list protocol to compare with': 'салыштыруу үчүн тизмелер боюнча кол менен эсептөөнүн протоколу жок',
    'ne:the precinct is abroad': 'участок чет өлкөдө',
    'ne:the precinct names no okrug': 'участоктун округу көрсөтүлгөн эмес',
    'ne:the precinct\'s okrug is not defined': 'участоктун округу аныкталган эмес',
    'data:Jogorku Kenesh election, 28 November 2021': 'Жогорку Кеңешке шайлоо, 2021-жылдын 28-ноябры',
    'data:Jogorku Kenesh, 28 November 2021: the law as the courts applied it': 'Жогорку Кеңеш, 2021-жылдын 28-ноябры: соттор колдонгон мыйзам',
    'data:Jogorku Kenesh, 28 November 2021: the CEC amendment of 15 Dec 2021 (women\'s quota rounded up)': 'Жогорку Кеңеш, 2021-жылдын 28-ноябры: БШКнын 2021-жылдын 15-декабрындагы өзгөртүүсү (аялдар квотасы жогору тегеректелет)',
    'data:Jogorku Kenesh, 10 October 2010: 120 list seats, 5% of the voters on the list nationally and 0.5% in each region, at most 65 seats per party, closed lists': 'Жогорку Кеңеш, 2010-жылдын 10-октябры: тизмелер боюнча 120 мандат, өлкө боюнча тизмедеги шайлоочулардын 5% жана ар бир аймакта 0,5% босогосу, бир партияга 65 мандаттан ашпайт, жабык тизмелер',
    'data:Jogorku Kenesh, 4 October 2015: 120 list seats, 7% national and 0.7% regional thresholds, at most 65 seats per party, closed lists': 'Жогорку Кеңеш, 2015-жылдын 4-октябры: тизмелер боюнча 120 мандат, өлкө боюнча 7% жана аймактык 0,7% босоголор, бир партияга 65 мандаттан ашпайт, жабык тизмелер',
    'data:Jogorku Kenesh, 30 November 2025: 30 districts of 3 seats, one vote, at most 2 of one sex': 'Жогорку Кеңеш, 2025-жылдын 30-ноябры: ар биринде 3 мандаттан 30 округ, бир добуш, бир жыныстагы депутаттар 2ден ашпайт',
    'data:kg2021': 'Жалпы жыйынтыктар расмий (БШКнын 2021-жылдын 15-декабрындагы № 836 токтому); округдардагы лидерлер жана үлүштөр алдын ала (Kaktus.media, 2021-жылдын декабры); участоктордун протоколдору, аймактар боюнча маалымат, калган 15 тизменин добуштары, талапкерлер жана артыкчылык добуштары синтетикалык — ар бир жарыяланган санды кайталай тургандай тандалган.',
    rc_h: 'Көп булактарды салыштыруу',
    rc_intro: 'Жарыяланган протоколдорду байкоочулардын көчүрмөлөрү жана мурда жарыяланган версия менен салыштырыңыз: кайсы сандар, кайда, канчага айырмаланат жана мандаттар өзгөрмөк беле.',
    rc_drop: 'Шайлоонун аныктамасын, жарыяланган файлдарды жана көчүрмөлөрдү бул жерге таштаңыз (көп файл же папка) же төмөндөн тандаңыз.',
    rc_f_election: 'Шайлоонун аныктамасы (JSON; ансыз биринчи CSV файлдын дал келтирүүсүнөн алынат)',
    rc_f_published: 'Жарыяланган протоколдор (мамычалардын сүрөттөмөсү менен CSV же шайлоонун JSON файлы)',
    rc_f_earlier: 'Мурда жарыяланган версия (милдеттүү эмес)',
    rc_f_copies: 'Байкоочулардын көчүрмөлөрү (JSON, ар бири бир протокол)',
    rc_f_folder: 'Көчүрмөлөр салынган папка',
    rc_time_published: 'Жарыяланган версиянын убактысы (милдеттүү эмес)',
    rc_time_earlier: 'Мурдагы версиянын убактысы (милдеттүү эмес)',
    rc_run: 'Салыштыруу',
    rc_src_published: 'жарыяланган',
    rc_src_earlier: 'мурдагы',
    rc_src_copies: 'көчүрмөлөр',
    rc_loaded: '{what}: {n} файл',
    rc_need: 'Жок дегенде эки булак керек (жарыяланган файлдар жана көчүрмөлөр, же мурдагы версия), ошондой эле шайлоонун аныктамасы, эгер аны дал келтирүүсү бар CSV файл бербесе.',
    rc_need_mapping: '{name} үчүн мамычалардын сүрөттөмөсү жок (ошол эле аттагы JSON файл, мисалы «list.csv» үчүн «list-mapping.json»).',
    rc_unknown_file: '{name}: аныктама да, сүрөттөмө да, протоколдор да, көчүрмө да эмес; колдонулган жок.',
    rc_running: 'Салыштырылууда…',
    rc_done: '{s} секундда салыштырылды.',
    rc_sources_h: 'Булактар',
    rc_source: '{name}: {n} протокол',
    rc_base: 'негизги',
    rc_pairs_h: 'Булактардын жуптары боюнча жыйынтык',
    rc_pair: '«{a}» жана «{b}»: {compared} протокол салыштырылды, {differ} айырмаланат ({share}), {figures} сан.',
    rc_touched: 'Округдар: {okrugs}. Аймактар: {regions}.',
    rc_only: '«{name}» булагында гана {n} протокол.',
    rc_not_compared: 'Бир булакта гана бар {n} сан салыштырылган жок.',
    rc_moved: 'Которулган добуштар ({b} − {a}): {list}.',
    rc_largest: 'Эң чоң айырмалар: {list}.',
    rc_versions_h: 'Убакыт боюнча',
    rc_version: '«{from}» ({from_time}) версиясынан «{to}» ({to_time}) версиясына:',
    rc_impact_h: 'Мандаттарга таасири',
    rc_impact: '«{base}» ордуна «{source}» сандары менен: {sub} протокол алмаштырылды, {changed} сан өзгөрдү, {added} кошулду, {left} эсепке алынган жок.',
    rc_impact_kept: '«{source}» бербеген «{base}» протоколдору ({kept}) «{base}» сандары менен эсептелди.',
    rc_impact_list: 'Тизме',
    rc_impact_seats: 'Мандаттар: {name}',
    rc_impact_votes: 'Добуштар: {name}',
    rc_no_move: 'Тизмелердин ортосунда мандат которулбайт.',
    rc_okrug_change: '{id} округу: {base} → {alt}.',
    rc_count_state: '«{name}» эсеби: {state}.',
    rc_provisional: 'алдын ала',
    rc_awaiting: 'теңдик чүчүкулак күтөт',
    rc_errors: '{n} ката',
    rc_diffs_h: 'Айырмалар',
    rc_diffs_summary: '{n} сан айырмаланат; бир булакта гана {only} протокол; {errors} ката, {warnings} эскертүү.',
    rc_diffs_more: '{n} айырманын алгачкы {shown} көрсөтүлдү; JSON файлында баары бар.',
    rc_precinct: 'Участок',
    rc_ballot: 'Бюллетень',
    rc_count: 'Эсептөө',
    rc_field: 'Көрсөткүч',
    rc_manual: 'кол менен',
    rc_machine: 'автоматтык',
    rc_none: 'жок',
    rc_precinct_show: '{id} участогунун бардык булактарын көрсөтүү',
    rc_side_h: '{id} участогу: бардык булактар катар',
    rc_side_caption: '{ballot}, эсептөө: {count}',
    rc_findings_h: 'Башка табылгалар',
    rc_no_findings: 'Айырмалардан башка эч нерсе жок.',
    rc_only_h: 'Бир булакта гана бар протоколдор',
    rc_notes_h: 'Эскертмелер',
    rc_note_none_lines: '«{source}» {n} протоколдо протоколдун саптарын бербейт: ал сандар салыштырылган жок',
    rc_note_none_votes: '«{source}» {n} протоколдо добуштарды бербейт: ал сандар салыштырылган жок',
    rc_note_none_preferences: '«{source}» {n} протоколдо артыкчылык добуштарын бербейт: ал сандар салыштырылган жок',
    fz_h: 'Статистикалык издер',
    fz_intro: 'Участоктордун сандарынын формасы: катышуу менен тизменин үлүшү, кокустукка салыштырмалуу бүтүн пайыздагы участоктор, акыркы цифралар, машина менен кол менен эсептөө, аймактар боюнча катышуу. Ар бир диаграмма эмнени көрсөтөрүн жана эмнени далилдей албасын айтат: кокустук сейрек берген форма — жооп эмес, суроо.',
    fz_seed: 'Урук',
    fz_draws: 'Монте-Карло тартуулары',
    fz_run: 'Диаграммаларды тургузуу',
    fz_running: 'Диаграммалар тургузулууда…',
    fz_done: 'Диаграммалар {seed} уругунан, {draws} тартуу менен, {ms} мс ичинде буйрук сабындагыдай эле Go коду менен тургузулду.',
    fz_bad_seed: 'Урук 0дөн 18446744073709551615ке чейинки бүтүн сан болушу керек.',
    fz_stale: 'Диаграммалар башка эсептөөгө тиешелүү: аларды кайра тургузуңуз.',
    feed_partial: 'Жарым-жартылай жыйынтык: {m} участоктун {n} участогу отчет берди',
    feed_complete: '{m} участоктун баары отчет берди',
    feed_protocols: 'эсептелген протоколдор: тизмелер боюнча {list_m} ичинен {list}, округдар боюнча {okrug_m} ичинен {okrug}',
    feed_following: 'Барак {url} лентасын көзөмөлдөп турат: протоколдор келген сайын жыйынтык өзгөрөт.',
    feed_lost: '{url} лентасына жетүү мүмкүн эмес; кайра аракет кылынууда. (Барак өз сайтынын лентасын гана көзөмөлдөй алат: аны лентадан ачыңыз, shailoo feed --web.)',
    feed_bad: 'Бул лентанын дареги эмес: {url}',
    ty_h: 'Көргөн сандарыңызды текшериңиз',
    ty_intro: 'Сандарды жарыяланган боюнча жазыңыз (жыйынтыктар сайтында, телевизордо, гезитте): ар бир тизменин пайыздагы үлүшүн жарыяланган боюнча (30,94 же 30.94), добуштары берилген болсо аларды жана катышкан шайлоочулардын санын. Барак аларды буйрук сабы жарыяланган жыйынтыктарды текшергендей кайра эсептөө менен салыштырат. Сандар сиздики: барак аларды эч качан расмий деп көрсөтпөйт.',
    ty_lists_demo: 'Бул баракта шайлоо эсептелген жок: тизмелер жана кайра эсептөө — ичине камтылган 2021-жылдын шайлоосунуку.',
    ty_lists_result: 'Тизмелер жана кайра эсептөө — жогоруда эсептелген шайлоонуку.',
    ty_col_list: 'Тизме',
    ty_col_share: 'Жарыяланган үлүш, %',
    ty_col_votes: 'Жарыяланган добуштар (милдеттүү эмес)',
    ty_participants: 'Добуш берүүгө катышкандар, жарыяланган боюнча (милдеттүү эмес)',
    ty_start: 'Жарыяланган сандарды жазуу',
    ty_check: 'Бул сандарды текшерүү',
    ty_clear: 'Форманы тазалоо',
    ty_fill_h: 'Же форманы камтылган мисал менен толтуруңуз:',
    ty_fill_official: 'Расмий акыркы жыйынтык (БШКнын 2021-жылдын 15-декабрындагы № 836 токтому)',
    ty_fill_portal: 'Шайлоо түнүндөгү сайттын таблицасы, СИНТЕТИКАЛЫК калыбына келтирүү (анын үлүштөрүнүн суммасы 144%)',
    ty_source_typed: 'Бул сандардын булагы: сиз жаздыңыз.',
    ty_source_edited: 'Бул сандардын булагы: {file} мисалынан баштап сиз жаздыңыз.',
    ty_source_official: 'Бул сандардын булагы: {file} мисалы, расмий сандар. Анын булагы, файлда берилгендей:',
    ty_source_synthetic: 'Бул сандардын булагы: {file} мисалы, СИНТЕТИКАЛЫК калыбына келтирүү, эч ким жарыялаган сандар эмес. Анын булагы, файлда берилгендей:',
    ty_result_h: 'Сиздин сандар жана кайра эсептөө, эң чоң айырма биринчи',
    ty_col_figure: 'Сан',
    ty_col_typed: 'Сиз жаздыңыз',
    ty_col_recount: 'Кайра эсептөө',
    ty_col_gap: 'Айырма',
    ty_col_check: 'Текшерүү',
    ty_what_share: 'үлүш',
    ty_what_votes: 'добуштар',
    ty_what_participants: 'катышкандар',
    ty_gap_points: '{gap} пункт',
    ty_agrees: 'дал келет',
    ty_disagrees: 'айырмаланат',
    ty_follows: 'айырмаланат, бирок сиз жазган добуштар жана катышкандар үчүн туура: айырма ошолордо',
    ty_own_too: 'сиз жазган добуштардын катышкандардагы үлүшү да эмес',
    ty_not_evaluated: 'текшерилген жок',
    ty_sum: 'Сиз жазган үлүштөрдүн суммасы {sum}.',
    ty_sum_over: 'Сиз жазган үлүштөрдүн суммасы {sum}: алардын баары бир бүтүндүн үлүштөрү боло албайт.',
    ty_count: 'Сиз жазган {m} сандын {n} саны кайра эсептөөдөн айырмаланат.',
    ty_none: 'Жок дегенде бир үлүштү же добуштардын санын жазыңыз.',
    ty_bad_share: '{list}, үлүш: «{value}» пайыз эмес (30,94 же 30.94 деп жазыңыз).',
    ty_share_over: '{list}, үлүш: «{value}» 100%дан ашык: үлүш 100дөн ашпайт.',
    ty_bad_votes: '{list}, добуштар: «{value}» бүтүн сан эмес.',
    ty_bad_participants: 'Катышкандар: «{value}» бүтүн сан эмес.',
    rx_group: 'Башка өлкөлөрдүн файлдары үчүн мисалдар',
    rx_fptp: 'fptp: ар бир округга бир мандат — эң көп добуш алган талапкерге (мисал, мыйзам эмес)',
    rx_one_seat: 'one-seat: бир мандат — эң көп добуш алган тизмеге же талапкерге, президенттик шайлоонун файлы үчүндөй (мисал, мыйзам эмес)',
    rx_chosen: '{id} эрежелер топтому — мисал, мыйзам эмес: анын мандаттары эч бир мыйзамдыкы эмес. Өз шайлооңуздун эрежелер топтому (JSON) болсо, аны жүктөңүз.',
    rx_hint_okrug: 'эрежелер топтомдорунун тизмесинен «{name}» тандаңыз (ар бир округга көпчүлүк добуш менен бир мандат, мисал, мыйзам эмес) же өз шайлооңуздун эрежелер топтомун жүктөңүз',
    rx_hint_list: 'эң көп добуш алган тизмеге же талапкерге бир мандат үчүн эрежелер топтомдорунун тизмесинен «{name}» тандаңыз (мисал, мыйзам эмес); тизмелер арасында бөлүнүүчү мандаттар үчүн өз шайлооңуздун эрежелер топтомун жүктөңүз: бул жерде мандаттарды тизмелер арасында жалпы эреже боюнча бөлгөн мисал жок (examples/duma2021 жана examples/latvia2018 — эрежелер топтому катары жазылган эки мыйзам)',
    pv_rules_banner: '{rules} эрежелер топтому боюнча кайра эсептелген, шайлоо өткөн {held} боюнча эмес: көрсөтүлгөн орундар, босоголор жана округдардын жыйынтыктары жарыяланган жыйынтык эмес. Добуштар — протоколдордуку.',
    pv_rules_arc: 'Бул орундар {rules} эрежелер топтому боюнча кайра эсептелген: жарыяланган жыйынтык эмес.',
    pv_rules_back: '{held} боюнча эсептөө',
    pv_source: 'добуштар: {prov}; орундар: {rules} боюнча кайра эсептелген',
    pv_source_seat: '{rules} боюнча кайра эсептелген (талапкердин маалыматы: {prov})',
    pv_synth_share: 'синтетикалык добуштардан',
    pv_shares_sorted: 'Айырманын чоңдугу боюнча иреттелген, эң чоңунан баштап.',
    pv_shares_synth: '«Синтетикалык добуштардан» деп белгиленген саптар: ал тизменин добуштары синтетикалык алмаштыруу (жарыяланган эмес), ошондуктан анын добуштардан үлүшү жарыяланганды текшербейт.',
    pv_stale: 'Мурунку жыйынтык алынып салынды: ал бул файлдардыкы эмес эле.',
    pv_more_places: 'жана ушундай дагы {n}: көрсөтүү',
    pv_group_note: 'Бир коддогу жана бир түрдөгү табылгалар бир жолу көрсөтүлөт, ушундай калгандары анын астында жыйылган: топтор: {groups}; алардагы табылгалар: {n}.',
    pv_list_no: 'тизмедеги №{n}',
    pv_okrug_no: '№{n} талапкер',
    pv_no_name: 'Шайлоонун сүрөттөмөсүндө бул талапкерлердин аттары жок: ар бири тизмедеги орду менен аталды.',
    pv_at_least: 'кеминде {n}',
    pv_at_most: 'эң көп {n}',
    error_at: '{file}, {line}-сап, {column}-мамыча',
    error_field: '{field} талаасы',
    'err.not_number': 'бүтүн сан эмес',
    'err.out_of_range': 'сан өтө чоң',
    'err.short_row': 'сап өтө кыска: уячасы жетишпейт',
    'err.long_row': 'сап өтө узун: акыркы мамычадан кийин уяча бар',
    'err.no_rows': 'файлда баш сабы бар, бирок маалымат саптары жок',
    'err.encoding': 'файл окулуп жаткан коддоодо эмес: анын коддоосун дал келтирүүдө көрсөтүңүз (мисалы, "encoding": "windows-1251") же аны UTF-8 катары сактаңыз',
    'err.empty': 'файл бош: баш сабы да, саптары да жок',
    'err.not_table': 'файл мамычалары бар таблица эмес (бир мамыча же ар кандай бөлгүчтө саптардын узундугу ар башка)',
    'err.no_figures': 'файлда саптар бар, бирок бир дагы сапта сан жок: жыйынтыктар азырынча жок',
    'err.duplicate_row': 'ошол эле протокол жана ошол эле тандоо үчүн экинчи сап',
    'err.missing_header': 'дал келтирүүдө аталган мамыча файлда жок',
    'err.other_file': 'дал келтирүүдөгү мамычалардын бири да бул файлда жок: бул дал келтирүү башка файл үчүн эмеспи?',
    'err.mapping': 'мамычаларды дал келтирүү туура эмес же файлга туура келбейт',
    'err.syntax': 'файл туура эмес түзүлгөн (синтаксистик ката)',
    'err.unknown_field': 'бул форматта мындай талаа жок',
    'err.type': 'маанинин түрү туура эмес (сандын ордуна текст же тескерисинче)',
    'err.duplicate_key': 'бир эле ачкыч эки жолу көрсөтүлгөн',
    'err.missing': 'милдеттүү талаа жок',
    'err.bad_value': 'бул формат уруксат бербеген маани',
    'err.conflict': 'ошол эле участок тууралуу мурунку сапка карама-каршы келет',
    'err.choices': 'дал келтирүү менен шайлоонун аныктамасы тандоолор боюнча дал келбейт',
    'err.rules': 'эрежелер топтому буга жол бербейт',
    'err.unknown_preset': 'мындай идентификатору бар камтылган эрежелер топтому жок',
    'err.lots': 'берилген чүчүкулак туура эмес',
    'err.annul': 'жокко чыгаруу туура эмес көрсөтүлгөн',
    'err.summary': 'жарыяланган жыйынтык бул жерде туура эмес',
    'err.no_mapping': '{file} үчүн мамычаларды дал келтирүү (JSON) жок',
    'err.no_definition': 'шайлоо файлы берилген жок, ал эми дал келтирүү боюнча гана шайлоону аныктоого болбойт',
    'err.okrug_seats': 'эрежелер топтому файлдардан алынган округдарга туура келбейт: ар бир округга бир мандат берген эрежелер топтомун же шайлоо файлын бериңиз',
    'err.list_seats': 'файлдар тизме бюллетендерин гана берет, ал эми эрежелер топтомунда тизме мандаттары жок: саптар округ бюллетендери болсо, дал келтирүүдө "ballot" — "okrug"; же тизме мандаттары бар эрежелер топтомун бериңиз',
    'err.demo_with_input': 'демо камтылган маалыматтарды эсептейт: аны менен шайлоону же протоколдорду бербеңиз',
    'err.no_precinct': 'бул шайлоодо {precinct} участогу жок',
    'err.no_precinct_like': 'бул шайлоодо {precinct} участогу жок; коду ушуну менен бүткөн участоктор: {n}',
    'err.no_protocol': 'салыштыруу үчүн бул участоктун жана бюллетендин жарыяланган протоколу жок',
    'err.internal': 'программанын ички катасы (сураныч, ал тууралуу кабарлаңыз)',
    'err.other': 'киргизилген маалыматтарды окуу мүмкүн болгон жок',
    'err.detail': 'Кененирээк (англис тилинде)',
    'finding.P101.title': 'Алынган бюллетендердин балансы туура келбейт',
    'finding.P102.title': 'Кутулардан табылган бюллетендер жараксыз жана жарактуу бюллетендердин суммасына барабар эмес',
    'finding.P103.title': 'Жарактуу бюллетендер добуштардын суммасына барабар эмес',
    'finding.P104.title': 'Тизмедеги шайлоочулардан көп бюллетень берилген',
    'finding.P105.title': 'Кутуларда берилгенден көп бюллетень табылган',
    'finding.P106.title': 'Терс сан',
    'finding.P107.title': 'Преференциялык добуштар тизме үчүн берилген добуштардан көп',
    'finding.P108.title': 'Кутуларда тизмедеги шайлоочулардан көп бюллетень табылган',
    'finding.P110.title': 'Тизмедегиден көп шайлоочу катышкан',
    'finding.P111.title': 'Табылган бюллетендер көтөргөндөн көп добуш',
    'finding.P112.title': 'Тизмедеги шайлоочулар бере алгандан көп добуш',
    'finding.P113.title': 'Табылган бюллетендер көтөргөндөн аз добуш',
    'finding.P109.title': 'Нөлдөрдөн турган протокол',
    'finding.X201.title': 'Автоматтык жана кол менен эсептөө сап боюнча айырмаланат',
    'finding.X202.title': 'Автоматтык жана кол менен эсептөө добуштар боюнча айырмаланат',
    'finding.X203.title': 'Автоматтык жана кол менен эсептөө преференциялык добуштар боюнча айырмаланат',
    'finding.X204.title': 'Тизмелер жана округ боюнча берилген бюллетендердин саны айырмаланат',
    'finding.X205.title': 'Кутулардан табылган тизме жана округ бюллетендеринин саны айырмаланат',
    'finding.X206.title': 'Участок бир нече жолу аныкталган',
    'finding.X207.title': 'Кайталанган протокол',
    'finding.X208.title': 'Белгисиз участоктун протоколу',
    'finding.X209.title': 'Бюллетенде жок партия үчүн добуштар',
    'finding.X210.title': 'Округда ат салышпаган талапкерге добуштар',
    'finding.X211.title': 'Эч бир тизмеде жок талапкерге преференциялык добуштар',
    'finding.X212.title': 'Участок белгисиз округда',
    'finding.X213.title': 'Участок белгисиз аймакта',
    'finding.X214.title': 'Чет өлкөдөгү участоктон округ боюнча протокол',
    'finding.X215.title': 'Партиялык тизмелер боюнча кол менен эсептөөнүн протоколу жок',
    'finding.X216.title': 'Бир мандаттуу округ боюнча кол менен эсептөөнүн протоколу жок',
    'finding.X217.title': 'Өлкө ичиндеги участоктун округу көрсөтүлгөн эмес',
    'finding.X218.title': 'Өлкө ичиндеги участоктун аймагы көрсөтүлгөн эмес',
    'finding.X219.title': 'Партия бир нече жолу аныкталган',
    'finding.X220.title': 'Округ бир нече жолу аныкталган',
    'finding.X221.title': 'Аймак бир нече жолу аныкталган',
    'finding.X222.title': 'Талапкер тизмелерде бир нече жолу катталган',
    'finding.X223.title': 'Талапкер округда эки жолу катталган',
    'finding.X224.title': 'Партия же талапкер «баарына каршы» идентификаторун колдонот',
    'finding.X225.title': 'Округ белгисиз аймакта',
    'finding.X226.title': 'Округ боюнча протоколдо преференциялык добуштар',
    'finding.X227.title': 'Протоколдо босогонун же көпчүлүк эрежесинин базасы түзүлгөн сап жок',
    'finding.X228.title': 'Протоколдун белгисиз сабы',
    'finding.X229.title': 'Протоколдо бюллетендеги тандоо үчүн добуштар жок',
    'finding.X230.title': 'Талапкердин бир ID\'си бир округда шайланып, башкасында да талапкер',
    'finding.X231.title': 'Ар бир округда бир эле талапкер, баарында ошол эле',
    'finding.X232.title': 'Бош бюллетендер, бузулган бюллетендер же «баарына каршы» деп аталган тандоо мандат алат',
    'finding.X233.title': 'Бир округ эки түрдүү жазылганбы?',
    'finding.X234.title': 'Бир округ бир бөлүгүсүз аталганбы?',
    'finding.X235.title': 'Тандоо калгандардын добуштарынын суммасы менен жеңет',
    'finding.X236.title': 'Калгандардын добуштары бирге деп аталган тандоо мандат алат',
    'finding.X237.title': 'Округдагы бир тандоонун ID\'си файлдарда эки түрдүү аталган',
    'finding.X238.title': 'Ээлеген орун катары аталган тандоо мандат алат',
    'finding.S301.title': 'Жарыяланган пайыз добуштарга туура келбейт',
    'finding.S302.title': 'Жарыяланган добуштар кайра эсептөөдөн айырмаланат',
    'finding.S303.title': 'Жарыяланган үлүштөрдүн суммасы 100%дан ашат',
    'finding.S304.title': 'Жарыяланган катышуу туура келбейт',
    'finding.S305.title': 'Жарыяланган катышкандардын саны кайра эсептөөдөн айырмаланат',
    'finding.S306.title': 'Жарыяланган шайлоочулардын саны кайра эсептөөдөн айырмаланат',
    'finding.S307.title': 'Жарыяланган мандаттардын саны кайра эсептөөдөн айырмаланат',
    'finding.S308.title': 'Округ боюнча жарыяланган жеңүүчү кайра эсептөөдөн айырмаланат',
    'finding.S309.title': 'Округ боюнча жарыяланган жыйынтык кайра эсептөөдөн айырмаланат',
    'finding.S310.title': 'Жарыяланган тизме кайра эсептөөдө жок',
    'finding.S311.title': 'Тизме жарыяланган жыйынтыкта жок',
    'finding.S312.title': 'Жарыяланган округ кайра эсептөөдө жок',
    'finding.S313.title': 'Округ жарыяланган жыйынтыкта жок',
    'finding.S314.title': 'Тизме же округ эки жолу жарыяланган',
    'finding.S315.title': 'Округдагы талапкердин жарыяланган добуштары кайра эсептөөдөн айырмаланат',
    'finding.S316.title': 'Жарыяланган пайыз жарыяланган сандарга туура келбейт',
    'finding.S317.title': 'Жарыяланган пайыз жарыяланган сандардын артынан айырмаланат',
    'finding.S320.title': 'Жарыяланган пайыз эрежелер топтомундагыдан азыраак белги менен жазылган, өз белгилеринде туура',
    'finding.S318.title': 'Жарыяланган жарактуу бюллетендердин саны кайра эсептөөдөн айырмаланат',
    'finding.S319.title': 'Аймактагы талапкердин жарыяланган добуштары кайра эсептөөдөн айырмаланат',
    'finding.S321.title': 'Аймактагы тизменин жарыяланган добуштары кайра эсептөөдөн айырмаланат',
    'finding.S322.title': 'Талапкер округдун жарыяланган добуштарында жок',
    'finding.C401.title': 'Көчүрмө менен жарыяланган протокол сап боюнча айырмаланат',
    'finding.C402.title': 'Көчүрмө менен жарыяланган протокол добуштар боюнча айырмаланат',
    'finding.C403.title': 'Көчүрмө менен жарыяланган протокол преференциялык добуштар боюнча айырмаланат',
    'finding.C404.title': 'Көрсөткүч көчүрмөдө бар, бирок жарыяланган протоколдо жок',
    'finding.C405.title': 'Көрсөткүч жарыяланган протоколдо бар, бирок көчүрмөдө жок',
    'finding.C406.title': 'Көчүрмө менен жарыяланган протокол башка-башка участокко же бюллетенге тиешелүү',
    'finding.L501.title': 'Тизмеде талапкерлер өтө көп',
    'finding.L502.title': 'Бир жыныстагы талапкерлер өтө көп',
    'finding.L503.title': '35 жашка чейинки талапкерлер өтө аз',
    'finding.L504.title': 'Башка улуттагы талапкерлер өтө аз',
    'finding.L505.title': 'Ден соолугунун мүмкүнчүлүгү чектелген талапкерлер өтө аз',
    'finding.I601.title': 'Киргизилген файлдын окулбаган сабы',
    'finding.I602.title': 'Белгисиз бюллетендин протоколу',
    'finding.I605.title': 'Сап участокту аныктамадагыдан башка жерге коёт',
    'finding.I606.title': 'Протоколдун бөлүктөрү бир санда айырмаланат',
    'finding.I608.title': '«Жыйынтык» деп аталган сап участок катары эсептелди',
    'finding.I607.title': 'Округдун саптары эки аймакты атайт',
    'finding.I610.title': 'Сан гана менен айырмаланган саптар кошулду',
    'finding.I611.title': 'Бир эле санды кайталаган саптар кошулду',
    'finding.I612.title': 'Кошулган саптардын добуштары шайлоочулардан көп',
    'finding.I613.title': 'Эки адамдын саптары бир талапкер катары кошулду',
    'finding.I617.title': 'Сап башка участоктун сабынын бардык сандарын кайталайт',
    'finding.I614.title': '(Дээрлик) ар бир протоколдун тандоолору бирдей добуш алат',
    'finding.I615.title': 'Добуш мамычасынын суммасынын бир бөлүгү протоколдун сабын кайталайт',
    'finding.I616.title': 'Саптын жыйынтыгы анын бөлүктөрүнүн суммасына барабар эмес',
    'finding.I609.title': 'Маалыматтын үстүндө өткөрүлгөн сап маалымат сабына окшош',
    'finding.I604.title': 'Баш сап маалымат сабына окшош',
    'finding.I603.title': 'Сап — башка саптардын жыйынтыгы',
    'finding.R701.title': 'Булактар сап боюнча айырмаланат',
    'finding.R702.title': 'Булактар добуштар боюнча айырмаланат',
    'finding.R703.title': 'Булактар преференциялык добуштар боюнча айырмаланат',
    'finding.R704.title': 'Көрсөткүчтөр бир булактын протоколунда бар, башкасында жок',
    'finding.R705.title': 'Протокол негизги булакта жок',
    'finding.R706.title': 'Протокол бир булакта эки жолу, башка-башка сандар менен',
    'finding.R707.title': 'Протокол бир булакта эки жолу, бирдей сандар менен',
    'finding.R708.title': 'Шайлоонун аныктамасында жок участоктун протоколу',
    'finding.R709.title': 'Участок бербеген бюллетендин протоколу',
  },
};

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
  misplaced: {}, // the file last refused by each of the protocols and mapping pickers (see misplaced)
  files: { csv: [], mapping: [], ballots: [], election: null, summary: null, rules: null, lots: null },
  demo: false,
  source: null, // the source of the shown result
  resultText: '',
  result: null,
  verifyText: '',
  verify: null,
  shown: PAGE,
  precinct: null, // id shown in the precinct panel
  timings: {},
  drafter: null, // a promise of the draft module's call function, once asked for
  tooler: null, // a promise of the tools module's call function, once a tool is used
  drafts: new Map(), // a protocols CSV (of files.csv) -> its draft on this device
  drafting: null, // the CSV being drafted
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

// plural is the form of a noun after n that the catalog's "_one", "_few"
// and "_many" keys hold, as package report's plural says it (Russian:
// 1 мандат, 2 мандата, 5 мандатов, 21 мандат; English: 1 seat, 2 seats;
// Kyrgyz does not inflect a noun after a number, its three forms are one).
function plural(n) {
  const ru = state.lang === 'ru';
  if (n % 10 === 1 && n % 100 !== 11 && (ru || n === 1)) return 'one';
  if (ru && n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) return 'few';
  return 'many';
}

// tCount is t() of the key's form for the count n (see plural).
function tCount(key, n, vars) {
  return t(key + '_' + plural(Math.abs(Number(n)) || 0), vars);
}

// The page's numbers, by kind, each in the page's language: num (a count),
// signed (a difference), dec (a decimal string of the Result, exact: only
// its separators change), pct (a percentage of the Result). SEPARATORS
// gives each language's, set here rather than asked of Intl: a browser
// without Kyrgyz number data (Chromium) would group ky's thousands with
// English commas. Kyrgyz, like Russian, groups thousands with a no-break
// space and writes a decimal comma; a minus is U+2212, never a hyphen.
const SEPARATORS = { en: [',', '.'], ru: ['\u00a0', ','], ky: ['\u00a0', ','] };

// dec shows a decimal figure ("64081.10", "-7.04", 1281622) in the page's
// language without changing a digit; anything else is shown as it is.
function dec(x) {
  if (x === undefined || x === null || x === '') return '';
  const s = typeof x === 'number' && !Number.isInteger(x) ? String(x) : typeof x === 'bigint' ? x.toString() : String(x);
  const m = /^([+\-−]?)(\d+)(?:\.(\d+))?$/.exec(s.trim());
  if (!m) return s;
  const [group, point] = SEPARATORS[state.lang] || SEPARATORS.en;
  const sign = m[1] === '-' || m[1] === '−' ? '−' : m[1];
  return sign + m[2].replace(/\B(?=(\d{3})+$)/g, group) + (m[3] === undefined ? '' : point + m[3]);
}

// num shows a count.
function num(n) {
  return dec(n);
}

// signed shows a difference with its sign: +12, −1, 0.
function signed(n) {
  if (n > 0) return '+' + num(n);
  if (n < 0) return '−' + num(-n);
  return num(0);
}

// pct shows a percentage the Result gives as a decimal string ("34.61").
function pct(x) {
  return x === undefined || x === null || x === '' ? '' : dec(x) + '%';
}

// share writes part/whole as a percentage with two decimals, rounded half
// up exactly (BigInt: a float's 100 * 1/8 can round either way at a
// third decimal of 5), as the library rounds its published shares.
function share(part, whole) {
  const h = (BigInt(part) * 20000n / BigInt(whole) + 1n) / 2n;
  return (h / 100n) + '.' + String(h % 100n).padStart(2, '0');
}

// figures shows each decimal figure in a formula ("813687/54 = 15068.28")
// as dec does; the words between are kept.
function figures(s) {
  // not a part of a word, a date or a time ("2021-11-28", "12:30", "p1-1"),
  // nor a code written with a leading zero ("010203": an ID, not a count)
  return String(s === undefined || s === null ? '' : s).replace(/(^|[^\w.:\-])(-?\d+(?:\.\d+)?)(?![\w:\-]|\.\d)/g,
    (m, pre, x) => pre + (/^-?0\d/.test(x) ? x : dec(x)));
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

// table builds a table in a scrolling wrapper. With opts.cards, each row
// becomes a card on a narrow screen (style.css): every cell carries its
// column's name (data-label), shown before the value, so that the "why" of
// each row is read without scrolling sideways. The wrapper can be focused
// and scrolled by keyboard, and is named by opts.label (or the caption).
function table(caption, head, rows, opts = {}) {
  const names = head.map((h) => (Array.isArray(h) ? h[0] : h));
  const thead = el('thead', null, el('tr', null, head.map((h) => {
    const [text, cls] = Array.isArray(h) ? h : [h, ''];
    return el('th', { scope: 'col', class: cls || null }, text);
  })));
  const tb = el('tbody', null, rows);
  if (opts.cards) {
    for (const tr of tb.rows) {
      [...tr.cells].forEach((c, i) => { if (names[i] && !c.dataset.label) c.dataset.label = names[i]; });
    }
  }
  const cls = [opts.class, opts.cards ? 'cards' : ''].filter(Boolean).join(' ');
  const tbl = el('table', { class: cls || null }, caption ? el('caption', null, caption) : null, thead, tb);
  const label = opts.label || caption || names.filter(Boolean).slice(0, 3).join(', ');
  return el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': label }, tbl);
}

function applyStrings() {
  document.documentElement.lang = state.lang;
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  toolsHints();
  document.title = 'shailoo — ' + t('title');
  $('.toc').setAttribute('aria-label', t('title'));
  precinctHint();
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
  box.textContent = '';
  box.append(...[msg].flat());
}

// call runs shailoo[fn](...args) in the worker and resolves to
// {text, obj, ms}: the JSON text, its parsed value, the time in the worker.
// A function of the tools runs in their module instead (callTool).
function call(fn, ...args) {
  if (TOOLS.has(fn)) return callTool(fn, ...args);
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

// ANNUL_ERRORS are the shapes of the Go side's English detail of an
// annulment that is wrong (annul.go), with their sentence in the catalog.
const ANNUL_ERRORS = [
  [/invalid annulment: "(.*)": want precinct:ID, candidate:ID, okrug:ID or region:ID$/, 'annul_form'],
  [/invalid annulment: (\S+) given twice$/, 'annul_twice'],
  [/invalid annulment: precinct:.*: the election defines no precinct "(.*)"$/, 'annul_no_precinct'],
  [/invalid annulment: candidate:.*: no okrug of the election has a candidate "(.*)"$/, 'annul_no_candidate'],
  [/invalid annulment: okrug:.*: the election defines no okrug "(.*)"$/, 'annul_no_okrug'],
  [/invalid annulment: okrug:.*: the election defines no precinct of okrug "(.*)"$/, 'annul_okrug_no_precinct'],
  [/invalid annulment: region:.*: the election defines no precinct of region "(.*)"$/, 'annul_no_region'],
];

// annulText is what is wrong with an annulment in the page's language,
// from the Go side's detail; '' for a detail of another shape.
function annulText(detail) {
  for (const [re, key] of ANNUL_ERRORS) {
    const m = re.exec(detail);
    if (m) return t(key, { value: m[1] });
  }
  return '';
}

// failureText is a failed call's message in the page's language: where
// (file, line, column and field) and what is wrong (f.key and f.args: a
// sentence of the catalog of words, words/errs.go), then the Go side's
// own message, which exists in English only, folded away and marked so
// (see englishSpan). A failure without a known key shows that message.
function failureText(f) {
  // file names and JSON paths are names, not words: marked as code
  const code = codeSpan;
  const parts = [];
  if (f.file && f.line) parts.push(f.column ? tNode('error_at', { file: code(f.file), line: f.line, column: f.column }) : tNode('error_at_line', { file: code(f.file), line: f.line }));
  else if (f.file) parts.push(code(f.file));
  if (f.field) parts.push(tNode('error_field', { field: code(f.field) }));
  const where = parts.flatMap((p, i) => (i ? [', ', p] : [p]));
  if (where.length) where.push(': ');
  const detail = englishSpan(String(f.error || ''));
  if (!f.key || !(f.key in STRINGS.en)) return [...where, detail].flat(Infinity);
  const annul = f.key === 'err.annul' && annulText(String(f.error || ''));
  if (annul) return [...where, t(f.key), ': ', annul].flat(Infinity);
  const args = {};
  for (const [k, v] of Object.entries(f.args || {})) args[k] = code(v);
  const hints = errorHints(String(f.error || '')).flatMap((h, i) => [i ? '; ' : ': ', h]);
  return [...where, tNode(f.key, args), ...hints, ...rulesHint(f), ' ', el('details', { class: 'error-detail' }, el('summary', null, t('err.detail')), detail)].flat(Infinity);
}

// codeSpan marks a name of a file or a program (a key, a command, a flag)
// as code: not a word of the page's language.
function codeSpan(s) {
  return el('span', { class: 'code' }, s);
}

// errorHints are the hints of the Go side's English detail of an error
// (ingest's fixed sentences), said in the page's language with the
// detail's own values: the encoding the file looks to be in, the
// delimiter it looks split by, the cell's value as the command line
// quotes it, the lines a mapping names that the rule set lacks. [] when
// the detail gives none.
function errorHints(detail) {
  const code = codeSpan;
  const out = [];
  let m = /it looks ([\w-]+)(?:; name the file's encoding in the mapping,|:) "encoding": "([\w-]+)"/.exec(detail);
  if (m) out.push(tNode('hint_encoding', { enc: m[2], set: code(`"encoding": "${m[2]}"`) }));
  // a multi-byte encoding of East Asia (ingest's encodingAdvice), or none
  m = /it looks ([\w-]+(?: or [\w-]+)*), a multi-byte encoding of East Asia that shailoo does not read: convert the file to UTF-8 first \((iconv [^)]*)\)/.exec(detail);
  if (m) out.push(tNode('hint_east_asian', { enc: m[1].split(' or ').join(' / '), cmd: code(m[2]) }));
  if (/its encoding is none shailoo knows \(no code page it reads makes words of it\): save the file as UTF-8/.test(detail)) out.push(t('hint_no_encoding'));
  m = /the file looks "(.)"-separated: set "delimiter"/.exec(detail);
  if (m) out.push(tNode('hint_delimiter', { delim: m[1], set: code(`"delimiter": "${m[1]}"`) }));
  m = /unknown protocol line ("[^"]*")(?: \(and (.*?)\))?: the rule set (.*?) does not declare/.exec(detail);
  if (m) out.push(tNode('hint_unknown_lines', { lines: code(m[1] + (m[2] ? ', ' + m[2] : '')), rules: code(m[3]), key: code('protocol.add_lines') }));
  // the header a mapping names that no column has, and a near one (ingest's locate)
  m = /no column has the header ("(?:[^"\\]|\\.)*")(?:; column (\d+) has ("(?:[^"\\]|\\.)*"))?/.exec(detail);
  if (m) out.push(tNode('hint_missing_header', { header: code(m[1]) }));
  if (m && m[2]) out.push(tNode('hint_near_header', { n: num(m[2]), header: code(m[3]) }));
  m = /(?:not a whole number|bad value|out of range|too large)[^"]*?: ("(?:[^"\\]|\\.)*")/.exec(detail);
  if (m) out.push(tNode('hint_value', { value: code(m[1]) }));
  return out;
}

// ---------------------------------------------------------------------------
// Loading the counter.

// PAGE_MODULES are the modules a copy of the page opened from disk loads
// as scripts (scripts/web writes them): the counter, the mapping draft
// when the reader asks for one, and the tools at the first use of one.
// gzip is the global each script sets (the module, gzip-compressed, as
// base64 text), api the global the Go program registers.
const PAGE_MODULES = {
  counter: { script: 'shailoo.wasm.js', gzip: 'shailooWasmGzip', api: 'shailoo', failed: 'the counter did not start' },
  draft: { script: 'draft.wasm.js', gzip: 'shailooDraftGzip', api: 'shailooDraft', failed: 'the draft module did not start' },
  tools: { script: 'tools.wasm.js', gzip: 'shailooToolsGzip', api: 'shailooTools', failed: 'the tools module did not start' },
};

// pageModule runs a module on the page itself (PAGE_MODULES[kind]), for a
// copy of the page opened from disk (a file: URL), where Chromium starts
// no worker and fetches no file: it loads wasm_exec.js and the module's
// script and answers the messages a worker would (worker.js), one call at
// a time, after the page has shown what it is doing.
function pageModule(kind) {
  const m = PAGE_MODULES[kind];
  const w = { onmessage: null, onerror: null };
  const post = (data) => setTimeout(() => { if (w.onmessage) w.onmessage({ data }); }, 0);
  const script = (src) => new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error('could not load ' + src));
    document.head.append(s);
  });
  const ready = (async () => {
    if (typeof window.Go !== 'function') await script('wasm_exec.js');
    await script(m.script);
    const gz = Uint8Array.from(atob(window[m.gzip]), (c) => c.charCodeAt(0));
    delete window[m.gzip];
    post({ progress: gz.length, downloaded: true });
    const bytes = await new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    const go = new Go(); // from wasm_exec.js
    const inst = await WebAssembly.instantiate(bytes, go.importObject);
    go.run(inst.instance); // registers window[m.api]
    if (!window[m.api] || !window[m.api].ready) throw new Error(m.failed);
  })();
  ready.then(() => post({ ready: true }), (e) => post({ ready: false, error: String(e && e.message || e) }));
  w.postMessage = ({ id, fn, args }) => {
    ready.then(() => new Promise((r) => setTimeout(r, 20))).then(() => { // the status line is painted first
      const t0 = performance.now();
      let text;
      try {
        text = window[m.api][fn](...args);
      } catch (e) { // the Go side never throws; this is a last resort
        text = JSON.stringify({ error: String(e && e.message || e) });
      }
      post({ id, text, ms: Math.round(performance.now() - t0) });
    }, () => {});
  };
  return w;
}

// moduleWorker starts module kind of PAGE_MODULES other than the counter
// (the draft, the tools) in a worker of its own (worker.js by that name),
// or on the page for a copy opened from disk (pageModule), and resolves to
// its call function: callModule(fn, ...args) resolves to the worker's
// answer, {id, text, ms}. progress(d) is called with each {progress,
// downloaded} the worker posts while the module arrives. A module that
// failed is stopped, its calls answered with the error.
function moduleWorker(kind, progress) {
  return new Promise((resolve, reject) => {
    const w = location.protocol === 'file:' ? pageModule(kind) : new Worker('worker.js', { name: kind });
    const pending = new Map();
    let seq = 0;
    const callModule = (fn, ...args) => new Promise((done) => {
      const id = ++seq;
      pending.set(id, done);
      w.postMessage({ id, fn, args });
    });
    w.onmessage = (ev) => {
      const d = ev.data;
      if (d.progress !== undefined) {
        progress(d);
        return;
      }
      if (d.ready !== undefined) {
        if (d.ready) resolve(callModule);
        else fail(d.error);
        return;
      }
      const done = pending.get(d.id);
      pending.delete(d.id);
      if (done) done(d);
    };
    const fail = (msg) => {
      reject(new Error(msg));
      for (const done of pending.values()) done({ text: JSON.stringify({ error: msg }) });
      pending.clear();
      if (w.terminate) w.terminate();
    };
    w.onerror = (ev) => fail(ev.message || 'worker error');
  });
}

// ---------------------------------------------------------------------------
// The tools: what the page seldom uses (the reconciliation, the forensics
// and the exports of the command line) is in a module of its own
// (tools.wasm, wasm/tools), so that the counter's module, which every
// reader downloads before the parliament shows, is smaller. call() sends
// the TOOLS there: the module is fetched on the first, and runs in a
// worker of its own (worker.js named "tools"), or on the page for a copy
// opened from disk (pageModule). It counts the source again with the
// counter's own code, so that an export or a chart is the command line's,
// byte for byte.

// TOOLS are the functions of the tools' module.
const TOOLS = new Set(['reconcile', 'reconcilePrecinct', 'forensics', 'export', 'readReport']);

// TOOLS_BROTLI is tools.wasm's size with brotli (quality 11), as measured
// when it was built: what the page says the first use of a tool
// downloads. The end-to-end test checks that it is within 10% of the
// module scripts/web builds.
const TOOLS_BROTLI = 1606660;

// tooler starts the tools' module, once, and resolves to its call
// function (moduleWorker); while it loads, toolsStatus says how far. A
// module that could not start is asked for again next time.
function tooler() {
  if (state.tooler) return state.tooler;
  toolsStatus('tools_download', { mb: dec('0.0') });
  state.tooler = moduleWorker('tools', (d) => toolsStatus(d.downloaded ? 'tools_start' : 'tools_download', { mb: dec((d.progress / 1e6).toFixed(1)) }));
  state.tooler.then(() => {
    state.toolsReady = true;
    toolsHints();
    // the status line says again what it said before, unless it has moved on
    if (/^tools_/.test($('#status').dataset.key || '')) setStatus(...(state.toolsBefore || ['ready']));
  }, (e) => {
    state.tooler = null;
    toolsStatus('tools_load_failed', { msg: String(e && e.message || e) });
  });
  return state.tooler;
}

// toolsStatus says key on the status line and in each section that uses a
// tool (.tools-size), where the reader is when a tool is asked for.
function toolsStatus(key, vars) {
  const cur = $('#status').dataset.key;
  if (cur && !/^tools_/.test(cur)) state.toolsBefore = [cur, state.statusVars];
  setStatus(key, vars);
  for (const e of document.querySelectorAll('.tools-size')) {
    e.textContent = t(key, vars);
    e.hidden = false;
  }
}

// toolsHints says in each section that uses a tool (.tools-size) what its
// first use downloads, until the tools' module has started.
function toolsHints() {
  if (state.tooler && !state.toolsReady) return; // loading: toolsStatus says how far
  for (const e of document.querySelectorAll('.tools-size')) {
    e.textContent = state.toolsReady ? '' : t('tools_size', { mb: dec((TOOLS_BROTLI / 1e6).toFixed(1)) });
    e.hidden = Boolean(state.toolsReady);
  }
}

// callTool is call() for a function of TOOLS: it runs in the tools'
// module, started first if need be.
async function callTool(fn, ...args) {
  let msg;
  try {
    msg = await (await tooler())(fn, ...args);
  } catch (e) {
    msg = { text: JSON.stringify({ error: t('tools_load_failed', { msg: String(e && e.message || e) }) }) };
  }
  let obj;
  try {
    obj = JSON.parse(msg.text);
  } catch (e) {
    obj = { error: 'bad JSON from ' + fn + ': ' + e.message };
  }
  return { text: msg.text, obj, ms: msg.ms };
}

async function boot() {
  applyStrings();
  setStatus('loading');
  // the worker start.js started while this script arrived, if it did
  const started = window.shailooStart;
  window.shailooStart = false;
  const t0 = started ? started.t0 : performance.now();
  try {
    state.worker = location.protocol === 'file:' ? pageModule('counter') : started ? started.worker : new Worker('worker.js');
    await new Promise((resolve, reject) => {
      state.worker.onmessage = (ev) => {
        if (ev.data.progress !== undefined) {
          setStatus(ev.data.downloaded ? 'progress_start' : 'progress_download', { mb: dec((ev.data.progress / 1e6).toFixed(1)) });
          return;
        }
        if (ev.data.ready) resolve();
        else reject(new Error(ev.data.error));
      };
      state.worker.onerror = (ev) => reject(new Error(ev.message || 'worker error'));
      if (started) for (const [kind, ev] of started.early) state.worker[kind === 'message' ? 'onmessage' : 'onerror'](ev);
    });
  } catch (e) {
    setStatus('load_failed', { msg: String(e && e.message || e) });
    document.body.dataset.state = 'error';
    return;
  }
  state.worker.onmessage = (ev) => {
    if (ev.data.busy !== undefined) state.timings.workerBusy = ev.data.busy;
    const done = state.pending.get(ev.data.id);
    state.pending.delete(ev.data.id);
    if (done) done(ev.data);
  };
  state.timings.ready = Math.round(performance.now());
  state.timings.wasmLoad = Math.round(performance.now() - t0);
  // The demo the address asks for is counted first: the worker answers in
  // the order asked, and the list of rule sets and the version, which the
  // demo does not need (no rule set chosen is kg2021), come after it.
  const demo = location.hash === '#demo' ? runDemo() : null;
  const presets = (await call('presets')).obj;
  const sel = $('#rules');
  if (Array.isArray(presets)) {
    for (const p of presets) sel.append(el('option', { value: p.id, title: p.name }, p.id + ' ' + p.version));
    sel.value = 'kg2021';
    addExampleRules();
  }
  const v = (await call('version')).obj;
  if (v && v.library) $('#version').textContent = `${v.library} · ${v.go} · ${v.platform}`;
  state.ready = true;
  updateFiles();
  if (!demo) {
    $('#demo').disabled = false;
    setStatus('ready');
    document.body.dataset.state = 'ready';
  }
  // The service worker's first copy of the files waits for the demo's
  // result: on a first visit it would download and store the 8 MB module
  // again while the demo counts.
  if (demo) demo.finally(registerOffline);
  else registerOffline();
}

// registerOffline installs the service worker (sw.js) once the counter
// has started, so that its copy of the files does not compete with the
// first download; from then on the page opens without a network. Not
// available from a file: URL or without a secure context: the page works
// as before.
function registerOffline() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register('sw.js').then(() => navigator.serviceWorker.ready).then(() => {
    state.offline = true;
    document.body.dataset.offline = 'ready';
  }, () => { /* the page works online as before */ });
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
  if (/\.(csv|tsv|txt)$/.test(lower)) return isBallots(bytes) ? 'ballots' : 'csv';
  if (/\.jsonl$/.test(lower)) return 'ballots';
  let obj;
  try {
    obj = JSON.parse(decoder.decode(bytes));
  } catch (e) {
    if (isBallots(bytes)) return 'ballots';
    return /\.json$/.test(lower) ? null : 'csv';
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return null;
  // Dominion's cast-vote record export ("Sessions"): a file of ballots the
  // draft says how to write as JSON Lines (ingest.NotJSON), as the
  // command line's does; among the protocols, it is offered a draft.
  if (Array.isArray(obj.Sessions)) return 'csv';
  if ('format' in obj && ('threshold' in obj || 'okrug' in obj)) return 'rules';
  if ('parties' in obj || 'precincts' in obj || 'protocols' in obj) return 'election';
  if ('precinct' in obj && ('lines' in obj || 'votes' in obj || 'preferences' in obj)) return 'mapping';
  if ('precinct' in obj && obj.layout === 'long') return 'mapping'; // a long file's: its choices in choice_values
  if (isBallotMapping(obj)) return 'mapping'; // a cast-vote record's (docs/ballots.md)
  if ('lists' in obj || 'okrugs' in obj || 'turnout' in obj || 'participants' in obj) return 'summary';
  const vals = Object.values(obj);
  if (vals.length && vals.every((v) => Array.isArray(v) && v.every((x) => typeof x === 'string'))) return 'lots';
  return null;
}

// isBallotMapping says whether a parsed mapping is a cast-vote record's
// (ingest.BallotMapping): a ballot's choice column (or its ranks), no
// votes or lines.
function isBallotMapping(obj) {
  return Boolean(obj && 'precinct' in obj && ('choice' in obj || 'ranks' in obj) && !('votes' in obj || 'lines' in obj || 'layout' in obj));
}

// isBallots says whether a file is a cast-vote record (docs/ballots.md):
// its header (or first JSON line) has the default columns precinct,
// ballot and choice, and no votes column (a long protocols file's).
function isBallots(bytes) {
  const first = decoder.decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)[0];
  let cols;
  try {
    const o = JSON.parse(first);
    cols = o && typeof o === 'object' && !Array.isArray(o) ? Object.keys(o) : [];
  } catch (e) {
    cols = first.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  }
  const has = (c) => cols.includes(c);
  return has('precinct') && has('choice') && (has('ballot') || first.startsWith('{')) && !has('votes');
}

// isXML says whether a file is an XML document: "<?xml" first, after a
// byte-order mark and spaces (as ingest.NotXML reads it).
function isXML(bytes) {
  return /^\uFEFF?\s*<\?xml/i.test(decoder.decode(bytes.subarray(0, 64)));
}

async function readFile(file) {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

// addFiles reads files in the order they came; a Count clicked while a
// file is still being read waits for it (state.reading), so that a
// mapping chosen a moment before is not reported missing.
function addFiles(fileList, forcedKind) {
  state.reading = (state.reading || Promise.resolve()).catch(() => {}).then(() => readFiles(fileList, forcedKind));
  return state.reading;
}

// misplaced says why a file chosen through the protocols or the mapping
// picker is not for it (a CSV as the mapping, a JSON file as the
// protocols), or '' when it may be; a file refused is remembered by the
// picker it was put in, so that two files swapped are said to be.
function misplaced(kind, f) {
  if (kind !== 'csv' && kind !== 'mapping') return '';
  let json = false;
  try {
    const o = JSON.parse(textOf(f).replace(/^\uFEFF/, ''));
    json = Boolean(o && typeof o === 'object' && !Array.isArray(o)) && !['ballots', 'csv'].includes(kindOf(f.name, f.bytes));
  } catch (e) {
    json = false;
  }
  if (kind === 'mapping' ? json : !json) return '';
  state.misplaced[kind] = f.name;
  const [picker, other] = kind === 'mapping' ? [t('f_mapping'), t('f_csv')] : [t('f_csv'), t('f_mapping')];
  return t('wrong_picker_' + kind, { name: f.name, picker, other });
}

async function readFiles(fileList, forcedKind) {
  showError('');
  const unknown = [];
  let summaryOnly = true;
  for (const file of fileList) {
    const f = await readFile(file);
    if (isXML(f.bytes)) {
      // (Clarity's detail.xml, EML: read as a CSV, its lines are rows of
      // one cell; ingest.NotXML says so to the command line.)
      unknown.push(t('xml_file', { name: f.name }));
      continue;
    }
    const wrong = forcedKind ? misplaced(forcedKind, f) : '';
    if (wrong) {
      unknown.push(wrong);
      // a CSV put as the mapping and a mapping as the CSV: swapped
      const m = state.misplaced;
      if (m.csv && m.mapping) unknown.push(t('wrong_picker_swapped', { csv: m.mapping, mapping: m.csv, csv_picker: t('f_csv'), mapping_picker: t('f_mapping') }));
      continue;
    }
    let kind = forcedKind || kindOf(f.name, f.bytes);
    if (kind === 'csv' && isBallots(f.bytes)) kind = 'ballots'; // also through the protocols input
    if (!kind) {
      unknown.push(t('unknown_file', { name: f.name }));
      continue;
    }
    if (kind !== 'summary') summaryOnly = false;
    if (kind === 'csv' || kind === 'mapping' || kind === 'ballots') state.files[kind].push(f);
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
  return Boolean(state.files.election || state.files.csv.length || state.files.ballots.length);
}

function countable() {
  if (state.files.csv.some((c) => !mappingFor(c))) return false;
  return hasFileSource();
}

function removeFile(kind, f) {
  if (kind === 'csv' || kind === 'mapping' || kind === 'ballots') state.files[kind] = state.files[kind].filter((x) => x !== f);
  else state.files[kind] = null;
  updateFiles();
  if (kind === 'csv') renderDrafts();
}

function updateFiles() {
  const box = $('#loaded');
  box.textContent = '';
  const items = [];
  for (const kind of ['csv', 'mapping', 'ballots', 'election', 'summary', 'rules', 'lots']) {
    const v = state.files[kind];
    const list = Array.isArray(v) ? v : v ? [v] : [];
    for (const f of list) {
      items.push(el('li', null, el('strong', null, t('kind_' + kind)), ': ', f.name, ' (', num(f.bytes.length), '\u00a0', t('unit_bytes'), ') ',
        el('button', { type: 'button', class: 'link remove', 'aria-label': t('remove', { name: f.name }),
          onclick: () => removeFile(kind, f) }, '×')));
    }
  }
  if (items.length) box.append(el('h3', null, t('loaded_h')), el('ul', null, items));
  // what is missing, named, in the reader's language: Count waits for it
  const unpaired = state.files.csv.filter((c) => !mappingFor(c));
  const missing = unpaired.map((c) => t('need_mapping_for', { name: c.name }));
  // a draft on this device (draft.wasm, fetched when asked for), for each
  // file not drafted yet; or the command line's
  const undrafted = unpaired.filter((c) => !state.drafts.has(c) || state.drafts.get(c).error);
  for (const c of undrafted) missing.push(draftButton(c));
  if (undrafted.length) missing.push(tNode('mapping_draft_hint', { cmd: codeSpan(`shailoo mapping draft ${undrafted[0].name} > mapping.json`), key: codeSpan('"_guesses"') }));
  if (state.files.csv.length && !state.files.election) missing.push(t('need_election_for', { name: state.files.csv.map((c) => c.name).join(', ') }));
  if (missing.length) box.append(el('ul', { class: 'missing', id: 'missing' }, missing.map((m) => el('li', null, ...[m].flat()))));
  if (state.ready) $('#count').disabled = state.busy || !(countable() || state.demo || state.files.summary);
  if (state.ready) $('#demo').disabled = state.busy;
  const rf = state.files.rules;
  const sel = $('#rules');
  sel.disabled = Boolean(rf);
  sel.title = rf ? t('rules_file', { name: rf.name }) : '';
  // a loaded rule set is the one counted with: the picker shows it, by
  // the file's own ID, version and name, not the built-in one it had
  const old = sel.querySelector('option[data-file]');
  if (old) old.remove();
  else if (rf) sel.dataset.chosen = sel.value;
  if (!rf && old) sel.value = sel.dataset.chosen || (sel.options[0] || {}).value || '';
  if (rf) {
    let r = {};
    try { r = JSON.parse(textOf(rf)) || {}; } catch (e) { r = {}; }
    const o = el('option', { value: '', 'data-file': '1', title: r.name || null },
      t('rules_from_file', { id: r.id || '?', version: r.version || '', name: rf.name }).replace('  ', ' '));
    sel.append(o);
    o.selected = true;
  }
  sayExampleRules();
}

// source builds the api.Source of the loaded files (see wasm/api).
function fileSource() {
  const f = state.files;
  // kg2021 picked, no rule set file: the command line's count without
  // --rules, sent as no rule set, so that the Result says so in a note
  // as the command line's does (and an export is the same)
  const src = { rules: f.rules || $('#rules').value !== 'kg2021' ? rulesArg() : undefined };
  if (rulesName()) src.rules_name = rulesName();
  if (f.lots) { src.lots = f.lots.bytes; src.lots_name = f.lots.name; }
  const annul = $('#annul').value.trim();
  if (annul) src.annul = annul;
  if (f.election) { src.election = f.election.bytes; src.election_name = f.election.name; }
  // a CSV paired with a cast-vote record's mapping is a file of ballots,
  // counted as `--ballots FILE:MAPPING`
  const ballotMapping = (m) => { try { return isBallotMapping(JSON.parse(textOf(m))); } catch (e) { return false; } };
  const files = (cs) => cs.map((c) => {
    const m = mappingFor(c);
    return { name: c.name, text: c.bytes, mapping: m ? m.bytes : '', mapping_name: m ? m.name : '' };
  });
  const protocols = f.csv.filter((c) => !(mappingFor(c) && ballotMapping(mappingFor(c))));
  if (protocols.length) src.protocols = files(protocols);
  const ballots = [...files(f.csv.filter((c) => !protocols.includes(c))), ...f.ballots.map((b) => ({ name: b.name, text: b.bytes }))];
  if (ballots.length) src.ballots = ballots;
  return src;
}

// stem is a file's name without its extensions and a ".mapping" or
// "-mapping" part: "okrug-5.csv" and "okrug-5.mapping.json" share "okrug-5".
function stem(name) {
  return name.toLowerCase().replace(/\.(csv|tsv|txt|json)$/, '').replace(/[._-]?mapping$/, '').replace(/\.$/, '');
}

// mappingFor pairs a protocols CSV with its column mapping by name (the
// same stem), not by the order the files were dropped in; one mapping for
// several CSVs serves them all. null when no mapping fits.
function mappingFor(c) {
  const ms = state.files.mapping;
  const byName = ms.find((m) => stem(m.name) === stem(c.name));
  if (byName) return byName;
  if (ms.length === 1) return ms[0];
  return null;
}

function rulesArg() {
  const x = exampleRules();
  return state.files.rules ? state.files.rules.bytes : x ? x.text : $('#rules').value || 'kg2021';
}

// rulesName names the rule set file counted with: the file loaded, or the
// example's path in the repository.
function rulesName() {
  const x = exampleRules();
  return state.files.rules ? state.files.rules.name : x ? x.path : undefined;
}

// ---------------------------------------------------------------------------
// A mapping drafted on this device: `shailoo mapping draft` in a module of
// its own (draft.wasm, wasm/draft), which the page fetches only when the
// reader asks for a draft, so that the counter's module stays the size it
// is. It runs in a worker of its own (worker.js named "draft"), or on the
// page for a copy opened from disk (pageModule). The draft is the command
// line's, byte for byte: the reader downloads it, or counts with it at
// once; a count on its unconfirmed guesses is provisional (the Result
// says so: prov_unconfirmed_mapping).

// DRAFT_BROTLI is draft.wasm's size with brotli (quality 11), as measured
// when it was built: what the page says a draft downloads, before the
// reader asks for one. The end-to-end test checks that it is within 10% of
// the module scripts/web builds.
const DRAFT_BROTLI = 1116217;

// drafter starts the draft module, once, and resolves to its call
// function (moduleWorker). A module that could not start is asked for
// again next time.
function drafter() {
  if (state.drafter) return state.drafter;
  state.drafter = moduleWorker('draft', (d) => setStatus(d.downloaded ? 'draft_start' : 'draft_download', { mb: dec((d.progress / 1e6).toFixed(1)) }));
  state.drafter.catch(() => { state.drafter = null; });
  return state.drafter;
}

// draftName is the name of the mapping drafted for CSV c: its name with
// ".mapping.json" for its extension, which pairs it with c (see stem),
// here and when the reader loads the downloaded file with c again.
function draftName(c) {
  return c.name.replace(/\.(csv|tsv|txt)$/i, '') + '.mapping.json';
}

// draftButton asks for a draft of c's mapping on this device, and says
// what it downloads until the module has been loaded.
function draftButton(c) {
  return el('span', { class: 'draft-ask' },
    el('button', { type: 'button', class: 'draft-btn', 'data-file': c.name, disabled: Boolean(state.drafting), onclick: () => draftFor(c) },
      t('draft_button', { name: c.name })),
    state.drafterReady ? null : el('span', { class: 'hint' }, ' (' + t('draft_size', { mb: dec((DRAFT_BROTLI / 1e6).toFixed(1)) }) + ')'));
}

// draftFor drafts the mapping of CSV c in the draft module and shows it
// (renderDrafts). body[data-draft] says where it is: drafting, done or
// error (for the end-to-end test).
async function draftFor(c) {
  if (state.drafting) return;
  state.drafting = c;
  document.body.dataset.draft = 'drafting';
  showError('');
  updateFiles();
  setStatus(state.drafterReady ? 'drafting' : 'draft_download', { name: c.name, mb: dec('0.0') });
  let d;
  try {
    const callDraft = await drafter();
    state.drafterReady = true;
    setStatus('drafting', { name: c.name });
    const out = await callDraft('draft', c.bytes, c.name);
    try {
      d = JSON.parse(out.text);
    } catch (e) {
      d = { error: 'bad JSON from the draft module: ' + e.message };
    }
  } catch (e) {
    d = { error: String(e && e.message || e), load: true };
  }
  d.name = draftName(c);
  if (!d.error) {
    try { d.guessList = JSON.parse(d.mapping)._guesses || []; } catch (e) { d.guessList = []; }
  }
  const old = state.drafts.get(c);
  if (old && old.url) URL.revokeObjectURL(old.url);
  if (state.files.csv.includes(c)) state.drafts.set(c, d);
  state.drafting = null;
  setStatus(d.error ? (d.load ? 'draft_load_failed' : 'draft_failed') : 'drafted', { name: c.name, msg: d.error, n: num(d.guesses || 0) });
  updateFiles();
  renderDrafts();
  document.body.dataset.draft = d.error ? 'error' : 'done';
}

// renderDrafts shows each draft of a loaded CSV (#drafts): its guesses,
// the mapping itself, a link that downloads it and a button that counts
// with it; or why there is none.
function renderDrafts() {
  const box = $('#drafts');
  if (!box) return;
  box.textContent = '';
  for (const [c, d] of state.drafts) {
    if (!state.files.csv.includes(c)) {
      if (d.url) URL.revokeObjectURL(d.url);
      state.drafts.delete(c);
      continue;
    }
    box.append(draftBlock(c, d));
  }
}

function draftBlock(c, d) {
  const sec = el('div', { class: 'draft', 'data-file': c.name });
  if (d.error) {
    const detail = String(d.error);
    if (d.load) {
      sec.append(el('p', { class: 'banner bad draft-error' }, t('draft_load_failed', { msg: detail })));
      return sec;
    }
    const hints = errorHints(detail).flatMap((h) => ['; ', h]);
    sec.append(el('p', { class: 'banner bad draft-error' }, t('draft_failed', { name: c.name }), ...hints, ': ', englishSpan(detail)));
    return sec;
  }
  if (!d.url) d.url = URL.createObjectURL(new Blob([d.mapping], { type: 'application/json' }));
  sec.append(...[
    el('h3', null, t('draft_h', { name: c.name })),
    el('p', { class: 'meta' }, ...tNode('draft_intro', { key: codeSpan('"_guesses"') })),
    d.ballots ? el('p', { class: 'banner warn' }, t('draft_ballots', { name: c.name })) : null,
    d.guessList.length ? guessesBlock(d.name, d.guessList, null) : null,
    el('details', { class: 'draft-json' }, el('summary', null, t('draft_json')), el('pre', null, el('code', null, d.mapping))),
    el('div', { class: 'draft-actions' },
      el('a', { class: 'button draft-download', href: d.url, download: d.name }, t('draft_download_btn', { file: d.name })),
      el('button', { type: 'button', class: 'primary draft-count', onclick: () => countWithDraft(c, d) }, t('draft_count'))),
  ].filter(Boolean));
  return sec;
}

// countWithDraft loads the draft of c as c's mapping (named draftName(c),
// in place of a draft loaded before) and counts.
function countWithDraft(c, d) {
  if (state.busy) return;
  state.files.mapping = state.files.mapping.filter((m) => m.draftOf !== c && m.name !== d.name);
  state.files.mapping.push({ name: d.name, bytes: new TextEncoder().encode(d.mapping), draftOf: c });
  updateFiles();
  run();
}

// ---------------------------------------------------------------------------
// Counting.

async function runDemo() {
  state.demo = true;
  const annul = $('#annul').value.trim();
  await count({ demo: true, rules: rulesArg(), rules_name: rulesName(), annul: annul || undefined });
}

async function run() {
  if (state.reading) await state.reading.catch(() => {});
  if (!state.ready || state.busy) return;
  const unpaired = state.files.csv.filter((c) => !mappingFor(c));
  if (unpaired.length) {
    showError(unpaired.map((c) => t('need_mapping_for', { name: c.name })).join('\n'));
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
    // a result left below the error would pass for these files' own
    const stale = clearResult();
    showError([t('error_h') + ': ', ...failureText(out.obj), ...(stale ? [el('p', { id: 'stale-note' }, t('pv_stale'))] : [])]);
    // on a phone the box sits below the Count button, off the screen: take
    // the reader (and a screen reader's focus) to it
    const box = $('#error');
    box.setAttribute('tabindex', '-1');
    box.focus({ preventScroll: true });
    box.scrollIntoView({ block: 'start' });
    return;
  }
  state.source = src;
  state.resultText = out.text; // exported as it came, byte for byte
  state.result = out.obj;
  // The notes come in English; the catalog's are said in ru and ky too,
  // a list a note names by its name in them (the result's lists').
  // An English page shows the seats without waiting for them; it shows
  // them said once the reader changes the language.
  if (out.obj.notes && out.obj.notes.length) {
    const names = { ru: {}, ky: {} };
    for (const l of out.obj.lists || []) {
      for (const lang of ['ru', 'ky']) {
        const n = l['name_' + lang] || l.name;
        if (n && l.name) names[lang][l.name] = n;
        if (n) names[lang][l.id] = n;
      }
    }
    const said = call('notes', JSON.stringify(out.obj.notes), JSON.stringify(names)).then((r) => { out.obj.notesSaid = r.obj; });
    if (state.lang !== 'en') await said;
    else said.then(() => { if (state.result === out.obj && state.lang !== 'en') render(); });
  }
  // a Result that decided no seat (see not_counted) has no lists or okrugs
  state.result.lists = state.result.lists || [];
  state.result.okrugs = state.result.okrugs || [];
  state.verify = null;
  state.verifyText = '';
  state.shown = PAGE;
  state.timings.count = ms;
  state.timings.countWorker = out.ms;
  const tot = out.obj.totals;
  // some precincts without a protocol: those with one said apart
  const rep = out.obj.reporting && out.obj.reporting.reporting < tot.precincts ? out.obj.reporting.reporting : null;
  setStatus((tot.not_evaluated || []).includes('precincts') ? 'counted_no_precincts' : rep !== null ? 'counted_reporting' : 'counted',
    { protocols: num(tot.protocols), precincts: num(tot.precincts), reporting: num(rep || 0), ms: num(ms) });
  if (state.files.summary) await verify(true);
  render();
  typedResult();
  // take the reader (and a screen reader's focus) to what was found
  const head = $('#res-title');
  head.setAttribute('tabindex', '-1');
  head.focus({ preventScroll: true });
  $('#sec-head').scrollIntoView({ block: 'start' });
  state.timings.result = Math.round(performance.now());
  document.body.dataset.state = 'done';
  document.body.dataset.resultMs = String(state.timings.result);
}

// isERR says whether a summary's bytes are a NIST ERR v2 report: a JSON
// object whose "@type" is ElectionResults.ElectionReport (nisterr.IsReport).
function isERR(bytes) {
  try {
    const o = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    return !!o && o['@type'] === 'ElectionResults.ElectionReport';
  } catch (e) {
    return false; // the counter's reader says what is wrong with it
  }
}

async function verify(quiet) {
  const s = state.files.summary;
  if (!s || !state.source) return;
  if (!quiet) busy(true);
  const t0 = performance.now();
  // a NIST ERR v2 report is read in the tools' module, as shailoo verify
  // reads it (its notes, its Status), then checked as a summary is
  let out;
  const read = isERR(s.bytes) ? await call('readReport', s.bytes, s.name, '') : null;
  if (read && read.obj.error) out = read;
  else if (read) out = await call('verify', state.source, JSON.stringify(read.obj.summary), s.name, JSON.stringify(read.obj.read_as));
  else out = await call('verify', state.source, s.bytes, s.name, '');
  const ms = Math.round(performance.now() - t0);
  if (!quiet) busy(false);
  state.timings.verify = ms;
  if (out.obj.error) {
    showError([t('error_h') + ': ', ...failureText(out.obj)]);
    return;
  }
  state.verify = out.obj;
  state.verifyText = out.text;
  if (!quiet) {
    setStatus('checked_summary', { ms: num(ms) });
    render();
  }
}

// clearResult takes the shown result off the page (and out of the export),
// so that nothing on it is taken for a count of other files; it says
// whether there was one.
function clearResult() {
  const had = Boolean(state.result);
  state.result = null;
  state.resultText = '';
  state.source = null;
  state.verify = null;
  state.verifyText = '';
  state.precinct = null;
  $('#results').hidden = true;
  return had;
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
  renderDeputies(res);
  renderOkrugs(res);
  renderFindingsFilters(res);
  renderFindings();
  renderPublished();
  renderExport();
  renderForensics();
  precinctHint();
  if (state.precinct) showPrecinct(state.precinct, false);
}

// partyName is a list's name in the page's language: in Russian the
// Kyrgyz (Cyrillic) name stands in when no Russian one is given, as party
// names are written the same in both.
function partyName(l) {
  if (state.lang === 'ky' && l.name_ky) return l.name_ky;
  if (state.lang === 'ru' && (l.name_ru || l.name_ky)) return l.name_ru || l.name_ky;
  return l.name || l.id;
}

// dataText is a text of the built-in data (the 2021 election's name, a
// rule set's name, the provenance) in the page's language, from the
// catalog ('data:' keys); any other text as given, marked as English when
// the page is not (see englishSpan).
function dataText(s) {
  if (!s) return '';
  if (s === 'official' || s === 'preliminary' || s === 'synthetic') return t(s);
  if (s === 'not_given') return t('provenance_none');
  const key = /^kg2021: national totals official/.test(s) ? 'data:kg2021' : 'data:' + s;
  if (key in STRINGS.en) return t(key);
  return s;
}

// englishSpan wraps a text the catalog cannot translate (a file's own
// words, a message of the Go side without a translation) in lang="en"
// when the page is in another language, so that a screen reader reads it
// as English.
function englishSpan(s) {
  return state.lang === 'en' ? s : el('span', { lang: 'en' }, s);
}

// noteText is note n (the i-th) of Result res in the page's language: as
// the catalog says it (notesSaid, from the count), else in English, marked.
function noteText(res, n, i) {
  const said = res.notesSaid && res.notesSaid[state.lang];
  return said && said[i] !== undefined && said[i] !== n ? lineNames(said[i]) : englishSpan(n);
}

// lineNames says the protocol lines a said note names by their IDs
// ("issued_outside, issued_early, lost") by the names the list of checks
// not evaluated gives them (the 'line_' keys): a run of IDs is replaced
// only when each is a line's.
function lineNames(s) {
  return s.replace(/\b[a-z][a-z0-9_]*(?:, [a-z][a-z0-9_]*)*\b/g, (run, at) => {
    const ids = run.split(', ');
    // a quoted ID is a key of a file ("invalid": ...), left as written
    if (/["«.]/.test(s[at - 1] || '') || !ids.every((x) => ('line_' + x) in STRINGS.en)) return run;
    return ids.map((x) => t('line_' + x)).join(', ');
  });
}

// figText is a finding's "should be" or "is" in the page's language: a
// figure as it is, the Go side's few fixed phrases from the catalog
// ('fig:' keys), "exact" in a formula translated.
function figText(x) {
  const s = String(x === undefined || x === null ? '' : x);
  if (('fig:' + s) in STRINGS.en) return t('fig:' + s);
  // a choice's ID as the figure (S311: "against all" in the recount, not in the summary)
  if (s === 'against_all') return t('against_all');
  let m = /^a candidate in okrug (.+)$/.exec(s);
  if (m) return t('fig_candidate_in', { okrug: m[1] });
  m = /^line (\w+)$/.exec(s);
  if (m) return ('line_' + m[1]) in STRINGS.en ? t('line_' + m[1]) : s;
  m = /^the votes for «(.*)»$/.exec(s);
  if (m) return t('fig_votes_for', { choice: m[1] === 'against_all' ? t('against_all') : listName(m[1]) });
  // a figure, or a formula led by one ("8.35 (exact 100 × …)"): figures in the language's form
  return figures(s).replace('(exact ', '(' + t('exact_word') + ' ');
}

// tNode is t() for a sentence with a part that is a node (a text marked
// lang="en"): the template's {name} for a node is replaced by the node.
function tNode(key, vars) {
  const parts = [];
  const tpl = t(key);
  let last = 0;
  tpl.replace(/\{(\w+)\}/g, (m, k, at) => {
    parts.push(tpl.slice(last, at));
    const v = vars[k];
    // (a node named twice is cloned: one node stands in one place)
    parts.push(v === undefined ? m : v instanceof Node ? (parts.includes(v) ? v.cloneNode(true) : v) : String(v));
    last = at + m.length;
    return m;
  });
  parts.push(tpl.slice(last));
  return parts.filter((x) => x !== '');
}

// notCountedWhy is why no seat was decided, in the page's language for
// the reasons the catalog knows (count.go's fixed sentences).
function notCountedWhy(why) {
  let m = /^the election's definition is ambiguous \(findings (.*)\): an ID is defined twice or reserved$/.exec(why);
  if (m) return t('nc_ambiguous', { codes: m[1] });
  m = /^the threshold base cannot be computed from the protocols: (.*)$/.exec(why);
  if (m) return el('span', null, t('nc_base'), englishSpan(m[1]));
  return englishSpan(why);
}

// reasonText is why a check was not evaluated, in the page's language:
// the reasons are the Go side's fixed English sentences, some followed by
// line or choice IDs ('ne:' keys of the catalog).
function reasonText(n) {
  const r = String(n.reason || '');
  const undecided = undecidedText(r);
  if (undecided) return undecided;
  if (('ne:' + r) in STRINGS.en) return t('ne:' + r);
  for (const k of Object.keys(STRINGS.en)) {
    if (!k.startsWith('ne:') || !k.endsWith(' ')) continue;
    const prefix = k.slice(3);
    if (r.startsWith(prefix)) {
      // "valid, and found_mobile and found_stationary": one list of the
      // lines by their names, in lower case inside the sentence, the
      // page's "and" before the last alone (as words.Reason says it)
      const ids = r.slice(prefix.length).replace(/,? and /g, ', ').split(', ');
      if (ids.every((x) => ('line_' + x) in STRINGS.en)) {
        const names = ids.map((x) => { const n = t('line_' + x); return n.charAt(0).toLowerCase() + n.slice(1); });
        const and = / and /.test(r.slice(prefix.length)) && names.length > 1;
        const list = and ? names.slice(0, -1).join(', ') + t('ne_and') + names[names.length - 1] : names.join(', ');
        const lacks = /^(the|a) protocol lacks line\(s\) $/.test(prefix) && ids.some((x) => x !== 'valid');
        return t(k) + list + (lacks ? '; ' + t('ne_form_remedy') : '');
      }
      const say = (x) => (('line_' + x) in STRINGS.en ? t('line_' + x) : ('ne:' + x) in STRINGS.en ? t('ne:' + x) : x);
      const rest = r.slice(prefix.length).split(/,\s*/).map((x) => x.split(/(?:^|\s+)and\s+/).map((y) => (y ? say(y) : '')).join(t('ne_and'))).join(', ');
      // A line the protocols lack, but valid (every form has it): how a
      // form without it is declared, as the reports say.
      const lacks = /^(the|a) protocol lacks line\(s\) $/.test(prefix) && r.slice(prefix.length).split(/[, ]+/).some((x) => x && x !== 'and' && x !== 'valid');
      return t(k) + rest.replace(/ {2,}/g, ' ') + (lacks ? '; ' + t('ne_form_remedy') : '');
    }
  }
  return englishSpan(r);
}

// undecidedText says a published okrug outcome not evaluated (S309)
// because the recount does not decide the okrug (the reason "the recount
// does not decide the okrug: <outcome>; the summary publishes <what>",
// what: outcome "…", winner "…", winners "…", "…", joined by " and "),
// in the page's words, as words.Reason says it: the recount's outcome by
// its out_ words, what the summary publishes named. '' for another reason.
function undecidedText(r) {
  const m = /^the recount does not decide the okrug: (\w+); the summary publishes (.*)$/s.exec(r);
  if (!m || !(('out_' + m[1]) in STRINGS.en)) return '';
  const re = /(outcome|winners|winner) ((?:"(?:[^"\\]|\\.)*"(?:, (?="))?)+)(?: and |$)/y;
  const parts = [];
  for (let x; re.lastIndex < m[2].length && (x = re.exec(m[2]));) {
    const vals = x[2].match(/"(?:[^"\\]|\\.)*"/g).map((q) => {
      let v = q;
      try { v = JSON.parse(q); } catch (e) { /* a Go escape JSON lacks: as written */ }
      return '«' + (x[1] === 'outcome' && ('out_' + v) in STRINGS.en ? t('out_' + v) : v) + '»';
    });
    parts.push(t('ne_pub_' + x[1], { x: vals.join(', ') }));
  }
  if (re.lastIndex !== m[2].length || !parts.length) return '';
  return t('ne_undecided', { outcome: t('out_' + m[1]), said: parts.join(t('ne_and')) });
}

// quotaText is the quota step's detail in the page's language: the
// method's name and the seats in the catalog's words (quota_of, by the
// plural of the seats; quota_name_<method>), the count's arithmetic
// ("⌊40357/6⌋+1 = 6727", "40357/5 = 8071.40") as it writes it, its
// figures grouped as the page's.
function quotaText(q) {
  const m = /^(\w+) quota for (\d+) seats: (.*)$/.exec(q.detail || '');
  if (m && ('quota_name_' + m[1]) in STRINGS.en) {
    return figures(q.value) + ' (' + tCount('quota_of', Number(m[2]), { name: t('quota_name_' + m[1]), seats: num(m[2]), calc: figures(m[3]) }) + ')';
  }
  return figures(q.value) + (q.detail ? ' (' + q.detail + ')' : '');
}

// quotaRaised says a "quota_raised" step in the page's language: the
// quota the rule set names gave more seats than there are, and the
// quota the seats were given by instead; its English detail where it is
// not of that shape.
function quotaRaised(s) {
  const m = /^the (\w+) quota gives (\d+) seats for (\d+); done again with the (\w+) quota$/.exec(s.detail || '');
  if (!m || ![m[1], m[4]].every((x) => ('quota_name_' + x) in STRINGS.en)) return englishSpan(s.detail || '');
  return t('quota_raised', { from: t('quota_name_' + m[1]), n: num(m[2]), seats: num(m[3]), to: t('quota_name_' + m[4]) });
}

// provenance says where a row's figures come from: its own provenance, or
// else the election's (a definition that gives it once, for all). A figure
// that n annulments touch is recomputed: an official one is no longer the
// published one, and says so; one they do not touch keeps its source's.
// Counted under a rule set other than its election's, the seats and
// outcomes are that rule set's while the votes stay the protocols': a
// row's cell says both (seat: a deputy's row, where only the candidate's
// data has a provenance of its own).
function provenance(p, n, seat) {
  const q = p || (state.result && state.result.election && state.result.election.provenance);
  if (!q) return yourFiles() ? t('prov_your_file', { files: yourFiles() }) : '';
  const word = q === 'not_given' ? t('provenance_not_given') : ['official', 'preliminary', 'synthetic'].includes(q) ? t(q) : '';
  // the reader's files: named, with their provenance (never left blank:
  // "provenance not given"), or, given in words of their own, as the head says
  if (!p && yourFiles()) return word ? t('prov_your_file_is', { files: yourFiles(), prov: word }) : t('prov_your_file', { files: yourFiles() });
  if (!word) return '';
  const prov = n ? t('prov_recomputed', { prov: word, n: num(n) }) : word;
  const other = otherRules(state.result);
  return other ? t(seat ? 'pv_source_seat' : 'pv_source', { prov, rules: other }) : prov;
}

// HELD_UNDER names, for an election the page has built in, the rule sets
// of the law it was held under, the first being the page's default
// (kg2021-cec reads the same law as the commission applied it on the day
// of the final result): its published seats are theirs.
const HELD_UNDER = { kg2021: ['kg2021', 'kg2021-cec'] };

// otherRules is the ID of the rule set res was counted under when that
// is not a rule set of the law its election was held under: a "what if",
// whose seats and thresholds are nobody's published figures. '' when it
// is, and for an election the page does not know the law of.
function otherRules(res) {
  const held = res && res.election && res.rules && HELD_UNDER[res.election.id];
  return held && !held.includes(res.rules.id) ? res.rules.id : '';
}

// rulesBanner says that res is recomputed under another rule set than its
// election's, with a button that counts it under its own; null otherwise.
function rulesBanner(res) {
  const other = otherRules(res);
  if (!other) return null;
  const held = HELD_UNDER[res.election.id][0];
  const back = () => {
    $('#rules').value = held;
    $('#rules').dispatchEvent(new Event('change'));
  };
  return el('div', { class: 'banner warn', id: 'rules-banner', role: 'status' },
    el('p', null, t('pv_rules_banner', { rules: other, held })),
    state.files.rules ? null : el('button', { type: 'button', id: 'rules-back', onclick: back }, t('pv_rules_back', { held })));
}

// listAnnulled counts the annulments of res that touch the list ballot:
// those of precincts' results. The election of an okrug and a candidate's
// votes leave the list votes as published.
function listAnnulled(res) {
  const a = res && res.annulled;
  return ((a && a.changes) || []).filter((c) => /^annulled (precinct|region):/.test(c)).length;
}

// yourFiles names the reader's own files the count's figures come from
// (the protocols CSVs and ballots, else the election file), '' for the
// demo: a figure of them carries no provenance of its own.
function yourFiles() {
  const src = state.source;
  if (!src || src.demo) return '';
  const names = [...(src.protocols || []), ...(src.ballots || [])].map((f) => f.name);
  if (!names.length && src.election_name) names.push(src.election_name);
  return names.join(', ');
}

// marked says whether some figure of res carries a mark of where it comes
// from (official, preliminary, synthetic), the marks the header's note
// explains.
function marked(res) {
  const ps = [res.election && res.election.provenance, ...res.lists.map((l) => l.provenance), ...(res.okrugs || []).map((o) => o.provenance)];
  return ps.some((p) => /official|preliminary|synthetic/.test(p || ''));
}

// annulments are the annulments res was counted with (res.annulled's
// changes, "annulled precinct:5249" with the decision's reason in
// brackets, if any), each in the page's language; [] for a count without.
function annulments(res) {
  const a = res && res.annulled;
  if (!a) return [];
  return (a.changes || []).map((c) => {
    const m = /^annulled (precinct|candidate|okrug|region):(\S+)(?: \((.*)\))?$/.exec(c);
    if (!m) return c;
    // a candidate by the name the result gives (its ID where none)
    const what = t('annulled_' + m[1], { id: m[1] === 'candidate' ? candidateOf({}, m[2]) : m[2] });
    return m[3] ? what + ' (' + m[3] + ')' : what;
  });
}

// clearAnnulment empties the annulment field and counts again, as the
// protocols stand.
function clearAnnulment() {
  $('#annul').value = '';
  run();
}

// syntheticProtocols says whether the precinct protocols res was counted
// from are synthetic: the election's provenance says so ("synthetic", or
// a note that names the precinct protocols synthetic, as the built-in
// 2021 data's does) and no file of the reader's besides the definition
// (res.inputs) brought protocols of its own. A check of such protocols
// against the published figures they were generated to reproduce agrees
// by construction.
function syntheticProtocols(res) {
  const p = (res && res.election && res.election.provenance) || '';
  if (p !== 'synthetic' && !/precinct protocols[^;]*synthetic/.test(p)) return false;
  return !(res.inputs || []).some((i) => !['election', 'rules', 'annulments', 'lots'].includes(i.name));
}

// synthNote is the caveat (catalog key) shown beside a check or a chart
// that rests on synthetic protocols, or null.
function synthNote(res, key, id) {
  return syntheticProtocols(res) ? el('p', { class: 'synth-note', id }, t(key)) : null;
}

// rulesMeta names the rule set; a name the catalog cannot say is the rule
// set's own, data: labelled as such and marked as English for a screen
// reader on a ky or ru page.
function rulesMeta(r) {
  const name = dataText(r.name);
  if (!name) return el('p', { class: 'meta' }, t('rules_meta_bare', { id: r.id, version: r.version }));
  if (state.lang === 'en' || name !== r.name || !/[A-Za-z]/.test(name || '')) return el('p', { class: 'meta' }, t('rules_meta', { id: r.id, version: r.version, name }));
  return el('p', { class: 'meta' }, ...tNode('rules_meta_given', { id: r.id, version: r.version, name: englishSpan(name) }));
}

function renderHead(res) {
  const title = $('#res-title');
  // a definition inferred from a mapping is the count's: said in the page's words
  const inferred = res.election.id === 'inferred' && /^inferred from (.+)$/.exec(res.election.name || '');
  const csvs = inferred && state.source && !state.source.demo ? (state.source.protocols || []).map((c) => c.name).join(', ') : '';
  title.textContent = csvs ? t('title_inferred_csv', { file: csvs, mapping: inferred[1] })
    : inferred ? t('title_inferred', { file: inferred[1] }) : dataText(res.election.name) || res.election.id;
  // a name the catalog has no translation for is the file's own: say so
  // to a screen reader when it is in Latin letters on a ky or ru page
  if (state.lang !== 'en' && title.textContent === res.election.name && /[A-Za-z]/.test(res.election.name)) title.lang = 'en';
  else title.removeAttribute('lang');
  const meta = $('#res-meta');
  meta.textContent = '';
  const tt = res.totals;
  // an annulment in force comes first: every figure below is recomputed
  const ann = annulments(res);
  if (ann.length) {
    meta.append(el('div', { class: 'banner warn', id: 'annul-banner', role: 'status' },
      el('p', null, t('annul_banner', { what: ann.join('; ') })),
      el('button', { type: 'button', id: 'annul-clear', onclick: clearAnnulment }, t('annul_clear'))));
  }
  const other = rulesBanner(res);
  if (other) meta.append(other);
  const dflt = rulesDefault(res);
  if (dflt) meta.append(dflt);
  meta.append(rulesMeta(res.rules), turnoutMeta(tt));
  if (res.election.provenance && ann.length) {
    meta.append(el('p', { class: 'meta', id: 'annul-prov' }, t('annul_prov', { prov: dataText(res.election.provenance), n: num(ann.length) })));
  } else if (res.election.provenance) meta.append(el('p', { class: 'meta muted', id: 'res-prov' }, dataText(res.election.provenance)));
  // each protocols file's provenance, as its mapping gives it
  for (const i of (res.inputs || []).filter((x) => x.provenance)) {
    const prov = i.provenance === 'not_given' ? t('provenance_not_given') : t(i.provenance);
    meta.append(el('p', { class: 'meta muted input-prov' }, t('input_prov', { file: i.name, prov: i.source ? prov + ': ' + i.source : prov })));
  }
  if (marked(res)) meta.append(el('p', { class: 'meta muted', id: 'provenance-note' }, t('provenance_note')));
  if (res.not_counted) meta.append(el('p', { class: 'banner bad', id: 'not-counted' }, ...tNode('not_counted', { why: notCountedWhy(res.not_counted) })));
  const part = partialBanner(res);
  if (part) meta.append(part);
  const prov = provisionalBanner(res);
  if (prov) meta.append(prov);
  const broke = relationErrorsBanner(res);
  if (broke) meta.append(broke);
  const unchecked = relationsUncheckedBanner(res);
  if (unchecked) meta.append(unchecked);
  meta.append(...guessesBlocks());
  if (state.source && state.source.demo && state.files.summary) meta.append(el('p', { class: 'meta muted' }, t('summary_on_demo')));
  const banner = $('#published-banner');
  banner.textContent = '';
  banner.hidden = !state.verify;
  if (state.verify) {
    const n = errorsOf(state.verify.findings).length;
    // agreement with protocols made to reproduce the summary is no check
    const synth = !n && syntheticProtocols(res);
    banner.className = 'banner ' + (n ? 'bad' : synth || nothingCompared() || uncheckedText() ? 'warn' : 'ok');
    banner.append(publishedHeadline() + ' ');
    if (synth) banner.append(t('synth_published') + ' ');
    banner.append(el('a', { href: '#sec-published' }, t('published_h')));
  }
}

// turnoutMeta says who took part of how many, as package report says it:
// a figure the Result marks not evaluated (totals.not_evaluated: no
// counted protocol gives the line) is said so, with why, never a 0.
function turnoutMeta(tt) {
  const ne = tt.not_evaluated || [];
  const p = el('p', { class: 'meta', id: 'turnout' });
  if (tt.turnout !== '' && tt.turnout !== undefined && !ne.includes('voters')) {
    p.append(t('turnout_meta', { participants: num(tt.participants), voters: num(tt.voters), turnout: dec(tt.turnout) }));
    // More took part than are on the list: impossible for a whole count.
    if (tt.voters > 0 && tt.participants > tt.voters) {
      p.classList.add('warn');
      p.append(' ', t('turnout_over', { participants: num(tt.participants), voters: num(tt.voters) }));
    }
    return p;
  }
  // each figure said when it was counted, "not evaluated" only for what was not
  const voters = !ne.includes('voters') && tt.voters !== null && tt.voters !== undefined;
  const took = !ne.includes('participants') && (tt.participants || tt.turnout);
  p.append(took ? t('turnout_ne_voters', { participants: num(tt.participants) })
    : voters ? t('turnout_ne_participants', { voters: num(tt.voters) }) : t('turnout_ne'));
  if (tt.voters_not_evaluated > 0) p.append(' ', t('voters_lacking', { n: num(tt.voters_not_evaluated), line: t('line_voters') }));
  return p;
}

// rulesDefault warns that the reader's files were counted under a
// built-in rule set they did not choose by a file (the command line does
// the same without --rules): the seats, thresholds and okrugs are that
// law's. Loud (an alert) when the definition was inferred from a mapping,
// a file that cannot be the built-in election's; null for the demo and
// for a rule set loaded from a file.
function rulesDefault(res) {
  const src = state.source;
  if (!src || src.demo || src.rules_name) return null;
  const inferred = res.election && res.election.id === 'inferred';
  return el('p', { class: 'banner ' + (inferred ? 'bad' : 'warn'), id: 'rules-default', role: inferred ? 'alert' : 'status' },
    ...tNode('rules_default', { id: res.rules.id, version: res.rules.version, name: dataText(res.rules.name) || res.rules.id, flag: codeSpan('--rules') }));
}

// guessesBlocks lists, for each mapping counted with that still holds the
// guesses of a command-line draft ("_guesses"), each guess, folded (a
// draft of a wide file makes dozens): the reader sees which column the
// draft took for what, a commission's number taken for a party included.
// The guesses are the draft's English sentences, marked so.
function guessesBlocks() {
  const src = state.source;
  if (!src || src.demo) return [];
  const seen = new Set();
  const out = [];
  for (const c of src.protocols || []) {
    if (!c.mapping_name || seen.has(c.mapping_name)) continue;
    seen.add(c.mapping_name);
    let g;
    try { g = JSON.parse(typeof c.mapping === 'string' ? c.mapping : decoder.decode(c.mapping))._guesses; } catch (e) { g = null; }
    if (!Array.isArray(g) || !g.length) continue;
    out.push(guessesBlock(c.mapping_name, g, out.length ? null : 'guesses'));
  }
  return out;
}

// guessesBlock lists the guesses g of the draft mapping named file, folded,
// each the draft's English sentence, marked so.
function guessesBlock(file, g, id) {
  return el('details', { class: 'guesses banner warn', id },
    el('summary', null, ...tNode('guesses_h', { file, n: num(g.length), key: codeSpan('"_guesses"') })),
    el('ol', null, g.map((x) => el('li', null, englishSpan(String(x))))));
}

// relationErrorsBanner says that counted protocols of res break control
// relations (relation_errors), whose figures the seats are computed from
// as given: not provisional (nothing is missing), but said beside the
// seats as the text report says it. null when none does.
function relationErrorsBanner(res) {
  const x = res.relation_errors;
  if (!x || res.not_counted) return null;
  return el('div', { class: 'banner bad', id: 'relation-errors', role: 'alert' },
    el('p', null, t('relation_errors_h', { n: num(x.protocols), codes: relationCodes(x) })), el('p', null, t('relation_errors_seats')));
}

// relationsUncheckedBanner says that no control relation could be
// checked (relations_unchecked): the counted protocols give no line of
// the form, only the choices' votes, or lines with which no relation
// can be evaluated (given); with the fix, the lines to map (map), as the
// text report says it at its head. null otherwise.
function relationsUncheckedBanner(res) {
  const x = res.relations_unchecked;
  if (!x || res.not_counted) return null;
  const given = x.given || [], map = x.map || [];
  const head = given.length
    ? t('relations_unchecked_lines_h', { n: num(x.protocols), given: given.join(', ') })
    : t('relations_unchecked_h', { n: num(x.protocols) });
  const col = JSON.stringify(t('relations_unchecked_column'));
  const fix = x.turnout
    ? t('relations_unchecked_fix')
    : t('relations_unchecked_map', { lines: map.join(', '), example: '{' + map.map((l) => JSON.stringify(l) + ': ' + col).join(', ') + '}' });
  return el('div', { class: 'banner warn', id: 'relations-unchecked', role: 'alert' },
    el('p', null, head), el('p', null, fix));
}

// relationCodes is each code of relation_errors with its findings: "P103: 220".
function relationCodes(x) {
  return (x.codes || []).map((c) => c.code + ': ' + num(c.findings)).join(', ');
}

// provisionalBanner says that res rests on something not evaluated, and
// what: one line per reason, in the page's language (the reason's English
// text for a kind this page does not know). null when res is final.
function provisionalBanner(res) {
  const reasons = res.provisional_reasons || [];
  if (!res.provisional && !reasons.length) return null;
  const names = (ctx) => {
    const [kind, id] = ctx.split('/');
    if (kind.startsWith('list@')) { const c = (res.constituencies || []).find((x) => 'list@' + x.region === kind); return quoteBare(c ? c.name || c.region : kind.slice(5)); }
    if (kind === 'list' && !id) return t('prov_all_list_seats');
    if (kind === 'list') { const l = res.lists.find((x) => x.id === id); return l ? partyName(l) : ctx; }
    if (kind === 'okrug' && id) { const o = (res.okrugs || []).find((x) => x.okrug === id); return o && o.name ? quoteBare(o.name) : ctx; }
    return ctx;
  };
  const items = provisionalItems(reasons, names);
  return el('div', { class: 'banner bad', id: 'provisional', role: 'alert' }, el('p', null, t('provisional_h')), el('ul', null, items));
}

// okrugRelation says whether the gaps of the okrug's protocols that fail
// a control relation of their votes could change its outcome
// (relation_gap_overturn), with their sum and the margin where the margin
// bounds it, as the report's okrug row does.
function okrugRelation(o) {
  const args = { gap: num(o.relation_gap || 0), margin: num(o.margin) };
  if (o.relation_bound > 0) {
    // Under a majority rule: the least correction that could change it.
    const b = { gap: args.gap, margin: num(o.relation_bound) };
    if (o.relation_gap_overturn === 'least_below_margin') return t('okrug_relation_least_below_majority', b);
    if (o.relation_gap_overturn === 'could') return t('okrug_relation_could_majority', b);
  }
  if (o.relation_gap_overturn === 'least_below_margin') return t('okrug_relation_least_below', args);
  if (o.outcome === 'elected' && o.margin >= 0 && (o.relation_gap || 0) >= o.margin) return t('okrug_relation_could', args);
  return t('okrug_relation_could_unbounded');
}

// quoteBare quotes a name without a letter («2»): a district named by its
// number, which would read as a count of seats in a list of names.
function quoteBare(name) {
  return /\p{L}/u.test(name) ? name : '«' + name + '»';
}

// provisionalItems says each reason of a provisional count (a Result's
// provisional_reasons, or a reconciliation's count of the seat impact) as
// a list item in the page's language; names names a seat's context.
function provisionalItems(reasons, names) {
  return reasons.map((u) => {
    const key = 'prov_' + u.kind;
    if (!(key in STRINGS.en)) return el('li', null, u.reason);
    // a threshold base's scope is lines: said by their names
    let scope = (u.scope || []).map((x) => (u.kind === 'threshold_base' && ('line_' + x) in STRINGS.en ? t('line_' + x) : x)).join(', ');
    if (!scope && u.kind === 'regional_threshold') scope = t('prov_no_regions');
    return el('li', null, t(key, { n: num(u.count || 0), scope, codes: (u.codes || []).join(', '), affects: (u.affects || []).map(names).join(', ') }));
  });
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
    box.append(el('p', { class: 'muted' }, ...tNode('not_counted', { why: notCountedWhy(res.not_counted) })));
    return;
  }
  const s = res.seats;
  const colours = listColours(res);
  const groups = res.lists.filter((l) => l.seats > 0)
    .slice().sort((a, b) => b.seats - a.seats)
    .map((l) => ({ id: l.id, label: partyName(l), n: l.seats, colour: colours[l.id], kind: 'list' }));
  const listUnfilled = Math.max(0, s.list_of - s.list);
  // candidates standing per constituency: the deputies are not named, said so
  const constituency = Boolean(res.rules.list && res.rules.list.constituency);
  // the okrug seats the arc draws from preliminary figures say so there,
  // as the okrugs' table does
  const prelim = (res.okrugs || []).filter((o) => o.winner && (o.provenance || (res.election || {}).provenance) === 'preliminary').length;
  if (s.okrug_of > 0) {
    groups.push({ id: 'okrug', label: t('okrug_seats') + (prelim ? ' (' + t('preliminary') + ')' : ''), n: s.okrug, colour: OKRUG_COLOUR, kind: 'okrug' });
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
    s.list_unfilled ? el('p', null, t(s.list_unfilled_why ? 'list_unfilled_' + s.list_unfilled_why : 'list_unfilled', { n: num(s.list_unfilled) })) : null,
    prelim ? el('p', { id: 'okrug-preliminary' }, t('okrug_arc_preliminary', { n: num(prelim) })) : null,
    s.repeat_elections ? el('p', null, t('repeat_n', { n: num(s.repeat_elections) })) : null,
    s.deputies_not_given ? el('p', null, t(constituency ? 'not_given_n_constituency' : 'not_given_n', { n: num(s.deputies_not_given) })) : null,
    res.okrug_seats_by_choice ? el('p', { id: 'okrug-seats-by-choice' }, t('okrug_seats_by_choice', { seats: res.okrug_seats_by_choice.map((c) => c.id + (c.name ? ' (' + c.name + ')' : '') + ' ' + num(c.seats)).join(', ') })) : null,
    s.women_list_deputies ? el('p', { class: 'muted' }, t('women_n', { n: num(s.women_list_deputies) })) : null);
  const dflt = state.source && !state.source.demo && !state.source.rules_name;
  if (dflt) box.append(el('p', { class: 'banner warn', id: 'rules-default-arc' }, t('rules_default_short', { id: res.rules.id })));
  if (otherRules(res)) box.append(el('p', { class: 'banner warn', id: 'rules-other-arc' }, t('pv_rules_arc', { rules: res.rules.id })));
  const broke = res.relation_errors;
  if (broke) box.append(el('p', { class: 'banner bad', id: 'relation-errors-arc' }, t('relation_errors_arc', { n: num(broke.protocols), codes: relationCodes(broke) })));
  box.append(el('div', { class: 'chart' }, svg, legend));
  const ties = tiesBlock(res);
  if (ties) box.append(ties);
  // The note that the default rule set was applied is the banners' (at
  // the top and above the arc), said there with what to do: not a third
  // time here. The Result and its export keep it.
  const notes = (res.notes || []).map((n, i) => [n, i]).filter(([n]) => !(dflt && /^Counted under the built-in rule set /.test(n)));
  if (notes.length) box.append(el('h3', null, t('notes_h')), el('ul', null, notes.map(([n, i]) => el('li', null, noteText(res, n, i)))));
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
  const cx = 200, cy = 205, R = 190;
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
  const dot = Math.min(spacing * 0.42, (Math.PI * R * inner) / Math.max(1, perRow[0]) * 0.42, 30);
  // The view is the circles' extent and the figure's under the centre (a
  // small parliament's seats of a large radius would be cut at the edges
  // and the top of a fixed frame), never narrower than the figure.
  const textW = String(centre).length * 18, pad = 4;
  let x0 = cx - textW / 2, x1 = cx + textW / 2, y0 = cy - 38, y1 = cy;
  for (const p of seats) {
    x0 = Math.min(x0, p.x - dot); x1 = Math.max(x1, p.x + dot);
    y0 = Math.min(y0, p.y - dot); y1 = Math.max(y1, p.y + dot);
  }
  const box = [x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad].map((v) => Math.round(v * 10) / 10);
  const svg = svgEl('svg', { viewBox: box.join(' '), role: 'img', 'aria-label': label, class: 'parliament' });
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
  const items = res.ties.map((x) => tieItem(res, x));
  return el('div', { id: 'ties' },
    el('h3', null, t('ties_h')),
    el('p', { class: 'banner ' + (awaiting ? 'bad' : 'warn') }, t(awaiting ? 'ties_awaiting' : 'ties_decided')),
    el('ul', null, items),
    res.lot_seed ? el('p', { class: 'muted' }, t('lot_seed_meta', { seed: res.lot_seed })) : null);
}

// tieWhere says where a tie was met (its context: "list", "list@<region>",
// "list/<party>", "okrug/<okrug>") in the page's language, by the names
// the Result gives; a context of another form as written.
function tieWhere(res, context) {
  if (context.startsWith('list@')) {
    const c = (res.constituencies || []).find((k) => 'list@' + k.region === context);
    return t('tie_where_constituency', { region: c ? c.name || c.region : context.slice(5) });
  }
  const [kind, id] = context.split('/');
  if (kind === 'list' && !id) return t('tie_where_list');
  if (kind === 'list') { const l = (res.lists || []).find((x) => x.id === id); return t('tie_where_party', { party: l ? partyName(l) : id }); }
  if (kind === 'okrug' && id) { const o = (res.okrugs || []).find((x) => x.okrug === id); return t('tie_where_okrug', { okrug: o && o.name ? o.name : id }); }
  return context;
}

// tieItem is one tie of res as a list item: who tied for what, and how it
// was settled or that it awaits lots.
function tieItem(res, x) {
  // The tied by ID (what lots are given by) and, beside it, the name the
  // tables show, where it is not the ID: the lists' names, or those of the
  // candidates of the okrug the tie is in (an okrug's IDs are its own),
  // or the seated of the list the tie is inside.
  const namesOf = (context) => {
    const names = new Map();
    const note = (id, name) => { if (id && name && name !== id) names.set(id, name); };
    if (!context.startsWith('okrug/')) {
      for (const l of res.lists || []) {
        note(l.id, l.name);
        if ('list/' + l.id === context) for (const d of l.deputies || []) note(d.id, d.name);
      }
      return names;
    }
    for (const o of res.okrugs || []) {
      if ('okrug/' + o.okrug !== context) continue;
      note(o.winner, o.winner_name);
      note(o.leader, o.leader_name);
      (o.runoff || []).forEach((id, i) => note(id, (o.runoff_names || [])[i]));
    }
    return names;
  };
  const names = namesOf(x.context || '');
  // The tied the tables leave unnamed (a tie for first has no leader):
  // the names the definition gives them.
  for (const [id, n] of Object.entries(x.names || {})) if (!names.has(id)) names.set(id, n);
  const clip = (ids) => {
    const shown = (ids || []).map((id) => names.has(id) ? `${id} (${names.get(id)})` : id);
    return shown.length > 10 ? shown.slice(0, 10).join(', ') + `, … (${shown.length})` : shown.join(', ');
  };
  let value = x.value === 'not_evaluated' ? t('tie_not_evaluated') : figures(x.value);
  // What the figure is, where a bare fraction would not say.
  if (x.value !== 'not_evaluated' && (x.stage === 'largest_remainder' || x.stage === 'highest_quotient')) value += ' (' + t('tie_value_' + x.stage) + ')';
  // English keeps the context (the key lots are given by) and the stage as
  // the Result writes them; another language says them in words, and the
  // key beside a tie that awaits lots.
  let where = x.context;
  let stage = x.stage;
  // (A tie for a place in the second round is for no seat.)
  const runoff = x.stage === 'runoff';
  let awaiting = t(runoff ? 'tie_awaiting_runoff' : 'tie_awaiting');
  if (state.lang !== 'en') {
    where = tieWhere(res, x.context || '');
    if (('tie_stage_' + x.stage) in STRINGS.en) stage = t('tie_stage_' + x.stage);
    awaiting += ' (' + t('tie_lots_key', { context: x.context }) + ')';
  }
  let s = tCount(runoff ? 'tie_line_runoff' : 'tie_line', x.seats, { context: where, stage, tied: clip(x.tied), seats: num(x.seats), value });
  if (!x.settled_by) return el('li', { class: 'neg' }, s + '; ' + awaiting);
  const how = t('tie_by_' + x.settled_by, { seed: x.seed || '', rule: (res.rules.okrug || {}).against_all_tie || '' });
  s += '; ' + t('tie_settled', { how, winners: clip(x.winners) });
  return el('li', null, s);
}

function renderLists(res) {
  const box = $('#lists');
  box.textContent = '';
  if (!res.rules.list && !res.rules.threshold && !res.lists.length) {
    // a rule set without a list tier (kg2025): no threshold, no list seats
    box.append(el('p', { class: 'muted' }, t('no_list_tier')));
    return;
  }
  // (A list of a kind the law holds to another threshold has its own line.)
  const first = res.lists.find((l) => l.national && l.national.base > 0 && !l.national.kind);
  if (first) {
    const v = first.national;
    box.append(el('p', null, tCount('threshold_line', v.needed, {
      percent: dec(res.rules.threshold.percent), base: num(v.base), line: dec(v.line_decimal || v.line), needed: num(v.needed),
    })));
  }
  const kinds = new Set();
  for (const l of res.lists) {
    const v = l.national || {};
    if (!v.kind || kinds.has(v.kind)) continue;
    kinds.add(v.kind);
    box.append(el('p', { class: 'threshold-kind' }, v.line_decimal
      ? t('threshold_kind_line', { kind: v.kind, percent: dec(v.percent), base: num(v.base), line: dec(v.line_decimal), needed: num(v.needed) })
      : t('threshold_kind_tag', { kind: v.kind, percent: dec(v.percent) })));
  }
  if (!first && !kinds.size && res.lists.some((l) => !l.blank) && res.lists.every((l) => l.blank || (l.national || {}).status === 'not_evaluated')) {
    // no line when no list's verdict could be made: said, as the report says it
    box.append(el('p', { id: 'threshold-ne' }, t('threshold_ne')));
  }
  // (A quota step of each constituency is its own, not the nation's.)
  const quota = !res.constituencies && (res.steps || []).find((s) => s.kind === 'quota');
  if (quota) {
    for (const s of res.steps.filter((x) => x.kind === 'quota_raised')) box.append(el('p', { class: 'muted quota-raised' }, quotaRaised(s)));
    box.append(el('p', { class: 'muted', id: 'quota-line' }, t('quota_line', { quota: quotaText(quota) })));
  }
  // A divisor method: its name and the price of a seat, the quotients of
  // the last seat given and of the first not given (as the text report).
  const price = res.list_seat_price;
  if (price) {
    const quotients = (qs) => priceQuotients(res, qs);
    box.append(el('p', { class: 'muted' }, t('method_' + price.method)),
      el('p', { class: 'muted' }, t('price_line', { last: quotients(price.last), next: quotients(price.next) })));
  }
  const disagree = disagreements();
  const lists = res.lists.slice().sort((a, b) => b.votes - a.votes);
  const maxVotes = Math.max(1, ...lists.map((l) => l.votes));
  const lineVotes = first ? first.national.needed : 0;
  const colours = listColours(res);
  const pub = publishedLists();
  const rows = lists.map((l) => {
    const v = l.national || {};
    const margin = v.margin || 0;
    const women = (l.deputies || []).filter((d) => d.sex === 'F').length;
    const bar = el('span', { class: 'bar', 'aria-hidden': 'true' },
      el('span', { style: `left:0;width:${(100 * l.votes / maxVotes).toFixed(1)}%;background:${colours[l.id] || '#8a939c'}` }),
      lineVotes ? el('i', { style: `left:${Math.min(100, 100 * lineVotes / maxVotes).toFixed(1)}%` }) : null);
    const cls = [v.status === 'passed' ? 'pos' : v.status === 'failed' ? 'neg' : '', disagree.lists.has(l.id) ? 'disagree' : ''].join(' ').trim();
    // The blank votes (Spain's votos en blanco): valid votes, no list.
    const blank = l.blank ? el('span', { class: 'muted blank-votes' }, ' (' + t('blank_votes_tag') + ')') : null;
    return el('tr', { class: cls || null, 'data-list': l.id },
      el('th', { scope: 'row' }, partyName(l), blank, bar),
      el('td', { class: 'num' }, l.votes_not_given ? t('not_evaluated') : num(l.votes),
        // A partial sum (protocols that do not give the list's votes) says so.
        !l.votes_not_given && l.votes_missing ? el('span', { class: 'muted' }, ' (' + t('votes_partial', { n: num(l.votes_missing) }) + ')') : null),
      // no share without its base (a file without the valid ballots' line)
      el('td', { class: 'num' }, l.percent === undefined || l.percent === '' ? t('not_evaluated') : dec(l.percent)),
      el('td', { class: 'num margin' }, v.status === 'not_evaluated' ? t('not_evaluated') : v.status ? (v.votes_missing ? '≥ ' : '') + signed(margin) : '',
        v.kind ? el('span', { class: 'muted kind' }, ' (' + t('threshold_kind_tag', { kind: v.kind, percent: dec(v.percent) }) + ')') : null),
      el('td', null, regionalText(l)),
      el('td', { class: 'num seats' }, l.blank ? '—' : num(l.seats)),
      el('td', { class: 'num' }, l.deputies_not_given ? '—' : l.seats ? `${women} / ${l.women_required}` : ''),
      el('td', { class: 'source' }, provenance(l.provenance, listAnnulled(res))),
      pub ? publishedCell(pub.get(l.id), l) : null);
  });
  // The share is of the national threshold's base: the header names it.
  const pbase = res.rules && res.rules.threshold && res.rules.threshold.base;
  const pct = pbase ? t('col_pct_' + pbase) : t('col_pct');
  const head = [t('col_party'), [t('col_votes'), 'num'], [pct, 'num'], [t('col_margin'), 'num'],
    t('col_regional'), [t('col_seats'), 'num'], [t('col_women'), 'num'], [t('col_source'), 'source']];
  if (pub) head.push([t('col_published'), 'num']);
  box.append(table(null, head, rows, { class: 'lists', cards: true, label: t('lists_h') }));
  const aa = againstAllLine(res);
  if (aa) box.append(el('p', { id: 'against-all-line' }, aa));
  const cons = constituenciesBlock(res);
  if (cons) box.append(cons);
}

// againstAllLine is the list ballot's votes against all with their share
// of the threshold base, as the report says them under the lists: the
// totals leave against_all out on a ballot without it, and give it null
// where counted protocols do not give it.
function againstAllLine(res) {
  const tot = res.totals || {};
  if (!res.lists.length || tot.ballot || !('against_all' in tot)) return '';
  if ((tot.not_evaluated || []).includes('against_all')) return t('against_all_not_given');
  const base = tot.threshold_base;
  if (base > 0) return t('against_all_share', { votes: num(tot.against_all), pct: pct(share(tot.against_all, base)), base: num(base) });
  return t('against_all_votes', { votes: num(tot.against_all) });
}

// constituenciesBlock draws the list seats of each constituency
// (list.constituency "region"), as the report's table: a row per region
// (a card on a phone), a column per list that took part with its seats
// and votes there, the seats no list took, the lists below the
// constituency threshold, why a constituency was not apportioned, its
// price of a seat, and its ties (context "list@<region>"), shown as the
// ties section shows them; a last row of each list's seats. null
// without constituencies.
function constituenciesBlock(res) {
  const cs = res.constituencies || [];
  if (!cs.length) return null;
  const ids = [];
  for (const c of cs) for (const cl of c.lists || []) if (!ids.includes(cl.id)) ids.push(cl.id);
  const ties = (c) => (res.ties || []).filter((x) => x.context === 'list@' + c.region);
  const rows = cs.map((c) => {
    const by = new Map((c.lists || []).map((cl) => [cl.id, cl]));
    const note = [];
    if (c.not_evaluated) note.push(el('span', { class: 'neg' }, ...tNode('constituency_ne', { why: constituencyWhy(c.not_evaluated) })));
    const below = (c.lists || []).filter((cl) => cl.threshold && cl.threshold.status === 'failed').map((cl) => listName(cl.id));
    if (below.length) note.push(t('constituency_below', { lists: below.join(', ') }));
    if (c.unfilled) note.push(t('district_unfilled', { n: num(c.unfilled) }));
    if (c.compensate && !c.not_evaluated) {
      const held = (c.lists || []).filter((cl) => cl.okrug_seats).map((cl) => listName(cl.id) + ' ' + num(cl.okrug_seats));
      note.push(t(c.okrug_seats_given ? 'constituency_compensates_given' : 'constituency_compensates', { seats: held.length ? held.join(', ') : num(0) }));
    }
    if (c.seat_price) note.push(el('span', { class: 'muted' }, t('constituency_price', { last: priceQuotients(res, c.seat_price.last), next: priceQuotients(res, c.seat_price.next) })));
    for (const x of ties(c)) note.push(el('span', { class: x.settled_by ? null : 'neg' }, t('tie_mark') + (x.settled_by ? '' : ': ' + t('tie_awaiting'))));
    const tr = el('tr', { 'data-region': c.region, class: c.not_evaluated ? 'neg' : null },
      el('th', { scope: 'row' }, c.name || c.region),
      el('td', { class: 'num seats' }, num(c.seats)),
      ids.map((id) => {
        const cl = by.get(id);
        if (!cl) return el('td', { class: 'num' }, '—');
        const seats = c.not_evaluated ? t('not_evaluated') : num(cl.seats);
        const votes = cl.votes === null || cl.votes === undefined ? t('not_evaluated') : num(cl.votes); // null: no protocol gives them
        return el('td', { class: 'num', 'data-list': id }, t('constituency_cell', { seats, votes }));
      }),
      el('td', null, note.flatMap((n, i) => (i ? ['; ', n] : [n]))));
    return tr;
  });
  rows.push(el('tr', { class: 'sum' }, el('th', { scope: 'row' }, 'Σ'), el('td', { class: 'num seats' }, num(res.seats.list_of)),
    ids.map((id) => el('td', { class: 'num seats', 'data-list': id }, num((res.lists.find((l) => l.id === id) || {}).seats || 0))), el('td', null)));
  const head = [t('col_constituency'), [t('col_seats'), 'num'], ...ids.map((id) => [listName(id), 'num']), t('col_note')];
  const all = cs.flatMap(ties);
  return el('div', { id: 'constituencies' }, el('h3', null, t('constituencies_h')),
    table(null, head, rows, { class: 'constituencies', cards: true, label: t('constituencies_h') }),
    all.length ? el('ul', { class: 'ties' }, all.map((x) => tieItem(res, x))) : null);
}

// constituencyWhy is why a constituency was not apportioned, in the
// page's language for the count's fixed sentences (count.go), else as the
// count says it, marked English.
function constituencyWhy(why) {
  if (why === 'no counted list protocol of the region') return t('constituency_ne_protocols');
  const m = /^counted protocols of the region do not give the votes of (.*) \(findings (\w+)\): a partial sum is not the votes$/.exec(why);
  if (m) return t('constituency_ne_votes', { lists: m[1].split(', ').map(listName).join(', '), code: m[2] });
  return englishSpan(why);
}

// priceQuotients says the quotients of a seat price (the last seat given,
// or the first not given) as the lists' table does.
function priceQuotients(res, qs) {
  return qs && qs.length ? qs.map((x) => t('price_quotient', {
    list: partyName(res.lists.find((l) => l.id === x.id) || { id: x.id }), seat: num(x.seat),
    value: x.decimal && x.divisor ? num(x.votes) + ' / ' + dec(x.divisor) + ' ' + quotientDecimal(x) : figures(x.value),
  }) + (x.held ? ' ' + tCount('price_held', x.held, { n: num(x.held), k: num(x.held + x.seat) }) : '')).join('; ') : t('price_none');
}

// quotientDecimal is a quotient's decimal after its votes over its
// divisor: "= 83.2" where it is the quotient, "≈ 123.82" rounded.
function quotientDecimal(x) {
  if (x.decimal_rounded) return '≈ ' + dec(x.decimal);
  return '= ' + dec(x.decimal.includes('.') ? x.decimal.replace(/0+$/, '').replace(/\.$/, '') : x.decimal);
}

// regionalText is list l's regional verdict: one that passed beside a
// national threshold missed decides nothing, and says so, so that it is
// not read as the threshold passed. A verdict whose votes by region have
// another source than the list's national votes names it ("passed
// (synthetic)" beside official votes: the kg2021 demo's protocols).
function regionalText(l) {
  if (!l.regional) return '—';
  let s = statusText(l.regional.status);
  if (['official', 'preliminary', 'synthetic'].includes(l.regional_provenance)) s += ' (' + t(l.regional_provenance) + ')';
  return l.national && l.national.status === 'failed' && l.regional.status === 'passed' ? t('regional_moot', { status: s }) : s;
}

// renderDeputies shows who each list seated, as the text report's
// "Deputies seated from each list" does: for each list that won seats, a
// <details> (a phone shows a line per list until one is opened) with its
// deputies in the order the result gives them (the women's quota first),
// what seated each, and where the names and preference votes come from:
// the 2021 demo's are synthetic, while the lists' votes are official. A
// list whose candidates the election does not give says so; seats neither
// filled nor "not given" (fewer candidates than seats, a tie awaiting
// lots) are said not filled, and a tie inside the list is shown as the
// ties section shows it.
// candidateName is candidate c's name; where the definition gives none
// (no name, or the stand-in "<list> candidate <n>" that synthetic data
// writes), the candidate's place on the list or ballot, in the page's
// language, rather than English words.
function candidateName(c) {
  const stand = /^(Okrug \S+ )?.* candidate (\d+)$/.exec(c.name || '');
  if (c.name && !(stand && c.provenance === 'synthetic' && Number(stand[2]) === c.position)) return c.name;
  if (!c.position) return c.name || c.id;
  return t(stand && stand[1] ? 'pv_okrug_no' : 'pv_list_no', { n: num(c.position) });
}

function renderDeputies(res) {
  const box = $('#deputies');
  box.textContent = '';
  const won = (res.lists || []).filter((l) => l.seats > 0);
  if (!won.length) return;
  const closed = res.rules.list && res.rules.list.lists === 'closed';
  const head = ['#', t('col_candidate'), [t('col_position'), 'num'], t('col_sex')];
  if (!closed) head.push([t('col_pref_votes'), 'num']);
  head.push(t('col_seated_by'), t('col_source'));
  const why = (reason) => {
    const s = t('seated_' + reason);
    return s === 'seated_' + reason ? reason : s;
  };
  box.append(el('h3', { id: 'deputies-h' }, t('deputies_h')));
  for (const l of won) {
    const deps = l.deputies || [];
    const ties = (res.ties || []).filter((x) => x.context === 'list/' + l.id);
    const unfilled = l.seats - deps.length - (l.deputies_not_given || 0);
    const unnamed = deps.some((d) => candidateName(d) !== d.name);
    const rows = deps.map((d, i) => el('tr', null,
      el('td', { class: 'num' }, num(i + 1)),
      el('th', { scope: 'row', title: d.id }, candidateName(d)),
      el('td', { class: 'num' }, num(d.position)),
      el('td', null, d.sex || ''),
      closed ? null : el('td', { class: 'num' }, d.no_preferences ? '—' : num(d.preferences)),
      el('td', null, why(d.reason)),
      el('td', null, provenance(d.provenance || l.provenance, listAnnulled(res), true))));
    box.append(el('details', { class: 'deputies', 'data-list': l.id },
      el('summary', null, `${partyName(l)} · ${t('col_seats')}: ${num(l.seats)}`, ties.length ? ` (${t('tie_mark')})` : ''),
      unnamed ? el('p', { class: 'muted' }, t('pv_no_name')) : null,
      rows.length ? table(null, head, rows, { class: 'deputies', cards: true, label: `${t('deputies_h')}: ${partyName(l)}` }) : null,
      l.deputies_not_given ? el('p', { class: 'muted' }, t(res.rules.list.constituency ? 'deputies_not_given_constituency' : 'deputies_not_given', { list: partyName(l), n: num(l.deputies_not_given) })) : null,
      unfilled > 0 ? el('p', { class: 'neg' }, t('district_unfilled', { n: num(unfilled) })) : null,
      ties.length ? el('ul', { class: 'ties' }, ties.map((x) => tieItem(res, x))) : null));
  }
}

// publishedLists reads the loaded published summary for display beside
// the recount: id -> {votes, percent} as published. null when no summary
// was checked. Nothing is decided from it here: the check is shailoo verify's.
function publishedLists() {
  if (!state.verify || !state.files.summary) return null;
  let obj;
  try {
    obj = JSON.parse(textOf(state.files.summary));
  } catch (e) {
    return null;
  }
  const out = new Map();
  for (const l of (obj && Array.isArray(obj.lists) ? obj.lists : [])) {
    if (l && typeof l.id === 'string') out.set(l.id, { votes: l.votes, percent: l.percent });
  }
  return out;
}

// publishedCell shows what the summary published for list l, marked when
// it differs from the recount.
function publishedCell(p, l) {
  if (!p || (p.votes === undefined && p.percent === undefined)) return el('td', { class: 'num muted' }, t('not_published'));
  const parts = [];
  if (p.votes !== undefined) parts.push(num(p.votes));
  if (p.percent !== undefined) parts.push(pct(p.percent));
  const differs = (p.votes !== undefined && Number(p.votes) !== l.votes) || (p.percent !== undefined && String(p.percent) !== String(l.percent));
  return el('td', { class: 'num' + (differs ? ' diff' : '') }, parts.join(' · '));
}

// PERCENT_LINES are the lines whose figures are percentages: a finding's
// gap on them is in the last decimal of the published figure, shown in
// percentage points (a gap of 704 on 15.39 is 7.04 points, not 704 votes).
const PERCENT_LINES = new Set(['percent', 'sum', 'turnout', 'share']);

function decimalsOf(x) {
  const m = /\.(\d+)/.exec(String(x || ''));
  return m ? m[1].length : 0;
}

function gapText(f) {
  if (f.gap_points) {
    // a published percentage's gap, exactly, in percentage points
    const neg = f.gap_points.startsWith('-');
    return (neg ? '−' : '+') + dec(neg ? f.gap_points.slice(1) : f.gap_points) + ' ' + t('unit_pp');
  }
  if (!f.gap) return '';
  const line = f.place && f.place.line;
  if (PERCENT_LINES.has(line)) {
    // the gap counts units of the rule's last decimal: the recomputed
    // figure's when it leads the "should be" text, else the published one's
    const want = /^\s*(\d+(?:\.\d+)?)/.exec(String(f.want || ''));
    const d = want ? decimalsOf(want[1]) : decimalsOf(f.got);
    // exact: the gap's digits with the point put d places from the right
    const digits = String(Math.abs(f.gap)).padStart(d + 1, '0');
    const v = d ? digits.slice(0, -d) + '.' + digits.slice(-d) : digits;
    return (f.gap > 0 ? '+' : '−') + dec(v) + ' ' + t('unit_pp');
  }
  return signed(f.gap);
}

function renderOkrugs(res) {
  const box = $('#okrugs');
  box.textContent = '';
  // districts of several seats are headed with their seats, as the text
  // report heads them ("Districts: 1 × 3 seats"), not as single-mandate okrugs
  const seats = okrugSeatsLabel(res);
  const heading = seats === '1' ? t('okrugs_h') : tCount('okrugs_districts_h', seats.split('–').pop(), { n: num((res.okrugs || []).length), seats });
  for (const e of document.querySelectorAll('#okrugs-h, a[href="#sec-okrugs"]')) e.textContent = heading;
  if (!res.okrugs || !res.okrugs.length) {
    box.append(el('p', { class: 'muted' }, t('no_okrugs')));
    return;
  }
  const disagree = disagreements();
  // "Against all": a column only where the ballot has it (the rule set
  // says what it does, and neither the definition nor the rule set's form
  // leaves it off the okrug ballot: a plurality system's) or some okrug
  // counted votes against all.
  const off = (b) => Boolean(b && b.okrug && b.okrug.against_all === false);
  const against = res.okrugs.some((o) => o.against_all) || (Boolean((res.rules.okrug || {}).against_all) &&
    !off((res.election || {}).ballots) && !off((res.rules.protocol || {}).ballots));
  const rows = res.okrugs.map((o) => {
    // Of the majority rule's base under one (0 when not evaluated), else of those who took part.
    const den = (res.rules.okrug || {}).majority ? o.majority_base : o.participants;
    // A candidate's votes that protocols do not all give are a partial
    // sum: said beside the figure, no share is made of it, and its margin is a bound (okrugMargin).
    const missing = o.votes_missing || {};
    const leaderMissing = o.leader ? missing[o.leader] || 0 : 0;
    // Those who took part not evaluated (a protocol lacks the line valid
    // or invalid): the share says so rather than staying blank.
    const shareNE = !den && !leaderMissing && o.leader && !(res.rules.okrug || {}).majority &&
      (o.not_evaluated || []).includes('participants');
    const leaderShare = den && !leaderMissing ? pct(share(o.leader_votes, den)) : shareNE ? t('not_evaluated') : '';
    const cls = [o.outcome === 'repeat_election' ? 'repeat' : '', disagree.okrugs.has(o.okrug) ? 'disagree' : ''].join(' ').trim();
    return el('tr', { class: cls || null, 'data-okrug': o.okrug },
      el('td', null, o.okrug),
      el('td', null, o.name),
      el('td', { class: 'outcome' }, t('out_' + o.outcome + (o.missed ? '_' + o.missed : '')) + runoffText(o) +
        (o.outcome !== 'tie' && !runoffTie(o) && (res.ties || []).some((x) => x.context === 'okrug/' + o.okrug) ? ' (' + t('tie_mark') + ')' : '') +
        (o.provisional ? ' (' + t('okrug_provisional_mark') + (o.missing_votes_overturn ? '; ' + t('okrug_overturn_' + o.missing_votes_overturn) : '') + (o.relation_gap_overturn ? '; ' + okrugRelation(o) : '') + (o.first_choices_only ? '; ' + t('okrug_first_choices_mark') : '') + ')' : '') +
        (!o.provisional && o.relation_gap_overturn ? ' (' + okrugRelation(o) + ')' : '') +
        (o.first_choices_majority ? ' (' + t('okrug_first_choices_majority_mark') + ')' : '') +
        (o.ranked && o.ranked.winner ? ' (' + t('okrug_ranked_mark', { n: num(o.ranked.rounds.length), winner: (o.candidate_names || {})[o.ranked.winner] || o.ranked.winner }) + ')' : '') +
        okrugSourceMark(res, o), majorityLine(res, o)),
      el('td', null, o.seats ? districtDeputies(o) : okrugCandidate(o.winner_name || o.leader_name || o.winner || o.leader || ''), figureProv(o, 'leader')),
      // one span: a card's cell keeps the figure and its share together
      el('td', { class: 'num' }, el('span', null, num(o.leader_votes), leaderShare ? el('span', { class: 'muted' }, ' · ' + leaderShare) : null,
        leaderMissing ? el('span', { class: 'muted' }, ' (' + t('votes_partial', { n: num(leaderMissing) }) + ')') : null, figureProv(o, 'leader'))),
      against ? el('td', { class: 'num' }, num(o.against_all), figureProv(o, 'against_all')) : null,
      el('td', { class: 'num' }, okrugMargin(o), figureProv(o, 'margin')),
      el('td', { class: 'source' }, provenance(o.provenance, o.annulled || 0)));
  });
  // The share is of those who took part (valid and invalid ballots), or
  // under a majority rule of its base: the header names it.
  const majority = (res.rules.okrug || {}).majority;
  const votesHead = majority ? t('col_leader_votes_of', { base: t('pbase_' + majority.base) }) : t('col_leader_votes_of', { base: t('pbase_participants') });
  box.append(table(null, [t('col_okrug'), t('col_okrug_name'), t('col_outcome'), t('col_leader'), [votesHead, 'num'],
    ...(against ? [[t('col_against'), 'num']] : []), [t('col_okrug_margin'), 'num'], [t('col_source'), 'source']], rows, { class: 'okrugs', cards: true, label: heading }));
  renderAnnulled(res, box);
  renderOkrugCandidates(res, box);
  renderRankedRounds(res, box);
  renderOkrugRegions(res, box);
}

// renderRankedRounds draws each okrug's instant run-off (okrug.ranked), as
// the reports do: a column per round of each candidate's votes (empty once
// excluded), the ballots for a continuing candidate and those exhausted,
// and what each round decided, the majority as the exact comparison.
function renderRankedRounds(res, box) {
  for (const o of res.okrugs.filter((x) => x.ranked)) {
    const irv = o.ranked;
    const names = o.candidate_names || {};
    const who = (id) => names[id] || id;
    const title = t('ranked_rounds', { okrug: o.name || o.okrug });
    const lastRound = (id) => {
      for (let i = irv.rounds.length - 1; i >= 0; i--) if (id in irv.rounds[i].votes) return [i, irv.rounds[i].votes[id]];
      return [-1, 0];
    };
    const ids = Object.keys(irv.rounds[0].votes).sort((a, b) => {
      const [ra, va] = lastRound(a);
      const [rb, vb] = lastRound(b);
      return rb - ra || vb - va || (a < b ? -1 : a > b ? 1 : 0);
    });
    const cells = (f) => irv.rounds.map((r) => el('td', { class: 'num' }, f(r)));
    const rows = ids.map((id) => el('tr', { class: id === irv.winner ? 'elected' : null },
      el('th', { scope: 'row' }, okrugCandidate(who(id))), cells((r) => (id in r.votes ? num(r.votes[id]) : ''))));
    rows.push(el('tr', null, el('th', { scope: 'row' }, t('ranked_continuing')), cells((r) => num(r.continuing))));
    rows.push(el('tr', null, el('th', { scope: 'row' }, t('ranked_exhausted')), cells((r) => num(r.exhausted))));
    const head = [t('col_candidate'), ...irv.rounds.map((r) => [t('ranked_round', { n: num(r.round) }), 'num'])];
    const said = irv.rounds.map((r) => {
      const n = num(r.round);
      if (r.elected) {
        const v = r.votes[r.elected];
        return t('ranked_elected', { n, who: who(r.elected), votes: num(v), continuing: num(r.continuing), twice: num(2 * v) });
      }
      if (r.excluded) return t('ranked_excluded_' + r.excluded_by, { n, who: r.excluded.map(who).join(', ') });
      const x = (irv.ties || []).find((y) => !y.settled_by);
      return x ? t('ranked_tie', { n, who: x.tied.map(who).join(', '), votes: x.value }) : '';
    }).filter(Boolean);
    const d = el('details', { class: 'ranked-rounds', 'data-okrug': o.okrug, open: true }, el('summary', null, title),
      table(null, head, rows, { label: title }),
      irv.no_choice ? el('p', { class: 'muted' }, t('ranked_no_choice', { n: num(irv.no_choice) })) : null,
      el('ul', null, said.map((x) => el('li', null, x))));
    box.append(d);
  }
}

// runoffTie is okrug o's tie for a place in the second round that awaits
// lots (context "runoff"); undefined when none.
function runoffTie(o) {
  return (o.ties || []).find((x) => x.context === 'runoff' && !x.settled_by);
}

// runoffText says who goes to okrug o's second round and, where a tie
// for its place(s) left awaits lots, who are tied for it, as the reports
// say it (never the leader alone, as if the round had one candidate);
// '' when it names no one.
function runoffText(o) {
  const x = runoffTie(o);
  const goes = (o.runoff_names || o.runoff || []).join(', ');
  if (!x) return goes ? ': ' + goes : '';
  const names = o.candidate_names || {};
  const n = (o.runoff || []).length;
  return ': ' + t(!n ? 'runoff_tied_all' : n === 1 && x.seats === 1 ? 'runoff_tied_second' : 'runoff_tied_rest',
    { goes, tied: x.tied.map((id) => names[id] || id).join(', '), value: figures(x.value) });
}

// okrugSeatsLabel is the seats of each okrug, as the text report's
// seatsLabel says them: "1", "3", or "2–5" where they differ.
function okrugSeatsLabel(res) {
  const ns = (res.okrugs || []).map((o) => o.seats || Math.max((res.rules.okrug || {}).seats || 0, 1));
  if (!ns.length) ns.push(Math.max((res.rules.okrug || {}).seats || 0, 1));
  const lo = Math.min(...ns), hi = Math.max(...ns);
  return lo === hi ? String(hi) : lo + '–' + hi;
}

// renderOkrugCandidates adds every candidate's votes in each okrug, as
// the text report's section of an okrug: the most votes first (then by
// ID; a candidate whose votes no protocol gives last, "not evaluated"),
// each share of the okrugs' table's base, a partial sum said so and
// given no share, and who was elected. One table folded per okrug,
// open when the count has one okrug; a closed one is built when opened.
function renderOkrugCandidates(res, box) {
  const okrugs = res.okrugs.filter((o) => Object.keys(o.candidate_votes || {}).length || Object.keys(o.candidate_names || {}).length);
  if (!okrugs.length) return;
  const sec = el('div', { id: 'okrug-candidates' }, el('h3', null, t('okrug_candidates_h')));
  for (const o of okrugs) {
    const title = t('okrug_candidates', { okrug: o.name || o.okrug });
    const d = el('details', { class: 'okrug-candidates', 'data-okrug': o.okrug }, el('summary', null, title));
    const fill = () => { if (d.childElementCount < 2) d.append(okrugCandidatesTable(res, o, title)); };
    if (okrugs.length === 1) {
      d.open = true;
      fill();
    } else d.addEventListener('toggle', fill);
    sec.append(d);
  }
  box.append(sec);
}

function okrugCandidatesTable(res, o, title) {
  const majority = (res.rules.okrug || {}).majority;
  const base = majority ? o.majority_base : o.participants;
  const votes = o.candidate_votes || {};
  const names = o.candidate_names || {};
  const missing = o.votes_missing || {};
  const ids = Object.keys(votes).concat(Object.keys(names).filter((id) => !(id in votes)));
  ids.sort((a, b) => ((b in votes) - (a in votes)) || (votes[b] || 0) - (votes[a] || 0) || (a < b ? -1 : a > b ? 1 : 0));
  const elected = new Set([o.winner, ...(o.deputies || []).map((x) => x.id)].filter(Boolean));
  const shareNE = !majority && (o.not_evaluated || []).includes('participants');
  const rows = ids.map((id) => {
    const given = id in votes;
    const miss = missing[id] || 0;
    let pc = given && !miss && base > 0 ? pct(share(votes[id], base)) : given && !miss && shareNE ? t('not_evaluated') : '';
    let mark = elected.has(id) ? t('out_elected') : '';
    if ((o.blank || []).includes(id)) {
      // blank votes: no candidate, and no share of a base of votes
      mark = t('okrug_blank_mark');
      if (majority && majority.base === 'votes') pc = '';
    }
    return el('tr', { class: elected.has(id) ? 'elected' : null },
      el('th', { scope: 'row' }, id === 'against_all' ? t('against_all') : okrugCandidate(names[id] || id)),
      given ? el('td', { class: 'num' }, num(votes[id]), miss ? el('span', { class: 'muted' }, ' (' + t('votes_partial', { n: num(miss) }) + ')') : null)
        : el('td', { class: 'num muted' }, t('not_evaluated')),
      el('td', { class: 'num' }, pc),
      el('td', null, mark));
  });
  // the share's base said once under the table (a narrow screen keeps four
  // columns); no share column when no candidate has one
  const shares = rows.some((r) => r.cells[2].textContent && r.cells[2].textContent !== t('not_evaluated'));
  if (!shares) for (const r of rows) r.cells[2].remove();
  const head = [t('col_candidate'), [t('col_votes'), 'num'], ...(shares ? [[t('col_pct'), 'num']] : []), t('col_outcome')];
  const said = t('col_pct') + ': ' + t('pbase_' + (majority ? majority.base : 'participants')) + (shares ? '' : ' — ' + t('not_evaluated'));
  return el('div', null, table(null, head, rows, { class: 'okrug-candidates', label: title }), el('p', { class: 'muted' }, said));
}

// majorityLine says okrug o's majority step (okrug.majority): the votes
// it needs of its base, the leader's, and by how many they missed or
// passed it, which a share rounded to 50.00 does not tell; null where the
// rule did not judge it, or judged more than this says (a second way to
// win, votes missing: the JSON's steps say it).
function majorityLine(res, o) {
  const m = (res.rules.okrug || {}).majority;
  const step = (o.steps || []).find((s) => s.kind === 'majority');
  if (!m || m.or || !step || !(o.majority_base > 0) || ((o.votes_missing || {})[o.leader] || 0) > 0) return null;
  const needed = Number(step.value);
  const got = o.leader_votes || 0;
  const verdict = got < needed ? t('majority_missed', { n: num(needed - got) }) : got > needed ? t('majority_passed', { n: num(got - needed) }) : t('majority_exact');
  return el('div', { class: 'muted majority-line' }, t('majority_line_' + m.comparison, { percent: figures(String(m.percent)), base: num(o.majority_base),
    of: t('pbase_' + m.base), needed: num(needed), leader: o.leader_name || o.leader, got: num(got), verdict }));
}

// renderOkrugRegions draws the votes of the one okrug of an election of a
// single okrug (a president's) in each region (res.okrug_regions): a row
// per region with its protocols counted and the votes of the candidates
// of the most votes, 6 at most; a figure no protocol of the region gives
// is "not evaluated", never 0, and a partial sum says so.
function renderOkrugRegions(res, box) {
  const regs = res.okrug_regions || [];
  if (!regs.length) return;
  const o = res.okrugs.find((x) => x.okrug === regs[0].okrug) || {};
  const cv = o.candidate_votes || {};
  const ids = [];
  for (const rv of regs) {
    for (const id of [...Object.keys(rv.votes || {}), ...Object.keys(rv.votes_missing || {})]) if (!ids.includes(id)) ids.push(id);
  }
  ids.sort((a, b) => (cv[b] || 0) - (cv[a] || 0) || (a < b ? -1 : a > b ? 1 : 0));
  const shown = ids.slice(0, 6);
  const names = o.candidate_names || {};
  const head = [t('col_or_region'), [t('col_or_protocols'), 'num'],
    ...shown.map((id) => [id === 'against_all' ? t('against_all') : okrugCandidate(names[id] || id), 'num'])];
  const rows = regs.slice(0, 100).map((rv) => el('tr', null, el('td', null, rv.region), el('td', { class: 'num' }, num(rv.protocols)),
    ...shown.map((id) => {
      const v = (rv.votes || {})[id];
      const miss = (rv.votes_missing || {})[id] || 0;
      if (v === undefined) return el('td', { class: 'num muted' }, t('not_evaluated'));
      return el('td', { class: 'num' }, num(v), miss ? el('span', { class: 'muted' }, ' (' + t('votes_partial', { n: num(miss) }) + ')') : null);
    })));
  // The protocols in no region (abroad): a row of their own, and a line
  // that says so (res.okrug_outside).
  const out = res.okrug_outside;
  if (out) {
    rows.push(el('tr', null, el('td', null, t(out.no_region_precincts ? 'okrug_regions_outside' : 'okrug_regions_abroad')), el('td', { class: 'num' }, num(out.protocols)),
      ...shown.map((id) => {
        const v = (out.votes || {})[id];
        const miss = (out.votes_missing || {})[id] || 0;
        if (v === undefined) return el('td', { class: 'num muted' }, t('not_evaluated'));
        return el('td', { class: 'num' }, num(v), miss ? el('span', { class: 'muted' }, ' (' + t('votes_partial', { n: num(miss) }) + ')') : null);
      })));
  }
  const title = t('okrug_regions_h', { okrug: o.name || regs[0].okrug });
  const sec = el('div', { id: 'okrug-regions' }, el('h3', null, title), table(null, head, rows, { class: 'okrug-regions', cards: true, label: title }));
  if (ids.length > shown.length) sec.append(el('p', { class: 'muted' }, t('okrug_regions_more_candidates', { n: num(ids.length - shown.length) })));
  if (out) sec.append(el('p', { class: 'muted', id: 'okrug-outside' }, t('okrug_regions_outside_said', { n: num(out.protocols), abroad: num(out.abroad_precincts), none: num(out.no_region_precincts) })));
  if (regs.length > 100) sec.append(el('p', { class: 'muted' }, t('okrug_regions_more_regions', { n: num(regs.length - 100) })));
  box.append(sec);
}

// figureProv marks a figure of okrug o whose provenance is not the
// okrug's (the Result's figure_provenance: a synthetic runner-up makes
// the margin synthetic beside a preliminary leader), as the lists table
// marks a synthetic row; null where it is the okrug's.
function figureProv(o, figure) {
  const p = (o.figure_provenance || {})[figure];
  return p ? el('span', { class: 'fig-prov ' + p, 'data-prov': p }, ' (' + t(p) + ')') : null;
}

// okrugMargin says the margin of okrug o as the Result means it: the
// leader's votes less the next competitor's, each a sum of the protocols
// that give it. A leader's partial sum can only grow: the margin is at
// least that, while no other candidate's sum is partial. Another's
// partial sum can only grow: at most that, while the leader's is whole.
// With both partial, it is not evaluated.
function okrugMargin(o) {
  // An aggregate of several people's votes behind the winner, ahead of
  // every candidate: the margin is a range, o.margin the least.
  if (o.margin_at_most > 0) return t('pv_at_least', { n: num(o.margin) });
  const missing = o.votes_missing || {};
  const leader = o.leader ? missing[o.leader] > 0 : false;
  const others = Object.keys(missing).some((id) => id !== o.leader && missing[id] > 0);
  if (leader && others) return t('not_evaluated');
  if (leader) return t('pv_at_least', { n: num(o.margin) });
  if (others) return t('pv_at_most', { n: num(o.margin) });
  return num(o.margin);
}

// okrugCandidate is an okrug candidate's name, the stand-in synthetic
// data writes ("Okrug 7 candidate 2") said as the place on the ballot.
function okrugCandidate(name) {
  const m = /^Okrug \S+ candidate (\d+)$/.exec(name);
  return m ? t('pv_okrug_no', { n: num(m[1]) }) : name;
}

// okrugSourceMark marks an okrug's decided outcome with where its figures
// come from when that is not the official result: "elected" from
// preliminary figures is a preliminary winner.
function okrugSourceMark(res, o) {
  const q = o.provenance || (res.election && res.election.provenance);
  return (q === 'preliminary' || q === 'synthetic') && o.outcome !== 'not_evaluated' && o.outcome !== 'annulled' ? ' (' + t(q) + ')' : '';
}

// renderAnnulled says what the annulments given change (res.annulled, from
// wasm/api's Count): who loses and who gains a seat in each okrug.
function renderAnnulled(res, box) {
  const a = res.annulled;
  if (!a) return;
  const sec = el('div', { id: 'annulled' }, el('h3', null, t('annulled_h')));
  for (const c of annulments(res)) sec.append(el('p', { class: 'muted' }, t('annulled_item', { what: c })));
  // the candidates by their names, as the text report's table names them
  // (an outcome is "elected: ID, ID")
  const named = (ok, ids) => ids.map((id) => candidateOf({ okrug: ok }, id)).join(', ');
  const outcome = (ok, s) => s.replace(/^([^:]*: )(.*)$/, (_, head, ids) => head + named(ok, ids.split(', ')));
  const rows = (a.okrugs || []).map((o) => el('tr', null, el('td', null, o.id),
    el('td', null, '− ' + named(o.id, o.lose || [])), el('td', null, '+ ' + named(o.id, o.gain || [])),
    el('td', { class: 'hide-small' }, outcome(o.id, o.base) + ' → ' + outcome(o.id, o.alternative))));
  if (rows.length) sec.append(table(null, [t('col_okrug'), '−', '+', [t('col_outcome'), 'hide-small']], rows, { class: 'annulled' }));
  else sec.append(el('p', null, t('annulled_none')));
  sec.append(el('p', null, t('annulled_seats', { base: num(a.base_seats.total), alt: num(res.seats.total) })));
  box.append(sec);
}

// districtDeputies draws the seats of a district of several seats: one
// line per deputy (name, sex, votes), the seats the sex-balance rule or a
// tie gave marked, and the seats not filled.
function districtDeputies(o) {
  const box = el('div', { class: 'district' });
  for (const d of o.deputies || []) {
    const rule = d.reason === 'sex_balance' || d.reason === 'tie';
    const title = d.reason === 'tie' ? t('district_tie') : t('district_rule');
    // a sex not given is not said, as the text report leaves it out; the
    // votes never broken across lines
    box.append(el('div', { class: rule ? 'seat by-rule' : 'seat', title: rule ? title : null },
      okrugCandidate(d.name || d.id) + ' (' + (d.sex ? d.sex + ', ' : ''), el('span', { class: 'nowrap' }, num(d.votes)), ')' + (d.reason === 'tie' ? ' =' : rule ? ' ⚖' : '')));
  }
  if (o.unfilled) box.append(el('div', { class: 'seat muted' }, t('district_unfilled', { n: o.unfilled })));
  return box;
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

// listedOf is how many findings of a code a count lists: the first 10
// missing protocols of each ballot (X215, X216: shailoo.MaxListedMissing),
// the first 1,000 of any other code (validate.MaxListed).
function listedOf(code) {
  return code === 'X215' || code === 'X216' ? 10 : 1000;
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
  // checks not evaluated are counted beside the findings: no finding of a
  // check that was not made is no evidence that its relation holds
  const ne = ((res.findings || {}).not_evaluated || []).length;
  $('#findings-summary').textContent = total
    ? t('findings_count', { errors: num(errors), warnings: num(total - errors) }) + (ne ? ' ' + t('findings_ne', { n: num(ne) }) : '')
    : ne ? t('findings_none_ne', { n: num(ne) }) : t('findings_none');
  const old = $('#findings-synth');
  if (old) old.remove();
  const note = synthNote(res, 'synth_checks', 'findings-synth');
  if (note) $('#findings-summary').after(note);
}

// listSynthetic says whether the votes of list id in the shown result are
// synthetic (its own provenance, else the election's).
function listSynthetic(id) {
  const res = state.result;
  const l = res && res.lists.find((x) => x.id === id);
  return Boolean(l) && (l.provenance || (res.election && res.election.provenance)) === 'synthetic';
}

// listName is a list's name in the current language, from the result.
function listName(id) {
  if (id === 'against_all') return t('against_all');
  const l = state.result && state.result.lists.find((x) => x.id === id);
  return l ? partyName(l) : id;
}

// candidateOf is candidate id of place p by the name the result gives it
// (the definition's, or the mapping's): of p's okrug (any okrug where p
// names none), else a seated candidate of p's list; its ID where none is
// given, as the reports name it (validate.Names).
function candidateOf(p, id) {
  const res = state.result || {};
  const okrug = () => {
    for (const o of res.okrugs || []) {
      const n = (!p.okrug || o.okrug === p.okrug) && (o.candidate_names || {})[id];
      if (n) return okrugCandidate(n);
    }
  };
  const list = () => {
    for (const l of res.lists || []) {
      const d = (!p.party || l.id === p.party) && (l.deputies || []).find((x) => x.id === id && x.name);
      if (d) return candidateName(d);
    }
  };
  // a list's candidate where the place names a list (preference votes)
  return (p.party ? list() || okrug() : okrug() || list()) || id;
}

// placeText is where a finding (of code, when given) is, in the page's
// words: a list, a candidate and a choice by their names, unless the
// finding is about the ID as such (validate's keepsIDs: X209, X210,
// X211, X237, S310), which is said as the data gives it.
function placeText(p, code) {
  const ids = /^(X209|X210|X211|X237|S310)$/.test(code || '');
  const parts = [];
  // A protocol joined from parts of two files names the second's rows too (also).
  for (const r of [p, p.also || {}]) {
    if (r.file) parts.push(r.file + (r.row ? ':' + r.row + (r.last_row > r.row ? '-' + r.last_row : '') : ''));
  }
  if (p.region) parts.push(t('region', { id: p.region }));
  if (p.okrug) parts.push(t('okrug', { id: p.okrug }));
  if (p.precinct) parts.push(t('precinct_meta', { id: p.precinct }));
  if (p.ballot) parts.push(t('ballot_' + p.ballot) + ', ' + t(p.machine ? 'machine' : 'manual'));
  if (p.party) parts.push(listName(p.party));
  if (p.candidate) parts.push(ids ? p.candidate : candidateOf(p, p.candidate));
  if (p.line) parts.push(STRINGS.en['line_' + p.line] ? t('line_' + p.line) : STRINGS.en['pline_' + p.line] ? t('pline_' + p.line) : p.line);
  // a choice by its list's name where it is a list (a copy's votes of
  // ata-jurt), else by its candidate's; its ID where neither names it
  if (p.choice) parts.push(ids ? p.choice : listName(p.choice) !== p.choice ? listName(p.choice) : candidateOf(p, p.choice));
  if (p.level && (p.level === 'nation' || !parts.length)) parts.unshift(STRINGS.en['level_' + p.level] ? t('level_' + p.level) : p.level);
  return parts.join(' · ');
}

function filtered() {
  const code = $('#filter-code').value;
  const sev = $('#filter-sev').value;
  const q = $('#filter-place').value.trim().toLowerCase();
  return findingsOf(state.result).filter((f) => (!code || f.code === code) && (!sev || f.severity === sev)
    && (!q || placeText(f.place, f.code).toLowerCase().includes(q) || JSON.stringify(f.place).toLowerCase().includes(q)));
}

function findingRow(f, clickable) {
  const p = f.place || {};
  const open = clickable && p.precinct;
  const msg = (f.message && f.message[state.lang] && sayFigures(f.message[state.lang], f)) || (f.message && f.message.en ? englishSpan(f.message.en) : '');
  return el('tr', {
    class: open ? 'clickable' : null, 'data-code': f.code, 'data-precinct': p.precinct || null,
    onclick: open ? (ev) => { if (ev.target.tagName !== 'BUTTON') showPrecinct(p.precinct, true); } : null,
  },
  el('td', null, el('span', { class: 'code' }, f.code)),
  el('td', null, el('span', { class: 'sev ' + f.severity }, t('sev_' + f.severity))),
  // the button's name is its visible text (WCAG 2.5.3); what it does is its title
  el('td', null, open ? el('button', { type: 'button', class: 'link', title: t('open_precinct', { id: p.precinct }),
    onclick: () => showPrecinct(p.precinct, true) }, placeText(p, f.code)) : placeText(p, f.code)),
  el('td', { class: 'num fig' }, figText(f.want)),
  // a published figure of a part whose provenance is not the summary's
  el('td', { class: 'num fig' }, figText(f.got), f.provenance ? ' (' + dataText(f.provenance) + ')' : ''),
  el('td', { class: 'num' }, gapText(f)),
  el('td', null, msg));
}

// sayFigures shows a finding's own figures (want, got, gap) in its
// sentence, which the Go side writes with bare digits ("в копии 12345
// (разница +11845)"), as the table beside it does; other numbers (a
// precinct's ID, a line) are left as they are.
function sayFigures(msg, f) {
  const subs = new Map();
  for (const x of [f.want, f.got]) {
    // a bound ("<= 2768") is its figure
    const s = String(x === undefined || x === null ? '' : x).replace(/^(?:[<>]=?|=|\u2264|\u2265)\s*/, '');
    if (/^\d+(\.\d+)?$/.test(s)) subs.set(s, dec(s));
  }
  if (f.gap && !PERCENT_LINES.has(f.place && f.place.line)) {
    subs.set((f.gap > 0 ? '+' : '-') + Math.abs(f.gap), signed(f.gap));
    // the gap said without its sign ("excess 2442")
    if (Number.isInteger(f.gap)) subs.set(String(Math.abs(f.gap)), num(Math.abs(f.gap)));
  }
  let out = msg;
  for (const [from, to] of subs) {
    if (from === to) continue;
    const re = new RegExp('(^|[^\\w.:+\\-])' + from.replace(/[.+]/g, '\\$&') + '(?![\\w:\\-]|\\.\\d)', 'g');
    out = out.replace(re, (m, pre) => pre + to);
  }
  return out;
}

// findingsTable lists findings fs, a row each, or, given their groups
// (groupFindings), a row per group.
function findingsTable(fs, clickable, limit, groups) {
  const rows = groups ? groups.slice(0, limit).map(groupRow) : fs.slice(0, limit).map((f) => findingRow(f, clickable));
  // a copy's findings (C4xx) set the published figure beside the copy's:
  // neither is presumed the right one
  const copy = fs.length > 0 && fs.every((f) => /^C4/.test(f.code));
  // a published summary's findings (S3xx) set the recount beside the
  // published figure
  const pub = fs.length > 0 && fs.every((f) => /^S3/.test(f.code));
  const want = copy ? 'col_published' : pub ? 'ty_col_recount' : 'col_want';
  const got = copy ? 'col_copy' : pub ? 'col_published' : 'col_got';
  return table(null, [t('col_code'), t('col_sev'), t('col_place'), [t(want), 'num'], [t(got), 'num'],
    [t('col_gap'), 'num'], t('col_msg')], rows, { class: 'findings', cards: true, label: t('findings_h') });
}

// shapeOf is what a finding says with its own figures, IDs and quoted
// values left out: the findings of one code, severity and shape are one
// kind (a column missing from a file gives one per row).
function shapeOf(f) {
  const p = f.place || {};
  let msg = (f.message && f.message.en) || '';
  for (const v of [p.precinct, p.okrug, p.region, p.file, p.candidate, f.want, f.got]) {
    if (v !== undefined && v !== null && String(v).length) msg = msg.split(String(v)).join('#');
  }
  return [f.code, f.severity, p.ballot || '', p.line || '', p.choice || '', p.party || '',
    msg.replace(/"[^"]*"|«[^»]*»|\S*\d\S*/g, '#')].join('|');
}

// groupFindings puts the findings of one kind (shapeOf) together, in the
// order of their first finding: a group of one is a finding shown alone.
function groupFindings(fs) {
  const groups = new Map();
  for (const f of fs) {
    const k = shapeOf(f);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(f);
  }
  return [...groups.values()];
}

// groupRow is the row of a group of findings: its first finding, and the
// others folded beneath its place, listed when the reader opens them.
function groupRow(g) {
  const row = findingRow(g[0], true);
  if (g.length < 2) return row;
  row.dataset.count = String(g.length);
  row.classList.add('group');
  const more = el('details', { class: 'more-places' }, el('summary', null, t('pv_more_places', { n: num(g.length - 1) })));
  more.addEventListener('toggle', () => {
    if (!more.open || more.querySelector('ul')) return;
    // each place by what is its own: the ballot, line, list and choice
    // are the group's (shapeOf), its figures said where they differ
    const figsOf = (f) => [figText(f.want), figText(f.got), gapText(f)].filter((x) => x !== '' && x !== undefined).join(' · ');
    const first = figsOf(g[0]);
    more.append(el('ul', null, g.slice(1).map((f) => {
      const p = { ...f.place, ballot: undefined, line: undefined, choice: undefined, party: undefined };
      const figs = figsOf(f);
      return el('li', null, p.precinct ? el('button', { type: 'button', class: 'link', title: t('open_precinct', { id: p.precinct }),
        onclick: () => showPrecinct(p.precinct, true) }, placeText(p, f.code)) : placeText(p, f.code), figs && figs !== first ? ' — ' + figs : '');
    })));
  });
  // a click in the fold is not a click on the first finding's row
  more.addEventListener('click', (ev) => ev.stopPropagation());
  // the place and its fold one block, the fold beneath (a card's value)
  const cell = row.children[2];
  cell.append(el('div', null, ...cell.childNodes, more));
  return row;
}

function renderFindings() {
  const box = $('#findings');
  box.textContent = '';
  const all = filtered();
  if (!all.length) {
    $('#not-evaluated').textContent = '';
    renderNotEvaluated();
    return;
  }
  // one row per kind of finding; the pages of rows count kinds
  const fs = groupFindings(all);
  const shownGroups = fs.slice(0, state.shown);
  box.append(findingsTable(all, true, state.shown, fs));
  if (fs.length < all.length) box.append(el('p', { class: 'muted', id: 'findings-grouped' }, t('pv_group_note', { groups: num(fs.length), n: num(all.length) })));
  const shownN = shownGroups.reduce((n, g) => n + g.length, 0);
  box.append(el('p', { class: 'muted' }, t('shown', { n: num(shownN), m: num(all.length) })));
  if (fs.length > state.shown) {
    box.append(el('button', { type: 'button', onclick: () => { state.shown += PAGE; renderFindings(); } }, t('more')));
  }
  const code = $('#filter-code').value;
  const sev = $('#filter-sev').value;
  for (const u of unlistedOf(state.result)) {
    if ((code && u.code !== code) || (sev && u.severity !== sev)) continue;
    box.append(el('p', { class: 'muted' }, t('unlisted', { code: u.code, n: num(u.count), limit: num(listedOf(u.code)) })));
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
      el('li', null, el('span', { class: 'code' }, n.code), codeTitle(n.code), ': ', reasonText(n), n.count ? ` (${num(n.count)})` : ''))));
  }
}

// codeTitle names the check of a finding code in plain words (the
// catalog's "finding.<code>.title"), after the code: '' for a code
// without one.
function codeTitle(code) {
  const k = 'finding.' + code + '.title';
  return k in STRINGS.en ? ' (' + t('ne_check', { title: t(k) }) + ')' : '';
}

// ---------------------------------------------------------------------------
// Precinct panel.

// precinctHint says what a precinct's ID looks like in the election
// counted: a precinct a finding (or the first of a check not evaluated)
// names, and its last part, which alone
// lists the precincts whose ID ends with it.
function precinctHint() {
  const hint = $('#precinct-hint');
  const res = state.result;
  if (!hint || !res) return;
  const f = findingsOf(res).find((x) => x.place && x.place.precinct);
  const ne = ((res.findings || {}).not_evaluated || []).find((n) => n.first && n.first.precinct);
  const id = f ? f.place.precinct : ne ? ne.first.precinct : '';
  if (!id) return;
  const tail = id.split(/[^\p{L}\p{N}]+/u).filter(Boolean).pop() || id;
  hint.textContent = tail === id ? t('precinct_hint_id', { id }) : t('precinct_hint_example', { id, tail });
}

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
    // a part of an ID typed: the precincts it may be, to choose from
    const like = out.obj.key === 'err.no_precinct_like' ? String((out.obj.args || {}).ids || '').split('\n').filter(Boolean) : [];
    if (like.length) {
      if (Number(out.obj.args.n) > like.length) box.append(el('p', null, t('precinct_like_first', { shown: num(like.length) })));
      box.append(el('ul', { id: 'precinct-like' }, like.map((x) => el('li', null, el('button', { type: 'button', class: 'link', onclick: () => showPrecinct(x, false) }, x)))));
    }
    return;
  }
  const pr = out.obj;
  const p = pr.precinct;
  const meta = [t('precinct_meta', { id: p.id })];
  // the region by its name (its ID where the definition names none)
  if (p.region) meta.push(t('region', { id: (pr.region && (partyName(pr.region) || pr.region.id)) || p.region }));
  if (p.okrug) meta.push(t('okrug', { id: p.okrug }));
  if (p.abroad) meta.push(t('abroad'));
  box.append(el('h3', null, meta.join(' · ')));
  const synth = synthNote(state.result, 'synth_protocol', 'precinct-synth');
  if (!pr.protocols.length) box.append(el('p', null, t('no_protocols')));
  else if (synth) box.append(synth);
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
    grid.append(el('div', null, el('h3', null, t('ballot_' + ballot)),
      table(null, head, rows, { class: 'protocol', cards: true, label: t('ballot_' + ballot) })));
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

// leadNumber is the figure a finding's "should be" text starts with
// ("8.35 (exact 100 × …)" gives "8.35"); '' when it starts otherwise.
function leadNumber(x) {
  const m = /^\s*(\d+(?:\.\d+)?)/.exec(String(x || ''));
  return m ? m[1] : '';
}

// publishedHeadline is the plain sentence a published summary's check
// leads with: what is wrong, in the reader's words, before any formula.
// Published figures it could not check follow it: "agrees" only where
// compared.
function publishedHeadline() {
  const errors = errorsOf(state.verify.findings);
  // (a report whose notes say what it holds that is not compared: not
  // "publishes no figure", as shailoo verify says it)
  if (!errors.length && nothingCompared()) return t(((state.verify.published || {}).notes || []).length ? 'published_nothing_notes' : 'published_nothing');
  const un = uncheckedText();
  if (!errors.length) return un ? t('published_ok_where') + ' ' + un : t('published_ok');
  const sum = errors.find((f) => f.code === 'S303');
  const shares = errors.filter((f) => f.code === 'S301').length;
  const head = sum ? t('pub_sum_over', { sum: dec(sum.got) }) : shares ? t('pub_shares_wrong', { n: num(shares), m: num(errors.length) })
    : t('published_bad', { n: num(errors.length) });
  return un ? head + ' ' + un : head;
}

// uncheckedText says the published figures a check of a summary could
// not check (its checks not evaluated at places, but for figures not
// published: validate.Unchecked), how many and where, as the reports
// say it; '' when it checked every one.
function uncheckedText() {
  const un = (state.verify.not_evaluated || []).filter((x) => x.count > 0 && x.first && !String(x.reason).startsWith('not published'));
  if (!un.length) return '';
  const list = un.map((x) => x.code + ': ' + (x.count > 1 ? t('published_unchecked_more', { first: placeText(x.first, x.code), m: num(x.count - 1) }) : placeText(x.first, x.code)));
  return t('published_unchecked', { n: num(un.reduce((n, x) => n + x.count, 0)), list: list.join('; ') });
}

// sharesTable sets the published shares beside the recomputed ones, list
// by list, with the difference in percentage points (findings S301, and
// S317: a share right for the published votes and base, whose gap follows
// from theirs, which its row names), the largest difference first: the
// worst error leads, whatever the lists' IDs. A share recomputed from a
// list's synthetic votes says so on its row: it stands in for a figure
// never published, and checks nothing.
function sharesTable(fs) {
  const size = (f) => Math.abs(f.gap || 0);
  const sorted = fs.slice().sort((a, b) => size(b) - size(a) || String(a.place.party).localeCompare(String(b.place.party)));
  const rows = sorted.map((f) => {
    const want = leadNumber(f.want);
    const synth = listSynthetic(f.place.party);
    return el('tr', { 'data-code': f.code, 'data-list': f.place.party || null, class: synth ? 'synth' : null },
      el('th', { scope: 'row' }, listName(f.place.party)),
      el('td', { class: 'num' }, f.got ? pct(f.got) : ''),
      el('td', { class: 'num' }, el('span', null, want ? pct(want) : '', synth ? el('span', { class: 'muted synth-mark' }, ' (' + t('pv_synth_share') + ')') : null)),
      el('td', { class: 'num diff' }, gapText(f),
        f.code === 'S317' ? el('span', { class: 'muted follows' }, ' (' + t('pub_share_follows', { codes: (f.follows || []).join(', ') }) + ')') : null));
  });
  return table(null, [t('col_party'), [t('col_pub_share'), 'num'], [t('col_our_share'), 'num'], [t('col_share_gap'), 'num']],
    rows, { class: 'shares', cards: true, label: t('shares_h') });
}

// nothingCompared says that verify compared no published figure with the
// recount: a summary it cannot confirm, never "agrees".
function nothingCompared() {
  const c = state.verify && state.verify.compared;
  return !c || !c.figures;
}

// comparedList says what verify compared: the figures, and how many
// matched, by check.
function comparedList() {
  const c = state.verify.compared;
  if (!c || !c.figures) return null;
  return el('div', { id: 'published-compared' },
    el('p', null, t('published_compared', { n: num(c.figures), m: num(c.matched) })),
    el('ul', null, (c.checks || []).map((k) =>
      el('li', { 'data-code': k.code }, el('span', { class: 'code' }, k.code), codeTitle(k.code), ': ', t(k.code === 'S320' ? 'published_compared_check_fewer' : 'published_compared_check', { n: num(k.figures), m: num(k.matched) }),
      k.provenance ? ' (' + dataText(k.provenance) + ')' : ''))),
    // Candidates the summary names by their names, compared as their IDs.
    (c.named || []).length ? el('ul', { class: 'published-named' }, c.named.map((n) =>
      el('li', null, t('published_compared_named', { okrug: n.okrug, published: n.published, id: n.id })))) : null);
}

// recountText says what a published summary was compared with (verify's
// "recount"): the election, what it counted, where its figures come from.
// recountName is the recount's election as the page names it: a
// definition inferred from a mapping ("inferred from m.json", the ID
// "inferred") said in the page's words, as the result's title says it.
function recountName(rc) {
  const inferred = rc.election === 'inferred' && /^inferred from (.+)$/.exec(rc.name || '');
  return inferred ? t('title_inferred', { file: inferred[1] }) : dataText(rc.name) || rc.election;
}

function recountText(rc) {
  const name = recountName(rc);
  const from = (rc.files || []).length ? t('recount_files', { files: rc.files.join(', ') }) : t('recount_own');
  const prov = rc.provenance === 'not_given' ? t('provenance_not_given') : dataText(rc.provenance);
  return t('published_recount', { name: rc.election && rc.election !== 'inferred' && name !== rc.election ? name + ' (' + rc.election + ')' : name, from, prov });
}

// publishedText says what the published summary checked is (verify's
// "published"): its election, where its figures come from, and its source
// as the summary gives it, in the summary's own words (class "given"),
// after the sentence, which ends with the provenance in every language.
function publishedText(p) {
  // (a summary without the field: the field and its values as code)
  const missing = p.provenance === 'not_given';
  const q = (s) => codeSpan('"' + s + '"');
  const prov = (p.parts || []).length ? partsText(p.parts)
    : missing && p.format === 'nist-err' ? t('published_provenance_missing_err', { status: JSON.stringify(p.status || '') })
    : missing ? el('span', null, ...tNode('published_provenance_missing', { field: q('provenance'), official: q('official'), preliminary: q('preliminary'), synthetic: q('synthetic') })) : dataText(p.provenance);
  const said = p.election ? tNode('published_summary_of', { election: p.election, prov }) : tNode('published_summary', { prov });
  return p.source ? [...said, ': ', el('span', { class: 'given', translate: 'no' }, p.source)] : said;
}

// partsText says where each part of a published summary comes from, when
// its parts differ (verify's published.parts), as shailoo verify says it:
// "by part (totals: official; lists: official; okrug results:
// preliminary)", a part of several provenances with the number of each.
function partsText(ps) {
  const byPart = [];
  for (const p of ps) {
    const last = byPart[byPart.length - 1];
    if (last && last.part === p.part) last.provs.push(p);
    else byPart.push({ part: p.part, provs: [p] });
  }
  const provText = (p) => (p.provenance === 'not_given' ? t('provenance_not_given') : dataText(p.provenance));
  return t('published_parts', { parts: byPart.map((g) => t('part_' + g.part) + ': ' +
    g.provs.map((p) => provText(p) + (g.provs.length > 1 ? ' (' + num(p.entries || 0) + ')' : '')).join(', ')).join('; ') });
}

// publishedTitle is the title of a check of a published summary, as
// shailoo verify's report opens: the summary's election against the
// recount's name (its election's ID where it has none); without the
// summary's election where the summary names none.
function publishedTitle(v) {
  const p = v.published || {};
  const rc = v.recount || {};
  const recount = recountName(rc) || '—';
  return p.election ? t('published_title', { published: p.election, recount }) : t('published_title_unnamed', { recount });
}

function renderPublished() {
  const box = $('#published');
  box.textContent = '';
  if (!state.verify) {
    box.append(el('p', { class: 'muted' }, t('published_none')));
    return;
  }
  const fs = state.verify.findings || [];
  const errors = errorsOf(fs);
  box.append(el('h3', { id: 'published-title' }, publishedTitle(state.verify)));
  box.append(el('p', { class: 'muted' }, t('published_of', { name: state.files.summary ? state.files.summary.name : '' })));
  const pub = state.verify.published;
  if (pub) box.append(el('p', { class: 'muted', id: 'published-summary' }, ...publishedText(pub)));
  // how a report in another format was read: what it holds that is not
  // compared, what it sums (verify's published.notes, as the reports say them)
  for (const n of (pub && pub.notes) || []) box.append(el('p', { class: 'muted published-note' }, ...tNode('published_note', { note: reasonText({ reason: n }) })));
  // The summary names another election than the recount's: said, not an error.
  if (pub && pub.election_differs && state.verify.recount) {
    box.append(el('p', { class: 'muted', id: 'published-election-differs' },
      t('published_election_differs', { published: pub.election, recount: state.verify.recount.election === 'inferred' ? recountName(state.verify.recount) : state.verify.recount.election })));
  }
  const rc = state.verify.recount;
  if (rc) box.append(el('p', { class: 'muted', id: 'published-recount' }, recountText(rc)));
  // agreement with synthetic protocols is by construction; a gap from
  // them is a gap from the figures they were made from: said either way
  const synth = errors.length ? (rc && rc.synthetic_protocols ? el('p', { class: 'synth-note', id: 'published-synth' }, t('recount_synthetic')) : null)
    : synthNote(state.result, 'synth_published', 'published-synth');
  box.append(el('p', { class: 'banner ' + (errors.length ? 'bad' : synth || nothingCompared() || uncheckedText() ? 'warn' : 'ok'), id: 'published-headline' }, publishedHeadline()));
  if (synth) box.append(synth);
  const compared = comparedList();
  if (compared) box.append(compared);
  const sum = errors.find((f) => f.code === 'S303');
  if (sum) box.append(el('p', null, t('pub_sum_explain')));
  // a list's share: wrong (S301), or right for the votes and base the
  // summary publishes, its gap theirs (S317, a warning)
  const shares = fs.filter((f) => f.code === 'S301' || (f.code === 'S317' && f.place.party));
  if (shares.length) {
    box.append(el('h3', null, t('shares_h')), el('p', { class: 'muted' }, t('shares_note') + ' ' + t('pv_shares_sorted')),
      shares.some((f) => f.code === 'S317') ? el('p', { class: 'muted', id: 'shares-follow' }, t('pub_shares_follow')) : '',
      shares.some((f) => listSynthetic(f.place.party)) ? el('p', { class: 'synth-note', id: 'shares-synth' }, t('pv_shares_synth')) : '',
      sharesTable(shares));
  }
  const others = errors.filter((f) => f.code !== 'S301' && f.code !== 'S303');
  if (others.length) box.append(el('h3', null, t('published_other_h')), findingsTable(others, false, others.length));
  // the notes are the figures not published (S311, S313); a share that
  // follows from a gap (S317) is in the table above
  const notes = fs.filter((f) => f.severity !== 'error' && !shares.includes(f)).length;
  if (notes) box.append(el('p', { class: 'muted' }, t('published_notes', { n: num(notes) })));
  // every finding with its formula, as the command line prints it
  if (fs.length) {
    box.append(el('details', { class: 'all-findings' }, el('summary', null, t('published_all', { n: num(fs.length) })),
      findingsTable(errors.concat(fs.filter((f) => f.severity !== 'error')), false, fs.length)));
  }
  const ne = state.verify.not_evaluated || [];
  if (ne.length) {
    box.append(el('h3', null, t('not_evaluated_h')), el('ul', null, ne.map((n) =>
      el('li', null, el('span', { class: 'code' }, n.code), codeTitle(n.code), ': ', reasonText(n)))));
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
  // text fields, not type=number: a number field takes "12,5" or "1e3"
  // and hands over something else; here every character is checked
  // (copyValue) and a non-digit is refused visibly, in the field
  const field = (name, label) => {
    const id = 'copy-' + name.replace(':', '-');
    return el('div', { class: 'field' },
      el('label', { for: id }, label),
      el('input', { type: 'text', id, name, inputmode: 'numeric', pattern: '[0-9 ]*', autocomplete: 'off',
        enterkeyhint: 'next', 'aria-describedby': id + '-msg' }),
      el('span', { class: 'field-msg', id: id + '-msg' }));
  };
  form.append(
    el('h3', null, t('copy_of', { id, ballot: t('ballot_' + ballot) })),
    el('fieldset', null, el('legend', null, t('copy_lines')),
      el('div', { class: 'copy-grid' }, pr.lines.map((l) => field('line:' + l, t('line_' + l))))),
    el('fieldset', null, el('legend', null, t('copy_votes')),
      el('div', { class: 'copy-grid' }, choices.map((c) => field('vote:' + c.id, c.id === 'against_all' ? t('against_all') : c.blank ? partyName(c) + ' (' + t('blank_votes_tag') + ')' : partyName(c))))),
    el('button', { type: 'submit', class: 'primary' }, t('compare')));
  form.noValidate = true; // compareCopy checks every field and says what is wrong, in the field
  form.dataset.precinct = id;
  form.dataset.ballot = ballot;
  form.hidden = false;
  const firstInput = form.querySelector('input');
  if (firstInput) firstInput.focus();
}

// copyValue reads a figure typed on the copy form: digits only, spaces
// between groups allowed ("12 345"). NaN for anything else ("12,5",
// "11З1" with a Cyrillic З, "-3"): refused, never read as another number.
function copyValue(text) {
  const v = text.replace(/[\s\u00a0\u202f]/g, '');
  return /^[0-9]+$/.test(v) && v.length <= 15 ? Number(v) : NaN;
}

function markField(input, cls, msg) {
  input.classList.remove('bad', 'differs');
  input.removeAttribute('aria-invalid');
  if (cls) input.classList.add(cls);
  if (cls === 'bad') input.setAttribute('aria-invalid', 'true');
  const m = document.getElementById(input.getAttribute('aria-describedby'));
  if (m) m.textContent = msg || '';
}

async function compareCopy(ev) {
  ev.preventDefault();
  const form = $('#copy-form');
  const box = $('#copy-result');
  box.textContent = ''; // the old result goes at once: it must not stand for the new figures
  const copy = { precinct: form.dataset.precinct, ballot: form.dataset.ballot, lines: {}, votes: {} };
  let typed = 0;
  let empty = 0;
  let bad = null;
  for (const input of form.querySelectorAll('input')) {
    markField(input, null);
    if (input.value.trim() === '') { empty++; continue; }
    const n = copyValue(input.value);
    if (Number.isNaN(n)) {
      markField(input, 'bad', t('copy_bad_field', { value: input.value.trim() }));
      bad = bad || input;
      continue;
    }
    typed++;
    const [kind, key] = [input.name.slice(0, 5), input.name.slice(5)];
    if (kind === 'line:') copy.lines[key] = n;
    else copy.votes[key] = n;
  }
  if (bad) {
    box.append(el('p', { class: 'banner bad', id: 'copy-refused' }, t('copy_fix')));
    bad.focus();
    return;
  }
  if (!typed) {
    box.append(el('p', { class: 'banner warn', id: 'copy-empty' }, t('copy_empty')));
    return;
  }
  const copyJSON = JSON.stringify(copy);
  const out = await call('compareCopy', copyJSON, copy.precinct, state.source);
  state.lastCopy = { copy: copyJSON, text: out.text };
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
  box.append(el('p', { class: 'muted', id: 'copy-compared' }, t('copy_compared', { n: num(typed), m: num(empty) })));
  const synth = synthNote(state.result, 'synth_copy', 'copy-synth');
  if (synth) box.append(synth);
  // each differing figure is marked in its field, with the published one
  for (const f of errors) {
    const p = f.place || {};
    const name = p.line ? 'line:' + p.line : p.choice ? 'vote:' + p.choice : p.party ? 'vote:' + p.party : p.candidate ? 'vote:' + p.candidate : '';
    const input = name && form.querySelector(`input[name="${CSS.escape(name)}"]`);
    if (input) markField(input, 'differs', t('copy_differs_mark', { want: f.want }));
  }
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
  // Made on demand by the tools' module (wasm/tools, api.Export): the ERR
  // report and the CSV tables of the command line's `export` (no Parquet
  // in the page).
  const made = (text, table, name, type) => el('li', null, el('a', {
    href: '#', 'data-export': table,
    onclick: async (ev) => {
      ev.preventDefault();
      const out = await call('export', state.source, table);
      if (out.obj.error) {
        showError([t('error_h') + ': ', ...failureText(out.obj)]);
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
// Forensics (issue 18): the charts of `shailoo forensics`, drawn by the same
// Go code in the tools' module (shailooTools.forensics), for the source of
// the shown result, in the page's language. Its strings are in the catalog of words
// (words/page.go, keys fz_*); the charts' own words come from the Go code
// that draws them (forensics/svg/words.go).

// state.fz: {source, lang, seed, draws, charts} of the charts shown.
function forensicsParams() {
  const seed = $('#fz-seed').value.trim() || '1';
  const draws = Math.max(1, Math.min(100000, Number($('#fz-draws').value) || 1000));
  return { seed, draws };
}

async function runForensics(ev) {
  if (ev) ev.preventDefault();
  if (!state.source || state.busy) return;
  const { seed, draws } = forensicsParams();
  const box = $('#fz-status');
  if (!/^\d{1,20}$/.test(seed)) {
    box.textContent = t('fz_bad_seed');
    return;
  }
  box.textContent = t('fz_running');
  document.body.dataset.fz = 'running';
  busy(true);
  const src = state.source;
  const lang = state.lang;
  const t0 = performance.now();
  const out = await call('forensics', src, JSON.stringify({ seed, draws, lang }));
  busy(false);
  if (out.obj.error) {
    box.textContent = '';
    box.append(t('error_h') + ': ', ...failureText(out.obj));
    document.body.dataset.fz = 'error';
    return;
  }
  state.fz = { source: src, lang, seed, draws, charts: out.obj.charts, report: out.obj.report };
  showForensics();
  box.textContent = t('fz_done', { seed, draws: num(draws), ms: num(Math.round(performance.now() - t0)) });
  document.body.dataset.fz = 'done';
}

// showForensics puts each chart in a figure: the SVG as the Go code wrote
// it (parsed as an SVG document, never as HTML), with what it measures and
// cannot prove as the caption.
function showForensics() {
  const box = $('#fz-charts');
  box.textContent = '';
  const parser = new DOMParser();
  for (const c of state.fz.charts) {
    const doc = parser.parseFromString(c.svg, 'image/svg+xml');
    const svg = document.importNode(doc.documentElement, true);
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.classList.add('fz-svg');
    box.append(el('figure', { class: 'fz-chart', id: 'fz-' + c.name }, svg, el('figcaption', null, c.desc)));
  }
}

// renderForensics follows a new count (the charts of another source are
// taken away) and a new language (the charts are drawn again in it).
function renderForensics() {
  // the charts of synthetic protocols say so, drawn or not
  const old = $('#fz-synth');
  if (old) old.remove();
  const note = synthNote(state.result, 'synth_charts', 'fz-synth');
  if (note) $('#fz-form').before(note);
  const fz = state.fz;
  if (!fz) return;
  if (fz.source !== state.source) {
    state.fz = null;
    $('#fz-charts').textContent = '';
    $('#fz-status').textContent = t('fz_stale');
    return;
  }
  if (fz.lang !== state.lang && !state.busy) runForensics();
}

// ---------------------------------------------------------------------------
// Live results: following a feed (?feed=URL, shailoo feed).
// Its strings are in the catalog of words (words/page.go, keys feed_*).

// partialBanner says how many precincts a partial result counts
// (res.reporting, set while some precinct has not reported), or, for a
// result followed from a feed, that every precinct has; null otherwise.
function partialBanner(res) {
  const r = res.reporting;
  if (!r && !state.feed) return null;
  if (!r) return el('p', { class: 'banner ok', id: 'partial' }, t('feed_complete', { m: num(res.totals.precincts) }));
  return el('div', { class: 'banner warn', id: 'partial', role: 'status' },
    el('p', null, t('feed_partial', { n: num(r.reporting), m: num(r.precincts) })),
    el('p', { class: 'meta' }, t('feed_protocols', { list: num(r.list_counted), list_m: num(r.list_expected), okrug: num(r.okrug_counted), okrug_m: num(r.okrug_expected) })));
}

// followFeed shows the result of the feed at base (a URL, or a path of
// this site such as "/") and follows it: an EventSource on
// /results/events says when it changes, and /results is fetched again
// (If-None-Match: an unchanged result costs nothing). The page's
// content-security policy lets it reach its own site only, so a feed is
// followed from the page the feed itself serves (shailoo feed --web).
function followFeed(base) {
  let root;
  try {
    root = new URL(base.endsWith('/') ? base : base + '/', location.href);
    if (root.protocol !== 'http:' && root.protocol !== 'https:') throw new Error(root.protocol);
  } catch (e) {
    showError(t('feed_bad', { url: base }));
    return;
  }
  state.feed = { url: root.href, etag: '', fetching: false, again: false };
  const note = (key) => {
    if ($('#status').dataset.key !== key) setStatus(key, { url: root.href });
  };
  const load = async () => {
    const f = state.feed;
    if (f.fetching) { f.again = true; return; }
    f.fetching = true;
    try {
      const resp = await fetch(new URL('results', root), { cache: 'no-store', headers: f.etag ? { 'If-None-Match': f.etag } : {} });
      if (resp.status === 200) {
        const text = await resp.text();
        f.etag = resp.headers.get('ETag') || '';
        state.source = null; // no files: the precinct panel and the summary need a count of this page's own
        state.resultText = text;
        state.result = JSON.parse(text);
        state.result.lists = state.result.lists || [];
        state.result.okrugs = state.result.okrugs || [];
        render();
        document.body.dataset.state = 'done';
      } else if (resp.status !== 304) {
        throw new Error(String(resp.status));
      }
      note('feed_following');
    } catch (e) {
      note('feed_lost');
    } finally {
      f.fetching = false;
      if (f.again) { f.again = false; load(); }
    }
  };
  const events = new EventSource(new URL('results/events', root));
  events.addEventListener('change', load);
  events.onerror = () => note('feed_lost');
  load();
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

// startLanguage is the language the page opens in: the one in the link
// (?lang=), else the reader's own choice remembered from a visit, else
// the first of the browser's languages the page has (a ky-KG or ru-RU
// phone opens in Kyrgyz or Russian), else English. Choosing a language
// rewrites ?lang= in the address, so a reload keeps the choice.
function startLanguage() {
  const params = new URLSearchParams(location.search);
  if (params.get('lang')) return language(params.get('lang'));
  const saved = (() => { try { return localStorage.getItem('shailoo.lang'); } catch (e) { return null; } })();
  if (saved) return language(saved);
  for (const tag of navigator.languages || [navigator.language]) {
    const primary = String(tag || '').split(/[-_]/)[0].toLowerCase();
    if (['ky', 'kir', 'ru', 'rus', 'en', 'eng'].includes(primary)) return language(tag);
  }
  return 'en';
}

function init() {
  state.lang = startLanguage();
  $('#lang').value = state.lang;
  $('#lang').addEventListener('change', (e) => {
    state.lang = e.target.value;
    try { localStorage.setItem('shailoo.lang', state.lang); } catch (err) { /* private mode */ }
    const params = new URLSearchParams(location.search);
    if (params.has('lang')) {
      params.set('lang', state.lang);
      try { history.replaceState(null, '', '?' + params.toString() + location.hash); } catch (err) { /* a file: URL */ }
    }
    applyStrings();
    if (state.statusVars !== undefined || $('#status').dataset.key) setStatus($('#status').dataset.key, state.statusVars);
    updateFiles();
    renderDrafts();
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
    state.files = { csv: [], mapping: [], ballots: [], election: null, summary: null, rules: null, lots: null };
    state.misplaced = {};
    for (const input of document.querySelectorAll('input[type=file]')) input.value = '';
    showError('');
    updateFiles();
    renderDrafts();
  });
  $('#rules').addEventListener('change', () => {
    // a count of the reader's files that failed (for want of a rule set
    // that fits them: see rulesHint) is made again with the one picked
    if (hasFileSource() && document.body.dataset.state === 'error') run();
    else if (state.result) (state.source && state.source.demo ? runDemo() : run());
  });

  const inputs = { 'f-csv': 'csv', 'f-mapping': 'mapping', 'f-election': 'election', 'f-summary': 'summary', 'f-rules': 'rules', 'f-lots': 'lots' };
  for (const [id, kind] of Object.entries(inputs)) {
    $('#' + id).addEventListener('change', async (e) => {
      if (!e.target.files.length) return;
      await addFiles([...e.target.files], kind);
      e.target.value = ''; // the list above shows the file; choosing it again, after removing it, works
    });
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
  $('#fz-form').addEventListener('submit', runForensics);
  $('#copy-form').addEventListener('submit', compareCopy);
  if (new URLSearchParams(location.search).get('feed')) followFeed(new URLSearchParams(location.search).get('feed'));
  boot();
}

// ---------------------------------------------------------------------------
// Reconcile (issue 17): many sources of one protocol. The published files,
// an earlier published version and observers' copies go to
// shailoo.reconcile (wasm/api Reconciliation; docs/reconcile.md); a precinct
// clicked shows every source's protocols of it side by side
// (shailoo.reconcilePrecinct). Everything of this section is below, and
// its strings are in the catalog of words (words/page.go, keys rc_*).


const RC_MAX_ROWS = 1000; // difference rows shown; the JSON has them all

const rc = {
  files: { election: null, published: [], earlier: [], copies: [] },
  text: '', // the api.Reconciliation last sent
  result: null,
  precinct: null, // the precinct shown side by side, and its sources
};
state.reconcile = rc; // for the end-to-end test

// rcKind says what a dropped file is for the Reconcile section: a
// definition (an election without protocols), published protocols (a CSV
// file, its mapping, an election with protocols) or a copy (one protocol).
function rcKind(name, bytes) {
  if (/\.(csv|tsv|txt)$/i.test(name)) return 'published';
  let obj;
  try {
    obj = JSON.parse(decoder.decode(bytes));
  } catch (e) {
    return null;
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return null;
  if (Array.isArray(obj.protocols) && obj.protocols.length) return 'published';
  if ('parties' in obj || 'precincts' in obj) return 'election';
  const numbers = (m) => m && typeof m === 'object' && Object.values(m).every((v) => typeof v === 'number');
  if (typeof obj.precinct === 'string' && (obj.ballot === 'list' || obj.ballot === 'okrug') && numbers(obj.lines || {}) && numbers(obj.votes || {})) return 'copies';
  if ('precinct' in obj && ('lines' in obj || 'votes' in obj)) return 'published'; // a mapping
  return null;
}

// rcIsMapping says whether f is a column mapping (a JSON object naming
// the precinct column, not an election with protocols, not a copy).
function rcIsMapping(f) {
  if (!/\.json$/i.test(f.name)) return false;
  let obj;
  try {
    obj = JSON.parse(textOf(f));
  } catch (e) {
    return false;
  }
  return Boolean(obj) && typeof obj === 'object' && 'precinct' in obj && !Array.isArray(obj.protocols) && rcKind(f.name, f.bytes) !== 'copies';
}

// rcFiles turns the files of one source into api.CSVFile values: each CSV
// with the mapping of the same stem (or the only mapping); a JSON file
// as it is. A CSV without a mapping is named in the error.
function rcFiles(list, missing) {
  const maps = list.filter(rcIsMapping);
  const out = [];
  for (const f of list) {
    if (maps.includes(f)) continue;
    if (/\.(csv|tsv|txt)$/i.test(f.name)) {
      const m = maps.find((x) => stem(x.name) === stem(f.name)) || (maps.length === 1 ? maps[0] : null);
      if (!m) {
        missing.push(t('rc_need_mapping', { name: f.name }));
        continue;
      }
      out.push({ name: f.name, text: textOf(f), mapping: textOf(m), mapping_name: m.name });
    } else {
      out.push({ name: f.name, text: textOf(f) });
    }
  }
  return out;
}

// rcReconciliation builds the api.Reconciliation of the loaded files, or
// null with what is missing.
function rcReconciliation(missing) {
  const f = rc.files;
  // Without the definition it is inferred from the first CSV file's
  // mapping (wasm/api Reconciliation), as the command line infers it.
  const csv = [...f.published, ...f.earlier].some((x) => /\.(csv|tsv|txt)$/i.test(x.name));
  if (!f.election && !csv) missing.push(t('rc_need'));
  const sources = [];
  const add = (key, files, time) => {
    if (!files.length) return;
    const s = { name: t('rc_src_' + key), files: rcFiles(files, missing) };
    if (time) s.time = time;
    sources.push(s);
  };
  add('published', f.published, $('#rc-time-published').value.trim());
  add('earlier', f.earlier, $('#rc-time-earlier').value.trim());
  add('copies', f.copies, '');
  if (sources.length < 2 && !missing.includes(t('rc_need'))) missing.push(t('rc_need'));
  if (missing.length) return null;
  const r = { rules: rulesArg(), sources };
  if (f.election) Object.assign(r, { election: textOf(f.election), election_name: f.election.name });
  return r;
}

function rcShowError(msg) {
  const box = $('#rc-error');
  box.hidden = !msg;
  box.textContent = '';
  if (msg) box.append(...[msg].flat());
}

function rcUpdateFiles() {
  const box = $('#rc-loaded');
  box.textContent = '';
  const items = [];
  if (rc.files.election) items.push(el('li', null, t('rc_f_election'), ': ', rc.files.election.name));
  for (const key of ['published', 'earlier', 'copies']) {
    const list = rc.files[key];
    if (list.length) items.push(el('li', null, t('rc_loaded', { what: t('rc_src_' + key), n: num(list.length) }), ' ', el('span', { class: 'muted' }, list.slice(0, 3).map((x) => x.name).join(', ') + (list.length > 3 ? ', …' : ''))));
  }
  if (items.length) box.append(el('ul', null, items));
  const missing = [];
  const ok = rcReconciliation(missing) !== null;
  $('#rc-run').disabled = !state.ready || state.busy || !ok || rc.reading > 0;
}

// rcAdd reads files in the order they came, one choice or drop after the
// other; Reconcile stays disabled until every file chosen is read, so
// that a click while the copies are still being read does not compare
// only some of them.
function rcAdd(fileList, forced) {
  rc.reading = (rc.reading || 0) + 1;
  $('#rc-run').disabled = true;
  rc.queue = (rc.queue || Promise.resolve()).catch(() => {}).then(() => rcRead(fileList, forced)).finally(() => {
    rc.reading--;
    rcUpdateFiles();
  });
  return rc.queue;
}

async function rcRead(fileList, forced) {
  rcShowError('');
  const unknown = [];
  for (const file of fileList) {
    const f = await readFile(file);
    const kind = forced || rcKind(f.name, f.bytes);
    if (forced === 'copies' && !/\.json$/i.test(f.name)) { unknown.push(t('rc_unknown_file', { name: f.name })); continue; }
    if (!kind) { unknown.push(t('rc_unknown_file', { name: f.name })); continue; }
    if (kind === 'election') rc.files.election = f;
    else rc.files[kind].push(f);
  }
  if (unknown.length) rcShowError(unknown.join('\n'));
  rcUpdateFiles();
}

async function rcRun() {
  const missing = [];
  const r = rcReconciliation(missing);
  if (!r) { rcShowError(missing.join('\n')); return; }
  rcShowError('');
  rc.text = JSON.stringify(r);
  $('#rc-run').disabled = true;
  $('#rc-result').textContent = t('rc_running');
  const res = await call('reconcile', rc.text);
  $('#rc-run').disabled = false;
  if (res.obj && res.obj.error) {
    $('#rc-result').textContent = '';
    rcShowError(failureText(res.obj));
    return;
  }
  rc.result = res.obj;
  rc.ms = res.ms;
  rc.precinct = null;
  $('#rc-precinct').textContent = '';
  rcRender();
}

function rcCount(machine) { return t(machine ? 'rc_machine' : 'rc_manual'); }

function rcBallot(b) { return b === 'list' || b === 'okrug' ? t('ballot_' + b) : b; }

// rcField names a figure of the reconciliation ("lines.valid",
// "votes.ata-jurt", "preferences.ata-jurt-3") in the page's words: a line
// by its name, a choice's votes by its list's name; a field of another
// kind (a candidate's preference votes) as the report gives it.
function rcField(f) {
  const i = f.indexOf('.');
  const [kind, id] = [f.slice(0, i), f.slice(i + 1)];
  if (kind === 'lines' && ('line_' + id) in STRINGS.en) return t('line_' + id);
  if (kind === 'votes') return t('fig_votes_for', { choice: rcChoice(id) });
  return f;
}

// rcChoice is a choice of the reconciliation by its list's name in the
// page's language (the definition's parties, else the seat impact's
// lists), against all in the page's words, else its ID.
function rcChoice(id) {
  if (id === 'against_all') return t('against_all');
  const l = rcDefined('parties', id) || ((rc.result && rc.result.impact) || []).flatMap((im) => im.lists || []).find((x) => x.id === id);
  return l && l.name ? partyName(l) : id;
}

// rcDefined is the party or region (kind "parties", "regions") id of the
// definition given as a file (its names in each language), or undefined.
function rcDefined(kind, id) {
  const f = rc.files.election;
  if (!f) return undefined;
  if (!rc.defined || rc.defined.file !== f) {
    let def = {};
    try { def = JSON.parse(textOf(f)) || {}; } catch (err) { /* not JSON: the reconciliation says so */ }
    rc.defined = { file: f, def };
  }
  const xs = rc.defined.def[kind];
  return Array.isArray(xs) ? xs.find((x) => x && x.id === id) : undefined;
}

function rcPair(p) {
  const out = [el('p', null, t('rc_pair', { a: p.a, b: p.b, compared: num(p.compared), differ: num(p.differ), share: dec(p.share), figures: num(p.figures) }))];
  const more = [];
  const region = (id) => { const r = rcDefined('regions', id); return r && r.name ? partyName(r) : id; };
  if (p.differ) more.push(t('rc_touched', { okrugs: p.okrugs.join(', ') || '—', regions: p.regions.map(region).join(', ') || '—' }));
  if (p.only_a) more.push(t('rc_only', { n: num(p.only_a), name: p.a }));
  if (p.only_b) more.push(t('rc_only', { n: num(p.only_b), name: p.b }));
  if (p.not_compared) more.push(t('rc_not_compared', { n: num(p.not_compared) }));
  if (p.moved.length) more.push(t('rc_moved', { a: p.a, b: p.b, list: p.moved.map((m) => `${rcChoice(m.choice)} ${signed(m.net)}`).join(', ') }));
  if (p.largest.length) more.push(t('rc_largest', { list: p.largest.map((g) => `${g.precinct} (${rcBallot(g.ballot)}) ${num(g.gap)}`).join('; ') }));
  if (more.length) out.push(el('ul', null, more.map((m) => el('li', null, m))));
  return out;
}

function rcRender() {
  const r = rc.result;
  const box = $('#rc-result');
  box.textContent = '';
  if (!r) return;
  box.append(el('p', { class: 'hint' }, t('rc_done', { s: dec((rc.ms / 1000).toFixed(1)) })));
  box.append(el('h3', null, t('rc_sources_h')), el('ul', null, r.sources.map((s) =>
    el('li', null, t('rc_source', { name: s.name, n: num(s.protocols) }), s.time ? ` · ${s.time}` : '', s.base ? ` · ${t('rc_base')}` : '',
      s.provenance ? el('span', { class: 'rc-prov' }, ' · ', s.provenance === 'not_given' ? t('provenance_not_given') : dataText(s.provenance)) : null))));
  box.append(el('h3', null, t('rc_pairs_h')), ...r.pairs.flatMap(rcPair));
  if (r.versions && r.versions.length) {
    box.append(el('h3', null, t('rc_versions_h')));
    for (const v of r.versions) box.append(el('p', null, t('rc_version', v)), ...rcPair(v.pair));
  }
  if (r.impact && r.impact.length) {
    box.append(el('h3', null, t('rc_impact_h')));
    for (const im of r.impact) {
      box.append(el('p', null, t('rc_impact', { source: im.source, base: r.base, sub: num(im.substituted), changed: num(im.changed), added: num(im.added), left: num(im.left_out) })));
      if (im.kept) box.append(el('p', null, t('rc_impact_kept', { source: im.source, base: r.base, kept: num(im.kept) })));
      const votes = new Map(im.votes.map((v) => [v.id, v]));
      const rows = im.lists.map((l) => {
        const v = votes.get(l.id) || {};
        return el('tr', null, el('th', { scope: 'row' }, l.name),
          el('td', { class: 'num' }, num(l.base)), el('td', { class: 'num' + (l.moved ? ' diff' : '') }, num(l.alternative)),
          el('td', { class: 'num' }, num(v.base)), el('td', { class: 'num' + (v.base !== v.alternative ? ' diff' : '') }, num(v.alternative)));
      });
      box.append(table(null, [t('rc_impact_list'), [t('rc_impact_seats', { name: r.base }), 'num'], [t('rc_impact_seats', { name: im.source }), 'num'],
        [t('rc_impact_votes', { name: r.base }), 'num'], [t('rc_impact_votes', { name: im.source }), 'num']], rows, { cards: true, label: t('rc_impact_h') + ': ' + im.source }));
      if (!im.lists.some((l) => l.moved)) box.append(el('p', null, t('rc_no_move')));
      for (const o of im.okrugs || []) box.append(el('p', null, t('rc_okrug_change', { id: o.id, base: o.base, alt: o.alternative })));
      for (const [name, c] of [[r.base, im.base], [im.source, im.alternative]]) {
        const st = [];
        if (c.provisional) st.push(t('rc_provisional'));
        if (c.awaiting_lots) st.push(t('rc_awaiting'));
        if (c.errors) st.push(t('rc_errors', { n: num(c.errors) }));
        if (st.length) box.append(el('p', { class: 'hint' }, t('rc_count_state', { name, state: st.join(', ') })));
        // Why it is provisional, as the text report says it.
        if (c.provisional_reasons && c.provisional_reasons.length) box.append(el('ul', { class: 'hint' }, provisionalItems(c.provisional_reasons, (ctx) => ctx)));
      }
    }
  }
  const fs = r.findings.findings || [];
  const errors = fs.filter((f) => f.severity === 'error').length;
  box.append(el('h3', null, t('rc_diffs_h')), el('p', { id: 'rc-diffs-summary' }, t('rc_diffs_summary', { n: num(r.differences.length), only: num(r.only.length), errors: num(errors), warnings: num(fs.length - errors) })));
  const names = r.sources.map((s) => s.name);
  const shown = r.differences.slice(0, RC_MAX_ROWS);
  const rows = shown.map((d) => {
    const by = new Map(d.values.map((v) => [v.source, v]));
    return el('tr', null,
      el('td', null, el('button', { type: 'button', class: 'link', 'aria-label': t('rc_precinct_show', { id: d.precinct }), onclick: () => rcShowPrecinct(d.precinct) }, d.precinct)),
      el('td', null, rcBallot(d.ballot)), el('td', null, rcCount(d.machine)), el('td', { class: rcField(d.field) === d.field ? 'code' : null }, rcField(d.field)),
      names.map((n) => {
        const v = by.get(n);
        if (!v) return el('td', { class: 'num muted' }, '');
        if (v.value === null) return el('td', { class: 'num muted' }, t('rc_none'));
        return el('td', { class: 'num' + (v.gap ? ' diff' : ''), title: v.file + (v.line ? ':' + v.line : '') }, num(v.value), v.gap ? ` (${signed(v.gap)})` : '');
      }));
  });
  box.append(table(null, [t('rc_precinct'), t('rc_ballot'), t('rc_count'), t('rc_field'), ...names.map((n) => [n, 'num'])], rows, { cards: true, label: t('rc_diffs_h') }));
  if (r.differences.length > shown.length) box.append(el('p', { class: 'hint' }, t('rc_diffs_more', { shown: num(shown.length), n: num(r.differences.length) })));
  if (r.only.length) {
    box.append(el('h3', null, t('rc_only_h')), el('ul', null, r.only.slice(0, RC_MAX_ROWS).map((o) =>
      el('li', null, `${o.source}: `, el('button', { type: 'button', class: 'link', onclick: () => rcShowPrecinct(o.precinct) }, o.precinct), ` (${rcBallot(o.ballot)}, ${rcCount(o.machine)}) ${o.file}${o.line ? ':' + o.line : ''}`))));
  }
  const other = fs.filter((f) => !['R701', 'R702', 'R703'].includes(f.code));
  box.append(el('h3', null, t('rc_findings_h')));
  if (!other.length) box.append(el('p', null, t('rc_no_findings')));
  else box.append(el('ul', null, other.slice(0, RC_MAX_ROWS).map((f) => el('li', null, el('span', { class: 'code' }, f.code), ' ', (f.message && f.message[state.lang] && sayFigures(f.message[state.lang], f)) || f.message.en))));
  if (r.notes && r.notes.length) box.append(el('h3', null, t('rc_notes_h')), el('ul', null, r.notes.map((n) => el('li', null, rcNote(n)))));
}

// RC_NONE are the kinds of figure of the reconciliation's note of a source
// that gives none of them in some protocols, by its English words.
const RC_NONE = { 'protocol lines': 'lines', votes: 'votes', 'preference votes': 'preferences' };

// rcNote is a note of the reconciliation in the page's language where the
// catalog has its words, else in English, marked.
function rcNote(n) {
  const m = /^"(.*)" gives no (protocol lines|votes|preference votes) in (\d+) protocols: those figures were not compared$/.exec(n);
  if (m) return t('rc_note_none_' + RC_NONE[m[2]], { source: m[1], n: num(m[3]) });
  return englishSpan(n);
}

// rcShowPrecinct shows every source's protocols of precinct id side by
// side: one table per ballot and count, a row per figure, a column per
// source, the figures that differ marked.
async function rcShowPrecinct(id) {
  const res = await call('reconcilePrecinct', rc.text, id);
  const box = $('#rc-precinct');
  box.textContent = '';
  if (res.obj && res.obj.error) { box.append(el('p', { class: 'error' }, failureText(res.obj))); return; }
  rc.precinct = { id, sources: res.obj };
  rcRenderPrecinct();
  box.focus();
}

function rcRenderPrecinct() {
  const box = $('#rc-precinct');
  box.textContent = '';
  if (!rc.precinct) return;
  const { id, sources } = rc.precinct;
  box.append(el('h3', null, t('rc_side_h', { id })));
  const groups = new Map();
  for (const s of sources) {
    for (const p of s.protocols) {
      const k = p.ballot + (p.machine ? '/machine' : '');
      if (!groups.has(k)) groups.set(k, { ballot: p.ballot, machine: Boolean(p.machine), by: new Map() });
      const g = groups.get(k);
      if (!g.by.has(s.source)) g.by.set(s.source, []);
      g.by.get(s.source).push(p);
    }
  }
  for (const g of groups.values()) {
    const cols = [];
    for (const s of sources) for (const p of g.by.get(s.source) || []) cols.push({ source: s.source, p });
    const fields = [];
    const seen = new Set();
    for (const { p } of cols) {
      for (const [kind, m] of [['lines', p.lines], ['votes', p.votes], ['preferences', p.preferences]]) {
        for (const k of Object.keys(m || {})) {
          const f = kind + '.' + k;
          if (!seen.has(f)) { seen.add(f); fields.push([kind, k, f]); }
        }
      }
    }
    const rows = fields.map(([kind, k, f]) => {
      const vals = cols.map(({ p }) => (p[kind] || {})[k]);
      const given = vals.filter((v) => v !== undefined);
      const differs = given.some((v) => v !== given[0]);
      return el('tr', null, el('th', { scope: 'row', class: rcField(f) === f ? 'code' : null }, rcField(f)), vals.map((v) =>
        el('td', { class: 'num' + (differs ? ' diff' : '') + (v === undefined ? ' muted' : '') }, v === undefined ? t('rc_none') : num(v))));
    });
    const head = [t('rc_field'), ...cols.map(({ source, p }) => [`${source} (${p.file}${p.line ? ':' + p.line : ''})`, 'num'])];
    box.append(table(t('rc_side_caption', { ballot: rcBallot(g.ballot), count: rcCount(g.machine) }), head, rows, { cards: true }));
  }
}

function reconcileInit() {
  const inputs = { 'rc-election': 'election', 'rc-published': 'published', 'rc-earlier': 'earlier', 'rc-copies': 'copies', 'rc-folder': 'copies' };
  for (const [id, kind] of Object.entries(inputs)) {
    $('#' + id).addEventListener('change', async (e) => {
      if (!e.target.files.length) return;
      await rcAdd([...e.target.files], kind);
      e.target.value = '';
    });
  }
  const drop = $('#rc-drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); e.stopPropagation(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    e.stopPropagation();
    drop.classList.remove('over');
    if (e.dataTransfer && e.dataTransfer.files.length) rcAdd([...e.dataTransfer.files]);
  });
  for (const id of ['rc-time-published', 'rc-time-earlier']) $('#' + id).addEventListener('input', rcUpdateFiles);
  $('#rc-run').addEventListener('click', rcRun);
  $('#rc-clear').addEventListener('click', () => {
    rc.files = { election: null, published: [], earlier: [], copies: [] };
    rc.result = null;
    rc.precinct = null;
    rcShowError('');
    rcRender();
    rcRenderPrecinct();
    rcUpdateFiles();
  });
  // the results follow the page's language
  $('#lang').addEventListener('change', () => setTimeout(() => { rcRender(); rcRenderPrecinct(); rcUpdateFiles(); }, 0));
  // once the counter is ready, the button may be enabled
  const wait = setInterval(() => { if (state.ready) { clearInterval(wait); rcUpdateFiles(); } }, 200);
}
reconcileInit();


// ---------------------------------------------------------------------------
// Check the figures you saw: a reader types the figures a publication gave
// (each list's share, its votes, the voters who took part) and the page
// checks them as `shailoo verify --published` checks a summary file: the
// form builds the same summary object and sends it to shailoo.verify
// against the election counted on the page, or the built-in 2021 election
// when none is. The figures are the reader's: the summary's source says
// they were typed, and the page never shows them as official. The form can
// be filled from two built-in summaries, with the provenance their files
// give. Everything of this section is below; its words are the catalog's
// ty_* keys, and the examples of the rule-set picker (rx_*) are here too.

// BEGIN EXAMPLES: written by go test ./wasm/api -run TestPageExamples -update
const EXAMPLES = {
  'fptp': { path: 'examples/fptp/rules.json', text: "{\n  \"format\": 1,\n  \"id\": \"fptp\",\n  \"version\": \"1.0.0\",\n  \"name\": \"First past the post: one seat per district to the candidate with the most votes, no party lists, no \\\"against all\\\" (an example for files of single-member districts, not a statute)\",\n  \"sources\": [\n    \"Plurality in single-member districts, as in the House of Commons of the United Kingdom (650 constituencies), the House of Commons of Canada (343 ridings), the Lok Sabha of India (543 constituencies), the United States House of Representatives (435 districts) and the single-mandate half of mixed systems (Ukraine's Rada, Russia's State Duma, the Jogorku Kenesh in 2021): each district elects one member, the candidate with the most votes, no minimum share\",\n    \"The number of seats is the number of districts of the election (seats.okrug_each): the same rule set counts 5 districts or 650, whatever the election's definition, given or learnt from a results file, names\",\n    \"Candidates with equal votes for first place: decided by lots where the law says so (in the United Kingdom, a lot drawn by the returning officer, Representation of the People Act 1983, Schedule 1, rule 49). This rule set never decides a tie itself: it is reported and waits for lots (--lots with {\\\"okrug/<district>\\\": [...]}, or --lot-seed)\",\n    \"Votes cast abroad count in the district the row names (okrug.abroad \\\"counted\\\"): as overseas electors' votes count in the constituency where they were last registered in the United Kingdom, special ballots from abroad in the elector's riding in Canada, and absentee ballots of voters overseas in their district in the United States. Where the precincts abroad vote the list ballot alone (Kyrgyzstan, 2021: the kg2021 rule set), the rule set says \\\"excluded\\\", and an okrug-ballot protocol from abroad is an error (X214) that leaves its district provisional\"\n  ],\n  \"seats\": {\n    \"list\": 0,\n    \"okrug_each\": true\n  },\n  \"okrug\": {\n    \"against_all\": \"ignored\",\n    \"tie\": \"lots\",\n    \"abroad\": \"counted\"\n  },\n  \"protocol\": {\n    \"ballots\": {\n      \"okrug\": {\n        \"against_all\": false\n      }\n    }\n  }\n}\n" },
  'one-seat': { path: 'examples/openelections/rules.json', text: "{\n  \"format\": 1,\n  \"id\": \"one-seat\",\n  \"version\": \"1\",\n  \"name\": \"One seat to the list with the most votes (an example for a file of candidates, not a statute)\",\n  \"seats\": {\"list\": 1},\n  \"threshold\": {\"percent\": \"0\", \"base\": \"participants\", \"comparison\": \"at_least\"},\n  \"list\": {\"lists\": \"closed\", \"method\": \"dhondt\"},\n  \"protocol\": {\"ballots\": {\"list\": {\"against_all\": false}}}\n}\n" },
  'official': { path: 'testdata/published/kg2021-official.json', text: "{\n \"election\": \"kg2021\",\n \"provenance\": \"official\",\n \"source\": \"CEC Resolution No. 836 of 15 Dec 2021 (official final result): participants, voters, turnout, votes, percentages and seats of the six lists that won seats. Okrug winners: the leaders after the manual count (Kaktus.media, Dec 2021; preliminary), as candidate IDs of the embedded dataset (okrugs 27 and 29: repeat elections).\",\n \"base\": \"participants\",\n \"participants\": 1281622,\n \"voters\": 3703420,\n \"turnout\": \"34.61\",\n \"lists\": [\n  {\n   \"id\": \"ata-jurt\",\n   \"name\": \"Ata-Jurt Kyrgyzstan\",\n   \"votes\": 222005,\n   \"percent\": \"17.32\",\n   \"seats\": 15\n  },\n  {\n   \"id\": \"ishenim\",\n   \"name\": \"Ishenim\",\n   \"votes\": 174470,\n   \"percent\": \"13.61\",\n   \"seats\": 12\n  },\n  {\n   \"id\": \"yntymak\",\n   \"name\": \"Yntymak\",\n   \"votes\": 141009,\n   \"percent\": \"11.00\",\n   \"seats\": 9\n  },\n  {\n   \"id\": \"alliance\",\n   \"name\": \"Alliance\",\n   \"votes\": 106955,\n   \"percent\": \"8.35\",\n   \"seats\": 7\n  },\n  {\n   \"id\": \"butun-kyrgyzstan\",\n   \"name\": \"Butun Kyrgyzstan\",\n   \"votes\": 90223,\n   \"percent\": \"7.04\",\n   \"seats\": 6\n  },\n  {\n   \"id\": \"yiman-nuru\",\n   \"name\": \"Yiman Nuru\",\n   \"votes\": 79025,\n   \"percent\": \"6.17\",\n   \"seats\": 5\n  }\n ],\n \"okrugs\": [\n  {\n   \"id\": \"1\",\n   \"winner\": \"o1-2\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"2\",\n   \"winner\": \"o2-3\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"3\",\n   \"winner\": \"o3-7\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"4\",\n   \"winner\": \"o4-4\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"5\",\n   \"winner\": \"o5-5\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"6\",\n   \"winner\": \"o6-3\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"7\",\n   \"winner\": \"o7-2\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"8\",\n   \"winner\": \"o8-2\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"9\",\n   \"winner\": \"o9-3\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"10\",\n   \"winner\": \"o10-6\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"11\",\n   \"winner\": \"o11-4\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"12\",\n   \"winner\": \"o12-1\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"13\",\n   \"winner\": \"o13-3\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"14\",\n   \"winner\": \"o14-3\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"15\",\n   \"winner\": \"o15-4\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"16\",\n   \"winner\": \"o16-2\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"17\",\n   \"winner\": \"o17-1\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"18\",\n   \"winner\": \"o18-5\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"19\",\n   \"winner\": \"o19-5\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"20\",\n   \"winner\": \"o20-1\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"21\",\n   \"winner\": \"o21-4\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"22\",\n   \"winner\": \"o22-2\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"23\",\n   \"winner\": \"o23-8\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"24\",\n   \"winner\": \"o24-7\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"25\",\n   \"winner\": \"o25-1\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"26\",\n   \"winner\": \"o26-6\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"27\",\n   \"outcome\": \"repeat_election\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"28\",\n   \"winner\": \"o28-3\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"29\",\n   \"outcome\": \"repeat_election\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"30\",\n   \"winner\": \"o30-6\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"31\",\n   \"winner\": \"o31-4\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"32\",\n   \"winner\": \"o32-1\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"33\",\n   \"winner\": \"o33-5\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"34\",\n   \"winner\": \"o34-2\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"35\",\n   \"winner\": \"o35-4\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  },\n  {\n   \"id\": \"36\",\n   \"winner\": \"o36-4\",\n   \"outcome\": \"elected\",\n   \"provenance\": \"preliminary\"\n  }\n ]\n}" },
  'portal': { path: 'testdata/published/kg2021-portal-140.json', text: "{\n \"election\": \"kg2021\",\n \"provenance\": \"synthetic\",\n \"source\": \"SYNTHETIC reconstruction of the election-night results-portal table of 28 Nov 2021, whose party shares summed to 140-160%: the CEC blamed a formula in a visualisation table that 'added two positions'. Here rows 1-9 add the next row's votes to their own. The portal's actual table was not found; only its description (Kloop, 24.kg, 29 Nov 2021).\",\n \"base\": \"participants\",\n \"participants\": 1281622,\n \"lists\": [\n  {\n   \"id\": \"ata-jurt\",\n   \"name\": \"Ata-Jurt Kyrgyzstan\",\n   \"percent\": \"30.94\"\n  },\n  {\n   \"id\": \"ishenim\",\n   \"name\": \"Ishenim\",\n   \"percent\": \"24.62\"\n  },\n  {\n   \"id\": \"yntymak\",\n   \"name\": \"Yntymak\",\n   \"percent\": \"19.35\"\n  },\n  {\n   \"id\": \"alliance\",\n   \"name\": \"Alliance\",\n   \"percent\": \"15.39\"\n  },\n  {\n   \"id\": \"butun-kyrgyzstan\",\n   \"name\": \"Butun Kyrgyzstan\",\n   \"percent\": \"13.21\"\n  },\n  {\n   \"id\": \"yiman-nuru\",\n   \"name\": \"Yiman Nuru\",\n   \"percent\": \"10.63\"\n  },\n  {\n   \"id\": \"el-umutu\",\n   \"name\": \"El Umutu\",\n   \"percent\": \"8.48\"\n  },\n  {\n   \"id\": \"azattyk\",\n   \"name\": \"Azattyk\",\n   \"percent\": \"7.50\"\n  },\n  {\n   \"id\": \"ata-meken\",\n   \"name\": \"Ata-Meken\",\n   \"percent\": \"6.69\"\n  },\n  {\n   \"id\": \"social-democrats\",\n   \"name\": \"Social Democrats\",\n   \"percent\": \"3.21\"\n  },\n  {\n   \"id\": \"uluttar-birimdigi\",\n   \"name\": \"Uluttar Birimdigi\",\n   \"percent\": \"2.48\"\n  },\n  {\n   \"id\": \"mekenchil-el\",\n   \"name\": \"Mekenchil El\",\n   \"percent\": \"1.54\"\n  }\n ]\n}" },
};
// END EXAMPLES

// The example rule sets the picker offers beside the built-in ones, with
// the catalog key of their one-line description.
const EXAMPLE_RULES = [['fptp', 'rx_fptp'], ['one-seat', 'rx_one_seat']];
const EXAMPLE_PREFIX = 'example:';

const ty = {
  values: {}, // list ID -> {share, votes}, as typed
  participants: '',
  from: null, // 'official' or 'portal' when filled from an example
  edited: false, // typed on after a fill
  base: null, // the Result whose lists the form shows
  baseDemo: false, // base is the built-in election's, counted for the form
  report: null, // shailoo.verify's report of the figures checked
  checked: null, // the figures checked: [{id, what, typed}]
  error: '',
};

// exampleRules is the text of the example rule set the picker has chosen,
// with its path; null when a built-in one (or a file) is chosen.
function exampleRules() {
  const v = $('#rules').value || '';
  if (state.files.rules || !v.startsWith(EXAMPLE_PREFIX)) return null;
  return EXAMPLES[v.slice(EXAMPLE_PREFIX.length)] || null;
}

// addExampleRules adds the example rule sets to the picker, after the
// built-in ones, each said to be an example and not a statute.
function addExampleRules() {
  const sel = $('#rules');
  const group = el('optgroup', { id: 'rules-examples', label: t('rx_group') });
  for (const [id, key] of EXAMPLE_RULES) {
    group.append(el('option', { value: EXAMPLE_PREFIX + id, 'data-rx': key, title: EXAMPLES[id].path }, t(key)));
  }
  sel.append(group);
}

// sayExampleRules puts the picker's example descriptions, and the note
// under it, in the page's language.
function sayExampleRules() {
  const group = $('#rules-examples');
  if (group) {
    group.label = t('rx_group');
    for (const o of group.querySelectorAll('option')) o.textContent = t(o.dataset.rx);
  }
  const note = $('#rules-example-note');
  if (!note) return;
  const x = exampleRules();
  note.hidden = !x;
  note.textContent = x ? t('rx_chosen', { id: $('#rules').value.slice(EXAMPLE_PREFIX.length) }) : '';
}

// rulesHint is what to pick in the picker when a count failed for want of
// a rule set that fits a file of another country ([] for other failures).
function rulesHint(f) {
  if (f.key === 'err.okrug_seats') return ['; ', t('rx_hint_okrug', { name: t('rx_fptp').split(':')[0] })];
  if (f.key === 'err.list_seats') return ['; ', t('rx_hint_list', { name: t('rx_one_seat').split(':')[0] })];
  return [];
}

// decimalOf reads a share as a reader writes it ("30,94", "30.94",
// "30.94 %") into a decimal string, or null. A space between digits is
// refused: "19 35" is not 1935 (nor 19.35).
function decimalOf(s) {
  const v = String(s).trim().replace(/[\s\u00a0\u202f]*%$/, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(v) ? v : null;
}

// wholeOf reads a count as a reader writes it ("222 005", "222,005",
// "222005") into digits, or null.
function wholeOf(s) {
  const v = String(s).replace(/[\s\u00a0\u202f,.']/g, '');
  return /^\d+$/.test(v) ? v : null;
}

// scaled is a decimal string as a BigInt of 10^-d: exact, for sums and gaps.
function scaled(x, d) {
  const [i, f = ''] = String(x).split('.');
  return BigInt(i + f.padEnd(d, '0').slice(0, d));
}

// unscaled writes a BigInt of 10^-d as a decimal string with d decimals.
function unscaled(n, d) {
  const neg = n < 0n;
  const s = (neg ? -n : n).toString().padStart(d + 1, '0');
  return (neg ? '-' : '') + (d ? s.slice(0, -d) + '.' + s.slice(-d) : s);
}

function decimals(...xs) {
  return Math.max(0, ...xs.map((x) => (String(x).split('.')[1] || '').length));
}

// typedBase finds the lists the form shows: those of the Result counted on
// the page, or of the built-in election, counted for the form.
async function typedBase() {
  if (state.result && state.result.lists && state.result.lists.length) {
    ty.base = state.result;
    ty.baseDemo = false;
    return;
  }
  if (ty.base && ty.baseDemo) return;
  while (!state.ready) await new Promise((r) => setTimeout(r, 200));
  const out = await call('countSource', { demo: true });
  if (!out.obj.error) {
    ty.base = out.obj;
    ty.baseDemo = true;
  }
}

function typedSource() {
  return !ty.baseDemo && state.source ? state.source : { demo: true };
}

// typedSummary builds the summary a publication would give from the
// figures typed: the format of testdata/published (validate.Summary).
// It returns {summary, figures} or {error}.
function typedSummary() {
  const lists = [];
  const figures = [];
  for (const l of ty.base.lists) {
    const v = ty.values[l.id] || {};
    const out = { id: l.id, name: l.name };
    if (String(v.share || '').trim()) {
      const d = decimalOf(v.share);
      if (d === null) return { error: t('ty_bad_share', { list: partyName(l), value: v.share }), field: 'share', id: l.id };
      if (scaled(d, decimals(d)) > 100n * 10n ** BigInt(decimals(d))) return { error: t('ty_share_over', { list: partyName(l), value: v.share }), field: 'share', id: l.id };
      out.percent = d;
      figures.push({ id: l.id, what: 'share', typed: d });
    }
    if (String(v.votes || '').trim()) {
      const w = wholeOf(v.votes);
      if (w === null) return { error: t('ty_bad_votes', { list: partyName(l), value: v.votes }), field: 'votes', id: l.id };
      out.votes = Number(w);
      figures.push({ id: l.id, what: 'votes', typed: w });
    }
    if ('percent' in out || 'votes' in out) lists.push(out);
  }
  const summary = { source: 'typed by the reader on the verification page (not an official publication)', base: 'participants', lists };
  if (String(ty.participants).trim()) {
    const w = wholeOf(ty.participants);
    if (w === null) return { error: t('ty_bad_participants', { value: ty.participants }), field: 'participants' };
    summary.participants = Number(w);
    figures.push({ id: '', what: 'participants', typed: w });
  }
  if (!figures.length) return { error: t('ty_none') };
  return { summary, figures };
}

// typedCheck checks the figures typed with shailoo.verify.
async function typedCheck(ev) {
  if (ev) ev.preventDefault();
  await typedBase();
  if (!ty.base) return;
  const s = typedSummary();
  ty.report = null;
  ty.checked = null;
  ty.error = s.error || '';
  if (s.error) {
    typedRender();
    const bad = s.field === 'participants' ? $('#ty-participants') : s.id ? $(`#ty-form input[data-id="${CSS.escape(s.id)}"][data-what="${s.field}"]`) : null;
    if (bad) {
      bad.setAttribute('aria-invalid', 'true');
      bad.setAttribute('aria-describedby', 'ty-error');
      bad.focus();
    }
    return;
  }
  const out = await call('verify', typedSource(), JSON.stringify(s.summary, null, 1), 'typed-figures.json');
  if (out.obj.error) {
    ty.error = failureText(out.obj);
  } else {
    ty.report = out.obj;
    ty.checked = s.figures;
  }
  typedRender();
  const res = $('#ty-result');
  res.setAttribute('tabindex', '-1');
  res.focus({ preventScroll: true });
  res.scrollIntoView({ block: 'start' });
}

// typedFill fills the form from a built-in summary.
async function typedFill(key) {
  if (!ty.base) await typedOpen();
  const sum = JSON.parse(EXAMPLES[key].text);
  ty.values = {};
  for (const l of sum.lists || []) ty.values[l.id] = { share: l.percent ? dec(l.percent) : '', votes: l.votes !== undefined ? String(l.votes) : '' };
  ty.participants = sum.participants !== undefined ? String(sum.participants) : '';
  ty.from = key;
  ty.edited = false;
  ty.report = null;
  ty.checked = null;
  ty.error = '';
  typedRender();
}

// typedRows are the figures checked against the recount, the largest gap
// first: shares by their gap in points, then votes and voters by theirs.
function typedRows() {
  const rep = ty.report;
  const findings = rep.findings || [];
  const ne = rep.not_evaluated || [];
  const code = { share: 'S301', votes: 'S302', participants: 'S305' };
  const at = (x, f) => f.what === 'participants' || (x.place || {}).party === f.id;
  const byID = new Map(ty.base.lists.map((l) => [l.id, l]));
  const rows = ty.checked.map((f) => {
    const l = byID.get(f.id);
    let recount = f.what === 'share' ? l.percent : f.what === 'votes' ? l.votes : (ty.base.totals || {}).participants;
    const found = findings.find((x) => x.code === code[f.what] && at(x, f));
    // a share right for the votes and voters typed, its gap theirs (S317),
    // and a wrong share that is not theirs either (S316)
    const follows = f.what === 'share' && findings.find((x) => x.code === 'S317' && at(x, f));
    const ownToo = found && f.what === 'share' && findings.some((x) => x.code === 'S316' && at(x, f));
    // "not published" is said of the lists the reader typed nothing for
    const notEval = ne.find((n) => n.code === code[f.what] && n.reason !== 'not published');
    let gap = null;
    let d = 0;
    if (recount !== undefined && recount !== null && recount !== '') {
      d = f.what === 'share' ? decimals(f.typed, recount) : 0;
      gap = scaled(f.typed, d) - scaled(String(recount), d);
    }
    const verdict = found ? 'ty_disagrees' : follows ? 'ty_follows' : notEval ? 'ty_not_evaluated' : 'ty_agrees';
    return { ...f, l, recount, gap, d, verdict, why: ownToo ? t('ty_own_too') : notEval && !found && !follows ? reasonText(notEval) : null };
  });
  const rank = { share: 0, votes: 1, participants: 2 };
  const abs = (n) => (n === null ? -1n : n < 0n ? -n : n);
  return rows.sort((a, b) => rank[a.what] - rank[b.what] || (abs(b.gap) > abs(a.gap) ? 1 : abs(b.gap) < abs(a.gap) ? -1 : 0));
}

function typedGapText(r) {
  if (r.gap === null) return '';
  const s = unscaled(r.gap, r.d);
  const x = (r.gap > 0n ? '+' : '') + dec(s);
  return r.what === 'share' ? t('ty_gap_points', { gap: x }) : x;
}

// typedSum is the exact sum of the shares typed, with its sentence: over
// 100% by more than rounding (verify's S303), it says plainly that they
// cannot all be shares of one total.
function typedSum() {
  const shares = ty.checked.filter((f) => f.what === 'share').map((f) => f.typed);
  if (!shares.length) return null;
  const d = decimals(...shares);
  const sum = unscaled(shares.reduce((a, x) => a + scaled(x, d), 0n), d);
  const over = (ty.report.findings || []).some((f) => f.code === 'S303');
  return el('p', { id: 'ty-sum', class: over ? 'error' : null, 'data-over': over ? '1' : null }, t(over ? 'ty_sum_over' : 'ty_sum', { sum: pct(sum) }));
}

// typedProvenance says where the figures in the form come from.
function typedProvenance() {
  if (!ty.from) return el('p', { class: 'meta', id: 'ty-source' }, t('ty_source_typed'));
  const x = EXAMPLES[ty.from];
  const file = codeSpan(x.path);
  if (ty.edited) return el('p', { class: 'meta', id: 'ty-source' }, ...tNode('ty_source_edited', { file }));
  const src = JSON.parse(x.text).source || '';
  return el('p', { class: 'meta', id: 'ty-source', 'data-from': ty.from },
    ...tNode(ty.from === 'official' ? 'ty_source_official' : 'ty_source_synthetic', { file }), ' ', englishSpan(src));
}

// typedRender draws the section from ty: the form keeps what was typed
// across a language change and a new count (by list ID).
function typedRender() {
  const box = $('#ty-body');
  if (!box) return;
  box.textContent = '';
  if (!ty.base) {
    box.append(el('p', null, el('button', { type: 'button', class: 'primary', id: 'ty-start', onclick: typedOpen }, t('ty_start'))),
      el('p', { class: 'ty-fill' }, t('ty_fill_h'), ' ', el('button', { type: 'button', id: 'ty-fill-official', onclick: () => typedFill('official') }, t('ty_fill_official')),
      ' ', el('button', { type: 'button', id: 'ty-fill-portal', onclick: () => typedFill('portal') }, t('ty_fill_portal'))));
    if (ty.opening) box.append(el('p', { class: 'muted' }, t('counting')));
    return;
  }
  const input = (id, what, value, label) => el('input', {
    type: 'text', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', value: value || '',
    'data-id': id, 'data-what': what, 'aria-label': label,
    oninput: (e) => {
      ty.values[id] = ty.values[id] || {};
      ty.values[id][what] = e.target.value;
      if (ty.from) ty.edited = true;
      $('#ty-source').replaceWith(typedProvenance());
    },
  });
  const rows = ty.base.lists.filter((l) => l.id !== 'against_all' || ty.values[l.id]).map((l) => {
    const v = ty.values[l.id] || {};
    const name = partyName(l);
    return el('tr', { 'data-id': l.id }, el('th', { scope: 'row' }, name),
      el('td', null, input(l.id, 'share', v.share, name + ': ' + t('ty_col_share'))),
      el('td', null, input(l.id, 'votes', v.votes, name + ': ' + t('ty_col_votes'))));
  });
  const part = el('input', {
    type: 'text', id: 'ty-participants', inputmode: 'numeric', autocomplete: 'off', value: ty.participants,
    oninput: (e) => { ty.participants = e.target.value; if (ty.from) ty.edited = true; $('#ty-source').replaceWith(typedProvenance()); },
  });
  const form = el('form', { id: 'ty-form', novalidate: true, onsubmit: typedCheck },
    el('p', { class: 'meta', id: 'ty-lists' }, t(ty.baseDemo ? 'ty_lists_demo' : 'ty_lists_result')),
    typedProvenance(),
    table(null, [t('ty_col_list'), t('ty_col_share'), t('ty_col_votes')], rows, { cards: true, label: t('ty_h') }),
    el('div', { class: 'field' }, el('label', { for: 'ty-participants' }, t('ty_participants')), part),
    el('div', { class: 'controls' },
      el('button', { type: 'submit', class: 'primary', id: 'ty-check' }, t('ty_check')),
      el('button', { type: 'button', id: 'ty-clear', onclick: () => { ty.values = {}; ty.participants = ''; ty.from = null; ty.edited = false; ty.report = null; ty.checked = null; ty.error = ''; typedRender(); } }, t('ty_clear'))));
  const fill = el('p', { class: 'ty-fill' }, t('ty_fill_h'), ' ',
    el('button', { type: 'button', id: 'ty-fill-official', onclick: () => typedFill('official') }, t('ty_fill_official')), ' ',
    el('button', { type: 'button', id: 'ty-fill-portal', onclick: () => typedFill('portal') }, t('ty_fill_portal')));
  box.append(fill, form);
  const res = el('div', { id: 'ty-result', 'aria-live': 'polite' });
  box.append(res);
  if (ty.error) {
    res.append(el('p', { class: 'error', role: 'alert', id: 'ty-error' }, ...[ty.error].flat()));
    return;
  }
  if (!ty.report) return;
  const rs = typedRows();
  const bad = rs.filter((r) => r.verdict === 'ty_disagrees' || r.verdict === 'ty_follows').length;
  const what = (r) => t('ty_what_' + r.what);
  const show = (r, x) => (x === undefined || x === null || x === '' ? '' : r.what === 'share' ? pct(x) : num(x));
  res.append(el('h3', { id: 'ty-result-h' }, t('ty_result_h')),
    el('p', { id: 'ty-count', class: bad ? 'error' : null }, t('ty_count', { m: num(rs.length), n: num(bad) })),
    typedSum() || '',
    table(null, [t('ty_col_list'), t('ty_col_figure'), t('ty_col_typed'), t('ty_col_recount'), [t('ty_col_gap'), 'num'], t('ty_col_check')],
      rs.map((r) => el('tr', { 'data-id': r.id, 'data-what': r.what, 'data-verdict': r.verdict.slice(3) },
        el('th', { scope: 'row' }, r.l ? partyName(r.l) : t('ty_what_participants')),
        el('td', null, what(r)),
        el('td', { class: 'num' }, show(r, r.typed)),
        el('td', { class: 'num' }, show(r, r.recount)),
        el('td', { class: 'num gap' }, typedGapText(r)),
        el('td', { class: r.verdict === 'ty_disagrees' ? 'bad' : r.verdict === 'ty_follows' ? 'warn' : null }, t(r.verdict), r.why ? [' (', r.why, ')'] : ''))),
      { cards: true, label: t('ty_result_h') }),
    typedProvenance());
}

// typedResult follows a new count: the form shows its lists.
function typedResult() {
  if (!state.result || !(state.result.lists || []).length) return;
  ty.base = state.result;
  ty.baseDemo = false;
  ty.report = null;
  ty.checked = null;
  typedRender();
}

// typedOpen shows the form's lists. Before a count, the built-in
// election is counted for them only when the reader asks: counted at
// once, it would delay the demo that the page opens with.
async function typedOpen() {
  if (ty.base || ty.opening) return;
  ty.opening = true;
  typedRender();
  await typedBase();
  ty.opening = false;
  typedRender();
  const first = $('#ty-form input');
  if (first) first.focus();
}

function typedInit() {
  $('#lang').addEventListener('change', () => setTimeout(() => { typedRender(); sayExampleRules(); }, 0));
  $('#rules').addEventListener('change', sayExampleRules);
  // drawn once init() has chosen the page's language
  setTimeout(typedRender, 0);
}
typedInit();
window.shailooTyped = ty; // for the end-to-end test

init();
})();
