package com.monps.core.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFileTest {

    @TempDir
    Path folder;

    @Test
    void aQuotedLineBreakStaysInItsFieldAndLaterRecordsKeepTheirLineNumbers() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.csv"),
                "\uFEFFid,note\r\n1,\"two\r\nlines, \"\"quoted\"\"\"\r\n\r\n2,plain\r\n");

        List<CsvRow> rows = CsvFile.read(file);

        assertThat(rows).extracting(CsvRow::line).containsExactly(1, 2, 4, 5);
        assertThat(rows.get(0).fields()).containsExactly("id", "note");
        assertThat(rows.get(1).fields()).containsExactly("1", "two\r\nlines, \"quoted\"");
        assertThat(rows.get(2).isBlank()).isTrue();
        assertThat(rows.get(3).fields()).containsExactly("2", "plain");
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() throws IOException {
        Path file = Files.write(folder.resolve("old.csv"), "team\nMálaga\n".getBytes(Charset.forName("windows-1252")));

        assertThat(CsvFile.read(file)).last().extracting(CsvRow::fields).isEqualTo(List.of("Málaga"));
    }

    @Test
    void writtenFieldsReadBackUnchanged() throws IOException {
        Path file = folder.resolve("out.csv");
        List<String> awkward = List.of("a, b", "say \"hi\"", "line\nbreak", "Ελλάδα 北京", "");

        CsvFile.write(file, List.of("one", "two", "three", "four", "five"), List.of(awkward));

        assertThat(CsvFile.read(file)).extracting(CsvRow::fields).containsExactly(
                List.of("one", "two", "three", "four", "five"), awkward);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("one,two,three,four,five\n\"a, b\",");
    }

    @Test
    void aStrayQuoteCostsItsRowOnlyAndReadingResumesOnTheNextLine() throws IOException {
        // line 3's quote runs on to line 5's first quote, then "x" follows it: line 3 is refused, line 4 read again
        Path file = Files.writeString(folder.resolve("open.csv"),
                "id,note\r\n1,ok\r\n2,\"stray\r\n3,fine\r\n4,\"x\"y\r\n5,last\r\n6,\"never closed\r\n");

        List<CsvRow> rows = CsvFile.read(file);

        assertThat(rows).extracting(CsvRow::line).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(rows.get(2).problem()).isEqualTo("text follows the closing quote (\") of a field");
        assertThat(rows.get(3).fields()).containsExactly("3", "fine");
        assertThat(rows.get(4).problem()).isEqualTo("text follows the closing quote (\") of a field");
        assertThat(rows.get(5).fields()).containsExactly("5", "last");
        assertThat(rows.get(6).problem()).isEqualTo("a quote (\") opens a field that is never closed");
        assertThat(rows).filteredOn(CsvRow::isBroken).extracting(CsvRow::line).containsExactly(3, 5, 7);
    }

    @Test
    void aQuotedLastFieldIsReadWhenClosedAndRefusedWhenItsLastQuoteIsAnEscapedOne() throws IOException {
        Path closed = Files.writeString(folder.resolve("closed.csv"), "id,note\n1,\"ends \"\"here\"\"\"");
        Path open = Files.writeString(folder.resolve("open.csv"), "id,note\n1,\"ends \"\"here\"\"\n");

        assertThat(CsvFile.read(closed)).last().extracting(CsvRow::fields).isEqualTo(List.of("1", "ends \"here\""));
        assertThat(CsvFile.read(open)).last().extracting(CsvRow::line, CsvRow::problem)
                .containsExactly(2, "a quote (\") opens a field that is never closed");
    }
}
