package org.wirewise.practice;

import java.util.Locale;
import java.util.Optional;
import org.wirewise.lesson.Chapter;

/** How a chapter is written in the question files and on the command line: "ip-addressing". */
public final class ChapterNames {

    /** The choice that draws from every chapter. */
    public static final String MIXED = "mixed";

    private ChapterNames() {
    }

    public static String slug(Chapter chapter) {
        return chapter.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Chapter> parse(String slug) {
        for (Chapter c : Chapter.values()) {
            if (slug(c).equals(slug)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
