package cn.jiyuan.mediation.online;

import java.util.List;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;

/** An application with bad fields, named with the public request's own field names: 400 with their Chinese labels. */
class PublicInvalidException extends RuntimeException {

    private final transient List<FieldError> errors;

    PublicInvalidException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
