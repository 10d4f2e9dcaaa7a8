package com.monps.desktop.fx;

import javafx.scene.Node;

import java.util.Objects;

/** Finds a node of a view by its id, as a user's eye finds it on screen, without the view handing its fields out. */
public final class Nodes {

    private Nodes() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends Node> T find(View view, String id) {
        return (T) Objects.requireNonNull(view.root().lookup("#" + id), () -> "no node #" + id + " in " + view.getClass().getSimpleName());
    }
}
