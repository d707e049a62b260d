package ca.engagementgraph.recording;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import ca.engagementgraph.model.GraphModel;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * A business key of the graph ({@link GraphModel#KEY}): a record's code, or a reference to one. Its message is the
 * code of the message the loader gives for the same fault, so that a mutation and an import explain it alike.
 */
@Documented
@Pattern(regexp = GraphModel.KEY_REGEX)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface Key {

	String message() default "data.badKey";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
