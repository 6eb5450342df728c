package org.wirewise.model.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** RFC 9110 §9.2's table: which methods are safe and idempotent, and the status classes of §15. */
class HttpMethodTest {

    @Test
    void safeMethodsAreGetHeadOptionsAndTraceAndEverySafeMethodIsIdempotent() {
        assertThat(Arrays.stream(HttpMethod.values()).filter(HttpMethod::safe))
                .containsExactlyInAnyOrder(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
        assertThat(Arrays.stream(HttpMethod.values()).filter(HttpMethod::idempotent))
                .containsExactlyInAnyOrder(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE,
                        HttpMethod.PUT, HttpMethod.DELETE);
        assertThat(HttpMethod.POST.retryableAfterConnectionFailure()).isFalse();
        assertThat(HttpMethod.parse("get")).as("methods are case-sensitive").isEmpty();
    }

    @Test
    void statusCodesCarryTheirClassAndReason() {
        assertThat(HttpStatus.of(429).reason()).isEqualTo("Too Many Requests");
        assertThat(HttpStatus.of(504).statusClass()).isEqualTo(HttpStatus.StatusClass.SERVER_ERROR);
        assertThat(HttpStatus.of(304).forbidsContent()).isTrue();
        assertThat(HttpStatus.of(299).reason()).isEmpty();
        assertThat(HttpStatus.of(301).toString()).isEqualTo("301 Moved Permanently");
    }
}
