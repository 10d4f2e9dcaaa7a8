package com.monps.agent.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A path such as {@code /bets/{id}/update}: literal segments must match, {@code {name}} segments capture. */
public record PathTemplate(String template, List<String> segments) {

    public static PathTemplate of(String template) {
        return new PathTemplate(template, split(template));
    }

    /** The captured variables when {@code path} matches, empty otherwise. */
    public Optional<Map<String, String>> match(String path) {
        List<String> actual = split(path);
        if (actual.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                variables.put(expected.substring(1, expected.length() - 1), actual.get(i));
            } else if (!expected.equals(actual.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    private static List<String> split(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
