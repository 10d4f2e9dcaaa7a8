package com.monps.core.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The lines of a comma-separated file as lists of fields. Accepts a UTF-8 byte-order mark, CRLF or LF line endings, and
 * Windows-1252 text (older football-data.co.uk files) when the bytes are not valid UTF-8. Fields may be double-quoted.
 */
final class CsvText {

    private static final char REPLACEMENT = '\uFFFD';

    private CsvText() {
    }

    static List<String> lines(Path file) throws IOException {
        String text = decode(Files.readAllBytes(file));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().toList();
    }

    static List<String> fields(String line) {
        if (line.indexOf('"') < 0) {
            return new UnquotedFields(line);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * The fields of a line without quotes, cut out only when read: a football-data row has over 100 columns, of which
     * Mon_PS reads about 40.
     */
    private static final class UnquotedFields extends AbstractList<String> implements RandomAccess {

        private final String line;
        /** Position of each field's terminating comma, the line's length for the last field. */
        private final int[] ends;

        UnquotedFields(String line) {
            this.line = line;
            int[] found = new int[16];
            int count = 0;
            for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', comma + 1)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = comma;
            }
            ends = Arrays.copyOf(found, count + 1);
            ends[count] = line.length();
        }

        @Override
        public String get(int index) {
            Objects.checkIndex(index, ends.length);
            return line.substring(index == 0 ? 0 : ends[index - 1] + 1, ends[index]);
        }

        @Override
        public int size() {
            return ends.length;
        }
    }

    private static String decode(byte[] bytes) {
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
