package com.monps.agent.model;

import com.monps.core.model.GoalModel;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable output of the model commands. */
final class ModelText {

    private ModelText() {
    }

    static String fit(GoalModel model) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d matches to %s (xi %.4f/day): home advantage %.4f, rho %.4f, log-likelihood %.4f%n"
                        + "converged in %d Newton iterations, %.1f ms%s%n%-24s %8s %8s%n",
                model.matches(), model.referenceDate(), model.xi(), model.homeAdvantage(), model.rho(),
                model.logLikelihood(), model.report().iterations(), model.report().millis(),
                model.report().rhoOnEdge() ? "; rho on the edge of its range (too few matches to fit it freely)" : "",
                "team", "attack", "defence"));
        for (String team : model.teams()) {
            text.append(String.format(Locale.ROOT, "%-24s %8.4f %8.4f%n", team, model.attack(team), model.defence(team)));
        }
        return text.toString().stripTrailing();
    }

    static String predictions(List<Map<String, Object>> predictions) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-36s %6s %6s %6s %6s %6s %6s %6s%n",
                "fixture", "xG h", "xG a", "home", "draw", "away", "o2.5", "btts"));
        for (Map<String, Object> p : predictions) {
            text.append(String.format(Locale.ROOT, "%-36s %6.2f %6.2f %6.3f %6.3f %6.3f %6.3f %6.3f%n",
                    p.get("home") + " v " + p.get("away"), p.get("lambda_home"), p.get("lambda_away"), p.get("p_home"),
                    p.get("p_draw"), p.get("p_away"), p.get("p_over_2_5"), p.get("p_btts")));
        }
        return text.toString().stripTrailing();
    }
}
