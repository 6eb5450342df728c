package org.wirewise.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers as each language writes them; the English forms are those the lessons printed before. */
class UnitsTest {

    private final Units english = new Units(Locale.ENGLISH);
    private final Units spanish = new Units(Texts.LANGUAGES.get(1));

    @Test
    void englishKeepsTheFormsTheLessonsPrintedBefore() {
        assertThat(english.time(40_006_000)).isEqualTo("40.006 ms");
        assertThat(english.time(12_000)).isEqualTo("12.0 µs");
        assertThat(english.time(12_500_000_000L)).isEqualTo("12.500 s");
        assertThat(english.grouped(1417)).isEqualTo("1,417");
        assertThat(english.grouped(65_535.0, 0)).isEqualTo("65,535");
        assertThat(english.percent(0.125, 1)).isEqualTo("12.5 %");
    }

    @Test
    void spanishWritesADecimalCommaAndGroupsOnlyFromFiveDigits() {
        assertThat(spanish.time(40_006_000)).isEqualTo("40,006 ms");
        assertThat(spanish.fixed(81.8, 1)).isEqualTo("81,8");
        // The RAE writes four-digit numbers whole: "1417 ms", not "1.417 ms" (which reads as 1.417 to others).
        assertThat(spanish.grouped(1417)).isEqualTo("1417");
        assertThat(spanish.grouped(1417.0, 0)).isEqualTo("1417");
        assertThat(spanish.grouped(65_535)).isEqualTo("65.535");
        assertThat(spanish.grouped(-12_345.6, 1)).isEqualTo("-12.345,6");
        assertThat(spanish.percent(0.125, 1)).isEqualTo("12,5 %");
    }
}
