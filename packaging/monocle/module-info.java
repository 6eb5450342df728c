/*
 * Module descriptor added to the Monocle jar (JavaFX's headless platform, an automatic module)
 * when the installer's runtime image is linked: jlink accepts only named modules. `render` needs
 * Monocle inside the packaged app. Its use of JavaFX internals is opened by the --add-exports
 * options linked into the image (build-installer.sh).
 */
module org.testfx.monocle {
    requires javafx.base;
    requires javafx.graphics;
    exports com.sun.glass.ui.monocle;
}
