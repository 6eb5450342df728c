package org.wirewise.model.realtime;

import java.util.List;
import org.wirewise.model.transport.TcpStack;

/**
 * What an idle WebSocket connection costs a Linux server. The kernel figures are object sizes read
 * from /proc/slabinfo on Linux 6.18 (x86-64) and are assumptions for any other kernel; an idle
 * connection's socket buffers hold nothing (Linux allocates them as data arrives, tcp_rmem and
 * tcp_wmem are ceilings), and the application's share is the user's parameter.
 */
final class ConnectionCosts {

    /** One kernel object a connection holds, and its size in bytes. */
    record Item(String what, String slab, int bytes) {
    }

    static final List<Item> KERNEL = List.of(
            new Item("TCP socket (struct tcp_sock)", "TCP", 2368),
            new Item("socket and its inode (struct socket_alloc)", "sock_inode_cache", 832),
            new Item("open file (struct file)", "filp", 192),
            new Item("directory entry of the socket's file", "dentry", 192),
            new Item("epoll registration (struct epitem)", "eventpoll_epi", 128));
    /** Linux's defaults for the receive and send buffer ceilings (net.ipv4.tcp_rmem, tcp_wmem, middle value). */
    static final int RMEM_DEFAULT = 131_072;
    static final int WMEM_DEFAULT = 16_384;
    /** The default soft limit on open files per process (RLIMIT_NOFILE) on most distributions. */
    static final int NOFILE_SOFT = 1024;
    /** Ports a proxy can use towards one server address and port from one source address (Linux's ip_local_port_range). */
    static final int EPHEMERAL_PORTS = TcpStack.EPHEMERAL_LAST - TcpStack.EPHEMERAL_FIRST + 1;

    private ConnectionCosts() {
    }

    static int kernelBytes() {
        return KERNEL.stream().mapToInt(Item::bytes).sum();
    }

    static long perConnection(int appKib) {
        return kernelBytes() + appKib * 1024L;
    }

    /** Connections on the busiest server when {@code connections} are spread evenly. */
    static int perServer(int connections, int servers) {
        return (connections + servers - 1) / servers;
    }
}
