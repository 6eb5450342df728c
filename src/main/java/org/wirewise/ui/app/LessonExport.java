package org.wirewise.ui.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.wirewise.export.LessonGif;
import org.wirewise.export.LessonPdf;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.AtomicFiles;

/**
 * A whole lesson in one file: a PDF handout (each step's picture and narration on a page) or an
 * animated GIF (a frame per step). Used by {@code render --pdf/--gif} and File ▸ Export lesson…;
 * it runs on the caller's thread and takes each picture from {@code pictures}, which draws it
 * wherever the window lives. The file is replaced only when complete (AtomicFiles), so a cancelled
 * or failed export leaves what was there.
 */
final class LessonExport {

    /** How long a GIF shows each step. */
    static final int GIF_STEP_MILLIS = 3000;

    /** The two kinds of file, told apart by their extension. */
    enum Format {
        PDF(".pdf"), GIF(".gif");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /** Step {@code n}'s picture (from 1). */
    interface Pictures {
        BufferedImage picture(int step) throws IOException;
    }

    private LessonExport() {
    }

    /**
     * Writes every step of {@code trace} of lesson {@code lessonTitle} to {@code file}, reporting
     * progress from 0 to 1; throws {@link CancellationException} as soon as {@code cancelled} says so.
     */
    static void write(Path file, Format format, String lessonTitle, java.util.Locale language, Trace trace,
                      Pictures pictures, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
        int steps = trace.stepCount();
        AtomicFiles.write(file, out -> {
            LessonPdf pdf = format == Format.PDF ? new LessonPdf(out) : null;
            try (LessonGif gif = format == Format.GIF ? new LessonGif(out, GIF_STEP_MILLIS) : null) {
                for (int n = 1; n <= steps; n++) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException();
                    }
                    BufferedImage picture = pictures.picture(n);
                    if (pdf != null) {
                        Step step = trace.step(n - 1);
                        pdf.add(new LessonPdf.Page(picture, step.title(), caption(lessonTitle, step, n, steps, language),
                                step.narration()));
                    } else {
                        gif.add(picture);
                    }
                    progress.accept(n / (double) steps);
                }
            }
            if (pdf != null) {
                pdf.finish();
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException(); // Cancel pressed during the last step: the file stays as it was
            }
        });
    }

    /** "Flow control · step 5 of 9 · t = 358.755 ms · RFC 9293 §3.8.6.1". */
    static String caption(String lessonTitle, Step step, int n, int steps, java.util.Locale language) {
        StringBuilder b = new StringBuilder(org.wirewise.model.text.Texts.of(MainWindow.TEXTS, language).get(
                "export.caption", lessonTitle, Integer.toString(n), Integer.toString(steps),
                new org.wirewise.model.text.Units(org.wirewise.model.text.Texts.supported(language)).time(step.time())));
        if (!step.references().isEmpty()) {
            b.append(" · ").append(String.join(", ", step.references()));
        }
        return b.toString();
    }

    /** The format a file name asks for, or null when it ends in neither .pdf nor .gif. */
    static Format formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format f : Format.values()) {
            if (name.endsWith(f.extension)) {
                return f;
            }
        }
        return null;
    }
}
