package cn.jiyuan.mediation.platform.request;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;

/**
 * The bad fields of one request, collected while it is read and validated, so that the client learns about all
 * of them at once. A field is named once: the first problem found with it is the one reported.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        if (!has(field)) {
            errors.add(new FieldError(field, message));
        }
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** Whether the field or anything inside it ({@code parties} for {@code parties[1].name}) was named. */
    public boolean hasWithin(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "[")
                || e.field().startsWith(field + "."));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** Orders the errors by their fields (see {@link Requests#order}). */
    public void sort(Comparator<String> fieldOrder) {
        errors.sort(Comparator.comparing(FieldError::field, fieldOrder));
    }

    /** @throws InvalidRequestException naming every bad field, if there is one */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
