package com.monps.desktop.fx;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** Runs work on a small pool of daemon threads and delivers results with {@link Platform#runLater}. */
public final class BackgroundTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskRunner.class);

    private final ExecutorService executor = Executors.newFixedThreadPool(3, Thread.ofPlatform().daemon().name("monps-bg-", 0).factory());

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | LinkageError e) {
                if (executor.isShutdown()) {
                    return; // the application is closing: the database went away under a load nobody waits for
                }
                LOG.warn("background task failed: {}", e.toString());
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
