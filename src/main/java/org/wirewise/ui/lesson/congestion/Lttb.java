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
        if (threshold >= n || threshold < 3) {
            int m = Math.min(n, outX.length);
            System.arraycopy(x, 0, outX, 0, m);
            System.arraycopy(y, 0, outY, 0, m);
            return m;
        }
        double every = (double) (n - 2) / (threshold - 2);
        int a = 0;
        int out = 0;
        outX[out] = x[0];
        outY[out++] = y[0];
        for (int i = 0; i < threshold - 2; i++) {
            int avgStart = (int) Math.floor((i + 1) * every) + 1;
            int avgEnd = Math.min((int) Math.floor((i + 2) * every) + 1, n);
            double avgX = 0;
            double avgY = 0;
            for (int j = avgStart; j < avgEnd; j++) {
                avgX += x[j];
                avgY += y[j];
            }
            int len = Math.max(1, avgEnd - avgStart);
            avgX /= len;
            avgY /= len;
            int rangeStart = (int) Math.floor(i * every) + 1;
            int rangeEnd = (int) Math.floor((i + 1) * every) + 1;
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
        outX[out] = x[n - 1];
        outY[out++] = y[n - 1];
        return out;
    }
}
