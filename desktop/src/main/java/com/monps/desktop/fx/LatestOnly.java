package com.monps.desktop.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Loads that may overlap, where only the newest counts: every load takes a sequence number, and an answer that arrives
 * after a newer load was started is dropped. Called on the FX thread only.
 */
public final class LatestOnly<T> {

    private final TaskRunner runner;
    private long sequence;

    public LatestOnly(TaskRunner runner) {
        this.runner = runner;
    }

    public void load(Callable<T> work, Consumer<? super T> apply, Consumer<? super Throwable> fail) {
        long ticket = ++sequence;
        runner.run(work, result -> {
            if (ticket == sequence) {
                apply.accept(result);
            }
        }, error -> {
            if (ticket == sequence) {
                fail.accept(error);
            }
        });
    }
}
