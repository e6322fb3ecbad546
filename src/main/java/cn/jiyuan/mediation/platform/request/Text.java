package cn.jiyuan.mediation.platform.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.jiyuan.mediation.platform.ApiProblems;
import cn.jiyuan.mediation.platform.UserText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A free text a user sends (already stripped, null when blank: {@link Requests#text}): required or not, at most
 * {@link #max} characters, and nothing {@link UserText} refuses (control, invisible format characters; line
 * breaks only in a {@link #multiLine} field).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Constraint(validatedBy = Text.Check.class)
public @interface Text {

    int max();

    boolean required() default false;

    boolean multiLine() default false;

    /** Whether "too long" says how many characters there are. */
    boolean counted() default true;

    /** What a missing required text says (a form's own sentence: 请填写专项排查主题). */
    String missing() default ApiProblems.REQUIRED;

    /** When set, what a too long text says instead of "不能超过n个字符". */
    String tooLong() default "";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Text, String> {

        private Text text;

        @Override
        public void initialize(Text text) {
            this.text = text;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem;
            if (value == null) {
                problem = text.required() ? text.missing() : null;
            } else if (value.length() > text.max() && !text.tooLong().isEmpty()) {
                problem = text.tooLong();
            } else {
                problem = Constraints.textProblem(value, text.max(), text.required(), text.multiLine(), text.counted());
            }
            return Constraints.valid(problem, context);
        }
    }
}
