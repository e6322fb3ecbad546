package cn.jiyuan.mediation.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;

/**
 * The query parameters of {@code GET /api/audit}, checked: every bad one is named in one 400 answer, in Chinese.
 * Times are dates ({@code 2026-01-31}: {@code from} at the start of that day, {@code to} at its end, Jiyuan
 * time) or date-times with or without offset ({@code 2026-01-31T08:00:00+08:00}; without offset: Jiyuan time).
 */
final class AuditSearchRequest {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;
    private static final int MAX_PAGE = 1_000_000;

    private AuditSearchRequest() {
    }

    static AuditCriteria validate(String caseRef, String userId, String from, String to, String wayIn, String action,
                                  String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Long caseId = null;
        String caseNumber = null;
        if (caseRef != null) {
            String ref = caseRef.trim();
            if (ref.isEmpty() || ref.length() > 100) {
                errors.add(new FieldError("caseRef", "案件（caseRef）应为案件编号或案号，且不超过100个字符"));
            } else if (ref.chars().allMatch(Character::isDigit) && ref.length() <= 18) {
                caseId = Long.parseLong(ref);
            } else {
                caseNumber = ref;
            }
        }
        String user = null;
        if (userId != null) {
            user = userId.trim();
            if (user.isEmpty() || user.length() > 64) {
                errors.add(new FieldError("userId", "用户（userId）不能为空，且不超过64个字符"));
            }
        }
        OffsetDateTime start = time(from, "from", "开始时间", false, errors);
        OffsetDateTime end = time(to, "to", "结束时间", true, errors);
        if (start != null && end != null && !start.isBefore(end)) {
            errors.add(new FieldError("to", "结束时间（to）应晚于开始时间（from）"));
        }
        WayIn way = choice(wayIn, WayIn.class, "wayIn", "访问途径", errors);
        AuditAction act = choice(action, AuditAction.class, "action", "操作", errors);
        Integer p = number(page, "page", "页码", 0, MAX_PAGE, 0, errors);
        Integer s = number(size, "size", "每页条数", 1, MAX_SIZE, DEFAULT_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new AuditCriteria(caseId, caseNumber, user, start, end, way, act, p, s);
    }

    private static OffsetDateTime time(String value, String field, String label, boolean endOfDay,
                                       List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.matches(".*T.* \\d{2}:\\d{2}$")) {
            // an unencoded '+' of the offset arrives as a space
            int space = v.lastIndexOf(' ');
            v = v.substring(0, space) + "+" + v.substring(space + 1);
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(CaseTime.ZONE).toOffsetDateTime();
            }
            if (v.length() > 19 && (v.endsWith("Z") || v.matches(".*[+-]\\d{2}:\\d{2}$"))) {
                return OffsetDateTime.parse(v);
            }
            return LocalDateTime.parse(v).atZone(CaseTime.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, label + "（" + field + "）应为日期（如 2026-01-31）或时间（如 "
                    + "2026-01-31T08:00:00+08:00）"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type, String field, String label,
                                                List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.trim())) {
                return e;
            }
        }
        errors.add(new FieldError(field, label + "（" + field + "）应为 " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining("、")) + " 之一"));
        return null;
    }

    private static Integer number(String value, String field, String label, int min, int max, int byDefault,
                                  List<FieldError> errors) {
        if (value == null) {
            return byDefault;
        }
        String v = value.trim();
        if (v.matches("\\d{1,9}")) {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        }
        errors.add(new FieldError(field, label + "（" + field + "）应为 " + min + " 到 " + max + " 之间的整数"));
        return null;
    }
}
