package com.monps.desktop.fx;

import javafx.scene.Parent;

/**
 * What a screen's view gives the shell: its root node. Controllers hand their view over as this type and never touch
 * a node themselves.
 */
public interface View {

    Parent root();
}
