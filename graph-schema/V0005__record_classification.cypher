// Every record gets a classification, UNCLASSIFIED or PROTECTED_B, by the rule the writer applies to every write
// (src/main/java/ca/engagementgraph/loading/Classification.java; MODEL.md, section 3). Graphs written before this
// version are classified here, in batches so that a large graph never needs one huge transaction. Each statement
// only fills in what is missing, so the order below is the order of the rule.

// 1. Designations, decisions, engagement plans and TD statistics are always Protected B.
MATCH (n) WHERE (n:Designation OR n:Decision OR n:EngagementPlan OR n:TdStat) AND n.classification IS NULL
CALL (n) { SET n.classification = 'PROTECTED_B' } IN TRANSACTIONS OF 10000 ROWS;

// 2. The meetings of the removals working group (the Organization RWG of the reference data).
MATCH (n:Engagement)-[:PART_OF]->(:Organization {code: 'RWG'}) WHERE n.classification IS NULL
CALL (n) { SET n.classification = 'PROTECTED_B' } IN TRANSACTIONS OF 10000 ROWS;

// 3. The follow-up actions of a Protected B meeting.
MATCH (n:Action)-[:FROM]->(:Engagement {classification: 'PROTECTED_B'}) WHERE n.classification IS NULL
CALL (n) { SET n.classification = 'PROTECTED_B' } IN TRANSACTIONS OF 10000 ROWS;

// 4. Every other record but sources is Unclassified (bookkeeping nodes have no classification).
MATCH (n) WHERE n.classification IS NULL AND NOT n:Source AND NOT n:AuditEvent
  AND none(l IN labels(n) WHERE l STARTS WITH '__')
CALL (n) { SET n.classification = 'UNCLASSIFIED' } IN TRANSACTIONS OF 10000 ROWS;

// 5. A source is Protected B when it is cited, and only by Protected B records.
MATCH (n:Source) WHERE n.classification IS NULL
CALL (n) {
  SET n.classification = CASE WHEN EXISTS { MATCH (n)<-[:SOURCED_FROM]-() }
                               AND NOT EXISTS { MATCH (n)<-[:SOURCED_FROM]-(citing)
                                                WHERE coalesce(citing.classification, 'UNCLASSIFIED') = 'UNCLASSIFIED' }
                              THEN 'PROTECTED_B' ELSE 'UNCLASSIFIED' END
} IN TRANSACTIONS OF 10000 ROWS;

// 6. An audit event is Protected B when it is about a Protected B record, or when it records an import (its content
//    is not known here); readers without the clearance do not see it.
MATCH (n) WHERE n.classification = 'PROTECTED_B' AND NOT n:AuditEvent
WITH labels(n)[0] + ':' + coalesce(n.code, n.iso2) AS id
MATCH (a:AuditEvent {node: id}) WHERE a.classification IS NULL
CALL (a) { SET a.classification = 'PROTECTED_B' } IN TRANSACTIONS OF 10000 ROWS;

MATCH (a:AuditEvent) WHERE a.classification IS NULL
CALL (a) {
  SET a.classification = CASE WHEN a.node IS NULL THEN 'PROTECTED_B' ELSE 'UNCLASSIFIED' END
} IN TRANSACTIONS OF 10000 ROWS;
