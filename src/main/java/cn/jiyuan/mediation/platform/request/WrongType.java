package cn.jiyuan.mediation.platform.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a field says, in Chinese, when the JSON value has another type than the field's (a string for a number);
 * without it the type's own sentence ({@code 必须是字符串}, {@code 必须是数字}, …). On a list, it is said of a
 * wrong element, and {@link #list} of a value that is no list at all.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface WrongType {

    String value();

    /** On a list: what a value that is no JSON array says; without it {@code 必须是数组}. */
    String list() default "";
}
