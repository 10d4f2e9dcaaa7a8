package com.monps.core.history;

import com.monps.core.testing.HistoryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FootballDataFileTest {

    private static final String HEADER = "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,B365H,B365D,B365A,PSH,PSD,PSA,PSCH,PSCD,PSCA";
    private static final String ROW = "SP1,17/08/2019,18:00,Malaga,Celta,1,3,A,2.4,3.2,3.1,2.45,3.3,3.2,2.5,3.25,3.1";

    @TempDir
    Path folder;

    @Test
    void readsWindows1252TextWhenTheBytesAreNotUtf8() throws IOException {
        Path file = folder.resolve("old.csv");
        Files.write(file, (HEADER + "\n" + ROW.replace("Malaga", "Málaga") + "\n").getBytes(Charset.forName("windows-1252")));

        assertThat(FootballDataFile.read(file).matches()).extracting(HistoricalMatch::homeTeam).containsExactly("Málaga");
    }

    @Test
    void readsUtf8TextEvenWhenItHoldsAReplacementCharacter() {
        Path file = HistoryFiles.write(folder, "new.csv", List.of(HEADER, ROW.replace("Malaga", "Málaga"),
                ROW.replace("Malaga", "M\uFFFDlaga")));

        assertThat(FootballDataFile.read(file).matches()).extracting(HistoricalMatch::homeTeam)
                .containsExactly("Málaga", "M\uFFFDlaga");
    }

    @Test
    void readsQuotedFieldsAndRowsThatStopBeforeTheClosingPrices() {
        Path file = HistoryFiles.write(folder, "quoted.csv", List.of(HEADER,
                ROW.replace("Malaga", "\"Malaga, \"\"CF\"\"\""),
                "SP1,18/08/2019,,Betis,Valladolid,1,2,A,2.1,3.4,3.6"), false, true);

        ParsedFile parsed = FootballDataFile.read(file);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.matches()).extracting(HistoricalMatch::homeTeam).containsExactly("Malaga, \"CF\"", "Betis");
        HistoricalMatch betis = parsed.matches().get(1);
        assertThat(betis.opening()).containsOnlyKeys(Bookmaker.BET365);
        assertThat(betis.opening().get(Bookmaker.BET365).away()).isEqualByComparingTo(new BigDecimal("3.6"));
        assertThat(betis.closing()).isEmpty();
    }

    @Test
    void reportsTheSameBadDateOnEveryRowThatHasIt() {
        Path file = HistoryFiles.write(folder, "dates.csv", List.of(HEADER, ROW.replace("17/08/2019", "30/02/2019"), ROW,
                ROW.replace("17/08/2019", "30/02/2019").replace("Celta", "Eibar")));

        ParsedFile parsed = FootballDataFile.read(file);

        assertThat(parsed.problems()).extracting(RowProblem::line).containsExactly(2, 4);
        assertThat(parsed.problems()).extracting(RowProblem::reason).containsOnly("Date '30/02/2019' is not dd/mm/yy or dd/mm/yyyy");
        assertThat(parsed.matches()).extracting(HistoricalMatch::id).containsExactly("fd:SP1:2019-08-17:Malaga:Celta");
    }
}
