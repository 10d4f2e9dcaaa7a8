package com.monps.agent.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.agent.AgentMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ModelCommandTest {

    @TempDir
    Path folder;

    @Test
    void fitPrintsTheRatingsAndHowItConverged() throws Exception {
        JsonNode fit = json(0, "model", "fit", "--csv", SmallLeague.write(folder).toString(), "--json");

        assertThat(fit.get("matches").asInt()).isEqualTo(12);
        assertThat(fit.get("converged").asBoolean()).isTrue();
        assertThat(fit.get("iterations").asInt()).isBetween(2, 20);
        assertThat(fit.get("millis").asDouble()).isPositive();
        assertThat(fit.get("teams").fieldNames()).toIterable().containsExactly("Ayr", "Bath", "Cork", "Derby");
        double attacks = 0;
        for (JsonNode team : fit.get("teams")) {
            attacks += team.get("attack").asDouble();
        }
        assertThat(attacks).isCloseTo(0, within(1e-9));
        // Ayr scored 12 and conceded 3 in its six games: the best attack and the best defence
        assertThat(fit.get("teams").get("Ayr").get("attack").asDouble()).isGreaterThan(fit.get("teams").get("Bath").get("attack").asDouble());
        assertThat(fit.get("log_likelihood").asDouble()).isNegative();
    }

    @Test
    void predictPricesEachFixtureFromTheFittedRatings() throws Exception {
        String csv = SmallLeague.write(folder).toString();
        JsonNode fit = json(0, "model", "fit", "--csv", csv, "--xi", "0.01", "--as-of", "2024-10-12", "--json");

        JsonNode predictions = json(0, "model", "predict", "--csv", csv, "--xi", "0.01", "--as-of", "2024-10-12",
                "--fixture", "Ayr:Bath", "--fixture", "Derby : Cork", "--json");

        assertThat(fit.get("matches").asInt()).isEqualTo(10);
        assertThat(predictions).hasSize(2);
        JsonNode first = predictions.get(0);
        assertThat(first.get("home").asText()).isEqualTo("Ayr");
        assertThat(first.get("away").asText()).isEqualTo("Bath");
        JsonNode teams = fit.get("teams");
        assertThat(first.get("lambda_home").asDouble()).isCloseTo(Math.exp(fit.get("home_advantage").asDouble()
                + teams.get("Ayr").get("attack").asDouble() + teams.get("Bath").get("defence").asDouble()), within(1e-12));
        assertThat(first.get("lambda_away").asDouble()).isCloseTo(Math.exp(
                teams.get("Bath").get("attack").asDouble() + teams.get("Ayr").get("defence").asDouble()), within(1e-12));
        assertThat(first.get("p_home").asDouble() + first.get("p_draw").asDouble() + first.get("p_away").asDouble())
                .isCloseTo(1, within(1e-12));
        assertThat(first.get("p_home").asDouble()).isGreaterThan(first.get("p_away").asDouble());
        assertThat(predictions.get(1).get("home").asText()).isEqualTo("Derby");
        assertThat(predictions.get(1).get("p_over_2_5").asDouble()).isBetween(0.0, 1.0);
        assertThat(predictions.get(1).get("p_btts").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void theTextSaysWhenRhoIsOnTheEdgeOfItsRange() {
        StringWriter out = new StringWriter();
        CommandLine cli = AgentMain.commandLine();
        cli.setOut(new PrintWriter(out));

        // Nine matches (before 5 Oct): too few to fit ρ freely.
        assertThat(cli.execute("model", "fit", "--csv", SmallLeague.write(folder).toString(), "--as-of", "2024-10-05")).isZero();

        assertThat(out.toString()).contains("9 matches to 2024-10-05").contains("rho on the edge of its range");
    }

    @Test
    void aFixtureWithoutAColonIsRefusedWithTheOption() {
        StringWriter err = new StringWriter();
        CommandLine cli = AgentMain.commandLine();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("model", "predict", "--csv", SmallLeague.write(folder).toString(), "--fixture", "Ayr v Bath");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--fixture").contains("Ayr v Bath");
    }

    @Test
    void anUnknownTeamIsAnErrorNamingIt() {
        StringWriter err = new StringWriter();
        CommandLine cli = AgentMain.commandLine();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("model", "predict", "--csv", SmallLeague.write(folder).toString(), "--fixture", "Ayr:Exeter");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("'Exeter'");
    }

    @Test
    void aFitWithoutAFiniteMaximumFailsWithTheReason() {
        StringWriter err = new StringWriter();
        CommandLine cli = AgentMain.commandLine();
        cli.setErr(new PrintWriter(err));

        // Before 17 Aug only Ayr 2-1 Bath and Cork 0-0 Derby were played: Cork and Derby never scored.
        int exit = cli.execute("model", "fit", "--csv", SmallLeague.write(folder).toString(), "--as-of", "2024-08-17");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("Cork never scored");
    }

    private JsonNode json(int expectedExit, String... args) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = AgentMain.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).isEqualTo(expectedExit);
        return new ObjectMapper().readTree(out.toString());
    }
}
