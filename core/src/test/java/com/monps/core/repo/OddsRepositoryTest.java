package com.monps.core.repo;

import com.monps.core.db.Database;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class OddsRepositoryTest {

    private static final Instant T0 = Instant.parse("2024-08-16T12:00:00Z");

    private Database db;
    private OddsRepository odds;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        odds = new OddsRepository(db.dsl());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void lastPriceAtOrBeforeATimeIgnoresLaterPrices() {
        odds.append(List.of(
                price("m1", "pinnacle", "2.00", T0),
                price("m1", "pinnacle", "2.10", T0.plusSeconds(3600)),
                price("m1", "pinnacle", "1.50", T0.plusSeconds(7200)),
                price("m1", "bet365", "2.40", T0.plusSeconds(3600))));

        assertThat(odds.lastAtOrBefore("m1", "pinnacle", T0.plusSeconds(3600)))
                .get().extracting(OddsSnapshot::home).isEqualTo(new BigDecimal("2.100"));
        assertThat(odds.lastAtOrBefore("m1", "pinnacle", T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void twoWaySportsStoreNoDrawPrice() {
        odds.append(List.of(new OddsSnapshot("nfl1", "draftkings", new BigDecimal("1.65"), null, new BigDecimal("2.30"), T0, T0)));

        assertThat(odds.history("nfl1")).singleElement().satisfies(s -> {
            assertThat(s.draw()).isNull();
            assertThat(s.hasDraw()).isFalse();
            assertThat(s.bookmakerLastUpdate()).isEqualTo(T0);
        });
    }

    @Test
    void mergingTheSameBatchTwiceAddsItsRowsOnce() {
        List<OddsSnapshot> batch = List.of(price("m1", "pinnacle", "2.00", T0), price("m1", "bet365", "2.05", T0));

        assertThat(odds.merge(batch)).isEqualTo(2);
        assertThat(odds.merge(batch)).isZero();
        assertThat(odds.count()).isEqualTo(2);
    }

    @Test
    void mergingABatchPartlyStoredAddsOnlyItsNewRows() {
        odds.merge(List.of(price("m1", "pinnacle", "2.00", T0)));

        int added = odds.merge(List.of(price("m1", "bet365", "2.05", T0), price("m1", "pinnacle", "2.00", T0),
                price("m1", "pinnacle", "2.10", T0.plusSeconds(60))));

        assertThat(added).isEqualTo(2);
        assertThat(odds.history("m1")).extracting(OddsSnapshot::bookmaker, OddsSnapshot::home).containsExactly(
                tuple("bet365", new BigDecimal("2.050")), tuple("pinnacle", new BigDecimal("2.000")),
                tuple("pinnacle", new BigDecimal("2.100")));
    }

    @Test
    void mergingABatchThatRepeatsARowStoresItOnce() {
        List<OddsSnapshot> batch = List.of(price("m1", "pinnacle", "2.00", T0), price("m1", "pinnacle", "2.00", T0));

        assertThat(odds.merge(batch)).isEqualTo(1);
        assertThat(odds.count()).isEqualTo(1);
    }

    @Test
    void aBatchWithADuplicateRowStoresNothing() {
        odds.append(List.of(price("m1", "pinnacle", "2.00", T0)));

        assertThatThrownBy(() -> odds.append(List.of(price("m2", "pinnacle", "3.00", T0), price("m1", "pinnacle", "2.00", T0))))
                .hasMessageContaining("nothing stored");
        assertThat(odds.count()).isEqualTo(1);
    }

    static OddsSnapshot price(String match, String bookmaker, String home, Instant at) {
        return new OddsSnapshot(match, bookmaker, new BigDecimal(home), new BigDecimal("3.40"), new BigDecimal("3.90"), at, null);
    }
}
