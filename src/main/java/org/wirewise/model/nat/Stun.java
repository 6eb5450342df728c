package org.wirewise.model.nat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * STUN Binding messages as RFC 5389 lays them out: a 20-byte header (type, length, the magic
 * cookie 0x2112A442, a 96-bit transaction ID) and attributes. The success response carries the
 * client's server-reflexive address in XOR-MAPPED-ADDRESS (§15.2) and ends with FINGERPRINT
 * (§15.5).
 */
public final class Stun {

    public static final int PORT = 3478;
    public static final int MAGIC_COOKIE = 0x2112A442;
    public static final int BINDING_REQUEST = 0x0001;
    public static final int BINDING_SUCCESS = 0x0101;
    public static final int XOR_MAPPED_ADDRESS = 0x0020;
    public static final int FINGERPRINT = 0x8028;
    /** TURN (RFC 8656 §17, §18) and ICE (RFC 8445 §16.1) message types and attributes. */
    public static final int ALLOCATE_REQUEST = 0x0003;
    public static final int ALLOCATE_SUCCESS = 0x0103;
    public static final int SEND_INDICATION = 0x0016;
    public static final int DATA_INDICATION = 0x0017;
    public static final int LIFETIME = 0x000D;
    public static final int XOR_PEER_ADDRESS = 0x0012;
    public static final int DATA = 0x0013;
    public static final int XOR_RELAYED_ADDRESS = 0x0016;
    public static final int REQUESTED_TRANSPORT = 0x0019;
    public static final int PRIORITY = 0x0024;
    static final int HEADER_LENGTH = 20;
    private static final int FINGERPRINT_XOR = 0x5354554E;

    private Stun() {
    }

    /** A Binding request with no attributes (RFC 5389 §7.1). */
    public static byte[] bindingRequest(byte[] transactionId) {
        return header(BINDING_REQUEST, 0, transactionId);
    }

    /** A Binding success response telling the client where its request came from (§7.3.1). */
    public static byte[] bindingSuccess(byte[] transactionId, Endpoint reflexive) {
        return withFingerprint(BINDING_SUCCESS, transactionId, xorMappedAddress(reflexive));
    }

    /** An ICE connectivity check: a Binding request with the candidate's PRIORITY (RFC 8445 §7.1.1). */
    public static byte[] connectivityCheck(byte[] transactionId, long priority) {
        byte[] attribute = attribute(PRIORITY, new byte[] {(byte) (priority >>> 24), (byte) (priority >>> 16),
                (byte) (priority >>> 8), (byte) priority});
        return withFingerprint(BINDING_REQUEST, transactionId, attribute);
    }

    /** A TURN Allocate request for a UDP relay (RFC 8656 §7.1; REQUESTED-TRANSPORT 17). */
    public static byte[] allocateRequest(byte[] transactionId) {
        return withFingerprint(ALLOCATE_REQUEST, transactionId, attribute(REQUESTED_TRANSPORT,
                new byte[] {17, 0, 0, 0}));
    }

    /** The Allocate success response: the relayed address, the client's reflexive address, LIFETIME. */
    public static byte[] allocateSuccess(byte[] transactionId, Endpoint relayed, Endpoint reflexive, int lifetime) {
        return withFingerprint(ALLOCATE_SUCCESS, transactionId, concat(xorAddress(XOR_RELAYED_ADDRESS, relayed),
                xorMappedAddress(reflexive), attribute(LIFETIME, new byte[] {(byte) (lifetime >>> 24),
                        (byte) (lifetime >>> 16), (byte) (lifetime >>> 8), (byte) lifetime})));
    }

    /** Data between the TURN server and its client: a Send or Data indication (RFC 8656 §10, §11). */
    public static byte[] indication(int type, byte[] transactionId, Endpoint peer, byte[] data) {
        return withFingerprint(type, transactionId, concat(xorAddress(XOR_PEER_ADDRESS, peer),
                attribute(DATA, data)));
    }

