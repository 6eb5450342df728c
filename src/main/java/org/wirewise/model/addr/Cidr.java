package org.wirewise.model.addr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A CIDR block (RFC 4632 §3.1): a network address whose host bits are zero and a prefix length.
 * All arithmetic is exact, over {@link BigInteger}, for IPv4 and IPv6 alike.
 *
 * @param network the first address; its host bits are zero
 * @param prefix  the number of network bits, 0 to 32 (IPv4) or 0 to 128 (IPv6)
 */
public record Cidr(IpAddress network, int prefix) implements Comparable<Cidr> {

    public Cidr {
        Objects.requireNonNull(network, "network");
        int bits = network.family().bits();
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("prefix /" + prefix + " outside /0../" + bits);
        }
        if (!network.value().and(hostMask(network.family(), prefix)).equals(BigInteger.ZERO)) {
            throw new IllegalArgumentException(network + "/" + prefix + " has host bits set");
        }
    }

    /** The block of {@code prefix} bits that holds {@code address} (its host bits cleared). */
    public static Cidr containing(IpAddress address, int prefix) {
        Family f = address.family();
        if (prefix < 0 || prefix > f.bits()) {
            throw new AddressFormatException("prefix length /" + prefix + " is out of range; " + f.displayName()
                    + " allows /0 to /" + f.bits());
        }
        return new Cidr(new IpAddress(f, address.value().andNot(hostMask(f, prefix))), prefix);
    }

    /**
     * Parses a block exactly as written ("10.0.0.0/16"); host bits must be zero, as routers and
     * cloud APIs require. {@link CidrInput} accepts an address inside a block instead.
     */
    public static Cidr parse(String text) {
        CidrInput input = CidrInput.parse(text);
        if (!input.address().equals(input.block().network())) {
            throw new AddressFormatException(TextChecks.quote(text) + " has host bits set; the /" + input.block().prefix()
                    + " block that holds it is " + input.block());
        }
        return input.block();
    }

    static BigInteger hostMask(Family family, int prefix) {
        return BigInteger.ONE.shiftLeft(family.bits() - prefix).subtract(BigInteger.ONE);
    }

    public Family family() {
        return network.family();
    }

    public int hostBits() {
        return family().bits() - prefix;
    }

    /** 2^(bits − prefix). */
    public BigInteger size() {
        return BigInteger.ONE.shiftLeft(hostBits());
    }

    public IpAddress last() {
        return network.plus(size().subtract(BigInteger.ONE));
    }

    /** The netmask: prefix ones then zeros (255.255.255.0 for a /24). */
    public IpAddress netmask() {
        return new IpAddress(family(), family().maxValue().xor(hostMask(family(), prefix)));
    }

    /** The wildcard (inverse) mask ACLs use: zeros then ones (0.0.0.255 for a /24). */
    public IpAddress wildcard() {
        return new IpAddress(family(), hostMask(family(), prefix));
    }

    /**
     * The directed broadcast address (RFC 919 §7, RFC 922): the last address of an IPv4 block of
     * /30 or shorter. A /31 (RFC 3021) and a /32 have none, and IPv6 has no broadcast at all
     * (RFC 4291 §2: multicast does the job).
     */
    public IpAddress broadcast() {
        return hasBroadcast() ? last() : null;
    }

    public boolean hasBroadcast() {
        return family() == Family.IPV4 && prefix <= 30;
    }

    /**
     * How many addresses a host may use: IPv4 loses the network and broadcast addresses, except
     * on a point-to-point /31 (RFC 3021 §2.1) and a single /32; IPv6 loses the Subnet-Router
     * anycast address (RFC 4291 §2.6.1), except on a /127 between routers (RFC 6164 §5) and a /128.
     */
    public BigInteger usableCount() {
        if (family() == Family.IPV4) {
            return prefix >= 31 ? size() : size().subtract(BigInteger.TWO);
        }
        return prefix >= 127 ? size() : size().subtract(BigInteger.ONE);
    }

    public IpAddress firstUsable() {
        return family() == Family.IPV4 ? (prefix >= 31 ? network : network.plus(1))
                : (prefix >= 127 ? network : network.plus(1));
    }

    public IpAddress lastUsable() {
        return hasBroadcast() ? last().plus(-1) : last();
    }

    public boolean contains(IpAddress address) {
        return address.family() == family() && address.compareTo(network) >= 0 && address.compareTo(last()) <= 0;
    }

    /** True when every address of {@code other} is in this block. */
    public boolean contains(Cidr other) {
        return other.family() == family() && other.prefix >= prefix && contains(other.network);
    }

    /** CIDR blocks either nest or are disjoint; they overlap when one contains the other. */
    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /** How many blocks of {@code newPrefix} this one splits into: 2^(newPrefix − prefix). */
    public BigInteger subnetCount(int newPrefix) {
        checkSplit(newPrefix);
        return BigInteger.ONE.shiftLeft(newPrefix - prefix);
    }

    /** The {@code index}-th block of {@code newPrefix} inside this one (0-based). */
    public Cidr subnet(int newPrefix, BigInteger index) {
        BigInteger count = subnetCount(newPrefix);
        if (index.signum() < 0 || index.compareTo(count) >= 0) {
            throw new IllegalArgumentException("subnet index " + index + " outside 0.." + count.subtract(BigInteger.ONE));
        }
        BigInteger step = BigInteger.ONE.shiftLeft(family().bits() - newPrefix);
        return new Cidr(network.plus(step.multiply(index)), newPrefix);
    }

    /** The first {@code limit} blocks of {@code newPrefix} (all of them when there are fewer). */
    public List<Cidr> split(int newPrefix, int limit) {
        BigInteger count = subnetCount(newPrefix);
        int n = count.min(BigInteger.valueOf(limit)).intValueExact();
        List<Cidr> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(subnet(newPrefix, BigInteger.valueOf(i)));
        }
        return result;
    }

    private void checkSplit(int newPrefix) {
        if (newPrefix < prefix || newPrefix > family().bits()) {
            throw new AddressFormatException("cannot split " + this + " into /" + newPrefix + " blocks; the new prefix "
                    + "must be from /" + prefix + " to /" + family().bits());
        }
    }

    /** The block one bit shorter that holds this one; a /0 has none. */
    public Cidr parent() {
        if (prefix == 0) {
            throw new IllegalStateException("a /0 has no parent");
        }
        return containing(network, prefix - 1);
    }

    /** The smallest single block that holds every given block (all of one family). */
    public static Cidr supernet(List<Cidr> blocks) {
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("no blocks to aggregate");
        }
        Family f = blocks.get(0).family();
        BigInteger low = blocks.get(0).network.value();
        BigInteger high = blocks.get(0).last().value();
        int prefix = f.bits();
        for (Cidr b : blocks) {
            if (b.family() != f) {
                throw new AddressFormatException("cannot aggregate IPv4 and IPv6 blocks together");
            }
            low = low.min(b.network.value());
            high = high.max(b.last().value());
        }
        // The common leading bits of the lowest and highest address form the supernet.
        BigInteger diff = low.xor(high);
        prefix = f.bits() - diff.bitLength();
        return containing(new IpAddress(f, low), prefix);
    }

    /**
     * The fewest blocks that cover exactly the given ones (route aggregation, RFC 4632 §3.2):
     * nested blocks are dropped and two halves of one parent merge, repeatedly.
     */
    public static List<Cidr> aggregate(List<Cidr> blocks) {
        List<Cidr> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.naturalOrder());
        List<Cidr> result = new ArrayList<>();
        for (Cidr b : sorted) {
            if (!result.isEmpty() && result.get(result.size() - 1).contains(b)) {
                continue;
            }
            result.add(b);
            while (result.size() >= 2) {
                Cidr right = result.get(result.size() - 1);
                Cidr left = result.get(result.size() - 2);
                if (left.prefix == right.prefix && left.prefix > 0 && left.parent().equals(right.parent())) {
                    result.remove(result.size() - 1);
                    result.set(result.size() - 1, left.parent());
                } else {
                    break;
                }
            }
        }
        return List.copyOf(result);
    }

    @Override
    public int compareTo(Cidr other) {
        int c = network.compareTo(other.network);
        return c != 0 ? c : Integer.compare(prefix, other.prefix);
    }

    @Override
    public String toString() {
        return network + "/" + prefix;
    }
}
