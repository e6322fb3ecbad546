package cn.jiyuan.mediation.forms.options;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.forms.FormDefinition;
import cn.jiyuan.mediation.forms.FormField;

/**
 * The option lists of the forms ({@link FormOptionSource}): which lists a form uses and as what a user may pick
 * from, in the three places the engine API guard needs them: as form variables ({@code …/form-variables}), inlined
 * into the form schema ({@code …/deployed-form}, {@code …/deployed-start-form}; Tasklist loads no variables for a
 * start form), and as the check of a submission (a value must be one of the user's options, and match the fields
 * it depends on).
 */
@Component
public class FormOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<FormOptionSource> sources;
    private final Set<String> keys;

    public FormOptions(List<FormOptionSource> sources) {
        this.sources = List.copyOf(sources);
        Set<String> all = new TreeSet<>();
        sources.forEach(s -> all.addAll(s.keys()));
        this.keys = Set.copyOf(all);
    }

    /** The names of every list supplied: never a variable of the engine. */
    public Set<String> keys() {
        return keys;
    }

    /** The lists the form uses, as this user may pick from them; empty when it uses none. */
    public Map<String, List<FormOption>> of(FormDefinition form, Collection<String> groups) {
        Map<String, List<FormOption>> lists = new LinkedHashMap<>();
        if (form == null) {
            return lists;
        }
        for (FormOptionSource source : sources) {
            if (source.keys().stream().noneMatch(form::usesOptions)) {
                continue;
            }
            source.options(groups).forEach((key, options) -> {
                if (form.usesOptions(key)) {
                    lists.put(key, options);
                }
            });
        }
        return lists;
    }

    /** A list as the forms read it: {@code [{label, value, parent?}]}. */
    public static ArrayNode json(List<FormOption> options) {
        ArrayNode list = JSON.createArrayNode();
        for (FormOption option : options) {
            ObjectNode item = list.addObject();
            item.put("label", option.label());
            item.put("value", option.value());
            if (option.parentField() != null) {
                item.put(FormOption.PARENT, option.parent());
            }
        }
        return list;
    }

    // ------------------------------------------------------------------ the schema

    /**
     * The form schema with the lists written into it: a field's {@code valuesKey} becomes its {@code values}, and
     * a list named in a {@code valuesExpression} becomes a FEEL list literal there. A required select or radio
     * with a single option gets it as its default, a field whose list has a preselected option gets that one.
     */
    public JsonNode inline(JsonNode schema, Map<String, List<FormOption>> lists) {
        if (lists.isEmpty() || !(schema instanceof ObjectNode)) {
            return schema;
        }
        JsonNode copy = schema.deepCopy();
        inlineComponents(copy.path("components"), lists);
        return copy;
    }

    private static void inlineComponents(JsonNode components, Map<String, List<FormOption>> lists) {
        for (JsonNode node : components) {
            if (!(node instanceof ObjectNode component)) {
                continue;
            }
            String valuesKey = component.path("valuesKey").asText(null);
            if (valuesKey != null && lists.containsKey(valuesKey)) {
                List<FormOption> options = lists.get(valuesKey);
                ArrayNode values = component.putArray("values");
                options.forEach(o -> values.addObject().put("label", o.label()).put("value", o.value()));
                component.remove("valuesKey");
                String type = component.path("type").asText();
                if (options.size() == 1 && (type.equals("select") || type.equals("radio"))
                        && component.path("validate").path("required").asBoolean(false)
                        && !component.has("defaultValue")) {
                    component.put("defaultValue", options.get(0).value());
                }
                options.stream().filter(FormOption::preselected).findFirst()
                        .filter(o -> !component.has("defaultValue"))
                        .ifPresent(o -> component.put("defaultValue", o.value()));
            }
            String expression = component.path("valuesExpression").asText(null);
            if (expression != null) {
                for (Map.Entry<String, List<FormOption>> list : lists.entrySet()) {
                    expression = expression.replaceAll("\\b" + Pattern.quote(list.getKey()) + "\\b",
                            Matcher.quoteReplacement(feelList(list.getValue())));
                }
                component.put("valuesExpression", expression);
            }
            if (component.has("components")) {
                inlineComponents(component.path("components"), lists);
            }
        }
    }

    /** A FEEL list of contexts, e.g. {@code [{label: "东许村", value: "419001100201", parent: "419001100"}]}. */
    static String feelList(List<FormOption> options) {
        StringBuilder feel = new StringBuilder("[");
        for (FormOption option : options) {
            if (feel.length() > 1) {
                feel.append(", ");
            }
            feel.append("{label: ").append(feelString(option.label())).append(", value: ")
                    .append(feelString(option.value()));
            if (option.parentField() != null) {
                feel.append(", ").append(FormOption.PARENT).append(": ").append(feelString(option.parent()));
            }
            feel.append('}');
        }
        return feel.append(']').toString();
    }

    private static String feelString(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    // ------------------------------------------------------------------ the form's variables

    /**
     * Adds the lists to a form's variables ({@code …/form-variables}) as JSON variables, and shows a stored
     * "none" as the explicit choice it was (a village left out on purpose is the town committee's option).
     *
     * @param wanted the variables the caller asked for, or null for all
     */
    public void addTo(ObjectNode variables, FormDefinition form, Map<String, List<FormOption>> lists,
                      Collection<String> wanted) {
        lists.forEach((key, options) -> {
            if (wanted != null && !wanted.contains(key)) {
                return;
            }
            ObjectNode variable = variables.putObject(key);
            variable.put("type", "Json");
            variable.put("value", json(options).toString());
            variable.putObject("valueInfo");
        });
        for (FormField field : form.fields().values()) {
            JsonNode stored = variables.get(field.key());
            if (stored == null || !stored.path("value").isNull()) {
                continue;
            }
            listOf(field, lists).flatMap(options -> options.stream()
                    .filter(o -> o.storesNull() && o.fits(name -> text(variables.get(name)))).findFirst())
                    .ifPresent(none -> {
                        ObjectNode variable = variables.putObject(field.key());
                        variable.put("type", "String");
                        variable.put("value", none.value());
                        variable.putObject("valueInfo");
                    });
        }
    }

    // ------------------------------------------------------------------ a submission

    /**
     * Checks the submitted variables of the form's fields that take their options from a list: each value must be
     * one of the user's options and match the fields it depends on; a field whose list has an explicit "none"
     * must be answered (at the start, or when sent on a task). An explicit "none" is stored as null.
     *
     * @param variables the submission's variables, changed in place
     * @return the refusal in Chinese, naming the field; empty when accepted
     */
    public Optional<String> check(FormDefinition form, ObjectNode variables, Map<String, List<FormOption>> lists,
                                  boolean start) {
        for (FormField field : form.fields().values()) {
            Optional<List<FormOption>> list = listOf(field, lists);
            if (list.isEmpty()) {
                continue;
            }
            List<FormOption> options = list.get();
            boolean explicitNone = options.stream().anyMatch(FormOption::storesNull);
            JsonNode submitted = variables.get(field.key());
            List<String> values = values(submitted);
            if (values.isEmpty()) {
                if (explicitNone && (start || submitted != null)) {
                    return Optional.of("请选择“" + field.displayName() + "”（不涉及具体" + field.displayName()
                            + "的，请选“" + options.stream().filter(FormOption::storesNull).findFirst().get().label()
                            + "”）");
                }
                continue;
            }
            for (String value : values) {
                List<FormOption> same = options.stream().filter(o -> o.value().equals(value)).toList();
                if (same.isEmpty()) {
                    return Optional.of("“" + field.displayName() + "”只能从列表中选择，“" + value + "”不在您可选的范围内");
                }
                Optional<FormOption> match = same.stream()
                        .filter(o -> o.fits(name -> text(variables.get(name)))).findFirst();
                if (match.isEmpty()) {
                    FormOption any = same.get(0);
                    String parent = form.field(any.parentField()).map(FormField::displayName).orElse(any.parentField());
                    return Optional.of("“" + field.displayName() + "”的“" + any.label() + "”不属于所选的" + parent);
                }
                if (match.get().storesNull()) {
                    ObjectNode none = variables.putObject(field.key());
                    none.putNull("value");
                    none.put("type", "Null");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<List<FormOption>> listOf(FormField field, Map<String, List<FormOption>> lists) {
        return lists.entrySet().stream().filter(l -> field.optionsFrom(l.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }

    /** The text of a submitted {value, type} (null when absent or empty). */
    private static String text(JsonNode variable) {
        if (variable == null || variable.path("value").isNull() || variable.path("value").isMissingNode()) {
            return null;
        }
        String text = variable.path("value").asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The picked values: one for a select or radio, several for a checklist (a JSON list, maybe as text). */
    private static List<String> values(JsonNode variable) {
        List<String> values = new ArrayList<>();
        if (variable == null) {
            return values;
        }
        JsonNode value = variable.path("value");
        if (value.isTextual() && value.asText().strip().startsWith("[")) {
            try {
                value = JSON.readTree(value.asText());
            } catch (IOException e) {
                values.add(value.asText());
                return values;
            }
        }
        if (value.isArray()) {
            value.forEach(v -> values.add(v.isValueNode() ? v.asText() : v.toString()));
        } else if (!value.isNull() && !value.isMissingNode() && !value.asText().isBlank()) {
            values.add(value.asText().strip());
        }
        return values;
    }
}
