package cn.jiyuan.mediation.platform.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import cn.jiyuan.mediation.platform.ApiProblems;
import cn.jiyuan.mediation.platform.UserText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A code of an enum ({@code WALK_IN}), sent as a string: "未知的案件来源代码“FAX”" names what was sent and what
 * it should have been ({@link #label}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Constraint(validatedBy = Code.Check.class)
public @interface Code {

    Class<? extends Enum<?>> type();

    /** What the code stands for, in Chinese (案件来源). */
    String label();

    boolean required() default false;

    /** What a missing required code says. */
    String missing() default ApiProblems.REQUIRED;

    /** When set, what an unknown code says instead of "未知的…代码“…”" (排查范围应为全市或指定镇（街道）). */
    String unknown() default "";

    /** Whether the code is checked as a text first (length, control characters) or only looked up. */
    boolean asText() default true;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Code, String> {

        private static final int MAX = 64;

        private Code code;

        @Override
        public void initialize(Code code) {
            this.code = code;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return Constraints.valid(code.required() ? code.missing() : null, context);
            }
            String problem = code.asText() ? Constraints.textProblem(value, MAX, code.required(), false, true) : null;
            if (problem == null && Arrays.stream(code.type().getEnumConstants()).noneMatch(c -> c.name().equals(value))) {
                problem = code.unknown().isEmpty() ? "未知的" + code.label() + "代码" + UserText.quote(value)
                        : code.unknown();
            }
            return Constraints.valid(problem, context);
        }
    }
}
