package org.wirewise.model.quic;

/** Something a connection did, in order, for a lesson to narrate: at {@code time}, of {@code kind}, with the packet's type and number when it is about one. */
public record QuicEvent(long time, Kind kind, PacketType type, long packetNumber, String detail) {

    public enum Kind {
        PACKET_SENT, PACKET_RECEIVED, PACKET_DROPPED, PACKET_LOST, PACKET_ACKED, PROBE_TIMEOUT,
        HANDSHAKE_COMPLETE, HANDSHAKE_CONFIRMED, KEYS_DISCARDED, STREAM_DATA, STREAM_FINISHED,
        PATH_CHALLENGED, PATH_VALIDATED, MIGRATED, CLOSED, EARLY_KEYS, STREAM_RESET, IDLE_TIMEOUT
    }
}
