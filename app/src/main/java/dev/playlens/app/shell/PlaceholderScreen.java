package dev.playlens.app.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.List;

/** An honest stand-in for a screen that is not built yet: what it will do, and nothing that pretends to work. */
public final class PlaceholderScreen implements Screen {
    private final String title;
    private final String description;
    private final List<String> plans;
    private final String commandLineHint;
    private Node view;

    public PlaceholderScreen(String title, String description, List<String> plans, String commandLineHint) {
        this.title = title;
        this.description = description;
        this.plans = List.copyOf(plans);
        this.commandLineHint = commandLineHint;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Node view() {
        if (view == null) view = build();
        return view;
    }

    private Node build() {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        Label status = new Label("Not built yet. This screen will:");
        status.getStyleClass().add("text-muted");
        VBox box = new VBox(10, heading, new Label(description), status);
        for (String p : plans) {
            Label l = new Label("•  " + p);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        if (commandLineHint != null) {
            Label cli = new Label(commandLineHint);
            cli.getStyleClass().addAll("text-muted", "text-small");
            cli.setWrapText(true);
            box.getChildren().add(cli);
        }
        box.setPadding(new Insets(32));
        box.setMaxWidth(720);
        box.setAlignment(Pos.TOP_LEFT);
        javafx.scene.layout.StackPane.setAlignment(box, Pos.TOP_CENTER);
        box.getStyleClass().add("placeholder-screen");
        return box;
    }
}
