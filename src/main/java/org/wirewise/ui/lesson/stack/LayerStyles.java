package org.wirewise.ui.lesson.stack;

import java.util.Locale;
import java.util.Objects;

/** Style classes that colour a protocol the same way in every stack view, and the shared stylesheet. */
final class LayerStyles {

    static final String STYLESHEET =
            Objects.requireNonNull(LayerStyles.class.getResource("stack.css")).toExternalForm();

    private LayerStyles() {
    }

    /** "layer-tcp", "layer-ip", ... for a protocol name as the model writes it. */
    static String of(String protocol) {
        String p = protocol.toLowerCase(Locale.ROOT);
        if (p.startsWith("ipv") || p.equals("ip") || p.equals("icmp") || p.equals("arp")) {
            return p.equals("arp") ? "layer-ethernet" : "layer-ip";
        }
        if (p.startsWith("http")) {
            return "layer-http";
        }
        if (p.startsWith("tls")) {
            return "layer-tls";
        }
        return switch (p) {
            case "http", "grpc", "websocket", "dns" -> "layer-http";
            case "tls" -> "layer-tls";
            case "tcp", "udp", "quic" -> "layer-tcp";
            case "ethernet", "wi-fi" -> "layer-ethernet";
            default -> "layer-physical";
        };
    }
}
