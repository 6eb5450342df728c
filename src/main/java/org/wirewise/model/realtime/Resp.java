package org.wirewise.model.realtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The few RESP (Redis serialization protocol, version 2) values a pub/sub backbone speaks:
 * commands as arrays of bulk strings ({@code *3\r\n$7\r\nPUBLISH\r\n...}), integer replies
 * ({@code :2\r\n}) and pushed messages (arrays again). The reader takes a TCP stream in any cuts
 * and returns each complete value as its list of strings (an integer as its digits).
 */
final class Resp {

    private static final byte[] CRLF = {'\r', '\n'};

    private byte[] pending = new byte[0];

    /** An array of bulk strings: how a client sends a command, and how the broker pushes a message. */
    static byte[] array(String... items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("*" + items.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String item : items) {
            byte[] b = item.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(("$" + b.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(b);
            out.writeBytes(CRLF);
        }
        return out.toByteArray();
    }

    /** The broker's confirmation of a SUBSCRIBE: {@code subscribe}, the channel, and the count as an integer. */
    static byte[] subscribed(String channel, long count) {
        byte[] head = array("subscribe", channel);
        head[1] = '3'; // three elements: the count follows as an integer reply
        byte[] tail = integer(count);
        byte[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    static byte[] integer(long value) {
        return (":" + value + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Feeds bytes; returns every value they complete, in order. */
    List<List<String>> feed(byte[] bytes) {
        pending = Arrays.copyOf(pending, pending.length + bytes.length);
        System.arraycopy(bytes, 0, pending, pending.length - bytes.length, bytes.length);
        List<List<String>> values = new ArrayList<>();
        int[] at = {0};
        while (true) {
            int start = at[0];
            List<String> v = value(at);
            if (v == null) {
                at[0] = start;
                break;
            }
            values.add(v);
        }
        pending = Arrays.copyOfRange(pending, at[0], pending.length);
        return values;
    }

    /** One value from {@code at[0]}, moving it past; null when the bytes end first. */
    private List<String> value(int[] at) {
        String line = line(at);
        if (line == null || line.isEmpty()) {
            return null;
        }
        switch (line.charAt(0)) {
            case ':', '+', '-' -> {
                return List.of(line.substring(1));
            }
            case '*' -> {
                int n = Integer.parseInt(line.substring(1));
                List<String> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    String item = bulkOrLine(at);
                    if (item == null) {
                        return null;
                    }
                    items.add(item);
                }
                return items;
            }
            default -> throw new IllegalArgumentException("not a RESP value: " + line);
        }
    }

    private String bulkOrLine(int[] at) {
        String head = line(at);
        if (head == null || !head.startsWith("$")) {
            return head == null ? null : head.substring(1);
        }
        int length = Integer.parseInt(head.substring(1));
        if (at[0] + length + 2 > pending.length) {
            return null;
        }
        String s = new String(pending, at[0], length, StandardCharsets.UTF_8);
        at[0] += length + 2;
        return s;
    }

    private String line(int[] at) {
        for (int i = at[0]; i + 1 < pending.length; i++) {
            if (pending[i] == '\r' && pending[i + 1] == '\n') {
                String s = new String(pending, at[0], i - at[0], StandardCharsets.UTF_8);
                at[0] = i + 2;
                return s;
            }
        }
        return null;
    }
}
