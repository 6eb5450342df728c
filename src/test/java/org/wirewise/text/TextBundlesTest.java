package org.wirewise.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text bundle is complete in every shipped language: the same keys, each pattern valid, the
 * same arguments in the same formats, no apostrophe that MessageFormat would swallow.
 */
class TextBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final List<String> TRANSLATIONS = List.of("es");
    /** {0}, {1,number,0.0}: the argument's index and its format type (empty for a plain argument). */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(\\w+))?");

    static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !p.getFileName().toString().matches(".*_[a-z]{2}\\.properties"))
                    .filter(p -> !p.getFileName().toString().equals("version.properties"))
                    .sorted().toList();
        }
    }

    static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Path translation(Path english, String language) {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.replace(".properties", "_" + language + ".properties"));
    }

    @Test
    void everyBundleHasEveryLanguageAndEveryTranslationHasItsEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            for (String language : TRANSLATIONS) {
                if (!Files.exists(translation(english, language))) {
                    problems.add(RESOURCES.relativize(english) + " has no " + language + " translation");
                }
            }
        }
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            files.filter(p -> p.getFileName().toString().matches(".*_[a-z]{2}\\.properties")).forEach(p -> {
                String base = p.getFileName().toString().replaceAll("_[a-z]{2}\\.properties$", ".properties");
                if (!Files.exists(p.resolveSibling(base))) {
                    problems.add(RESOURCES.relativize(p) + " translates a bundle that does not exist");
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeyIsInEveryLanguageWithTheSameArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path englishFile : englishBundles()) {
            Properties english = read(englishFile);
            for (String language : TRANSLATIONS) {
                Path file = translation(englishFile, language);
                if (!Files.exists(file)) {
                    continue; // reported by the test above
                }
                Properties other = read(file);
                String where = RESOURCES.relativize(file).toString();
                for (String key : new TreeSet<>(english.stringPropertyNames())) {
                    if (!other.containsKey(key)) {
                        problems.add(where + ": missing " + key);
                    } else if (!arguments(english.getProperty(key)).equals(arguments(other.getProperty(key)))) {
                        problems.add(where + ": " + key + " has arguments " + arguments(other.getProperty(key))
                                + ", English has " + arguments(english.getProperty(key)));
                    }
                }
                for (String key : new TreeSet<>(other.stringPropertyNames())) {
                    if (!english.containsKey(key)) {
                        problems.add(where + ": " + key + " is not in the English bundle");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPatternIsValidAndWritesItsApostrophesDoubled() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path englishFile : englishBundles()) {
            List<Path> files = new ArrayList<>(List.of(englishFile));
            TRANSLATIONS.stream().map(l -> translation(englishFile, l)).filter(Files::exists).forEach(files::add);
            for (Path file : files) {
                Properties p = read(file);
                for (String key : new TreeSet<>(p.stringPropertyNames())) {
                    String value = p.getProperty(key);
                    String where = RESOURCES.relativize(file) + ": " + key;
                    if (value.isBlank()) {
                        problems.add(where + " is empty");
                    }
                    if (value.replace("''", "").replace("'{'", "").replace("'}'", "").contains("'")) {
                        problems.add(where + " has a single apostrophe (MessageFormat would drop it; write '', "
                                + "and a literal brace as '{' or pass the text as an argument)");
                    }
                    try {
                        new MessageFormat(value, Locale.ENGLISH);
                    } catch (IllegalArgumentException e) {
                        problems.add(where + " is not a valid pattern: " + e.getMessage());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theArgumentCheckSeesADifferentIndexOrFormat() {
        assertEquals(arguments("{0} and {1,number,0.0}"), arguments("{1,number,0.0} y {0}"));
        assertFalse(arguments("{0}").equals(arguments("{1}")));
        assertFalse(arguments("{0,number}").equals(arguments("{0}")));
        assertTrue("it''s".replace("''", "").indexOf('\'') < 0);
    }

    /** Each argument index with the format types it is used with. */
    static Map<Integer, TreeSet<String>> arguments(String pattern) {
        Map<Integer, TreeSet<String>> found = new TreeMap<>();
        Matcher m = ARGUMENT.matcher(pattern.replace("''", ""));
        while (m.find()) {
            found.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new TreeSet<>())
                    .add(m.group(2) == null ? "" : m.group(2));
        }
        return found;
    }
}
