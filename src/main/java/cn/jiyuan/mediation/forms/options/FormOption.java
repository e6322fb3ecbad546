package cn.jiyuan.mediation.forms.options;

/**
 * One choice of a select, radio, checklist or taglist whose options the platform supplies. An option with a
 * {@code parent} belongs to the value {@code parent} of the field {@code parentField} (a village to its town): the
 * form shows it only then, by FEEL on the list, e.g. {@code =villageOptions[item.parent = townCode]} (the attribute
 * is not named after the field, since inside a FEEL filter an item's attribute hides a variable of the same name),
 * and a submission is accepted only then. An option that {@code storesNull} is an explicit "none" (the town
 * committee instead of a village): the variable is stored empty, since an empty select cannot be told from a
 * forgotten one. An option {@code preselected} is the field's default for the user the list is made for.
 */
public record FormOption(String label, String value, String parentField, String parent, boolean storesNull,
                         boolean preselected) {

    /** The attribute holding the parent in the list as the forms read it. */
    public static final String PARENT = "parent";

    /** An option that is not the field's default. */
    public FormOption(String label, String value, String parentField, String parent, boolean storesNull) {
        this(label, value, parentField, parent, storesNull, false);
    }

    public static FormOption of(String label, String value) {
        return new FormOption(label, value, null, null, false);
    }

    /**
     * An option the form proposes for this user: the field's default when the form is opened (e.g. a mediation room
     * stationed at a police station registers 警调对接 cases). The user may pick another option of the list.
     */
    public static FormOption preselected(String label, String value) {
        return new FormOption(label, value, null, null, false, true);
    }

    /** Whether the option may be picked with these values of the other fields. */
    boolean fits(java.util.function.Function<String, String> valueOf) {
        return parentField == null || parent.equals(valueOf.apply(parentField));
    }
}
