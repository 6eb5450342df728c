package org.wirewise.model.quic;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * QUIC transport parameters (RFC 9000 §18), carried in TLS's quic_transport_parameters extension
 * (0x39, RFC 9001 §8.2): a sequence of (id, length, value). Kept in the order received so they
 * re-encode exactly; integers are variable-length integers.
 */
public record TransportParameters(List<Parameter> parameters) {

    public static final int ORIGINAL_DESTINATION_CONNECTION_ID = 0x00;
    public static final int MAX_IDLE_TIMEOUT = 0x01;
    public static final int STATELESS_RESET_TOKEN = 0x02;
    public static final int MAX_UDP_PAYLOAD_SIZE = 0x03;
    public static final int INITIAL_MAX_DATA = 0x04;
    public static final int INITIAL_MAX_STREAM_DATA_BIDI_LOCAL = 0x05;
    public static final int INITIAL_MAX_STREAM_DATA_BIDI_REMOTE = 0x06;
    public static final int INITIAL_MAX_STREAM_DATA_UNI = 0x07;
    public static final int INITIAL_MAX_STREAMS_BIDI = 0x08;
    public static final int INITIAL_MAX_STREAMS_UNI = 0x09;
    public static final int ACK_DELAY_EXPONENT = 0x0a;
    public static final int MAX_ACK_DELAY = 0x0b;
    public static final int DISABLE_ACTIVE_MIGRATION = 0x0c;
    public static final int ACTIVE_CONNECTION_ID_LIMIT = 0x0e;
    public static final int INITIAL_SOURCE_CONNECTION_ID = 0x0f;
    public static final int RETRY_SOURCE_CONNECTION_ID = 0x10;

    /** One parameter: its id and its value's bytes. */
    public record Parameter(long id, byte[] value) {
        public Parameter {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }
    }

    public TransportParameters {
        parameters = List.copyOf(parameters);
    }

    public static TransportParameters empty() {
        return new TransportParameters(List.of());
    }

    /** These parameters and one more integer parameter. */
    public TransportParameters with(int id, long value) {
        return with(id, VarInt.encode(value));
    }

    /** These parameters and one more whose value is {@code bytes} (a connection ID, a token). */
    public TransportParameters with(int id, byte[] bytes) {
        List<Parameter> all = new ArrayList<>(parameters);
        all.add(new Parameter(id, bytes));
        return new TransportParameters(all);
    }

    public Optional<byte[]> bytes(int id) {
        return parameters.stream().filter(p -> p.id() == id).findFirst().map(Parameter::value);
    }

    /** An integer parameter, or {@code otherwise} when absent (§18.2 gives the defaults). */
    public long integer(int id, long otherwise) {
        return bytes(id).map(b -> {
            if (b.length == 0 || VarInt.lengthOf(b[0]) != b.length) {
                throw new QuicException(TransportError.TRANSPORT_PARAMETER_ERROR, "parameter 0x" + Integer.toHexString(id) + " is not one integer");
            }
            return VarInt.decode(b, 0);
        }).orElse(otherwise);
    }

    public byte[] encode() {
        QuicWriter w = new QuicWriter();
        parameters.forEach(p -> w.varint(p.id()).lengthPrefixed(p.value));
        return w.toByteArray();
    }

    /** The extension's body read back; a parameter twice or cut short is TRANSPORT_PARAMETER_ERROR (§7.4, §18). */
    public static TransportParameters decode(byte[] bytes) {
        QuicReader r = new QuicReader(bytes, TransportError.TRANSPORT_PARAMETER_ERROR);
        List<Parameter> all = new ArrayList<>();
        while (r.remaining() > 0) {
            long id = r.varint();
            if (all.stream().anyMatch(p -> p.id() == id)) {
                throw new QuicException(TransportError.TRANSPORT_PARAMETER_ERROR, "parameter 0x" + Long.toHexString(id) + " appears twice (§7.4)");
            }
            all.add(new Parameter(id, r.lengthPrefixed()));
        }
        return new TransportParameters(all);
    }

    /** One line per parameter with the RFC's name, for a lesson's table. */
    public List<String> describe() {
        return parameters.stream().map(p -> name(p.id()) + " = " + (isInteger(p.id()) && p.value.length > 0
                ? Long.toString(VarInt.decode(p.value, 0)) : HexFormat.of().formatHex(p.value))).toList();
    }

    private static boolean isInteger(long id) {
        return id != ORIGINAL_DESTINATION_CONNECTION_ID && id != STATELESS_RESET_TOKEN && id != DISABLE_ACTIVE_MIGRATION
                && id != INITIAL_SOURCE_CONNECTION_ID && id != RETRY_SOURCE_CONNECTION_ID && id != 0x0d;
    }

    static String name(long id) {
        return switch ((int) id) {
            case ORIGINAL_DESTINATION_CONNECTION_ID -> "original_destination_connection_id";
            case MAX_IDLE_TIMEOUT -> "max_idle_timeout";
            case STATELESS_RESET_TOKEN -> "stateless_reset_token";
            case MAX_UDP_PAYLOAD_SIZE -> "max_udp_payload_size";
            case INITIAL_MAX_DATA -> "initial_max_data";
            case INITIAL_MAX_STREAM_DATA_BIDI_LOCAL -> "initial_max_stream_data_bidi_local";
            case INITIAL_MAX_STREAM_DATA_BIDI_REMOTE -> "initial_max_stream_data_bidi_remote";
            case INITIAL_MAX_STREAM_DATA_UNI -> "initial_max_stream_data_uni";
            case INITIAL_MAX_STREAMS_BIDI -> "initial_max_streams_bidi";
            case INITIAL_MAX_STREAMS_UNI -> "initial_max_streams_uni";
            case ACK_DELAY_EXPONENT -> "ack_delay_exponent";
            case MAX_ACK_DELAY -> "max_ack_delay";
            case DISABLE_ACTIVE_MIGRATION -> "disable_active_migration";
            case 0x0d -> "preferred_address";
            case ACTIVE_CONNECTION_ID_LIMIT -> "active_connection_id_limit";
            case INITIAL_SOURCE_CONNECTION_ID -> "initial_source_connection_id";
            case RETRY_SOURCE_CONNECTION_ID -> "retry_source_connection_id";
            default -> "0x" + Long.toHexString(id);
        };
    }
}
