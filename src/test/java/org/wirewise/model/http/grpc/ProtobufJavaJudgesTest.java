package org.wirewise.model.http.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Timestamp;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A second opinion: protobuf-java (test scope only; it is an automatic module, so it never ships)
 * builds the lesson's messages from the same schema and must write the same bytes, and reads ours back.
 */
class ProtobufJavaJudgesTest {

    private static final Descriptor GET_QUOTE;
    private static final Descriptor QUOTE;

    static {
        FieldDescriptorProto.Type string = FieldDescriptorProto.Type.TYPE_STRING;
        FileDescriptorProto file = FileDescriptorProto.newBuilder().setName("quotes.proto").setPackage("quotes")
                .setSyntax("proto3").addDependency("google/protobuf/timestamp.proto")
                .addMessageType(DescriptorProto.newBuilder().setName("GetQuote").addField(field("symbol", 1, string)))
                .addMessageType(DescriptorProto.newBuilder().setName("Quote")
                        .addField(field("symbol", 1, string))
                        .addField(field("price_cents", 2, FieldDescriptorProto.Type.TYPE_INT64))
                        .addField(field("time", 3, FieldDescriptorProto.Type.TYPE_MESSAGE).setTypeName(".google.protobuf.Timestamp"))
                        .addField(field("moves", 4, FieldDescriptorProto.Type.TYPE_SINT32)
                                .setLabel(FieldDescriptorProto.Label.LABEL_REPEATED)))
                .build();
        try {
            FileDescriptor fd = FileDescriptor.buildFrom(file, new FileDescriptor[] {Timestamp.getDescriptor().getFile()});
            GET_QUOTE = fd.findMessageTypeByName("GetQuote");
            QUOTE = fd.findMessageTypeByName("Quote");
        } catch (com.google.protobuf.Descriptors.DescriptorValidationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FieldDescriptorProto.Builder field(String name, int number, FieldDescriptorProto.Type type) {
        return FieldDescriptorProto.newBuilder().setName(name).setNumber(number).setType(type)
                .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL);
    }

    private static byte[] theirs(QuoteMessages.Quote q) {
        DynamicMessage.Builder b = DynamicMessage.newBuilder(QUOTE)
                .setField(QUOTE.findFieldByName("symbol"), q.symbol())
                .setField(QUOTE.findFieldByName("price_cents"), q.priceCents())
                .setField(QUOTE.findFieldByName("time"), Timestamp.newBuilder()
                        .setSeconds(Math.floorDiv(q.epochNanos(), 1_000_000_000L))
                        .setNanos((int) Math.floorMod(q.epochNanos(), 1_000_000_000L)).build());
        for (long m : q.moves()) {
            b.addRepeatedField(QUOTE.findFieldByName("moves"), (int) m);
        }
        return b.build().toByteArray();
    }

    @Test
    void protobufJavaWritesTheSameQuotesForManySeeds() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 500; i++) {
            long[] moves = random.ints(random.nextInt(6), -70_000, 70_000).asLongStream().toArray();
            QuoteMessages.Quote q = new QuoteMessages.Quote(i % 3 == 0 ? "" : "SYM" + i, random.nextLong(0, 1L << 40),
                    random.nextLong(1, 4_000_000_000_000_000_000L), moves);
            assertThat(q.proto().bytes()).as(q.toString()).isEqualTo(theirs(q));
        }
    }

    @Test
    void protobufJavaReadsOurGetQuoteAndQuote() throws Exception {
        DynamicMessage get = DynamicMessage.parseFrom(GET_QUOTE, new QuoteMessages.GetQuote("ACME").proto().bytes());
        assertThat(get.getField(GET_QUOTE.findFieldByName("symbol"))).isEqualTo("ACME");
        QuoteMessages.Quote q = new QuoteMessages.Quote("ACME", 12_345, 1_796_551_200_250_000_000L, new long[] {-3, 5});
        DynamicMessage read = DynamicMessage.parseFrom(QUOTE, q.proto().bytes());
        assertThat(read.getField(QUOTE.findFieldByName("price_cents"))).isEqualTo(12_345L);
        assertThat(read.getField(QUOTE.findFieldByName("moves"))).isEqualTo(List.of(-3, 5));
        assertThat(read.getUnknownFields().asMap()).isEmpty();
    }

    @Test
    void zigZagAndVarintSizesAgreeWithCodedOutputStream() {
        long[] samples = {0, 1, -1, 63, -64, 64, 150, 300, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long v : samples) {
            assertThat(Varint.zigzag(v)).as("zigzag %d", v).isEqualTo(CodedOutputStream.encodeZigZag64(v));
            assertThat(Varint.size(v)).as("size %d", v).isEqualTo(CodedOutputStream.computeUInt64SizeNoTag(v));
            assertThat(Varint.zigzag32((int) v)).isEqualTo(CodedOutputStream.encodeZigZag32((int) v) & 0xffffffffL);
        }
    }
}
