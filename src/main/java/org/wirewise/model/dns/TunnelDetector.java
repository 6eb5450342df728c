package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a DNS tunnel detector computes from a resolver's query log, per registered domain (the last
 * two labels here; a real one uses the Public Suffix List): the longest label, the Shannon entropy of
 * each query's longest label in bits per character, the peak query rate in any one second, and how
 * many distinct names were asked. Each is compared with a threshold; three of four over it is the
 * verdict "tunnel suspected", because any one alone also fits ordinary traffic (a CDN's hashed
 * labels, a busy page's bursts).
 */
final class TunnelDetector {

    static final int LONG_LABEL = 40;
    static final double HIGH_ENTROPY = 4.0;
    static final int HIGH_RATE = 10;
    static final int MANY_NAMES = 10;
    static final int VERDICT = 3;
    private static final long SECOND = 1_000_000_000L;

    /** One domain's figures. */
    record Domain(String domain, int queries, int longestLabel, double entropy, int peakRate, int uniqueNames) {
        /** How many of the four figures are over their threshold. */
        int signals() {
            return (longestLabel >= LONG_LABEL ? 1 : 0) + (entropy >= HIGH_ENTROPY ? 1 : 0)
                    + (peakRate >= HIGH_RATE ? 1 : 0) + (uniqueNames >= MANY_NAMES ? 1 : 0);
        }

        boolean suspected() {
            return signals() >= VERDICT;
        }
    }

    /** One logged query: when the resolver read it, and the name. */
    record Query(long at, String name) {
    }

    private TunnelDetector() {
    }

    /** The figures for every domain in {@code log}, in the order each first appears. */
    static List<Domain> analyse(List<Query> log) {
        Map<String, List<Query>> byDomain = new LinkedHashMap<>();
        for (Query q : log) {
            byDomain.computeIfAbsent(registered(q.name()), k -> new ArrayList<>()).add(q);
        }
        List<Domain> out = new ArrayList<>();
        byDomain.forEach((domain, queries) -> {
            int longest = 0;
            double entropy = 0;
            Set<String> names = new LinkedHashSet<>();
            for (Query q : queries) {
                String label = longestLabel(q.name(), domain);
                longest = Math.max(longest, label.length());
                entropy += entropy(label);
                names.add(q.name());
            }
            out.add(new Domain(DnsName.display(domain), queries.size(), longest, entropy / queries.size(),
                    peakRate(queries), names.size()));
        });
        return out;
    }

    /** The last two labels: "x.tunnel.example.net." → "example.net.". */
    static String registered(String name) {
        List<String> labels = DnsName.labels(name);
        return labels.size() <= 2 ? name : String.join(".", labels.subList(labels.size() - 2, labels.size())) + ".";
    }

    /** The longest label below the registered domain, or "" for the domain itself. */
    private static String longestLabel(String name, String domain) {
        List<String> labels = DnsName.labels(name);
        String longest = "";
        for (String l : labels.subList(0, labels.size() - DnsName.labels(domain).size())) {
            longest = l.length() > longest.length() ? l : longest;
        }
        return longest;
    }

    /** Shannon entropy in bits per character: −Σ p·log2 p over the label's characters. */
    static double entropy(String label) {
        if (label.isEmpty()) {
            return 0;
        }
        Map<Character, Integer> counts = new HashMap<>();
        for (char c : label.toCharArray()) {
            counts.merge(c, 1, Integer::sum);
        }
        double h = 0;
        for (int n : counts.values()) {
            double p = n / (double) label.length();
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }

    /** The most queries in any one-second window starting at a query. */
    private static int peakRate(List<Query> queries) {
        int peak = 0;
        for (int i = 0; i < queries.size(); i++) {
            int n = 0;
            for (int j = i; j < queries.size() && queries.get(j).at() - queries.get(i).at() < SECOND; j++) {
                n++;
            }
            peak = Math.max(peak, n);
        }
        return peak;
    }
}
