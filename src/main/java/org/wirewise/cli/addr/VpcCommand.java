package org.wirewise.cli.addr;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.wirewise.cli.CliException;
import org.wirewise.lesson.addr.VpcPlanFiles;
import org.wirewise.model.addr.AddressFormatException;
import org.wirewise.model.addr.Cidr;
import org.wirewise.model.addr.VpcExplainer;
import org.wirewise.model.addr.VpcPlan;
import org.wirewise.model.addr.VpcPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewise vpc --cidr C --zones N --tiers … --prefix P [--json]}: a VPC subnet plan. */
@Command(name = "vpc", mixinStandardHelpOptions = true,
        description = "Plan a VPC: one subnet per zone and tier, the addresses AWS keeps, and each tier's routes.")
public final class VpcCommand implements Callable<Integer> {

    @Option(names = "--cidr", paramLabel = "CIDR", description = "The VPC block (default: ${DEFAULT-VALUE}).")
    String cidr = "10.0.0.0/16";

    @Option(names = "--zones", paramLabel = "N", description = "Availability zones (default: ${DEFAULT-VALUE}).")
    int zones = 3;

    @Option(names = "--tiers", paramLabel = "LIST",
            description = "Tier names, comma separated, each optionally :public, :private or :isolated "
                    + "(default: ${DEFAULT-VALUE}).")
    String tiers = "public,private,database";

    @Option(names = "--prefix", paramLabel = "P", description = "Each subnet's prefix length (default: ${DEFAULT-VALUE}).")
    int prefix = 24;

    @Option(names = "--ipv6", description = "Dual stack: an IPv6 /56 for the VPC and a /64 per subnet.")
    boolean ipv6;

    @Option(names = "--json", description = "Print the plan as JSON (the planner's file format).")
    boolean json;

    @Option(names = "--csv", description = "Print one CSV row per subnet.")
    boolean csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CliException {
        if (json && csv) {
            throw new CliException("choose one of --json and --csv");
        }
        VpcPlan plan;
        try {
            Cidr vpc = Cidr.parse(cidr);
            plan = VpcPlanner.create(vpc, zones, VpcExplainer.parseTiers(tiers), prefix, ipv6);
        } catch (AddressFormatException e) {
            throw new CliException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(VpcPlanFiles.toJson(plan));
        } else if (csv) {
            out.print(VpcPlanFiles.toCsv(plan));
        } else {
            text(plan, out);
        }
        out.flush();
        return 0;
    }

    private static void text(VpcPlan plan, PrintWriter out) {
        out.println("VPC " + plan.ipv4() + (plan.dualStack() ? "  " + plan.ipv6() : "") + "  zones "
                + String.join(",", plan.zones()));
        out.println();
        out.printf("%-20s %-18s %-24s %10s %10s%n", "subnet", "ipv4", plan.dualStack() ? "ipv6" : "", "addresses",
                "aws usable");
        for (VpcPlan.Subnet s : plan.subnets()) {
            out.printf("%-20s %-18s %-24s %10s %10s%n", s.name(), s.ipv4(), s.ipv6() == null ? "" : s.ipv6(),
                    s.ipv4().size(), VpcPlanner.awsUsable(s.ipv4()));
        }
        out.println();
        for (VpcPlan.Tier t : plan.tiers()) {
            out.println("routes " + t.name() + " (" + t.kind().id() + ", zone " + plan.zones().get(0) + ")");
            for (VpcPlanner.Route r : VpcPlanner.routes(plan, t, plan.zones().get(0))) {
                out.printf("  %-24s %s%n", r.destination(), r.target());
            }
        }
        List<Cidr> free = VpcPlanner.freeBlocks(plan);
        out.println();
        out.println("free " + String.join(", ", free.stream().map(Cidr::toString).toList()));
        for (String problem : VpcPlanner.problems(plan)) {
            out.println("problem: " + problem);
        }
        VpcPlanner.addressSpaceNote(plan.ipv4()).ifPresent(note -> out.println("note: " + note));
    }
}
