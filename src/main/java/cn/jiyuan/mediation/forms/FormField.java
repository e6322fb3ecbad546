package cn.jiyuan.mediation.forms;

import java.util.List;
import java.util.Set;

/**
 * One data field of a Camunda Form: its key (the variable it binds), its component type, whether the user
 * may change it, for a dynamic list the fields of each item, and whether the form marks it as personal data
 * (custom property {@code personalData: "true"}, for picked values such as a party's sex or birth date).
 */
public record FormField(String key, String type, boolean readonly, List<FormField> items, boolean personalData) {

    /** Component types whose value a user types freely (may hold names, phone numbers, anything). */
    private static final Set<String> FREE_TEXT = Set.of("textfield", "textarea", "dynamiclist");

    public FormField {
        items = List.copyOf(items);
    }

    public FormField(String key, String type, boolean readonly, List<FormField> items) {
        this(key, type, readonly, items, false);
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
