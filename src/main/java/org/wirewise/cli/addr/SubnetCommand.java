package org.wirewise.cli.addr;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.concurrent.Callable;
import org.wirewise.cli.CliException;
import org.wirewise.cli.TerminalProgress;
import org.wirewise.cli.WorkLimit;
import org.wirewise.model.addr.AddressFormatException;
import org.wirewise.model.addr.Cidr;
import org.wirewise.model.addr.CidrInput;
import org.wirewise.model.addr.SpecialPurpose;
import org.wirewise.model.sim.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirewise subnet CIDR [--split PREFIX] [--json]}: the CIDR calculator without a window. */
@Command(name = "subnet", mixinStandardHelpOptions = true,
        description = "Print a block's network, broadcast, masks, usable range and registry entry; optionally split it.")
public final class SubnetCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CIDR", description = "A block or an address in it: 10.0.0.0/16, 2001:db8::/48.")
    String block;

    @Option(names = "--split", paramLabel = "PREFIX", description = "Split the block into subnets of this prefix length.")
    Integer split;

    @Option(names = "--limit", paramLabel = "N",
            description = "List at most N subnets of a split (default: ${DEFAULT-VALUE}); the count is always given.")
    int limit = 256;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--force", description = "List more than a million subnets.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CidrInput input;
        try {
            input = CidrInput.parse(block);
        } catch (AddressFormatException e) {
            throw new CliException(e.getMessage());
        }
        Cidr c = input.block();
        if (split != null && (split < c.prefix() || split > c.family().bits())) {
            throw new CliException("--split: /" + split + " cannot split " + c + "; choose /" + c.prefix() + " to /"
                    + c.family().bits());
        }
        if (limit < 0) {
            throw new CliException("--limit: expected 0 or more, got " + limit);
        }
        if (split != null) {
            long lines = c.subnetCount(split).min(BigInteger.valueOf(limit)).longValueExact();
            WorkLimit.checkLines(lines, force, "--limit " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            json(input, out);
        } else {
            text(input, out);
        }
        out.flush();
        return 0;
    }

    private void text(CidrInput input, PrintWriter out) {
        Cidr c = input.block();
        row(out, "Block", c);
        if (input.hostBitsSet()) {
            row(out, "Address", input.address());
        }
        row(out, "Netmask", c.netmask());
        row(out, "Wildcard mask", c.wildcard());
        row(out, "Network", c.network());
        row(out, "Broadcast", c.hasBroadcast() ? c.broadcast() : "none");
        row(out, "First usable", c.firstUsable());
        row(out, "Last usable", c.lastUsable());
        row(out, "Addresses", c.size());
        row(out, "Usable hosts", c.usableCount());
        row(out, "Special purpose", SpecialPurpose.describe(c));
        if (split != null) {
            BigInteger count = c.subnetCount(split);
            row(out, "Split into /" + split, count + (count.equals(BigInteger.ONE) ? " subnet" : " subnets"));
            eachSubnet(c, part -> out.println("  " + part), out);
            if (count.compareTo(BigInteger.valueOf(limit)) > 0) {
                out.println("  ... " + count.subtract(BigInteger.valueOf(limit)) + " more (see --limit)");
            }
        }
    }

    private static void row(PrintWriter out, String label, Object value) {
        out.printf("%-16s %s%n", label, value);
    }

    /**
     * Hands out the listed subnets one at a time, as they are computed: a million of them never
     * sit in memory, and a failed output (a closed pipe) stops the listing.
     */
    private void eachSubnet(Cidr c, java.util.function.Consumer<Cidr> sink, PrintWriter out) {
        long n = c.subnetCount(split).min(BigInteger.valueOf(limit)).longValueExact();
        Progress progress = TerminalProgress.forWork("listing", n > WorkLimit.MAX_LINES);
        try {
            for (long i = 0; i < n; i++) {
                sink.accept(c.subnet(split, BigInteger.valueOf(i)));
                if ((i & 0xFFF) == 0xFFF) {
                    if (out.checkError() || System.out.checkError()) {
                        return; // Main reports the failed output
                    }
                    progress.worked((double) i / n);
                }
            }
        } finally {
            TerminalProgress.finish(progress);
        }
    }

    private void json(CidrInput input, PrintWriter out) throws Exception {
        Cidr c = input.block();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode()
                .put("block", c.toString())
                .put("address", input.address().toString())
                .put("family", c.family().displayName())
                .put("prefix", c.prefix())
                .put("netmask", c.netmask().toString())
                .put("wildcard", c.wildcard().toString())
                .put("network", c.network().toString());
        if (c.hasBroadcast()) {
            root.put("broadcast", c.broadcast().toString());
        } else {
            root.putNull("broadcast");
        }
        root.put("firstUsable", c.firstUsable().toString())
                .put("lastUsable", c.lastUsable().toString())
                .put("addresses", c.size())
                .put("usableHosts", c.usableCount());
        ArrayNode registry = root.putArray("specialPurpose");
        for (SpecialPurpose.Entry e : SpecialPurpose.classify(c)) {
            registry.addObject().put("block", e.block().toString()).put("name", e.name()).put("rfc", e.rfc())
                    .put("globallyReachable", e.reachable().name().toLowerCase(java.util.Locale.ROOT));
        }
        // Streamed: the subnets are written as they are computed, never held as one tree.
        try (JsonGenerator g = mapper.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            for (var field : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) root::fields) {
                g.writeFieldName(field.getKey());
                mapper.writeTree(g, field.getValue());
            }
            if (split != null) {
                g.writeObjectFieldStart("split");
                g.writeNumberField("prefix", split);
                g.writeNumberField("count", c.subnetCount(split));
                g.writeArrayFieldStart("subnets");
                eachSubnet(c, part -> write(g, part.toString()), out);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        out.println();
    }

    private static void write(JsonGenerator g, String text) {
        try {
            g.writeString(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
