package org.wirewise.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;

/**
 * Reduces a rendered lesson picture to a GIF's 256 colours, fast: the JDK's GIF writer builds an
 * octree per frame and took seconds each. A picture of flat fills, lines and anti-aliased text has
 * few colours that matter, so the palette is the 256 most used 15-bit colours (each the mean of the
 * pixels in it), every one of the 32,768 15-bit colours is mapped once to its nearest palette entry,
 * and pixels are looked up. No dithering: text edges stay clean.
 */
final class GifPalette {

    private static final int BUCKETS = 1 << 15;

    private GifPalette() {
    }

    private static int bucket(int rgb) {
        return ((rgb >> 9) & 0x7c00) | ((rgb >> 6) & 0x3e0) | ((rgb >> 3) & 0x1f);
    }

    /** The picture as an indexed image with at most 256 colours. */
    static BufferedImage reduce(BufferedImage rgb) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int[] pixels = rgb.getRGB(0, 0, w, h, null, 0, w);
        long[] count = new long[BUCKETS];
        long[][] sums = new long[3][BUCKETS];
        for (int p : pixels) {
            int b = bucket(p);
            count[b]++;
            sums[0][b] += (p >> 16) & 0xff;
            sums[1][b] += (p >> 8) & 0xff;
            sums[2][b] += p & 0xff;
        }
        int[] chosen = mostUsed(count, 256);
        int n = chosen.length;
        byte[] r = new byte[n];
        byte[] g = new byte[n];
        byte[] bl = new byte[n];
        for (int i = 0; i < n; i++) {
            int b = chosen[i];
            r[i] = (byte) (sums[0][b] / count[b]);
            g[i] = (byte) (sums[1][b] / count[b]);
            bl[i] = (byte) (sums[2][b] / count[b]);
        }
        byte[] lookup = nearest(r, g, bl);
        IndexColorModel model = new IndexColorModel(8, n, r, g, bl);
        BufferedImage indexed = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] out = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            out[i] = lookup[bucket(pixels[i])];
        }
        return indexed;
    }

    /** The indices of the {@code k} largest counts (fewer when fewer are used), largest first. */
    private static int[] mostUsed(long[] count, int k) {
        java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>(
                (a, b) -> count[a] != count[b] ? Long.compare(count[a], count[b]) : Integer.compare(b, a));
        for (int i = 0; i < count.length; i++) {
            if (count[i] > 0) {
                heap.add(i);
                if (heap.size() > k) {
                    heap.poll();
                }
            }
        }
        int[] out = new int[heap.size()];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = heap.poll();
        }
        return out;
    }

    /** For each 15-bit colour, the palette entry nearest its centre (squared RGB distance). */
    private static byte[] nearest(byte[] r, byte[] g, byte[] b) {
        byte[] lookup = new byte[BUCKETS];
        for (int c = 0; c < BUCKETS; c++) {
            int cr = ((c >> 10) & 0x1f) * 8 + 4;
            int cg = ((c >> 5) & 0x1f) * 8 + 4;
            int cb = (c & 0x1f) * 8 + 4;
            int best = 0;
            int bestDistance = Integer.MAX_VALUE;
            for (int i = 0; i < r.length; i++) {
                int dr = cr - (r[i] & 0xff);
                int dg = cg - (g[i] & 0xff);
                int db = cb - (b[i] & 0xff);
                int d = dr * dr + dg * dg + db * db;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            lookup[c] = (byte) best;
        }
        return lookup;
    }
}
