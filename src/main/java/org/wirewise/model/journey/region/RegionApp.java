package org.wirewise.model.journey.region;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.wirewise.model.lb.HttpHead;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Process;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * An app server in one region, behind its load balancer: it answers reads from the region's own
 * replica at once, and a write (POST) by calling the primary region over the backbone, since only the
 * primary's database takes writes; the user's answer waits for the primary's.
 */
final class RegionApp extends Process {

    /** How long a write waits for the primary region before answering 504. */
    static final long PRIMARY_DEADLINE = SimTime.seconds(5);

    private final Region region;

    RegionApp(HostNode host, Region region) {
        super(host, "app");
        this.region = region;
    }

    @Override
    protected void onStart() {
        TcpStack.of(host()).listen(RegionNetwork.PORT, RegionNetwork.TCP.withLinuxListenerWindow(),
                TcpTuning.DEFAULTS, this::accepted);
    }

    private void accepted(TcpSocket socket) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean[] answered = new boolean[1];
        socket.onData(bytes -> {
            received.writeBytes(bytes);
            byte[] sofar = received.toByteArray();
            HttpHead head = HttpHead.complete(sofar).orElse(null);
            if (answered[0] || head == null) {
                return;
            }
            answered[0] = true;
            if (head.method().equals("POST") && region != Region.PRIMARY) {
                Fetch.send(host(), Region.PRIMARY.vip(), sofar, PRIMARY_DEADLINE, primary -> socket.write(
                        primary.ok() ? response("201 Created", "written in " + Region.PRIMARY.id() + " via "
                                + region.id()) : response("504 Gateway Timeout", "the primary did not answer")));
            } else if (head.method().equals("POST")) {
                socket.write(response("201 Created", "written in " + region.id()));
            } else {
                socket.write(response("200 OK", "served by " + host().name()));
            }
        }).onPeerClosed(() -> after(0, socket::close));
    }

    private static byte[] response(String status, String text) {
        String body = text + "\n";
        return ("HTTP/1.1 " + status + "\r\nContent-Type: text/plain\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
    }
}
