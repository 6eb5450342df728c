package org.wirewise.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes versioned {@code .wirewise.json} scenario files:
 * <pre>{"format": "wirewise-scenario", "version": 1, "lesson": "tcp-handshake",
 *  "parameters": {"rttMs": 80, ...}}</pre>
 * Every problem becomes a {@link ScenarioException} whose message names the file and the field.
 */
public final class ScenarioFiles {

    public static final String FORMAT = "wirewise-scenario";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".wirewise.json";
    private static final long MAX_BYTES = 1 << 20;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public ScenarioDocument read(Path file) throws ScenarioException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(file.getFileName() + ": too large for a scenario file (over 1 MiB)");
            }
            return parse(Files.readString(file), file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ScenarioException(file.getFileName() + ": not a text file (not valid UTF-8)");
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Parses a document; {@code source} names it in messages. */
    public ScenarioDocument parse(String json, String source) throws ScenarioException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ScenarioException(source + ": not valid JSON" + where + " (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException(source + ": expected a JSON object with \"format\", \"version\", "
                    + "\"lesson\" and \"parameters\"");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new ScenarioException(source + ": \"format\" must be \"" + FORMAT + "\"; this is not a "
                    + "Wirewise scenario file");
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber()) {
            throw new ScenarioException(source + ": \"version\" must be a whole number");
        }
        if (version.asInt() > VERSION || version.asInt() < 1) {
            throw new ScenarioException(source + ": version " + version.asText() + " is not supported; this "
                    + "Wirewise reads version " + VERSION);
        }
        JsonNode lesson = root.path("lesson");
        if (!lesson.isTextual() || lesson.asText().isBlank()) {
            throw new ScenarioException(source + ": \"lesson\" must name a lesson, e.g. \"tcp-handshake\"");
        }
        JsonNode params = root.path("parameters");
        if (params.isMissingNode()) {
            params = mapper.createObjectNode();
        }
        if (!params.isObject()) {
            throw new ScenarioException(source + ": \"parameters\" must be an object of name: value");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            values.put(e.getKey(), toValue(e.getValue()));
        }
        return new ScenarioDocument(lesson.asText(), values);
    }

    public String toJson(ScenarioDocument document) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("lesson", document.lessonId());
        ObjectNode parameters = root.putObject("parameters");
        document.parameters().forEach((key, value) -> {
            if (value instanceof Boolean b) {
                parameters.put(key, b);
            } else if (value instanceof Double || value instanceof Float) {
                parameters.put(key, ((Number) value).doubleValue());
            } else if (value instanceof Number n) {
                parameters.put(key, n.longValue());
            } else {
                parameters.put(key, String.valueOf(value));
            }
        });
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write scenario JSON", e);
        }
    }

    /** Writes atomically: a crash mid-write leaves the previous file intact. */
    public void write(Path file, ScenarioDocument document) throws IOException {
        AtomicFiles.write(file, toJson(document).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Object toValue(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().bitLength() < 64 ? (Object) node.longValue() : node.decimalValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        return node.toString();
    }
}
