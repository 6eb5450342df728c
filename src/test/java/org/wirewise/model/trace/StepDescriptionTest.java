package org.wirewise.model.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.sim.Progress;

/** What a screen reader hears for a step, on real lessons: the packet, its numbers, its fate, the states and rows. */
class StepDescriptionTest {

    private static final LessonCatalog CATALOG = org.wirewise.ui.catalog.LessonRegistry.standard().catalog();
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static Trace trace(String lesson, String parameters, Locale language) throws Exception {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String pair : parameters.isBlank() ? new String[0] : parameters.split(";")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0].strip(), kv[1].strip());
        }
        return LessonSetup.of(CATALOG, lesson, values).simulate(Progress.NONE, language);
    }

    /** Step numbers from 1, as the window shows them; every fragment must be heard, in order of the list. */
    @ParameterizedTest(name = "{0} {1} step {2}")
    @CsvSource(delimiter = '|', textBlock = """
            tcp-handshake |        | 3 | Packet 2 “SYN, ACK seq=0 ack=1 win=65160”, from Server to Client, sent at 40.006 ms, arrives at 80.012 ms.; TCP from port 80 to port 46250, flags SYN, ACK, seq 0 ack 1, 0 bytes of data.; Server is now SYN-RECEIVED.
            tcp-handshake |        | 4 | from Client to Server; flags ACK, seq 1 ack 1, 0 bytes of data.; Client is now ESTABLISHED.
            tcp-handshake |        | 5 | flags PSH, ACK, seq 1 ack 1, 76 bytes of data.
            tcp-handshake |        | 1 | Client is CLOSED.; Server is LISTEN.
            tcp-lifecycle | drop=1 | 2 | from Client to Server, sent at 0 ms, is lost in transit (it would have arrived at; flags SYN, seq 0,
            nat-table     |        | 3 | The table “NAT translations (APDM/APDF)” highlights: Proto: TCP, Inside: 192.168.1.10:46250, Outside: 203.0.113.1:46250
            """)
    void aStepIsDescribedFromItsPacketStatesAndRows(String lesson, String parameters, int step, String fragments)
            throws Exception {
        String heard = new StepDescription(trace(lesson, parameters == null ? "" : parameters, Locale.ENGLISH),
                Locale.ENGLISH).describe(step - 1);
        int from = 0;
        for (String fragment : fragments.split(";")) {
            int at = heard.indexOf(fragment.strip(), from);
            assertTrue(at >= 0, "missing «" + fragment.strip() + "» after position " + from + " in: " + heard);
            from = at;
        }
    }

    @Test
    void aStepWhereNoStateChangesDoesNotRepeatTheStates() throws Exception {
        // Step 6 of tcp-handshake: the server's ACK arrives, the client is already ESTABLISHED.
        String heard = new StepDescription(trace("tcp-handshake", "", Locale.ENGLISH), Locale.ENGLISH).describe(6);
        assertFalse(heard.contains("Client is now"), heard);
    }

    @Test
    void spanishIsSpokenInSpanishWithSpanishNumbers() throws Exception {
        String english = new StepDescription(trace("tcp-handshake", "", Locale.ENGLISH), Locale.ENGLISH).describe(2);
        String spanish = new StepDescription(trace("tcp-handshake", "", SPANISH), SPANISH).describe(2);
        assertNotEquals(english, spanish);
        assertTrue(spanish.contains("enviado a los 40,006 ms, llega a los 80,012 ms"), spanish);
        assertTrue(spanish.contains("del puerto 80 al puerto 46250"), spanish);
        // The words this class adds, none left in English (lane titles and states are the lesson's own).
        for (String word : List.of("Packet", "from", "sent at", "arrives", "flags", "bytes of data", "is now",
                "port")) {
            assertFalse(spanish.matches("(?s).*\\b" + word + "\\b.*"), "English «" + word + "» in: " + spanish);
        }
        assertTrue(new StepDescription(trace("tcp-lifecycle", "drop=1", SPANISH), SPANISH).describe(1)
                .contains("se pierde en tránsito"));
    }

    @Test
    void theStepsPositionNamesItsNumberAndTime() throws Exception {
        Trace t = trace("tcp-handshake", "", Locale.ENGLISH);
        assertEquals("Step 3 of " + t.stepCount() + ", at 40.006 ms", new StepDescription(t, Locale.ENGLISH).position(2));
    }
}
