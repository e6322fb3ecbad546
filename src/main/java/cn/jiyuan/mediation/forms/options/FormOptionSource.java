package cn.jiyuan.mediation.forms.options;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Supplies named option lists to the Camunda Forms ({@code valuesKey} / {@code valuesExpression} of a field) from
 * the platform's own sources (the organization registry, the code enums), limited to what the user may pick. The
 * lists are added to a form's variables when it is opened and never stored in the engine.
 */
public interface FormOptionSource {

    /** The names of the lists this source supplies. */
    Set<String> keys();

    /**
     * @param groups the user's groups (committees, justice offices, roles)
     * @return the lists by name as this user may pick from them
     */
    Map<String, List<FormOption>> options(Collection<String> groups);
}
