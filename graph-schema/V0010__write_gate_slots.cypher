// The write gate's 32 slots (WriteGate.SLOTS), created once so that writes never have to create them. Data, not
// schema: Neo4j does not mix the two in one transaction, hence a migration of its own after V0006's constraint.
UNWIND range(0, 31) AS slot MERGE (:__WriteGate {slot: slot});
