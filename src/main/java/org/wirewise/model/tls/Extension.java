package org.wirewise.model.tls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One extension (RFC 8446 §4.2): its type and its data, with encoders and decoders for the ones
 * this handshake uses. Unknown ones are kept as bytes so a decoded message re-encodes exactly.
 */
public record Extension(int type, byte[] data) {

    public static final int SERVER_NAME = 0;
    public static final int SUPPORTED_GROUPS = 10;
    public static final int SIGNATURE_ALGORITHMS = 13;
    /** application_layer_protocol_negotiation (RFC 7301 §3.1). */
    public static final int ALPN = 16;
    public static final int RECORD_SIZE_LIMIT = 28;
    public static final int SESSION_TICKET = 35;
    public static final int PRE_SHARED_KEY = 41;
    public static final int EARLY_DATA = 42;
    public static final int SUPPORTED_VERSIONS = 43;
    public static final int PSK_KEY_EXCHANGE_MODES = 45;
    public static final int KEY_SHARE = 51;
    public static final int RENEGOTIATION_INFO = 0xff01;
    /** TLS 1.3's version number in supported_versions (§4.2.1). */
    public static final int TLS13 = 0x0304;
    /** psk_dhe_ke: resumption with a fresh (EC)DHE (§4.2.9). */
    public static final int PSK_DHE_KE = 1;

