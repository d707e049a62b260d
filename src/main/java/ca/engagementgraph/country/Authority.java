package ca.engagementgraph.country;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A foreign government body (refugee agency, border police...), the in-country counterpart of projects. */
@Node("Authority")
public record Authority(@Id String code, String nameEn, String nameFr, String kind) {
}
