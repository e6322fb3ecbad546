package cn.jiyuan.mediation.caselist;

import java.util.ArrayList;
import java.util.List;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.UserText;

/**
 * What the user asks of the list: a search text (case number, party name or phone), only the cases they
 * registered, and a page (from 0).
 *
 * @param phoneDigits the search text as a phone number (digits only, at least 4), or null when it is not one
 */
record CaseSearch(String text, String phoneDigits, boolean registeredByMe, int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 50;

    /** Reads and checks the parameters; every bad one is named in Chinese. */
    static CaseSearch of(String q, String registeredByMe, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null) {
            String problem = UserText.problem(text, false);
            if (problem != null) {
                errors.add(new FieldError("q", problem));
            } else if (text.length() > MAX_TEXT) {
                errors.add(new FieldError("q", "搜索内容不能超过" + MAX_TEXT + "个字符"));
            }
        }
        boolean mine = false;
        if (registeredByMe != null && !registeredByMe.isBlank()) {
            if (registeredByMe.equals("true")) {
                mine = true;
            } else if (!registeredByMe.equals("false")) {
                errors.add(new FieldError("registeredByMe", "只能是 true 或 false"));
            }
        }
        int pageNo = number(page, "page", 0, 0, 100_000, errors);
        int pageSize = number(size, "size", DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String digits = text == null ? null : text.replaceAll("[ -]", "");
        boolean phone = digits != null && digits.length() >= 4 && digits.chars().allMatch(Character::isDigit);
        return new CaseSearch(text, phone ? digits : null, mine, pageNo, pageSize);
    }

    private static int number(String value, String field, int otherwise, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.add(new FieldError(field, "须为" + min + "到" + max + "之间的整数"));
        return otherwise;
    }
}
