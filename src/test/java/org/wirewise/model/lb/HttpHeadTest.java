package org.wirewise.model.lb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What a layer-7 balancer relies on: a request is whole only with its body, and sealed records open only whole. */
class HttpHeadTest {

    private static final byte[] POST = HttpHead.request("POST", "shop.example.com", "/api/checkout",
            List.of("Cookie: session=alice"), "{\"items\":3}");

    @Test
    void aRequestIsCompleteOnlyWithItsWholeBody() {
        assertThat(HttpHead.complete(Arrays.copyOf(POST, POST.length - 1))).isEmpty();
        HttpHead head = HttpHead.complete(POST).orElseThrow();
        assertThat(head.method()).isEqualTo("POST");
        assertThat(head.target()).isEqualTo("/api/checkout");
        assertThat(head.field("cookie")).contains("session=alice");
        assertThat(head.length()).isEqualTo(POST.length);
    }

    @Test
    void addedFieldsGoBeforeTheBlankLineAndTheBodyIsKept() {
        HttpHead head = HttpHead.complete(POST).orElseThrow();
        String proxied = new String(head.withFields(POST, List.of("X-Forwarded-For: 192.0.2.11")),
                StandardCharsets.US_ASCII);
        assertThat(proxied).contains("Content-Length: 11\r\nX-Forwarded-For: 192.0.2.11\r\n\r\n{\"items\":3}")
                .endsWith("{\"items\":3}");
    }

    @Test
    void sealedRecordsOpenOnlyWhenWholeAndOnlyWithTheKey() {
        SiteKey key = new SiteKey(new SplittableRandom(1));
        byte[] sealed = key.seal(POST);
        assertThat(sealed.length).isEqualTo(POST.length + 5 + 1 + 16);
        assertThat(sealed[0]).isEqualTo((byte) 23);
        assertThat(key.open(Arrays.copyOf(sealed, sealed.length - 1))).isEmpty();
        assertThat(key.open(sealed)).hasValueSatisfying(p -> assertThat(p).isEqualTo(POST));
        assertThat(new SiteKey(new SplittableRandom(1)).open(sealed)).as("another key").isEmpty();
    }
}
