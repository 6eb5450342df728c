package org.wirewise.model.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.testing.Tshark;

class PcapngWriterTest {

    private static final String SHB = "0a0d0d0a" + "1c000000" + "4d3c2b1a" + "0100" + "0000" + "ffffffffffffffff" + "1c000000";
    // link type 1, reserved, snap length 262144, if_tsresol (9) length 1 value 9 padded, opt_endofopt
    private static final String IDB = "01000000" + "20000000" + "0100" + "0000" + "00000400"
            + "0900" + "0100" + "09000000" + "00000000" + "20000000";

    @Test
    void emptyFile_isASectionHeaderAndAnInterfaceWithNanosecondTimestamps() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PcapngWriter(out, LinkType.ETHERNET).close();

        assertThat(HexFormat.of().formatHex(out.toByteArray())).isEqualTo(SHB + IDB);
    }

    @Test
    void secretsBlock_holdsTheKeyLogTypedTlskPaddedTo32Bits_thenThePacket() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapngWriter writer = new PcapngWriter(out, LinkType.ETHERNET)) {
            writer.writeTlsKeyLog("ab\n");
            writer.write(1_700_000_000_123_456_789L, new byte[] {0x45, 0});
        }
        String hex = HexFormat.of().formatHex(out.toByteArray());

        // DSB: type 0x0A, 24 bytes in all, "TLSK", 3 secret bytes, "ab\n" and one byte of padding
        String dsb = "0a000000" + "18000000" + "4b534c54" + "03000000" + "61620a00" + "18000000";
        // EPB: interface 0, 1700000000123456789 ns = 0x17979cfe_3d85cd15 as high then low word,
        // 2 captured and 2 original bytes, the frame padded to 4, no options
        String epb = "06000000" + "24000000" + "00000000" + "fe9c9717" + "15cd853d" + "02000000" + "02000000"
                + "45000000" + "24000000";
        assertThat(hex).isEqualTo(SHB + IDB + dsb + epb);
    }

    @Test
    void theReaderReadsItBack_withNanosecondTimestampsExact() throws IOException {
        Capture written = new Capture(LinkType.RAW, List.of(
                CapturedPacket.of(1_700_000_000_123_456_789L, new byte[] {0x45, 1, 2, 3, 4}),
                new CapturedPacket(1_700_000_000_123_456_790L, 1500, new byte[] {0x45, 9})));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PcapngWriter.write(out, written, "CLIENT_RANDOM 00 11\n");

        assertThat(PcapReader.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(written);
    }

    @Test
    void badInput_isRefusedWithTheReason() {
        PcapngWriter writer = new PcapngWriter(new ByteArrayOutputStream(), LinkType.ETHERNET);
        assertThatThrownBy(() -> writer.write(-1, new byte[1])).hasMessageContaining("before 1970");
        assertThatThrownBy(() -> writer.write(0, new byte[4], 3)).hasMessageContaining("less than the frame's 4 bytes");
        assertThatThrownBy(() -> writer.writeTlsKeyLog("")).hasMessageContaining("at least one key log line");
        assertThatThrownBy(() -> new PcapngWriter(new ByteArrayOutputStream(), 70_000)).hasMessageContaining("link type");
    }

    /**
     * The judge: a real TLS 1.3 capture (The Illustrated TLS 1.3 Connection) rewritten as pcapng
     * with its own key log inside. tshark, given no settings, must decrypt the handshake messages
     * after ServerHello and the application data.
     */
    @Test
    void aRealTls13Capture_withItsKeyLogEmbedded_decryptsInTsharkWithNoSettings(@TempDir Path dir) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Capture capture = TestCaptures.read(TestCaptures.TLS13);
        String keyLog = Files.readString(TestCaptures.DIR.resolve("illustrated-tls13_keylog.txt"), StandardCharsets.UTF_8);
        Path withSecrets = dir.resolve("tls13.pcapng");
        try (OutputStream out = Files.newOutputStream(withSecrets)) {
            PcapngWriter.write(out, capture, keyLog);
        }
        Path without = dir.resolve("tls13-no-secrets.pcapng");
        try (OutputStream out = Files.newOutputStream(without)) {
            PcapngWriter.write(out, capture, null);
        }

        Decoded decoded = Decoded.of(Tshark.asOpened(withSecrets, "tls.handshake.type", "data.data"));
        Decoded plain = Decoded.of(Tshark.asOpened(without, "tls.handshake.type", "data.data"));

        // RFC 8446 §4: 8 EncryptedExtensions, 11 Certificate, 15 CertificateVerify, 20 Finished,
        // 4 NewSessionTicket: all sent encrypted, so visible only with the secrets.
        assertThat(decoded.handshakeTypes).contains("1", "2", "8", "11", "15", "20", "4");
        assertThat(plain.handshakeTypes).containsOnly("1", "2");
        // The application data the capture's client and server exchange: "ping" and "pong".
        assertThat(decoded.data).containsExactly("ping", "pong");
        assertThat(plain.data).isEmpty();
    }

    /** What tshark decoded: every handshake message type, and the decrypted application data as text. */
    private record Decoded(Set<String> handshakeTypes, List<String> data) {

        static Decoded of(List<String[]> rows) {
            Set<String> types = new TreeSet<>();
            List<String> data = new ArrayList<>();
            for (String[] row : rows) {
                if (!row[0].isEmpty()) {
                    types.addAll(Arrays.asList(row[0].split(",")));
                }
                if (!row[1].isEmpty()) {
                    data.add(new String(HexFormat.of().parseHex(row[1]), StandardCharsets.US_ASCII));
                }
            }
            return new Decoded(types, data);
        }
    }
}
