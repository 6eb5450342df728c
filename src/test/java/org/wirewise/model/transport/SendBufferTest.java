package org.wirewise.model.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The send buffer keeps written bytes by stream offset and takes only what fits. */
class SendBufferTest {

    @Test
    void takesOnlyWhatFitsUntilBytesAreAcknowledged() {
        SendBuffer buffer = new SendBuffer(10);
        assertThat(buffer.write(new byte[] {1, 2, 3, 4, 5, 6})).isEqualTo(6);
        assertThat(buffer.write(new byte[] {7, 8, 9, 10, 11, 12})).isEqualTo(4);
        assertThat(buffer.used()).isEqualTo(10);
        buffer.markSent(6);
        buffer.markAcked(6);
        assertThat(buffer.used()).isEqualTo(4);
        assertThat(buffer.write(new byte[] {11, 12})).isEqualTo(2);
        assertThat(buffer.slice(8, 4)).containsExactly(9, 10, 11, 12);
    }

    @Test
    void tracksWhatIsUnsentInFlightAndAtTheEnd() {
        SendBuffer buffer = new SendBuffer(100);
        buffer.write(new byte[30]);
        buffer.markSent(20);
        buffer.markAcked(10);
        buffer.markAcked(5); // a late, older acknowledgment does not move the edge back
        assertThat(buffer.unsent()).isEqualTo(10);
        assertThat(buffer.inFlight()).isEqualTo(10);
        assertThat(buffer.acked()).isEqualTo(10);
        assertThat(buffer.isEnd(20)).isFalse();
        assertThat(buffer.isEnd(30)).isTrue();
    }
}
