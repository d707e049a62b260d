package ca.engagementgraph.api;

import graphql.GraphQLError;

/**
 * Put in a request's GraphQL context by a limit that stopped the answer while it was built: the one error the client
 * receives instead of partial data ({@link ErrorCodes}).
 */
public record StoppedAnswer(GraphQLError error) {
}
