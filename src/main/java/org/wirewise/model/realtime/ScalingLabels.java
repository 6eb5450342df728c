package org.wirewise.model.realtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wirewise.model.http.ws.WsFrame;
import org.wirewise.model.http.ws.WsFrameParser;
import org.wirewise.model.http.ws.WsOpcode;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.transport.TcpStack;

/**
 * A packet's label, read from its bytes: the user it belongs to on the internet side, then the
 * upgrade's request line or status, the RESP command, the WebSocket frames, or the TCP flags.
 */
final class ScalingLabels {

    private ScalingLabels() {
    }

    static String label(ScalingRun.Rec r) {
        TcpSegment seg = TcpStack.segmentIn(r.t().packet());
        Datagram d = Datagram.of(r.t().packet().frame());
        String user = "";
        int at = ScalingNetwork.USER_ADDRESSES.indexOf(d.source().getHostAddress());
        int to = ScalingNetwork.USER_ADDRESSES.indexOf(d.destination().getHostAddress());
        if (at >= 0 || to >= 0) {
            user = ScalingNetwork.USERS.get(Math.max(at, to)) + ": ";
        }
        boolean clientSide = r.from().equals(ScalingSimulator.USERS)
                || r.from().equals(ScalingSimulator.PROXY) && !r.to().equals(ScalingSimulator.USERS);
        String what = payload(seg, clientSide);
        return user + (what.isEmpty() ? TcpFlags.names(seg.flags()) : what);
    }

    /** @param fromClientSide the bytes travel from a WebSocket client towards its server (masked frames) */
    private static String payload(TcpSegment seg, boolean fromClientSide) {
        byte[] p = seg.payload();
        if (p.length == 0) {
            return "";
        }
        String text = new String(p, StandardCharsets.ISO_8859_1);
        if (text.startsWith("GET ")) {
            return text.substring(0, text.indexOf(" HTTP/"));
        }
        if (text.startsWith("HTTP/1.1 ")) {
            return text.substring(9, text.indexOf('\r'));
        }
        if (seg.sourcePort() == Broker.PORT || seg.destinationPort() == Broker.PORT) {
            List<List<String>> values = new Resp().feed(p);
            if (values.isEmpty()) {
                return "RESP";
            }
            List<String> v = values.get(0);
            return v.size() == 1 ? "RESP reply " + v.get(0) : "RESP " + String.join(" ", v.subList(0, 2));
        }
        List<WsFrame> frames = new WsFrameParser(fromClientSide ? WsFrameParser.Sender.CLIENT
                : WsFrameParser.Sender.SERVER).feed(p);
        if (frames.isEmpty()) {
            return p.length + " bytes";
        }
        WsFrame f = frames.get(0);
        String name = f.opcode() == WsOpcode.CLOSE ? "close " + f.closeCode().code()
                : f.opcode().name().toLowerCase(java.util.Locale.ROOT);
        return "WebSocket " + name + (frames.size() > 1 ? " +" + (frames.size() - 1) : "");
    }
}
