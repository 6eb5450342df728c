package org.wirewise.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirewise.model.tcp.HandshakeScenario;
import org.wirewise.model.tcp.HandshakeSimulator;
import org.wirewise.model.trace.Trace;

/** The player without a window: stepping, scrubbing and playback driven by advance(). */
class PlayerModelTest {

    private final Trace trace = HandshakeSimulator.simulate(HandshakeScenario.DEFAULTS);
    private final PlayerModel player = new PlayerModel();

    @Test
    void stepsForwardAndBackWithinTheTrace() {
        player.setTrace(trace, false);
        assertThat(player.getStepIndex()).isZero();
        assertThat(player.canPreviousProperty().get()).isFalse();
        player.next();
        player.next();
        assertThat(player.getStepIndex()).isEqualTo(2);
        assertThat(player.timeProperty().get()).isEqualTo(trace.step(2).time());
        player.last();
        assertThat(player.getStepIndex()).isEqualTo(7);
        assertThat(player.canNextProperty().get()).isFalse();
        player.next();
        assertThat(player.getStepIndex()).isEqualTo(7);
        player.previous();
        assertThat(player.getStepIndex()).isEqualTo(6);
        player.first();
        assertThat(player.getStepIndex()).isZero();
        player.goToStep(99);
        assertThat(player.getStepIndex()).isEqualTo(7);
    }

    @Test
    void scrubbingBetweenStepsInterpolatesSimulatedTime() {
        player.setTrace(trace, false);
        player.seek(2.5); // halfway from "SYN arrives" (40 ms) to "SYN-ACK arrives" (80 ms)
        assertThat(player.getStepIndex()).isEqualTo(2);
        assertThat(player.getProgress()).isEqualTo(0.5);
        long expected = (trace.step(2).time() + trace.step(3).time()) / 2;
        assertThat(player.timeProperty().get()).isBetween(expected - 1, expected + 1);
        player.previous(); // mid-transition, "back" returns to the step just left
        assertThat(player.getStepIndex()).isEqualTo(2);
        assertThat(player.getProgress()).isZero();
        player.seek(-4);
        assertThat(player.positionProperty().get()).isZero();
    }

    @Test
    void playbackMovesInProportionToSimulatedTimeAndStopsAtTheEnd() {
        player.setTrace(trace, false);
        player.goToStep(3); // index 2: SYN arrived at 40 ms; next step is 40 ms later
        player.play();
        PlaybackPacing pacing = new PlaybackPacing(trace);
        double span = pacing.seconds(2);
        player.advance((long) (span / 4 * 1e9));
        assertThat(player.getStepIndex()).isEqualTo(2);
        assertThat(player.getProgress()).isBetween(0.24, 0.26);
        player.setSpeed(2);
        player.advance((long) (span / 4 * 1e9)); // at 2x, another half
        assertThat(player.getProgress()).isBetween(0.74, 0.76);
        player.advance(60_000_000_000L);
        assertThat(player.getStepIndex()).isEqualTo(7);
        assertThat(player.isPlaying()).isFalse();
    }

    @Test
    void transitionsOfEqualSimulatedLengthTakeEqualTime() {
        PlaybackPacing pacing = new PlaybackPacing(trace);
        // SYN flight (step 2→3) and SYN-ACK flight (3→4) both span 40 ms of simulated time.
        assertThat(pacing.seconds(1)).isEqualTo(pacing.seconds(2));
        // Steps at the same instant get a short pause instead.
        assertThat(pacing.seconds(0)).isEqualTo(PlaybackPacing.PAUSE_SECONDS);
    }

    @Test
    void playingFromTheLastStepStartsOver() {
        player.setTrace(trace, false);
        player.last();
        player.play();
        assertThat(player.getStepIndex()).isZero();
        assertThat(player.isPlaying()).isTrue();
    }

    @Test
    void speedStaysWithinItsRange() {
        for (int i = 0; i < 20; i++) {
            player.faster();
        }
        assertThat(player.getSpeed()).isEqualTo(4);
        assertThat(player.canFasterProperty().get()).isFalse();
        for (int i = 0; i < 20; i++) {
            player.slower();
        }
        assertThat(player.getSpeed()).isEqualTo(0.25);
        assertThat(PlayerBar.formatSpeed(0.25)).isEqualTo("0.25×");
        assertThat(PlayerBar.formatSpeed(2)).isEqualTo("2×");
    }

    @Test
    void aNewTraceKeepsTheStepWhereItStillExists() {
        player.setTrace(trace, false);
        player.goToStep(5);
        Trace other = HandshakeSimulator.simulate(new HandshakeScenario(200, 100, 1, 1460, true, 7, true, true));
        player.setTrace(other, true);
        assertThat(player.getStepIndex()).isEqualTo(4);
        assertThat(player.timeProperty().get()).isEqualTo(other.step(4).time());
        player.setTrace(other, false);
        assertThat(player.getStepIndex()).isZero();
    }
}
