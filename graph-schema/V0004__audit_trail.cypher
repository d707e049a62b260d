// The audit trail: one AuditEvent per change (a mutation, or an import as a whole), written in the same
// transaction as the change. Queried by date range, by user and by node.
CREATE CONSTRAINT audit_event_key IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
CREATE INDEX audit_event_user IF NOT EXISTS FOR (n:AuditEvent) ON (n.user);
CREATE INDEX audit_event_node IF NOT EXISTS FOR (n:AuditEvent) ON (n.node);
