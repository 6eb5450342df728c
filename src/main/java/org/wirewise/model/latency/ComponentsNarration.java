package org.wirewise.model.latency;

import java.util.Locale;
import org.wirewise.model.sim.SimTime;

/** Every sentence the latency-components lesson shows; the numbers come from the run. */
final class ComponentsNarration {

    private ComponentsNarration() {
    }

    /** A duration as a person would say it: seconds from one second up ("1.050 s", not "1050.000 ms"). */
    static String t(long nanos) {
        return Math.abs(nanos) >= SimTime.SECOND ? String.format(Locale.ROOT, "%.3f s", nanos / 1e9)
                : SimTime.format(nanos);
    }

    static String rate(long bps) {
        return Bdp.formatLinkRate(bps);
    }

    static String km(double km) {
        return String.format(Locale.ROOT, "%,.0f km", km);
    }

    static String path(ComponentsScenario s, long accessBps, long linkBps) {
        return "One UDP datagram of " + s.packetBytes() + " bytes goes from the sender to the receiver through two "
                + "routers: " + rate(accessBps) + " access links of " + km(ComponentsPath.ACCESS_KM)
                + " at each end and a " + km(s.distanceKm()) + " long-haul fibre at " + rate(linkBps)
                + " between the routers, which cross traffic from other flows keeps " + percent(s.load())
                + " busy. On its way the packet meets four delays: processing in each router, queuing behind "
                + "other packets, transmission (putting its bits on each link) and propagation (the signal "
                + "travelling down the fibre). Each is measured below where it happens.";
    }

    static String firstLink(int frameBytes, long bps, long transmission, long propagation) {
        return "The sender serialises the " + frameBytes + "-byte frame (" + ComponentsPath.FRAMING
                + " more bytes of preamble, checksum and gap go with it) onto its " + rate(bps) + " link: "
                + "transmission delay = size ÷ rate = " + (frameBytes + ComponentsPath.FRAMING) + " × 8 bits ÷ "
                + rate(bps) + " = " + t(transmission) + ". The last bit then needs " + t(propagation)
                + " to cross " + km(ComponentsPath.ACCESS_KM) + " of fibre: propagation = distance ÷ speed, at "
                + String.format(Locale.ROOT, "%,.0f", Fibre.KM_PER_SECOND) + " km/s (light divided by the fibre's "
                + "group index of " + Fibre.GROUP_INDEX + "; the \"200,000 km/s, 5 µs per km\" rule of thumb rounds it).";
    }

    static String processing(String router, long processing) {
        return router + " reads the header, checks it, finds the longest matching route, takes one off the TTL "
                + "and recomputes the checksum (RFC 1812 §5.2): " + t(processing) + " here. Hardware routers "
                + "forward in microseconds; a software router or a busy firewall can take tens to hundreds.";
    }

    static String queuing(int ahead, long wait, double load, double mean, double md1) {
        String waitText = ahead == 0
                ? "The outgoing link is idle, so the packet goes straight on: no queuing this time, even at "
                        + percent(load) + " load."
                : "The outgoing link is busy: " + (ahead == 1 ? "one cross-traffic packet is on the wire"
                        : ahead + " cross-traffic packets are ahead of ours (one on the wire, " + (ahead - 1)
                                + " waiting)") + ", so ours waits " + t(wait) + " in router A's queue.";
        return waitText + " Queuing is the one delay that changes from packet to packet: over this run cross "
                + "traffic waited " + t(Math.round(mean)) + " on average, where M/D/1 (Poisson arrivals, equal "
                + "service times) predicts " + t(Math.round(md1)) + ".";
    }

    static String longHaul(int frameBytes, long bps, long transmission) {
        return "Its turn comes: the router serialises the frame onto the " + rate(bps) + " long-haul link in "
                + t(transmission) + ". A slower link means a longer transmission delay for every packet, "
                + "and a longer service time for the queue behind it.";
    }

    static String propagation(double km, long propagation) {
        return "The signal crosses " + km(km) + " of fibre in " + t(propagation) + ". No upgrade shortens "
                + "this: bandwidth makes the bits shorter, not faster. Only a shorter path (a nearer server, a "
                + "straighter cable) does.";
    }

    static String lastHop(long processing, long transmission, long propagation) {
        return "Router B processes it (" + t(processing) + ") and sends it on the last link: "
                + t(transmission) + " to transmit and " + t(propagation) + " to propagate. The receiver has the "
                + "whole datagram once its last bit arrives.";
    }

    static String total(DelayBreakdown d) {
        DelayBreakdown.Kind biggest = DelayBreakdown.Kind.PROPAGATION;
        for (DelayBreakdown.Kind k : DelayBreakdown.Kind.values()) {
            if (d.total(k) > d.total(biggest)) {
                biggest = k;
            }
        }
        StringBuilder b = new StringBuilder("End to end: " + t(d.total()) + ". ");
        for (DelayBreakdown.Kind k : DelayBreakdown.Kind.values()) {
            b.append(k.displayName()).append(' ').append(t(d.total(k))).append(" (")
                    .append(percent((double) d.total(k) / d.total())).append("), ");
        }
        b.setLength(b.length() - 2);
        return b + ". " + biggest.displayName() + " dominates this path. Over long distances propagation "
                + "dominates; on slow links and for big messages, transmission; near saturation, queuing.";
    }

    static String curve(QueueCurve c, double mean, double mm1) {
        QueueCurve.Point last = c.points().get(c.points().size() - 1);
        return "The same cross traffic on the same kind of link at loads from 10 % to 95 %: the mean wait stays "
                + "small until about 70 %, then climbs steeply, reaching " + t(Math.round(last.measuredNanos()))
                + " at 95 % (" + String.format(Locale.ROOT, "%.1f", last.measuredNanos() / c.serviceNanos())
                + " service times of " + t(c.serviceNanos()) + "). Every packet is the same size, so the service "
                + "time is fixed and the measurements follow M/D/1, W = ρS ÷ 2(1 − ρ); M/M/1 (" + t(Math.round(mm1))
                + " at this run's load, measured " + t(Math.round(mean)) + ") assumes random sizes and predicts "
                + "twice as much. Both explode as utilisation approaches 1: keep links below about 70–80 %.";
    }

    static String examples(long mbAt100, long mbAt1g) {
        return "Transmission grows with size. A worked example: 1 MB (8,000,000 bits) takes " + t(mbAt100)
                + " to transmit at 100 Mb/s and " + t(mbAt1g) + " at 1 Gb/s, from the same serialisation the "
                + "links above use. Ten times the bandwidth cuts transmission ten times and leaves propagation "
                + "where it was.";
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
    }
}
