package org.wirewise.model.stack;

import java.util.List;
import org.wirewise.model.trace.Table;

/**
 * A layer of a frame as the encapsulation lesson shows it: its OSI number, protocol, how many
 * bytes it takes in the frame on display and the dissector layer that covers those bytes.
 */
record StackLayer(String layer, String protocol, int bytes, String field, String key) {

    static final String TABLE_ID = "layers";
    static final List<String> COLUMNS = List.of("Layer", "Protocol", "Bytes", "Field", "Key field");

    static final String ETHERNET_FIELD = "Ethernet II";
    static final String TCP_FIELD = "Transmission Control Protocol";
    static final String TLS_FIELD = "Transport Layer Security";
    static final String HTTP_FIELD = "Hypertext Transfer Protocol";

    static String ipField(IpVersion v) {
        return v == IpVersion.IPV4 ? "Internet Protocol Version 4" : "Internet Protocol Version 6";
    }

    Table.Row row(boolean highlighted) {
        return new Table.Row(List.of(layer, protocol, Integer.toString(bytes), field, key), highlighted);
    }

    /**
     * The layers table: outermost first, as the bytes go on the wire. Rows whose protocol starts
     * with {@code highlightedProtocol} are highlighted (TLS: its header and its trailer).
     */
    static Table table(List<StackLayer> layers, String highlightedProtocol) {
        return new Table(TABLE_ID, "Frame on display, outermost header first", COLUMNS, layers.stream()
                .map(l -> l.row(!highlightedProtocol.isEmpty() && l.protocol().startsWith(highlightedProtocol)))
                .toList());
    }
}
