package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.model.text.Texts;

/** The shortcuts dialog's keyboard section: every key listed, in the language, its words in one column. */
class KeyboardHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyKeyIsListedWithItsWordsStartingInOneColumn(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        Texts texts = Texts.of(KeyboardHelp.BUNDLE, language);
        List<String> printed = KeyboardHelp.section(language).lines().toList();
        assertThat(printed.get(0)).isEqualTo(texts.get("help.heading"));
        assertThat(printed).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(KeyboardHelp.WIDTH));
        // A line that starts with spaces goes on with the words of the key above it.
        List<String> lines = new java.util.ArrayList<>();
        for (String l : printed) {
            if (l.startsWith(" ")) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + l.strip());
            } else {
                lines.add(l);
            }
        }
        assertThat(lines).hasSize(KeyboardHelp.LINES.size() + 1);
        int column = -1;
        for (int i = 0; i < KeyboardHelp.LINES.size(); i++) {
            String line = lines.get(i + 1);
            String key = texts.get("key." + KeyboardHelp.LINES.get(i));
            String does = texts.get("does." + KeyboardHelp.LINES.get(i));
            assertThat(line).startsWith(key).endsWith(does);
            int starts = line.length() - does.length();
            assertThat(line.substring(key.length(), starts)).as("at least two spaces after %s", key).matches(" {2,}");
            column = column < 0 ? starts : column;
            assertThat(starts).as("%s: its words start where the others' do", key).isEqualTo(column);
        }
    }
}
