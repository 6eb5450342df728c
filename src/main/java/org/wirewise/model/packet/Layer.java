package org.wirewise.model.packet;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects one protocol layer's fields in wire order while a dissector walks the frame, then
 * becomes the layer's {@link Field}. Keeps the dissectors free of list bookkeeping.
 */
final class Layer {

    private final String name;
    private final int offset;
    private final List<Field> fields = new ArrayList<>();

    Layer(String name, int offset) {
        this.name = name;
        this.offset = offset;
    }

    Layer leaf(String fieldName, String value, int at, int length) {
        fields.add(Field.leaf(fieldName, value, at, length));
        return this;
    }

    Layer add(Field field) {
        fields.add(field);
        return this;
    }

    /** Records why dissection of this layer stopped, covering the bytes it could not explain. */
    Layer malformed(String problem, int at, int end) {
        fields.add(Field.leaf(Dissector.MALFORMED, problem, at, Math.max(end - at, 0)));
        return this;
    }

    Field build(int end) {
        return new Field(name, "", offset, end - offset, fields);
    }
}
