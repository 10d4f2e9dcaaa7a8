package com.monps.bench.scan;

import com.monps.bench.ingest.OddsRows;
import com.monps.core.db.Database;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.repo.OddsRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Upcoming matches with 20 bookmakers' prices from three polls before the scan, and played matches with results for
 * agent C to learn from. Prices are a fair 1X2 market with a 5 % margin and 1 % per-bookmaker noise; one price in 500 is
 * a stale outlier 20 % above the market, the kind of price agent A looks for.
 */
public final class ScanMarkets {

    private static final String[] LEAGUES = {"EPL", "Ligue 1", "Serie A"};

    private ScanMarkets() {
    }

    public static void load(Database db, Instant asOf, int upcoming, int played, long seed) {
        Random random = new Random(seed);
        List<Match> matches = new ArrayList<>();
        List<OddsSnapshot> prices = new ArrayList<>();
        for (int i = 0; i < upcoming + played; i++) {
            boolean isPlayed = i >= upcoming;
            Instant kickOff = isPlayed
                    ? asOf.minus(Duration.ofHours(2 + random.nextInt(24 * 300)))
                    : asOf.plus(Duration.ofMinutes(60 + random.nextInt(60 * 24 * 13)));
            Match match = Match.upcoming((isPlayed ? "p" : "u") + i, "soccer", LEAGUES[i % 3], kickOff, "Home " + i, "Away " + i);
            matches.add(isPlayed ? match.withScore(random.nextInt(4), random.nextInt(3), true, kickOff.plusSeconds(7200)) : match);
            addPolls(prices, match.id(), isPlayed ? kickOff : asOf, random);
        }
        OddsRows.storeMatches(db, matches);
        new OddsRepository(db.dsl()).append(prices);
    }

    /**
     * One poll of league number {@code league}, committed: new prices from every bookmaker for its first {@code events}
     * upcoming matches, collected at {@code at}; returns their ids. With {@code boost} above 1, bookmaker number
     * {@code boosted}'s home price of the first of them is that much above its market (an opportunity no earlier poll showed).
     */
    public static List<String> poll(Database db, int league, int events, Instant at, Random random, double boost, int boosted) {
        List<String> ids = new ArrayList<>();
        List<OddsSnapshot> prices = new ArrayList<>();
        for (int i = league; ids.size() < events; i += LEAGUES.length) {
            String id = "u" + i;
            ids.add(id);
            double home = 0.25 + random.nextDouble() * 0.35;
            double draw = 0.22 + random.nextDouble() * 0.08;
            addPrices(prices, id, new double[] {home, draw, 1 - home - draw}, at, random);
        }
        if (boost > 1) {
            OddsSnapshot price = prices.get(boosted);
            prices.set(boosted, new OddsSnapshot(price.matchId(), price.bookmaker(),
                    price.home().multiply(BigDecimal.valueOf(boost)).setScale(2, RoundingMode.HALF_UP).setScale(3),
                    price.draw(), price.away(), at, at));
        }
        db.dsl().transaction(cfg -> new OddsRepository(cfg.dsl()).append(prices));
        return ids;
    }

    private static void addPolls(List<OddsSnapshot> prices, String matchId, Instant lastPoll, Random random) {
        double home = 0.25 + random.nextDouble() * 0.35;
        double draw = 0.22 + random.nextDouble() * 0.08;
        double[] fair = {home, draw, 1 - home - draw};
        for (int hoursBefore : new int[]{6, 3, 1}) {
            addPrices(prices, matchId, fair, lastPoll.minus(Duration.ofHours(hoursBefore)), random);
        }
    }

    private static void addPrices(List<OddsSnapshot> prices, String matchId, double[] fair, Instant at, Random random) {
        for (String bookmaker : OddsRows.BOOKMAKERS) {
            BigDecimal[] odds = new BigDecimal[3];
            for (int k = 0; k < 3; k++) {
                double price = 1 / (fair[k] * 1.05) * (1 + random.nextGaussian() * 0.01);
                price *= random.nextInt(500) == 0 ? 1.2 : 1;
                odds[k] = BigDecimal.valueOf(Math.max(1.01, Math.round(price * 100) / 100.0)).setScale(3);
            }
            prices.add(new OddsSnapshot(matchId, bookmaker, odds[0], odds[1], odds[2], at, at));
        }
    }
}
