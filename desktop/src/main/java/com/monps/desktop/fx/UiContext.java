package com.monps.desktop.fx;

import com.monps.core.db.ChangeFeed;

/** What every screen needs from the shell: background work, live changes, the connection's state, texts and formats. */
public record UiContext(TaskRunner runner, ChangeFeed feed, ConnectionStatus status, I18n i18n, Formats formats) {
}
