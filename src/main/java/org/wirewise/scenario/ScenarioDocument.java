package org.wirewise.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The contents of a {@code .wirewise.json} file: which lesson, and its parameter values by key;
 * with an A/B comparison, side B's values too (null when there is none). Values are checked
 * against the lesson's schema when the scenario is built.
 */
public record ScenarioDocument(String lessonId, Map<String, Object> parameters, Map<String, Object> compare) {

    public ScenarioDocument {
        Objects.requireNonNull(lessonId, "lessonId");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        compare = compare == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(compare));
    }

    public ScenarioDocument(String lessonId, Map<String, Object> parameters) {
        this(lessonId, parameters, null);
    }
}
