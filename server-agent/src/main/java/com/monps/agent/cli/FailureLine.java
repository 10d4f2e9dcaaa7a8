package com.monps.agent.cli;

import java.sql.SQLException;

/**
 * The one line a failed command prints. A wrapper's message ("Error getting connection from data source ...") tells
 * the trader nothing, so the line adds the root cause when it differs, and names the database when it is unreachable.
 */
public final class FailureLine {

    private FailureLine() {
    }

    public static String of(Throwable failure) {
        SQLException connection = connectionFailure(failure);
        if (connection != null) {
            return "error: database unreachable: " + connection.getMessage().lines().findFirst().orElse("");
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(failure.getMessage());
        if (root == failure || root.getMessage() == null || message.contains(root.getMessage())) {
            return "error: " + message;
        }
        return "error: " + message + " (cause: " + root.getMessage() + ")";
    }

    /**
     * The innermost exception of a failed connection (SQL state class 08): the driver's own, which names host and port,
     * rather than the pool's timeout that wraps it.
     */
    private static SQLException connectionFailure(Throwable failure) {
        SQLException innermost = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    && sql.getMessage() != null) {
                innermost = sql;
            }
        }
        return innermost;
    }
}
