package org.wirewise.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // Anything after the object (a second object, garbage, NUL padding) is an error, not ignored.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Reads a scenario file. Only a regular file is read (a device such as /dev/zero never ends,
     * a FIFO may never deliver), and never more than {@link #MAX_BYTES}, whatever its size said.
     */
    public ScenarioDocument read(Path file) throws ScenarioException {
        String name = Excerpt.cut(String.valueOf(file.getFileName()));
        if (!Files.exists(file)) {
            throw new ScenarioException(Excerpt.cut(file.toString()) + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(name + ": not a regular file (a folder, device or pipe); a scenario is a "
                    + EXTENSION + " file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ScenarioException(name + ": cannot be read (" + AtomicFiles.reason(e) + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ScenarioException(name + ": too large for a scenario file (over 1 MiB)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(name + ": not a text file (not valid UTF-8)");
        }
        return parse(text, String.valueOf(file.getFileName()));
    }

    /** Parses a document; {@code source} names it in messages. */
    public ScenarioDocument parse(String json, String source) throws ScenarioException {
        try {
            return parseChecked(json, source);
        } catch (NumberFormatException | ArithmeticException e) {
            // Jackson reads 1e21474836473 as a number its BigDecimal cannot hold, and says so this way.
            throw new ScenarioException(source + ": a number too large or too long to read; parameters take "
                    + "numbers such as 80 or 0.5");
        }
    }

    private ScenarioDocument parseChecked(String json, String source) throws ScenarioException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ScenarioException(source + ": not valid JSON" + where + " (" + JsonProblems.describe(e) + ")");
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
        // Compared whole: asInt() would read 4294967297 as 1.
        if (!version.bigIntegerValue().equals(java.math.BigInteger.valueOf(VERSION))) {
            throw new ScenarioException(source + ": version " + Excerpt.number(version.decimalValue())
                    + " is not supported; this Wirewise reads version " + VERSION);
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
        JsonNode compare = root.path("compare");
        Map<String, Object> sideB = null;
        if (!compare.isMissingNode()) {
            if (!compare.isObject() || !compare.path("parameters").isObject()) {
                throw new ScenarioException(source + ": \"compare\" must be an object with \"parameters\" (side B's "
                        + "name: value)");
            }
            sideB = values(compare.path("parameters"));
        }
        return new ScenarioDocument(lesson.asText(), values(params), sideB);
    }

    private static Map<String, Object> values(JsonNode params) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            values.put(e.getKey(), toValue(e.getValue()));
        }
        return values;
    }

    public String toJson(ScenarioDocument document) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("lesson", document.lessonId());
        put(root.putObject("parameters"), document.parameters());
        if (document.compare() != null) {
            put(root.putObject("compare").putObject("parameters"), document.compare());
        }
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write scenario JSON", e);
        }
    }

    private static void put(ObjectNode parameters, Map<String, Object> values) {
        values.forEach((key, value) -> {
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
