package com.monps.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small football-data.co.uk files written by tests, in the format's variants (byte-order mark, CRLF). */
public final class HistoryFiles {

    /** Opening and closing prices of three bookmakers, plus the market columns (Max, Avg) that are not bookmakers. */
    public static final String HEADER = "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,"
            + "B365H,B365D,B365A,WHH,WHD,WHA,PSH,PSD,PSA,MaxH,MaxD,MaxA,AvgH,AvgD,AvgA,"
            + "B365CH,B365CD,B365CA,WHCH,WHCD,WHCA,PSCH,PSCD,PSCA";

    /** The folder of the real seasons, present on developer machines and CI; tests that need it skip without it. */
    public static final Path SHARED_SEASONS = Path.of("..", "..", "shared", "data", "football-data").toAbsolutePath().normalize();

    private HistoryFiles() {
    }

    public static Path write(Path folder, String name, List<String> lines, boolean byteOrderMark, boolean crlf) {
        String text = String.join(crlf ? "\r\n" : "\n", lines) + (crlf ? "\r\n" : "\n");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = body;
        if (byteOrderMark) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path folder, String name, List<String> lines) {
        return write(folder, name, lines, false, false);
    }

    /** The real season files of {@link #SHARED_SEASONS}, sorted by name; empty when the folder is absent. */
    public static List<Path> sharedSeasons() {
        if (!Files.isDirectory(SHARED_SEASONS)) {
            return List.of();
        }
        try (var files = Files.list(SHARED_SEASONS)) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
