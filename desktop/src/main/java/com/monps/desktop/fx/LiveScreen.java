package com.monps.desktop.fx;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A page that follows the database: while on screen it reloads on the NOTIFY channels it names, loads in the
 * background keeping only the newest answer, and reports each outcome to the connection banner. A subclass says how
 * to {@link #refresh()} with {@link #load}.
 */
public abstract class LiveScreen<T> implements Screen {

    private final UiContext ui;
    private final List<String> channels;
    private final LatestOnly<T> latest;
    private final Subscriptions subscriptions = new Subscriptions();

    protected LiveScreen(UiContext ui, String... channels) {
        this.ui = ui;
        this.channels = List.of(channels);
        this.latest = new LatestOnly<>(ui.runner());
    }

    /** Follows the channels, then refreshes once. */
    @Override
    public final void activate() {
        channels.forEach(channel -> subscriptions.add(ui.feed().subscribe(channel, this::refresh)));
        refresh();
        activated();
    }

    @Override
    public final void deactivate() {
        subscriptions.releaseAll();
        deactivated();
    }

    /** After the page came on screen and refreshed: a page holding a part with its own lifecycle starts it here. */
    protected void activated() {
    }

    /** After the page left the screen and stopped following its channels. */
    protected void deactivated() {
    }

    /** Runs {@code work} in the background and hands its answer to {@code show} on the FX thread, unless a newer load started. */
    protected final void load(Callable<T> work, Consumer<? super T> show) {
        latest.load(work, value -> {
            show.accept(value);
            ui.status().reportSuccess();
        }, ui.status()::reportFailure);
    }
}
