package com.monps.core.db;

import com.monps.core.db.Channels;
import com.monps.core.db.Database;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChangeFeedTest {

    @Test
    void aBurstOfChangesIsDeliveredOnce() throws Exception {
        try (Database db = TestDatabase.fresh()) {
            AtomicInteger deliveries = new AtomicInteger();
            AtomicBoolean connected = new AtomicBoolean();
            try (ChangeFeed feed = new ChangeFeed(db::openDedicatedConnection, Channels.ALL, Runnable::run,
                    Duration.ofMillis(300), Duration.ofSeconds(5))) {
                feed.subscribe(Channels.BETS, deliveries::incrementAndGet);
                feed.onConnectionChange(connected::set);
                feed.start();
                await().atMost(Duration.ofSeconds(10)).untilTrue(connected);

                BetRepository bets = new BetRepository(db.dsl());
                db.dsl().transaction(cfg -> {
                    BetRepository inTransaction = new BetRepository(cfg.dsl());
                    for (int i = 0; i < 30; i++) {
                        inTransaction.insert(Fixtures.bet("m" + i, Outcome.HOME, "2.00", "5"));
                    }
                });
                for (int i = 0; i < 10; i++) {
                    bets.insert(Fixtures.bet("n" + i, Outcome.AWAY, "3.00", "5"));
                }

                await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.get() >= 1);
                await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> deliveries.get() == 1);
            }
        }
    }

    @Test
    void onlySubscribersOfTheChangedChannelAreCalledAndUnsubscribingStopsDelivery() throws Exception {
        try (Database db = TestDatabase.fresh()) {
            AtomicInteger bets = new AtomicInteger();
            AtomicInteger odds = new AtomicInteger();
            AtomicBoolean connected = new AtomicBoolean();
            try (ChangeFeed feed = new ChangeFeed(db::openDedicatedConnection, Channels.ALL, Runnable::run,
                    Duration.ofMillis(50), Duration.ofMillis(500))) {
                AutoCloseable subscription = feed.subscribe(Channels.BETS, bets::incrementAndGet);
                feed.subscribe(Channels.ODDS, odds::incrementAndGet);
                feed.onConnectionChange(connected::set);
                feed.start();
                await().atMost(Duration.ofSeconds(10)).untilTrue(connected);

                new BetRepository(db.dsl()).insert(Fixtures.bet("m1", Outcome.HOME, "2.00", "5"));
                await().atMost(Duration.ofSeconds(10)).until(() -> bets.get() == 1);
                subscription.close();
                new BetRepository(db.dsl()).insert(Fixtures.bet("m2", Outcome.HOME, "2.00", "5"));

                await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> bets.get() == 1);
                assertThat(odds.get()).isZero();
            }
        }
    }
}
