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

/** An amount of money in 元: not negative, at most two decimals (元、角、分), at most {@link #max}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Constraint(validatedBy = Money.Check.class)
public @interface Money {

    String max();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Money, BigDecimal> {

        private BigDecimal max;

        @Override
        public void initialize(Money money) {
            this.max = new BigDecimal(money.max());
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
            if (value.signum() < 0) {
                return "不能为负数";
            }
            if (value.stripTrailingZeros().scale() > 2) {
                return "最多两位小数（元、角、分）";
            }
            return value.compareTo(max) > 0 ? "金额过大" : null;
        }
    }
}
