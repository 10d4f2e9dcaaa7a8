package com.monps.bench.fault;

import com.monps.core.db.DatabaseConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar server-agent/target/monps-agent.jar <command>} as a child process on a given database, run to its end
 * or killed with SIGKILL ({@link Process#destroyForcibly()}) after a delay. The Odds API URL points at a closed port: the
 * fault runs only use matches whose scores are already stored, so a call to the API would be a bug and fail loudly.
 */
final class AgentProcess {

    static final Path JAR = Path.of("server-agent/target/monps-agent.jar");

    private final DatabaseConfig database;
    private final Path logDirectory;

    AgentProcess(DatabaseConfig database, Path logDirectory) {
        this.database = database;
        this.logDirectory = logDirectory;
    }

    static void requireJar() {
        if (!Files.isReadable(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: build it with ./mvnw -pl bench -am package"
                    + " (the -Pbench command does) and run from the project root");
        }
    }

    /** Runs the command to its end and returns its exit code and output. */
    Result complete(String command) throws IOException, InterruptedException {
        Process process = start(command);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish within 2 minutes");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes()).strip());
    }

    /** Starts the command and kills it with SIGKILL after {@code delay}; returns whether it had already ended by then. */
    boolean killAfter(String command, Duration delay) throws IOException, InterruptedException {
        Process process = start(command);
        boolean ended = process.waitFor(delay.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            process.destroyForcibly();
            process.waitFor();
        }
        return ended;
    }

    private Process start(String command) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toString(), command).redirectErrorStream(true);
        builder.environment().putAll(Map.of(
                "MONPS_DB_URL", database.url(),
                "MONPS_DB_USER", database.user(),
                "MONPS_DB_PASSWORD", database.password() == null ? "" : database.password(),
                "ODDS_API_KEY", "bench-unused-key",
                "MONPS_ODDS_API_URL", "http://127.0.0.1:9",
                "MONPS_SPORTS", "soccer_epl",
                "MONPS_LOG_DIR", logDirectory.toString()));
        return builder.start();
    }

    record Result(int exitCode, String output) {
    }
}
