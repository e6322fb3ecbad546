package cn.jiyuan.mediation.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.jiyuan.mediation.platform.request.Constraints;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An optional phone number of a party: a mobile number or a landline with its area code ({@link PhoneNumberFormat}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Constraint(validatedBy = PhoneNumber.Check.class)
public @interface PhoneNumber {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<PhoneNumber, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = Constraints.textProblem(value, 20, false, false, true);
            if (problem == null && value != null && !PhoneNumberFormat.isValid(value)) {
                problem = "电话号码格式不正确：应为11位手机号或带区号的固定电话（如0391-6612345）";
            }
            return Constraints.valid(problem, context);
        }
    }
}
