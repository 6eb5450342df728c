package org.wirewise.model.dns;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.util.function.Consumer;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Process;
import org.wirewise.model.net.UdpSocket;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * A DNS server on port 53, over UDP and TCP: an answer larger than the asker's limit (its EDNS
 * payload size, or 512 bytes without EDNS: RFC 1035 §4.2.1, RFC 6891 §6.2.5) goes back over UDP cut
 * to the question with TC set; over TCP every answer goes whole, length-prefixed (RFC 7766 §8).
 */
public abstract class DnsServer extends Process {

    protected final DnsObserver observer;
    /** Response rate limiting on UDP answers, or none (TCP answers are never limited: TCP cannot be spoofed). */
    private ResponseRateLimit rateLimit = ResponseRateLimit.OFF;

    protected DnsServer(HostNode host, String name, DnsObserver observer) {
        super(host, name);
        this.observer = observer;
    }

    @Override
    protected void onStart() {
        UdpSocket udp = udp(53);
        udp.onReceive(r -> {
            DnsMessage query;
            try {
                query = DnsReader.decode(r.payload());
            } catch (DnsFormatException e) {
                return; // FORMERR would need the ID we could not read; dropping is what servers do
            }
            if (query.response() || query.questions().size() != 1) {
                return;
            }
            answer(query, r.source(), reply -> {
                ResponseRateLimit.Verdict verdict = rateLimit.account(r.source(), reply, now());
                if (verdict == ResponseRateLimit.Verdict.DROP) {
                    return;
                }
                byte[] bytes = DnsWire.encode(reply);
                udp.sendTo(r.source(), r.sourcePort(), bytes.length > query.udpLimit()
                        || verdict == ResponseRateLimit.Verdict.SLIP ? DnsWire.encode(reply.truncatedCopy()) : bytes);
            });
            observer.received(host(), query, false);
        });
        TcpStack.of(host()).listen(53, DnsClient.TCP.withLinuxListenerWindow(), TcpTuning.DEFAULTS, this::accepted);
    }

    private void accepted(TcpSocket socket) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        socket.onData(bytes -> {
            received.writeBytes(bytes);
            byte[] sofar = received.toByteArray();
            if (sofar.length < 2 || sofar.length - 2 < ((sofar[0] & 0xFF) << 8 | sofar[1] & 0xFF)) {
                return;
            }
            received.reset();
            DnsMessage query;
            try {
                query = DnsReader.decodeFromTcp(sofar);
            } catch (DnsFormatException e) {
                socket.close();
                return;
            }
            answer(query, socket.remoteAddress(), reply -> socket.write(DnsWire.encodeForTcp(reply)));
            observer.received(host(), query, true);
        }).onPeerClosed(() -> after(0, socket::close));
    }

    /** Limits this server's UDP answers from now on (RFC-less, as BIND's rate-limit clause); OFF removes it. */
    public void rateLimit(ResponseRateLimit limit) {
        this.rateLimit = limit;
    }

    /** Answers {@code query} from {@code client}, now or later, through {@code send}. */
    protected abstract void answer(DnsMessage query, InetAddress client, Consumer<DnsMessage> send);
}
