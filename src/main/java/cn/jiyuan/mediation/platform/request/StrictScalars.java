package cn.jiyuan.mediation.platform.request;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;

/**
 * Strings, booleans and numbers of a request are read only from their own JSON type: Jackson would turn
 * {@code 5} into "5" and "true" into true, and the client would never learn that it sent the wrong type. A
 * value of another type is handed to the reader's problem handler with a Chinese sentence (the field's
 * {@link WrongType}, or the type's own), which names the field and reads on; so is a list that is no JSON array,
 * when its field says so ({@link WrongType#list}).
 */
final class StrictScalars extends SimpleModule {

    StrictScalars() {
        super("strict-scalars");
        addDeserializer(String.class, new Strict<>(String.class, "必须是字符串", Set.of(JsonToken.VALUE_STRING),
                JsonParser::getText));
        addDeserializer(Boolean.class, new Strict<>(Boolean.class, "必须是 true 或 false",
                Set.of(JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE), JsonParser::getBooleanValue));
        addDeserializer(BigDecimal.class, new Strict<>(BigDecimal.class, "必须是数字",
                Set.of(JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT), JsonParser::getDecimalValue));
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                    BeanDescription description,
                                                                    JsonDeserializer<?> deserializer) {
                return new ListOnly(deserializer, null);
            }
        });
    }

    /** A list whose field says what a value that is no array is ({@link WrongType#list}). */
    private static final class ListOnly extends DelegatingDeserializer {

        private final transient String notList;

        ListOnly(JsonDeserializer<?> delegate, String notList) {
            super(delegate);
            this.notList = notList;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ListOnly(delegate, notList);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = super.createContextual(ctxt, property);
            JsonDeserializer<?> delegate = contextual instanceof ListOnly l ? l.getDelegatee() : contextual;
            WrongType said = property == null ? null : property.getAnnotation(WrongType.class);
            return new ListOnly(delegate, said == null || said.list().isEmpty() ? null : said.list());
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (notList != null && !p.isExpectedStartArrayToken()) {
                return ctxt.handleUnexpectedToken(handledType(), p.currentToken(), p, notList);
            }
            return super.deserialize(p, ctxt);
        }
    }

    private interface Value<T> {
        T read(JsonParser p) throws IOException;
    }

    private static final class Strict<T> extends StdScalarDeserializer<T> implements ContextualDeserializer {

        private final transient String wrongType;
        private final transient Set<JsonToken> tokens;
        private final transient Value<T> value;

        Strict(Class<T> type, String wrongType, Set<JsonToken> tokens, Value<T> value) {
            super(type);
            this.wrongType = wrongType;
            this.tokens = tokens;
            this.value = value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && p.getNumberType() == JsonParser.NumberType.DOUBLE
                    && !Double.isFinite(p.getDoubleValue())) {
                // a number read as a double elsewhere (1e999 as infinity): not a number any field takes
                return (T) ctxt.handleUnexpectedToken(handledType(), p.currentToken(), p, "数值超出允许范围");
            }
            if (tokens.contains(p.currentToken())) {
                return value.read(p);
            }
            return (T) ctxt.handleUnexpectedToken(handledType(), p.currentToken(), p, wrongType);
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            WrongType said = property == null ? null : property.getAnnotation(WrongType.class);
            return said == null ? this : new Strict<>((Class<T>) handledType(), said.value(), tokens, value);
        }
    }
}
