package com.monps.agent.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * JSON of the control API: snake_case names (as the database columns and the original API), ISO-8601 instants, exact
 * decimals, enums as their lower-case codes (home, pending, manual). Reading turns every malformed or mistyped body into a 400 that names the field.
 */
final class Json {

    private static final int MAX_NUMBER_LENGTH = 100;

    private final ObjectMapper mapper;

    Json() {
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // a value of the wrong JSON type is refused, never converted: "10" is not a stake, 1.5 not a score
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, textual -> textual
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build());
    }

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
