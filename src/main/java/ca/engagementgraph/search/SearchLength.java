package ca.engagementgraph.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;

/**
 * A search's {@code text}: at most {@value SearchController#MAX_TEXT_LENGTH} characters, so that a query stays cheap to
 * run; the sentence gets the maximum and the length sent.
 */
@Size(max = SearchController.MAX_TEXT_LENGTH)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface SearchLength {

	/** The error code clients see. */
	String code() default "INVALID_SEARCH_TEXT";

	/** The key of the sentence in {@code messages*.properties}. */
	String message() default "input.searchTextTooLong";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
