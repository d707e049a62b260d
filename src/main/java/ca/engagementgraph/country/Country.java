package ca.engagementgraph.country;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A country, keyed by its ISO 3166 alpha-2 code. Demo countries use user-assigned codes (QM-QZ, XA-XZ). */
@Node("Country")
public record Country(@Id String iso2, String iso3, String nameEn, String nameFr, String region) {
}
