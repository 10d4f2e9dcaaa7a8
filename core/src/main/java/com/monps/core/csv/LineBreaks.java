package com.monps.core.csv;

/** Line positions in a text, counting line ends as the CSV parser does: LF, CRLF, or a lone CR. */
final class LineBreaks {

    private LineBreaks() {
    }

    /** The offset where the line {@code lines} lines after the one starting at {@code from} starts (the text's length past its end). */
    static int offsetOfLine(String text, int from, int lines) {
        int offset = from;
        for (int passed = 0; passed < lines && offset < text.length(); offset++) {
            char c = text.charAt(offset);
            if (c == '\n' || c == '\r' && (offset + 1 == text.length() || text.charAt(offset + 1) != '\n')) {
                passed++;
            }
        }
        return offset;
    }
}
