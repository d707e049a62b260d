// Walks of the leverage ledger across every country in date order (dissemination gaps of all countries, oldest or
// newest first): a composite index serves only when each of its properties has a predicate, so the country-first
// indexes of V0013 cannot. The (kind, key) order is served by raisable_ledger_key.
CREATE INDEX raisable_ledger_all_by_date IF NOT EXISTS FOR (n:__RaisableLedger) ON (n.kind, n.achievedOn, n.key);
