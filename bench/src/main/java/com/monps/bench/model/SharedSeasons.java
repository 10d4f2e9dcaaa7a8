package com.monps.bench.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.monps.core.history.FootballDataFile;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.model.PlayedMatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shared seasons and what the reference file says penaltyblog 1.9 took to fit each of them. */
record SharedSeasons(Map<String, List<HistoricalMatch>> history, Map<String, Double> penaltyblogMillis) {

    static final Path FOLDER = Path.of(System.getenv().getOrDefault("MONPS_DEMO_DATA", "../shared/data/football-data"));
    static final Path REFERENCE = FOLDER.resolve("../../reference/dixon-coles.json").normalize();

    static boolean present() {
        return Files.isDirectory(FOLDER) && Files.isReadable(REFERENCE);
    }

    static SharedSeasons read() throws IOException {
        Map<String, List<HistoricalMatch>> history = new LinkedHashMap<>();
        Map<String, Double> penaltyblog = new LinkedHashMap<>();
        for (JsonNode fit : new ObjectMapper().readTree(REFERENCE.toFile()).get("fits")) {
            String file = fit.get("file").asText();
            history.put(file, FootballDataFile.read(FOLDER.resolve(file)).matches());
            penaltyblog.put(file, fit.get("penaltyblog_1_9").get("fit_ms").asDouble());
        }
        return new SharedSeasons(history, penaltyblog);
    }

    List<PlayedMatch> played(String file) {
        return PlayedMatch.fromHistory(history.get(file));
    }

    List<List<HistoricalMatch>> all() {
        return new ArrayList<>(history.values());
    }
}
