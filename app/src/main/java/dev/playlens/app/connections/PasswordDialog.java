package dev.playlens.app.connections;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks for a database password when the keychain has none. "Save in the keychain" is offered only when a
 * keychain tool exists; otherwise the password is kept in memory for this session.
 */
public final class PasswordDialog implements Passwords.Prompt {
    private final Passwords passwords;
    private final Supplier<Window> owner;

    public PasswordDialog(Passwords passwords, Supplier<Window> owner) {
        this.passwords = passwords;
        this.owner = owner;
    }

    @Override
    public Optional<String> ask(ConnectionProfile profile, String reason) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Password");
        dialog.setHeaderText(reason);
        if (owner.get() != null) dialog.initOwner(owner.get());
        PasswordField field = new PasswordField();
        field.setId("password-field");
        CheckBox save = new CheckBox("Save in " + passwords.keychain().description());
        save.setDisable(!passwords.keychain().available());
        Label note = new Label(passwords.keychain().available() ? "" : passwords.keychain().description() + ".");
        note.getStyleClass().add("text-muted");
        VBox box = new VBox(10, field, save, note);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(e -> field.requestFocus());
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        Optional<String> password = dialog.showAndWait();
        password.ifPresent(pw -> {
            try {
                passwords.remember(profile, pw, save.isSelected());
            } catch (IOException e) {
                note.setText(e.getMessage()); // still usable for this session
            }
        });
        return password;
    }
}
