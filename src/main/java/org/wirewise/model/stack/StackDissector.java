package org.wirewise.model.stack;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.packet.Dissector;
import org.wirewise.model.packet.Field;

/**
 * The foundation's dissector plus what these lessons add on top of TCP: TLS 1.3 records where a
 * segment's payload starts with one, as Wireshark shows them on port 443.
 */
public final class StackDissector {

    private StackDissector() {
    }

    public static Field dissect(byte[] frame) {
        Field root = Dissector.dissect(frame);
        List<Field> layers = new ArrayList<>(root.children());
        for (int i = 0; i < layers.size(); i++) {
            Field layer = layers.get(i);
            if (layer.name().equals("Data")) {
                List<Field> tls = TlsRecords.dissect(frame, layer.offset(), layer.end());
                if (!tls.isEmpty()) {
                    layers.set(i, tls.get(0));
                }
            }
        }
        return new Field(root.name(), root.value(), root.offset(), root.length(), layers);
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
}
