package org.wirewise.model.quic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewise.model.quic.Rfc9001Vectors.hex;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.wirewise.model.tls.Hkdf;

/** RFC 9001 Appendix A byte for byte: Initial keys (A.1), both Initial packets (A.2, A.3), Retry (A.4), ChaCha20 (A.5). */
class Rfc9001AppendixATest {

    private static final byte[] DCID = hex("dcid");

    @Test
    void theLabelsAreTheHkdfLabelStructuresOfA1() {
        byte[] none = new byte[0];
        assertArrayEquals(hex("label_client_in"), Hkdf.label("client in", none, 32));
        assertArrayEquals(hex("label_server_in"), Hkdf.label("server in", none, 32));
        assertArrayEquals(hex("label_quic_key"), Hkdf.label("quic key", none, 16));
        assertArrayEquals(hex("label_quic_iv"), Hkdf.label("quic iv", none, 12));
        assertArrayEquals(hex("label_quic_hp"), Hkdf.label("quic hp", none, 16));
    }

    @Test
    void initialSecretsAndKeysMatchA1() {
        assertArrayEquals(hex("initial_secret"), InitialSecrets.initialSecret(DCID));
        assertArrayEquals(hex("client_initial_secret"), InitialSecrets.clientSecret(DCID));
        assertArrayEquals(hex("server_initial_secret"), InitialSecrets.serverSecret(DCID));
        PacketKeys client = InitialSecrets.client(DCID);
        assertArrayEquals(hex("client_key"), client.key());
        assertArrayEquals(hex("client_iv"), client.iv());
        assertArrayEquals(hex("client_hp"), client.hp());
        PacketKeys server = InitialSecrets.server(DCID);
        assertArrayEquals(hex("server_key"), server.key());
        assertArrayEquals(hex("server_iv"), server.iv());
        assertArrayEquals(hex("server_hp"), server.hp());
    }

    @Test
    void theClientInitialIsProtectedByteForByteAsA2() {
        byte[] payload = Arrays.copyOf(hex("client_crypto_frame"), 1162); // PADDING frames are zeros
        byte[] header = hex("client_unprotected_header");
        byte[] packet = PacketProtection.protect(InitialSecrets.client(DCID), header, 4, 2, payload);
        assertArrayEquals(hex("client_packet"), packet);
        assertEquals(1200, packet.length, "a client's Initial datagram is at least 1200 bytes (RFC 9000 §14.1)");
        assertArrayEquals(hex("client_sample"), Arrays.copyOfRange(packet, 22, 38));
        assertArrayEquals(hex("client_mask"), PacketProtection.mask(InitialSecrets.client(DCID), packet, 18));
        assertArrayEquals(hex("client_protected_header"), Arrays.copyOf(packet, 22));
    }

    @Test
    void theServerOpensTheClientInitialOfA2() {
        byte[] packet = hex("client_packet");
        PacketProtection.Opened opened = PacketProtection.open(InitialSecrets.client(DCID), packet, 0, 18, packet.length,
                PacketNumbers.NONE).orElseThrow();
        assertEquals(2, opened.packetNumber());
        assertEquals(4, opened.packetNumberLength());
        assertArrayEquals(hex("client_unprotected_header"), opened.header());
        assertArrayEquals(Arrays.copyOf(hex("client_crypto_frame"), 1162), opened.payload());
    }

    @Test
    void theServerInitialIsProtectedByteForByteAsA3() {
        byte[] packet = PacketProtection.protect(InitialSecrets.server(DCID), hex("server_unprotected_header"), 2, 1,
                hex("server_payload"));
        assertArrayEquals(hex("server_packet"), packet);
        assertArrayEquals(hex("server_mask"), PacketProtection.mask(InitialSecrets.server(DCID), packet, 18));
        assertArrayEquals(hex("server_sample"), Arrays.copyOfRange(packet, 22, 38));
        PacketProtection.Opened opened = PacketProtection.open(InitialSecrets.server(DCID), packet, 0, 18, packet.length,
                PacketNumbers.NONE).orElseThrow();
        assertEquals(1, opened.packetNumber());
        assertArrayEquals(hex("server_payload"), opened.payload());
    }

    @Test
    void aFlippedCiphertextBitIsDiscardedNotMisread() {
        byte[] packet = hex("server_packet");
        packet[60] ^= 1;
        assertTrue(PacketProtection.open(InitialSecrets.server(DCID), packet, 0, 18, packet.length, PacketNumbers.NONE).isEmpty());
        byte[] other = hex("server_packet"); // the client's keys do not open the server's packets
        assertTrue(PacketProtection.open(InitialSecrets.client(DCID), other, 0, 18, other.length, PacketNumbers.NONE).isEmpty());
    }

    @Test
    void theRetryIntegrityTagIsA4s() {
        byte[] retry = hex("retry_packet");
        byte[] tag = RetryIntegrity.tag(DCID, Arrays.copyOf(retry, retry.length - 16));
        assertArrayEquals(Arrays.copyOfRange(retry, retry.length - 16, retry.length), tag);
    }

    @Test
    void theChaChaShortHeaderPacketIsA5s() {
        byte[] secret = hex("chacha_secret");
        PacketKeys keys = PacketKeys.from(AeadCipher.CHACHA20_POLY1305, secret);
        assertArrayEquals(hex("chacha_key"), keys.key());
        assertArrayEquals(hex("chacha_iv"), keys.iv());
        assertArrayEquals(hex("chacha_hp"), keys.hp());
        assertArrayEquals(hex("chacha_ku"), PacketKeys.nextSecret(secret));
        long pn = 654_360_564L;
        assertArrayEquals(hex("chacha_nonce"), keys.nonce(pn));
        assertEquals(3, PacketNumbers.encodedLength(pn, pn - 49_140 + 1) , "49140 is encoded on 3 bytes");
        byte[] packet = PacketProtection.protect(keys, hex("chacha_unprotected_header"), 3, pn, hex("chacha_plaintext"));
        assertArrayEquals(hex("chacha_packet"), packet);
        assertEquals(21, packet.length, "the smallest possible packet");
        assertArrayEquals(hex("chacha_mask"), PacketProtection.mask(keys, packet, 1));
        PacketProtection.Opened opened = PacketProtection.open(keys, packet, 0, 1, packet.length, pn - 1).orElseThrow();
        assertEquals(pn, opened.packetNumber());
        assertArrayEquals(hex("chacha_plaintext"), opened.payload());
    }
}
