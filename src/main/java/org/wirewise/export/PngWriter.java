package org.wirewise.export;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A fast PNG encoder for opaque screenshots (RFC 2083 / ISO 15948): 8-bit RGB, each row filtered
 * with "Sub" and the whole deflated at speed. The JDK's writer tries every filter on every row and
 * compresses harder: for the congestion lesson's 95 screenshots at 1920×1080 it took 38 s of
 * `render --all-steps`'s 46 s; this takes 6 s, for files about a third larger (355 KB, not 265 KB).
 */
public final class PngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngWriter() {
    }

    /** Writes {@code argb} (row by row, {@code width} × {@code height}; alpha ignored) as a PNG. */
    public static void write(int[] argb, int width, int height, OutputStream out) throws IOException {
        if (width <= 0 || height <= 0 || argb.length < width * height) {
            throw new IllegalArgumentException("an image of " + width + " × " + height + " needs that many pixels");
        }
        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
        chunk(data, "IHDR", header.toByteArray());
        ByteArrayOutputStream packed = new ByteArrayOutputStream(width * height / 4);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(packed, deflater, 1 << 16)) {
            byte[] row = new byte[1 + 3 * width];
            row[0] = 1; // Sub: each byte less the same byte of the pixel to its left
            for (int y = 0; y < height; y++) {
                int left = 0;
                for (int x = 0, i = y * width; x < width; x++, i++) {
                    int p = argb[i];
                    row[1 + 3 * x] = (byte) ((p >> 16) - (left >> 16));
                    row[2 + 3 * x] = (byte) ((p >> 8) - (left >> 8));
                    row[3 + 3 * x] = (byte) (p - left);
                    left = p;
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        chunk(data, "IDAT", packed.toByteArray());
        chunk(data, "IEND", new byte[0]);
        data.flush();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(body.length);
        out.write(name);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }
}
