package cn.jiyuan.mediation.forms;

import java.util.List;
import java.util.Set;

/**
 * One data field of a Camunda Form: its key (the variable it binds), its component type, whether the user
 * may change it, and for a dynamic list the fields of each item; its component id (Tasklist's page names the
 * field's elements by it) and the label the user reads (null when it has none); where a select, radio, checklist
 * or taglist takes its options from when the platform supplies them ({@code valuesKey}, or a FEEL
 * {@code valuesExpression} such as {@code =villageOptions[item.parent = townCode]}); whether the form marks it as
 * personal data (custom property {@code personalData: "true"}, for picked values such as a party's sex or birth
 * date).
 */
public record FormField(String key, String type, boolean readonly, List<FormField> items, String id, String label,
                        String optionsKey, String optionsExpression, boolean personalData) {

    /** Component types whose value a user types freely (may hold names, phone numbers, anything). */
    private static final Set<String> FREE_TEXT = Set.of("textfield", "textarea", "dynamiclist");

    public FormField {
        items = List.copyOf(items);
        id = id == null ? key : id;
    }

    public FormField(String key, String type, boolean readonly, List<FormField> items) {
        this(key, type, readonly, items, key, null);
    }

    public FormField(String key, String type, boolean readonly, List<FormField> items, String id, String label) {
        this(key, type, readonly, items, id, label, null, null, false);
    }

    public FormField(String key, String type, boolean readonly, List<FormField> items, String label,
                     String optionsKey, String optionsExpression) {
        this(key, type, readonly, items, key, label, optionsKey, optionsExpression, false);
    }

    /** Whether the field's options are the list named {@code optionsKey}, directly or filtered by FEEL. */
    public boolean optionsFrom(String optionsKey) {
        return optionsKey.equals(this.optionsKey) || (optionsExpression != null
                && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(optionsKey) + "\\b")
                        .matcher(optionsExpression).find());
    }

    /** The label for a message to the user: the form's own, else the key. */
    public String displayName() {
        return label == null || label.isBlank() ? key : label;
    }

    /** A value typed by the user rather than picked from a list: kept out of engine history. */
    public boolean freeText() {
        return FREE_TEXT.contains(type);
    }

    /** Kept out of engine history: typed freely, or marked as personal data by the form. */
    public boolean personal() {
        return freeText() || personalData;
    }
}
