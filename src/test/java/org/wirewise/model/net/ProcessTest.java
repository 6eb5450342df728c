package org.wirewise.model.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.packet.MacAddress;

/** Processes scripted on hosts: a client that retries until answered, a server that can be stopped. */
class ProcessTest {

    private static final long MS = 1_000_000L;

    private final Network net = new Network(1);
    private final HostNode a = net.host("a");
    private final HostNode b = net.host("b");
    private final List<String> log = new ArrayList<>();

    ProcessTest() {
        a.addInterface("eth0", MacAddress.of("02:00:00:00:00:01"), "192.0.2.1/24");
        b.addInterface("eth0", MacAddress.of("02:00:00:00:00:02"), "192.0.2.2/24");
        net.connect(a.iface("eth0"), b.iface("eth0"), Cable.Spec.of(100, 30));
        a.onIcmpError(e -> log.add(net.now() / MS + " ms: ICMP " + e.type() + "/" + e.code()));
    }

    /** Asks every 100 ms until an answer comes. */
    private final class Asker extends Process {
        private UdpSocket socket;
        private int tries;

        Asker() {
            super(a, "asker");
        }

        @Override
        protected void onStart() {
            socket = udp(5000);
            socket.onReceive(r -> {
                log.add(now() / MS + " ms: answered after " + tries + " tries");
                stop();
            });
            ask();
        }

        private void ask() {
            tries++;
            socket.sendTo(Host.literal("192.0.2.2"), 53, new byte[] {(byte) tries});
            after(100 * MS, this::ask);
        }
    }

    /** Answers whatever it hears. */
    private final class Answerer extends Process {
        Answerer() {
            super(b, "answerer");
        }

        @Override
        protected void onStart() {
            UdpSocket s = udp(53);
            s.onReceive(r -> s.sendTo(r.source(), r.sourcePort(), r.payload()));
        }
    }

    @Test
    void theClientRetriesUntilTheServerStartsAndStopsTimersWhenAnswered() {
        List<Long> queries = new ArrayList<>();
        net.observe(t -> {
            if (t.from().node() == a) {
                queries.add(t.start() / MS);
            }
        });
        Asker asker = new Asker();
        asker.start();
        new Answerer().startAfter(150 * MS);
        net.simulation().run();

        // Tries at 0 and 100 ms find no server (port unreachable after one RTT); the one at 200 ms is answered.
        assertThat(log).containsExactly("60 ms: ICMP 3/3", "160 ms: ICMP 3/3", "260 ms: answered after 3 tries");
        assertThat(asker.running()).isFalse();
        assertThat(queries).as("the stopped asker's 300 ms timer never fired").containsExactly(0L, 100L, 200L);
    }

    @Test
    void aStoppedServerClosesItsSocket() {
        Answerer answerer = new Answerer();
        answerer.start();
        answerer.stop();
        UdpSocket s = a.udp().bind(5000);
        s.sendTo(Host.literal("192.0.2.2"), 53, new byte[] {1});
        net.simulation().run();
        assertThat(log).containsExactly("60 ms: ICMP 3/3");
    }
}
