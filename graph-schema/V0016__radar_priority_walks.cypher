// The opportunity radar (MODEL.md, "The leverage ledger" and "Derived concepts"): a result's priority date is its
// achievedOn moved earlier by 30 days per point it scores at any meeting (type, key message ready), so the ranking
// at one meeting is the results never raised on the channel in priority order: one ordered seek that stops at the
// page. The U twins serve readers without clearance (Unclassified raisings and key messages only).
CREATE INDEX raisable_ledger_radar_ottawa IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.ottawa, n.priority, n.achievedOn, n.key);
CREATE INDEX raisable_ledger_radar_in_country IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.inCountry, n.priority, n.achievedOn, n.key);
CREATE INDEX raisable_ledger_radar_ottawa_u IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.ottawaU, n.priorityU, n.achievedOn, n.key);
CREATE INDEX raisable_ledger_radar_in_country_u IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.inCountryU, n.priorityU, n.achievedOn, n.key);
// FORUM: never raised with a counterpart is a list on the row (raisedWith), which no index holds: a walk of the
// country's rows in priority order that stops at the page.
CREATE INDEX raisable_ledger_radar_forum IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.priority, n.achievedOn, n.key);
CREATE INDEX raisable_ledger_radar_forum_u IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.priorityU, n.achievedOn, n.key);
// Planned meetings of every country by date (the radar without a country filter).
CREATE INDEX meeting_ledger_by_status_date IF NOT EXISTS FOR (n:__MeetingLedger) ON (n.status, n.date, n.meeting, n.country);
