package cn.jiyuan.mediation.forms;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A deployed Camunda Form (forms/*.form) reduced to what the platform checks: its data fields by key. */
public record FormDefinition(String id, Map<String, FormField> fields) {

    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)(\\[\\d+])?");

    public FormDefinition {
        // in the form's order: checks report the first field a user meets
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public Optional<FormField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /**
     * The id Tasklist's page names a field by: the component's id, and for a field of a dynamic list's row
     * ({@code disputes[1].peopleInvolved}) the row's copy of it, {@code <id>_1}, as form-js numbers them.
     */
    public Optional<String> componentId(String path) {
        Matcher row = ROW_FIELD.matcher(path);
        if (row.matches()) {
            return field(row.group(1)).flatMap(list -> list.items().stream()
                    .filter(item -> item.key().equals(row.group(3))).findFirst())
                    .map(item -> item.id() + "_" + row.group(2));
        }
        return field(path).map(FormField::id);
    }

    /**
     * The input field a message to the user is about, found by its label: the label named first in the message
     * (of two starting at the same place, the longer: "调解情况说明" rather than "调解情况"). A label that several
     * fields share (the applicant's and the respondent's "姓名") names none of them.
     */
    public Optional<FormField> fieldNamedIn(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Map<String, Long> shared = fields.values().stream().filter(f -> f.label() != null)
                .collect(Collectors.groupingBy(FormField::label, Collectors.counting()));
        FormField best = null;
        int bestAt = Integer.MAX_VALUE;
        for (FormField f : fields.values()) {
            if (f.readonly() || f.label() == null || shared.get(f.label()) > 1) {
                continue;
            }
            int at = message.indexOf(f.label());
            if (at >= 0 && (at < bestAt || (at == bestAt && f.label().length() > best.label().length()))) {
                best = f;
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The keys a user may submit: every field that is not read-only. */
    public Set<String> inputKeys() {
        return fields.values().stream().filter(f -> !f.readonly()).map(FormField::key).collect(Collectors.toSet());
    }

    /** Whether a field of the form, or of an item of its dynamic lists, takes its options from this list. */
    public boolean usesOptions(String optionsKey) {
        return fields.values().stream().anyMatch(f -> f.optionsFrom(optionsKey)
                || f.items().stream().anyMatch(i -> i.optionsFrom(optionsKey)));
    }

    /** Keys shown read-only: filled by the platform, never taken back from a submission. */
    public Set<String> readonlyKeys() {
        return fields.values().stream().filter(FormField::readonly).map(FormField::key).collect(Collectors.toSet());
    }
}
