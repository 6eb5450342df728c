package org.wirewise.model.http.grpc;

import java.util.List;

/** An encoded protobuf message and what each run of its bytes is, in wire order (nested fields inside their parent's value). */
public record ProtoMessage(byte[] bytes, List<ProtoSpan> spans) {

    public ProtoMessage {
        bytes = bytes.clone();
        spans = List.copyOf(spans);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }
}
