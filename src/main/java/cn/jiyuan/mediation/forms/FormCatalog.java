package cn.jiyuan.mediation.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Camunda Forms of the platform (forms/*.form, deployed with the processes), read once at startup. It
 * answers which variables a task's or a start event's form lets a user submit: the engine API guard accepts
 * exactly those in a task completion, and free-text fields are kept out of engine history.
 */
@Component
public class FormCatalog {

    private static final Set<String> DATA_TYPES = Set.of("textfield", "textarea", "number", "select", "radio",
            "checkbox", "checklist", "taglist", "datetime", "dynamiclist");

    private final Map<String, FormDefinition> forms;

    public FormCatalog() {
        this(load("classpath*:forms/**/*.form"));
    }

    FormCatalog(Map<String, FormDefinition> forms) {
        this.forms = Map.copyOf(forms);
    }

    public Optional<FormDefinition> find(String formId) {
        return Optional.ofNullable(formId == null ? null : forms.get(formId));
    }

    /**
     * The values a user submitted through a form: only the form's own input fields are read from the scope, so
     * that whatever else the process holds is never taken for form input.
     */
    public Map<String, Object> submitted(String formId, org.camunda.bpm.engine.delegate.VariableScope scope) {
        FormDefinition form = find(formId).orElseThrow(() -> new IllegalStateException("no form " + formId));
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : form.inputKeys()) {
            values.put(key, scope.getVariable(key));
        }
        return values;
    }

    public Collection<FormDefinition> all() {
        return forms.values();
    }

    /**
     * Keys of the input fields of the given forms that may hold personal data: free text, and fields the form
     * marks with the custom property {@code personalData} (for the personal-data history filter).
     */
    public Set<String> freeTextKeys(Collection<String> formIds) {
        Set<String> keys = new TreeSet<>();
        for (String formId : formIds) {
            FormDefinition form = find(formId).orElseThrow(() -> new IllegalStateException("no form " + formId));
            form.fields().values().stream().filter(f -> f.personal() && !f.readonly()).map(FormField::key)
                    .forEach(keys::add);
        }
        return keys;
    }

    static Map<String, FormDefinition> load(String pattern) {
        ObjectMapper json = new ObjectMapper();
        Map<String, FormDefinition> forms = new LinkedHashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    FormDefinition form = parse(json.readTree(in));
                    forms.put(form.id(), form);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the forms", e);
        }
        return forms;
    }

    static FormDefinition parse(JsonNode schema) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        collect(schema.path("components"), fields);
        return new FormDefinition(schema.path("id").asText(), fields);
    }

    /** The label a user reads: a date field (subtype date) has its dateLabel instead. */
    private static String label(JsonNode component) {
        String label = component.path("label").asText("");
        if (label.isBlank()) {
            label = component.path("dateLabel").asText("");
        }
        return label.isBlank() ? null : label.strip();
    }

    /** Data fields of a component list; groups without a path of their own are flattened. */
    private static void collect(JsonNode components, Map<String, FormField> into) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if ("dynamiclist".equals(type)) {
                Map<String, FormField> items = new LinkedHashMap<>();
                collect(c.path("components"), items);
                String key = c.path("path").asText(c.path("key").asText());
                into.put(key, new FormField(key, type, c.path("readonly").asBoolean(false),
                        new ArrayList<>(items.values()), c.path("id").asText(key), label(c), null, null, false));
            } else if (DATA_TYPES.contains(type) && c.hasNonNull("key")) {
                String key = c.path("key").asText();
                into.put(key, new FormField(key, type, c.path("readonly").asBoolean(false), List.of(),
                        c.path("id").asText(key), label(c), c.path("valuesKey").asText(null),
                        c.path("valuesExpression").asText(null),
                        c.path("properties").path("personalData").asText("").equals("true")));
            } else if (c.has("components")) {
                collect(c.path("components"), into);
            }
        }
    }
}
