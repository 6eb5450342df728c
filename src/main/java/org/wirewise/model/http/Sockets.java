package org.wirewise.model.http;

import java.util.EnumSet;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpState;

/** close() as an application calls it: once, and only in a state where CLOSE means something (RFC 9293 §3.10.4). */
final class Sockets {

    private static final EnumSet<TcpState> CLOSABLE = EnumSet.of(TcpState.LISTEN, TcpState.SYN_SENT,
            TcpState.SYN_RECEIVED, TcpState.ESTABLISHED, TcpState.CLOSE_WAIT);

    private Sockets() {
    }

    static void close(TcpSocket socket) {
        if (CLOSABLE.contains(socket.endpoint().state())) {
            socket.close();
        }
    }
}
