package com.monps.agent.api;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class HealthTest {

    @Test
    void answers503WhenTheDatabaseIsUnreachable() {
        try (ApiHarness api = new ApiHarness()) {
            api.database.close();

            HttpResponse<String> response = api.getWithoutToken("/health");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("{\"status\":\"unavailable\",\"reason\":\"database unreachable\"}");
        }
    }
}
