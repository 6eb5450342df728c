package org.wirewise.model.stack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirewise.model.trace.Fact;

/**
 * The frame on display, outermost header first, as the encapsulation lesson draws it: each layer's
 * size and the dissector layer and field that cover it, with the layers the step is about marked.
 *
 * @param title  heading for the picture
 * @param layers outermost first, as the bytes go on the wire
 */
public record FrameLayers(String title, List<Layer> layers) implements Fact {

    public FrameLayers {
        Objects.requireNonNull(title, "title");
        layers = List.copyOf(layers);
    }

    /**
     * One layer.
     *
     * @param osiLayer    its OSI number(s) as shown ("4", "1-2")
     * @param protocol    its name ("TCP", "TLS record header")
     * @param bytes       bytes it takes in the frame
     * @param field       the dissector layer that covers it ("Transmission Control Protocol")
     * @param keyField    the field of that layer a reader looks at first, or ""
     * @param highlighted whether the step is about this layer
     * @param captured    whether its bytes are in the capture (the physical layer's preamble is not)
     */
    public record Layer(String osiLayer, String protocol, int bytes, String field, String keyField,
                        boolean highlighted, boolean captured) {
    }

    /** The outermost layer (the first on the wire). */
    public Layer outermost() {
        return layers.get(0);
    }

    /** The first layer the step is about, if any. */
    public Optional<Layer> highlighted() {
        return layers.stream().filter(Layer::highlighted).findFirst();
    }

    public int totalBytes() {
        return layers.stream().mapToInt(Layer::bytes).sum();
    }
}
