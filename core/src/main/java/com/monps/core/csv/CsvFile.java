package com.monps.core.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated files through FastCSV (RFC 4180: double-quoted fields may hold separators, quotes and line
 * breaks). Reading accepts a UTF-8 byte-order mark, CRLF or LF line endings, and Windows-1252 text (older
 * football-data.co.uk files, sheets saved by Excel) when the bytes are not valid UTF-8. Writing is UTF-8 with LF line
 * ends, quoting only the fields that need it.
 */
public final class CsvFile {

    private static final char REPLACEMENT = '\uFFFD';
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /**
     * Blank lines are kept as records so that every record knows its line (callers skip them with
     * {@link CsvRow#isBlank()}); rows may be shorter or longer than the header (callers check the fields they need).
     */
    private static final CsvReader.CsvReaderBuilder READ = CsvReader.builder()
            .skipEmptyLines(false).allowMissingFields(true).allowExtraFields(true);
    private static final CsvWriter.CsvWriterBuilder WRITE = CsvWriter.builder().lineDelimiter(LineDelimiter.LF);

    private CsvFile() {
    }

    /**
     * Every record of the file, header included, each with the line it starts on. A record that cannot be read is kept
     * as a {@linkplain CsvRow#isBroken() broken} row and reading resumes on the line after its first: one stray quote
     * costs one row, not the rest of the file.
     *
     * @throws IOException if the file cannot be read
     */
    public static List<CsvRow> read(Path file) throws IOException {
        String text = decode(Files.readAllBytes(file));
        List<CsvRow> rows = new ArrayList<>();
        int offset = 0;
        int firstLine = 1;
        while (offset < text.length()) {
            int brokenLine = readFrom(text, offset, firstLine, rows);
            if (brokenLine < 0) {
                break;
            }
            offset = LineBreaks.offsetOfLine(text, offset, brokenLine + 1 - firstLine);
            firstLine = brokenLine + 1;
        }
        return rows;
    }

    /** Reads the records from {@code offset} (line {@code firstLine}); the line of a broken record, or -1 at the end. */
    private static int readFrom(String text, int offset, int firstLine, List<CsvRow> rows) throws IOException {
        StringReader reader = new StringReader(text);
        reader.skip(offset);
        RowCollector collector = new RowCollector(firstLine);
        try (CsvReader<CsvRow> parser = READ.build(collector, reader)) {
            parser.forEach(rows::add);
        } catch (CsvParseException malformed) {
            rows.add(CsvRow.broken(collector.currentLine(), reason(malformed)));
            return collector.currentLine();
        }
        if (collector.lastFieldQuoted() && OpenQuote.atEnd(text, lastRecordStart(text, offset, firstLine, rows))) {
            CsvRow open = rows.removeLast();
            rows.add(CsvRow.broken(open.line(), "a quote (\") opens a field that is never closed"));
            return open.line();
        }
        return -1;
    }

    private static int lastRecordStart(String text, int offset, int firstLine, List<CsvRow> rows) {
        return LineBreaks.offsetOfLine(text, offset, rows.getLast().line() - firstLine);
    }

    private static String reason(CsvParseException malformed) {
        Throwable root = malformed;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return message.startsWith("Unexpected character after closing quote")
                ? "text follows the closing quote (\") of a field"
                : "unreadable CSV: " + message;
    }

    /** Writes the header then the rows, replacing the file. */
    public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CsvWriter csv = WRITE.build(out)) {
            csv.writeRecord(header);
            rows.forEach(csv::writeRecord);
        }
    }

    private static String decode(byte[] bytes) {
        String text = utf8OrWindows1252(bytes);
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static String utf8OrWindows1252(byte[] bytes) {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        // the lenient decoder replaces malformed bytes with U+FFFD: without one, the strict decoder below would agree
        if (lenient.indexOf(REPLACEMENT) < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
