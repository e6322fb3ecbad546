package cn.jiyuan.mediation.forms;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A deployed Camunda Form (forms/*.form) reduced to what the platform checks: its data fields by key. */
public record FormDefinition(String id, Map<String, FormField> fields) {

    public FormDefinition {
        // in the form's order: checks report the first field a user meets
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public Optional<FormField> field(String key) {
        return Optional.ofNullable(fields.get(key));
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
