package com.monps.desktop.app;

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
import java.util.List;

/** Renders pages to {@code DIR/<page>.png}, one per pulse so that each is laid out and drawn before it is captured. */
final class Snapshots {

    static final List<String> SCREENS = List.of(Workstation.DASHBOARD, Workstation.BETS, Workstation.OPPORTUNITIES, Workstation.ANALYTICS);

    private Snapshots() {
    }

    static void render(Workstation workstation, Scene scene, Path dir, Runnable done) throws IOException {
        Files.createDirectories(dir);
        Deque<String> pending = new ArrayDeque<>(SCREENS);
        next(workstation, scene, dir, pending, done);
    }

    private static void next(Workstation workstation, Scene scene, Path dir, Deque<String> pending, Runnable done) {
        if (pending.isEmpty()) {
            done.run();
            return;
        }
        String id = pending.poll();
        workstation.shell().show(id);
        Platform.runLater(() -> Platform.runLater(() -> {
            write(scene.snapshot(null), dir.resolve(id + ".png"));
            next(workstation, scene, dir, pending, done);
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
