package cn.jiyuan.mediation.platform;

import java.io.IOException;
import java.lang.reflect.Type;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Spring MVC's JSON converter, reading request bodies through {@link ApiJson} (strict, fields named in Chinese)
 * and only in UTF-8: a body declared in another charset is answered 415 (by this converter, not passed on to
 * Spring's default one, which Spring Boot keeps behind it). Writing is Spring Boot's, unchanged.
 */
public class ApiJsonConverter extends MappingJackson2HttpMessageConverter {

    private final ApiJson json;

    public ApiJsonConverter(ApiJson json) {
        super(json.mapper());
        this.json = json;
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
        ApiJson.requireUtf8(input.getHeaders().getContentType());
        return json.read(input.getBody(), getJavaType(type, contextClass));
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
        ApiJson.requireUtf8(input.getHeaders().getContentType());
        return json.read(input.getBody(), getJavaType(clazz, null));
    }
}
