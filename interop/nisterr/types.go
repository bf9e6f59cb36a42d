package nisterr

// The types below are the objects of the ERR v2 JSON schema (NIST SP
// 1500-100 version 2, ../shared/data/nist-err-v2) that a report of shailoo
// holds, with every property the schema defines for them: those this
// package reads or writes are typed, the others are `any`, so a file from
// another tool that uses them is read (and they are ignored), while a
// property the schema does not define is an error of the strict reader. A
// type that stands for several schema objects (GpUnit for ReportingUnit
// and ReportingDevice) has the properties of all of them; its @type says
// which it is, and the reader checks it.

// Report is ERR's ElectionResults.ElectionReport.
type Report struct {
	AtType              string               `json:"@type,omitempty" strict:"required"`
	Election            []Election           `json:"Election,omitempty"`
	ExternalIdentifier  []ExternalIdentifier `json:"ExternalIdentifier,omitempty"`
	Format              string               `json:"Format,omitempty" strict:"required"`
	GeneratedDate       string               `json:"GeneratedDate,omitempty" strict:"required"`
	GpUnit              []GpUnit             `json:"GpUnit,omitempty"`
	Header              any                  `json:"Header,omitempty"`
	IsTest              any                  `json:"IsTest,omitempty"`
	Issuer              string               `json:"Issuer,omitempty" strict:"required"`
	IssuerAbbreviation  string               `json:"IssuerAbbreviation,omitempty" strict:"required"`
	Notes               string               `json:"Notes,omitempty"`
	Office              any                  `json:"Office,omitempty"`
	OfficeGroup         any                  `json:"OfficeGroup,omitempty"`
	Party               []Party              `json:"Party,omitempty"`
	Person              any                  `json:"Person,omitempty"`
	SequenceEnd         int                  `json:"SequenceEnd,omitempty" strict:"required"`
	SequenceStart       int                  `json:"SequenceStart,omitempty" strict:"required"`
	Status              string               `json:"Status,omitempty" strict:"required"`
	TestType            any                  `json:"TestType,omitempty"`
	VendorApplicationId string               `json:"VendorApplicationId,omitempty" strict:"required"`
}

// Election is ERR's ElectionResults.Election.
type Election struct {
	AtType             string               `json:"@type,omitempty" strict:"required"`
	BallotCounts       []BallotCounts       `json:"BallotCounts,omitempty"`
	BallotStyle        any                  `json:"BallotStyle,omitempty"`
	Candidate          []Candidate          `json:"Candidate,omitempty"`
	ContactInformation any                  `json:"ContactInformation,omitempty"`
	Contest            []Contest            `json:"Contest,omitempty"`
	CountStatus        []CountStatus        `json:"CountStatus,omitempty"`
	ElectionScopeId    string               `json:"ElectionScopeId,omitempty" strict:"required"`
	EndDate            string               `json:"EndDate,omitempty" strict:"required"`
	ExternalIdentifier []ExternalIdentifier `json:"ExternalIdentifier,omitempty"`
	Name               *Text                `json:"Name,omitempty" strict:"required"`
	OtherType          string               `json:"OtherType,omitempty"`
	StartDate          string               `json:"StartDate,omitempty" strict:"required"`
	Type               string               `json:"Type,omitempty" strict:"required"`
}

// GpUnit is ERR's ElectionResults.ReportingUnit, ElectionResults.ReportingDevice.
type GpUnit struct {
	AtID                   string               `json:"@id,omitempty" strict:"required"`
	AtType                 string               `json:"@type,omitempty" strict:"required"`
	AuthorityIds           any                  `json:"AuthorityIds,omitempty"`
	ComposingGpUnitIds     []string             `json:"ComposingGpUnitIds,omitempty"`
	ContactInformation     any                  `json:"ContactInformation,omitempty"`
	CountStatus            any                  `json:"CountStatus,omitempty"`
	DeviceClass            any                  `json:"DeviceClass,omitempty"`
	ElectionAdministration any                  `json:"ElectionAdministration,omitempty"`
	ExternalIdentifier     []ExternalIdentifier `json:"ExternalIdentifier,omitempty"`
	IsDistricted           any                  `json:"IsDistricted,omitempty"`
	IsMailOnly             any                  `json:"IsMailOnly,omitempty"`
	Name                   *Text                `json:"Name,omitempty"`
	Number                 any                  `json:"Number,omitempty"`
	OtherType              string               `json:"OtherType,omitempty"`
	PartyRegistration      any                  `json:"PartyRegistration,omitempty"`
	SerialNumber           any                  `json:"SerialNumber,omitempty"`
	SpatialDimension       any                  `json:"SpatialDimension,omitempty"`
	SubUnitsReported       any                  `json:"SubUnitsReported,omitempty"`
	TotalSubUnits          any                  `json:"TotalSubUnits,omitempty"`
	Type                   string               `json:"Type,omitempty"`
	VotersParticipated     *int64               `json:"VotersParticipated,omitempty"`
	VotersRegistered       *int64               `json:"VotersRegistered,omitempty"`
}

