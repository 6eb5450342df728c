package org.wirewise.model.journey;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The few PostgreSQL frontend/backend protocol 3.0 messages the journey's app server and database
 * exchange (PostgreSQL documentation, "Frontend/Backend Protocol", §55.7 Message Formats):
 * StartupMessage, AuthenticationOk, ReadyForQuery, the simple Query, RowDescription, DataRow and
 * CommandComplete. Every message but the startup is a type byte and a 32-bit length that counts
 * itself; strings end with a zero byte. Wireshark reads them on port 5432 as "pgsql".
 */
final class Postgres {

    static final int PORT = 5432;
    static final int PROTOCOL_3_0 = 196_608;
    /** The type OID of {@code text}, for every column the database returns. */
    private static final int TEXT_OID = 25;

    /** One backend or frontend message: its type byte and its contents after the length. */
    record Message(char type, byte[] body) {
        String text() {
            return new String(body, 0, Math.max(0, body.length - 1), StandardCharsets.UTF_8);
        }
    }

    private Postgres() {
    }

    static byte[] startup(String user, String database) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int32(body, PROTOCOL_3_0);
        for (String s : new String[] {"user", user, "database", database}) {
            cstring(body, s);
        }
        body.write(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int32(out, body.size() + 4);
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    static byte[] authenticationOk() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int32(body, 0);
        return message('R', body);
    }

    static byte[] readyForQuery() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write('I'); // idle, not in a transaction
        return message('Z', body);
    }

    static byte[] query(String sql) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        cstring(body, sql);
        return message('Q', body);
    }

    /** RowDescription, a DataRow per row, CommandComplete ("SELECT n") and ReadyForQuery, as one answer. */
    static byte[] rows(List<String> columns, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream description = new ByteArrayOutputStream();
        int16(description, columns.size());
        for (String c : columns) {
            cstring(description, c);
            int32(description, 0); // not a table's column
            int16(description, 0);
            int32(description, TEXT_OID);
            int16(description, -1); // variable length
            int32(description, -1); // no type modifier
            int16(description, 0); // text format
        }
        out.writeBytes(message('T', description));
        for (List<String> row : rows) {
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            int16(data, row.size());
            for (String v : row) {
                byte[] b = v.getBytes(StandardCharsets.UTF_8);
                int32(data, b.length);
                data.writeBytes(b);
            }
            out.writeBytes(message('D', data));
        }
        ByteArrayOutputStream complete = new ByteArrayOutputStream();
        cstring(complete, "SELECT " + rows.size());
        out.writeBytes(message('C', complete));
        out.writeBytes(readyForQuery());
        return out.toByteArray();
    }

    /** The values of each DataRow among {@code messages}, as text. */
    static List<List<String>> dataRows(List<Message> messages) {
        List<List<String>> rows = new ArrayList<>();
        for (Message m : messages) {
            if (m.type() != 'D') {
                continue;
            }
            byte[] b = m.body();
            int n = ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
            int at = 2;
            List<String> row = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int len = readInt(b, at);
                row.add(new String(b, at + 4, len, StandardCharsets.UTF_8));
                at += 4 + len;
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Cuts a byte stream into typed messages as TCP delivers it, in runs of any size. The server's
     * first message (the startup) has no type byte: {@link #startupFirst()} says to expect it.
     */
    static final class Reader {
        private byte[] pending = new byte[0];
        private boolean untypedNext;

        Reader startupFirst() {
            untypedNext = true;
            return this;
        }

        List<Message> add(byte[] bytes) {
            byte[] all = Arrays.copyOf(pending, pending.length + bytes.length);
            System.arraycopy(bytes, 0, all, pending.length, bytes.length);
            List<Message> out = new ArrayList<>();
            int at = 0;
            while (true) {
                int head = untypedNext ? 4 : 5;
                if (all.length - at < head) {
                    break;
                }
                int length = readInt(all, at + head - 4);
                int end = at + head - 4 + length;
                if (length < 4 || all.length < end) {
                    break;
                }
                char type = untypedNext ? '\0' : (char) all[at];
                out.add(new Message(type, Arrays.copyOfRange(all, at + head, end)));
                untypedNext = false;
                at = end;
            }
            pending = Arrays.copyOfRange(all, at, all.length);
            return out;
        }
    }

    private static byte[] message(char type, ByteArrayOutputStream body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(type);
        int32(out, body.size() + 4);
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static void int16(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8);
        out.write(v);
    }

    private static void cstring(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        out.write(0);
    }
}
