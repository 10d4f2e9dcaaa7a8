package com.monps.core.repo;

import com.monps.core.db.Database;
import com.monps.core.domain.Match;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.OpportunityBoard.Entry;
import com.monps.core.repo.OpportunityBoard.Ranking;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpportunityBoardTest {

    private static final Instant NOW = Instant.parse("2024-08-16T12:00:00Z");

    private Database db;
    private OpportunityBoard board;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        board = new OpportunityBoard(db.dsl());
        new MatchRepository(db.dsl()).upsert(List.of(
                Match.upcoming("past", "soccer_epl", "EPL", NOW.minusSeconds(3600), "Arsenal", "Chelsea"),
                Match.upcoming("next", "soccer_epl", "EPL", NOW.plusSeconds(3600), "Fulham", "Brentford")));
        new OpportunityRepository(db.dsl()).upsert(List.of(
                opportunity("past", "0.09", null), opportunity("next", "0.04", "80"), opportunity("next", "0.06", null)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void ranksByEdgeWithTheMatchAttached() {
        var top = board.top(Ranking.EDGE, 10, null);

        assertThat(top).extracting(e -> e.opportunity().edgeValue().toPlainString()).containsExactly("0.090000", "0.060000", "0.040000");
        assertThat(top.get(0).match().homeTeam()).isEqualTo("Arsenal");
    }

    @Test
    void keepsOnlyMatchesStartingAfterTheGivenTime() {
        assertThat(board.top(Ranking.EDGE, 10, NOW)).extracting(e -> e.match().id()).containsOnly("next");
    }

    @Test
    void alertsTakeUpcomingOpportunitiesAtLeastAsGoodOnEdgeAndPatronScore() {
        assertThat(board.atLeast(new BigDecimal("0.04"), new BigDecimal("50"), NOW, 10)).extracting(Entry::opportunity)
                .extracting(o -> o.edgeValue().toPlainString()).containsExactly("0.040000");
        assertThat(board.atLeast(new BigDecimal("0.05"), BigDecimal.ZERO, NOW, 10)).extracting(Entry::opportunity)
                .extracting(o -> o.edgeValue().toPlainString()).containsExactly("0.060000");
    }

    @Test
    void patronRankingKeepsScoredOpportunitiesOnly() {
        assertThat(board.top(Ranking.PATRON_SCORE, 10, null)).extracting(Entry::opportunity)
                .extracting(Opportunity::patronScore).containsExactly(new BigDecimal("80.00"));
    }

    @Test
    void latestRankingPutsTheNewestDetectionFirst() {
        db.dsl().execute("UPDATE opportunities SET detected_at = detected_at + interval '1 hour' WHERE edge_value = 0.04");

        assertThat(board.top(Ranking.LATEST, 1, null)).extracting(e -> e.opportunity().edgeValue().toPlainString())
                .containsExactly("0.040000");
    }

    private static Opportunity opportunity(String matchId, String edge, String patron) {
        String bookmaker = "book" + edge;
        return new Opportunity(null, matchId, Outcome.HOME, bookmaker, new BigDecimal("2.10"), new BigDecimal(edge),
                new BigDecimal("0.5"), "value", new BigDecimal("0.5"), null, patron == null ? null : new BigDecimal(patron),
                null, null, NOW);
    }
}
