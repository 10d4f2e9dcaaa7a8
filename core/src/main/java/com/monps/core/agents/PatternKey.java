package com.monps.core.agents;

/** A group of bets agent C measures: a 1X2 {@link PatternGroup} or a {@link LinePatternGroup}. */
public sealed interface PatternKey permits PatternGroup, LinePatternGroup {

    /** The league, or {@link PatternGroup#ALL_LEAGUES}. */
    String league();

    /** How the group reads in an opportunity's details. */
    String label();
}
