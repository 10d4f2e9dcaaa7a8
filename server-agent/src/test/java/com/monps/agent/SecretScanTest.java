package com.monps.agent;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.monps.agent.config.AgentConfig;
import com.monps.agent.jobs.JobResult;
import com.monps.agent.testing.TestJobs;
import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API key, the database password and the agent token never appear in what the agent prints or logs, at DEBUG
 * level and in stack traces included. Each test runs agent code with distinctive secret values while everything it
 * writes (picocli's out and err, System.out/err, every Logback event) is captured, then greps the capture.
 * New commands join {@link #COMMANDS}; new code paths get a test like the ones below.
 */
class SecretScanTest {

    private static final String API_KEY = "oddsapikey-9f8e7d6c5b4a39281706";
    private static final String DB_PASSWORD = "dbpassword-Q7!x#secret-2291";
    private static final String AGENT_TOKEN = "agenttoken-5d41402abc4b2a76b971";
    private static final List<String> SECRETS = List.of(API_KEY, DB_PASSWORD, AGENT_TOKEN);

    /** Every command line the scan runs in-process (commands that read AgentConfig.fromEnvironment() need env injection). */
    private static final List<String[]> COMMANDS = List.of(new String[] {"--help"}, new String[] {"--version"}, new String[] {});

    private final ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    private final StringWriter cliOutput = new StringWriter();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private Level originalLevel;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(systemOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
        Logger root = root();
        originalLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void release() {
        Logger root = root();
        root.detachAppender(logs);
        root.setLevel(originalLevel);
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void commandsPrintNoSecret() {
        for (String[] args : COMMANDS) {
            CommandLine cli = AgentMain.commandLine();
            PrintWriter writer = new PrintWriter(cliOutput, true);
            cli.setOut(writer);
            cli.setErr(writer);
            assertThat(cli.execute(args)).as(String.join(" ", args)).isZero();
        }
        assertThat(cliOutput.toString() + systemOut).contains("monps-agent");
        assertNoSecretIn(everything());
    }

    @Test
    void theConfigurationDescribesItselfWithoutSecrets() {
        AgentConfig config = AgentConfig.from(env("jdbc:postgresql://localhost:5432/monps", "monps_agent"));
        LoggerFactory.getLogger(SecretScanTest.class).info("configuration: {}", config);
        LoggerFactory.getLogger(SecretScanTest.class).info("database: {}", config.database());

        assertThat(everything()).contains("oddsApiKey=***", "agentToken=***", "password=***");
        assertNoSecretIn(everything());
    }

    @Test
    void anAgentThatConnectsRunsAndFailsJobsLogsNoSecret() throws Exception {
        try (Database db = TestDatabase.fresh();
             AgentContext agent = new AgentContext(AgentConfig.from(env(db.config().url(), db.config().user())))) {
            agent.runner().run(TestJobs.of("settle", () -> new JobResult(2, "settled 2 bets")));
            assertThatThrownBy(() -> agent.runner().run(TestJobs.of("collect", () -> {
                throw new IllegalStateException("the Odds API answered 401");
            }))).hasMessageContaining("401");
            agent.meters().scrape();
        }
        assertThat(everything()).contains("settled 2 bets", "the Odds API answered 401");
        assertNoSecretIn(everything());
    }

    /** The embedded test server trusts local connections, so a real database accepts the made-up password. */
    private static Map<String, String> env(String dbUrl, String dbUser) {
        Map<String, String> env = new HashMap<>();
        env.put("MONPS_DB_URL", dbUrl);
        env.put("MONPS_DB_USER", dbUser);
        env.put("MONPS_DB_PASSWORD", DB_PASSWORD);
        env.put("ODDS_API_KEY", API_KEY);
        env.put("MONPS_AGENT_TOKEN", AGENT_TOKEN);
        return env;
    }

    private String everything() {
        StringBuilder all = new StringBuilder(cliOutput.toString())
                .append(systemOut.toString(StandardCharsets.UTF_8))
                .append(systemErr.toString(StandardCharsets.UTF_8));
        for (ILoggingEvent event : logs.list) {
            all.append(event.getLoggerName()).append(' ').append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                all.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        return all.toString();
    }

    private static void assertNoSecretIn(String output) {
        for (String secret : SECRETS) {
            assertThat(output).as("captured output and logs").doesNotContain(secret);
        }
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
