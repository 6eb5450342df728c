package org.wirewise.ui.app;

import javafx.scene.paint.Color;

/**
 * How a colour looks to someone with a colour-vision deficiency (Machado, Oliveira and Fernandes
 * 2009, severity 1: the full dichromacy), and how far apart two colours look (CIE 1976 ΔE in
 * CIELAB, D65). About 2.3 is a just-noticeable difference; chart colours should differ by far more.
 */
enum ColourVision {
    TYPICAL(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}),
    PROTANOPIA(new double[] {0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216,
            -0.003882, -0.048116, 1.051998}),
    DEUTERANOPIA(new double[] {0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413,
            -0.011820, 0.042940, 0.968881}),
    TRITANOPIA(new double[] {1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602,
            0.004733, 0.691367, 0.303900});

    private final double[] m;

    ColourVision(double[] matrix) {
        this.m = matrix;
    }

    /** The colour as this vision sees it (opaque). */
    Color see(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        return Color.color(gamma(m[0] * r + m[1] * g + m[2] * b), gamma(m[3] * r + m[4] * g + m[5] * b),
                gamma(m[6] * r + m[7] * g + m[8] * b));
    }

    /** ΔE*ab between two colours as this vision sees them. */
    double difference(Color a, Color b) {
        double[] la = lab(see(a));
        double[] lb = lab(see(b));
        return Math.sqrt(sq(la[0] - lb[0]) + sq(la[1] - lb[1]) + sq(la[2] - lb[2]));
    }

    static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double gamma(double v) {
        double c = Math.max(0, Math.min(1, v));
        return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    }

    private static double sq(double v) {
        return v * v;
    }
}
