package com.monps.desktop.betentry;

import com.monps.core.domain.Bet;
import com.monps.core.domain.Match;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.desktop.fx.UiContext;
import javafx.stage.Window;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The bet dialogs over the window {@code owner} gives: each opening creates a dialog's controller, model and view. */
public final class BetEntry implements BetDialogs {

    private static final Duration PICKER_HORIZON = Duration.ofDays(14);

    private final UiContext ui;
    private final MatchRepository matches;
    private final BetRepository bets;
    private final Supplier<StakingRules> rules;
    private final Supplier<List<String>> knownBookmakers;
    private final Clock clock;
    private final Supplier<Window> owner;
    private final BetDialogController.Models models;
    private BetDialogView lastDialog;

    /** Without a goal model: the dialog shows the model price an opportunity's details carry, if any. */
    public BetEntry(UiContext ui, MatchRepository matches, BetRepository bets, Supplier<StakingRules> rules,
                    Supplier<List<String>> knownBookmakers, Clock clock, Supplier<Window> owner) {
        this(ui, matches, bets, rules, knownBookmakers, clock, owner, BetDialogController.Models.NONE);
    }

    /** {@code models} prices the side chosen in the dialog (see {@link MatchModels}). */
    public BetEntry(UiContext ui, MatchRepository matches, BetRepository bets, Supplier<StakingRules> rules,
                    Supplier<List<String>> knownBookmakers, Clock clock, Supplier<Window> owner,
                    BetDialogController.Models models) {
        this.models = models;
        this.ui = ui;
        this.matches = matches;
        this.bets = bets;
        this.rules = rules;
        this.knownBookmakers = knownBookmakers;
        this.clock = clock;
        this.owner = owner;
    }

    /**
     * Records a new bet over the matches of the next two weeks (plus the prefilled one, if it is older); a two-way
     * match offers no draw.
     */
    @Override
    public void record(BetForm prefill) {
        ui.runner().run(() -> {
            List<Match> choices = new ArrayList<>(matches.kickingOffBetween(clock.instant(), clock.instant().plus(PICKER_HORIZON)));
            if (prefill.match() != null && choices.stream().noneMatch(m -> m.id().equals(prefill.match().id()))) {
                choices.addFirst(prefill.match());
            }
            return new Choices(choices, matches.twoWay(choices.stream().map(Match::id).toList()));
        }, choices -> open(new BetDialogController(ui.i18n(), new BetValidator(rules.get()),
                (bet, onSaved, onFailed) -> ui.runner().run(() -> bets.insert(bet), id -> onSaved.run(), onFailed),
                choices.matches(), choices.twoWay(), knownBookmakers.get(), prefill, false, models)), ui.status()::reportFailure);
    }

    @Override
    public void correct(Bet bet) {
        Match match = Match.upcoming(bet.matchId(), bet.sport(), bet.league(), bet.commenceTime(), bet.homeTeam(), bet.awayTeam());
        BetForm form = BetForm.manual(match, bet.market(), BetForm.plain(bet.point()), bet.outcome(), BetForm.plain(bet.odds()),
                BetForm.plain(bet.stake()), bet.bookmaker(), bet.notes());
        BetDialogController.Writer update = (changed, onSaved, onFailed) -> ui.runner().run(
                () -> bets.updatePending(bet.id(), changed.odds(), changed.stake(), changed.bookmaker(), changed.notes()),
                updated -> {
                    if (updated) {
                        onSaved.run();
                    } else {
                        onFailed.accept(new IllegalStateException(ui.i18n().format("bet.error.notPending")));
                    }
                }, onFailed);
        open(new BetDialogController(ui.i18n(), new BetValidator(rules.get()), update, List.of(match), Set.of(),
                knownBookmakers.get(), form, true, models));
    }

    private void open(BetDialogController controller) {
        lastDialog = new BetDialogView(controller.model(), controller, owner.get(), ui.i18n(), ui.formats());
    }

    private record Choices(List<Match> matches, Set<String> twoWay) {
    }

    /** The dialog opened last (for tests and the snapshot). */
    public BetDialogView lastDialog() {
        return lastDialog;
    }
}
