package com.monps.desktop.fx;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class LatestOnlyTest {

    /** Holds work until the test releases it, to play answers out of order. */
    private static final class HeldRunner implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            held.add(() -> TaskRunner.direct().run(work, onSuccess, onFailure));
        }
    }

    @Test
    void anAnswerThatArrivesAfterANewerRequestIsDropped() {
        HeldRunner runner = new HeldRunner();
        LatestOnly<String> loads = new LatestOnly<>(runner);
        List<String> applied = new ArrayList<>();

        loads.load(() -> "old", applied::add, e -> { });
        loads.load(() -> "new", applied::add, e -> { });
        runner.held.get(1).run();
        runner.held.get(0).run();

        assertThat(applied).containsExactly("new");
    }

    @Test
    void aStaleFailureIsDroppedToo() {
        HeldRunner runner = new HeldRunner();
        LatestOnly<String> loads = new LatestOnly<>(runner);
        List<Throwable> failures = new ArrayList<>();

        loads.load(() -> {
            throw new IllegalStateException("slow and failed");
        }, s -> { }, failures::add);
        loads.load(() -> "fine", s -> { }, failures::add);
        runner.held.get(1).run();
        runner.held.get(0).run();

        assertThat(failures).isEmpty();
    }
}
