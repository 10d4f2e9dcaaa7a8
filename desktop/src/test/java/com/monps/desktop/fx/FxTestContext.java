package com.monps.desktop.fx;

import com.monps.core.db.ChangeFeed;
import com.monps.core.db.Channels;
import com.monps.core.db.Database;
import javafx.application.Platform;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;

/** What a screen test runs on: a fresh database, work run synchronously, a real NOTIFY feed delivered on the FX thread. */
public final class FxTestContext implements AutoCloseable {

    private final Database db;
    private final ChangeFeed feed;
    private final UiContext ui;

    public FxTestContext(Database db) {
        this.db = db;
        this.feed = new ChangeFeed(db::openDedicatedConnection, Channels.ALL, Platform::runLater,
                Duration.ofMillis(50), Duration.ofMillis(300)).start();
        this.ui = new UiContext(TaskRunner.direct(), feed, new ConnectionStatus(), new I18n(Locale.ENGLISH),
                new Formats(Locale.ENGLISH, ZoneOffset.UTC));
    }

    public UiContext ui() {
        return ui;
    }

    /** The same database, feed and runner, with the texts and formats of {@code locale}. */
    public UiContext ui(Locale locale) {
        return new UiContext(TaskRunner.direct(), feed, ui.status(), new I18n(locale), new Formats(locale, ZoneOffset.UTC));
    }

    public Database db() {
        return db;
    }

    @Override
    public void close() {
        feed.close();
        db.close();
    }
}
