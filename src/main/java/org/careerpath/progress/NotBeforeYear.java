package org.careerpath.progress;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Empty, or a date on or after the first day of the given year. */
@Documented
@Constraint(validatedBy = NotBeforeYear.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@interface NotBeforeYear {

	int value();

	String message() default "{completedOn.tooEarly}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NotBeforeYear, LocalDate> {

		private LocalDate earliest;

		@Override
		public void initialize(NotBeforeYear annotation) {
			this.earliest = LocalDate.of(annotation.value(), 1, 1);
		}

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || !value.isBefore(this.earliest);
		}

	}

}
