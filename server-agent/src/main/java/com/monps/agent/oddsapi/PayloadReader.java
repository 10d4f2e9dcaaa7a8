package com.monps.agent.oddsapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.core.json.JsonMappers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a JSON array answer element by element, so that a failure names the event that could not be read. Any failure
 * rejects the whole payload: the caller stores nothing from it.
 * <p>
 * Timestamps are read in both formats the API offers: ISO-8601 text and Unix seconds.
 */
final class PayloadReader {

    private static final Logger log = LoggerFactory.getLogger(PayloadReader.class);

    private final ObjectMapper json = JsonMappers.tolerant();

    /** Each element of the array {@code body} as a {@code type}, checked by {@code check} (which throws on a bad one). */
    <T> List<T> list(String what, String body, Class<T> type, Consumer<T> check) {
        JsonNode root = tree(what, body);
        if (!root.isArray()) {
            throw malformed(what + ": expected a JSON array, got " + root.getNodeType().name().toLowerCase(), null);
        }
        List<T> items = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode element = root.get(i);
            try {
                T item = json.treeToValue(element, type);
                check.accept(item);
                items.add(item);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                String event = "element " + (i + 1) + " (event id " + element.path("id").asText("unknown") + ")";
                log.error("{}: {} could not be read, payload rejected: {}", what, event, firstLine(e.getMessage()));
                throw malformed(what + ": " + event + " could not be read: " + firstLine(e.getMessage()), e);
            }
        }
        return items;
    }

    /** The API's error body ({@code message}, {@code error_code}), or empty strings when the body is not one. */
    ErrorBody error(String body) {
        try {
            JsonNode node = json.readTree(body);
            return new ErrorBody(node.path("message").asText(""), node.path("error_code").asText(""));
        } catch (JsonProcessingException | RuntimeException e) {
            return new ErrorBody("", "");
        }
    }

    private JsonNode tree(String what, String body) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw malformed(what + ": empty body", null);
            }
            return root;
        } catch (JsonProcessingException e) {
            log.error("{}: not valid JSON, payload rejected: {}", what, firstLine(e.getOriginalMessage()));
            throw malformed(what + ": not valid JSON (" + firstLine(e.getOriginalMessage()) + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
    }

    private static OddsApiException malformed(String message, Throwable cause) {
        return new OddsApiException(FailureKind.MALFORMED, 200, null, "The Odds API sent a malformed answer: " + message, cause);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    record ErrorBody(String message, String errorCode) {
    }
}
