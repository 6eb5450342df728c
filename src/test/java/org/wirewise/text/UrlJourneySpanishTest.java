package org.wirewise.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.journey.JourneySimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.StepLink;
import org.wirewise.model.trace.Trace;

/**
 * The URL journey's what-if variants in Spanish: {@link TranslationCoverageTest} runs each lesson at its
 * defaults only, but every variant of the journey (a cache already warm, a lossy last mile, TLS 1.2, a
 * resumed session, HTTP/1.1's extra connections, HTTP/3 over QUIC) tells steps of its own. Each is run
 * in both languages and compared place by place with the same reading of English, the step links'
 * captions and the waterfall's title included.
 */
class UrlJourneySpanishTest {

    /** The variants the approval cases pin (approval/cases.txt), each as "key=value" settings. */
    static Stream<String> variants() {
        return Stream.of("caches=resolver", "caches=browser", "lossPercent=2 seed=3", "tls=1.2", "tls=resumed",
                "http=1.1", "http=1.1 tls=1.2", "http=1.1 tls=resumed", "http=3");
    }

    private static Trace run(String variant, Locale language) throws Exception {
        Lesson<?> lesson = TranslationCoverageTest.CATALOG.find(JourneySimulator.LESSON_ID).orElseThrow();
        LessonSetup setup = LessonSetup.defaults(lesson);
        for (String setting : variant.split(" ")) {
            String[] kv = setting.split("=");
            setup = setup.with(kv[0], kv[1]);
        }
        return setup.simulate(Progress.NONE, language);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void everyTextOfAVariantIsInSpanish(String variant) throws Exception {
        Trace english = run(variant, Locale.ENGLISH);
        Trace spanish = run(variant, TranslationCoverageTest.SPANISH);
        List<String[]> en = words(english);
        List<String[]> es = words(spanish);
        assertEquals(en.size(), es.size(), variant + ": the Spanish trace has other parts than the English one");
        assertEquals(english.packets().size(), spanish.packets().size(), variant + ": the packets differ");
        List<String> untranslated = SameInBothLanguages.untranslated(en, es);
        assertEquals(List.of(), untranslated, variant + ": texts still in English in Spanish");
    }

    /** What {@link TranslationCoverageTest} compares, with every step link's caption and the waterfall's title. */
    private static List<String[]> words(Trace t) {
        List<String[]> out = new ArrayList<>(TranslationCoverageTest.texts(t));
        for (int i = 0; i < t.stepCount(); i++) {
            Step s = t.step(i);
            for (StepLink link : s.links()) {
                out.add(new String[] {"step " + (i + 1) + " link to " + link.lessonId(), link.caption()});
            }
            s.snapshot().fact(Waterfall.class).ifPresent(w -> out.add(new String[] {"waterfall title", w.title()}));
        }
        return out;
    }
}
