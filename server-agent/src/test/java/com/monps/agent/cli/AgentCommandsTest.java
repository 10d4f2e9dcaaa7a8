package com.monps.agent.cli;

import com.monps.agent.AgentMain;
import com.monps.agent.config.AgentConfig;
import com.monps.agent.testing.LogCapture;
import com.monps.agent.testing.StandInApi;
import com.monps.core.db.Database;
import com.monps.core.domain.Match;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static com.monps.agent.testing.Payloads.array;
import static com.monps.agent.testing.Payloads.bookmaker;
import static com.monps.agent.testing.Payloads.event;
import static com.monps.agent.testing.Payloads.score;
import static com.monps.agent.testing.StandInApi.KEY;
import static com.monps.agent.testing.StandInApi.ok;
import static com.monps.agent.testing.StandInApi.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** The picocli commands as a user runs them: exit codes, one-line summaries and errors, and the key never shown. */
class AgentCommandsTest {

    private final Database db = TestDatabase.fresh();
    private final StandInApi api = new StandInApi();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final AgentConfig config = AgentConfig.from(Map.of(
            "MONPS_DB_URL", db.config().url(), "MONPS_DB_USER", db.config().user(),
            "MONPS_DB_PASSWORD", db.config().password() == null ? "" : db.config().password(),
            "ODDS_API_KEY", KEY, "MONPS_ODDS_API_URL", api.baseUrl(), "MONPS_SPORTS", "soccer_epl",
            "MONPS_API_RETRY_BASE", "PT0.001S", "MONPS_SETTLE_DELAY", "PT3H"));

    @AfterEach
    void close() {
        api.close();
        db.close();
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AgentMain.commandLine(() -> config);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    record Run(int code, String out, String err) {
    }

    @Test
    void jobCommandsPrintOneSummaryLineAndNeverTheKey() {
        Instant played = now.minus(Duration.ofHours(5));
        new MatchRepository(db.dsl()).upsert(List.of(Match.upcoming("past", "soccer_epl", "EPL", played, "Arsenal", "Chelsea")));
        new BetRepository(db.dsl()).insert(NewBet.of("past", "Arsenal", "Chelsea", "soccer_epl", "EPL", played, Outcome.HOME,
                new BigDecimal("2.10"), new BigDecimal("10.00"), "pinnacle"));
        api.enqueue(ok(array(event("next", "soccer_epl", "EPL", now.plus(Duration.ofDays(2)), "Everton", "Fulham",
                        bookmaker("pinnacle", now, "Everton", "2.40", "Fulham", "3.10", "3.30"))), 480, 20, 1),
                ok(array(score("past", "soccer_epl", played, true, "Arsenal", "3", "Chelsea", "0", now)), 478, 22, 2),
                refusal(401, "INVALID_KEY", "API key " + KEY + " is not valid"));

        try (LogCapture capture = new LogCapture()) {
            Run migrate = run("migrate");
            Run collect = run("collect");
            Run settle = run("settle");
            Run clv = run("clv");
            Run status = run("status");
            Run failing = run("collect");

            assertThat(migrate.code()).isZero();
            assertThat(migrate.out().lines()).hasSize(2).satisfies(lines -> {
                assertThat(lines.get(0)).startsWith("migrate: 0 migration(s) applied, schema at version ");
                assertThat(lines.get(1)).matches("storage: (plain PostgreSQL, no compression"
                        + "|odds_h2h and odds_lines chunks compress after 21 days, kept forever)");
            });
            assertThat(collect.out()).isEqualTo("collect: stored 1 prices for 1 matches in 1 sport(s)" + System.lineSeparator());
            assertThat(settle.out()).startsWith("settle: settled 1 bet(s) (1 won, 0 lost, 0 void)");
            assertThat(clv.code()).isZero();
            assertThat(clv.out()).startsWith("clv: closing line written for ");
            assertThat(status.code()).isZero();
            assertThat(status.out()).startsWith("database: PostgreSQL ").contains("quota left: 478 credits", "credits this month: 3 used of 500",
                    "next planned calls:", "collect  success", "settle   success", "clv      success",
                    "odds call: 1 credit(s) per sport (h2h 1)", "counts: 2 matches, 1 prices, 0 line prices, 0 pending bets");
            assertThat(failing.code()).isEqualTo(1);
            assertThat(failing.err().lines()).singleElement().asString()
                    .startsWith("error: The Odds API refused odds soccer_epl (401 INVALID_KEY: API key *** is not valid)");

            String everything = capture.logs() + capture.console() + String.join("\n", migrate.out(), collect.out(),
                    settle.out(), clv.out(), status.out(), failing.out(), failing.err());
            assertThat(capture.logs()).contains("odds soccer_epl: HTTP 200");
            assertThat(everything).doesNotContain(KEY);
        }
    }

    @Test
    void anUnreachableDatabaseFailsWithOneLine() {
        AgentConfig broken = AgentConfig.from(Map.of("MONPS_DB_URL", "jdbc:postgresql://127.0.0.1:1/none", "ODDS_API_KEY", KEY));
        StringWriter err = new StringWriter();
        CommandLine cli = AgentMain.commandLine(() -> broken);
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("status");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("error: ").doesNotContain(KEY);
    }
}
