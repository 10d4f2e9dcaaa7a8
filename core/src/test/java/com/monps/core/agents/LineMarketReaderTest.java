package com.monps.core.agents;

import com.monps.core.db.Database;
import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.repo.LineOddsRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What agent C learns lines from: the closing snapshots of the matches played before the scan's moment. */
class LineMarketReaderTest {

    private static final Instant PLAYED = Instant.parse("2024-08-10T14:00:00Z");
    private static final Instant LATER = Instant.parse("2024-08-24T14:00:00Z");

    private final Database db = TestDatabase.fresh();

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void learnsFromTheMeanClosingPricesOfTheMatchesPlayedBeforeTheMoment() {
        new MatchRepository(db.dsl()).upsert(List.of(played("p1", PLAYED, 2, 1), played("p2", LATER, 0, 0)));
        Instant opening = PLAYED.minus(Duration.ofDays(3));
        Instant closing = PLAYED.minusSeconds(60);
        new LineOddsRepository(db.dsl()).merge(List.of(
                line("p1", "pinnacle", Market.TOTALS, "2.5", "2.00", "1.90", opening),
                line("p1", "pinnacle", Market.TOTALS, "2.5", "1.90", "2.00", closing),
                line("p1", "bet365", Market.TOTALS, "2.5", "1.80", "2.00", closing),
                // bet365 quoted 2.75 at the opening only: not a closing line
                line("p1", "bet365", Market.TOTALS, "2.75", "2.10", "1.70", opening),
                line("p1", "pinnacle", Market.SPREADS, "-0.25", "1.95", "1.95", closing),
                // after kick-off: never a closing price
                line("p1", "pinnacle", Market.SPREADS, "-0.5", "1.50", "2.60", PLAYED.plusSeconds(600)),
                line("p2", "pinnacle", Market.TOTALS, "2.5", "1.90", "2.00", LATER.minusSeconds(60))));

        List<LinePatternSample> samples = new LineMarketReader(db.dsl()).playedBefore(Instant.parse("2024-08-15T12:00:00Z"));

        assertThat(samples).extracting(LinePatternSample::market, LinePatternSample::point, LinePatternSample::overHome,
                        LinePatternSample::underAway, LinePatternSample::homeGoals, LinePatternSample::awayGoals)
                .containsExactly(
                        tuple(Market.SPREADS, new BigDecimal("-0.25"), 1.95, 1.95, 2, 1),
                        tuple(Market.TOTALS, new BigDecimal("2.50"), 1.85, 2.00, 2, 1));
    }

    private static Match played(String id, Instant kickOff, int home, int away) {
        return new Match(id, "soccer_epl", "EPL", kickOff, "Arsenal", "Wolves", true, false, home, away, kickOff.plusSeconds(7200));
    }

    private static LinePrice line(String match, String bookmaker, Market market, String point, String first, String second, Instant at) {
        return new LinePrice(match, bookmaker, market, new BigDecimal(point), new BigDecimal(first), new BigDecimal(second), at, at);
    }
}
