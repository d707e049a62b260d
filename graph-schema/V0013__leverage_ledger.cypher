// The leverage ledger (MODEL.md, "The leverage ledger"): facts kept up to date with every change, so that each
// leveraging question is an index seek or a short walk. Bookkeeping, not domain data.
CREATE CONSTRAINT raisable_ledger_id IF NOT EXISTS FOR (n:__RaisableLedger) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_ledger_id IF NOT EXISTS FOR (n:__MeetingLedger) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_ledger_country IF NOT EXISTS FOR (n:__CountryLedger) REQUIRE n.country IS UNIQUE;
// Finding a raisable's rows, and a meeting's.
CREATE INDEX raisable_ledger_key IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.kind, n.key);
CREATE INDEX meeting_ledger_meeting IF NOT EXISTS FOR (n:__MeetingLedger) ON (n.meeting);
// Never raised on a channel (the fact equals 9999-12-31), a country's results oldest first: one seek per page.
CREATE INDEX raisable_ledger_any IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.any, n.achievedOn, n.key);
CREATE INDEX raisable_ledger_ottawa IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.ottawa, n.achievedOn, n.key);
CREATE INDEX raisable_ledger_in_country IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.inCountry, n.achievedOn, n.key);
CREATE INDEX raisable_ledger_any_u IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.anyU, n.achievedOn, n.key);
CREATE INDEX raisable_ledger_ottawa_u IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.ottawaU, n.achievedOn, n.key);
CREATE INDEX raisable_ledger_in_country_u IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.inCountryU, n.achievedOn, n.key);
// A country's results by date or by code (as-of dates, attending departments, briefings walk these in order).
CREATE INDEX raisable_ledger_by_date IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.achievedOn, n.key);
CREATE INDEX raisable_ledger_by_key IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.country, n.kind, n.key);
// A country's meetings by date (missed opportunities, the radar), by quarter (the TD timeline).
CREATE INDEX meeting_ledger_by_date IF NOT EXISTS FOR (n:__MeetingLedger) ON (n.country, n.status, n.date, n.meeting);
CREATE INDEX meeting_ledger_by_quarter IF NOT EXISTS FOR (n:__MeetingLedger) ON (n.country, n.quarter, n.date, n.meeting);
CREATE INDEX quarter_ledger_country IF NOT EXISTS FOR (n:__QuarterLedger) ON (n.country, n.quarter);
CREATE INDEX project_ledger_country IF NOT EXISTS FOR (n:__ProjectLedger) ON (n.country, n.project);
