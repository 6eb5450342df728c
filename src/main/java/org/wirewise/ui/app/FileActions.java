package org.wirewise.ui.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.wirewise.export.PcapExport;
import org.wirewise.model.trace.Lane;
import org.wirewise.scenario.ScenarioFiles;
import org.wirewise.ui.widget.NodeImages;

/** The File menu's dialogs: choose a file, run the command, and say clearly what went wrong. */
final class FileActions {

    private final MainViewModel model;
    private final org.wirewise.model.text.Texts texts;
    private final java.util.function.Supplier<Window> owner;
    private final Node lessonArea;
    private File lastFolder;

    FileActions(MainViewModel model, org.wirewise.model.text.Texts texts, java.util.function.Supplier<Window> owner,
                Node lessonArea) {
        this.model = model;
        this.texts = texts;
        this.owner = owner;
        this.lessonArea = lessonArea;
    }

    void openScenario() {
        File file = chooser(texts.get("file.openScenario"), scenarioFilter()).showOpenDialog(owner.get());
        if (file != null) {
            openScenario(file.toPath());
        }
    }

    void openScenario(Path file) {
        remember(file);
        model.openScenarioFile(file, message -> error(texts.get("error.scenarioOpen"),
                texts.get("file.leftAsItWas", message)));
    }

    /** File ▸ Open capture…: a .pcap or .pcapng file replayed as a lesson. */
    void openCapture() {
        File file = chooser(texts.get("file.openCapture"), new FileChooser.ExtensionFilter(texts.get("file.filter.capture"),
                "*.pcap", "*.pcapng", "*.cap")).showOpenDialog(owner.get());
        if (file != null) {
            openCapture(file.toPath());
        }
    }

    void openCapture(Path file) {
        remember(file);
        model.openCaptureFile(file, all -> ConversationChooser.choose(all, texts),
                message -> error(texts.get("error.captureOpen"), texts.get("file.leftAsItWas", message)));
    }

    /** A dropped or named file: a capture by its extension, else a scenario. */
    void open(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pcap") || name.endsWith(".pcapng") || name.endsWith(".cap")) {
            openCapture(file);
        } else {
            openScenario(file);
        }
    }

    void saveScenario() {
        if (model.getSetup() == null) {
            return;
        }
        FileChooser chooser = chooser(texts.get("file.saveScenario"), scenarioFilter());
        chooser.setInitialFileName(model.getSetup().lesson().id() + ScenarioFiles.EXTENSION);
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            Path path = withExtension(file.toPath(), ScenarioFiles.EXTENSION);
            remember(path);
            model.saveScenario(path).ifPresent(message -> error(texts.get("error.scenarioSave"), message));
        }
    }

    void exportPng() {
        if (model.getSetup() == null) {
            return;
        }
        FileChooser chooser = chooser(texts.get("file.exportPng"), new FileChooser.ExtensionFilter(texts.get("file.filter.png"), "*.png"));
        chooser.setInitialFileName(model.getSetup().lesson().id() + "-step-"
                + (model.player().getStepIndex() + 1) + ".png");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            Path path = withExtension(file.toPath(), ".png");
            remember(path);
            try {
                NodeImages.writePng(lessonArea, path);
            } catch (IOException e) {
                error(texts.get("error.image"), path + ": " + org.wirewise.scenario.AtomicFiles.reason(e));
            }
        }
    }

    /** File ▸ Export lesson…: every step as a PDF handout or an animated GIF, in the background. */
    void exportLesson() {
        if (model.getSetup() == null) {
            return;
        }
        FileChooser.ExtensionFilter pdf = new FileChooser.ExtensionFilter(texts.get("file.filter.pdf"), "*.pdf");
        FileChooser.ExtensionFilter gif = new FileChooser.ExtensionFilter(texts.get("file.filter.gif"), "*.gif");
        FileChooser chooser = chooser(texts.get("file.exportLesson"), pdf, gif);
        chooser.setInitialFileName(model.getSetup().lesson().id() + ".pdf");
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return;
        }
        LessonExport.Format format = LessonExport.formatOf(file.toPath());
        if (format == null) {
            format = chooser.getSelectedExtensionFilter() == gif ? LessonExport.Format.GIF : LessonExport.Format.PDF;
        }
        Path path = withExtension(file.toPath(), format.extension);
        remember(path);
        javafx.scene.Scene scene = lessonArea.getScene();
        LessonExportDialog.start(owner.get(), model, path, format, (int) scene.getWidth(), (int) scene.getHeight(),
                message -> error(texts.get("error.export"), message));
    }

    void exportPcap() {
        if (model.getSetup() == null || model.player().getTrace() == null) {
            return;
        }
        List<Lane> lanes = model.player().getTrace().lanes();
        Lane lane = lanes.get(0);
        if (lanes.size() > 1) {
            // Where the capture is taken decides what it shows (both sides of a NAT, say).
            List<String> names = lanes.stream().map(FileActions::captureName).toList();
            ChoiceDialog<String> where = new ChoiceDialog<>(names.get(0), names);
            where.initOwner(owner.get());
            where.setTitle("Wirewise");
            where.setHeaderText(texts.get("file.capturePoint.header"));
            where.setContentText(texts.get("file.capturePoint"));
            Optional<String> chosen = where.showAndWait();
            if (chosen.isEmpty()) {
                return;
            }
            lane = lanes.get(names.indexOf(chosen.get()));
        }
        // A trace with TLS secrets exports pcapng, the key log inside it, so Wireshark decrypts it.
        String extension = PcapExport.extension(model.player().getTrace());
        String format = extension.substring(1);
        FileChooser chooser = chooser(texts.get("file.exportPcap", format),
                new FileChooser.ExtensionFilter(texts.get("file.filter.pcap", format), "*" + extension));
        chooser.setInitialFileName(model.getSetup().lesson().id() + "-" + lane.id() + extension);
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            Path path = withExtension(file.toPath(), extension);
            remember(path);
            model.exportPcap(path, lane.id()).ifPresent(message -> error(texts.get("error.pcap"), message));
        }
    }

    void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle("Wirewise");
        alert.setHeaderText(header);
        Label content = new Label(message);
        content.setId("error-message");
        content.setWrapText(true);
        content.setMaxWidth(560);
        alert.getDialogPane().setContent(content);
        alert.show();
    }

    private static String captureName(Lane lane) {
        return lane.subtitle().isBlank() ? lane.title() : lane.title() + " (" + lane.subtitle() + ")";
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private void remember(Path file) {
        Optional.ofNullable(file.toAbsolutePath().getParent()).map(Path::toFile).ifPresent(f -> lastFolder = f);
    }

    private FileChooser.ExtensionFilter scenarioFilter() {
        return new FileChooser.ExtensionFilter(texts.get("file.filter.scenario"), "*" + ScenarioFiles.EXTENSION, "*.json");
    }

    private static Path withExtension(Path path, String extension) {
        String name = path.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? path
                : path.resolveSibling(name + extension);
    }
}
