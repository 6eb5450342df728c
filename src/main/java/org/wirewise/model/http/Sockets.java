package org.wirewise.model.http;

import java.util.EnumSet;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpState;

/** close() and send() as an application calls them: only in a state where they mean something (RFC 9293 §3.10.2, §3.10.4). */
public final class Sockets {

    private static final EnumSet<TcpState> CLOSABLE = EnumSet.of(TcpState.LISTEN, TcpState.SYN_SENT,
            TcpState.SYN_RECEIVED, TcpState.ESTABLISHED, TcpState.CLOSE_WAIT);

    private static final EnumSet<TcpState> WRITABLE = EnumSet.of(TcpState.SYN_SENT, TcpState.SYN_RECEIVED,
            TcpState.ESTABLISHED, TcpState.CLOSE_WAIT);

    private Sockets() {
    }

    /** Writes unless this side has closed or the connection is gone (a late answer to a peer that left). */
    public static boolean write(TcpSocket socket, byte[] bytes) {
        if (!writable(socket)) {
            return false;
        }
        socket.write(bytes);
        return true;
    }

    public static void close(TcpSocket socket) {
        if (closable(socket)) {
            socket.close();
        }
    }

    /** Whether this side may still write: it has not closed and the connection is not gone. */
    public static boolean writable(TcpSocket socket) {
        return WRITABLE.contains(socket.endpoint().state());
    }

    /** Whether closing this side now means something (RFC 9293 §3.10.4). */
    public static boolean closable(TcpSocket socket) {
        return CLOSABLE.contains(socket.endpoint().state());
    }
}
