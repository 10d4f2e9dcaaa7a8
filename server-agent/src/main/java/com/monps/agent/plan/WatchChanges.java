package com.monps.agent.plan;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells whoever plans the collections that what the agent watches changed: a bet was placed, a scan found an
 * opportunity. The credit planner spends closing-price calls on watched matches only, so such a change can move the
 * next collection forward; without this signal it would wait for the next collection to end.
 */
public final class WatchChanges {

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** {@code why} says what changed, for the log. */
    public void changed(String why) {
        listeners.forEach(listener -> listener.accept(why));
    }
}
