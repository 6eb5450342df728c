package org.wirewise.model.dns;

import java.net.InetAddress;
import java.util.function.Consumer;
import org.wirewise.model.net.HostNode;

/** An authoritative name server for one zone: answers, refers, or denies from the zone's data alone (RD ignored). */
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
        Zone.Answer a = zone.lookup(query.question());
        java.util.List<ResourceRecord> additional = new java.util.ArrayList<>(a.additional());
        query.ednsSize().ifPresent(size -> additional.add(ResourceRecord.opt(RecursiveResolver.EDNS_SIZE)));
        send.accept(DnsMessage.reply(query, a.authoritative(), false, a.rcode(), a.answers(), a.authority(),
                additional));
    }
}
