package org.wirewise.ui.lesson.congestion;

/**
 * Largest-Triangle-Three-Buckets decimation (Steinarsson 2013): keeps the points that shape a line
 * so a million samples draw as a few thousand, one or two per pixel column.
 */
final class Lttb {

    private Lttb() {
    }

    /** Decimates x/y (n points, x ascending) to at most {@code threshold} points; returns how many. */
    static int decimate(double[] x, double[] y, int n, int threshold, double[] outX, double[] outY) {
        return decimate(x, y, 0, n, threshold, outX, outY);
    }

    /** Decimates the points [from, to) only (the visible window) to at most {@code threshold} points. */
    static int decimate(double[] x, double[] y, int from, int to, int threshold, double[] outX, double[] outY) {
        int n = to - from;
        if (threshold >= n || threshold < 3) {
            int m = Math.min(n, outX.length);
            System.arraycopy(x, from, outX, 0, m);
            System.arraycopy(y, from, outY, 0, m);
            return m;
        }
        double every = (double) (n - 2) / (threshold - 2);
        int a = from;
        int out = 0;
        outX[out] = x[from];
        outY[out++] = y[from];
        for (int i = 0; i < threshold - 2; i++) {
            int avgStart = from + (int) Math.floor((i + 1) * every) + 1;
            int avgEnd = from + Math.min((int) Math.floor((i + 2) * every) + 1, n);
            double avgX = 0;
            double avgY = 0;
            for (int j = avgStart; j < avgEnd; j++) {
                avgX += x[j];
                avgY += y[j];
            }
            int len = Math.max(1, avgEnd - avgStart);
            avgX /= len;
            avgY /= len;
            int rangeStart = from + (int) Math.floor(i * every) + 1;
            int rangeEnd = from + (int) Math.floor((i + 1) * every) + 1;
            double best = -1;
            int pick = rangeStart;
            for (int j = rangeStart; j < rangeEnd; j++) {
                double area = Math.abs((x[a] - avgX) * (y[j] - y[a]) - (x[a] - x[j]) * (avgY - y[a]));
                if (area > best) {
                    best = area;
                    pick = j;
                }
            }
            outX[out] = x[pick];
            outY[out++] = y[pick];
            a = pick;
        }
        outX[out] = x[to - 1];
        outY[out++] = y[to - 1];
        return out;
    }
}
