package org.wirewise.model.net;

import java.net.InetAddress;

/**
 * A transport protocol on a host (TCP, UDP, …), registered by IP protocol number. The core holds
 * UDP; TCP registers itself from its topic package, so the network does not depend on it.
 */
public interface Transport {

    /**
     * A datagram for this host arrived with this protocol.
     *
     * @return false when no socket took it (UDP answers that with ICMP Port Unreachable)
     */
    boolean receive(Arrival arrival);

    /** The transport bytes of an arriving datagram and where it came from. */
    record Arrival(HostNode host, InetAddress source, InetAddress destination, byte[] transport, Packet packet) {
        public Arrival {
            transport = transport.clone();
        }

        @Override
        public byte[] transport() {
            return transport.clone();
        }
    }
}
