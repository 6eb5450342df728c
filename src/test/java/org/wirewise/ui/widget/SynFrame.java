package org.wirewise.ui.widget;

import static org.wirewise.model.packet.Field.leaf;

import java.util.HexFormat;
import java.util.List;

import org.wirewise.model.packet.Field;

/**
 * The first frame of {@code arkime_http-simple-get.pcap}: a 78-byte TCP SYN from
 * 10.180.156.141:61450 to 10.180.156.249:80 with MSS, window scale, timestamps and SACK
 * permitted options, and a hand-written dissection with Wireshark's byte ranges.
 */
final class SynFrame {

    static final byte[] BYTES = HexFormat.of().parseHex(
            "001372c4f1e1001f5bff51cb08004500"
            + "0040552f40004006969a0ab49c8d0ab4"
            + "9cf9f00a0050c892d93f00000000b002"
            + "ffff63a70000020405b4010303040101"
            + "080aaaed474d000000000402" + "0000");

    static final Field DESTINATION = leaf("Destination", "00:13:72:c4:f1:e1", 0, 6);
    static final Field TYPE = leaf("Type", "IPv4 (0x0800)", 12, 2);
    static final Field SOURCE_ADDRESS = leaf("Source Address", "10.180.156.141", 26, 4);
    static final Field DESTINATION_ADDRESS = leaf("Destination Address", "10.180.156.249", 30, 4);
    static final Field SOURCE_PORT = leaf("Source Port", "61450", 34, 2);

    static final Field ETHERNET = new Field("Ethernet II", "Src: 00:1f:5b:ff:51:cb, Dst: 00:13:72:c4:f1:e1", 0, 14,
            List.of(DESTINATION, leaf("Source", "00:1f:5b:ff:51:cb", 6, 6), TYPE));

    static final Field IPV4 = new Field("Internet Protocol Version 4", "Src: 10.180.156.141, Dst: 10.180.156.249",
            14, 20, List.of(
                    leaf("Version", "4", 14, 1),
                    leaf("Header Length", "20 bytes (5)", 14, 1),
                    leaf("Differentiated Services Field", "0x00", 15, 1),
                    leaf("Total Length", "64", 16, 2),
                    leaf("Identification", "0x552f (21807)", 18, 2),
                    leaf("Flags", "0x2, Don't fragment", 20, 1),
                    leaf("Fragment Offset", "0", 20, 2),
                    leaf("Time to Live", "64", 22, 1),
                    leaf("Protocol", "TCP (6)", 23, 1),
                    leaf("Header Checksum", "0x969a", 24, 2),
                    SOURCE_ADDRESS,
                    DESTINATION_ADDRESS));

    static final Field TCP = new Field("Transmission Control Protocol", "Src Port: 61450, Dst Port: 80, Seq: 0, Len: 0",
            34, 44, List.of(
                    SOURCE_PORT,
                    leaf("Destination Port", "80", 36, 2),
                    leaf("Sequence Number (raw)", "3365067071", 38, 4),
                    leaf("Acknowledgment Number (raw)", "0", 42, 4),
                    leaf("Header Length", "44 bytes (11)", 46, 1),
                    new Field("Flags", "0x002 (SYN)", 46, 2, List.of(leaf("Syn", "Set", 46, 2))),
                    leaf("Window", "65535", 48, 2),
                    leaf("Checksum", "0x63a7", 50, 2),
                    leaf("Urgent Pointer", "0", 52, 2),
                    new Field("Options", "(24 bytes)", 54, 24, List.of(
                            leaf("Maximum segment size", "1460 bytes", 54, 4),
                            leaf("No-Operation (NOP)", "", 58, 1),
                            leaf("Window scale", "4 (multiply by 16)", 59, 3),
                            leaf("No-Operation (NOP)", "", 62, 1),
                            leaf("No-Operation (NOP)", "", 63, 1),
                            leaf("Timestamps", "TSval 2867677005, TSecr 0", 64, 10),
                            leaf("SACK permitted", "", 74, 2),
                            leaf("End of Option List (EOL)", "", 76, 1),
                            leaf("End of Option List (EOL)", "", 77, 1)))));

    static final Field FRAME = new Field("Frame 1", "78 bytes on wire (624 bits)", 0, 78, List.of(ETHERNET, IPV4, TCP));

    private SynFrame() {
    }
}
