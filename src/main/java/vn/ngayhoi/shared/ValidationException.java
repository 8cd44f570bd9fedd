package vn.ngayhoi.shared;

import java.util.List;

/**
 * Bad input, answered as 400 with one message per problem. Messages are keys of
 * messages_vi.properties with their arguments, resolved for the caller's locale.
 */
public class ValidationException extends RuntimeException {

    private final List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public static ValidationException of(String field, String messageKey, Object... args) {
        return new ValidationException(List.of(new Problem(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem: the field it concerns (or null for the whole form), a message key, arguments. */
    public record Problem(String field, String messageKey, Object... args) {}
}
