package com.monps.desktop.app;

import com.monps.core.domain.Market;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Renders every page to {@code DIR/<page>.png} (the navigation's pages, the analytics page's goal model tab, the match
 * detail of the newest bet at its market and at each line market, the bets page filtered to Asian handicaps), then the
 * bet dialog to {@code DIR/bet-dialog.png} and {@code bet-dialog-line.png}: one per pulse so that each is laid out and
 * drawn before it is captured.
 */
final class Snapshots {

    static final String BET_DIALOG = "bet-dialog";
    static final String BET_DIALOG_LINE = "bet-dialog-line";
    /** The bets page showing the Asian handicap bets only: quarter lines, half results, moved lines. */
    static final String BETS_SPREADS = "bets-spreads";

    private Snapshots() {
    }

    static void render(Workstation workstation, Scene scene, Path dir, Runnable done) throws IOException {
        Files.createDirectories(dir);
        Deque<String> pending = new ArrayDeque<>();
        workstation.shell().ids().forEach(pending::add);
        pending.add(Workstation.ANALYTICS_MODEL);
        pending.add(Workstation.MATCH);
        pending.add(Workstation.MATCH_TOTALS);
        pending.add(Workstation.MATCH_SPREADS);
        pending.add(BETS_SPREADS);
        next(workstation, scene, dir, pending, () -> dialog(workstation, dir, done));
    }

    private static void next(Workstation workstation, Scene scene, Path dir, Deque<String> pending, Runnable done) {
        if (pending.isEmpty()) {
            done.run();
            return;
        }
        String id = pending.poll();
        if (Workstation.MATCH.equals(id)) {
            workstation.openNewestBetsMatch();
        } else if (Workstation.MATCH_TOTALS.equals(id)) {
            workstation.showMatchMarket(Market.TOTALS);
        } else if (Workstation.MATCH_SPREADS.equals(id)) {
            workstation.showMatchMarket(Market.SPREADS);
        } else if (Workstation.ANALYTICS_MODEL.equals(id)) {
            workstation.showModelScorecard();
        } else if (BETS_SPREADS.equals(id)) {
            workstation.showBetsOn(Market.SPREADS);
        } else {
            workstation.shell().show(id);
        }
        Platform.runLater(() -> Platform.runLater(() -> {
            write(scene.snapshot(null), dir.resolve(id + ".png"));
            next(workstation, scene, dir, pending, done);
        }));
    }

    /**
     * The bet dialog as the trader opens it with Ctrl+N, in its own window; then on the match and quarter line of the
     * newest such bet of the book, to show the line explained under its field ({@code bet-dialog-line.png}).
     */
    private static void dialog(Workstation workstation, Path dir, Runnable done) {
        workstation.recordBet();
        Platform.runLater(() -> Platform.runLater(() -> {
            workstation.lastBetDialog().ifPresent(dialog -> {
                write(dialog.stage().getScene().snapshot(null), dir.resolve(BET_DIALOG + ".png"));
                dialog.stage().close();
            });
            if (!workstation.recordOnNewestQuarterLine()) {
                done.run();
                return;
            }
            Platform.runLater(() -> Platform.runLater(() -> {
                workstation.lastBetDialog().ifPresent(dialog -> write(dialog.stage().getScene().snapshot(null),
                        dir.resolve(BET_DIALOG_LINE + ".png")));
                done.run();
            }));
        }));
    }

    private static void write(WritableImage image, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
