package com.monps.agent.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.agent.AgentMain;
import com.monps.core.testing.HistoryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ModelEvaluateCommandTest {

    @TempDir
    Path folder;

    @Test
    void scoresTheMatchesAfterTheTrainingWeeksAgainstPinnaclesLines() throws Exception {
        JsonNode card = json("model", "evaluate", "--csv", SmallLeague.write(folder).toString(), "--train-weeks", "6", "--json");

        // Weeks 6-11 are scored, one fit before each: results A, D, A, H, A, H.
        assertThat(card.get("matches_scored").asInt()).isEqualTo(6);
        assertThat(card.get("fits").asInt()).isEqualTo(6);
        JsonNode close = source(card.get("forecasts"), "pinnacle_close");
        // Pinnacle closes at 2.10/3.50/3.80 every match: book 1.0250627, fair p = π / book.
        double book = 1 / 2.1 + 1 / 3.5 + 1 / 3.8;
        double home = 1 / 2.1 / book;
        double draw = 1 / 3.5 / book;
        double away = 1 / 3.8 / book;
        assertThat(close.get("matches").asInt()).isEqualTo(6);
        assertThat(close.get("log_loss").asDouble())
                .isCloseTo(-(2 * Math.log(home) + Math.log(draw) + 3 * Math.log(away)) / 6, within(1e-12));
        double rpsHome = (sq(home - 1) + sq(home + draw - 1)) / 2;
        double rpsDraw = (sq(home) + sq(home + draw - 1)) / 2;
        double rpsAway = (sq(home) + sq(home + draw)) / 2;
        assertThat(close.get("rps").asDouble()).isCloseTo((2 * rpsHome + rpsDraw + 3 * rpsAway) / 6, within(1e-12));
        double brierHome = sq(home - 1) + sq(draw) + sq(away);
        double brierDraw = sq(home) + sq(draw - 1) + sq(away);
        double brierAway = sq(home) + sq(draw) + sq(away - 1);
        assertThat(close.get("brier").asDouble()).isCloseTo((2 * brierHome + brierDraw + 3 * brierAway) / 6, within(1e-12));
        // The de-vig comparison holds all seven methods on the same six matches; multiplicative's is the close above.
        assertThat(card.get("devig_sample").asInt()).isEqualTo(6);
        assertThat(card.get("devig_pinnacle_close")).hasSize(7);
        assertThat(source(card.get("devig_pinnacle_close"), "multiplicative").get("log_loss").asDouble())
                .isEqualTo(close.get("log_loss").asDouble());
        int calibrated = 0;
        for (JsonNode bin : card.get("calibration")) {
            calibrated += bin.get("count").asInt();
        }
        assertThat(calibrated).isEqualTo(18);
        assertThat(card.get("forecasts")).hasSize(6);
    }

    @Test
    void valueBetsAreSettledAtBet365sOpeningPriceWithClvAgainstPinnaclesClose() throws Exception {
        JsonNode card = json("model", "evaluate", "--csv", SmallLeague.write(folder).toString(), "--train-weeks", "6",
                "--edge", "0.0", "--json");

        JsonNode bets = card.get("value_bets");
        int count = bets.get("bets").asInt();
        assertThat(count).isPositive();
        // Every bet is at 2.20, 3.40 or 3.60, so the no-vig CLV of each is price × fair close − 1 with those prices.
        double book = 1 / 2.1 + 1 / 3.5 + 1 / 3.8;
        double[] clvs = {2.2 / 2.1 / book - 1, 3.4 / 3.5 / book - 1, 3.6 / 3.8 / book - 1};
        assertThat(bets.get("avg_clv_pct").asDouble() / 100).isBetween(min(clvs), max(clvs));
        assertThat(bets.get("roi_pct").asDouble()).isCloseTo(100 * bets.get("profit").asDouble() / count, within(1e-9));
    }

    @Test
    void theSharedSeasonsScorecard() throws Exception {
        List<Path> seasons = HistoryFiles.sharedSeasons();
        assumeTrue(!seasons.isEmpty(), "shared seasons absent");
        List<String> args = new ArrayList<>(List.of("model", "evaluate", "--json"));
        seasons.forEach(s -> {
            args.add("--csv");
            args.add(s.toString());
        });

        JsonNode card = json(args.toArray(String[]::new));

        assertThat(card.get("seasons").asInt()).isEqualTo(11);
        assertThat(card.get("matches_scored").asInt()).isBetween(3000, 4000);
        double model = source(card.get("forecasts"), "model").get("rps").asDouble();
        double open = source(card.get("forecasts"), "pinnacle_open").get("rps").asDouble();
        double close = source(card.get("forecasts"), "pinnacle_close").get("rps").asDouble();
        // The close knows more than the opening line; a goals-only model knows less than either.
        assertThat(close).isLessThan(open);
        assertThat(model).isGreaterThan(close).isLessThan(0.25);
        assertThat(card.get("best_devig_by_log_loss").asText()).isNotBlank();
    }

    private static JsonNode source(JsonNode list, String name) {
        for (JsonNode item : list) {
            if (item.get("source").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no source " + name + " in " + list);
    }

    private static double sq(double x) {
        return x * x;
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElseThrow();
    }

    private static JsonNode json(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AgentMain.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }
}
