// A briefing's open follow-up actions (MODEL.md, "The leverage ledger", format 5): the meeting rows that hold open
// actions carry how many (no property otherwise), so the country's meetings with open actions are one range of this
// index instead of a walk over every open action of the program to the countries of its meeting.
CREATE INDEX meeting_ledger_open_actions IF NOT EXISTS FOR (n:__MeetingLedger) ON (n.country, n.openActions);
