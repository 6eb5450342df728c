package org.wirewise.model.latency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The cities the latency map knows, read from {@code cities.txt} beside this class. */
public final class CityTable {

    /** The bundled table, read once. */
    public static final CityTable STANDARD = read();

    private final List<City> cities;

    public CityTable(List<City> cities) {
        this.cities = List.copyOf(cities);
    }

    public List<City> cities() {
        return cities;
    }

    public List<String> names() {
        return cities.stream().map(City::name).toList();
    }

    /** The city of this name, ignoring case and accents ("sao paulo" finds São Paulo). */
    public Optional<City> find(String name) {
        String key = fold(name);
        return cities.stream().filter(c -> fold(c.name()).equals(key)).findFirst();
    }

    /** The {@code count} names closest in spelling to what was typed, for "did you mean". */
    public List<String> closest(String typed, int count) {
        String key = fold(typed);
        return cities.stream()
                .sorted(Comparator.comparingInt((City c) -> distance(key, fold(c.name()))).thenComparing(City::name))
                .limit(count).map(City::name).toList();
    }

    static String fold(String s) {
        String decomposed = java.text.Normalizer.normalize(s == null ? "" : s.strip(), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Levenshtein edit distance, with a prefix counted as close (typing "San" suggests San Francisco). */
    static int distance(String a, String b) {
        if (!a.isEmpty() && b.startsWith(a)) {
            return 0;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int same = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + same);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static CityTable read() {
        try (InputStream in = CityTable.class.getResourceAsStream("cities.txt")) {
            if (in == null) {
                throw new IllegalStateException("cities.txt is missing from the build");
            }
            List<City> list = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|");
                list.add(new City(f[0].strip(), f[1].strip(), Double.parseDouble(f[2].strip()),
                        Double.parseDouble(f[3].strip())));
            }
            return new CityTable(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
