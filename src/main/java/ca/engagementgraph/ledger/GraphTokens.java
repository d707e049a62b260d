package ca.engagementgraph.ledger;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.RelationshipType;

/**
 * The model's labels and relationship types as the embedded database's API names them: what the ledger reads of a
 * change ({@link ChangeScope}) and of a country ({@link CountryWalks}) without Cypher.
 */
final class GraphTokens {

	static final Label ENGAGEMENT = Label.label("Engagement");
	static final Label RESULT = Label.label("Result");
	static final Label PROJECT = Label.label("Project");
	static final Label MISSION = Label.label("Mission");
	static final Label AUTHORITY = Label.label("Authority");
	static final Label ORGANIZATION = Label.label("Organization");
	static final Label UNIT = Label.label("Unit");
	static final Label DEPARTMENT = Label.label("Department");
	static final Label COUNTRY = Label.label("Country");
	static final Label KEY_MESSAGE = Label.label("KeyMessage");
	static final Label ACTION = Label.label("Action");

	static final RelationshipType REPRESENTS = RelationshipType.withName("REPRESENTS");
	static final RelationshipType LOCATED_IN = RelationshipType.withName("LOCATED_IN");
	static final RelationshipType WITH = RelationshipType.withName("WITH");
	static final RelationshipType OF = RelationshipType.withName("OF");
	static final RelationshipType IN = RelationshipType.withName("IN");
	static final RelationshipType RAISED = RelationshipType.withName("RAISED");
	static final RelationshipType CONCERNS = RelationshipType.withName("CONCERNS");
	static final RelationshipType ATTENDED_BY = RelationshipType.withName("ATTENDED_BY");
	static final RelationshipType PART_OF = RelationshipType.withName("PART_OF");
	static final RelationshipType FROM = RelationshipType.withName("FROM");
	static final RelationshipType ABOUT = RelationshipType.withName("ABOUT");

	private GraphTokens() {
	}
}
