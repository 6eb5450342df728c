package org.wirewise.model.http.grpc;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The lesson's schema, as a .proto file would declare it ({@link #PROTO}), with hand-written
 * encoders in the field order generated code uses (by field number, defaults left out), and the
 * same messages in proto3's JSON mapping (lowerCamelCase names, int64 as a string, a Timestamp as
 * RFC 3339) for the size comparison.
 */
public final class QuoteMessages {

    /** The service and messages the lesson's bytes follow. */
    public static final String PROTO = """
            syntax = "proto3";
            package quotes;
            import "google/protobuf/timestamp.proto";
            service Quotes {
              rpc Get(GetQuote) returns (Quote);
              rpc Watch(GetQuote) returns (stream Quote);
              rpc Basket(stream GetQuote) returns (Quote);
              rpc Trade(stream GetQuote) returns (stream Quote);
            }
            message GetQuote { string symbol = 1; }
            message Quote {
              string symbol = 1;
              int64 price_cents = 2;
              google.protobuf.Timestamp time = 3;
              repeated sint32 moves = 4;
            }
            """;

    private QuoteMessages() {
    }

    /** {@code GetQuote}: which symbol. */
    public record GetQuote(String symbol) {

        public ProtoMessage proto() {
            ProtoWriter w = new ProtoWriter();
            if (!symbol.isEmpty()) {
                w.string(1, "symbol", symbol);
            }
            return w.toMessage();
        }

        public String json() {
            return "{\"symbol\":" + quoted(symbol) + "}";
        }

        /**
         * Reads a GetQuote as generated code does: field 1 if it is a string, every other field
         * skipped by its wire type; bytes that break the encoding give what was read before them.
         */
        public static GetQuote parse(byte[] b) {
            String symbol = "";
            int at = 0;
            while (at < b.length) {
                Varint.Read tag = Varint.read(b, at, b.length);
                if (tag == null) {
                    break;
                }
                at += tag.length();
                ProtoWireType type = ProtoWireType.of((int) (tag.value() & 7));
                int size = type == ProtoWireType.I64 ? 8 : type == ProtoWireType.I32 ? 4 : -1;
                if (type == ProtoWireType.VARINT) {
                    Varint.Read v = Varint.read(b, at, b.length);
                    size = v == null ? -1 : v.length();
                } else if (type == ProtoWireType.LEN) {
                    Varint.Read n = Varint.read(b, at, b.length);
                    if (n == null || n.value() < 0 || n.value() > b.length - at - n.length()) {
                        break;
                    }
                    at += n.length();
                    size = (int) n.value();
                    if (tag.value() >>> 3 == 1) {
                        symbol = new String(b, at, size, java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
                if (size < 0 || at + size > b.length) {
                    break;
                }
                at += size;
            }
            return new GetQuote(symbol);
        }
    }

    /**
     * {@code Quote}: a price at a moment and its last moves in cents.
     *
     * @param epochNanos the moment, nanoseconds since 1970 (a google.protobuf.Timestamp on the wire)
     */
    public record Quote(String symbol, long priceCents, long epochNanos, long[] moves) {

        public Quote {
            moves = moves.clone();
        }

        @Override
        public long[] moves() {
            return moves.clone();
        }

        public ProtoMessage proto() {
            ProtoWriter w = new ProtoWriter();
            if (!symbol.isEmpty()) {
                w.string(1, "symbol", symbol);
            }
            if (priceCents != 0) {
                w.varint(2, "price_cents", priceCents);
            }
            w.message(3, "time", timestamp(epochNanos));
            if (moves.length > 0) {
                w.packedSint(4, "moves", moves);
            }
            return w.toMessage();
        }

        public String json() {
            String m = Arrays.stream(moves).mapToObj(Long::toString).collect(Collectors.joining(","));
            return "{\"symbol\":" + quoted(symbol) + ",\"priceCents\":\"" + priceCents + "\",\"time\":\""
                    + rfc3339(epochNanos) + "\"" + (moves.length == 0 ? "" : ",\"moves\":[" + m + "]") + "}";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Quote q && q.symbol.equals(symbol) && q.priceCents == priceCents
                    && q.epochNanos == epochNanos && Arrays.equals(q.moves, moves);
        }

        @Override
        public int hashCode() {
            return symbol.hashCode() * 31 + Long.hashCode(priceCents) + Arrays.hashCode(moves);
        }

        @Override
        public String toString() {
            return symbol + " " + priceCents + " at " + rfc3339(epochNanos) + " moves "
                    + Arrays.toString(moves);
        }
    }

    /** google.protobuf.Timestamp: int64 seconds = 1, int32 nanos = 2. */
    static ProtoMessage timestamp(long epochNanos) {
        long seconds = Math.floorDiv(epochNanos, 1_000_000_000L);
        long nanos = Math.floorMod(epochNanos, 1_000_000_000L);
        ProtoWriter w = new ProtoWriter();
        if (seconds != 0) {
            w.varint(1, "seconds", seconds);
        }
        if (nanos != 0) {
            w.varint(2, "nanos", nanos);
        }
        return w.toMessage();
    }

    /** A Timestamp as proto3 JSON writes it: UTC, "Z", with 0, 3, 6 or 9 fractional digits. */
    static String rfc3339(long epochNanos) {
        long seconds = Math.floorDiv(epochNanos, 1_000_000_000L);
        int nanos = (int) Math.floorMod(epochNanos, 1_000_000_000L);
        String time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
        String fraction = nanos == 0 ? "" : nanos % 1_000_000 == 0 ? String.format(".%03d", nanos / 1_000_000)
                : nanos % 1_000 == 0 ? String.format(".%06d", nanos / 1_000) : String.format(".%09d", nanos);
        return time + fraction + "Z";
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
