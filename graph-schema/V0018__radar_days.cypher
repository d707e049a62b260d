// The opportunity radar's day counts (MODEL.md, "The leverage ledger", format 4): per country and day, and for all
// countries (country '*'), how many radar entries the planned meetings of that day make, by channel, department and
// clearance, and how many of them meet each forum. A radar's total and each entry's other chances are then a range of
// at most a period's days, never a walk of the period's planned meetings. Keyed by id (country|date) so that
// concurrent writers merge one node.
CREATE CONSTRAINT radar_day_id IF NOT EXISTS FOR (n:__RadarDay) REQUIRE n.id IS UNIQUE;
CREATE INDEX radar_day_country_date IF NOT EXISTS FOR (n:__RadarDay) ON (n.country, n.date);
