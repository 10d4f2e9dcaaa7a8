package com.monps.core.repo;

import com.monps.core.db.Database;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Market;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.domain.SettledBy;
import com.monps.core.repo.AnalyticsRepository.Dimension;
import com.monps.core.repo.AnalyticsRepository.Group;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsRepositoryTest {

    private static final Instant DAY1 = Instant.parse("2024-08-10T12:00:00Z");
    private static final Instant DAY2 = Instant.parse("2024-08-11T12:00:00Z");

    private Database db;
    private BetRepository bets;
    private AnalyticsRepository analytics;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        bets = new BetRepository(db.dsl());
        analytics = new AnalyticsRepository(db.dsl());
        settled(bet("EPL", "pinnacle", "2.00", "10.00", DAY1), BetStatus.WON, "20.00", "10.00", DAY1);
        settled(bet("EPL", "bet365", "4.00", "10.00", DAY1), BetStatus.LOST, "0.00", "-10.00", DAY2);
        settled(bet("Ligue 1", "pinnacle", "1.40", "30.00", DAY2), BetStatus.LOST, "0.00", "-30.00", DAY2);
        bets.insert(bet("Ligue 1", "pinnacle", "3.10", "5.00", DAY2));
        db.dsl().execute("UPDATE bets SET clv_percent = CASE WHEN league = 'EPL' THEN 4 ELSE -2 END");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void groupsByLeagueWithRoiOverDecidedBetsAndAverageClv() {
        var groups = analytics.breakdown(Dimension.LEAGUE, null, null);

        assertThat(groups).extracting(Group::key).containsExactly("Ligue 1", "EPL");
        Group epl = groups.get(1);
        assertThat(epl.bets()).isEqualTo(2);
        assertThat(epl.profit()).isEqualByComparingTo("0.00");
        assertThat(epl.roi()).isEqualByComparingTo("0.00");
        assertThat(epl.hitRate()).isEqualByComparingTo("50.00");
        assertThat(epl.avgClv()).isEqualByComparingTo("4");
        Group ligue1 = groups.get(0);
        assertThat(ligue1.staked()).isEqualByComparingTo("35.00");
        assertThat(ligue1.roi()).isEqualByComparingTo("-100.00");
    }

    @Test
    void groupsByOddsBucketAndBookmaker() {
        assertThat(analytics.breakdown(Dimension.ODDS_BUCKET, null, null)).extracting(Group::key)
                .containsExactlyInAnyOrder("1.01–1.49", "2.00–2.99", "3.00–4.99");
        assertThat(analytics.breakdown(Dimension.BOOKMAKER, null, null)).extracting(Group::key)
                .containsExactly("pinnacle", "bet365");
    }

    @Test
    void thePeriodKeepsOnlyBetsPlacedInIt() {
        var groups = analytics.breakdown(Dimension.SPORT, DAY2, DAY2.plusSeconds(1));

        assertThat(groups).singleElement().satisfies(g -> assertThat(g.bets()).isEqualTo(2));
    }

    @Test
    void dailyProfitAccumulatesBySettlementDay() {
        var days = analytics.daily(null, null);

        assertThat(days).extracting(AnalyticsRepository.Day::day)
                .containsExactly(LocalDate.of(2024, 8, 10), LocalDate.of(2024, 8, 11));
        assertThat(days.get(0).cumulativeProfit()).isEqualByComparingTo("10.00");
        assertThat(days.get(1).profit()).isEqualByComparingTo("-40.00");
        assertThat(days.get(1).cumulativeProfit()).isEqualByComparingTo("-30.00");
    }

    @Test
    void hitRateIsComparedWithTheImpliedProbabilityPerBucket() {
        var buckets = analytics.hitRateByImpliedProbability(null, null);

        assertThat(buckets).extracting(b -> b.low().stripTrailingZeros().toPlainString()).containsExactly("0.2", "0.5", "0.7");
        assertThat(buckets.get(1).hitRate()).isEqualByComparingTo("1");
        assertThat(buckets.get(1).impliedProbability()).isEqualByComparingTo("0.5");
    }

    @Test
    void groupsByMarketWithHalfStatusesInTheRoiButNotInTheHitRate() {
        // spreads: home -0.25 at 1.95 half lost (-5.00), away +0.25 at 1.95 half won (+4.75), a whole-line win at 2.00 (+10.00)
        settled(bet("EPL", "pinnacle", "1.95", "10.00", DAY1).on(Market.SPREADS, new BigDecimal("-0.25")),
                BetStatus.HALF_LOST, "5.00", "-5.00", DAY1);
        settled(bet("EPL", "pinnacle", "1.95", "10.00", DAY1).on(Market.SPREADS, new BigDecimal("0.25")),
                BetStatus.HALF_WON, "14.75", "4.75", DAY1);
        settled(bet("EPL", "pinnacle", "2.00", "10.00", DAY1).on(Market.SPREADS, new BigDecimal("-1")),
                BetStatus.WON, "20.00", "10.00", DAY1);

        Group spreads = analytics.breakdown(Dimension.MARKET, null, null).stream()
                .filter(g -> g.key().equals("spreads")).findFirst().orElseThrow();

        assertThat(spreads.bets()).isEqualTo(3);
        assertThat(spreads.decided()).isEqualTo(1);
        assertThat(spreads.hitRate()).isEqualByComparingTo("100.00");
        // (-5.00 + 4.75 + 10.00) / 30.00
        assertThat(spreads.roi()).isEqualByComparingTo("32.50");
    }

    private NewBet bet(String league, String bookmaker, String odds, String stake, Instant placedAt) {
        return NewBet.of("m-" + league + odds, "Home FC", "Away FC", "soccer", league, placedAt.plusSeconds(3600),
                Outcome.HOME, new BigDecimal(odds), new BigDecimal(stake), bookmaker).placedAt(placedAt);
    }

    private void settled(NewBet bet, BetStatus status, String payout, String profit, Instant at) {
        long id = bets.insert(bet);
        bets.settle(id, new BetRepository.Settlement(status, Outcome.HOME, "1-0", new BigDecimal(payout), new BigDecimal(profit),
                SettledBy.MANUAL, at));
    }
}
