package org.wirewise.model.quic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Transport parameters (RFC 9000 §18) as the ClientHello of RFC 9001 A.2 carries them in extension 0x39. */
class TransportParametersTest {

    /** The quic_transport_parameters extension body of RFC 9001 A.2's ClientHello (after 0039 0032). */
    private static final byte[] A2 = HexFormat.of().parseHex(
            "0408ffffffffffffffff05048000ffff07048000ffff0801100104800075300901100f088394c8f03e51570806048000ffff");

    @Test
    void theClientHelloOfA2OffersTheseParameters() {
        TransportParameters p = TransportParameters.decode(A2);
        assertEquals(VarInt.MAX, p.integer(TransportParameters.INITIAL_MAX_DATA, 0));
        assertEquals(65_535, p.integer(TransportParameters.INITIAL_MAX_STREAM_DATA_BIDI_LOCAL, 0));
        assertEquals(65_535, p.integer(TransportParameters.INITIAL_MAX_STREAM_DATA_BIDI_REMOTE, 0));
        assertEquals(65_535, p.integer(TransportParameters.INITIAL_MAX_STREAM_DATA_UNI, 0));
        assertEquals(16, p.integer(TransportParameters.INITIAL_MAX_STREAMS_BIDI, 0));
        assertEquals(16, p.integer(TransportParameters.INITIAL_MAX_STREAMS_UNI, 0));
        assertEquals(30_000, p.integer(TransportParameters.MAX_IDLE_TIMEOUT, 0));
        assertArrayEquals(Rfc9001Vectors.hex("dcid"), p.bytes(TransportParameters.INITIAL_SOURCE_CONNECTION_ID).orElseThrow());
        assertEquals(3, p.integer(TransportParameters.ACK_DELAY_EXPONENT, 3), "absent: the default of §18.2");
        assertArrayEquals(A2, p.encode(), "re-encoded in the order received");
        assertEquals("initial_max_data = 4611686018427387903", p.describe().get(0));
    }

    @Test
    void aRepeatedParameterIsATransportParameterError() {
        byte[] twice = HexFormat.of().parseHex("0801100801");
        assertEquals(TransportError.TRANSPORT_PARAMETER_ERROR,
                assertThrows(QuicException.class, () -> TransportParameters.decode(twice)).error());
    }
}
