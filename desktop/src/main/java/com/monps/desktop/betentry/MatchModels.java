package com.monps.desktop.betentry;

import com.monps.core.agents.GoalModelBook;
import com.monps.core.agents.MarketReader;
import com.monps.core.domain.Match;
import com.monps.core.model.ScoreGrid;
import com.monps.desktop.fx.TaskRunner;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Agent E's goal model for the bet dialog: the match's league fitted on the matches stored that were played before
 * now, as the scan fits it ({@link GoalModelBook}), in the background. A league of one season fits in about a
 * millisecond; reading the scores is the larger part.
 */
public final class MatchModels implements BetDialogController.Models {

    private static final Logger log = LoggerFactory.getLogger(MatchModels.class);

    private final MarketReader reader;
    private final TaskRunner runner;
    private final Clock clock;

    public MatchModels(DSLContext dsl, TaskRunner runner, Clock clock) {
        this.reader = new MarketReader(dsl);
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public void gridOf(Match match, Consumer<Optional<ScoreGrid>> done) {
        runner.run(() -> {
            var played = reader.scoresBefore(clock.instant()).getOrDefault(match.sportKey(), List.of());
            return GoalModelBook.fit(Map.of(match.sportKey(), played)).grid(match);
        }, done, failure -> {
            log.warn("no goal model price for {}: {}", match.label(), failure.getMessage());
            done.accept(Optional.empty());
        });
    }
}
