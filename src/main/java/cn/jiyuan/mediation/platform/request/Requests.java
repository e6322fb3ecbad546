package cn.jiyuan.mediation.platform.request;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.UserText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one way requests are read: a JSON body (already parsed strictly by {@code ApiJson}) is bound to a record
 * with Jackson, and the record is validated with Bean Validation (the constraints of this package, whose
 * messages are Chinese). Binding does not stop at the first problem: an unknown field, a value of the wrong
 * type or an object where a list belongs is named ({@code parties[1].phone}) and the field left null, so the
 * answer names every bad field at once; the constraints of a field named while binding are not checked again.
 * Records read from elsewhere (a Tasklist form's variables) are validated the same way with {@link #validate}.
 */
public final class Requests {

    /** The constraints' messages are Chinese sentences built in code: no message bundles, no expressions. */
    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new StrictScalars())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private Requests() {
    }

    /** Binds and validates a body. @throws InvalidRequestException naming every bad field */
    public static <T> T read(JsonNode body, Class<T> type) {
        FieldErrors errors = new FieldErrors();
        T value = bind(body, type, errors);
        validate(value, errors);
        errors.sort(order(type));
        errors.throwIfAny();
        return value;
    }

    /**
     * Binds a body to the record, naming in {@code errors} what does not fit (the field is then null).
     *
     * @throws InvalidRequestException when the body is not a JSON object at all
     */
    public static <T> T bind(JsonNode body, Class<T> type, FieldErrors errors) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new FieldError("(body)", "请求体必须是 JSON 对象")));
        }
        ObjectReader reader = JSON.readerFor(type).withHandler(new Collector(errors));
        try {
            return reader.readValue(body);
        } catch (JsonMappingException e) {
            // what the collector cannot mend (a value Jackson itself refuses): named like ApiJson names it
            errors.add(path(e), "格式不正确：请求体须为 JSON 对象，各项为约定的类型");
            errors.throwIfAny();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree cannot fail to be read", e);
        }
    }

    /**
     * Adds what the record's constraints find to {@code errors}, except for the fields already named; a list that
     * is refused as a whole (too long) is not gone through element by element.
     */
    public static void validate(Object value, FieldErrors errors) {
        if (value == null) {
            return;
        }
        List<FieldError> found = new ArrayList<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(value)) {
            found.add(new FieldError(field(violation.getPropertyPath()), violation.getMessage()));
        }
        found.sort(Comparator.comparing(FieldError::field, order(value.getClass())));
        List<String> named = errors.list().stream().map(FieldError::field).toList();
        for (FieldError error : found) {
            boolean inside = found.stream().anyMatch(e -> error.field().startsWith(e.field() + "["))
                    || named.stream().anyMatch(n -> error.field().startsWith(n + "[") || error.field().startsWith(n + "."));
            if (!inside && !named.contains(error.field())) {
                errors.add(error.field(), error.message());
            }
        }
    }

    /** A text as stored: stripped, null when absent or blank. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** {@code parties[0].name} for the path of a violation. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "(body)" : field.toString();
    }

    /** Fields in the order the record declares them, list elements by index: the answer reads like the request. */
    public static Comparator<String> order(Class<?> root) {
        return Comparator.comparing(field -> rank(root, field), (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = Integer.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        });
    }

    private static List<Integer> rank(Class<?> root, String field) {
        List<Integer> rank = new ArrayList<>();
        Type type = root;
        Matcher m = SEGMENT.matcher(field);
        while (m.find()) {
            if (m.group(2) != null) {
                rank.add(Integer.parseInt(m.group(2)));
                type = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
                continue;
            }
            RecordComponent[] components = type instanceof Class<?> c && c.isRecord() ? c.getRecordComponents()
                    : new RecordComponent[0];
            int index = components.length;
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(m.group(1))) {
                    index = i;
                    type = components[i].getGenericType();
                }
            }
            rank.add(index);
        }
        return rank;
    }

    /** The field a JSON value stands at ({@code parties[1].name}); the enclosing one for an unnameable name. */
    static String field(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        JsonToken token = p.currentToken();
        if (context != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            context = context.getParent(); // the value's own object or array has been entered
        }
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                segments.add(0, c.getCurrentName());
            }
        }
        return join(segments);
    }

    private static String join(List<String> segments) {
        StringBuilder field = new StringBuilder();
        for (String segment : segments) {
            if (segment.startsWith("[")) {
                field.append(segment);
            } else if (UserText.quote(segment).isEmpty()) {
                break;
            } else {
                field.append(field.isEmpty() ? "" : ".").append(segment);
            }
        }
        return field.isEmpty() ? "(body)" : field.toString();
    }

    private static String path(JsonMappingException e) {
        List<String> segments = new ArrayList<>();
        for (JsonMappingException.Reference r : e.getPath()) {
            segments.add(r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : String.valueOf(r.getFieldName()));
        }
        return join(segments);
    }

    /** Names what does not fit and reads on, leaving the field null. */
    private static final class Collector extends DeserializationProblemHandler {

        private final FieldErrors errors;

        Collector(FieldErrors errors) {
            this.errors = errors;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            String field = field(p);
            boolean nameable = !UserText.quote(propertyName).isEmpty() && field.endsWith(propertyName);
            errors.add(field, nameable ? "未知字段" : "含有未知字段");
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            errors.add(field(p), failureMsg != null && failureMsg.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    ? failureMsg : wrongType(targetType.getRawClass()));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                                ValueInstantiator valueInsts, JsonParser p, String msg)
                throws IOException {
            errors.add(field(p), wrongType(instClass));
            p.skipChildren();
            return null;
        }

        private static String wrongType(Class<?> type) {
            if (Collection.class.isAssignableFrom(type)) {
                return "必须是数组";
            }
            return type.isRecord() ? "必须是 JSON 对象" : "格式不正确";
        }
    }
}
