package org.wirewise.model.dns;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.wirewise.model.net.HostNode;

/**
 * The attacker's name server: authoritative for its tunnel domain, it reads the data out of every TXT
 * query's name, keeps it by sequence number, and answers with the next piece of what it sends back
 * (its command), base32 in a TXT record with TTL 0 so no resolver caches it. Other names get NXDOMAIN.
 */
final class TunnelServer extends DnsServer {

    /** Bytes of the command each answer carries: its base32 fits one TXT string. */
    static final int DOWN_PER_ANSWER = 120;
    private final TunnelCodec codec;
    private final Zone zone;
    private final byte[] command;
    private final TreeMap<Integer, byte[]> chunks = new TreeMap<>();
    private int sentBack;

    TunnelServer(HostNode host, TunnelCodec codec, String command) {
        super(host, "tunneld", DnsObserver.NONE);
        this.codec = codec;
        this.command = command.getBytes(StandardCharsets.US_ASCII);
        String d = codec.domain();
        zone = new Zone(d, List.of(
                ResourceRecord.in(d, RecordType.SOA, 0, new Rdata.Soa("ns." + d, "hostmaster." + d, 1, 7200, 3600,
                        1_209_600, 0)),
                ResourceRecord.in(d, RecordType.NS, 86_400, new Rdata.Target("ns." + d))));
    }

    /** What the queries carried, in sequence order. */
    byte[] received() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunks.values().forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Override
    protected void answer(DnsMessage query, InetAddress client, Consumer<DnsMessage> send) {
        TunnelCodec.Chunk chunk = codec.read(query.question().name());
        List<ResourceRecord> opt = query.ednsSize().map(x -> List.of(ResourceRecord.opt(RecursiveResolver.EDNS_SIZE)))
                .orElse(List.of());
        if (chunk.sequence() < 0 || query.question().type() != RecordType.TXT) {
            Zone.Answer a = zone.lookup(query.question());
            send.accept(DnsMessage.reply(query, true, false, a.rcode(), a.answers(), a.authority(), opt));
            return;
        }
        chunks.put(chunk.sequence(), chunk.data());
        byte[] down = Arrays.copyOfRange(command, Math.min(command.length, sentBack),
                Math.min(command.length, sentBack + DOWN_PER_ANSWER));
        sentBack += down.length;
        ResourceRecord txt = ResourceRecord.in(query.question().name(), RecordType.TXT, 0,
                new Rdata.Txt(List.of(Base32.encode(down))));
        send.accept(DnsMessage.reply(query, true, false, DnsMessage.Rcode.NOERROR, List.of(txt), List.of(), opt));
    }
}
