package org.wirewise.model.nat;

import java.util.Locale;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the nat-table lesson shows, in one language ({@code nat-table.properties}
 * and its translations; the table and timers from {@link NatWords}). Packet labels ("SYN from …")
 * are wire notation and stay as they are.
 */
final class NatTableNarration {

    private final Texts texts;
    private final NatWords words;

    NatTableNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.nat.nat-table", language);
        this.words = new NatWords(texts.language());
    }

    NatWords words() {
        return words;
    }

    /** A text of the bundle (a title, a lane, a state) with its arguments already formatted. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    private static String host(int index) {
        return Integer.toString(index + 1);
    }

    String start(int hosts, String publicAddress) {
        return texts.get("start", Integer.toString(hosts), publicAddress);
    }

    String serverAnswers(Endpoint ext, int host) {
        return texts.get("serverAnswers", ext, host(host));
    }

    String resolverAnswers(Endpoint ext) {
        return texts.get("resolverAnswers", ext);
    }

    String opens(int host, Endpoint from, Endpoint web) {
        return texts.get("opens", host(host), from, web);
    }

    String asks(int host, Endpoint from) {
        return texts.get("asks", host(host), from);
    }

    String established(long timeout) {
        return texts.get("established", words.idle(timeout));
    }

    String outbound(Endpoint host, Endpoint ext, String publicAddress, boolean preservation, byte[] inside,
                    byte[] outside) {
        String port = ext.port() == host.port() ? texts.get("port.kept", Integer.toString(host.port()))
                : preservation ? texts.get("port.taken", Integer.toString(host.port()), Integer.toString(ext.port()))
                : texts.get("port.own", Integer.toString(ext.port()));
        return texts.get("outbound", host, ext, publicAddress, port, words.checksumChange(inside, outside));
    }

    String udpRow(String outbound, long udpTimeoutS) {
        return texts.get("outbound.udp", outbound, Long.toString(udpTimeoutS));
    }

    String backTcp(Endpoint external, Endpoint host, long timeout) {
        return texts.get("back.tcp", external, host, words.idle(timeout));
    }

    String backUdp(Endpoint host) {
        return texts.get("back.udp", host);
    }

    String expired(long udpTimeoutS, int expired, long tcpTimeoutS) {
        return texts.get(expired == 1 ? "expired.one" : "expired.many", Long.toString(udpTimeoutS),
                words.idle(SimTime.seconds(tcpTimeoutS)));
    }

    /** The late answer's target has no row left: nothing inside has sent from it since it expired. */
    String lateDropped(Endpoint target, int host) {
        return texts.get("late", target, host(host));
    }
}
