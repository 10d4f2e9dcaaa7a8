package com.monps.core.db;

import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NotifyTest {

    @Test
    void insertingABetNotifiesTheBetsChannel() throws Exception {
        try (Database db = TestDatabase.fresh(); Connection listener = db.openDedicatedConnection()) {
            try (Statement statement = listener.createStatement()) {
                statement.execute("LISTEN " + Channels.BETS);
            }

            new BetRepository(db.dsl()).insert(Fixtures.bet("m1", Outcome.HOME, "2.10", "10"));

            List<PGNotification> received = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 5_000;
            while (received.isEmpty() && System.currentTimeMillis() < deadline) {
                PGNotification[] batch = listener.unwrap(PGConnection.class).getNotifications(500);
                if (batch != null) {
                    received.addAll(List.of(batch));
                }
            }
            assertThat(received).singleElement().satisfies(n -> {
                assertThat(n.getName()).isEqualTo("monps_bets");
                assertThat(n.getParameter()).isEqualTo("{\"table\" : \"bets\", \"op\" : \"INSERT\"}");
            });
        }
    }
}
