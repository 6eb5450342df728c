package org.wirewise.scenario;

import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * A value a parameter does not allow: which parameter, what is allowed and what was given. Its
 * message is English (scenario files, the command line); the window asks for it in its own
 * language with {@link #message(Locale)}.
 */
public final class ParameterRefused extends ScenarioException {

    private final transient ParameterSpec spec;
    private final String found;

    /** @param found what was given, as the message quotes it; null when nothing was */
    ParameterRefused(ParameterSpec spec, String found) {
        super(message(spec, found, Locale.ENGLISH));
        this.spec = spec;
        this.found = found;
    }

    /** The refusal in {@code language}, naming the parameter by its key as the English one does. */
    public String message(Locale language) {
        return message(spec, found, language);
    }

    private static String message(ParameterSpec spec, String found, Locale language) {
        Texts t = Texts.of(ParameterSpec.TEXTS, language);
        return t.get("refused", spec.key(), spec.allowed(language), found == null ? t.get("nothing") : found);
    }

    /** A refusal's message in {@code language} when it is one, else the problem's own message. */
    public static String message(ScenarioException problem, Locale language) {
        return problem instanceof ParameterRefused r ? r.message(language) : problem.getMessage();
    }
}
