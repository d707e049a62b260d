// One uniqueness constraint per label on its business key. Keys are what the API, the seed files and
// analysts use to name a node; elementId is never exposed. A uniqueness constraint also gives each key an index.
CREATE CONSTRAINT country_key IF NOT EXISTS FOR (n:Country) REQUIRE n.iso2 IS UNIQUE;
CREATE CONSTRAINT country_iso3 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso3 IS UNIQUE;
CREATE CONSTRAINT designation_key IF NOT EXISTS FOR (n:Designation) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT mission_key IF NOT EXISTS FOR (n:Mission) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT authority_key IF NOT EXISTS FOR (n:Authority) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT department_key IF NOT EXISTS FOR (n:Department) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT unit_key IF NOT EXISTS FOR (n:Unit) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT program_key IF NOT EXISTS FOR (n:Program) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT envelope_key IF NOT EXISTS FOR (n:Envelope) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT priority_area_key IF NOT EXISTS FOR (n:PriorityArea) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT project_key IF NOT EXISTS FOR (n:Project) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT result_key IF NOT EXISTS FOR (n:Result) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT outcome_key IF NOT EXISTS FOR (n:Outcome) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT engagement_key IF NOT EXISTS FOR (n:Engagement) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT key_message_key IF NOT EXISTS FOR (n:KeyMessage) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT decision_key IF NOT EXISTS FOR (n:Decision) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT engagement_plan_key IF NOT EXISTS FOR (n:EngagementPlan) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT td_stat_key IF NOT EXISTS FOR (n:TdStat) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT action_key IF NOT EXISTS FOR (n:Action) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.code IS UNIQUE;
