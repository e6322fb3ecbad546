package cn.jiyuan.mediation.platform.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.jiyuan.mediation.platform.ApiProblems;
import cn.jiyuan.mediation.platform.UserText;
import jakarta.validation.ConstraintValidatorContext;

/**
 * For the constraint validators of requests: they say why in a sentence built from the value (not a fixed
 * message), and every text-like value is first checked as a {@link Text}.
 */
public final class Constraints {

    private Constraints() {
    }

    /** @param problem why the value is refused, or null when it is valid */
    public static boolean valid(String problem, ConstraintValidatorContext context) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // the sentence is a message template: its braces, dollars and backslashes are literal text
        context.buildConstraintViolationWithTemplate(problem.replaceAll("([\\\\{}$])", "\\\\$1"))
                .addConstraintViolation();
        return false;
    }

    /** Why a text (stripped, null when blank) is refused, or null. */
    public static String textProblem(String value, int max, boolean required, boolean multiLine, boolean counted) {
        if (value == null) {
            return required ? ApiProblems.REQUIRED : null;
        }
        if (value.length() > max) {
            return "不能超过" + max + "个字符" + (counted ? "（现有" + value.length() + "个）" : "");
        }
        return UserText.problem(value, multiLine);
    }

    /** The day of an ISO date text ({@code 2026-02-17}), or null when the text is not one. */
    public static LocalDate isoDate(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
