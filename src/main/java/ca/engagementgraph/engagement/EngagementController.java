package ca.engagementgraph.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.CountryCodes;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.partner.Organization;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.engagement.EngagementQueries.*;

@Controller
class EngagementController {

	private final GraphReader graph;

	EngagementController(GraphReader graph) {
		this.graph = graph;
	}

	record EngagementFilter(@Nullable String country, @Nullable String status, @Nullable String kind,
			@Nullable String setting, @Nullable String level, @Nullable String department,
			@Nullable String counterpart, @Nullable LocalDate from, @Nullable LocalDate to) {
	}

	@QueryMapping
	@Nullable Engagement engagement(@Argument String code) {
		return graph.one(Engagement.class, ENGAGEMENT_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Engagement> engagements(@Argument @Nullable EngagementFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new EngagementFilter(null, null, null, null, null, null, null, null, null) : filter;
		return graph.page(ENGAGEMENTS,
				Parameters.of("country", CountryCodes.normalize(f.country()), "status", f.status(), "kind", f.kind(),
						"setting", f.setting(), "level", f.level(), "department", f.department(), "counterpart",
						f.counterpart(), "from", f.from(), "to", f.to()),
				ListRequest.of(env, subrange, first, "DATE", true));
	}

	@BatchMapping
	Map<Engagement, Object> counterpart(List<Engagement> engagements) {
		return graph.relatedOne(ENGAGEMENT_COUNTERPART, engagements, Engagement::code, Object.class);
	}

	@BatchMapping
	Map<Engagement, List<Country>> countries(List<Engagement> engagements) {
		return graph.related(ENGAGEMENT_COUNTRIES, engagements, Engagement::code, Country.class);
	}

	@BatchMapping
	Map<Engagement, List<Attendance>> attendance(List<Engagement> engagements) {
		return graph.relatedWith(ENGAGEMENT_ATTENDANCE, engagements, Engagement::code,
				(engagement, participant, relationship) -> new Attendance(participant,
						Boolean.TRUE.equals(relationship.get("lead"))));
	}

	@BatchMapping
	Map<Engagement, List<Result>> raisedResults(List<Engagement> engagements) {
		return graph.related(ENGAGEMENT_RESULTS, engagements, Engagement::code, Result.class);
	}

	@BatchMapping
	Map<Engagement, List<Project>> raisedProjects(List<Engagement> engagements) {
		return graph.related(ENGAGEMENT_PROJECTS, engagements, Engagement::code, Project.class);
	}

	@BatchMapping
	Map<Engagement, List<KeyMessage>> keyMessagesUsed(List<Engagement> engagements) {
		return graph.related(ENGAGEMENT_KEY_MESSAGES, engagements, Engagement::code, KeyMessage.class);
	}

	@BatchMapping
	Map<Engagement, Engagement> follows(List<Engagement> engagements) {
		return graph.relatedOne(ENGAGEMENT_FOLLOWS, engagements, Engagement::code, Engagement.class);
	}

	@BatchMapping
	Map<Engagement, List<Engagement>> followedBy(List<Engagement> engagements) {
		return graph.related(ENGAGEMENT_FOLLOWED_BY, engagements, Engagement::code, Engagement.class);
	}

	@BatchMapping
	Map<Engagement, Organization> series(List<Engagement> engagements) {
		return graph.relatedOne(ENGAGEMENT_SERIES, engagements, Engagement::code, Organization.class);
	}

	@BatchMapping
	Map<Engagement, List<Action>> actions(List<Engagement> engagements) {
		return graph.related(ENGAGEMENT_ACTIONS, engagements, Engagement::code, Action.class);
	}
}
