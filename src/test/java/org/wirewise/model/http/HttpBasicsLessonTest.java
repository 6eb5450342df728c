package org.wirewise.model.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.testing.Tshark;

/** The basics lesson meets each status code for real, on one connection per server, and tshark reads every exchange. */
class HttpBasicsLessonTest {

    @TempDir
    Path dir;

    private static final Trace TRACE = HttpBasicsSimulator.simulate(HttpBasicsScenario.DEFAULTS);

    @Test
    void everyStatusTheLessonNamesComesFromTheServerThatWouldSendIt() {
        List<String> labels = TRACE.packets().stream().map(TracePacket::label).toList();
        assertThat(labels).contains("HTTP/1.1 200 OK", "HTTP/1.1 304 Not Modified", "HTTP/1.1 301 Moved Permanently",
                "HTTP/1.1 302 Found", "HTTP/1.1 401 Unauthorized", "HTTP/1.1 403 Forbidden",
                "HTTP/1.1 429 Too Many Requests", "HTTP/1.1 502 Bad Gateway", "HTTP/1.1 504 Gateway Timeout",
                "HTTP/1.1 503 Service Unavailable");
        assertThat(TRACE.packets()).filteredOn(p -> p.label().startsWith("HTTP/1.1 50") && p.to().equals(HttpBasicsSimulator.CLIENT))
                .allMatch(p -> p.from().equals(HttpBasicsSimulator.PROXY));
        assertThat(TRACE.packets()).filteredOn(p -> p.label().contains("RST"))
                .extracting(TracePacket::from).containsOnly(HttpBasicsSimulator.API);
        assertThat(TRACE.packets()).filteredOn(p -> p.label().equals("SYN") && p.from().equals(HttpBasicsSimulator.CLIENT))
                .as("one connection to www and one to the proxy: keep-alive").hasSize(2);
    }

    @Test
    void theConditionalGetCarriesTheETagOfTheFirstResponseAndThe304IsShorter() {
        Step conditional = step("A conditional GET: If-None-Match");
        String etag = ShopSite.etag(ShopSite.home());
        assertThat(conditional.narration()).contains("If-None-Match: " + etag);
        assertThat(step("304 Not Modified").narration()).containsPattern("with only a head: \\d+ bytes instead of the \\d+");
    }

    @Test
    void theGatewayTimeoutComesAfterTheProxysTimeoutAndTheRetryAfterTheWait() {
        long asked = step("Status classes").snapshot().table(HttpBasicsSimulator.EXCHANGES).orElseThrow().rows().size();
        assertThat(asked).isEqualTo(15);
        assertThat(step("504 Gateway Timeout").time() - step("502 Bad Gateway").time())
                .isGreaterThan(HttpBasicsSimulator.PROXY_TIMEOUT);
        assertThat(step("Retry after waiting").time() - step("429 Too Many Requests, with Retry-After").time())
                .isGreaterThanOrEqualTo(ShopSite.SEARCH_REFILL);
    }

    @Test
    void chunkedFramingSendsTheSamePageInChunksOfTheChosenSize() {
        Trace chunked = HttpBasicsSimulator.simulate(new HttpBasicsScenario(HttpBasicsScenario.Framing.CHUNKED, 100, 40, 1));
        String text = chunked.steps().stream().filter(s -> s.title().equals("The response, in chunks")).findFirst()
                .orElseThrow().narration();
        int length = ShopSite.home().length();
        assertThat(text).contains("64 = 100").contains((length + 99) / 100 + " chunks carry " + length + " bytes");
    }

    @Test
    void tsharkReadsEveryExchangeAsHttpWithNothingMalformed() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        for (HttpBasicsScenario.Framing f : HttpBasicsScenario.Framing.values()) {
            Trace trace = HttpBasicsSimulator.simulate(new HttpBasicsScenario(f, 256, 40, 3));
            Path client = Tshark.export(trace, HttpBasicsSimulator.CLIENT, Files.createDirectories(dir.resolve(f.name())));
            List<String[]> http = Tshark.matching(client, "http", "http.request.method", "http.response.code");
            assertThat(http).as(f + ": 15 requests and 15 responses").hasSize(30);
            assertThat(Tshark.matching(client, "_ws.malformed", "frame.number")).isEmpty();
            if (f == HttpBasicsScenario.Framing.CHUNKED) {
                assertThat(Tshark.matching(client, "http.chunk_size == 0", "frame.number")).as("three pages, chunked").hasSize(3);
            }
            Path proxy = Tshark.export(trace, HttpBasicsSimulator.PROXY, Files.createDirectories(dir.resolve(f + "-proxy")));
            assertThat(Tshark.matching(proxy, "http.request and ip.dst == 10.0.0.80", "frame.number")).as("forwarded to the API").hasSize(2);
        }
    }

    private static Step step(String title) {
        return TRACE.steps().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }
}
