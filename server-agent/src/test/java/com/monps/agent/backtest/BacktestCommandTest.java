package com.monps.agent.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.agent.AgentContexts;
import com.monps.agent.AgentMain;
import com.monps.core.db.Database;
import com.monps.core.history.FootballDataImporter;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BacktestCommandTest {

    // Pinnacle 2.00/3.60/4.00 (fair home 0.486486): Bet365's 2.15 home is +4.6 % EV. Won in the first match (+1.15),
    // lost in the second (−1); Pinnacle closed at 2.05 then 1.95: CLV +4.878 % and +10.256 %.
    private static final String WON = "E0,10/08/2019,15:00,Arsenal,Wolves,2,0,H,2.15,3.40,3.90,2.05,3.40,4.00,2.00,3.60,4.00,"
            + "2.15,3.60,4.20,2.05,3.45,3.95,2.10,3.40,3.90,2.00,3.50,4.00,2.05,3.60,4.00";
    private static final String LOST = "E0,17/08/2019,15:00,Chelsea,Spurs,1,1,D,2.15,3.40,3.90,2.05,3.40,4.00,2.00,3.60,4.00,"
            + "2.15,3.60,4.20,2.05,3.45,3.95,2.10,3.40,3.90,2.00,3.50,4.00,1.95,3.60,4.00";

    @TempDir
    Path folder;

    @Test
    void printsOneJsonObjectWithTheReport() throws Exception {
        Path file = HistoryFiles.write(folder, "E0.csv", List.of(HistoryFiles.HEADER, WON, LOST));
        StringWriter out = new StringWriter();
        CommandLine cli = AgentMain.commandLine();
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("backtest", "--csv", file.toString(), "--strategy", "value-vs-pinnacle", "--edge", "0.03",
                "--staking", "flat", "--json", "--equity", folder.resolve("equity.csv").toString());

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("bets").asInt()).isEqualTo(2);
        assertThat(json.get("wins").asInt()).isEqualTo(1);
        assertThat(json.get("staked").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(json.get("profit").decimalValue()).isEqualByComparingTo("0.15");
        assertThat(json.get("roi_pct").decimalValue()).isEqualByComparingTo("7.500");
        assertThat(json.get("avg_clv_pct").decimalValue()).isEqualByComparingTo("7.567");
        assertThat(json.get("max_drawdown").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(json.has("p_value")).isTrue();
        assertThat(Files.readAllLines(folder.resolve("equity.csv"))).containsExactly(
                "bet,kick_off,cumulative_profit", "1,2019-08-10T14:00:00Z,1.15", "2,2019-08-17T14:00:00Z,0.15");
    }

    @Test
    void replaysWhatTheDatabaseHoldsLikeTheFile() throws Exception {
        Path file = HistoryFiles.write(folder, "E0.csv", List.of(HistoryFiles.HEADER, WON, LOST));
        try (Database db = TestDatabase.fresh()) {
            new FootballDataImporter(db).importFile(file);
            StringWriter out = new StringWriter();
            CommandLine cli = new CommandLine(new BacktestCommand(() -> AgentContexts.on(db)));
            cli.setOut(new PrintWriter(out));

            assertThat(cli.execute("--db", "--json")).isZero();

            JsonNode json = new ObjectMapper().readTree(out.toString());
            assertThat(json.get("bets").asInt()).isEqualTo(2);
            assertThat(json.get("profit").decimalValue()).isEqualByComparingTo("0.15");
            assertThat(json.get("avg_clv_pct").decimalValue()).isEqualByComparingTo("7.567");
        }
    }

    @Test
    void refusesAnUnknownStakingWithTheReason() {
        StringWriter err = new StringWriter();
        CommandLine cli = AgentMain.commandLine();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("backtest", "--csv", "x.csv", "--staking", "martingale");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--staking must be flat or kelly, got 'martingale'");
    }
}
