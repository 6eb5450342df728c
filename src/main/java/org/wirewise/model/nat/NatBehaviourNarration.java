package org.wirewise.model.nat;

import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the nat-behaviour lesson shows, in one language ({@code nat-behaviour.properties}
 * and its translations; behaviour names, rules, reasons and the table from {@link NatWords}).
 */
final class NatBehaviourNarration {

    private final Texts texts;
    private final NatWords words;

    NatBehaviourNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.nat.nat-behaviour", language);
        this.words = new NatWords(texts.language());
    }

    NatWords words() {
        return words;
    }

    /** A text of the bundle (a title, a lane, a state, a column) with its arguments already formatted. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    String startTitle(NatBehaviour b) {
        String classic = words.classicName(b);
        return classic.isEmpty() ? texts.get("start.title.unnamed", b.shortName())
                : texts.get("start.title", classic, b.shortName());
    }

    String start(NatBehaviour b) {
        return texts.get("start", words.name(b.mapping()), words.rule(b.mapping()), words.name(b.filtering()),
                words.rule(b.filtering()), texts.get(b.portPreservation() ? "on" : "off"));
    }

    String first(Endpoint host, Endpoint y1, Endpoint mapped) {
        return texts.get(mapped.port() == host.port() ? "first.preserved" : "first", host, y1, mapped);
    }

    String sendsTitle(String testKey, boolean reused, Endpoint used) {
        return texts.get(reused ? "sends.title.same" : "sends.title.new", texts.get("test." + testKey), used);
    }

    String sendsRow(String testKey) {
        return texts.get("sends.row", texts.get("test." + testKey));
    }

    String mappingResult(boolean reused, Endpoint used) {
        return texts.get(reused ? "result.same" : "result.new", used);
    }

    String sends(Endpoint host, Endpoint remote, Mapping m, boolean reused, Endpoint used, Endpoint mapped) {
        return texts.get("sends", host, remote, words.name(m), words.rule(m),
                reused ? texts.get("sends.reused", used, remote) : texts.get("sends.created", used, mapped));
    }

    String probeTitle(boolean accepted, String probeKey) {
        return texts.get(accepted ? "probe.title.in" : "probe.title.dropped", texts.get("probe." + probeKey + ".what"));
    }

    String probeName(String probeKey) {
        return texts.get("probe." + probeKey + ".name");
    }

    String filteringResult(boolean accepted) {
        return texts.get(accepted ? "result.forwarded" : "result.dropped");
    }

    String probe(String probeKey, Endpoint mapped, Nat.Inbound in, Filtering filtering, Endpoint host) {
        return texts.get(in.accepted() ? "probe.in" : "probe.dropped",
                texts.get("probe." + probeKey + ".why", mapped), words.reason(in, filtering), host);
    }

    /** "full cone (EIM/EIF)", or "APDM/EIF, no RFC 3489 name". */
    String name(NatBehaviour b) {
        String classic = words.classicName(b);
        return classic.isEmpty() ? texts.get("name.unnamed", b.shortName()) : texts.get("name", classic, b.shortName());
    }

    String verdict(NatBehaviour b) {
        return texts.get("verdict", b.shortName(), texts.get(b.mapping() == Mapping.ENDPOINT_INDEPENDENT
                ? "verdict.independent" : "verdict.dependent"));
    }
}
