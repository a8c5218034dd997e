package dev.playlens.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.playlens.app.workspace.UiSettings;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.io.IOException;
import java.nio.file.Path;

/** Light/dark AtlantaFX theme, applied app-wide and remembered in the user's UI settings. */
public final class ThemeManager {
    private final Path settingsFile;
    private final BooleanProperty dark = new SimpleBooleanProperty();

    public ThemeManager(Path settingsFile) {
        this.settingsFile = settingsFile;
        dark.set(UiSettings.read(settingsFile).dark());
        apply();
        dark.addListener((o, was, now) -> {
            apply();
            remember();
        });
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void toggle() {
        dark.set(!dark.get());
    }

    private void apply() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void remember() {
        try {
            new UiSettings(dark.get()).write(settingsFile);
        } catch (IOException e) {
            // Not worth interrupting the user for; the theme just will not be remembered.
            System.getLogger(ThemeManager.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot save UI settings to " + settingsFile + ": " + e.getMessage());
        }
    }
}
