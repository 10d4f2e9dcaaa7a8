package com.monps.core.teams;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One key per club of a league, whichever source wrote its name: football-data.co.uk's "Man United", "Nott'm Forest",
 * "Ath Madrid" and The Odds API's "Manchester United", "Nottingham Forest", "Atlético Madrid" get the same key. Two
 * steps: {@link #normalise} (accents, case, punctuation and the club-form words "FC", "AFC", "1." ... dropped, "Saint"
 * written "St"), then the curated alias table of the leagues Mon_PS imports ({@code aliases.txt} beside this class),
 * which maps every alias of a club to the key of its football-data name. A name in neither keeps its normalised form:
 * it only meets a name written the same way, so an unknown team matches nothing rather than a wrong team.
 */
public final class TeamNames {

    /** Club-form words that tell no two clubs of one league apart. */
    private static final Set<String> FORM_WORDS = Set.of("1", "ac", "afc", "aj", "as", "bsc", "ca", "cd", "cf", "fc", "fco",
            "fsv", "hsc", "losc", "ogc", "rc", "rcd", "sc", "sco", "sd", "ss", "ssc", "sv", "tsg", "uc", "ud", "us", "vfb", "vfl");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final String TABLE = "aliases.txt";

    private static final Map<String, TeamNames> BY_LEAGUE = parse(readTable());
    private static final TeamNames NO_ALIASES = new TeamNames(Map.of());

    private final Map<String, String> aliasToKey;

    private TeamNames(Map<String, String> aliasToKey) {
        this.aliasToKey = Map.copyOf(aliasToKey);
    }

    /** The names of a league (a The Odds API sport key); a league without aliases is matched by {@link #normalise} alone. */
    public static TeamNames forLeague(String sportKey) {
        return BY_LEAGUE.getOrDefault(sportKey, NO_ALIASES);
    }

    /** The club's key: equal for two names of one club of the league, different for two clubs. */
    public String key(String name) {
        String normalised = normalise(name);
        return aliasToKey.getOrDefault(normalised, normalised);
    }

    /**
     * "Atlético Madrid" → "atletico madrid", "Nott'm Forest" → "nottm forest", "1. FC Köln" → "koln", "AFC Bournemouth" →
     * "bournemouth", "Saint-Étienne" → "st etienne". A name made only of club-form words keeps them ("LOSC" → "losc").
     */
    public static String normalise(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ø", "o").replace("&", " and ");
        String[] words = SEPARATORS.matcher(APOSTROPHES.matcher(plain).replaceAll("")).replaceAll(" ").trim().split(" ");
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            String spelled = word.equals("saint") ? "st" : word;
            if (!spelled.isEmpty() && !FORM_WORDS.contains(spelled)) {
                kept.add(spelled);
            }
        }
        return kept.isEmpty() ? String.join(" ", words) : String.join(" ", kept);
    }

    /**
     * Reads an alias table: {@code leagues | football-data name | alias | ...} a line, {@code #} comments.
     *
     * @throws IllegalArgumentException if a line has no alias, or one name would mean two clubs of a league
     */
    static Map<String, TeamNames> parse(List<String> lines) {
        Map<String, Map<String, String>> byLeague = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\|");
            if (fields.length < 3) {
                throw new IllegalArgumentException("team aliases line " + (i + 1) + ": expected 'leagues | name | alias ...', got '" + line + "'");
            }
            String key = normalise(fields[1].strip());
            for (String league : fields[0].split(",")) {
                Map<String, String> aliases = byLeague.computeIfAbsent(league.strip(), l -> new HashMap<>());
                // the football-data name itself first: a club's own name can never be another club's alias
                for (int f = 1; f < fields.length; f++) {
                    String alias = normalise(fields[f].strip());
                    String before = aliases.putIfAbsent(alias, key);
                    if (before != null && !before.equals(key)) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT,
                                "team aliases line %d: '%s' in %s would be both '%s' and '%s'", i + 1, fields[f].strip(),
                                league.strip(), before, key));
                    }
                }
            }
        }
        Map<String, TeamNames> result = new HashMap<>();
        byLeague.forEach((league, aliases) -> result.put(league, new TeamNames(aliases)));
        return Map.copyOf(result);
    }

    private static List<String> readTable() {
        try (InputStream in = TeamNames.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the team alias table " + TABLE + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
