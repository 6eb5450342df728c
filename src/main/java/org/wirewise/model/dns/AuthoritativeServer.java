package org.wirewise.model.dns;

import java.net.InetAddress;
import java.util.function.Consumer;
import org.wirewise.model.net.HostNode;

/** An authoritative name server for one zone: answers, refers, or denies from the zone's data alone (RD ignored), signed when asked with DO. */
public final class AuthoritativeServer extends DnsServer {

    private final Zone zone;

    public AuthoritativeServer(HostNode host, Zone zone, DnsObserver observer) {
        super(host, "named", observer);
        this.zone = zone;
    }

    public Zone zone() {
        return zone;
    }

    @Override
    protected void answer(DnsMessage query, InetAddress client, Consumer<DnsMessage> send) {
        Zone.Answer a = zone.lookup(query.question(), query.dnssecOk());
        java.util.List<ResourceRecord> additional = new java.util.ArrayList<>(a.additional());
        // the DO bit is echoed in the answer's OPT (RFC 3225 §3)
        query.ednsSize().ifPresent(size -> additional.add(ResourceRecord.opt(RecursiveResolver.EDNS_SIZE,
                query.dnssecOk())));
        send.accept(DnsMessage.reply(query, a.authoritative(), false, a.rcode(), a.answers(), a.authority(),
                additional));
    }
}
