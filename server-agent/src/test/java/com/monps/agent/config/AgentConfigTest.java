package com.monps.agent.config;

import com.monps.core.domain.Market;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentConfigTest {

    @Test
    void defaultsMatchTheDocumentedValues() {
        AgentConfig config = AgentConfig.from(Map.of());

        assertThat(config.oddsApiUrl()).isEqualTo("https://api.the-odds-api.com");
        assertThat(config.regions()).isEqualTo("eu");
        assertThat(config.creditBudget()).isEqualTo(500);
        assertThat(config.bind().getPort()).isEqualTo(8001);
        assertThat(config.bind().getHostString()).isEqualTo("127.0.0.1");
        assertThat(config.settleDelay()).isEqualTo(Duration.ofHours(3));
        assertThat(config.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(config.startingBankroll()).isEqualByComparingTo("1000");
        assertThat(config.markets()).containsExactly(Market.H2H);
    }

    @Test
    void marketsAreReadFromMonpsMarketsAndAnUnknownOneIsRefused() {
        assertThat(AgentConfig.from(Map.of("MONPS_MARKETS", "h2h, totals,spreads,totals")).markets())
                .containsExactly(Market.H2H, Market.TOTALS, Market.SPREADS);
        assertThatThrownBy(() -> AgentConfig.from(Map.of("MONPS_MARKETS", "h2h,corners")))
                .hasMessage("MONPS_MARKETS: unknown market 'corners': expected h2h, totals or spreads");
    }

    @Test
    void listsAndNumbersAreReadFromTheEnvironment() {
        AgentConfig config = AgentConfig.from(Map.of(
                "MONPS_SPORTS", "soccer_epl, soccer_france_ligue_one",
                "MONPS_BOOKMAKERS", "pinnacle,bet365",
                "MONPS_CREDIT_BUDGET", "20000",
                "MONPS_BANKROLL", "2500.50"));

        assertThat(config.sports()).containsExactly("soccer_epl", "soccer_france_ligue_one");
        assertThat(config.bookmakers()).containsExactly("pinnacle", "bet365");
        assertThat(config.creditBudget()).isEqualTo(20000);
        assertThat(config.startingBankroll()).isEqualByComparingTo("2500.50");
    }

    @Test
    void aMalformedValueIsRefusedWithTheVariableNamed() {
        assertThatThrownBy(() -> AgentConfig.from(Map.of("MONPS_BANKROLL", "lots")))
                .hasMessage("MONPS_BANKROLL must be a number such as 1000 or 250.50 (got 'lots')");
        assertThatThrownBy(() -> AgentConfig.from(Map.of("MONPS_SETTLE_DELAY", "3 hours")))
                .hasMessageContaining("MONPS_SETTLE_DELAY must be an ISO-8601 duration");
        assertThatThrownBy(() -> AgentConfig.from(Map.of("MONPS_CREDIT_BUDGET", "-1")))
                .hasMessageContaining("MONPS_CREDIT_BUDGET must be 0 or more");
    }

    @Test
    void secretsNeverAppearInTheTextForm() {
        AgentConfig config = AgentConfig.from(Map.of("ODDS_API_KEY", "k-123456", "MONPS_DB_PASSWORD", "pw-987",
                "MONPS_AGENT_TOKEN", "tok-555"));

        assertThat(config.toString()).doesNotContain("k-123456", "pw-987", "tok-555");
    }
}
