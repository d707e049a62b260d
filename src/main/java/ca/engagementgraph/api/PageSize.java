package ca.engagementgraph.api;

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
 * A list's {@code first} argument: 0 to {@value PageRequest#MAX_PAGE_SIZE} rows, so that one request cannot pull a
 * whole graph. Put on the {@code @Argument Integer first} of every list field; Spring for GraphQL validates it before
 * the controller runs and {@link ArgumentViolations} reports a value out of range as {@code INVALID_PAGE_SIZE}.
 */
@Min(0)
@Max(PageRequest.MAX_PAGE_SIZE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PageSize {

	/** The error code clients see. */
	String code() default "INVALID_PAGE_SIZE";

	/** The key of the sentence in {@code messages*.properties}; it gets the maximum and the value sent. */
	String message() default "input.pageSize";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
