package com.monps.core.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The project's JSON rules, in one place: snake_case names (as the database columns and the original API), ISO-8601
 * instants, exact decimals, enums as their lower-case codes (home, pending, manual), and a cap on the length of a
 * number. Each call returns a new mapper, configured once, that its owner keeps (mappers are thread-safe once built).
 */
public final class JsonMappers {

    private static final int MAX_NUMBER_LENGTH = 100;

    private JsonMappers() {
    }

    /**
     * For input Mon_PS defines (the control API's requests) and for everything Mon_PS writes: an unknown field is
     * refused, and a value of the wrong JSON type is refused, never converted ("10" is not a stake, 1.5 not a score).
     */
    public static ObjectMapper strict() {
        ObjectMapper mapper = base()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, textual -> textual
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
        return limitNumbers(mapper);
    }

    /**
     * For a third party's payloads (The Odds API, the agent's answers read by the desktop): the fields Mon_PS does not
     * model are ignored, since the sender adds fields without notice, but a missing primitive is an error, not a zero.
     */
    public static ObjectMapper tolerant() {
        ObjectMapper mapper = base()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        return limitNumbers(mapper);
    }

    private static JsonMapper.Builder base() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static ObjectMapper limitNumbers(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build());
        return mapper;
    }
}
