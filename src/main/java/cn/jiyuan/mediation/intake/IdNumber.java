package cn.jiyuan.mediation.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.platform.request.Constraints;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An optional resident ID number ({@link ResidentIdNumber}, already normalized): 18 characters, the check
 * character of GB 11643 and a birth date that exists and is not in the future.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Constraint(validatedBy = IdNumber.Check.class)
public @interface IdNumber {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<IdNumber, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = Constraints.textProblem(value, 32, false, false, true);
            if (problem == null && value != null) {
                problem = ResidentIdNumber.problem(value, CaseTime.today());
            }
            return Constraints.valid(problem, context);
        }
    }
}