// Party is ERR's ElectionResults.Party, ElectionResults.Coalition.
type Party struct {
	AtID                string               `json:"@id,omitempty" strict:"required"`
	AtType              string               `json:"@type,omitempty" strict:"required"`
	Abbreviation        *Text                `json:"Abbreviation,omitempty"`
	Color               any                  `json:"Color,omitempty"`
	ContactInformation  any                  `json:"ContactInformation,omitempty"`
	ContestIds          any                  `json:"ContestIds,omitempty"`
	ExternalIdentifier  []ExternalIdentifier `json:"ExternalIdentifier,omitempty"`
	IsRecognizedParty   any                  `json:"IsRecognizedParty,omitempty"`
	LeaderPersonIds     any                  `json:"LeaderPersonIds,omitempty"`
	LogoUri             any                  `json:"LogoUri,omitempty"`
	Name                *Text                `json:"Name,omitempty"`
	PartyIds            any                  `json:"PartyIds,omitempty"`
	PartyScopeGpUnitIds any                  `json:"PartyScopeGpUnitIds,omitempty"`
	Slogan              any                  `json:"Slogan,omitempty"`
}

// Contest is ERR's ElectionResults.PartyContest, ElectionResults.BallotMeasureContest, ElectionResults.CandidateContest, ElectionResults.RetentionContest.
type Contest struct {
	AtID               string               `json:"@id,omitempty" strict:"required"`
	AtType             string               `json:"@type,omitempty" strict:"required"`
	Abbreviation       any                  `json:"Abbreviation,omitempty"`
	BallotSubTitle     any                  `json:"BallotSubTitle,omitempty"`
	BallotTitle        any                  `json:"BallotTitle,omitempty"`
	CandidateId        any                  `json:"CandidateId,omitempty"`
	ConStatement       any                  `json:"ConStatement,omitempty"`
	ContestSelection   []Selection          `json:"ContestSelection,omitempty"`
	CountStatus        []CountStatus        `json:"CountStatus,omitempty"`
	EffectOfAbstain    any                  `json:"EffectOfAbstain,omitempty"`
	ElectionDistrictId string               `json:"ElectionDistrictId,omitempty"`
	ExternalIdentifier []ExternalIdentifier `json:"ExternalIdentifier,omitempty"`
	FullText           any                  `json:"FullText,omitempty"`
	HasRotation        any                  `json:"HasRotation,omitempty"`
	InfoUri            any                  `json:"InfoUri,omitempty"`
	Name               string               `json:"Name,omitempty"`
	NumberElected      *int                 `json:"NumberElected,omitempty"`
	NumberRunoff       any                  `json:"NumberRunoff,omitempty"`
	OfficeId           any                  `json:"OfficeId,omitempty"`
	OfficeIds          any                  `json:"OfficeIds,omitempty"`
	OtherCounts        []OtherCounts        `json:"OtherCounts,omitempty"`
	OtherType          any                  `json:"OtherType,omitempty"`
	OtherVoteVariation string               `json:"OtherVoteVariation,omitempty"`
	PassageThreshold   any                  `json:"PassageThreshold,omitempty"`
	PrimaryPartyIds    any                  `json:"PrimaryPartyIds,omitempty"`
	ProStatement       any                  `json:"ProStatement,omitempty"`
	SequenceOrder      any                  `json:"SequenceOrder,omitempty"`
	SubUnitsReported   any                  `json:"SubUnitsReported,omitempty"`
	SummaryText        any                  `json:"SummaryText,omitempty"`
	TotalSubUnits      any                  `json:"TotalSubUnits,omitempty"`
	Type               any                  `json:"Type,omitempty"`
	VoteVariation      string               `json:"VoteVariation,omitempty"`
	VotesAllowed       *int                 `json:"VotesAllowed,omitempty"`
}

// Selection is ERR's ElectionResults.PartySelection, ElectionResults.BallotMeasureSelection, ElectionResults.CandidateSelection.
type Selection struct {
	AtID                string       `json:"@id,omitempty" strict:"required"`
	AtType              string       `json:"@type,omitempty" strict:"required"`
	CandidateIds        []string     `json:"CandidateIds,omitempty"`
	EndorsementPartyIds any          `json:"EndorsementPartyIds,omitempty"`
	ExternalIdentifier  any          `json:"ExternalIdentifier,omitempty"`
	IsWriteIn           *bool        `json:"IsWriteIn,omitempty"`
	PartyIds            []string     `json:"PartyIds,omitempty"`
	Selection           any          `json:"Selection,omitempty"`
	SequenceOrder       *int         `json:"SequenceOrder,omitempty"`
	VoteCounts          []VoteCounts `json:"VoteCounts,omitempty"`
}

