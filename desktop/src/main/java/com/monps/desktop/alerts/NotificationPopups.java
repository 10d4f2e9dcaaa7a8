package com.monps.desktop.alerts;

import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.function.Supplier;

/** Alerts as ControlsFX notifications in the corner of the window; a click on one opens the bet dialog. */
public final class NotificationPopups implements Notifier {

    private static final Duration SHOWN_FOR = Duration.seconds(15);

    private final Supplier<Window> owner;
    private final I18n i18n;
    private final Formats formats;
    private final boolean dark;

    public NotificationPopups(Supplier<Window> owner, I18n i18n, Formats formats, boolean dark) {
        this.owner = owner;
        this.i18n = i18n;
        this.formats = formats;
        this.dark = dark;
    }

    @Override
    public void show(OpportunityAlert alert, Runnable onOpen) {
        Notifications popup = Notifications.create().owner(owner.get()).position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN_FOR)
                .title(i18n.get("alerts.title")).text(AlertText.of(alert, i18n, formats)).onAction(e -> onOpen.run());
        if (dark) {
            popup.darkStyle();
        }
        popup.show();
    }
}
