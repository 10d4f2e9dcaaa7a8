package com.monps.agent.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.monps.core.json.JsonMappers;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * JSON of the control API, by the project's strict rules ({@link JsonMappers#strict()}). Reading turns every malformed or
 * mistyped body into a 400 that names the field.
 */
final class Json {

    private final ObjectMapper mapper = JsonMappers.strict();

    byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ApiException.badRequest("the request needs a JSON object body");
        }
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (IOException e) {
            throw ApiException.badRequest(reason(e));
        }
        if (value == null) {
            throw ApiException.badRequest("the request needs a JSON object body");
        }
        return value;
    }

    private static String reason(IOException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "invalid value for '" + field + "': " + firstLine(mapping.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException) {
            return "the request needs a JSON object body";
        }
        if (e instanceof JsonProcessingException processing) {
            return "malformed JSON: " + firstLine(processing.getOriginalMessage());
        }
        return "unreadable body: " + firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
