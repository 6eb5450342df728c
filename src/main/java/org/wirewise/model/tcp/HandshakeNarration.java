package org.wirewise.model.tcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the tcp-handshake lesson shows, in one language
 * ({@code tcp-handshake.properties} and its translations); the numbers come from the endpoints.
 */
final class HandshakeNarration {

    private final Texts texts;
    private final TcpUnits units;

    HandshakeNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.tcp.tcp-handshake", language);
        this.units = new TcpUnits(texts.language());
    }

    /** The language it writes. */
    Locale language() {
        return texts.language();
    }

    /** A text of the bundle with no numbers: a title, a lane. */
    String text(String key) {
        return texts.get(key);
    }

    String time(long nanos) {
        return units.time(nanos);
    }

    String listen(int port) {
        return texts.get("listen", Integer.toString(port));
    }

    String syn(long iss, String offers) {
        return texts.get("syn", Long.toString(iss), offers);
    }

    /** "Its options offer MSS 1460 (…), SACK permitted (…), …": what the client's SYN proposes. */
    String offers(int mss, boolean sack, boolean timestamps, Integer windowShift) {
        List<String> offers = new ArrayList<>();
        offers.add(texts.get("offer.mss", Integer.toString(mss)));
        if (sack) {
            offers.add(texts.get("offer.sack"));
        }
        if (timestamps) {
            offers.add(texts.get("offer.timestamps"));
        }
        if (windowShift != null) {
            offers.add(texts.get("offer.windowScale", Integer.toString(windowShift),
                    Integer.toString(1 << windowShift)));
        }
        return texts.get("offers", String.join(", ", offers));
    }

    String synAck(long irs, long iss, long ack, boolean windowScaling, boolean sack, boolean timestamps, int mss) {
        List<String> agreed = new ArrayList<>();
        if (windowScaling) {
            agreed.add(texts.get("agreed.windowScaling"));
        }
        if (sack) {
            agreed.add(texts.get("agreed.sack"));
        }
        if (timestamps) {
            agreed.add(texts.get("agreed.timestamps"));
        }
        String echoed = agreed.isEmpty() ? texts.get("agreed.none")
                : texts.get("agreed.some", String.join(", ", agreed));
        return texts.get("synAck", Long.toString(irs), Long.toString(iss), Long.toString(ack), echoed,
                Integer.toString(mss));
    }

    String clientEstablished(long irs, long ack, long now) {
        return texts.get("clientEstablished", Long.toString(irs), Long.toString(ack), time(now));
    }

    String request(int length, long seq, int peerMss, int sendMss, long window) {
        return texts.get("request", Integer.toString(length), Long.toString(seq), Integer.toString(peerMss),
                Integer.toString(sendMss), Long.toString(window));
    }

    String serverEstablished(Integer multiplier, long sndWnd) {
        String window = multiplier == null ? texts.get("serverEstablished.unscaled", units.grouped(65_535))
                : texts.get("serverEstablished.scaled", Integer.toString(multiplier), Long.toString(sndWnd));
        return texts.get("serverEstablished", window);
    }

    String firstByte(int length, long elapsed, long rtt, long serialization, long rcvNxt) {
        return texts.get("firstByte", Integer.toString(length), time(elapsed), time(rtt), time(serialization),
                Long.toString(rcvNxt));
    }

    String acknowledged(long now, long sndNxt) {
        return texts.get("acknowledged", time(now), Long.toString(sndNxt));
    }

    String firstByteMeasure(double rtts, long elapsed) {
        return texts.get("measure.firstByte", units.fixed(rtts, 2), time(elapsed));
    }
}
