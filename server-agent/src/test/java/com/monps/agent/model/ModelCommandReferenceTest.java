package com.monps.agent.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.agent.AgentMain;
import com.monps.core.testing.HistoryFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code model fit} and {@code model predict} on every shared season against the independent maximum-likelihood fit of
 * {@code ../shared/reference/dixon-coles.json} (skipped when ../shared is absent).
 */
class ModelCommandReferenceTest {

    private static final Path REFERENCE = HistoryFiles.SHARED_SEASONS.resolve("../../reference/dixon-coles.json").normalize();
    private static final String[] PROBABILITIES = {"lambda_home", "lambda_away", "p_home", "p_draw", "p_away", "p_over_2_5", "p_btts"};

    @TestFactory
    List<DynamicTest> fitAndPredictReachTheReferenceMaximum() throws IOException {
        assumeTrue(Files.isRegularFile(REFERENCE), "shared reference absent");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode reference : new ObjectMapper().readTree(REFERENCE.toFile()).get("fits")) {
            String file = reference.get("file").asText();
            tests.add(DynamicTest.dynamicTest(file, () -> check(reference, HistoryFiles.SHARED_SEASONS.resolve(file).toString())));
        }
        return tests;
    }

    private static void check(JsonNode reference, String csv) throws IOException {
        JsonNode fit = run("model", "fit", "--csv", csv, "--xi", reference.get("xi").asText(), "--json");
        assertThat(fit.get("converged").asBoolean()).isTrue();
        assertThat(fit.get("matches").asInt()).isEqualTo(reference.get("matches").asInt());
        assertThat(fit.get("log_likelihood").asDouble()).isCloseTo(reference.get("log_likelihood").asDouble(), within(0.005));
        assertThat(fit.get("home_advantage").asDouble()).isCloseTo(reference.get("home_advantage").asDouble(), within(0.002));
        assertThat(fit.get("rho").asDouble()).isCloseTo(reference.get("rho").asDouble(), within(0.002));

        List<String> args = new ArrayList<>(List.of("model", "predict", "--csv", csv, "--json"));
        for (JsonNode fixture : reference.get("predictions")) {
            args.add("--fixture");
            args.add(fixture.get("home").asText() + ":" + fixture.get("away").asText());
        }
        JsonNode predictions = run(args.toArray(String[]::new));
        assertThat(predictions).hasSize(reference.get("predictions").size());
        for (int i = 0; i < predictions.size(); i++) {
            JsonNode expected = reference.get("predictions").get(i);
            for (String field : PROBABILITIES) {
                assertThat(predictions.get(i).get(field).asDouble()).as(expected.get("home").asText() + " " + field)
                        .isCloseTo(expected.get(field).asDouble(), within(0.002));
            }
        }
    }

    private static JsonNode run(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AgentMain.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }
}
