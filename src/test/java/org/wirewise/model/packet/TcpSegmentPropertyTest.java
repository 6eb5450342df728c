package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** RFC 9293 §3.1/§3.2: whatever a sender may put in a segment comes back from its bytes. */
class TcpSegmentPropertyTest {

    @Property
    void encodeThenDecode_givesTheSegmentBack(@ForAll("segments") TcpSegment segment, @ForAll boolean overIpv6) {
        InetAddress src = overIpv6 ? Hex.v6("2001:db8::10") : Hex.v4("192.168.0.10");
        InetAddress dst = overIpv6 ? Hex.v6("2001:db8::1") : Hex.v4("93.184.216.34");

        byte[] bytes = segment.encode(src, dst);
        TcpSegment decoded = TcpSegment.decode(bytes, 0, bytes.length);

        assertThat(bytes).hasSize(segment.headerLength() + segment.payloadLength());
        assertThat(decoded).isEqualTo(asOnTheWire(segment));
        assertThat(Checksum.pseudoHeaderChecksum(src, dst, IpProtocol.TCP, bytes)).isZero();
        assertThat(decoded.encode(src, dst)).isEqualTo(bytes);
    }

    @Property
    void decodingStopsAtTheGivenLength(@ForAll("segments") TcpSegment segment) {
        byte[] bytes = segment.encode(Hex.v4("10.0.0.1"), Hex.v4("10.0.0.2"));
        byte[] embedded = new byte[bytes.length + 10];
        System.arraycopy(bytes, 0, embedded, 5, bytes.length);

        assertThat(TcpSegment.decode(embedded, 5, bytes.length)).isEqualTo(asOnTheWire(segment));
    }

    /**
     * Zero padding after options that end off a 4-byte boundary reads back as End of Option List
     * (RFC 9293 §3.2: EOL is a zero byte), so a decoded list gains an EOL where padding was.
     */
    static TcpSegment asOnTheWire(TcpSegment s) {
        List<TcpOption> options = new ArrayList<>(s.options());
        boolean endsWithEol = !options.isEmpty() && options.get(options.size() - 1) instanceof TcpOption.EndOfOptions;
        if (!endsWithEol && TcpOptionCodec.rawLength(options) % 4 != 0) {
            options.add(new TcpOption.EndOfOptions());
        }
        return new TcpSegment(s.sourcePort(), s.destinationPort(), s.sequenceNumber(), s.acknowledgmentNumber(),
                s.flags(), s.window(), s.urgentPointer(), options, s.payload());
    }

    @Provide
    Arbitrary<TcpSegment> segments() {
        Arbitrary<Integer> port = Arbitraries.integers().between(0, 0xFFFF);
        Arbitrary<Long> sequence = Arbitraries.longs().between(0, 0xFFFF_FFFFL);
        Arbitrary<Integer> flags = Arbitraries.integers().between(0, 0xFFF);
        Arbitrary<byte[]> payload = Arbitraries.bytes().array(byte[].class).ofMaxSize(1500);
        return Combinators.combine(port, port, sequence, sequence, flags, port, port, options())
                .as((sp, dp, seq, ack, f, win, urg, opts) -> new TcpSegment(sp, dp, seq, ack, f, win, urg, opts,
                        new byte[0]))
                .flatMap(s -> payload.map(p -> new TcpSegment(s.sourcePort(), s.destinationPort(), s.sequenceNumber(),
                        s.acknowledgmentNumber(), s.flags(), s.window(), s.urgentPointer(), s.options(), p)));
    }

    /** Lists of options that fit the 40 bytes, with End of Option List only ever last. */
    static Arbitrary<List<TcpOption>> options() {
        Arbitrary<Long> u32 = Arbitraries.longs().between(0, 0xFFFF_FFFFL);
        Arbitrary<SackBlock> block = Combinators.combine(u32, u32).as(SackBlock::new);
        Arbitrary<Integer> unknownKind = Arbitraries.integers().between(6, 255).filter(k -> k != 8);
        Arbitrary<TcpOption> option = Arbitraries.oneOf(
                Arbitraries.just(new TcpOption.Nop()),
                Arbitraries.just(new TcpOption.SackPermitted()),
                Arbitraries.integers().between(0, 0xFFFF).map(TcpOption.Mss::new),
                Arbitraries.integers().between(0, 0xFF).map(TcpOption.WindowScale::new),
                Combinators.combine(u32, u32).as(TcpOption.Timestamps::new),
                block.list().ofMinSize(1).ofMaxSize(4).map(TcpOption.Sack::new),
                Combinators.combine(unknownKind, Arbitraries.bytes().array(byte[].class).ofMaxSize(12))
                        .as(TcpOption.Unknown::new));
        return Combinators.combine(option.list().ofMaxSize(8), Arbitraries.of(true, false))
                .as((list, endWithEol) -> {
                    List<TcpOption> options = new ArrayList<>(list);
                    if (endWithEol) {
                        options.add(new TcpOption.EndOfOptions());
                    }
                    return options;
                })
                .filter(list -> TcpOptionCodec.rawLength(list) <= TcpOptionCodec.MAX_OPTIONS_LENGTH);
    }
}
