package dev.playlens.app.shell;

import dev.playlens.app.services.WorkspaceServices;
import dev.playlens.app.workspace.Workspace;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

import java.io.File;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The main window: menu bar and header on top, navigation on the left, the current screen in the centre
 * and the job status bar at the bottom. Opening another workspace swaps the screens, not the window.
 */
public final class MainWindow {
    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;

    private final Stage stage;
    private final ThemeManager theme;
    private final Function<WorkspaceServices, Screens> screenFactory;
    private final Consumer<File> openWorkspaceAction;
    private final Runnable quitAction;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox navigation = new VBox(4);
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Label workspaceTitle = new Label();
    private final StatusBar statusBar;
    private final MenuBar menuBar;
    private final int fixedMenus;
    private final Scene scene;
    private WorkspaceServices services;
    private Screens screens;
    private Screen current;

    public MainWindow(Stage stage, ThemeManager theme, JobsModel jobs, Function<WorkspaceServices, Screens> screenFactory,
                      Consumer<File> openWorkspaceAction, Runnable quitAction) {
        this.stage = stage;
        this.theme = theme;
        this.screenFactory = screenFactory;
        this.openWorkspaceAction = openWorkspaceAction;
        this.quitAction = quitAction;
        this.statusBar = new StatusBar(jobs);

        navigation.getStyleClass().add("navigation");
        navigation.setId("navigation");
        navigation.setPadding(new Insets(12, 8, 12, 8));
        navigation.setPrefWidth(176);
        content.getStyleClass().add("screen-content");

        menuBar = menuBar();
        fixedMenus = menuBar.getMenus().size();
        root.setTop(new VBox(menuBar, header()));
        root.setLeft(navigation);
        root.setCenter(content);
        root.setBottom(statusBar);
        scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("/dev/playlens/app/playlens.css")).toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), quitAction);
        stage.setScene(scene);
        stage.setTitle("Playlens");
        stage.setOnCloseRequest(e -> {
            e.consume();
            quitAction.run();
        });
    }

    /** Shows {@code newServices}' workspace, closing the previous one's screens and services. */
    public void open(WorkspaceServices newServices) {
        closeWorkspace();
        services = newServices;
        screens = screenFactory.apply(newServices);
        Workspace ws = newServices.workspace();
        stage.setTitle("Playlens — " + ws.name());
        workspaceTitle.setText(ws.name());
        statusBar.setWorkspaceText("Workspace: " + ws.dir());
        navigation.getChildren().clear();
        navGroup.getToggles().clear();
        for (Screen s : screens.all()) {
            ToggleButton b = new ToggleButton(s.title());
            b.setId("nav-" + s.title().toLowerCase(Locale.ROOT));
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setTooltip(new Tooltip(s.description()));
            b.setToggleGroup(navGroup);
            b.setUserData(s);
            b.setOnAction(e -> select(s));
            navigation.getChildren().add(b);
        }
        menuBar.getMenus().remove(fixedMenus, menuBar.getMenus().size());
        screens.all().forEach(s -> menuBar.getMenus().addAll(s.menus()));
        select(screens.initial());
    }

    public void select(Screen screen) {
        if (current == screen) {
            syncNavigation();
            return;
        }
        if (current != null) current.deactivate();
        current = screen;
        Node view = screen.view();
        content.getChildren().setAll(view);
        syncNavigation();
        screen.activate();
    }

    private void syncNavigation() {
        navGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == current));
    }

    public void show() {
        stage.show();
    }

    /** Cancels the screens' work and closes the workspace's services (connections). */
    public void closeWorkspace() {
        if (screens != null) {
            if (current != null) current.deactivate();
            screens.all().forEach(Screen::close);
        }
        current = null;
        screens = null;
        if (services != null) services.close();
        services = null;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open workspace…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseWorkspace());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> quitAction.run());
        Menu file = new Menu("File", null, open, quit);

        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark-theme");
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        Menu view = new Menu("View", null, dark);
        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Node header() {
        Label product = new Label("Playlens");
        product.getStyleClass().addAll("title-3", "product-name");
        workspaceTitle.getStyleClass().add("text-muted");
        workspaceTitle.setId("workspace-title");
        Button themeButton = new Button();
        themeButton.setId("theme-toggle");
        themeButton.getStyleClass().addAll("flat", "small");
        themeButton.textProperty().bind(theme.darkProperty().map(d -> d ? "☀  Light" : "☾  Dark"));
        themeButton.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        themeButton.setOnAction(e -> theme.toggle());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, product, workspaceTitle, spacer, themeButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 16, 8, 16));
        header.getStyleClass().add("app-header");
        return header;
    }

    private void chooseWorkspace() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a Playlens workspace");
        if (services != null) chooser.setInitialDirectory(services.workspace().dir().getParent().toFile());
        File dir = chooser.showDialog(stage);
        if (dir != null) openWorkspaceAction.accept(dir);
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    public Screens screens() {
        return screens;
    }

    public Screen current() {
        return current;
    }

    public StatusBar statusBar() {
        return statusBar;
    }
}
