// One full-text index over the names, titles, summaries and texts of the public (Unclassified) labels, in both
// official languages, so search(text:) answers from one index whatever the node type. Protected B labels
// (Designation, Decision, EngagementPlan, TdStat) are deliberately left out.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Country|Mission|Authority|Department|Unit|Organization|Program|Envelope|PriorityArea|Project|Result|Outcome|Engagement|KeyMessage|Action|Source)
ON EACH [n.nameEn, n.nameFr, n.titleEn, n.titleFr, n.summaryEn, n.summaryFr, n.textEn, n.textFr, n.code, n.iso2, n.iso3];
