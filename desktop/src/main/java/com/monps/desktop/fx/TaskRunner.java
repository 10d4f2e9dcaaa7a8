package com.monps.desktop.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and hands its result back on the FX thread. Screens never block the FX thread;
 * tests and snapshots use {@link #direct()}, which runs the work where it is called.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs the work immediately on the calling thread. */
    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | LinkageError e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
