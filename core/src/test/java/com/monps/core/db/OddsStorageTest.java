package com.monps.core.db;

import com.monps.core.domain.Match;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.core.testing.Compression;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compression and retention policies that {@code migrate} and the daemon set from MONPS_COMPRESS_AFTER / MONPS_RETENTION_MONTHS. */
@Tag("engine") // also run on each TimescaleDB version by CI (profile "timescaledb")
class OddsStorageTest {

    private final Database db = TestDatabase.fresh();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void compressionIsOnByDefaultAndFollowsTheSetting() {
        Compression.assumeHypertable(db);

        assertThat(OddsStorage.defaults().apply(db.dsl())).isEqualTo("storage: odds_h2h and odds_lines chunks compress after 21 days, kept forever");
        assertThat(db.engine().describe()).endsWith(", odds_h2h hypertable, compression after 21 days");
        long job = job("policy_compression");
        assertThat(OddsStorage.defaults().apply(db.dsl())).contains("compress after 21 days");
        assertThat(job("policy_compression")).as("an unchanged setting keeps the job").isEqualTo(job);

        new OddsStorage(Duration.ofDays(14), 0).apply(db.dsl());

        assertThat(db.engine().compressAfter()).hasValue("14 days");
        assertThat(jobs("policy_compression")).isEqualTo(1);
    }

    @Test
    void retentionDropsOldChunksAndKeepsOddsLatestMatchesAndBets() {
        Compression.assumeHypertable(db);
        Instant old = Instant.parse("2020-01-11T15:00:00Z");
        new MatchRepository(db.dsl()).upsert(List.of(Match.upcoming("old", "soccer_epl", "EPL", old, "Arsenal", "Wolves")));
        new OddsRepository(db.dsl()).append(List.of(
                new OddsSnapshot("old", "pinnacle", new BigDecimal("1.90"), new BigDecimal("3.50"), new BigDecimal("4.10"),
                        old.minus(Duration.ofDays(2)), null),
                new OddsSnapshot("old", "pinnacle", new BigDecimal("1.85"), new BigDecimal("3.60"), new BigDecimal("4.30"),
                        old.minusSeconds(60), null),
                new OddsSnapshot("recent", "pinnacle", new BigDecimal("2.00"), new BigDecimal("3.40"), new BigDecimal("3.80"),
                        Instant.now().minus(Duration.ofDays(1)), null)));
        new BetRepository(db.dsl()).insert(NewBet.of("old", "Arsenal", "Wolves", "soccer_epl", "EPL", old, Outcome.HOME,
                new BigDecimal("1.95"), new BigDecimal("10.00"), "pinnacle"));

        assertThat(new OddsStorage(Duration.ofDays(7), 6).apply(db.dsl())).endsWith(", dropped after 6 months");
        db.dsl().execute("CALL run_job(" + job("policy_retention") + ")"); // what the scheduler does daily

        assertThat(count("SELECT count(*) FROM odds_h2h")).as("only the recent price is left").isEqualTo(1);
        assertThat(db.dsl().fetchOne("SELECT home_odds::text FROM odds_latest WHERE match_id = 'old'").get(0, String.class))
                .as("the closing line outlives its raw prices").isEqualTo("1.850");
        assertThat(count("SELECT count(*) FROM matches")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM bets")).isEqualTo(1);

        OddsStorage.defaults().apply(db.dsl());
        assertThat(jobs("policy_retention")).as("retention off again").isZero();
    }

    @Test
    void onPlainPostgresqlNothingCompressesAndRetentionIsNotApplied() {
        org.junit.jupiter.api.Assumptions.assumeFalse(db.engine().hypertable(), "TimescaleDB here: covered above");

        assertThat(new OddsStorage(Duration.ofDays(7), 6).apply(db.dsl())).isEqualTo("storage: plain PostgreSQL, no "
                + "compression; MONPS_RETENTION_MONTHS=6 not applied (needs TimescaleDB): every price is kept");
    }

    @Test
    void refusesAnAgeThatIsNotPositiveAndANegativeRetention() {
        assertThatThrownBy(() -> new OddsStorage(Duration.ZERO, 0)).hasMessageContaining("MONPS_COMPRESS_AFTER");
        assertThatThrownBy(() -> new OddsStorage(Duration.ofDays(7), -1)).hasMessageContaining("MONPS_RETENTION_MONTHS");
    }

    private long job(String proc) {
        return count("SELECT job_id FROM timescaledb_information.jobs WHERE proc_name = '" + proc + "' AND hypertable_name = 'odds_h2h'");
    }

    private long jobs(String proc) {
        return count("SELECT count(*) FROM timescaledb_information.jobs WHERE proc_name = '" + proc + "' AND hypertable_name = 'odds_h2h'");
    }

    private long count(String sql) {
        return db.dsl().fetchOne(sql).get(0, Long.class);
    }
}
