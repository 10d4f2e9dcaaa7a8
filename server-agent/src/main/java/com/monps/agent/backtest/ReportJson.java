package com.monps.agent.backtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The one flat JSON object a backtest prints, written with jackson-core's streaming generator. Jackson's ObjectMapper
 * (databind) would load some 450 classes to write a dozen numbers, a tenth of a one-shot {@code backtest} command's
 * time; the output is the same (numbers as Java writes them, a BigDecimal with its scale, null as null).
 */
final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {
    }

    /** Values: String, Integer, Long, Double, BigDecimal, Boolean, null, or a collection of strings. */
    static String write(Map<String, Object> fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                json.writeFieldName(field.getKey());
                value(json, field.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backtest report: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case String s -> json.writeString(s);
            case BigDecimal d -> json.writeNumber(d);
            case Integer i -> json.writeNumber(i);
            case Long l -> json.writeNumber(l);
            case Double d -> json.writeNumber(d);
            case Boolean b -> json.writeBoolean(b);
            case Collection<?> items -> {
                json.writeStartArray();
                for (Object item : items) {
                    value(json, item);
                }
                json.writeEndArray();
            }
            default -> throw new IllegalArgumentException("a backtest report holds no " + value.getClass().getSimpleName());
        }
    }
}
