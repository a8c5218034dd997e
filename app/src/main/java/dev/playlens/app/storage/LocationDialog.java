package dev.playlens.app.storage;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Optional;

/** Asks for a new location: a name, a URI, and optionally an S3-compatible endpoint and a region. No secrets. */
final class LocationDialog {
    private LocationDialog() {
    }

    static Optional<SavedLocation> ask(Window owner) {
        Dialog<SavedLocation> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add a location");
        dialog.setHeaderText("A bucket, a container or a folder to browse");
        TextField name = field("location-name", "telemetry");
        TextField uri = field("location-uri", "s3://bucket/prefix, azure://container/prefix or /local/folder");
        TextField endpoint = field("location-endpoint", "only for MinIO / S3-compatible servers");
        TextField region = field("location-region", "e.g. eu-west-1 (default: the environment's)");
        Label error = new Label();
        error.getStyleClass().add("danger");
        Label secrets = new Label("Credentials come from the environment (AWS_PROFILE / AWS_ACCESS_KEY_ID, "
                + "AZURE_STORAGE_CONNECTION_STRING / _SAS_URL / _ACCOUNT) and are never saved.");
        secrets.getStyleClass().addAll("text-muted", "text-small");
        secrets.setWrapText(true);
        secrets.setMaxWidth(460);
        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("URI"), uri);
        grid.addRow(2, new Label("S3 endpoint"), endpoint);
        grid.addRow(3, new Label("Region"), region);
        grid.add(secrets, 0, 4, 2, 1);
        grid.add(error, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                new SavedLocation(name.getText(), uri.getText().strip(), endpoint.getText(), region.getText());
            } catch (RuntimeException ex) {
                error.setText(ex.getMessage());
                e.consume(); // keep the dialog open until the input is valid
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new SavedLocation(name.getText().strip(), uri.getText().strip(), endpoint.getText(), region.getText()) : null);
        return dialog.showAndWait();
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(32);
        return f;
    }
}
