package cn.jiyuan.mediation.platform;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: answered 400 with every bad field named. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<ApiProblemHandler.FieldError> errors;

    public InvalidRequestException(List<ApiProblemHandler.FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<ApiProblemHandler.FieldError> errors() {
        return errors;
    }
}
