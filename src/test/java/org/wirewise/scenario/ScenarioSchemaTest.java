package org.wirewise.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text and choice parameters, as later lessons use them (an address to type, who closes first). */
class ScenarioSchemaTest {

    enum Closer { CLIENT, SERVER, SIMULTANEOUS }

    record Demo(String address, Closer closer, int count) {
    }

    private final ScenarioSchema<Demo> schema = new ScenarioSchema<>(Demo.class,
            new Demo("10.0.0.1", Closer.CLIENT, 1), List.of(
            ParameterSpec.text("address", "Address", 45, "An IPv4 or IPv6 address."),
            ParameterSpec.choice("closer", "Who closes first", List.of("client", "server", "simultaneous"),
                    "Which side sends the first FIN."),
            ParameterSpec.integer("count", "Count", "", 1, 10, "How many.")));

    @Test
    void choicesMapToEnumConstantsAndBack() throws Exception {
        Demo d = schema.with(schema.defaults(), "closer", "Simultaneous");
        assertThat(d.closer()).isEqualTo(Closer.SIMULTANEOUS);
        assertThat(schema.values(d)).containsEntry("closer", "simultaneous");
        assertThat(schema.build(Map.of("closer", "server")).closer()).isEqualTo(Closer.SERVER);
        assertThatThrownBy(() -> schema.with(schema.defaults(), "closer", "both"))
                .hasMessage("closer: expected one of client, server, simultaneous, got \"both\"");
    }

    @Test
    void textIsKeptAsTypedWithinItsLength() throws Exception {
        assertThat(schema.with(schema.defaults(), "address", " 2001:db8::1 ").address()).isEqualTo(" 2001:db8::1 ");
        assertThatThrownBy(() -> schema.with(schema.defaults(), "address", "x".repeat(46)))
                .hasMessageStartingWith("address: expected text of at most 45 characters");
        assertThatThrownBy(() -> schema.build(Map.of("address", 42L)))
                .hasMessage("address: expected text of at most 45 characters, got 42");
    }

    @Test
    void anEnumComponentNeedsAChoiceSpec() {
        assertThatThrownBy(() -> new ScenarioSchema<>(Demo.class, new Demo("", Closer.CLIENT, 1), List.of(
                ParameterSpec.text("address", "Address", 45, ""),
                ParameterSpec.text("closer", "Closer", 20, ""),
                ParameterSpec.integer("count", "Count", "", 1, 10, ""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closer is an enum");
    }

    @Test
    void aChoiceSpecNeedsChoices() {
        assertThatThrownBy(() -> ParameterSpec.choice("x", "X", List.of(), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
