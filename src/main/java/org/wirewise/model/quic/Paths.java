package org.wirewise.model.quic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A connection's connection IDs and paths (RFC 9000 §5.1, §8.2, §9): the IDs it issued and the
 * spare ones the peer gave it, the client's move to a new address, the server following it, and
 * the PATH_CHALLENGE each side sends until the matching PATH_RESPONSE comes back.
 */
final class Paths {

    private final QuicConnection c;
    private final TreeMap<Long, byte[]> spareIds = new TreeMap<>();
    private final List<byte[]> issuedIds = new ArrayList<>();
    private byte[] challenge;

    Paths(QuicConnection c) {
        this.c = c;
    }

    /** Every connection ID this end answers to: its first and those it issued. */
    List<byte[]> localIds() {
        List<byte[]> all = new ArrayList<>(List.of(c.localCid.clone()));
        issuedIds.forEach(id -> all.add(id.clone()));
        return all;
    }

    /** One more ID for the peer, sequence 1 (active_connection_id_limit's default of 2 allows it, §18.2). */
    void issueConnectionId() {
        issuedIds.add(c.randomBytes(QuicConnection.CID_LENGTH));
        c.control.add(new Frame.NewConnectionId(issuedIds.size(), 0, issuedIds.get(issuedIds.size() - 1), c.randomBytes(16)));
    }

    void newConnectionId(Frame.NewConnectionId n) {
        spareIds.put(n.sequence(), n.connectionId());
    }

    /** The client moves to a new address (Wi-Fi to cellular): a fresh connection ID and a PATH_CHALLENGE with a PING, which is not a probing frame, so the server follows (RFC 9000 §9.2, §9.5). */
    void migrate(long now) {
        if (c.role != QuicConnection.Role.CLIENT || !c.handshakeComplete || spareIds.isEmpty()) {
            throw new IllegalStateException("a client migrates after the handshake, with a spare connection ID from the server");
        }
        c.peerCid = spareIds.pollFirstEntry().getValue();
        challenge = c.randomBytes(8);
        c.control.add(new Frame.Path(false, challenge));
        c.control.add(new Frame.Ping());
        c.recovery.newPath(); // a new local address is a new path for the client too (RFC 9000 §9.4)
        c.event(now, QuicEvent.Kind.MIGRATED, null, -1, "new connection ID " + java.util.HexFormat.of().formatHex(c.peerCid));
    }

    /** The server's side of migration (§9.3): send to the new address with a fresh connection ID, validate it, and start over its congestion state (§9.4). */
    void followClient(QuicConnection.Peer from, long now) {
        c.peer = from;
        if (!spareIds.isEmpty()) {
            c.peerCid = spareIds.pollFirstEntry().getValue();
        }
        challenge = c.randomBytes(8);
        c.control.add(new Frame.Path(false, challenge));
        c.recovery.newPath();
        c.event(now, QuicEvent.Kind.MIGRATED, null, -1, "client now at " + from.address().getHostAddress() + ":" + from.port());
    }

    void pathResponse(byte[] data, long now) {
        if (challenge != null && Arrays.equals(challenge, data)) {
            challenge = null;
            c.event(now, QuicEvent.Kind.PATH_VALIDATED, null, -1, c.peer.address().getHostAddress() + ":" + c.peer.port());
        }
    }

}
