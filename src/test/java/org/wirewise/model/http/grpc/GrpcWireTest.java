package org.wirewise.model.http.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gRPC wire pieces of PROTOCOL-HTTP2.md: the 5-byte prefix, grpc-timeout's grammar, grpc-status. */
class GrpcWireTest {

    @Test
    void theLengthPrefixIsAFlagAndFourBigEndianBytes() {
        byte[] framed = GrpcFraming.frame(new QuoteMessages.GetQuote("ACME").proto().bytes());
        assertThat(HexFormat.ofDelimiter(" ").formatHex(framed)).isEqualTo("00 00 00 00 06 0a 04 41 43 4d 45");
    }

    @Test
    void theReaderFindsTheSameMessagesHoweverDataIsCut() {
        byte[] a = GrpcFraming.frame(new byte[] {1, 2, 3});
        byte[] b = GrpcFraming.frame(new byte[300]);
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        for (int cut = 0; cut <= both.length; cut++) {
            GrpcFraming.Reader reader = new GrpcFraming.Reader();
            List<byte[]> got = new ArrayList<>(reader.add(Arrays.copyOfRange(both, 0, cut)));
            got.addAll(reader.add(Arrays.copyOfRange(both, cut, both.length)));
            assertThat(got).as("cut at %d", cut).hasSize(2);
            assertThat(got.get(1)).hasSize(300);
            assertThat(reader.buffered()).isZero();
        }
    }

    @Test
    void timeoutsUseTheFinestUnitThatFitsInEightDigits() {
        assertThat(GrpcTimeout.encode(200_000_000L)).isEqualTo("200000u");
        assertThat(GrpcTimeout.encode(99_999_999L)).isEqualTo("99999999n");
        assertThat(GrpcTimeout.encode(100_000_000L)).isEqualTo("100000u");
        assertThat(GrpcTimeout.encode(3_600_000_000_000_000L)).isEqualTo("3600000S");
        assertThat(GrpcTimeout.parse("200000u")).contains(200_000_000L);
        assertThat(GrpcTimeout.parse("1H")).contains(3_600_000_000_000L);
    }

    @Test
    void timeoutsOutsideTheGrammarAreRefused() {
        assertThat(GrpcTimeout.parse("123456789S")).as("nine digits").isEqualTo(Optional.empty());
        assertThat(GrpcTimeout.parse("100")).as("no unit").isEmpty();
        assertThat(GrpcTimeout.parse("1x")).isEmpty();
        assertThat(GrpcTimeout.parse("-1S")).isEmpty();
    }

    @Test
    void statusCodesAreTheirNumbersAndAnythingElseIsUnknown() {
        assertThat(GrpcStatus.DEADLINE_EXCEEDED.code()).isEqualTo(4);
        assertThat(GrpcStatus.UNAUTHENTICATED.code()).isEqualTo(16);
        assertThat(GrpcStatus.of("12")).isEqualTo(GrpcStatus.UNIMPLEMENTED);
        assertThat(GrpcStatus.of("17")).isEqualTo(GrpcStatus.UNKNOWN);
        assertThat(GrpcStatus.of("x")).isEqualTo(GrpcStatus.UNKNOWN);
    }

    @Test
    void getQuoteParsingSkipsUnknownFieldsAndSurvivesTruncation() {
        byte[] withExtra = {0x10, (byte) 0x96, 0x01, 0x0a, 0x02, 'O', 'K', 0x1d, 1, 2, 3, 4};
        assertThat(QuoteMessages.GetQuote.parse(withExtra).symbol()).isEqualTo("OK");
        assertThat(QuoteMessages.GetQuote.parse(new byte[] {0x0a, 0x09, 'A'}).symbol()).isEmpty();
        assertThat(QuoteMessages.GetQuote.parse(new byte[] {(byte) 0x80}).symbol()).isEmpty();
    }
}
