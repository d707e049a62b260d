package ca.engagementgraph.cooperation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * A quarter as the TD statistics write it, {@code YYYY-Qn} (e.g. {@code 2024-Q1}). Quarters are compared as text,
 * so a quarter written otherwise ({@code 2024Q1}, {@code 2024-q1}) would not fail: it would quietly select the wrong
 * range. The API's argument violations report it as {@code INVALID_QUARTER}.
 */
@Pattern(regexp = "\\d{4}-Q[1-4]")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface Quarter {

	/** The error code clients see. */
	String code() default "INVALID_QUARTER";

	/** The key of the sentence in {@code messages*.properties}. */
	String message() default "input.quarter";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
