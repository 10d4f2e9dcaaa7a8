package com.monps.agent.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.agent.AgentContexts;
import com.monps.core.db.Database;
import com.monps.core.history.FootballDataImporter;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ModelFromDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void fitsALeagueOfTheDatabaseLikeTheFile() throws Exception {
        Path file = SmallLeague.write(folder);
        try (Database db = TestDatabase.fresh()) {
            new FootballDataImporter(db).importFile(file);

            JsonNode fromDb = run(new CommandLine(new ModelFitCommand(() -> AgentContexts.on(db))), "--league", "soccer_epl", "--json");
            JsonNode fromFile = run(new CommandLine(new ModelFitCommand()), "--csv", file.toString(), "--json");

            assertThat(fromDb.get("matches").asInt()).isEqualTo(12);
            // the database returns the matches in another order: sums may differ in the last bits
            assertThat(fromDb.get("log_likelihood").asDouble()).isCloseTo(fromFile.get("log_likelihood").asDouble(), within(1e-9));
            assertThat(fromDb.get("rho").asDouble()).isCloseTo(fromFile.get("rho").asDouble(), within(1e-9));
        }
    }

    @Test
    void aLeagueTheDatabaseDoesNotHoldIsAnErrorNamingIt() {
        try (Database db = TestDatabase.fresh()) {
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new ModelFitCommand(() -> AgentContexts.on(db)));
            cli.setErr(new PrintWriter(err));
            cli.setExecutionExceptionHandler((e, command, parsed) -> {
                command.getErr().println(e.getMessage());
                return 1;
            });

            assertThat(cli.execute("--league", "soccer_fd_x9")).isEqualTo(1);
            assertThat(err.toString()).contains("soccer_fd_x9");
        }
    }

    private static JsonNode run(CommandLine cli, String... args) throws Exception {
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).isZero();
        return new ObjectMapper().readTree(out.toString());
    }
}
