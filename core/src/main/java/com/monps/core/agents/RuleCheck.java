package com.monps.core.agents;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of agent A's rules one price meets, the same for a 1X2 outcome and a side of a line: above the market mean by
 * more than {@code aboveAverage}; EV above {@code minimumEv} (never for Pinnacle's own price when Pinnacle is the fair
 * source); when the disagreement rule is on and the model prices the bet, EV against the model above {@code minimumEv}
 * where the model's probability is more than {@code modelGap} from the market's.
 */
final class RuleCheck {

    private RuleCheck() {
    }

    /** A rule met, with its measure ({@link Finding#edge()}). */
    record Hit(Rule rule, double edge) {
    }

    /**
     * @param modelEv EV against the model, NaN when the model does not price the bet
     * @param gap     |model probability − market probability|, NaN likewise
     */
    static List<Hit> of(AnomalySettings settings, String bookmaker, FairSource source, double aboveMean, double ev,
                        double modelEv, double gap) {
        List<Hit> hits = new ArrayList<>(3);
        if (aboveMean > settings.aboveAverage()) {
            hits.add(new Hit(Rule.ABOVE_AVERAGE, aboveMean));
        }
        boolean ownLine = source == FairSource.PINNACLE && bookmaker.equals(FairMarket.PINNACLE);
        if (!ownLine && ev > settings.minimumEv()) {
            hits.add(new Hit(Rule.VALUE, ev));
        }
        if (settings.modelGap() > 0 && modelEv > settings.minimumEv() && gap > settings.modelGap()) {
            hits.add(new Hit(Rule.MODEL_DISAGREEMENT, modelEv));
        }
        return hits;
    }
}
