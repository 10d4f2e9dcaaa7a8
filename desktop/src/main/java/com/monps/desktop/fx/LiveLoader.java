package com.monps.desktop.fx;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * What a live page does with its data: while on screen it reloads on the NOTIFY channels it follows, loads in the
 * background keeping only the newest answer, and reports each outcome to the connection banner.
 */
public final class LiveLoader<T> {

    private final UiContext ui;
    private final List<String> channels;
    private final LatestOnly<T> latest;
    private final Subscriptions subscriptions = new Subscriptions();

    public LiveLoader(UiContext ui, String... channels) {
        this.ui = ui;
        this.channels = List.of(channels);
        this.latest = new LatestOnly<>(ui.runner());
    }

    /** Follows the channels with {@code refresh}, then refreshes once. */
    public void activate(Runnable refresh) {
        channels.forEach(channel -> subscriptions.add(ui.feed().subscribe(channel, refresh)));
        refresh.run();
    }

    public void deactivate() {
        subscriptions.releaseAll();
    }

    /** Runs {@code work} in the background and hands its answer to {@code show} on the FX thread, unless a newer load started. */
    public void load(Callable<T> work, Consumer<? super T> show) {
        latest.load(work, value -> {
            show.accept(value);
            ui.status().reportSuccess();
        }, ui.status()::reportFailure);
    }
}
