package com.monps.desktop.fx;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Loads a view's layout from the FXML file named after it ({@code DashboardView} → {@code DashboardView.fxml} beside
 * it in the resources), with the interface texts for its {@code %key} attributes and the view itself as the object its
 * {@code fx:id} nodes are injected into. The FXML files hold nodes, layout and style classes only: no script, no
 * handler, no inline style.
 */
public final class Fxml {

    private Fxml() {
    }

    public static <T extends Parent> T load(Object view, I18n i18n) {
        String name = view.getClass().getSimpleName() + ".fxml";
        URL location = view.getClass().getResource(name);
        if (location == null) {
            throw new IllegalStateException("no layout " + name + " beside " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(location, i18n.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
    }
}
