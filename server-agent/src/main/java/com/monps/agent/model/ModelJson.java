package com.monps.agent.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.core.model.GoalModel;
import com.monps.core.model.ScoreGrid;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON the model commands print: full double precision, fields in the documented order. */
final class ModelJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelJson() {
    }

    static Map<String, Object> fit(GoalModel model) {
        Map<String, Object> teams = new LinkedHashMap<>();
        for (String team : model.teams()) {
            teams.put(team, Map.of("attack", model.attack(team), "defence", model.defence(team)));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("matches", model.matches());
        json.put("reference_date", model.referenceDate().toString());
        json.put("xi", model.xi());
        json.put("teams", teams);
        json.put("home_advantage", model.homeAdvantage());
        json.put("rho", model.rho());
        json.put("log_likelihood", model.logLikelihood());
        json.put("converged", model.report().converged());
        json.put("iterations", model.report().iterations());
        json.put("millis", model.report().millis());
        json.put("rho_on_edge", model.report().rhoOnEdge());
        return json;
    }

    static Map<String, Object> prediction(String home, String away, ScoreGrid grid) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("home", home);
        json.put("away", away);
        json.put("lambda_home", grid.lambdaHome());
        json.put("lambda_away", grid.lambdaAway());
        json.put("p_home", grid.homeWin());
        json.put("p_draw", grid.draw());
        json.put("p_away", grid.awayWin());
        json.put("p_over_2_5", grid.over(2.5).win());
        json.put("p_btts", grid.bothTeamsToScore());
        return json;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the model's JSON: " + e.getMessage(), e);
        }
    }
}
