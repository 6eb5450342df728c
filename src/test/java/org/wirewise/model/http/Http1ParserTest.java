package org.wirewise.model.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser reads what the writer wrote however TCP splits it, and refuses bad bytes with a reason. */
class Http1ParserTest {

    private static final HttpRequest POST = HttpRequest.of(HttpMethod.POST, "shop.example", "/api/cart",
            HttpFields.of("Content-Type", "application/json"), HttpBody.sized("{\"sku\":42,\"qty\":1}"));
    private static final HttpResponse CHUNKED = HttpResponse.of(HttpStatus.OK,
            HttpFields.of("Content-Type", "text/html"), HttpBody.chunked(ascii("<html>hello, chunked world</html>"), 10));
    private static final HttpResponse SIZED = HttpResponse.text(HttpStatus.NOT_FOUND, HttpFields.EMPTY, "no such page");

    @Test
    void theWriterFramesABodyByItsLengthOrInChunks() {
        assertThat(text(POST.encode())).isEqualTo("POST /api/cart HTTP/1.1\r\nHost: shop.example\r\n"
                + "Content-Type: application/json\r\nContent-Length: 18\r\n\r\n{\"sku\":42,\"qty\":1}");
        assertThat(text(CHUNKED.encode())).isEqualTo("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nA\r\n<html>hell\r\nA\r\no, chunked\r\nA\r\n world</ht\r\n"
                + "3\r\nml>\r\n0\r\n\r\n");
    }

    @Test
    void twoRequestsSplitAtEveryPointComeOutWhole() {
        HttpRequest get = HttpRequest.get("shop.example", "/", HttpFields.of("Accept", "*/*"));
        byte[] stream = concat(POST.encode(), get.encode());
        for (int cut = 0; cut <= stream.length; cut++) {
            Http1Parser parser = new Http1Parser(Http1Parser.Reading.REQUESTS);
            List<HttpMessage> got = new ArrayList<>(parser.feed(Arrays.copyOfRange(stream, 0, cut)));
            got.addAll(parser.feed(Arrays.copyOfRange(stream, cut, stream.length)));
            assertThat(got).as("split at %d", cut).containsExactly(POST, get);
            assertThat(parser.error()).isEmpty();
        }
    }

    @Test
    void responsesSplitAtEveryTwoPointsComeOutWholeWithTheirChunks() {
        byte[] stream = concat(CHUNKED.encode(), SIZED.encode());
        for (int a = 0; a <= stream.length; a += 3) {
            for (int b = a; b <= stream.length; b++) {
                Http1Parser parser = new Http1Parser(Http1Parser.Reading.RESPONSES);
                List<HttpMessage> got = new ArrayList<>(parser.feed(Arrays.copyOfRange(stream, 0, a)));
                got.addAll(parser.feed(Arrays.copyOfRange(stream, a, b)));
                got.addAll(parser.feed(Arrays.copyOfRange(stream, b, stream.length)));
                assertThat(got).as("split at %d and %d", a, b).containsExactly(CHUNKED, SIZED);
            }
        }
        HttpResponse read = (HttpResponse) new Http1Parser(Http1Parser.Reading.RESPONSES).feed(CHUNKED.encode()).get(0);
        assertThat(read.body().chunks()).containsExactly(10, 10, 10, 3);
    }

    @Test
    void byteByByteAResponseToHeadHasNoContentAndA304NeitherWhateverItsLengthSays() {
        HttpResponse head = new HttpResponse("HTTP/1.1", HttpStatus.OK, HttpFields.of("Content-Length", "5000"),
                HttpBody.NONE, HttpFields.EMPTY);
        HttpResponse notModified = new HttpResponse("HTTP/1.1", HttpStatus.NOT_MODIFIED,
                HttpFields.of("ETag", "\"v1\"", "Content-Length", "5000"), HttpBody.NONE, HttpFields.EMPTY);
        Http1Parser parser = new Http1Parser(Http1Parser.Reading.RESPONSES);
        parser.expect(HttpMethod.HEAD);
        parser.expect(HttpMethod.GET);
        List<HttpMessage> got = new ArrayList<>();
        for (byte b : concat(head.encode(), notModified.encode())) {
            got.addAll(parser.feed(new byte[] {b}));
        }
        assertThat(got).containsExactly(head, notModified);
    }

