package com.monps.agent.simulation;

import com.monps.agent.simulation.SimulatedMonth.PlannedBet;
import com.monps.agent.simulation.SimulatedOddsApi.Call;
import com.monps.core.db.Database;
import com.monps.core.domain.Outcome;
import com.monps.core.history.Bookmaker;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.League;
import com.monps.core.history.Prices;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways the daemon once missed or overpaid a closing price, on a simulated day of three leagues: a bet placed
 * 20 minutes before kick-off, after the morning's rounds, must get its closing-price call (the plan follows the bet at
 * once, not at the next collection), and that call asks for the bet's league only.
 */
@Tag("engine") // also run on each TimescaleDB version by CI (profile timescaledb): the daemon as deployed
class LateBetClosingCallTest {

    private static final Instant MORNING = Instant.parse("2030-03-01T06:00:00Z");
    private static final Instant KICK_OFF = Instant.parse("2030-03-01T15:00:00Z");

    private final HistoricalMatch premierLeague = match("E0", KICK_OFF, "Arsenal", "Chelsea");
    private final List<HistoricalMatch> fixtures = List.of(premierLeague,
            match("D1", KICK_OFF.plus(Duration.ofDays(3)), "Bayern Munich", "Dortmund"),
            match("SP1", KICK_OFF.plus(Duration.ofDays(3)), "Barcelona", "Sevilla"));

    @Test
    void aBetTwentyMinutesBeforeKickOffGetsAClosingCallForItsLeagueAlone() {
        SimulatedClock clock = new SimulatedClock(MORNING);
        Instant betAt = KICK_OFF.minus(Duration.ofMinutes(20));
        try (Database db = TestDatabase.fresh(); SimulatedOddsApi api = new SimulatedOddsApi(clock, fixtures, 500)) {
            Map<String, String> env = SimulatedAgent.environment(db.config(), api.baseUrl(), 500, SimulatedMonth.SPORTS);
            try (SimulatedAgent agent = new SimulatedAgent(env, clock, "agent")) {
                PlannedBet bet = new PlannedBet(betAt, premierLeague, Outcome.HOME, new BigDecimal("2.10"), true);
                new SimulationLoop(clock, agent.context().database().dsl(), List.of(agent))
                        .runUntil(KICK_OFF, List.of(bet), now -> { });

                List<Call> afterBet = api.calls().stream().filter(c -> c.endpoint().equals("odds") && !c.at().isBefore(betAt)).toList();
                OffsetDateTime lastPrice = agent.context().database().dsl()
                        .fetchSingle("SELECT max(collected_at) FROM odds_h2h WHERE match_id = ?", SimulatedOddsApi.eventId(premierLeague))
                        .get(0, OffsetDateTime.class);

                assertThat(api.calls()).as("the morning's rounds").filteredOn(c -> c.at().isBefore(betAt)).isNotEmpty();
                assertThat(afterBet).as("odds calls after the bet")
                        .containsExactly(new Call(KICK_OFF.minus(Duration.ofMinutes(10)), "odds", "soccer_epl", 1));
                assertThat(lastPrice.toInstant()).isEqualTo(KICK_OFF.minus(Duration.ofMinutes(10)));
            }
        }
    }

    private static HistoricalMatch match(String division, Instant kickOff, String home, String away) {
        Map<Bookmaker, Prices> prices = Map.of(
                Bookmaker.BET365, new Prices(new BigDecimal("2.10"), new BigDecimal("3.40"), new BigDecimal("3.50")),
                Bookmaker.PINNACLE, new Prices(new BigDecimal("2.05"), new BigDecimal("3.50"), new BigDecimal("3.70")));
        return new HistoricalMatch("fd:" + division + ":" + kickOff + ":" + home, League.of(division), kickOff,
                kickOff.minus(Duration.ofDays(3)), home, away, null, null, null, prices, prices);
    }
}
