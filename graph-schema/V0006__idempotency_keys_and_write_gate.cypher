// Idempotency keys (a mutation's clientMutationId): one node per key a user sent with an accepted mutation,
// written in the mutation's own transaction. The constraint makes two attempts with one key exclusive: the second
// waits for the first to commit and then finds its key. Keys expire (expiresAt) and are swept by the service.
CREATE CONSTRAINT idempotency_key_id IF NOT EXISTS FOR (n:__IdempotencyKey) REQUIRE n.id IS UNIQUE;
CREATE INDEX idempotency_key_expires_at IF NOT EXISTS FOR (n:__IdempotencyKey) ON (n.expiresAt);
// The write gate (WriteGate.java): every write of the product locks one slot for its transaction, a backup locks
// them all, so that a backup reads one committed state. Slots are merged on this key, so they never duplicate.
CREATE CONSTRAINT write_gate_slot IF NOT EXISTS FOR (n:__WriteGate) REQUIRE n.slot IS UNIQUE;
