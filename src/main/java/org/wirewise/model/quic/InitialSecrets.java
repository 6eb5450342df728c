package org.wirewise.model.quic;

import java.util.HexFormat;
import org.wirewise.model.tls.Hkdf;

/**
 * The Initial packets' secrets (RFC 9001 §5.2): anyone who sees the client's first Destination
 * Connection ID can derive them, so Initial protection guards against off-path tampering only.
 */
public final class InitialSecrets {

    /** QUIC version 1's salt (§5.2). */
    public static final byte[] INITIAL_SALT = HexFormat.of().parseHex("38762cf7f55934b34d179ae6a4c80cadccbb7f0a");

    private InitialSecrets() {
    }

    /** initial_secret = HKDF-Extract(initial_salt, client_dst_connection_id). */
    public static byte[] initialSecret(byte[] clientDcid) {
        return Hkdf.extract(INITIAL_SALT.clone(), clientDcid);
    }

    /** client_initial_secret = HKDF-Expand-Label(initial_secret, "client in", "", 32). */
    public static byte[] clientSecret(byte[] clientDcid) {
        return Hkdf.expandLabel(initialSecret(clientDcid), "client in", new byte[0], Hkdf.HASH_LENGTH);
    }

    /** server_initial_secret = HKDF-Expand-Label(initial_secret, "server in", "", 32). */
    public static byte[] serverSecret(byte[] clientDcid) {
        return Hkdf.expandLabel(initialSecret(clientDcid), "server in", new byte[0], Hkdf.HASH_LENGTH);
    }

    /** The keys protecting the client's Initial packets. */
    public static PacketKeys client(byte[] clientDcid) {
        return PacketKeys.from(clientSecret(clientDcid));
    }

    /** The keys protecting the server's Initial packets. */
    public static PacketKeys server(byte[] clientDcid) {
        return PacketKeys.from(serverSecret(clientDcid));
    }
}
