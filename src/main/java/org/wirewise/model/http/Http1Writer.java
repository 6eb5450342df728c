package org.wirewise.model.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Writes messages as RFC 9112 frames them: start line, field lines, CRLF, then the content. */
final class Http1Writer {

    private Http1Writer() {
    }

    /** {@code fields} with Content-Length or Transfer-Encoding: chunked for {@code body}, replacing any there. */
    static HttpFields withFraming(HttpFields fields, HttpBody body) {
        HttpFields bare = fields.without("Content-Length").without("Transfer-Encoding");
        return switch (body.framing()) {
            case CONTENT_LENGTH -> bare.with("Content-Length", Integer.toString(body.length()));
            case CHUNKED -> bare.with("Transfer-Encoding", "chunked");
            case NONE, UNTIL_CLOSE -> bare;
        };
    }

    static byte[] encode(HttpMessage m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line(out, m.startLine());
        for (HttpFields.Field f : m.fields()) {
            line(out, f.line());
        }
        line(out, "");
        byte[] content = m.body().bytes();
        if (m.body().framing() != HttpBody.Framing.CHUNKED) {
            out.writeBytes(content);
            return out.toByteArray();
        }
        int at = 0;
        for (int size : m.body().chunks()) {
            line(out, Integer.toHexString(size).toUpperCase(Locale.ROOT));
            out.write(content, at, size);
            line(out, "");
            at += size;
        }
        line(out, "0"); // the last chunk (RFC 9112 §7.1)
        for (HttpFields.Field f : m.trailers()) {
            line(out, f.line());
        }
        line(out, "");
        return out.toByteArray();
    }

    private static void line(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        out.write('\r');
        out.write('\n');
    }
}
