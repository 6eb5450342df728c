package org.wirewise.lesson.addr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wirewise.model.addr.AddressFormatException;
import org.wirewise.model.addr.Cidr;
import org.wirewise.model.addr.TierKind;
import org.wirewise.model.addr.VpcPlan;
import org.wirewise.model.addr.VpcPlan.Subnet;
import org.wirewise.model.addr.VpcPlan.Tier;
import org.wirewise.model.addr.VpcPlanner;
import org.wirewise.model.text.Texts;
import org.wirewise.scenario.AtomicFiles;
import org.wirewise.scenario.ScenarioException;

/**
 * VPC plans on disk: JSON ({@code "format": "wirewise-vpc-plan", "version": 1}), written
 * atomically, and a CSV export with one row per subnet. Reading checks everything and says what
 * is wrong in one sentence.
 */
public final class VpcPlanFiles {

    public static final String FORMAT = "wirewise-vpc-plan";
    public static final int VERSION = 1;
    /** The planner's bundle: what is wrong with a file, in the window's language. */
    private static final String WORDS = "org.wirewise.model.addr.vpc-planner";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VpcPlanFiles() {
    }

    public static String toJson(VpcPlan plan) {
        ObjectNode root = MAPPER.createObjectNode().put("format", FORMAT).put("version", VERSION);
        ObjectNode vpc = root.putObject("vpc").put("ipv4", plan.ipv4().toString());
        if (plan.dualStack()) {
            vpc.put("ipv6", plan.ipv6().toString());
        }
        ArrayNode zones = root.putArray("zones");
        plan.zones().forEach(zones::add);
        ArrayNode tiers = root.putArray("tiers");
        for (Tier t : plan.tiers()) {
            ObjectNode tier = tiers.addObject().put("name", t.name()).put("kind", t.kind().id());
            ArrayNode routes = tier.putArray("routes");
            for (VpcPlanner.Route r : VpcPlanner.routes(plan, t, plan.zones().get(0))) {
                routes.addObject().put("destination", r.destination()).put("target", r.target());
            }
        }
        ArrayNode subnets = root.putArray("subnets");
        for (Subnet s : plan.subnets()) {
            ObjectNode n = subnets.addObject().put("name", s.name()).put("zone", s.zone()).put("tier", s.tier())
                    .put("ipv4", s.ipv4().toString());
            if (s.ipv6() != null) {
                n.put("ipv6", s.ipv6().toString());
            }
            n.put("addresses", s.ipv4().size().longValueExact())
                    .put("awsUsable", VpcPlanner.awsUsable(s.ipv4()).longValueExact());
        }
        ArrayNode problems = root.putArray("problems");
        VpcPlanner.problems(plan).forEach(problems::add);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void save(VpcPlan plan, Path file) throws IOException {
        AtomicFiles.write(file, toJson(plan).getBytes(StandardCharsets.UTF_8));
    }

    public static VpcPlan open(Path file) throws IOException, ScenarioException {
        return open(file, Locale.ENGLISH);
    }

    /** Reads a plan file; what is wrong with it is said in {@code language}. */
    public static VpcPlan open(Path file, Locale language) throws IOException, ScenarioException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8), language);
    }

    /** Reads a plan; derived fields (routes, counts, problems) are recomputed, not trusted. */
    public static VpcPlan fromJson(String json) throws ScenarioException {
        return fromJson(json, Locale.ENGLISH);
    }

    /** As {@link #fromJson(String)}, saying what is wrong in {@code language}; the file's keys stay English. */
    public static VpcPlan fromJson(String json, Locale language) throws ScenarioException {
        Texts words = Texts.of(WORDS, language);
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(words.get("file.json", e.getOriginalMessage()));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new ScenarioException(words.get("file.format", FORMAT));
        }
        int version = root.path("version").asInt(-1);
        if (version < 1) {
            throw new ScenarioException(words.get("file.version", root.path("version").toString()));
        }
        if (version > VERSION) {
            throw new ScenarioException(words.get("file.newer", Integer.toString(version), Integer.toString(VERSION)));
        }
        try {
            Cidr vpc = Cidr.parse(text(root.path("vpc"), "ipv4", "vpc.ipv4", words));
            JsonNode v6 = root.path("vpc").path("ipv6");
            Cidr ipv6 = v6.isMissingNode() || v6.isNull() ? null : Cidr.parse(v6.asText());
            List<String> zones = new ArrayList<>();
            for (JsonNode z : array(root, "zones", words)) {
                zones.add(z.asText());
            }
            if (zones.isEmpty()) {
                throw new ScenarioException(words.get("file.noZones"));
            }
            List<Tier> tiers = new ArrayList<>();
            for (JsonNode t : array(root, "tiers", words)) {
                tiers.add(new Tier(text(t, "name", "tiers[].name", words), TierKind.parse(text(t, "kind", "tiers[].kind", words))));
            }
            if (tiers.isEmpty()) {
                throw new ScenarioException(words.get("file.noTiers"));
            }
            List<Subnet> subnets = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonNode s : array(root, "subnets", words)) {
                String zone = text(s, "zone", "subnets[].zone", words);
                String tier = text(s, "tier", "subnets[].tier", words);
                if (!zones.contains(zone)) {
                    throw new ScenarioException(words.get("file.zone", zone, zones.toString()));
                }
                if (tiers.stream().noneMatch(t -> t.name().equals(tier))) {
                    throw new ScenarioException(words.get("file.tier", tier));
                }
                if (!seen.add(tier + "-" + zone)) {
                    throw new ScenarioException(words.get("file.twice", tier + "-" + zone));
                }
                JsonNode sv6 = s.path("ipv6");
                subnets.add(new Subnet(zone, tier, Cidr.parse(text(s, "ipv4", "subnets[].ipv4", words)),
                        sv6.isMissingNode() || sv6.isNull() ? null : Cidr.parse(sv6.asText())));
            }
            return new VpcPlan(vpc, ipv6, zones, tiers, subnets);
        } catch (AddressFormatException e) {
            throw new ScenarioException(e.getMessage(language));
        }
    }

    private static String text(JsonNode node, String field, String path, Texts words) throws ScenarioException {
        JsonNode v = node.path(field);
        if (!v.isTextual()) {
            throw new ScenarioException(words.get("file.text", path,
                    v.isMissingNode() ? words.get("file.nothing") : v.toString()));
        }
        return v.asText();
    }

    private static JsonNode array(JsonNode root, String field, Texts words) throws ScenarioException {
        JsonNode v = root.path(field);
        if (!v.isArray()) {
            throw new ScenarioException(words.get("file.list", field));
        }
        return v;
    }

    /** One row per subnet, RFC 4180 (CRLF line ends), for a spreadsheet or a Terraform variables file. */
    public static String toCsv(VpcPlan plan) {
        StringBuilder b = new StringBuilder(
                "subnet,zone,tier,kind,ipv4,ipv6,addresses,aws_usable,first_usable,last_usable,default_route\r\n");
        for (Subnet s : plan.subnets()) {
            Tier tier = plan.tier(s.tier()).orElseThrow();
            List<VpcPlanner.Route> routes = VpcPlanner.routes(plan, tier, s.zone());
            String def = routes.stream().filter(r -> r.destination().equals("0.0.0.0/0")).map(VpcPlanner.Route::target)
                    .findFirst().orElse("none");
            // AWS hands out from base + 4 to the address before the reserved last one.
            b.append(String.join(",", s.name(), s.zone(), s.tier(), tier.kind().id(), s.ipv4().toString(),
                    s.ipv6() == null ? "" : s.ipv6().toString(), s.ipv4().size().toString(),
                    VpcPlanner.awsUsable(s.ipv4()).toString(), s.ipv4().network().plus(4).toString(),
                    s.ipv4().last().plus(-1).toString(), def)).append("\r\n");
        }
        return b.toString();
    }

    public static void exportCsv(VpcPlan plan, Path file) throws IOException {
        AtomicFiles.write(file, toCsv(plan).getBytes(StandardCharsets.UTF_8));
    }
}
