package com.monps.agent.settle;

import com.monps.agent.oddsapi.ScoreEvent;

import java.util.Optional;
import java.util.regex.Pattern;

/** The final score of a completed event, read from the API's score strings matched to the teams by name. */
record FinalScore(int home, int away) {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,4}");

    /**
     * The score of {@code event} when it is completed and reports one; empty otherwise.
     *
     * @throws IllegalArgumentException naming the event when a score is not a whole number or a team's score is missing
     */
    static Optional<FinalScore> of(ScoreEvent event) {
        if (!event.completed() || event.scores() == null) {
            return Optional.empty();
        }
        return Optional.of(new FinalScore(goals(event, event.homeTeam()), goals(event, event.awayTeam())));
    }

    private static int goals(ScoreEvent event, String team) {
        String score = event.scores().stream().filter(s -> team.equals(s.name())).findFirst()
                .map(ScoreEvent.TeamScore::score)
                .orElseThrow(() -> new IllegalArgumentException(describe(event) + ": no score for " + team));
        if (score == null || !WHOLE_NUMBER.matcher(score.trim()).matches()) {
            throw new IllegalArgumentException(describe(event) + ": score '" + score + "' for " + team + " is not a whole number");
        }
        return Integer.parseInt(score.trim());
    }

    private static String describe(ScoreEvent event) {
        return "event " + event.id() + " (" + event.homeTeam() + " v " + event.awayTeam() + ")";
    }
}
