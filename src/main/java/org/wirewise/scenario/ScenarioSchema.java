package org.wirewise.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Binds a lesson's scenario record to its parameter specs: one spec per record component, in
 * the same order. Builds records from checked values, so an invalid record is never made.
 *
 * @param <S> the scenario record type
 */
public final class ScenarioSchema<S extends Record> {

    private final Class<S> type;
    private final S defaults;
    private final List<ParameterSpec> parameters;
    private final RecordComponent[] components;
    private final Constructor<S> constructor;

    public ScenarioSchema(Class<S> type, S defaults, List<ParameterSpec> parameters) {
        this.type = Objects.requireNonNull(type);
        this.defaults = Objects.requireNonNull(defaults);
        this.parameters = List.copyOf(parameters);
        this.components = type.getRecordComponents();
        if (components.length != this.parameters.size()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + components.length
                    + " components but " + this.parameters.size() + " parameter specs");
        }
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            if (!components[i].getName().equals(this.parameters.get(i).key())) {
                throw new IllegalArgumentException("spec " + i + " is " + this.parameters.get(i).key()
                        + " but the record component is " + components[i].getName());
            }
            types[i] = components[i].getType();
            if (types[i].isEnum() && this.parameters.get(i).kind() != ParameterSpec.Kind.CHOICE) {
                throw new IllegalArgumentException(components[i].getName() + " is an enum; its spec must be a choice");
            }
        }
        try {
            this.constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no canonical constructor for " + type, e);
        }
    }

    public Class<S> type() {
        return type;
    }

    public S defaults() {
        return defaults;
    }

    public List<ParameterSpec> parameters() {
        return parameters;
    }

    /**
     * The same schema with each parameter's words (label, description) replaced by {@code words}:
     * another language. Keys, kinds, limits and choices must stay as they are, so a value checks
     * the same in every language.
     */
    public ScenarioSchema<S> relabelled(java.util.function.UnaryOperator<ParameterSpec> words) {
        List<ParameterSpec> renamed = parameters.stream().map(words).toList();
        for (int i = 0; i < renamed.size(); i++) {
            ParameterSpec was = parameters.get(i);
            ParameterSpec now = renamed.get(i);
            if (!was.key().equals(now.key()) || was.kind() != now.kind() || was.min() != now.min()
                    || was.max() != now.max() || !was.choices().equals(now.choices()) || !was.unit().equals(now.unit())) {
                throw new IllegalArgumentException("relabelling changed more than the words of " + was.key());
            }
        }
        return new ScenarioSchema<>(type, defaults, renamed);
    }

    public Optional<ParameterSpec> parameter(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The scenario's values by key, in declaration order. */
    public Map<String, Object> values(S scenario) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            try {
                Object v = c.getAccessor().invoke(scenario);
                // Enums appear as the choice spelling, as files and --set write them.
                values.put(c.getName(), v instanceof Enum<?> e ? choiceOf(c.getName(), e) : v);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * Builds a scenario from values by key; missing keys take the default, unknown keys are an
     * error (a typo should not be silently ignored).
     */
    public S build(Map<String, ?> values) throws ScenarioException {
        List<String> unknown = new ArrayList<>();
        for (String key : values.keySet()) {
            if (parameter(key).isEmpty()) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ScenarioException((unknown.size() == 1 ? "unknown parameter " : unknown.size() + " unknown parameters: ")
                    + Excerpt.list(unknown) + "; known: " + keys());
        }
        Map<String, Object> merged = new LinkedHashMap<>(values(defaults));
        for (ParameterSpec spec : parameters) {
            if (values.containsKey(spec.key())) {
                merged.put(spec.key(), spec.check(values.get(spec.key())));
            }
        }
        return construct(merged);
    }

    /** The same scenario with one parameter set from text, as typed on a command line. */
    public S with(S base, String key, String text) throws ScenarioException {
        return withOne(base, key, spec -> spec.parse(text));
    }

    /** The same, {@code text} typed in the window in {@code language} (a decimal comma in Spanish). */
    public S with(S base, String key, String text, java.util.Locale language) throws ScenarioException {
        return withOne(base, key, spec -> spec.parse(text, language));
    }

    /** The same scenario with one parameter set to a typed value. */
    public S withValue(S base, String key, Object value) throws ScenarioException {
        return withOne(base, key, spec -> spec.check(value));
    }

    /** Turns a raw value into a checked one, or says why it cannot. */
    private interface Checker {
        Object apply(ParameterSpec spec) throws ScenarioException;
    }

    private S withOne(S base, String key, Checker checker) throws ScenarioException {
        ParameterSpec spec = parameter(key).orElseThrow(
                () -> new ScenarioException("unknown parameter " + Excerpt.cut(key) + "; known: " + keys()));
        Map<String, Object> merged = new LinkedHashMap<>(values(base));
        merged.put(key, checker.apply(spec));
        return construct(merged);
    }

    private String choiceOf(String key, Enum<?> constant) {
        ParameterSpec spec = parameter(key).orElseThrow();
        return spec.choices().stream()
                .filter(choice -> ParameterSpec.normalise(choice).equals(ParameterSpec.normalise(constant.name())))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(constant + " is not among the choices of " + key));
    }

    public String keys() {
        return String.join(", ", parameters.stream().map(ParameterSpec::key).toList());
    }

    private S construct(Map<String, Object> values) throws ScenarioException {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = coerce(values.get(components[i].getName()), components[i].getType());
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException) {
                throw new ScenarioException(cause.getMessage());
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object coerce(Object value, Class<?> target) {
        if (target.isEnum()) {
            for (Object constant : target.getEnumConstants()) {
                if (ParameterSpec.normalise(((Enum<?>) constant).name()).equals(ParameterSpec.normalise((String) value))) {
                    return constant;
                }
            }
            throw new IllegalStateException(value + " names no constant of " + target.getSimpleName());
        }
        if (target == int.class) {
            return ((Number) value).intValue();
        }
        if (target == long.class) {
            return ((Number) value).longValue();
        }
        if (target == double.class) {
            return ((Number) value).doubleValue();
        }
        return value;
    }
}
