package cn.jiyuan.mediation.platform.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.jiyuan.mediation.platform.ApiProblems;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A day sent as an ISO string ({@code 2026-02-17}), stripped; {@link Constraints#isoDate} reads it once it is valid. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Constraint(validatedBy = IsoDate.Check.class)
public @interface IsoDate {

    boolean required() default false;

    /** What a missing required day says (请选择截止日期). */
    String missing() default ApiProblems.REQUIRED;

    /** What a text that is no ISO date says. */
    String malformed() default "应为“年-月-日”格式的日期，如 2026-02-17";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<IsoDate, String> {

        private IsoDate date;

        @Override
        public void initialize(IsoDate date) {
            this.date = date;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return Constraints.valid(date.required() ? date.missing() : null, context);
            }
            return Constraints.valid(Constraints.isoDate(value) == null ? date.malformed() : null, context);
        }
    }
}
