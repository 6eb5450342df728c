package org.wirewise.model.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.net.Host;

class ResponseRateLimitTest {

    private static final DnsMessage TXT = DnsMessage.reply(DnsMessage.query(1,
            new DnsMessage.Question("example.com", RecordType.TXT), true, 0), true, false,
            DnsMessage.Rcode.NOERROR, List.of(), List.of(), List.of());

    @Test
    void beyondTheRateEverySlipThLimitedAnswerIsTruncatedAndTheRestDropped() {
        ResponseRateLimit rrl = new ResponseRateLimit(5, 2);
        List<ResponseRateLimit.Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            verdicts.add(rrl.account(Host.literal("203.0.113.80"), TXT, i * 1_000_000L));
        }
        assertThat(verdicts).containsExactly(send(), send(), send(), send(), send(),
                ResponseRateLimit.Verdict.DROP, ResponseRateLimit.Verdict.SLIP,
                ResponseRateLimit.Verdict.DROP, ResponseRateLimit.Verdict.SLIP);
        assertThat(rrl.slipped()).isEqualTo(2);
        assertThat(rrl.dropped()).isEqualTo(2);
    }

    @Test
    void theSame24SharesAnAccountAnotherPrefixAndTheNextSecondDoNot() {
        ResponseRateLimit rrl = new ResponseRateLimit(1, 0);
        assertThat(rrl.account(Host.literal("203.0.113.80"), TXT, 0)).isEqualTo(send());
        assertThat(rrl.account(Host.literal("203.0.113.25"), TXT, 1)).isEqualTo(ResponseRateLimit.Verdict.DROP);
        assertThat(rrl.account(Host.literal("198.51.100.7"), TXT, 2)).isEqualTo(send());
        assertThat(rrl.account(Host.literal("203.0.113.25"), TXT, 1_000_000_000L)).isEqualTo(send());
    }

    @Test
    void offSendsEverything() {
        for (int i = 0; i < 100; i++) {
            assertThat(ResponseRateLimit.OFF.account(Host.literal("203.0.113.80"), TXT, 0)).isEqualTo(send());
        }
    }

    private static ResponseRateLimit.Verdict send() {
        return ResponseRateLimit.Verdict.SEND;
    }
}
