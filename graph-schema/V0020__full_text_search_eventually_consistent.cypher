// The full-text index of V0003, the same labels, properties and analyzer, made eventually consistent: a committing
// write hands its changes to the index and returns, where a consistent full-text index refreshed its Lucene reader
// inside every commit (a tenth of the CPU of recording a meeting at scale L). Searches ask the index to apply what
// was committed before they read it (db.index.fulltext.awaitEventuallyConsistentIndexRefresh, SearchController), so
// a search still finds what was just recorded. Only V0003's index is replaced: an index's options cannot be altered.
DROP INDEX search_text IF EXISTS;
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Country|Mission|Authority|Department|Unit|Organization|Program|Envelope|PriorityArea|Project|Result|Outcome|Engagement|KeyMessage|Action|Source)
ON EACH [n.nameEn, n.nameFr, n.titleEn, n.titleFr, n.summaryEn, n.summaryFr, n.textEn, n.textFr, n.code, n.iso2, n.iso3]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: true}};
