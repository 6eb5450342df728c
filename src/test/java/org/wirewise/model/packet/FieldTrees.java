package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test helpers for dissection trees. */
final class FieldTrees {

    private FieldTrees() {
    }

    /** The root's direct child (a layer) with this name. */
    static Field layer(Field root, String name) {
        return root.children().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no layer \"" + name + "\" in " + names(root)));
    }

    /** The first direct child with this name. */
    static Field child(Field parent, String name) {
        return find(parent, name).orElseThrow(() -> new AssertionError("no field \"" + name + "\" in "
                + parent.name() + ": " + names(parent)));
    }

    static Optional<Field> find(Field parent, String name) {
        return parent.children().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    static List<String> names(Field parent) {
        return parent.children().stream().map(Field::name).toList();
    }

    static List<Field> all(Field root) {
        List<Field> fields = new ArrayList<>();
        collect(root, fields);
        return fields;
    }

    private static void collect(Field field, List<Field> into) {
        into.add(field);
        field.children().forEach(c -> collect(c, into));
    }

    /**
     * The invariants every dissection keeps: the root spans the frame, every field lies inside its
     * parent and the frame, and siblings come in wire order.
     */
    static void assertWellFormed(Field root, byte[] frame) {
        assertThat(root.offset()).isZero();
        assertThat(root.length()).isEqualTo(frame.length);
        assertInside(root);
    }

    private static void assertInside(Field parent) {
        int previousOffset = parent.offset();
        for (Field child : parent.children()) {
            assertThat(child.offset()).as("%s starts inside %s", child.summary(), parent.name())
                    .isBetween(parent.offset(), parent.end());
            assertThat(child.end()).as("%s ends inside %s", child.summary(), parent.name())
                    .isLessThanOrEqualTo(parent.end());
            assertThat(child.offset()).as("%s in wire order", child.summary()).isGreaterThanOrEqualTo(previousOffset);
            previousOffset = child.offset();
            assertInside(child);
        }
    }
}