// VoteCounts is ERR's ElectionResults.VoteCounts.
type VoteCounts struct {
	AtType                 string       `json:"@type,omitempty" strict:"required"`
	Count                  int64        `json:"Count" strict:"required"`
	DeviceClass            *DeviceClass `json:"DeviceClass,omitempty"`
	GpUnitId               string       `json:"GpUnitId,omitempty" strict:"required"`
	IsSuppressedForPrivacy *bool        `json:"IsSuppressedForPrivacy,omitempty"`
	OtherType              string       `json:"OtherType,omitempty"`
	Round                  *int         `json:"Round,omitempty"`
	Type                   string       `json:"Type,omitempty" strict:"required"`
}

// Candidate is ERR's ElectionResults.Candidate.
type Candidate struct {
	AtID               string               `json:"@id,omitempty" strict:"required"`
	AtType             string               `json:"@type,omitempty" strict:"required"`
	BallotName         *Text                `json:"BallotName,omitempty" strict:"required"`
	CampaignSlogan     any                  `json:"CampaignSlogan,omitempty"`
	ContactInformation any                  `json:"ContactInformation,omitempty"`
	ExternalIdentifier []ExternalIdentifier `json:"ExternalIdentifier,omitempty"`
	FileDate           any                  `json:"FileDate,omitempty"`
	IsIncumbent        any                  `json:"IsIncumbent,omitempty"`
	IsTopTicket        any                  `json:"IsTopTicket,omitempty"`
	PartyId            string               `json:"PartyId,omitempty"`
	PersonId           any                  `json:"PersonId,omitempty"`
	PostElectionStatus string               `json:"PostElectionStatus,omitempty"`
	PreElectionStatus  any                  `json:"PreElectionStatus,omitempty"`
}

// ExternalIdentifier is ERR's ElectionResults.ExternalIdentifier.
type ExternalIdentifier struct {
	AtType    string `json:"@type,omitempty" strict:"required"`
	Label     string `json:"Label,omitempty"`
	OtherType string `json:"OtherType,omitempty"`
	Type      string `json:"Type,omitempty" strict:"required"`
	Value     string `json:"Value,omitempty" strict:"required"`
}

// Text is ERR's ElectionResults.InternationalizedText.
type Text struct {
	AtType string           `json:"@type,omitempty" strict:"required"`
	Label  string           `json:"Label,omitempty"`
	Text   []LanguageString `json:"Text,omitempty" strict:"required"`
}

// LanguageString is ERR's ElectionResults.LanguageString.
type LanguageString struct {
	AtType   string `json:"@type,omitempty" strict:"required"`
	Content  string `json:"Content,omitempty" strict:"required"`
	Language string `json:"Language,omitempty" strict:"required"`
}

// BallotCounts is ERR's ElectionResults.BallotCounts.
type BallotCounts struct {
	AtType                 string       `json:"@type,omitempty" strict:"required"`
	BallotsCast            *int64       `json:"BallotsCast,omitempty"`
	BallotsOutstanding     *int64       `json:"BallotsOutstanding,omitempty"`
	BallotsRejected        *int64       `json:"BallotsRejected,omitempty"`
	DeviceClass            *DeviceClass `json:"DeviceClass,omitempty"`
	GpUnitId               string       `json:"GpUnitId,omitempty" strict:"required"`
	IsSuppressedForPrivacy any          `json:"IsSuppressedForPrivacy,omitempty"`
	OtherType              string       `json:"OtherType,omitempty"`
	Round                  any          `json:"Round,omitempty"`
	Type                   string       `json:"Type,omitempty" strict:"required"`
}

// OtherCounts is ERR's ElectionResults.OtherCounts.
type OtherCounts struct {
	AtType      string       `json:"@type,omitempty" strict:"required"`
	DeviceClass *DeviceClass `json:"DeviceClass,omitempty"`
	GpUnitId    string       `json:"GpUnitId,omitempty" strict:"required"`
	Overvotes   any          `json:"Overvotes,omitempty"`
	Undervotes  any          `json:"Undervotes,omitempty"`
	WriteIns    *int64       `json:"WriteIns,omitempty"`
}

// CountStatus is ERR's ElectionResults.CountStatus.
type CountStatus struct {
	AtType    string `json:"@type,omitempty" strict:"required"`
	OtherType string `json:"OtherType,omitempty"`
	Status    string `json:"Status,omitempty" strict:"required"`
	Type      string `json:"Type,omitempty" strict:"required"`
}

// DeviceClass is ERR's ElectionResults.DeviceClass.
type DeviceClass struct {
	AtType       string `json:"@type,omitempty" strict:"required"`
	Manufacturer string `json:"Manufacturer,omitempty"`
	Model        string `json:"Model,omitempty"`
	OtherType    string `json:"OtherType,omitempty"`
	Type         string `json:"Type,omitempty"`
}
