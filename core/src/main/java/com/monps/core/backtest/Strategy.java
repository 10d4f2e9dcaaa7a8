package com.monps.core.backtest;

import java.util.List;

/** A betting rule replayed by the {@link BacktestEngine}: from the opening market of one match, the bets to place. */
public interface Strategy {

    /** Name used on the command line and in reports. */
    String name();

    List<Pick> picks(PreMatch match);
}
