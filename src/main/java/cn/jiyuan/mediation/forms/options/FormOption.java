package cn.jiyuan.mediation.forms.options;

import java.util.Map;

/**
 * One choice of a select, radio, checklist or taglist whose options the platform supplies. {@code filter} holds
 * the fields the option depends on (a village's {@code townCode}): the form shows it only when those fields have
 * these values (by FEEL, e.g. {@code =villageOptions[item.townCode = townCode]}), and a submission is accepted
 * only then. An option that {@code storesNull} is an explicit "none" (the town committee instead of a village):
 * the variable is stored empty, since an empty select cannot be told from a forgotten one.
 */
public record FormOption(String label, String value, Map<String, String> filter, boolean storesNull) {

    public FormOption {
        filter = Map.copyOf(filter);
    }

    public static FormOption of(String label, String value) {
        return new FormOption(label, value, Map.of(), false);
    }
}
