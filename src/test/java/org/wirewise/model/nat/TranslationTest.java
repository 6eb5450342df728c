package org.wirewise.model.nat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.model.packet.Checksum;
import org.wirewise.model.packet.Frames;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;

/** Checksums after translation: a full recomputation and RFC 1624's incremental update agree. */
class TranslationTest {

    private static final MacAddress HOST = MacAddress.of("02:00:00:00:01:0a");
    private static final MacAddress NAT_IN = MacAddress.of("02:00:00:00:01:01");
    private static final MacAddress NAT_OUT = MacAddress.of("02:00:00:00:02:01");
    private static final MacAddress ISP = MacAddress.of("02:00:00:00:02:fe");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void rewrittenFramesHaveValidChecksumsEqualToRfc1624IncrementalUpdates(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Endpoint inside = Endpoint.of("192.168.1." + (2 + r.nextInt(250)), 1024 + r.nextInt(64000));
        Endpoint server = Endpoint.of("198.51.100." + (1 + r.nextInt(250)), 1 + r.nextInt(65535));
        Endpoint outside = Endpoint.of("203.0.113." + (1 + r.nextInt(250)), 1024 + r.nextInt(64000));
        byte[] payload = new byte[r.nextInt(64)];
        r.nextBytes(payload);
        boolean tcp = r.nextBoolean();
        byte[] before = tcp
                ? Frames.tcpOverIpv4(HOST, NAT_IN, inside.address(), server.address(), r.nextInt(65536), 64,
                new TcpSegment(inside.port(), server.port(), r.nextLong(1L << 32), r.nextLong(1L << 32),
                        TcpFlags.ACK | TcpFlags.PSH, r.nextInt(65536), 0, List.of(), payload))
                : Frames.udpOverIpv4(HOST, NAT_IN, inside.address(), server.address(), r.nextInt(65536), 64,
                new UdpDatagram(inside.port(), server.port(), payload));

        byte[] after = Translation.rewrite(before, NAT_OUT, ISP, outside, null);

        assertThat(Translation.source(after)).as("seed %d", seed).isEqualTo(outside);
        assertThat(Translation.destination(after)).isEqualTo(server);
        assertThat(after[14 + 8] & 0xFF).as("TTL one lower").isEqualTo(63);
        assertThat(Checksum.internet(after, 14, 20)).as("IPv4 header checksum verifies").isZero();
        int l4 = 14 + 20;
        int l4Length = after.length - l4;
        int l4Checksum = l4 + (tcp ? 16 : 6);
        byte[] segment = java.util.Arrays.copyOfRange(after, l4, after.length);
        assertThat(Checksum.pseudoHeaderChecksum(outside.address(), server.address(), tcp ? 6 : 17, segment))
                .as("%s checksum verifies over the new pseudo-header", tcp ? "TCP" : "UDP").isIn(0, 0xFFFF);
        assertThat(l4Length).isEqualTo(before.length - l4);

        // RFC 1624: adjust the old checksums for each changed 16-bit word.
        int ipSum = u16(before, 14 + 10);
        int l4Sum = u16(before, l4Checksum);
        for (int w = 0; w < 2; w++) {
            int oldWord = u16(before, 14 + 12 + 2 * w);
            int newWord = u16(after, 14 + 12 + 2 * w);
            ipSum = Translation.adjust(ipSum, oldWord, newWord);
            l4Sum = Translation.adjust(l4Sum, oldWord, newWord);
        }
        ipSum = Translation.adjust(ipSum, u16(before, 14 + 8), u16(after, 14 + 8)); // TTL/protocol word
        l4Sum = Translation.adjust(l4Sum, u16(before, l4), u16(after, l4)); // source port
        assertThat(ipSum).as("incremental IPv4 checksum").isEqualTo(u16(after, 14 + 10));
        if (!tcp && l4Sum == 0) {
            l4Sum = 0xFFFF;
        }
        assertThat(equivalent(l4Sum, u16(after, l4Checksum))).as("incremental %s checksum, seed %d",
                tcp ? "TCP" : "UDP", seed).isTrue();
    }

    /** 0x0000 and 0xFFFF are the same value in ones' complement. */
    private static boolean equivalent(int a, int b) {
        return a == b || (a == 0 && b == 0xFFFF) || (a == 0xFFFF && b == 0);
    }
}
