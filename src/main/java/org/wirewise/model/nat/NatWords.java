package org.wirewise.model.nat;

import java.util.Locale;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;

/**
 * The words every NAT lesson shares, in one language ({@code nat.properties}, a bundle named after
 * the chapter's subject, and its translations): the translation table, idle timers, checksum changes.
 */
final class NatWords {

    static final NatWords ENGLISH = new NatWords(Locale.ENGLISH);

    private final Texts texts;
    private final Units units;

    NatWords(Locale language) {
        this.texts = Texts.of("org.wirewise.model.nat.nat", language);
        this.units = new Units(texts.language());
    }

    Locale language() {
        return texts.language();
    }

    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The behaviour's mapping or filtering name ("endpoint-independent") in this language. */
    String name(Mapping m) {
        return texts.get("mapping." + m.name());
    }

    String rule(Mapping m) {
        return texts.get("mapping." + m.name() + ".rule");
    }

    String name(Filtering f) {
        return texts.get("filtering." + f.name());
    }

    String rule(Filtering f) {
        return texts.get("filtering." + f.name() + ".rule");
    }

    /** The RFC 3489 name ("full cone"; Spanish names the NAT with it: "NAT de cono completo"), empty when none. */
    String classicName(NatBehaviour b) {
        String classic = b.classicName();
        return classic.startsWith("no classic") ? "" : texts.get("classic." + classic.replace(' ', '-'));
    }

    /** Why the NAT let an inbound packet in or dropped it, as {@link Nat.Inbound#reason()} says in English. */
    String reason(Nat.Inbound in, Filtering filtering) {
        return switch (in.why()) {
            case NO_MAPPING -> texts.get("reason.noMapping", in.external());
            case FORWARDED -> texts.get("reason.forwarded", in.entry().internal(), in.external());
            case ADMITTED -> texts.get("reason.admitted", name(filtering), rule(filtering), in.remote(),
                    texts.get("admitted." + filtering.name(), in.entry().internal()));
            case FILTERED -> texts.get("reason.filtered", name(filtering), rule(filtering), in.entry().internal(),
                    String.join(", ", in.entry().contacted().stream().map(Endpoint::toString).toList()));
        };
    }

    /** Time left on a row's idle timer: "2 h 04 min", "4 min 00 s", "29.5 s". */
    String idle(long nanos) {
        double s = nanos / (double) SimTime.SECOND;
        if (s >= 120) {
            s = Math.ceil(s);
        }
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", (long) s / 3600, ((long) s % 3600) / 60);
        }
        if (s >= 120) {
            return String.format(Locale.ROOT, "%d min %02d s", (long) s / 60, (long) s % 60);
        }
        return units.fixed(s, 1) + " s";
    }

    /** "IPv4 header checksum 0x1c46 → 0x5e0a, TCP checksum 0x…" for a frame before and after the NAT. */
    String checksumChange(byte[] before, byte[] after) {
        int ip = 14 + 10;
        int l4 = 14 + 20 + (Translation.transport(before) == Transport.TCP ? 16 : 6);
        return texts.get("checksums", hex(before, ip), hex(after, ip), Translation.transport(before).name(),
                hex(before, l4), hex(after, l4));
    }

    private static String hex(byte[] b, int at) {
        return String.format(Locale.ROOT, "0x%04x", ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF));
    }
}
