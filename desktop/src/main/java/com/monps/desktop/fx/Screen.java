package com.monps.desktop.fx;

/**
 * One page of the workstation. The shell calls {@link #activate()} when the page comes on screen (subscribe, load) and
 * {@link #deactivate()} when it leaves (release subscriptions), so hidden pages cost nothing.
 */
public interface Screen {

    View view();

    void activate();

    void deactivate();

    /** Reloads what the page shows (F5, or after the database came back). */
    void refresh();
}