    public Extension {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** server_name with one host_name entry (RFC 6066 §3). */
    public static Extension serverName(String host) {
        byte[] name = host.getBytes(StandardCharsets.US_ASCII);
        return new Extension(SERVER_NAME, new TlsWriter().vector16(w -> w.u8(0).vector16(name)).toByteArray());
    }

    /** A list of 2-byte codes in a 2-byte-length vector: supported_groups, signature_algorithms. */
    public static Extension codes16(int type, List<Integer> codes) {
        return new Extension(type, new TlsWriter().vector16(w -> codes.forEach(w::u16)).toByteArray());
    }

    /**
     * ALPN's ProtocolNameList (RFC 7301 §3.1): the client's offer in preference order, or the
     * server's one choice in EncryptedExtensions.
     */
    public static Extension alpn(List<String> protocols) {
        return new Extension(ALPN, new TlsWriter().vector16(w -> protocols.forEach(
                p -> w.vector8(p.getBytes(StandardCharsets.US_ASCII)))).toByteArray());
    }

    /** The protocol names of an ALPN extension; an empty list or name is a decode_error (§3.1). */
    public List<String> alpnProtocols() {
        TlsReader r = new TlsReader(data);
        TlsReader list = r.sub16();
        r.expectEnd("application_layer_protocol_negotiation");
        List<String> names = new ArrayList<>();
        while (list.hasMore()) {
            byte[] name = list.vector8();
            if (name.length == 0) {
                throw new TlsAlertException(AlertDescription.DECODE_ERROR, "an empty ALPN protocol name");
            }
            names.add(new String(name, StandardCharsets.US_ASCII));
        }
        if (names.isEmpty()) {
            throw new TlsAlertException(AlertDescription.DECODE_ERROR, "an empty ALPN protocol list");
        }
        return names;
    }

    /** The client's supported_versions: a 1-byte-length list (§4.2.1). */
    public static Extension clientVersions(List<Integer> versions) {
        return new Extension(SUPPORTED_VERSIONS, new TlsWriter().vector8(w -> versions.forEach(w::u16)).toByteArray());
    }

    /** The server's supported_versions: the one version chosen. */
    public static Extension serverVersion(int version) {
        return new Extension(SUPPORTED_VERSIONS, new TlsWriter().u16(version).toByteArray());
    }

    /** psk_key_exchange_modes (§4.2.9). */
    public static Extension pskModes(int... modes) {
        return new Extension(PSK_KEY_EXCHANGE_MODES, new TlsWriter().vector8(w -> {
            for (int m : modes) {
                w.u8(m);
            }
        }).toByteArray());
    }

    /** The client's key_share: its shares, each group and key_exchange (§4.2.8). */
    public static Extension clientKeyShares(List<KeyShare> shares) {
        return new Extension(KEY_SHARE, new TlsWriter().vector16(w -> shares.forEach(s -> s.write(w))).toByteArray());
    }

    /** The server's key_share: the one share it chose. */
    public static Extension serverKeyShare(KeyShare share) {
        TlsWriter w = new TlsWriter();
        share.write(w);
        return new Extension(KEY_SHARE, w.toByteArray());
    }

    /** early_data as a ClientHello or EncryptedExtensions carries it: empty (§4.2.10). */
    public static Extension earlyData() {
        return new Extension(EARLY_DATA, new byte[0]);
    }

    /** early_data in a NewSessionTicket: the most early data the server will take, in bytes (§4.2.10). */
    public static Extension earlyDataLimit(long maxEarlyDataSize) {
        return new Extension(EARLY_DATA, new TlsWriter().u32(maxEarlyDataSize).toByteArray());
    }

    /** The server's pre_shared_key: the index of the identity it chose (§4.2.11). */
    public static Extension selectedPsk(int identity) {
        return new Extension(PRE_SHARED_KEY, new TlsWriter().u16(identity).toByteArray());
    }

    /** max_early_data_size of a NewSessionTicket's early_data. */
    public long earlyDataLimit() {
        TlsReader r = new TlsReader(data);
        long max = r.u32();
        r.expectEnd("early_data");
        return max;
    }

    /** The identity index of the server's pre_shared_key. */
    public int selectedPsk() {
        TlsReader r = new TlsReader(data);
        int selected = r.u16();
        r.expectEnd("pre_shared_key");
        return selected;
    }

    /** The host name in server_name data. */
    public String hostName() {
        TlsReader list = new TlsReader(data).sub16();
        while (list.hasMore()) {
            int kind = list.u8();
            byte[] name = list.vector16();
            if (kind == 0) {
                return new String(name, StandardCharsets.US_ASCII);
            }
        }
        throw new TlsAlertException(AlertDescription.DECODE_ERROR, "server_name has no host_name");
    }

    /** The 2-byte codes of a supported_groups or signature_algorithms extension. */
    public List<Integer> codes16() {
        TlsReader r = new TlsReader(data).sub16();
        List<Integer> codes = new ArrayList<>();
        while (r.hasMore()) {
            codes.add(r.u16());
        }
        return codes;
    }

    /** The versions of the client's supported_versions. */
    public List<Integer> clientVersions() {
        TlsReader r = new TlsReader(new TlsReader(data).vector8());
        List<Integer> versions = new ArrayList<>();
        while (r.hasMore()) {
            versions.add(r.u16());
        }
        return versions;
    }

    /** The version of the server's supported_versions. */
    public int serverVersion() {
        TlsReader r = new TlsReader(data);
        int v = r.u16();
        r.expectEnd("supported_versions");
        return v;
    }

    /** The shares of the client's key_share. */
    public List<KeyShare> clientKeyShares() {
        TlsReader r = new TlsReader(data).sub16();
        List<KeyShare> shares = new ArrayList<>();
        while (r.hasMore()) {
            shares.add(KeyShare.read(r));
        }
        return shares;
    }

    /** The one share of the server's key_share. */
    public KeyShare serverKeyShare() {
        TlsReader r = new TlsReader(data);
        KeyShare s = KeyShare.read(r);
        r.expectEnd("key_share");
        return s;
    }

    static void writeAll(TlsWriter w, List<Extension> extensions) {
        w.vector16(v -> extensions.forEach(e -> v.u16(e.type).vector16(e.data)));
    }

    static List<Extension> readAll(TlsReader r) {
        TlsReader list = r.sub16();
        List<Extension> out = new ArrayList<>();
        while (list.hasMore()) {
            out.add(new Extension(list.u16(), list.vector16()));
        }
        return List.copyOf(out);
    }

    /** The extension of {@code type} in {@code extensions}, if there is one. */
    public static Optional<Extension> find(List<Extension> extensions, int type) {
        return extensions.stream().filter(e -> e.type == type).findFirst();
    }
}
