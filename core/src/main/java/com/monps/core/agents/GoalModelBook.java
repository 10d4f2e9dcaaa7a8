package com.monps.core.agents;

import com.monps.core.domain.Match;
import com.monps.core.model.DixonColes;
import com.monps.core.model.FitOptions;
import com.monps.core.model.GoalModel;
import com.monps.core.model.ModelFitException;
import com.monps.core.model.PlayedMatch;
import com.monps.core.model.ScoreGrid;
import com.monps.core.teams.TeamNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agent E: a time-weighted Dixon-Coles goal model per league (docs/goal-model.md), fitted on the matches stored that
 * were played before the scan's moment, so each scan refits on the results that have arrived since the last (a season
 * fits in about a millisecond). Its home, draw and away probabilities are a third source beside Pinnacle and the
 * consensus. A league with fewer than {@link #MINIMUM_MATCHES} played matches, or whose fit fails (a team that never
 * scored, say), gets no model, and the log says why.
 * <p>
 * Teams are fitted and looked up by their {@link TeamNames} key in the league, so history imported from football-data
 * ("Man United") and fixtures collected from The Odds API ("Manchester United") are one team, and a model fitted on
 * either prices both. A fixture with a team the league's model does not know gets no model price. Stored matches and
 * their ids are untouched: only the model's own team names are keys.
 */
public final class GoalModelBook {

    /** Below this, early-season ratings are noise (the walk-forward scorecard trains on the first weeks only). */
    public static final int MINIMUM_MATCHES = 30;

    private static final Logger log = LoggerFactory.getLogger(GoalModelBook.class);

    private final Map<String, GoalModel> byLeague;

    private GoalModelBook(Map<String, GoalModel> byLeague) {
        this.byLeague = Map.copyOf(byLeague);
    }

    /** Fits every league of {@code played} (league key: the matches' sport key) that has enough matches. */
    public static GoalModelBook fit(Map<String, List<PlayedMatch>> played) {
        Map<String, GoalModel> models = new HashMap<>();
        played.forEach((league, matches) -> {
            List<PlayedMatch> keyed = byTeamKey(league, matches);
            if (keyed.size() < MINIMUM_MATCHES) {
                return;
            }
            try {
                models.put(league, DixonColes.fit(keyed, FitOptions.DEFAULT));
            } catch (ModelFitException e) {
                log.warn("agent E has no model for {}: {}", league, e.getMessage());
            }
        });
        return new GoalModelBook(models);
    }

    /** The model's home, draw and away probabilities of {@code match}, when its league is fitted and knows both teams. */
    public Optional<double[]> probabilities(Match match) {
        return grid(match).map(grid -> new double[] {grid.homeWin(), grid.draw(), grid.awayWin()});
    }

    /**
     * The score grid of {@code match} (every market is priced from it), when its league is fitted and knows both teams
     * (by {@link TeamNames} key).
     */
    public Optional<ScoreGrid> grid(Match match) {
        GoalModel model = byLeague.get(match.sportKey());
        if (model == null) {
            return Optional.empty();
        }
        TeamNames names = TeamNames.forLeague(match.sportKey());
        String home = names.key(match.homeTeam());
        String away = names.key(match.awayTeam());
        if (!model.knows(home) || !model.knows(away) || home.equals(away)) {
            return Optional.empty();
        }
        try {
            return Optional.of(model.predict(home, away));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<PlayedMatch> byTeamKey(String league, List<PlayedMatch> matches) {
        TeamNames names = TeamNames.forLeague(league);
        List<PlayedMatch> keyed = new ArrayList<>(matches.size());
        for (PlayedMatch m : matches) {
            String home = names.key(m.homeTeam());
            String away = names.key(m.awayTeam());
            if (home.equals(away)) {
                log.warn("agent E leaves out {} v {} ({}): both names are the same club of {}", m.homeTeam(), m.awayTeam(),
                        m.date(), league);
                continue;
            }
            keyed.add(new PlayedMatch(m.date(), home, away, m.homeGoals(), m.awayGoals()));
        }
        return keyed;
    }

    public int leagues() {
        return byLeague.size();
    }
}
