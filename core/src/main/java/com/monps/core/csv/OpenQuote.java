package com.monps.core.csv;

/**
 * Whether a record ends the text inside a quoted field. FastCSV returns such a field with the rest of the text in it
 * and no error, where the quote was most likely never meant to open a field (a stray quote in a hand-edited file).
 */
final class OpenQuote {

    private static final char QUOTE = '"';

    private OpenQuote() {
    }

    /** True when the record starting at {@code from} and running to the end of the text leaves a quote open. */
    static boolean atEnd(String text, int from) {
        boolean fieldStart = true;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == QUOTE) {
                    boolean escaped = i + 1 < text.length() && text.charAt(i + 1) == QUOTE;
                    quoted = escaped;
                    i += escaped ? 1 : 0;
                }
            } else {
                // as in RFC 4180 (and FastCSV), only a quote that starts a field opens one
                quoted = c == QUOTE && fieldStart;
                fieldStart = c == ',' || c == '\n' || c == '\r';
            }
        }
        return quoted;
    }
}
