package com.monps.desktop.fx;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions and messages a controller puts to the trader, and the files it asks them to choose: behind this
 * interface so that controllers are tested without a window ({@link FxDialogs} is the real one).
 */
public interface Dialogs {

    /** Whether the trader confirmed {@code question}. */
    boolean confirm(String question);

    void inform(String message);

    void fail(String message);

    /** A CSV file to write, suggested as {@code suggestedName}; empty when the trader cancelled. */
    Optional<Path> csvToSave(String suggestedName);

    /** A CSV file to read; empty when the trader cancelled. */
    Optional<Path> csvToOpen();
}
