package org.wirewise.model.packet;

import java.util.List;

/**
 * Dissects an application payload, as a Wireshark dissector does: given the bytes a transport
 * carries, it adds its layer(s) to the tree, or declines (adding nothing) when the bytes are not
 * its protocol, so the next candidate can try. Registered in a {@link Payloads} table by port or
 * as a heuristic.
 */
@FunctionalInterface
public interface PayloadDissector {

    /**
     * Adds the layers for {@code b[off, end)} and returns true, or returns false and adds nothing
     * when these bytes are not this protocol.
     */
    boolean dissect(byte[] b, int off, int end, List<Field> layers);
}
