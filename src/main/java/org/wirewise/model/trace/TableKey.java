package org.wirewise.model.trace;

import java.util.Objects;

/**
 * Names a table a view shows, as a constant the model defines and the view imports, so model and
 * view never share a bare string. The id is what exports print.
 */
public record TableKey(String id) {

    public TableKey {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a table key needs an id");
        }
    }

    public static TableKey of(String id) {
        return new TableKey(id);
    }
}
