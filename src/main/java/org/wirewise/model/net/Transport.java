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

    /** Reads a transport header from a slice of bytes, as {@code TcpSegment::decode} does. */
    interface Decoder<T> {
        T decode(byte[] bytes, int offset, int length);
    }

    /** The transport bytes of an arriving datagram and where it came from. */
    final class Arrival {
        private final HostNode host;
        private final InetAddress source;
        private final InetAddress destination;
        private final byte[] transport;
        private final Packet packet;

        /** Takes {@code transport} as it is: the host hands over a copy of its own. */
        Arrival(HostNode host, InetAddress source, InetAddress destination, byte[] transport, Packet packet) {
            this.host = host;
            this.source = source;
            this.destination = destination;
            this.transport = transport;
            this.packet = packet;
        }

        public HostNode host() {
            return host;
        }

        public InetAddress source() {
            return source;
        }

        public InetAddress destination() {
            return destination;
        }

        /** A copy of the transport header and payload. */
        public byte[] transport() {
            return transport.clone();
        }

        /** Decodes the transport bytes without another copy of them. */
        public <T> T decode(Decoder<T> decoder) {
            return decoder.decode(transport, 0, transport.length);
        }

        public Packet packet() {
            return packet;
        }
    }
}
