package org.wirewise.model.tls;

import java.util.Arrays;

/**
 * The keys of an AES-128-GCM suite in TLS 1.2: the key block cut as RFC 5246 §6.3 says, with no
 * MAC keys for an AEAD suite, then each side's 16-byte write key and 4-byte implicit nonce salt
 * (RFC 5288 §3).
 */
public record Tls12Keys(byte[] clientKey, byte[] serverKey, byte[] clientSalt, byte[] serverSalt) {

    public static final int KEY_LENGTH = 16;
    public static final int SALT_LENGTH = 4;

    public Tls12Keys {
        clientKey = clientKey.clone();
        serverKey = serverKey.clone();
        clientSalt = clientSalt.clone();
        serverSalt = serverSalt.clone();
    }

    /** key_block = PRF(master_secret, "key expansion", server_random + client_random). */
    public static Tls12Keys from(byte[] master, byte[] clientRandom, byte[] serverRandom) {
        byte[] block = Tls12Prf.prf(master, "key expansion", Tls12Prf.concat(serverRandom, clientRandom), 2 * (KEY_LENGTH + SALT_LENGTH));
        int at = 0;
        byte[] ck = Arrays.copyOfRange(block, at, at += KEY_LENGTH);
        byte[] sk = Arrays.copyOfRange(block, at, at += KEY_LENGTH);
        byte[] cs = Arrays.copyOfRange(block, at, at += SALT_LENGTH);
        byte[] ss = Arrays.copyOfRange(block, at, at + SALT_LENGTH);
        return new Tls12Keys(ck, sk, cs, ss);
    }

    /** The protection of records the client writes (or {@code false}: the server writes). */
    public Tls12RecordProtection direction(boolean client) {
        return new Tls12RecordProtection(client ? clientKey : serverKey, client ? clientSalt : serverSalt);
    }

    @Override
    public byte[] clientKey() {
        return clientKey.clone();
    }

    @Override
    public byte[] serverKey() {
        return serverKey.clone();
    }

    @Override
    public byte[] clientSalt() {
        return clientSalt.clone();
    }

    @Override
    public byte[] serverSalt() {
        return serverSalt.clone();
    }
}
