package org.wirewise.model.stack;

import java.util.List;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;

/**
 * A layer of a frame as the encapsulation lesson shows it: its OSI number, protocol, how many
 * bytes it takes in the frame on display and the dissector layer that covers those bytes.
 */
record StackLayer(String layer, String protocol, int bytes, String field, String key) {

    public static final TableKey TABLE_ID = TableKey.of("layers");
    static final List<String> COLUMNS = List.of("Layer", "Protocol", "Bytes", "Field", "Key field");

    static final String ETHERNET_FIELD = "Ethernet II";
    static final String TCP_FIELD = "Transmission Control Protocol";
    static final String TLS_FIELD = "Transport Layer Security";
    static final String HTTP_FIELD = "Hypertext Transfer Protocol";

    static String ipField(IpVersion v) {
        return v == IpVersion.IPV4 ? "Internet Protocol Version 4" : "Internet Protocol Version 6";
    }

    /**
     * The frame on display: outermost first, as the bytes go on the wire. Layers whose protocol
     * starts with {@code highlightedProtocol} are highlighted (TLS: its header and its trailer).
     */
    static FrameLayers frame(List<StackLayer> layers, String highlightedProtocol) {
        return new FrameLayers("Frame on display, outermost header first", layers.stream()
                .map(l -> new FrameLayers.Layer(l.layer, l.protocol, l.bytes, l.field, l.key,
                        !highlightedProtocol.isEmpty() && l.protocol().startsWith(highlightedProtocol)))
                .toList());
    }

    /** The frame as the layers table shows it. */
    static Table table(FrameLayers frame) {
        return new Table(TABLE_ID, frame.title(), COLUMNS, frame.layers().stream()
                .map(l -> new Table.Row(List.of(l.osiLayer(), l.protocol(), Integer.toString(l.bytes()), l.field(),
                        l.keyField()), l.highlighted()))
                .toList());
    }
}
