package com.monps.agent.fault;

import com.monps.agent.collect.CollectJob;
import com.monps.agent.jobs.JobRunner;
import com.monps.agent.testing.LogCapture;
import com.monps.agent.testing.MutableClock;
import com.monps.agent.testing.StandInApi;
import com.monps.core.db.ConnectionRetry;
import com.monps.core.db.Database;
import com.monps.core.db.DatabaseConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicReference;

import static com.monps.agent.testing.Payloads.array;
import static com.monps.agent.testing.Payloads.bookmaker;
import static com.monps.agent.testing.Payloads.event;
import static com.monps.agent.testing.StandInApi.ok;
import static com.monps.core.jooq.Tables.API_REQUESTS;
import static com.monps.core.jooq.Tables.MATCHES;
import static com.monps.core.jooq.Tables.ODDS_H2H;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops in the middle of a collection (after the odds call went out, before its answer is recorded and its
 * batch written) and comes back two seconds later on the same data folder and port: the run reports the outage, retries
 * with backoff, and completes with the whole batch, so the credit of the odds call is not lost.
 */
class DatabaseOutageTest {

    private static final Instant NOW = Instant.parse("2030-08-10T12:00:00Z");
    private static final Instant KICK_OFF = Instant.parse("2030-08-16T19:00:00Z");
    private static final ConnectionRetry QUICK = new ConnectionRetry(Duration.ofMillis(250), Duration.ofSeconds(2), 20);

    @TempDir
    Path dataDirectory;

    @Test
    void aCollectionThatLosesTheDatabaseWaitsForItAndStoresTheWholeBatchOnce() throws Exception {
        int port = freePort();
        AtomicReference<EmbeddedPostgres> server = new AtomicReference<>(start(port));
        var meters = new SimpleMeterRegistry();
        try (Database db = Database.connect(new DatabaseConfig("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", ""));
             StandInApi api = new StandInApi();
             LogCapture log = new LogCapture()) {
            db.migrate();
            api.server().setDispatcher(new StopsTheDatabaseForAWhile(server, () -> start(port),
                    () -> log.logs().contains("database unavailable")));
            JobRunner runner = new JobRunner(db.dsl(), meters);
            CollectJob job = new CollectJob(api.client(db.dsl(), meters, QUICK), db.dsl(), meters, new MutableClock(NOW),
                    List.of("soccer_epl"), QUICK);

            var result = runner.run(job);

            assertThat(result.summary()).startsWith("stored 4 prices for 2 matches");
            assertThat(db.dsl().fetchCount(MATCHES)).isEqualTo(2);
            assertThat(db.dsl().fetchCount(ODDS_H2H)).isEqualTo(4);
            assertThat(db.dsl().fetchCount(API_REQUESTS)).as("the paid answer is recorded once").isEqualTo(1);
            assertThat(api.server().getRequestCount()).as("no second odds call").isEqualTo(1);
            assertThat(log.logs()).containsPattern("WARN .*database unavailable .*retrying in \\d+ ms");
        } finally {
            server.get().close();
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String round() {
        return array(
                event("e-ars-wol", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Wolves",
                        bookmaker("pinnacle", NOW, "Arsenal", "1.40", "Wolves", "8.5", "5.0"),
                        bookmaker("bet365", NOW, "Arsenal", "1.44", "Wolves", "8.0", "4.8")),
                event("e-che-bou", "soccer_epl", "EPL", KICK_OFF.plusSeconds(7200), "Chelsea", "Bournemouth",
                        bookmaker("pinnacle", NOW, "Chelsea", "1.70", "Bournemouth", "4.9", "4.1"),
                        bookmaker("bet365", NOW, "Chelsea", "1.72", "Bournemouth", "4.6", "4.0")));
    }

    /**
     * Answers every odds call with the same round; the first time, stops PostgreSQL and restarts it once the agent has
     * reported the outage, and at least two seconds later (at most {@link #LONGEST_OUTAGE}). A restart on a fixed delay
     * raced the agent on a loaded machine: the database could be back before the agent first needed it.
     */
    private static final class StopsTheDatabaseForAWhile extends Dispatcher {
        private static final Duration SHORTEST_OUTAGE = Duration.ofSeconds(2);
        private static final Duration LONGEST_OUTAGE = Duration.ofSeconds(30);

        private final AtomicReference<EmbeddedPostgres> server;
        private final Restart restart;
        private final BooleanSupplier outageReported;
        private boolean stopped;

        StopsTheDatabaseForAWhile(AtomicReference<EmbeddedPostgres> server, Restart restart, BooleanSupplier outageReported) {
            this.server = server;
            this.restart = restart;
            this.outageReported = outageReported;
        }

        @Override
        public synchronized MockResponse dispatch(RecordedRequest request) {
            if (!stopped) {
                stopped = true;
                try {
                    server.get().close();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                Thread.ofVirtual().start(() -> {
                    try {
                        Thread.sleep(SHORTEST_OUTAGE);
                        long giveUp = System.nanoTime() + LONGEST_OUTAGE.toNanos();
                        while (!outageReported.getAsBoolean() && System.nanoTime() < giveUp) {
                            Thread.sleep(50);
                        }
                        server.set(restart.start());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            return ok(round(), 480, 20, 1);
        }
    }

    @FunctionalInterface
    private interface Restart {
        EmbeddedPostgres start() throws IOException;
    }
}
