package org.wirewise.model.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionSecretTest {

    private static byte[] filled(int n, int value) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) value);
        return b;
    }

    @Test
    void writesTheNssKeyLogLineWiresharkReads() {
        SessionSecret s = new SessionSecret("CLIENT_HANDSHAKE_TRAFFIC_SECRET", filled(32, 0xab), new byte[] {1, 2, (byte) 0xff});
        assertEquals("CLIENT_HANDSHAKE_TRAFFIC_SECRET " + "ab".repeat(32) + " 0102ff", s.nssLine());
    }

    @Test
    void refusesWhatAKeyLogCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> new SessionSecret("client random", filled(32, 1), filled(48, 2)));
        assertThrows(IllegalArgumentException.class, () -> new SessionSecret("CLIENT_RANDOM", filled(31, 1), filled(48, 2)));
        assertThrows(IllegalArgumentException.class, () -> new SessionSecret("CLIENT_RANDOM", filled(32, 1), new byte[0]));
    }

    @Test
    void isImmutableAndTheTraceCarriesItsSecrets() {
        byte[] random = filled(32, 7);
        SessionSecret s = new SessionSecret("CLIENT_RANDOM", random, filled(48, 9));
        random[0] = 0;
        s.secret()[0] = 0;
        assertEquals(new SessionSecret("CLIENT_RANDOM", filled(32, 7), filled(48, 9)), s);

        TraceBuilder b = new TraceBuilder("x", List.of(new Lane("a", "A", "")));
        b.step(0, "t", "n", List.of(), -1, new Snapshot(List.of(), List.of()));
        b.secret(s);
        assertEquals(List.of(s), b.build().secrets());
    }
}
