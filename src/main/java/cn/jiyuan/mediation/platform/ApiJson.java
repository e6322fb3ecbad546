package cn.jiyuan.mediation.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads JSON sent to the project's API strictly and answers what it cannot read with the field named, in
 * Chinese ({@link InvalidRequestException}): numbers are read exactly ({@code 1e-999999999} is not rounded to 0,
 * {@code 1e999999999} not to infinity; the readers judge them), nesting, tokens (huge arrays), digits and field
 * names are bounded, a field given twice or anything after the JSON value is refused. The encoding is UTF-8,
 * decoded strictly: invalid bytes are refused, never replaced.
 */
public class ApiJson {

    static final int MAX_NESTING_DEPTH = 20;
    static final int MAX_NUMBER_DIGITS = 64;
    static final int MAX_NAME_LENGTH = 200;
    static final long MAX_TOKENS = 20_000;

    private final ObjectMapper mapper;

    /** @param bootMapper Spring Boot's mapper, copied (its configuration for writing is kept) and hardened */
    public ApiJson(ObjectMapper bootMapper) {
        ObjectMapper m = bootMapper.copy();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH).maxNumberLength(MAX_NUMBER_DIGITS)
                .maxNameLength(MAX_NAME_LENGTH).maxTokenCount(MAX_TOKENS).build());
        m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.mapper = m;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** A body read only after the caller has checked who sends it: null when empty. */
    public JsonNode readTree(byte[] body) {
        if (blank(body)) {
            return null;
        }
        return (JsonNode) parse(body, mapper.constructType(JsonNode.class));
    }

    /**
     * Refuses a body declared in another charset than UTF-8 (JSON's own, RFC 8259).
     *
     * @throws UnsupportedBodyEncodingException answered 415
     */
    public static void requireUtf8(MediaType contentType) {
        if (contentType != null && contentType.getCharset() != null
                && !StandardCharsets.UTF_8.equals(contentType.getCharset())) {
            throw new UnsupportedBodyEncodingException();
        }
    }

    private static boolean blank(byte[] body) {
        if (body != null) {
            for (byte b : body) {
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return false;
                }
            }
        }
        return true;
    }

    /** @throws InvalidRequestException naming the field (or the body) that cannot be read */
    public Object read(InputStream body, JavaType type) throws IOException {
        return parse(body.readAllBytes(), type); // the request guard bounds the size
    }

    private Object parse(byte[] body, JavaType type) {
        String text = utf8(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                return mapper.readerFor(type).readValue(parser);
            } catch (StreamConstraintsException e) {
                throw refused(parser, constraint(e));
            } catch (NumberFormatException | ArithmeticException e) {
                throw refused(parser, "数值超出允许范围");
            } catch (JsonParseException e) {
                if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
                    throw refused(parser, "字段重复出现");
                }
                throw new InvalidRequestException(List.of(new ApiProblemHandler.FieldError("(body)",
                        "不是完整、有效的 JSON（须为 UTF-8 编码）" + where(e.getLocation()))));
            } catch (JsonMappingException e) {
                throw new InvalidRequestException(List.of(new ApiProblemHandler.FieldError(path(e),
                        "格式不正确：请求体须为 JSON 对象，各项为约定的类型")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown when reading from a string
        }
    }

    /**
     * The body as text, decoded strictly: invalid, overlong or surrogate encodings, which Jackson's own decoder
     * lets through (e.g. C0 AF for "/"), are refused, never replaced.
     */
    private static String utf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidRequestException(List.of(new ApiProblemHandler.FieldError("(body)",
                    "不是有效的 UTF-8 编码（第" + (in.position() + 1) + "个字节），请以 UTF-8 编码提交")));
        }
        return out.flip().toString();
    }

    private static String constraint(StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("NestingDepth")) {
            return "嵌套层数过多（最多" + MAX_NESTING_DEPTH + "层）";
        }
        if (message.contains("NumberLength")) {
            return "数字位数过多（最多" + MAX_NUMBER_DIGITS + "位）";
        }
        if (message.contains("NameLength")) {
            return "字段名过长";
        }
        if (message.contains("TokenCount")) {
            return "数据项过多（如数组过长）";
        }
        return "内容超出允许的范围";
    }

    /** The field the parser was at when it gave up, as {@code parties[1].name}; the whole body for deep nesting. */
    private static InvalidRequestException refused(JsonParser parser, String message) {
        String field = "(body)";
        if (parser.getParsingContext() != null && parser.getParsingContext().getNestingDepth() <= 4) {
            field = field(parser.getParsingContext().pathAsPointer());
        }
        return new InvalidRequestException(List.of(new ApiProblemHandler.FieldError(field, message)));
    }

    static String field(JsonPointer pointer) {
        StringBuilder field = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.getMatchingIndex() >= 0) {
                field.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                String name = p.getMatchingProperty();
                if (UserText.quote(name).isEmpty()) {
                    return field.isEmpty() ? "(body)" : field.toString();
                }
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.isEmpty() ? "(body)" : field.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                field.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null && !UserText.quote(r.getFieldName()).isEmpty()) {
                field.append(field.isEmpty() ? "" : ".").append(r.getFieldName());
            } else {
                break;
            }
        }
        return field.isEmpty() ? "(body)" : field.toString();
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "，问题在第" + location.getLineNr() + "行第" + Math.max(1, location.getColumnNr()) + "列附近";
    }
}
