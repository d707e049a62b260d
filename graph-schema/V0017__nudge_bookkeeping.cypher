// The nudge's bookkeeping (README, "The nudge"): the nudges kept until the daily digest tells them, and where the wait
// check stopped. Keyed by id so that a check run twice, or two instances checking at once, store each nudge once.
CREATE CONSTRAINT nudge_event_id IF NOT EXISTS FOR (n:__NudgeEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT nudge_state_id IF NOT EXISTS FOR (n:__NudgeState) REQUIRE n.id IS UNIQUE;
