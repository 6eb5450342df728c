package org.wirewise.ui.lesson.http;

import java.util.Locale;
import org.wirewise.model.text.Texts;

/** The HTTP chapter's views' own words ({@code http-views.properties} and its translations), not their traces'. */
final class HttpViews {

    private HttpViews() {
    }

    static Texts texts(Locale language) {
        return Texts.of("org.wirewise.ui.lesson.http.http-views", language);
    }
}
