package com.monps.desktop.fx;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;

/** Whether the database answers, the last error when it does not, and who to call when the user asks to retry. FX thread only. */
public final class ConnectionStatus {

    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final List<Runnable> retryActions = new ArrayList<>();

    public void reportFailure(Throwable error) {
        problem.set(rootMessage(error));
        online.set(false);
    }

    public void reportSuccess() {
        online.set(true);
    }

    public void onRetry(Runnable action) {
        retryActions.add(action);
    }

    public void retry() {
        List.copyOf(retryActions).forEach(Runnable::run);
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