    /** An attribute with its 4-byte header, padded to a multiple of 4 bytes (RFC 5389 §15). */
    public static byte[] attribute(int type, byte[] value) {
        byte[] a = new byte[4 + ((value.length + 3) & ~3)];
        put16(a, 0, type);
        put16(a, 2, value.length);
        System.arraycopy(value, 0, a, 4, value.length);
        return a;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private static byte[] withFingerprint(int type, byte[] transactionId, byte[] attributes) {
        byte[] m = header(type, attributes.length + 8, transactionId);
        System.arraycopy(attributes, 0, m, HEADER_LENGTH, attributes.length);
        int at = HEADER_LENGTH + attributes.length;
        CRC32 crc = new CRC32();
        crc.update(m, 0, at);
        put16(m, at, FINGERPRINT);
        put16(m, at + 2, 4);
        put32(m, at + 4, (int) crc.getValue() ^ FINGERPRINT_XOR);
        return m;
    }

    /** The XOR-MAPPED-ADDRESS attribute for an IPv4 endpoint, header included (§15.2). */
    public static byte[] xorMappedAddress(Endpoint endpoint) {
        return xorAddress(XOR_MAPPED_ADDRESS, endpoint);
    }

    /** An address attribute in XOR-MAPPED-ADDRESS form (also XOR-PEER- and XOR-RELAYED-ADDRESS). */
    public static byte[] xorAddress(int type, Endpoint endpoint) {
        byte[] a = new byte[12];
        put16(a, 0, type);
        put16(a, 2, 8);
        a[5] = 0x01; // family IPv4
        put16(a, 6, endpoint.port() ^ (MAGIC_COOKIE >>> 16));
        byte[] ip = endpoint.address().getAddress();
        int x = ((ip[0] & 0xFF) << 24 | (ip[1] & 0xFF) << 16 | (ip[2] & 0xFF) << 8 | (ip[3] & 0xFF)) ^ MAGIC_COOKIE;
        put32(a, 8, x);
        return a;
    }

    /** The message type of a STUN message, checking the magic cookie. */
    public static int type(byte[] message) {
        if (message.length < HEADER_LENGTH || get32(message, 4) != MAGIC_COOKIE) {
            throw new IllegalArgumentException("not a STUN message (RFC 5389 §6: no magic cookie)");
        }
        return get16(message, 0);
    }

    public static byte[] transactionId(byte[] message) {
        type(message);
        return Arrays.copyOfRange(message, 8, HEADER_LENGTH);
    }

    /** Reads XOR-MAPPED-ADDRESS from a success response. */
    public static Endpoint reflexiveAddress(byte[] message) {
        return xorAddress(message, XOR_MAPPED_ADDRESS);
    }

    /** Reads an IPv4 XOR-encoded address attribute ({@code type}: XOR-MAPPED-, XOR-PEER-, XOR-RELAYED-ADDRESS). */
    public static Endpoint xorAddress(byte[] message, int type) {
        byte[] value = attributeValue(message, type);
        if (value.length < 8 || value[1] != 0x01) {
            throw new IllegalArgumentException("no IPv4 address in attribute 0x" + Integer.toHexString(type));
        }
        int port = get16(value, 2) ^ (MAGIC_COOKIE >>> 16);
        int ip = get32(value, 4) ^ MAGIC_COOKIE;
        byte[] four = {(byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8), (byte) ip};
        try {
            return new Endpoint((Inet4Address) InetAddress.getByAddress(four), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of the first attribute of {@code type} (RFC 5389 §15), for example a Send indication's DATA. */
    public static byte[] attributeValue(byte[] message, int type) {
        type(message);
        int length = get16(message, 2);
        int at = HEADER_LENGTH;
        while (at + 4 <= HEADER_LENGTH + length && at + 4 <= message.length) {
            int attrType = get16(message, at);
            int attrLength = get16(message, at + 2);
            if (attrType == type && at + 4 + attrLength <= message.length) {
                return Arrays.copyOfRange(message, at + 4, at + 4 + attrLength);
            }
            at += 4 + ((attrLength + 3) & ~3);
        }
        throw new IllegalArgumentException("no attribute 0x" + Integer.toHexString(type) + " in the message");
    }

    private static byte[] header(int type, int length, byte[] transactionId) {
        if (transactionId.length != 12) {
            throw new IllegalArgumentException("a STUN transaction ID is 96 bits");
        }
        byte[] m = new byte[HEADER_LENGTH + length];
        put16(m, 0, type);
        put16(m, 2, length);
        put32(m, 4, MAGIC_COOKIE);
        System.arraycopy(transactionId, 0, m, 8, 12);
        return m;
    }

    private static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }

    private static void put32(byte[] b, int at, int v) {
        put16(b, at, v >>> 16);
        put16(b, at + 2, v);
    }

    private static int get16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static int get32(byte[] b, int at) {
        return get16(b, at) << 16 | get16(b, at + 2);
    }
}
