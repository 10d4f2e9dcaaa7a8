package com.monps.desktop.fx;

import java.util.ArrayList;
import java.util.List;

/** Subscriptions a screen holds while it is on screen, released together when it leaves. */
public final class Subscriptions {

    private final List<AutoCloseable> held = new ArrayList<>();

    public void add(AutoCloseable subscription) {
        held.add(subscription);
    }

    public void releaseAll() {
        for (AutoCloseable subscription : held) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not release a subscription", e);
            }
        }
        held.clear();
    }
}
