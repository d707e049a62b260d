package ca.engagementgraph.recording;

import org.jspecify.annotations.Nullable;

/**
 * Why a mutation was refused, in the client's language: a stable {@code code}, the input {@code field} at fault
 * (null when the whole request is), a sentence, and the record's current version on a conflict.
 */
public record UserError(String code, @Nullable String field, String message, @Nullable Long currentVersion) {
}
