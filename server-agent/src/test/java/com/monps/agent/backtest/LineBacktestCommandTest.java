package com.monps.agent.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.monps.agent.AgentContexts;
import com.monps.agent.AgentMain;
import com.monps.core.db.Database;
import com.monps.core.history.FootballDataImporter;
import com.monps.core.testing.TestDatabase;
import com.monps.core.testing.HistoryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backtest --market totals|spreads} on three matches whose every figure is worked out by hand below. */
class LineBacktestCommandTest {

    private static final String HEADER = "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,B365>2.5,B365<2.5,P>2.5,P<2.5,"
            + "AHh,B365AHH,B365AHA,PAHH,PAHA,PC>2.5,PC<2.5,AHCh,PCAHH,PCAHA";
    // totals: fair over = (1/2.00) / (1/2.00 + 1/1.90) = 0.487179, over 2.25 x 0.487179 - 1 = +9.6 %: backed, 1-1 loses 1;
    //         CLV (2.25 / 2.10 - 1) x 100 = 7.143
    // spreads: fair 0.5, home -0.25 at 2.10 is +5 %: backed, 1-1: half on 0 pushes, half on -0.5 loses 0.50;
    //         closing line still -0.25 at 2.00: CLV +5.000
    private static final String ARSENAL = "E0,10/08/2019,15:00,Arsenal,Wolves,1,1,D,2.25,1.70,2.00,1.90,"
            + "-0.25,2.10,1.80,1.95,1.95,2.10,1.80,-0.25,2.00,1.90";
    // totals: no side above 3 % (over -3.1 %, under -7.7 %)
    // spreads: fair away = (1/2.00) / (1/1.90 + 1/2.00) = 0.487179, away -0.75 at 2.20 is +7.2 %: backed, 0-1: half on
    //         -0.5 wins 0.5 x 1.20 = 0.60, half on -1 pushes; the line closed at 0.5: line moved, no CLV
    private static final String CHELSEA = "E0,17/08/2019,15:00,Chelsea,Spurs,0,1,A,1.80,2.00,1.80,2.10,"
            + "0.75,1.85,2.20,1.90,2.00,1.85,2.05,0.5,1.95,1.95";
    // totals: under 2.10 x 0.5 - 1 = +5 %: backed, 0-0 wins 1.10; Pinnacle's closing under is blank: no CLV
    // spreads: home 0 at 2.08 is +4 %: backed, 0-0 pushes both halves: void; CLV (2.08 / 2.08 - 1) x 100 = 0
    private static final String LEEDS = "E0,24/08/2019,15:00,Leeds,Hull,0,0,D,1.80,2.10,1.95,1.95,"
            + "0,2.08,1.80,1.95,1.95,1.90,,0,2.08,1.80";

    @TempDir
    Path folder;

    @Test
    void totalsAt2Point5() throws Exception {
        JsonNode json = run("totals");

        assertThat(json.get("market").asText()).isEqualTo("totals");
        assertCounts(json, 2, 1, 0, 0, 0, 1);
        assertThat(json.get("staked").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(json.get("profit").decimalValue()).isEqualByComparingTo("0.10");
        assertThat(json.get("roi_pct").decimalValue()).isEqualByComparingTo("5.000");
        assertThat(json.get("avg_clv_pct").decimalValue()).isEqualByComparingTo("7.143");
        assertThat(json.get("clv_bets").asInt()).isEqualTo(1);
        assertThat(json.get("line_moved").asInt()).isZero();
    }

    @Test
    void spreadsAtTheOpeningHandicapWithCLVOnlyWhereTheLineDidNotMove() throws Exception {
        JsonNode json = run("spreads");

        assertCounts(json, 3, 0, 1, 1, 1, 0);
        assertThat(json.get("staked").decimalValue()).isEqualByComparingTo("3.00");
        // -0.50 + 0.60 + 0
        assertThat(json.get("profit").decimalValue()).isEqualByComparingTo("0.10");
        assertThat(json.get("roi_pct").decimalValue()).isEqualByComparingTo("3.333");
        assertThat(json.get("avg_clv_pct").decimalValue()).isEqualByComparingTo("2.500");
        assertThat(json.get("clv_bets").asInt()).isEqualTo(2);
        assertThat(json.get("line_moved").asInt()).isEqualTo(1);
    }

    @Test
    void refusesWhatALineBacktestDoesNotDo() {
        StringWriter err = new StringWriter();
        CommandLine cli = AgentMain.commandLine();
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("backtest", "--csv", "x.csv", "--market", "spreads", "--staking", "kelly")).isEqualTo(2);
        assertThat(cli.execute("backtest", "--csv", "x.csv", "--market", "corners")).isEqualTo(2);
        assertThat(err.toString()).contains("--market spreads backtests value-vs-pinnacle, one unit flat (no --equity)")
                .contains("--market: unknown market 'corners'");
    }

    @Test
    void replaysTheLinePricesTheDatabaseHoldsLikeTheFile() throws Exception {
        Path file = HistoryFiles.write(folder, "E0.csv", List.of(HEADER, ARSENAL, CHELSEA, LEEDS));
        try (Database db = TestDatabase.fresh()) {
            new FootballDataImporter(db).importFile(file);

            JsonNode spreads = runOnDatabase(db, "spreads");
            JsonNode totals = runOnDatabase(db, "totals");

            assertThat(spreads).isEqualTo(withoutSource(run("spreads")));
            // the database's closing price is the last one stored at or before kick-off: for Leeds, whose closing total
            // the file leaves blank, Pinnacle's opening under 1.95: (2.10 / 1.95 - 1) x 100 = 7.692, so the average
            // CLV is (7.143 + 7.692) / 2 over 2 bets; everything else as from the file
            assertThat(totals.get("clv_bets").asInt()).isEqualTo(2);
            assertThat(totals.get("avg_clv_pct").decimalValue()).isEqualByComparingTo("7.418");
            ObjectNode fromFile = withoutSource(run("totals"));
            fromFile.put("clv_bets", 2).put("avg_clv_pct", 7.418);
            assertThat(totals).isEqualTo(fromFile);
        }
    }

    private static ObjectNode runOnDatabase(Database db, String market) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BacktestCommand(() -> AgentContexts.on(db)));
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--db", "--market", market, "--json")).isZero();
        return withoutSource(new ObjectMapper().readTree(out.toString()));
    }

    private static ObjectNode withoutSource(JsonNode json) {
        ObjectNode copy = ((ObjectNode) json).deepCopy();
        copy.remove("source");
        return copy;
    }

    private JsonNode run(String market) throws Exception {
        Path file = HistoryFiles.write(folder, "E0.csv", List.of(HEADER, ARSENAL, CHELSEA, LEEDS));
        StringWriter out = new StringWriter();
        CommandLine cli = AgentMain.commandLine();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("backtest", "--csv", file.toString(), "--market", market, "--json")).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private static void assertCounts(JsonNode json, int bets, int won, int halfWon, int voided, int halfLost, int lost) {
        assertThat(List.of(json.get("bets").asInt(), json.get("won").asInt(), json.get("half_won").asInt(),
                json.get("void").asInt(), json.get("half_lost").asInt(), json.get("lost").asInt()))
                .containsExactly(bets, won, halfWon, voided, halfLost, lost);
    }
}
