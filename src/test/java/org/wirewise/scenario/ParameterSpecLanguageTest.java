package org.wirewise.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wirewise.model.text.Texts;

/**
 * A number typed in the Spanish window may have a decimal comma ("12,5"); scenario files, the
 * command line and the English window keep the point, their messages unchanged. A unit is shown
 * in the window's words while the schema keeps it as it is.
 */
class ParameterSpecLanguageTest {

    private static final Locale SPANISH = Texts.LANGUAGES.get(1);

    private final ParameterSpec rtt = ParameterSpec.decimal("rttMs", "RTT", "ms", 0.5, 1000, "The round trip.");
    private final ParameterSpec count = ParameterSpec.integer("connections", "Connections", "connections", 1, 6, "How many.");

    @Test
    void theSpanishWindowReadsADecimalComma() throws Exception {
        assertThat(rtt.parse("12,5", SPANISH)).isEqualTo(12.5);
        assertThat(rtt.parse(" 0,5 ", SPANISH)).isEqualTo(0.5);
        assertThat(rtt.parse("12.5", SPANISH)).as("the point is still read").isEqualTo(12.5);
        assertThat(count.parse("4", SPANISH)).isEqualTo(4L);
        assertThat(count.parse("4,0", SPANISH)).isEqualTo(4L);
    }

    @Test
    void filesTheCommandLineAndEnglishKeepThePoint() {
        assertThatThrownBy(() -> rtt.parse("12,5")).isInstanceOf(ParameterRefused.class)
                .hasMessage("rttMs: expected a number from 0.5 to 1000 ms, got \"12,5\"");
        assertThatThrownBy(() -> rtt.parse("12,5", Locale.ENGLISH)).isInstanceOf(ParameterRefused.class)
                .hasMessage("rttMs: expected a number from 0.5 to 1000 ms, got \"12,5\"");
    }

    @Test
    void aSpanishRefusalQuotesWhatWasTypedAndWritesLimitsWithAComma() {
        assertThatThrownBy(() -> rtt.parse("0,1", SPANISH)).isInstanceOfSatisfying(ParameterRefused.class,
                r -> assertThat(r.message(SPANISH)).isEqualTo("rttMs: se esperaba un número de 0,5 a 1000 ms; se recibió \"0,1\""));
        assertThatThrownBy(() -> rtt.parse("1,2,3", SPANISH)).isInstanceOfSatisfying(ParameterRefused.class,
                r -> assertThat(r.message(SPANISH)).endsWith("se recibió \"1,2,3\""));
        assertThat(rtt.allowed()).isEqualTo("a number from 0.5 to 1000 ms");
    }

    @Test
    void aUnitIsShownInTheWindowsWordsAndKeptAsItIs() {
        assertThat(count.unit()).isEqualTo("connections");
        assertThat(count.unit(Locale.ENGLISH)).isEqualTo("connections");
        assertThat(count.unit(SPANISH)).isEqualTo("conexiones");
        assertThat(count.allowed(SPANISH)).isEqualTo("un número entero de 1 a 6 conexiones");
        assertThat(rtt.unit(SPANISH)).as("a symbol is the same in both").isEqualTo("ms");
        assertThat(ParameterSpec.decimal("rate", "Rate", "per minute", 0, 10, "").unit(SPANISH)).isEqualTo("por minuto");
    }
}
