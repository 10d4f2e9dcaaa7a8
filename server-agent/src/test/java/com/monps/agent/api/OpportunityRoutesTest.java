package com.monps.agent.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.core.domain.Market;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OpportunityRepository;
import com.monps.core.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpportunityRoutesTest {

    private final ApiHarness api = new ApiHarness();
    private final ObjectMapper mapper = new ObjectMapper();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void answersEmptyListsBeforeAnyScan() {
        assertThat(api.get("/opportunities/brute").body()).isEqualTo("[]");
        assertThat(api.get("/opportunities/patron-scores").body()).isEqualTo("[]");
    }

    @Test
    void listsTheBestEdgesAndTheBestPatronScores() throws Exception {
        new MatchRepository(api.database.dsl()).upsert(List.of(Fixtures.match("m1")));
        new OpportunityRepository(api.database.dsl()).upsert(List.of(
                opportunity(Outcome.HOME, "0.031", null),
                opportunity(Outcome.DRAW, "0.084", "55.00"),
                opportunity(Outcome.AWAY, "0.012", "81.50")));

        JsonNode brute = mapper.readTree(api.get("/opportunities/brute").body());
        JsonNode patron = mapper.readTree(api.get("/opportunities/patron-scores").body());
        JsonNode top = mapper.readTree(api.get("/opportunities/brute?limit=1").body());

        assertThat(brute).extracting(o -> o.get("outcome").asText()).containsExactly("draw", "home", "away");
        assertThat(brute.get(0).get("edge_value").decimalValue()).isEqualByComparingTo("0.084");
        assertThat(patron).extracting(o -> o.get("patron_score").asDouble()).containsExactly(81.5, 55.0);
        assertThat(top).hasSize(1);
    }

    @Test
    void aLineOpportunityNamesItsMarketAndPoint() throws Exception {
        new MatchRepository(api.database.dsl()).upsert(List.of(Fixtures.match("m1")));
        new OpportunityRepository(api.database.dsl()).upsert(List.of(new Opportunity(null, "m1", Market.SPREADS,
                new BigDecimal("-0.25"), Outcome.HOME, "bet365", new BigDecimal("2.04"), new BigDecimal("0.040"),
                new BigDecimal("0.700"), "value", new BigDecimal("0.51"), null, null, null, null,
                Instant.parse("2024-08-15T12:00:00Z"))));

        JsonNode line = mapper.readTree(api.get("/opportunities/brute").body()).get(0);

        assertThat(line.get("market").asText()).isEqualTo("spreads");
        assertThat(line.get("point").decimalValue()).isEqualByComparingTo("-0.25");
        assertThat(line.get("outcome").asText()).isEqualTo("home");
    }

    @Test
    void refusesALimitOutOfRange() {
        HttpResponse<String> response = api.get("/opportunities/patron-scores?limit=-5");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"limit must be a whole number between 1 and 1000 (got '-5')\",\"code\":\"invalid_parameter\",\"field\":\"limit\"}");
    }

    private static Opportunity opportunity(Outcome outcome, String edge, String patronScore) {
        return new Opportunity(null, "m1", outcome, "pinnacle", new BigDecimal("2.50"), new BigDecimal(edge),
                new BigDecimal("0.700"), "value", new BigDecimal("0.43"), null,
                patronScore == null ? null : new BigDecimal(patronScore), null, null, Instant.parse("2024-08-15T12:00:00Z"));
    }
}
