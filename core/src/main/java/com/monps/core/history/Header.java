package com.monps.core.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Column positions of a header line; the columns a row cannot do without are checked once, here. */
final class Header {

    static final List<String> REQUIRED = List.of("Div", "Date", "HomeTeam", "AwayTeam");

    private final Map<String, Integer> positions;

    private Header(Map<String, Integer> positions) {
        this.positions = positions;
    }

    static Header of(List<String> names) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            positions.putIfAbsent(names.get(i).trim(), i);
        }
        List<String> missing = REQUIRED.stream().filter(name -> !positions.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("not a football-data.co.uk file: the header lacks " + String.join(", ", missing));
        }
        return new Header(positions);
    }

    /** The column of that name, looked up once per file rather than once per row. */
    Column column(String name) {
        return new Column(name, positions.getOrDefault(name, Column.ABSENT));
    }

    /** A column by name and position; {@link #ABSENT} when the header lacks it. */
    record Column(String name, int position) {

        static final int ABSENT = -1;

        /** The trimmed value of this column in a row, or "" when the column or the value is missing. */
        String value(List<String> fields) {
            return position == ABSENT || position >= fields.size() ? "" : fields.get(position).trim();
        }
    }
}
