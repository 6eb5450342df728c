package org.wirewise.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.sim.Link;
import org.wirewise.model.trace.TracePacket;

/** The sequence diagram's keyboard, without a scene: the mark's moves, Enter, the drop key, Escape. */
class PacketSelectionTest {

    private static TracePacket packet(int id, long sentAt) {
        return new TracePacket(id, "client", "server", sentAt, sentAt + 40, Link.Fate.DELIVERED, "p" + id, new byte[] {1});
    }

    // Listed out of order: the diagram hands them over in trace order, which a retransmission breaks.
    private final TracePacket first = packet(0, 0);
    private final TracePacket third = packet(1, 300);
    private final TracePacket second = packet(2, 100);
    private final TracePacket fourth = packet(3, 500);
    private final List<TracePacket> shown = List.of(first, third, second, fourth);
    private final PacketSelection selection = new PacketSelection();

    @Test
    void theMarkStartsOnTheStepsPacketAndMovesInTheOrderPacketsWereSent() {
        selection.setShown(shown, second);
        assertThat(selection.markedProperty().get()).as("no mark before the keyboard comes").isNull();
        selection.placeMark();
        assertThat(selection.markedProperty().get()).isSameAs(second);
        assertThat(selection.markNext()).isTrue();
        assertThat(selection.markedProperty().get()).as("sent at 300 ms, after 100 ms").isSameAs(third);
        selection.markNext();
        assertThat(selection.markNext()).as("nothing after the last").isFalse();
        assertThat(selection.markedProperty().get()).isSameAs(fourth);
        selection.markPrevious();
        selection.markPrevious();
        selection.markPrevious();
        assertThat(selection.markedProperty().get()).isSameAs(first);
        assertThat(selection.markPrevious()).as("nothing before the first").isFalse();
    }

    @Test
    void aStepAboutNoPacketStartsTheMarkOnTheLatestSent() {
        selection.setShown(shown, null);
        assertThat(selection.markNext()).as("the first press places the mark").isTrue();
        assertThat(selection.markedProperty().get()).isSameAs(fourth);
    }

    @Test
    void enterSelectsTheMarkedPacketAndOnlyThen() {
        selection.setShown(shown, first);
        assertThat(selection.selectMarked()).as("no mark, nothing to select").isFalse();
        assertThat(selection.selectedProperty().get()).isNull();
        selection.placeMark();
        selection.markNext();
        assertThat(selection.selectMarked()).isTrue();
        assertThat(selection.selectedProperty().get()).isSameAs(second);
    }

    @Test
    void theDropKeyHandsTheMarkedPacketToTheLessonsLossAction() {
        List<TracePacket> toggled = new ArrayList<>();
        selection.setShown(shown, third);
        assertThat(selection.toggleLossOfMarked(toggled::add)).as("no mark yet").isFalse();
        selection.placeMark();
        assertThat(selection.toggleLossOfMarked(null)).as("a lesson that cannot lose packets").isFalse();
        assertThat(selection.toggleLossOfMarked(toggled::add)).isTrue();
        assertThat(toggled).containsExactly(third);
    }

    @Test
    void escapeRemovesTheMarkAndThenLeavesTheKeyToOthers() {
        selection.setShown(shown, third);
        selection.placeMark();
        selection.selectMarked();
        assertThat(selection.clearMark()).isTrue();
        assertThat(selection.markedProperty().get()).isNull();
        assertThat(selection.selectedProperty().get()).as("the bytes shown stay").isSameAs(third);
        assertThat(selection.clearMark()).isFalse();
    }

    @Test
    void aMarkOnAPacketTheMomentNoLongerShowsGoes() {
        selection.setShown(shown, fourth);
        selection.placeMark();
        selection.setShown(List.of(first, second), second); // stepped back before packet 4 was sent
        assertThat(selection.markedProperty().get()).isNull();
        selection.placeMark();
        assertThat(selection.markedProperty().get()).isSameAs(second);
    }
}
