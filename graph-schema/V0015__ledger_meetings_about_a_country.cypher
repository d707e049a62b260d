// A country's meetings newest first (its profile), walked on the rows of the meetings about it (ledger format 2,
// MODEL.md "The leverage ledger"): the row's concerns flag is in the index so that the walk stops at the page.
CREATE INDEX meeting_ledger_about IF NOT EXISTS FOR (n:__MeetingLedger) ON (n.country, n.concerns, n.date, n.meeting);
