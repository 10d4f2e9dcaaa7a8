package com.monps.desktop.app;

import com.monps.desktop.fx.ConnectionStatus;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Screen;
import com.monps.desktop.fx.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The window's frame: the navigation on the left, the offline banner (with Retry) on top, the current page in the
 * middle. Only the page on screen is active.
 */
public final class Shell {

    private final BorderPane root = new BorderPane();
    private final VBox nav = new VBox();
    private final StackPane content = new StackPane();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, Supplier<? extends Screen>> factories = new LinkedHashMap<>();
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final Label statusLine = new Label();
    private String current;

    public Shell(I18n i18n, ConnectionStatus status, String connectionLabel) {
        nav.getStyleClass().add("sidebar");
        Label brand = new Label("Mon_PS");
        brand.getStyleClass().add("brand");
        nav.getChildren().add(brand);
        statusLine.getStyleClass().add("status-line");
        statusLine.setText(connectionLabel);
        statusLine.setWrapText(true);
        root.setLeft(nav);
        root.setCenter(content);
        root.setTop(banner(i18n, status));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                if (buttons.containsKey(current)) {
                    old.setSelected(true);
                }
            } else {
                show((String) now.getUserData());
            }
        });
    }

    /** Adds a page to the navigation; {@code shortcut} is shown beside its name. */
    public void add(String id, String title, String shortcut, Screen screen) {
        addLazily(id, title, shortcut, () -> screen);
    }

    /** Adds a page built the first time it is shown: each page loads its FXML, which the start need not wait for. */
    public void addLazily(String id, String title, String shortcut, Supplier<? extends Screen> screen) {
        ToggleButton button = new ToggleButton();
        button.setId("nav-" + id);
        button.getStyleClass().add(Styles.NAV_BUTTON);
        button.setUserData(id);
        button.setToggleGroup(group);
        Label name = new Label(title);
        name.getStyleClass().add("nav-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(shortcut);
        hint.getStyleClass().add("nav-shortcut");
        HBox graphic = new HBox(name, spacer, hint);
        graphic.setPrefWidth(150);
        button.setGraphic(graphic);
        button.setMaxWidth(Double.MAX_VALUE);
        factories.put(id, screen);
        buttons.put(id, button);
        nav.getChildren().add(button);
    }

    /** Adds a page reached from other pages only (match detail). */
    public void addHidden(String id, Screen screen) {
        factories.put(id, () -> screen);
    }

    private Screen screen(String id) {
        return screens.computeIfAbsent(id, key -> factories.get(key).get());
    }

    public void finishNavigation() {
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        nav.getChildren().addAll(spacer, statusLine);
    }

    public void show(String id) {
        if (!factories.containsKey(id) || id.equals(current)) {
            return;
        }
        Screen next = screen(id);
        if (current != null) {
            screens.get(current).deactivate();
        }
        current = id;
        ToggleButton button = buttons.get(id);
        if (button != null && !button.isSelected()) {
            button.setSelected(true);
        } else if (button == null && group.getSelectedToggle() != null) {
            group.getSelectedToggle().setSelected(false);
        }
        content.getChildren().setAll(next.view().root());
        next.activate();
    }

    public void refreshCurrent() {
        if (current != null) {
            screens.get(current).refresh();
        }
    }

    public String current() {
        return current;
    }

    public Iterable<String> ids() {
        return buttons.keySet();
    }

    private HBox banner(I18n i18n, ConnectionStatus status) {
        Label text = new Label();
        text.setId("offline-message");
        text.textProperty().bind(status.problemProperty().map(p -> i18n.format("banner.offline", p)));
        Button retry = new Button(i18n.get("action.retry"));
        retry.setId("offline-retry");
        retry.setOnAction(e -> {
            status.retry();
            refreshCurrent();
        });
        HBox banner = new HBox(text, retry);
        banner.setId("offline-banner");
        banner.getStyleClass().add(Styles.BANNER);
        banner.visibleProperty().bind(status.onlineProperty().not());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    public BorderPane root() {
        return root;
    }
}
