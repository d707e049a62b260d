package ca.engagementgraph.api;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a Bean Validation violation of a query argument becomes the typed error: the code and sentence of the
 * service's own constraint, the argument's name, the bound and the value in the sentence; a constraint that names no
 * code of its own is left to the generic error (its message is no sentence of {@code messages*.properties}).
 */
class ArgumentViolationsTest {

	private static jakarta.validation.ValidatorFactory factory;
	private static Validator validator;

	record Page(@PageSize Integer first) {
	}

	record Plain(@Min(1) Integer depth) {
	}

	@BeforeAll
	static void validator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	private static ConstraintViolationException violations(Object arguments) {
		Set<ConstraintViolation<Object>> found = validator.validate(arguments);
		assertThat(found).isNotEmpty();
		return new ConstraintViolationException(found);
	}

	@Test
	void aPageSizeOutOfRangeIsTheTypedErrorWithItsBoundAndValue() {
		InvalidInputException error = ArgumentViolations.asInvalidInput(violations(new Page(101)));
		assertThat(error.code()).isEqualTo("INVALID_PAGE_SIZE");
		assertThat(error.argument()).isEqualTo("first");
		assertThat(error.message(Locale.ROOT)).isEqualTo("'first' must be between 0 and 100, got 101.");
		assertThat(error.message(Locale.CANADA_FRENCH)).isEqualTo("« first » doit être compris entre 0 et 100, reçu 101.");
	}

	@Test
	void aConstraintWithoutACodeOfItsOwnIsNotTranslated() {
		assertThat(ArgumentViolations.asInvalidInput(violations(new Plain(0)))).isNull();
	}
}
