package ca.engagementgraph.explore;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How many nodes a neighbourhood holds at most: 1 to {@value ExploreController#MAX_LIMIT}; the sentence gets the maximum and
 * the value sent.
 */
@Min(1)
@Max(ExploreController.MAX_LIMIT)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface NodeLimit {

	/** The error code clients see. */
	String code() default "INVALID_LIMIT";

	/** The key of the sentence in {@code messages*.properties}. */
	String message() default "input.limit";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
