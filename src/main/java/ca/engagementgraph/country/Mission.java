package ca.engagementgraph.country;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A diplomatic mission. A foreign mission in Ottawa represents its country and is located in Canada: it is
 * where travel documents are issued, so it is the channel the program most needs to use.
 */
@Node("Mission")
public record Mission(@Id String code, String nameEn, String nameFr, String kind, String city) {
}
