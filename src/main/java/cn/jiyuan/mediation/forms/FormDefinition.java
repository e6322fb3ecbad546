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
