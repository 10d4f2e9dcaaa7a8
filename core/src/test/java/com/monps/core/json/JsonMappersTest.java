package com.monps.core.json;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.monps.core.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonMappersTest {

    record Stake(String matchId, BigDecimal stake, int goals, Instant placedAt, Outcome outcome) {
    }

    @Test
    void bothWriteSnakeCaseIsoInstantsExactDecimalsAndLowerCaseEnums() throws Exception {
        Stake stake = new Stake("m1", new BigDecimal("10.50"), 2, Instant.parse("2024-08-16T19:00:00Z"), Outcome.HOME);
        String expected = "{\"match_id\":\"m1\",\"stake\":10.50,\"goals\":2,\"placed_at\":\"2024-08-16T19:00:00Z\",\"outcome\":\"home\"}";

        assertThat(JsonMappers.strict().writeValueAsString(stake)).isEqualTo(expected);
        assertThat(JsonMappers.tolerant().writeValueAsString(stake)).isEqualTo(expected);
    }

    @Test
    void strictRefusesAnUnknownFieldAndAValueOfTheWrongType() {
        assertThatThrownBy(() -> JsonMappers.strict().readValue("{\"match_id\":\"m1\",\"colour\":\"red\"}", Stake.class))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> JsonMappers.strict().readValue("{\"match_id\":\"m1\",\"stake\":\"10\"}", Stake.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("stake");
        assertThatThrownBy(() -> JsonMappers.strict().readValue("{\"match_id\":\"m1\",\"goals\":1.5}", Stake.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("goals");
        assertThatThrownBy(() -> JsonMappers.strict().readValue("{\"match_id\":12}", Stake.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("match_id");
    }

    @Test
    void tolerantIgnoresAnUnknownFieldButNotAMissingPrimitive() throws Exception {
        Stake read = JsonMappers.tolerant().readValue("{\"match_id\":\"m1\",\"goals\":3,\"colour\":\"red\"}", Stake.class);

        assertThat(read.goals()).isEqualTo(3);
        assertThatThrownBy(() -> JsonMappers.tolerant().readValue("{\"match_id\":\"m1\",\"goals\":null}", Stake.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("goals");
    }

    @Test
    void aNumberLongerThanAHundredDigitsIsRefused() {
        String huge = "1".repeat(101);

        assertThatThrownBy(() -> JsonMappers.tolerant().readTree("{\"stake\":" + huge + "}"))
                .hasMessageContaining("Number value length");
    }
}
