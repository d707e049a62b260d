// Range indexes on the properties that list queries and the leveraging questions filter or sort on.
CREATE INDEX engagement_date IF NOT EXISTS FOR (n:Engagement) ON (n.date);
CREATE INDEX engagement_status IF NOT EXISTS FOR (n:Engagement) ON (n.status);
CREATE INDEX engagement_setting IF NOT EXISTS FOR (n:Engagement) ON (n.setting);
CREATE INDEX result_achieved_on IF NOT EXISTS FOR (n:Result) ON (n.achievedOn);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX designation_status IF NOT EXISTS FOR (n:Designation) ON (n.status);
CREATE INDEX decision_date IF NOT EXISTS FOR (n:Decision) ON (n.date);
CREATE INDEX action_status IF NOT EXISTS FOR (n:Action) ON (n.status);
CREATE INDEX action_due IF NOT EXISTS FOR (n:Action) ON (n.due);
CREATE INDEX td_stat_quarter IF NOT EXISTS FOR (n:TdStat) ON (n.quarter);
