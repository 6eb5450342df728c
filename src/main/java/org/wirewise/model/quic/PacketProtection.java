package org.wirewise.model.quic;

import java.util.Arrays;
import java.util.Optional;

/**
 * Protecting and unprotecting one QUIC packet (RFC 9001 §5.3, §5.4): the payload is sealed with
 * the header (packet number included) as associated data, then header protection masks the low
 * bits of the first byte and the packet number bytes with a mask made from a sample of the
 * ciphertext taken as if the packet number were 4 bytes long.
 */
public final class PacketProtection {

    private static final int LONG_HEADER = 0x80;

    private PacketProtection() {
    }

    /** One packet with its protection removed. */
    public record Opened(byte[] header, long packetNumber, int packetNumberLength, byte[] payload) {
        public Opened {
            header = header.clone();
            payload = payload.clone();
        }

        @Override
        public byte[] header() {
            return header.clone();
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }
    }

    /**
     * The protected packet: {@code header} ends with the {@code pnLength}-byte packet number of
     * {@code pn}; {@code payload} (the frames) must give at least a sample's worth of ciphertext
     * after 4 packet number bytes (callers pad short packets, §5.4.2).
     */
    public static byte[] protect(PacketKeys keys, byte[] header, int pnLength, long pn, byte[] payload) {
        int pnOffset = header.length - pnLength;
        if (pnLength + payload.length + AeadCipher.TAG_LENGTH < 4 + AeadCipher.SAMPLE_LENGTH) {
            throw new IllegalArgumentException("a packet needs at least " + (4 - pnLength) + " payload bytes to be sampled (RFC 9001 §5.4.2)");
        }
        byte[] sealed = keys.cipher().seal(keys.key(), keys.nonce(pn), header, payload);
        byte[] packet = Arrays.copyOf(header, header.length + sealed.length);
        System.arraycopy(sealed, 0, packet, header.length, sealed.length);
        applyMask(packet, pnOffset, pnLength, mask(keys, packet, pnOffset));
        return packet;
    }

    /**
     * Removes protection from the packet occupying {@code packet[start, end)} whose packet number
     * starts at {@code pnOffset}; {@code largestPn} is the largest received in its space (or
     * {@link PacketNumbers#NONE}). Empty when the packet is too short or does not authenticate.
     */
    public static Optional<Opened> open(PacketKeys keys, byte[] packet, int start, int pnOffset, int end, long largestPn) {
        if (pnOffset + 4 + AeadCipher.SAMPLE_LENGTH > end || end > packet.length) {
            return Optional.empty();
        }
        byte[] copy = Arrays.copyOfRange(packet, start, end);
        int pnAt = pnOffset - start;
        byte[] mask = mask(keys, copy, pnAt);
        copy[0] ^= (byte) (mask[0] & lowBitsMask(copy[0]));
        int pnLength = (copy[0] & 0x03) + 1;
        long truncated = 0;
        for (int i = 0; i < pnLength; i++) {
            copy[pnAt + i] ^= mask[1 + i];
            truncated = truncated << 8 | copy[pnAt + i] & 0xFF;
        }
        long pn = PacketNumbers.decode(largestPn, truncated, pnLength * 8);
        byte[] header = Arrays.copyOf(copy, pnAt + pnLength);
        return keys.cipher().open(keys.key(), keys.nonce(pn), header, Arrays.copyOfRange(copy, header.length, copy.length))
                .map(payload -> new Opened(header, pn, pnLength, payload));
    }

    /** The mask from the 16 bytes that start 4 bytes after the packet number's start (§5.4.2). */
    static byte[] mask(PacketKeys keys, byte[] packet, int pnOffset) {
        return keys.cipher().mask(keys.hp(), Arrays.copyOfRange(packet, pnOffset + 4, pnOffset + 4 + AeadCipher.SAMPLE_LENGTH));
    }

    private static void applyMask(byte[] packet, int pnOffset, int pnLength, byte[] mask) {
        packet[0] ^= (byte) (mask[0] & lowBitsMask(packet[0]));
        for (int i = 0; i < pnLength; i++) {
            packet[pnOffset + i] ^= mask[1 + i];
        }
    }

    /** Long headers protect 4 bits (reserved, packet number length), short headers 5 (with the key phase). */
    private static int lowBitsMask(byte first) {
        return (first & LONG_HEADER) != 0 ? 0x0F : 0x1F;
    }
}
