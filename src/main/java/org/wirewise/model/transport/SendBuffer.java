package org.wirewise.model.transport;

import java.util.Arrays;

/**
 * Every byte the application wrote, by stream offset (byte k has sequence number ISS + 1 + k),
 * with how far it has been sent and acknowledged. Bytes stay until the end of the connection so
 * any of them can be sent again.
 */
final class SendBuffer {

    private final long capacity;
    private byte[] written = new byte[0];
    private int writtenLength;
    private long dataAcked;
    private long dataSent;

    SendBuffer(long capacity) {
        this.capacity = capacity;
    }

    /** Appends as much of {@code data} as the buffer has room for; returns how many bytes it took. */
    int write(byte[] data) {
        int room = (int) Math.max(0, Math.min(data.length, capacity - used()));
        if (writtenLength + room > written.length) {
            written = Arrays.copyOf(written, Math.max(writtenLength + room, written.length * 2));
        }
        System.arraycopy(data, 0, written, writtenLength, room);
        writtenLength += room;
        return room;
    }

    byte[] slice(long offset, int length) {
        return Arrays.copyOfRange(written, (int) offset, (int) (offset + length));
    }

    /** Whether {@code offset} is the end of what was written: a segment ending there carries PSH. */
    boolean isEnd(long offset) {
        return offset == writtenLength;
    }

    /** Offset of the first byte not yet sent. */
    long sent() {
        return dataSent;
    }

    void markSent(long length) {
        dataSent += length;
    }

    long acked() {
        return dataAcked;
    }

    void markAcked(long end) {
        dataAcked = Math.max(dataAcked, end);
    }

    /** Written and not yet acknowledged. */
    long used() {
        return writtenLength - dataAcked;
    }

    /** Written and not yet sent. */
    long unsent() {
        return writtenLength - dataSent;
    }

    /** Sent and not yet acknowledged. */
    long inFlight() {
        return dataSent - dataAcked;
    }

    long capacity() {
        return capacity;
    }
}
