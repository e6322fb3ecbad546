package cn.jiyuan.mediation.forms;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the values Camunda Forms submit (strings, numbers, booleans, dates as "yyyy-MM-dd", checklists). */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A date picked in a form means that day in Jiyuan (the cases' time zone too). */
    private static final ZoneId DATE_ZONE = ZoneId.of("Asia/Shanghai");

    private FormValues() {
    }

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    public static Integer integer(Object value, String label) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return (int) Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new FormInputException(label + "必须是数字");
        }
    }

    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : "true".equalsIgnoreCase(text(value));
    }

    public static LocalDate date(Object value, String label) {
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(DATE_ZONE).toLocalDate();
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new FormInputException(label + "不是有效日期（年-月-日）");
        }
    }

    /** A checklist: a JSON array (Spin or text), a collection, or comma-separated text. */
    public static List<String> list(Object value) {
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> items.add(String.valueOf(v)));
            return items;
        }
        String text = value.toString().strip();
        if (text.startsWith("[")) {
            try {
                for (JsonNode node : JSON.readTree(text)) {
                    items.add(node.asText());
                }
                return items;
            } catch (Exception e) {
                // fall through: treat as text
            }
        }
        for (String part : text.split("[,，、]")) {
            if (!part.isBlank()) {
                items.add(part.strip());
            }
        }
        return items;
    }
}
