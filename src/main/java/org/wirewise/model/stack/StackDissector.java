package org.wirewise.model.stack;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.packet.Dissector;
import org.wirewise.model.packet.Field;

/**
 * The dissector as the stack lessons use it (TLS records are one of the registered payload
 * dissectors, see {@link org.wirewise.model.packet.Payloads}), and ways to find and cut its tree.
 */
public final class StackDissector {

    private StackDissector() {
    }

    public static Field dissect(byte[] frame) {
        return Dissector.dissect(frame);
    }

    /** The first field named {@code name} anywhere in the tree, depth first, or null. */
    public static Field find(Field root, String name) {
        if (root.name().equals(name)) {
            return root;
        }
        for (Field child : root.children()) {
            Field found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The part of a dissection from byte {@code from} on, as if the frame started there: layers
     * that end before it are dropped, offsets move down by {@code from}. Used to show a frame as it
     * grows down the stack or shrinks up it.
     */
    public static Field slice(Field root, int from) {
        List<Field> kept = new ArrayList<>();
        for (Field layer : root.children()) {
            if (layer.offset() >= from) {
                kept.add(shift(layer, from));
            }
        }
        return new Field(root.name(), (root.length() - from) + " bytes", 0, root.length() - from, kept);
    }

    private static Field shift(Field f, int by) {
        return new Field(f.name(), f.value(), f.offset() - by, f.length(),
                f.children().stream().map(c -> shift(c, by)).toList());
    }
}
