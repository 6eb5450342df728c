package org.wirewise.model.stack;

import java.util.List;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;

/**
 * A layer of a frame as the encapsulation lesson shows it: its OSI number, protocol, how many
 * bytes it takes in the frame on display, the dissector layer that covers those bytes and whether
 * they are in the capture at all.
 */
record StackLayer(String layer, String protocol, int bytes, String field, String key, boolean captured) {

    /** A layer whose bytes are in the capture (all but the physical layer's preamble). */
    StackLayer(String layer, String protocol, int bytes, String field, String key) {
        this(layer, protocol, bytes, field, key, true);
    }

    public static final TableKey TABLE_ID = TableKey.of("layers");
    /** The layers table's columns, as keys of their headings in the bundle. */
    private static final List<String> COLUMNS = List.of("layer", "protocol", "bytes", "field", "key");

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
    static FrameLayers frame(EncapsulationTexts w, List<StackLayer> layers, String highlightedProtocol) {
        return new FrameLayers(w.get("frame.title"), layers.stream()
                .map(l -> new FrameLayers.Layer(l.layer, l.protocol, l.bytes, l.field, l.key,
                        !highlightedProtocol.isEmpty() && l.protocol().startsWith(highlightedProtocol),
                        l.captured))
                .toList());
    }

    /** The frame as the layers table shows it. */
    static Table table(EncapsulationTexts w, FrameLayers frame) {
        return new Table(TABLE_ID, frame.title(), COLUMNS.stream().map(c -> w.get("table.layers." + c)).toList(),
                frame.layers().stream()
                .map(l -> new Table.Row(List.of(l.osiLayer(), l.protocol(), Integer.toString(l.bytes()), l.field(),
                        w.fieldName(l.keyField())), l.highlighted()))
                .toList());
    }
}
