package cn.jiyuan.mediation.platform.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A whole number from 0 to {@link #max} (a count of people), read as a decimal so that 2.5 is named, not cut. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Constraint(validatedBy = WholeNumber.Check.class)
public @interface WholeNumber {

    int max();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<WholeNumber, BigDecimal> {

        private int max;

        @Override
        public void initialize(WholeNumber number) {
            this.max = number.max();
        }

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return Constraints.valid(value == null ? null : problem(value), context);
        }

        private String problem(BigDecimal value) {
            String range = Numbers.outOfRange(value);
            if (range != null) {
                return range;
            }
            if (value.stripTrailingZeros().scale() > 0) {
                return "必须是整数";
            }
            if (value.signum() < 0) {
                return "不能为负数";
            }
            return value.compareTo(BigDecimal.valueOf(max)) > 0 ? "不能超过" + max : null;
        }
    }
}
