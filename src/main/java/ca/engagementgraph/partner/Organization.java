package ca.engagementgraph.partner;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * An implementing partner (IOM, UNODC...) or a forum or working group (IGC, RCM, the ADM RWG). {@code type}
 * is the IATI OrganisationType code (40 multilateral, 70 private sector...).
 */
@Node("Organization")
public record Organization(@Id String code, String nameEn, String nameFr, Long type) {
}
