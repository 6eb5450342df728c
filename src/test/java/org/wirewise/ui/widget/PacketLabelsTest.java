package org.wirewise.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.sim.Link;
import org.wirewise.model.trace.TracePacket;

/** The order in which packet labels claim room on a crowded diagram. */
class PacketLabelsTest {

    private static TracePacket packet(int id, long sentAt) {
        return new TracePacket(id, "client", "server", sentAt, sentAt + 40, Link.Fate.DELIVERED, "#" + id, new byte[0]);
    }

    private static List<Integer> order(List<TracePacket> packets, TracePacket selected, int stepPacket) {
        List<TracePacket> shown = new ArrayList<>(packets);
        PacketLabels.sortByPriority(shown, selected, stepPacket);
        return shown.stream().map(TracePacket::id).toList();
    }

    @Test
    void theMostRecentlySentComeFirstAndTiesGoToTheHigherId() {
        List<TracePacket> packets = List.of(packet(0, 0), packet(1, 10), packet(2, 10), packet(3, 5));
        assertThat(order(packets, null, -1)).containsExactly(2, 1, 3, 0);
    }

    @Test
    void theSelectedPacketThenTheStepsOwnGoBeforeAnyOther() {
        List<TracePacket> packets = List.of(packet(0, 0), packet(1, 10), packet(2, 20), packet(3, 30));
        assertThat(order(packets, packets.get(1), 0)).containsExactly(1, 0, 3, 2);
        assertThat(order(packets, null, 2)).containsExactly(2, 3, 1, 0);
    }
}
