package com.monps.desktop.fx;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link Dialogs} as JavaFX alerts and file choosers over the window {@code owner} gives at the time of asking. */
public final class FxDialogs implements Dialogs {

    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String question) {
        Alert confirm = alert(Alert.AlertType.CONFIRMATION, question, ButtonType.CANCEL, ButtonType.OK);
        return confirm.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public void inform(String message) {
        alert(Alert.AlertType.INFORMATION, message, ButtonType.OK).show();
    }

    @Override
    public void fail(String message) {
        alert(Alert.AlertType.ERROR, message, ButtonType.OK).show();
    }

    @Override
    public Optional<Path> csvToSave(String suggestedName) {
        FileChooser chooser = csvChooser();
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> csvToOpen() {
        return Optional.ofNullable(csvChooser().showOpenDialog(owner.get())).map(File::toPath);
    }

    private Alert alert(Alert.AlertType type, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.initOwner(owner.get());
        alert.setHeaderText(null);
        return alert;
    }

    private static FileChooser csvChooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return chooser;
    }

    /** The window showing {@code view}, or none while it is not on screen. */
    public static Supplier<Window> windowOf(View view) {
        return () -> view.root().getScene() == null ? null : view.root().getScene().getWindow();
    }
}
