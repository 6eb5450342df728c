package org.wirewise.model.net;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewise.model.packet.MacAddress;

/**
 * A learning switch (IEEE 802.1D): it notes which port each source MAC arrived on, sends a frame
 * for a known MAC out of that port only, and floods the rest (unknown, broadcast, multicast) out
 * of every other port. Entries age out after 300 s, 802.1D's default.
 */
public final class SwitchNode extends Node {

    /** IEEE 802.1D's default ageing time. */
    public static final long AGEING_NANOS = 300_000_000_000L;

    /** A learned MAC: the port it lives behind and when it was last seen there. */
    public record MacEntry(MacAddress mac, String port, long seenAt) {
    }

    private final Map<MacAddress, MacEntry> table = new LinkedHashMap<>();

    SwitchNode(Network network, String name) {
        super(network, name);
    }

    /** The MAC table now, in the order addresses were first learned; aged entries left out. */
    public List<MacEntry> macTable() {
        long now = network().now();
        List<MacEntry> live = new ArrayList<>();
        for (MacEntry e : table.values()) {
            if (now - e.seenAt() < AGEING_NANOS) {
                live.add(e);
            }
        }
        return live;
    }

    /**
     * Enters what frames before the lesson's first taught the switch (a router's earlier replies,
     * its ARP answer): {@code mac} lives behind {@code port}, as of now.
     */
    public void learned(MacAddress mac, String port) {
        iface(port); // fails for a port the switch does not have
        table.put(mac, new MacEntry(mac, port, network().now()));
    }

    @Override
    protected void receive(NetInterface in, Packet packet) {
        byte[] f = packet.frameBytes();
        if (f.length < 14) {
            return;
        }
        MacAddress destination = MacAddress.of(java.util.Arrays.copyOfRange(f, 0, 6));
        MacAddress source = MacAddress.of(java.util.Arrays.copyOfRange(f, 6, 12));
        long now = network().now();
        if (!source.isMulticast()) {
            table.remove(source); // re-inserted below: a move to another port is learned at once
            table.put(source, new MacEntry(source, in.name(), now));
        }
        MacEntry known = destination.isMulticast() ? null : table.get(destination);
        if (known != null && now - known.seenAt() < AGEING_NANOS) {
            if (!known.port().equals(in.name())) {
                forward(iface(known.port()), packet);
            }
            return;
        }
        for (NetInterface out : interfaces()) {
            if (out != in && out.connected()) {
                forward(out, packet);
            }
        }
    }

    private void forward(NetInterface out, Packet received) {
        Packet copy = Packet.owning(received.frameBytes(), received); // a switch changes no byte
        copy.setLabel(received.label());
        transmit(out, copy);
    }
}
