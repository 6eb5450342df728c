package org.wirewise.scenario;

import java.nio.file.Path;

/**
 * Where Wirewise keeps what it remembers on this machine (settings, practice progress), shared by
 * the window and the command line: the {@code wirewise.config.dir} system property (tests use it),
 * else %APPDATA%\Wirewise on Windows, else $XDG_CONFIG_HOME/wirewise or ~/.config/wirewise.
 */
public final class SettingsFolder {

    private SettingsFolder() {
    }

    public static Path standard() {
        String override = System.getProperty("wirewise.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String appData = System.getenv("APPDATA");
        if (System.getProperty("os.name", "").startsWith("Windows") && appData != null) {
            return Path.of(appData, "Wirewise");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("wirewise");
    }
}
