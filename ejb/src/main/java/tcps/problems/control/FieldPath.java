package tcps.problems.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/**
 * The field a Bean Validation violation is about, named as a client wrote it: {@code description},
 * {@code stages[2].name}, {@code details[build]} for a map's value and {@code details (a key)} for one of its keys.
 * The validator's own path also names the method and parameter that took the value, and container elements as
 * {@code <map key>}, which mean nothing to a client.
 */
public final class FieldPath {

    private FieldPath() {}

    public static String of(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        String parameter = null; // a query or path parameter is the field itself; a body's fields follow it
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY -> {
                    position(name, node);
                    name.append(name.isEmpty() ? "" : ".").append(node.getName());
                }
                case CONTAINER_ELEMENT -> {
                    if (name.isEmpty() && parameter != null) {
                        name.append(parameter);
                    }
                    if ("<map key>".equals(node.getName())) {
                        name.append(" (a key)"); // the key itself may be what is wrong: blank, or too long to repeat
                    } else {
                        position(name, node);
                    }
                }
                default -> {} // the method, its return value, class-level constraints: no field of their own
            }
        }
        if (!name.isEmpty()) {
            return name.toString();
        }
        return parameter == null ? "body" : parameter;
    }

    // A node inside a list or map carries its place in the container the path named just before it
    private static void position(StringBuilder name, Path.Node node) {
        if (!node.isInIterable()) {
            return;
        }
        if (node.getIndex() != null) {
            name.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            name.append('[').append(node.getKey()).append(']');
        }
    }
}
