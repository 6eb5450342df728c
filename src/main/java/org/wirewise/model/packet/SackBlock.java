package org.wirewise.model.packet;

/**
 * One block of a SACK option (RFC 2018 §3): the data from {@code left} up to, not including,
 * {@code right} has been received. Both are 32-bit sequence numbers; right may be numerically
 * smaller than left when the block spans sequence-number wraparound.
 */
public record SackBlock(long left, long right) {

    public SackBlock {
        Wire.checkRange("SACK left edge", left, 0xFFFF_FFFFL);
        Wire.checkRange("SACK right edge", right, 0xFFFF_FFFFL);
    }
}
