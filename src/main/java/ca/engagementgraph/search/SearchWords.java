package ca.engagementgraph.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;

/**
 * A search's {@code text}: at least one word (not empty, not only spaces).
 */
@NotBlank
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface SearchWords {

	/** The error code clients see. */
	String code() default "INVALID_SEARCH_TEXT";

	/** The key of the sentence in {@code messages*.properties}. */
	String message() default "input.searchTextEmpty";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
