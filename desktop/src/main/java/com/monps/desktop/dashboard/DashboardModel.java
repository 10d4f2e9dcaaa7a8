package com.monps.desktop.dashboard;

import com.monps.core.domain.BetStats;
import com.monps.core.repo.AgentHealthRepository;
import com.monps.core.repo.AnalyticsRepository;
import com.monps.core.repo.OpportunityBoard;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the dashboard shows, replaced whole at each load. */
public final class DashboardModel {

    /** The agent's last activity as the database records it. */
    public record Health(Optional<Instant> lastCollection, Optional<Integer> credits, Optional<AgentHealthRepository.Run> lastSettlement,
                         Optional<AgentHealthRepository.Run> lastClv) {
    }

    /** One load of the dashboard. */
    public record Snapshot(BetStats stats, List<AnalyticsRepository.Day> days, List<OpportunityBoard.Entry> latest, Health health) {
    }

    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();

    void set(Snapshot value) {
        snapshot.set(value);
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }
}
