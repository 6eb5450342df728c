package org.wirewise.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.scenario.ParameterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewise lessons [--json]}: the lessons there are and their parameters. */
@Command(name = "lessons", mixinStandardHelpOptions = true, description = "List the lessons and their parameters.")
public final class LessonsCommand implements Callable<Integer> {

    private final LessonCatalog catalog;

    /** @param catalog the lessons there are (the command line is given the app's) */
    public LessonsCommand(LessonCatalog catalog) {
        this.catalog = catalog;
    }

    @Option(names = "--json", description = "Print JSON, with each lesson's parameters and allowed values.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode lessons = mapper.createArrayNode();
            for (Lesson<?> lesson : catalog.all()) {
                ObjectNode node = lessons.addObject().put("id", lesson.id()).put("title", lesson.title())
                        .put("chapter", lesson.chapter().displayName()).put("summary", lesson.summary());
                ArrayNode params = node.putArray("parameters");
                var defaults = defaultValues(lesson);
                for (ParameterSpec p : lesson.schema().parameters()) {
                    params.addObject().put("key", p.key()).put("label", p.label()).put("unit", p.unit())
                            .put("allowed", p.allowed()).put("description", p.description())
                            .putPOJO("default", defaults.get(p.key()));
                }
            }
            out.println(mapper.writeValueAsString(lessons));
        } else {
            // Grouped by chapter in the sidebar's order, columns as wide as their longest entry.
            int idWidth = catalog.all().stream().mapToInt(l -> l.id().length()).max().orElse(1);
            int chapterWidth = catalog.all().stream().mapToInt(l -> l.chapter().displayName().length()).max()
                    .orElse(1);
            String row = "%-" + idWidth + "s  %-" + chapterWidth + "s  %s%n";
            for (Chapter chapter : Chapter.values()) {
                for (Lesson<?> lesson : catalog.all()) {
                    if (lesson.chapter() == chapter) {
                        out.printf(row, lesson.id(), chapter.displayName(), lesson.title());
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    private static <S extends Record> java.util.Map<String, Object> defaultValues(Lesson<S> lesson) {
        return lesson.schema().values(lesson.schema().defaults());
    }
}
