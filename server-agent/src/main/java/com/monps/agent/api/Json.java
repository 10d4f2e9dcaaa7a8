package com.monps.agent.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.monps.core.api.ApiError;
import com.monps.core.api.ErrorCode;
import com.monps.core.api.FieldProblem;
import com.monps.core.json.JsonMappers;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * JSON of the control API, by the project's strict rules ({@link JsonMappers#strict()}). Reading turns every malformed or
 * mistyped body into a 400 with its code ({@code malformed_body}, {@code unknown_field}, {@code invalid_field}) that
 * names the field.
 */
final class Json {

    private static final String NOT_AN_OBJECT = "the request needs a JSON object body";

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
            throw malformed(NOT_AN_OBJECT);
        }
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (IOException e) {
            throw new ApiException(400, refusal(e));
        }
        if (value == null) {
            throw malformed(NOT_AN_OBJECT);
        }
        return value;
    }

    private static ApiError refusal(IOException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new ApiError("unknown field '" + unknown.getPropertyName() + "'", ErrorCode.UNKNOWN_FIELD, unknown.getPropertyName());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return ApiError.of(new FieldProblem(field, "invalid value for '" + field + "': " + firstLine(mapping.getOriginalMessage())));
        }
        if (e instanceof MismatchedInputException) {
            return ApiError.of(ErrorCode.MALFORMED_BODY, NOT_AN_OBJECT);
        }
        if (e instanceof JsonProcessingException processing) {
            return ApiError.of(ErrorCode.MALFORMED_BODY, "malformed JSON: " + firstLine(processing.getOriginalMessage()));
        }
        return ApiError.of(ErrorCode.MALFORMED_BODY, "unreadable body: " + firstLine(e.getMessage()));
    }

    private static ApiException malformed(String reason) {
        return new ApiException(400, ApiError.of(ErrorCode.MALFORMED_BODY, reason));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
