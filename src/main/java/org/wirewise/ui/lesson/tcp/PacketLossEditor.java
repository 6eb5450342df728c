package org.wirewise.ui.lesson.tcp;

import java.util.Set;
import java.util.TreeSet;
import org.wirewise.lesson.tcp.TcpParameters;
import org.wirewise.model.tcp.DropList;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.ui.lesson.LessonContext;

/**
 * Loses or restores a packet the learner picked in the diagram by editing the lesson's
 * {@code drop} parameter through the view's {@link LessonContext}. The edit therefore re-runs the
 * lesson, shows up in the panel and can be undone like any other.
 */
final class PacketLossEditor {

    static final ParameterSpec DROP = TcpParameters.drop();

    private PacketLossEditor() {
    }

    /** The drop text after toggling packet {@code number} (1-based) in {@code current}. */
    static String toggled(String current, int number) {
        Set<Integer> numbers;
        try {
            numbers = new TreeSet<>(DropList.parse(current));
        } catch (IllegalArgumentException e) {
            numbers = new TreeSet<>();
        }
        if (!numbers.remove(number)) {
            numbers.add(number);
        }
        return DropList.format(numbers);
    }

    /** Loses or restores the packet through the lesson's drop parameter (an undoable edit). */
    static void toggle(LessonContext context, TracePacket packet) {
        String current = context.parameter(DROP).map(String::valueOf).orElse("");
        context.editParameter(DROP, toggled(current, packet.id() + 1));
    }
}
