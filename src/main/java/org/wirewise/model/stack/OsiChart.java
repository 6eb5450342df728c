package org.wirewise.model.stack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirewise.model.trace.Fact;

/**
 * The OSI lesson's picture at a step: the seven layers (lit ones marked) and the technologies,
 * each with the OSI layers it spans and the example frame that carries it.
 */
public record OsiChart(List<LayerRow> layers, List<TechnologyRow> technologies) implements Fact {

    public OsiChart {
        layers = List.copyOf(layers);
        technologies = List.copyOf(technologies);
    }

    /**
     * One OSI layer.
     *
     * @param technologies the technologies whose home it is, as one sentence part ("" for none)
     * @param field        the dissector layer of its example frame to select
     */
    public record LayerRow(int number, String name, String pdu, String tcpIp, String technologies, String field,
                           boolean lit) {
    }

    /**
     * One technology.
     *
     * @param home     the OSI layer whose row holds its button
     * @param span     the OSI layers it spans, lowest first
     * @param osi      the span as text ("5–6")
     * @param packetId its example frame in the trace
     * @param field    the dissector layer of that frame to select
     */
    public record TechnologyRow(String name, int home, List<Integer> span, String osi, String tcpIp, String why,
                                String reference, int packetId, String field, boolean selected) {
        public TechnologyRow {
            Objects.requireNonNull(name, "name");
            span = List.copyOf(span);
        }
    }

    public Optional<TechnologyRow> selected() {
        return technologies.stream().filter(TechnologyRow::selected).findFirst();
    }

    public List<Integer> lit() {
        return layers.stream().filter(LayerRow::lit).map(LayerRow::number).toList();
    }

    /** The last lit layer (the one the step explains), if any. */
    public Optional<LayerRow> litLayer() {
        return layers.stream().filter(LayerRow::lit).reduce((a, b) -> b);
    }
}
