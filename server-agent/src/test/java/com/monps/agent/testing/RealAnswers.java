package com.monps.agent.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assumptions.assumeThat;

/** Real answers of The Odds API kept in ../shared/fixtures/the-odds-api: a test that reads one skips when it is absent. */
public final class RealAnswers {

    private static final Path FOLDER = Path.of("..", "..", "shared", "fixtures", "the-odds-api");

    private RealAnswers() {
    }

    public static String read(String name) throws IOException {
        Path file = FOLDER.resolve(name);
        assumeThat(Files.isReadable(file)).as("real fixture %s present", file).isTrue();
        return Files.readString(file);
    }
}
