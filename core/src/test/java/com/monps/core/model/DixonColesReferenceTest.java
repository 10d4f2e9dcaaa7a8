package com.monps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.core.history.FootballDataFile;
import com.monps.core.history.ParsedFile;
import com.monps.core.testing.HistoryFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every shared season against the independent maximum-likelihood fit of {@code ../shared/reference/dixon-coles.json}
 * (scipy L-BFGS-B with tight tolerances; skipped when ../shared is absent): the likelihood within 0.005, the home
 * advantage and ρ within 0.002, and the fixtures' λs and probabilities within 0.002.
 */
class DixonColesReferenceTest {

    static final Path REFERENCE = HistoryFiles.SHARED_SEASONS.resolve("../../reference/dixon-coles.json").normalize();

    @TestFactory
    List<DynamicTest> reachesTheReferenceMaximumOnEverySharedSeason() throws IOException {
        assumeTrue(Files.isRegularFile(REFERENCE), "shared reference absent");
        JsonNode fits = new ObjectMapper().readTree(REFERENCE.toFile()).get("fits");
        assertThat(fits).hasSize(HistoryFiles.sharedSeasons().size());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode reference : fits) {
            String file = reference.get("file").asText();
            tests.add(DynamicTest.dynamicTest(file, () -> checkSeason(reference, HistoryFiles.SHARED_SEASONS.resolve(file))));
        }
        return tests;
    }

    private static void checkSeason(JsonNode reference, Path file) {
        ParsedFile parsed = FootballDataFile.read(file);
        List<PlayedMatch> matches = PlayedMatch.fromHistory(parsed.matches());

        GoalModel model = DixonColes.fit(matches, FitOptions.DEFAULT.withXi(reference.get("xi").asDouble()));

        assertThat(model.report().converged()).isTrue();
        assertThat(model.matches()).isEqualTo(reference.get("matches").asInt());
        assertThat(model.referenceDate()).isEqualTo(LocalDate.parse(reference.get("reference_date").asText()));
        assertThat(model.logLikelihood()).isCloseTo(reference.get("log_likelihood").asDouble(), within(0.005));
        assertThat(model.homeAdvantage()).isCloseTo(reference.get("home_advantage").asDouble(), within(0.002));
        assertThat(model.rho()).isCloseTo(reference.get("rho").asDouble(), within(0.002));
        // penaltyblog stops short of the maximum on some seasons: ours is never below it
        assertThat(model.logLikelihood()).isGreaterThanOrEqualTo(reference.get("penaltyblog_1_9").get("log_likelihood").asDouble() - 1e-6);
        for (JsonNode fixture : reference.get("predictions")) {
            checkFixture(model, fixture);
        }
    }

    private static void checkFixture(GoalModel model, JsonNode expected) {
        ScoreGrid grid = model.predict(expected.get("home").asText(), expected.get("away").asText());
        assertThat(grid.lambdaHome()).isCloseTo(expected.get("lambda_home").asDouble(), within(0.002));
        assertThat(grid.lambdaAway()).isCloseTo(expected.get("lambda_away").asDouble(), within(0.002));
        assertThat(grid.homeWin()).isCloseTo(expected.get("p_home").asDouble(), within(0.002));
        assertThat(grid.draw()).isCloseTo(expected.get("p_draw").asDouble(), within(0.002));
        assertThat(grid.awayWin()).isCloseTo(expected.get("p_away").asDouble(), within(0.002));
        assertThat(grid.over(2.5).win()).isCloseTo(expected.get("p_over_2_5").asDouble(), within(0.002));
        assertThat(grid.bothTeamsToScore()).isCloseTo(expected.get("p_btts").asDouble(), within(0.002));
    }
}
