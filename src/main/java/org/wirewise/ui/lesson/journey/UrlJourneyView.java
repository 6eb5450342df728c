package org.wirewise.ui.lesson.journey;

import java.util.List;
import javafx.scene.Node;
import org.wirewise.model.journey.JourneySimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.http.HttpExchangeView;

/** The URL journey: the sequence diagram over the phases so far and the step's packet bytes. */
public final class UrlJourneyView implements LessonView {

    private final HttpExchangeView exchange = new HttpExchangeView(List.of(JourneySimulator.PHASES));

    @Override
    public Node node() {
        return exchange.node();
    }

    @Override
    public void setTrace(Trace trace) {
        exchange.setTrace(trace);
    }

    @Override
    public void show(int stepIndex, long time) {
        exchange.show(stepIndex, time);
    }

    @Override
    public void setReveal(boolean hideFuture) {
        exchange.setReveal(hideFuture);
    }

    @Override
    public void dispose() {
        exchange.dispose();
    }
}
