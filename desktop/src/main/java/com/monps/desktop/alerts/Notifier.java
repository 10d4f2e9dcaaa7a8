package com.monps.desktop.alerts;

/** Puts an alert in front of the trader; {@code onOpen} runs when they click it. */
@FunctionalInterface
public interface Notifier {

    void show(OpportunityAlert alert, Runnable onOpen);
}
