package cn.jiyuan.mediation.forms;

import java.util.List;
import java.util.Set;

/**
 * One data field of a Camunda Form: its key (the variable it binds), its component type, whether the user
 * may change it, and for a dynamic list the fields of each item; its component id (Tasklist's page names the
 * field's elements by it) and the label the user reads (null when it has none).
 */
public record FormField(String key, String type, boolean readonly, List<FormField> items, String id, String label) {

    /** Component types whose value a user types freely (may hold names, phone numbers, anything). */
    private static final Set<String> FREE_TEXT = Set.of("textfield", "textarea", "dynamiclist");

    public FormField {
        items = List.copyOf(items);
        id = id == null ? key : id;
    }

    public FormField(String key, String type, boolean readonly, List<FormField> items) {
        this(key, type, readonly, items, key, null);
    }

    /** A value typed by the user rather than picked from a list: kept out of engine history. */
    public boolean freeText() {
        return FREE_TEXT.contains(type);
    }
}
