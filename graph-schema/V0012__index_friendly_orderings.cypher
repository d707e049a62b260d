// Range indexes on every property a list can be sorted by that had none, so that a page is read from the index in
// order (the list queries sort on the property itself, the cursor a range on it): a page costs its own rows, not
// the whole list. Names by language sort in the reader's language, hence one index per language.
CREATE INDEX project_title_en IF NOT EXISTS FOR (n:Project) ON (n.titleEn);
CREATE INDEX project_title_fr IF NOT EXISTS FOR (n:Project) ON (n.titleFr);
CREATE INDEX project_start IF NOT EXISTS FOR (n:Project) ON (n.start);
CREATE INDEX project_funding_cad IF NOT EXISTS FOR (n:Project) ON (n.fundingCad);
CREATE INDEX country_name_en IF NOT EXISTS FOR (n:Country) ON (n.nameEn);
CREATE INDEX country_name_fr IF NOT EXISTS FOR (n:Country) ON (n.nameFr);
CREATE INDEX mission_name_en IF NOT EXISTS FOR (n:Mission) ON (n.nameEn);
CREATE INDEX mission_name_fr IF NOT EXISTS FOR (n:Mission) ON (n.nameFr);
CREATE INDEX authority_name_en IF NOT EXISTS FOR (n:Authority) ON (n.nameEn);
CREATE INDEX authority_name_fr IF NOT EXISTS FOR (n:Authority) ON (n.nameFr);
CREATE INDEX department_name_en IF NOT EXISTS FOR (n:Department) ON (n.nameEn);
CREATE INDEX department_name_fr IF NOT EXISTS FOR (n:Department) ON (n.nameFr);
CREATE INDEX unit_name_en IF NOT EXISTS FOR (n:Unit) ON (n.nameEn);
CREATE INDEX unit_name_fr IF NOT EXISTS FOR (n:Unit) ON (n.nameFr);
CREATE INDEX organization_name_en IF NOT EXISTS FOR (n:Organization) ON (n.nameEn);
CREATE INDEX organization_name_fr IF NOT EXISTS FOR (n:Organization) ON (n.nameFr);
CREATE INDEX program_name_en IF NOT EXISTS FOR (n:Program) ON (n.nameEn);
CREATE INDEX program_name_fr IF NOT EXISTS FOR (n:Program) ON (n.nameFr);
CREATE INDEX envelope_name_en IF NOT EXISTS FOR (n:Envelope) ON (n.nameEn);
CREATE INDEX envelope_name_fr IF NOT EXISTS FOR (n:Envelope) ON (n.nameFr);
CREATE INDEX priority_area_name_en IF NOT EXISTS FOR (n:PriorityArea) ON (n.nameEn);
CREATE INDEX priority_area_name_fr IF NOT EXISTS FOR (n:PriorityArea) ON (n.nameFr);
CREATE INDEX outcome_text_en IF NOT EXISTS FOR (n:Outcome) ON (n.textEn);
CREATE INDEX outcome_text_fr IF NOT EXISTS FOR (n:Outcome) ON (n.textFr);
CREATE INDEX designation_from IF NOT EXISTS FOR (n:Designation) ON (n.from);
CREATE INDEX engagement_plan_approved_on IF NOT EXISTS FOR (n:EngagementPlan) ON (n.approvedOn);
CREATE INDEX key_message_approved_on IF NOT EXISTS FOR (n:KeyMessage) ON (n.approvedOn);
CREATE INDEX source_date IF NOT EXISTS FOR (n:Source) ON (n.date);