    @Test
    void aResponseWithoutLengthRunsUntilTheServerCloses() {
        Http1Parser parser = new Http1Parser(Http1Parser.Reading.RESPONSES);
        assertThat(parser.feed(ascii("HTTP/1.0 200 OK\r\nServer: old\r\n\r\nall of it"))).isEmpty();
        assertThat(parser.inMessage()).isTrue();
        HttpResponse r = (HttpResponse) parser.finish().get(0);
        assertThat(r.body().text()).isEqualTo("all of it");
        assertThat(r.body().framing()).isEqualTo(HttpBody.Framing.UNTIL_CLOSE);
        assertThat(r.closesConnection()).isTrue();
    }

    @Test
    void fieldNamesAreCaseInsensitiveAndOrderIsKept() {
        HttpRequest r = (HttpRequest) new Http1Parser(Http1Parser.Reading.REQUESTS)
                .feed(ascii("GET / HTTP/1.1\r\nhost: a\r\nACCEPT: x\r\nAccept: y\r\nConnection: keep-alive, Close\r\n\r\n"))
                .get(0);
        assertThat(r.fields().get("Host")).contains("a");
        assertThat(r.fields().all("accept")).containsExactly("x", "y");
        assertThat(r.closesConnection()).isTrue();
        assertThat(r.fields().list().get(1).name()).isEqualTo("ACCEPT");
    }

    @Test
    void badRequestsGiveAReasonAndTheStatusToAnswer() {
        assertRefused("GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400, "whitespace before the colon");
        assertRefused("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", 400, "obsolete line folding");
        assertRefused("GET / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 400, "Content-Length");
        assertRefused("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", 400, "smuggling");
        assertRefused("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400, "not hexadecimal");
        assertRefused("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n", 400, "longer than its size");
        assertRefused("BREW /pot HTTP/1.1\r\n\r\n", 501, "BREW");
        assertRefused("GET / HTTP/2.0\r\n\r\n", 505, "HTTP/2.0");
        assertRefused("GET /a b HTTP/1.1\r\n\r\n", 400, "method SP target SP version");
        assertRefused("\u0016\u0003\u0001\u0002\u0001\u0003\u0003\r\n", 400, "request line");
        assertRefused("GET / HTTP/1.1\r\nX: a\u0000b\r\n\r\n", 400, "NUL");
        assertRefused("GET / HTTP/1.1\r\nX: a\rb\r\n\r\n", 400, "bare CR");
    }

    @Test
    void aHeadThatNeverEndsIsRefusedWith431() {
        Http1Parser parser = new Http1Parser(Http1Parser.Reading.REQUESTS);
        parser.feed(ascii("GET / HTTP/1.1\r\n"));
        byte[] line = ascii("X-Filler: " + "a".repeat(1000) + "\r\n");
        for (int i = 0; i < 80 && parser.error().isEmpty(); i++) {
            parser.feed(line);
        }
        assertThat(parser.error()).map(e -> e.answer().code()).contains(431);
    }

    @Test
    void aConnectionCutMidBodyIsAnError() {
        Http1Parser parser = new Http1Parser(Http1Parser.Reading.RESPONSES);
        parser.feed(Arrays.copyOf(SIZED.encode(), SIZED.encode().length - 2));
        assertThat(parser.finish()).isEmpty();
        assertThat(parser.error()).map(HttpParseError::reason).hasValueSatisfying(r -> assertThat(r).contains("closed"));
    }

    private static void assertRefused(String bytes, int status, String reasonPart) {
        Http1Parser parser = new Http1Parser(Http1Parser.Reading.REQUESTS);
        assertThat(parser.feed(bytes.getBytes(StandardCharsets.ISO_8859_1))).as(bytes).isEmpty();
        assertThat(parser.error()).as(bytes).hasValueSatisfying(e -> {
            assertThat(e.answer().code()).isEqualTo(status);
            assertThat(e.reason()).contains(reasonPart);
        });
        assertThat(parser.feed(ascii("GET / HTTP/1.1\r\n\r\n"))).as("nothing is read after an error").isEmpty();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
