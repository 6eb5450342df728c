package org.wirewise.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts and About: the window's two information dialogs and their text. */
final class HelpDialogs {

    private HelpDialogs() {
    }

    static void shortcuts(Window owner, java.util.Locale language) {
        info(owner, "Keyboard shortcuts", shortcutsText(language));
    }

    /** The shortcuts dialog's text: the window's keys, then the keyboard-only ones ({@link KeyboardHelp}). */
    static String shortcutsText(java.util.Locale language) {
        return """
                Space                     play / pause
                Right, Page Down          next step
                Left, Page Up             previous step
                Home / End                first / last step
                +  /  −                   faster / slower
                F5 or F11                 presentation mode (Escape leaves it)
                F6                        interview practice (and back to the lesson)
                A–H or 1–9                in practice: answer a multiple-choice question
                Enter, Right, Page Down   in practice: check, then the next question
                H / V / P                 in presentation: show or hide packet bytes,
                                          the state table, the parameters
                T                         in presentation: a lesson's tables get most of
                                          the height, its picture a strip (and back)
                Escape                    cancel a long simulation in progress
                W / S, A / D, 0           congestion chart (Tab to it or click it): zoom, pan, fit
                G                         TCP lessons: the tcptrace graph (sequence number
                                          over time) in place of the ladder, and back;
                                          congestion: one flow's tcptrace graph in place
                                          of the charts, and back
                I                         a replayed capture: bytes in flight, throughput
                                          and round trip over time, and back
                Ctrl + plus / minus / 0   larger / smaller / actual text size
                Ctrl+O / Ctrl+S           open / save scenario
                Ctrl+E / Ctrl+Shift+E     export step as PNG / packets as pcap
                Ctrl+Z / Ctrl+Shift+Z     undo / redo a parameter change
                R                         reveal: hide what has not happened yet (paths of
                                          packets in flight, the congestion curves after
                                          the cursor, a run's summary before its end)
                B                         blank the screen (any key brings it back)
                Ctrl+P, then drag         pen: draw over the lesson (E erases; the next
                                          step clears it; Ctrl+P again ends it)
                Ctrl+B                    A/B compare: a second scenario beside this one
                Ctrl+Alt+Z                undo a side B change

                """ + KeyboardHelp.section(language);
    }

    static void about(Window owner) {
        info(owner, "About Wirewise", "Wirewise makes the networking fundamentals behind system design visible.\n"
                + "Every lesson is a deterministic simulation whose packets are real bytes: export them as pcap "
                + "and Wireshark agrees with the animation.");
    }

    private static void info(Window owner, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Wirewise");
        alert.setHeaderText(header);
        Label content = new Label(text);
        content.getStyleClass().add("monospace");
        alert.getDialogPane().setContent(content);
        alert.show();
    }
}
