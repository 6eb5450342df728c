package org.wirewise.model.http.hpack;

/** A cursor over one header block that refuses to read past its end. */
final class HpackReader {

    private final byte[] block;
    private int position;

    HpackReader(byte[] block) {
        this.block = block;
    }

    int position() {
        return position;
    }

    boolean hasMore() {
        return position < block.length;
    }

    int peek() {
        return block[position] & 0xff;
    }

    int next() {
        if (position >= block.length) {
            throw new HpackException("the block ends in the middle of a representation", position);
        }
        return block[position++] & 0xff;
    }

    byte[] take(int length) {
        if (length > block.length - position) {
            throw new HpackException("a string of " + length + " octets runs past the block's end ("
                    + (block.length - position) + " left)", position);
        }
        byte[] out = new byte[length];
        System.arraycopy(block, position, out, 0, length);
        position += length;
        return out;
    }
}
