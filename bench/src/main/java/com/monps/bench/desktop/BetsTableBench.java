package com.monps.bench.desktop;

import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Outcome;
import com.monps.desktop.bets.BetRow;
import com.monps.desktop.bets.BetsModel;
import com.monps.desktop.bets.BetsView;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The bets table with 100 000 rows: the real {@link BetsView} and {@link BetsModel} (source → FilteredList → SortedList
 * bound to the table's comparator), timed on the FX thread for loading, each filter and each column sort, the totals of
 * the filtered rows included. Needs a display (run under {@code xvfb-run -a}). Usage: {@code BetsTableBench [ROWS]}.
 */
public final class BetsTableBench {

    private static final int WARM_UP = 5;
    private static final int MEASURED = 15;
    private static final String[] TEAMS = {"Arsenal", "Chelsea", "Liverpool", "Everton", "Fulham", "Brentford", "Lyon", "Nice",
            "Lens", "Lille", "Monaco", "Nantes", "Bayern", "Dortmund", "Inter", "Milan", "Roma", "Napoli", "Betis", "Sevilla"};
    private static final String[] BOOKMAKERS = {"pinnacle", "bet365", "williamhill", "betway", "interwetten", "betvictor"};
    private static final String[] LEAGUES = {"EPL", "Ligue 1", "Bundesliga", "Serie A", "La Liga", "Championship"};

    private BetsTableBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<BetRow> book = book(rows);
        Platform.startup(() -> { });
        onFx(() -> run(book));
        Platform.exit();
    }

    private static void run(List<BetRow> book) {
        BetsModel model = new BetsModel();
        // no controller: the bench presses no button, it times the model's pipeline and the table's sort
        BetsView view = new BetsView(model, null, new I18n(Locale.ENGLISH), new Formats(Locale.ENGLISH, ZoneOffset.UTC));
        TableView<BetRow> table = view.table();
        System.out.printf(Locale.ROOT, "%,d rows, median of %d after %d warm-up%n", book.size(), MEASURED, WARM_UP);
        System.out.println("| operation                      | median ms | max ms | rows shown |");
        report("load rows (choices + totals)", m -> m.setRows(book), model, m -> { });
        report("filter status = won", m -> m.statusProperty().set(BetStatus.WON), model, m -> m.statusProperty().set(null));
        report("filter search \"arsenal\"", m -> m.searchProperty().set("arsenal"), model, m -> m.searchProperty().set(""));
        report("filter bookmaker + league", m -> {
            m.bookmakerProperty().set("pinnacle");
            m.leagueProperty().set("EPL");
        }, model, m -> {
            m.bookmakerProperty().set(null);
            m.leagueProperty().set(null);
        });
        for (String id : List.of("col-odds", "col-pnl", "col-clv", "col-match")) {
            TableColumn<BetRow, ?> column = table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
            report("sort by " + column.getText(), m -> table.getSortOrder().setAll(List.of(column)), model,
                    m -> table.getSortOrder().clear());
        }
    }

    private static void report(String what, Consumer<BetsModel> action, BetsModel model, Consumer<BetsModel> undo) {
        double[] times = new double[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            action.accept(model);
            long took = System.nanoTime() - start;
            if (i >= WARM_UP) {
                times[i - WARM_UP] = took / 1e6;
            }
            undo.accept(model);
        }
        Arrays.sort(times);
        action.accept(model);
        int shown = model.rows().visible().size();
        undo.accept(model);
        System.out.printf(Locale.ROOT, "| %-30s | %7.1f | %7.1f | %,8d |%n", what, times[MEASURED / 2], times[MEASURED - 1], shown);
    }

    private static List<BetRow> book(int count) {
        Random random = new Random(42);
        Instant start = Instant.parse("2019-08-01T12:00:00Z");
        List<Bet> bets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant placed = start.plusSeconds(i * 1_800L);
            BigDecimal odds = BigDecimal.valueOf(1.2 + random.nextDouble() * 8).setScale(2, RoundingMode.HALF_UP);
            BigDecimal stake = BigDecimal.valueOf(1 + random.nextInt(5_000), 2);
            BetStatus status = BetStatus.values()[random.nextInt(4)];
            BigDecimal profit = switch (status) {
                case WON -> stake.multiply(odds).setScale(2, RoundingMode.HALF_UP).subtract(stake);
                case LOST -> stake.negate();
                case VOID -> BigDecimal.ZERO.setScale(2);
                case PENDING -> null;
                case HALF_WON, HALF_LOST -> throw new IllegalStateException("h2h bets are never half settled");
            };
            BigDecimal clv = status == BetStatus.PENDING ? null : BigDecimal.valueOf(random.nextGaussian() * 6).setScale(3, RoundingMode.HALF_UP);
            String home = TEAMS[random.nextInt(TEAMS.length)];
            String away = TEAMS[(Arrays.asList(TEAMS).indexOf(home) + 1 + random.nextInt(TEAMS.length - 1)) % TEAMS.length];
            Bet bet = new Bet(i, "m" + i, home, away, "soccer", LEAGUES[random.nextInt(LEAGUES.length)], placed.plusSeconds(86_400),
                    Outcome.values()[random.nextInt(3)], odds, stake, BOOKMAKERS[random.nextInt(BOOKMAKERS.length)], null, null, null,
                    false, status, null, null, null, profit, null, clv, null, null, null, null, placed, null);
            bets.add(bet);
        }
        return BetRow.of(bets, ZoneOffset.UTC);
    }

    private static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
    }
}
