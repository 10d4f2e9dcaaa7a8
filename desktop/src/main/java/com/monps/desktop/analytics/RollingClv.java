package com.monps.desktop.analytics;

import com.monps.core.repo.AnalyticsRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** CLV over time as the mean of the last {@code window} betting days' averages: one day's CLV is too noisy to read. */
final class RollingClv {

    static final int WINDOW = 20;

    record Point(LocalDate day, BigDecimal clv) {
    }

    private RollingClv() {
    }

    static List<Point> of(List<AnalyticsRepository.Day> days, int window) {
        Deque<BigDecimal> last = new ArrayDeque<>();
        BigDecimal sum = BigDecimal.ZERO;
        List<Point> points = new ArrayList<>();
        for (AnalyticsRepository.Day day : days) {
            if (day.avgClv() == null) {
                continue;
            }
            last.addLast(day.avgClv());
            sum = sum.add(day.avgClv());
            if (last.size() > window) {
                sum = sum.subtract(last.removeFirst());
            }
            points.add(new Point(day.day(), sum.divide(BigDecimal.valueOf(last.size()), 3, RoundingMode.HALF_UP)));
        }
        return points;
    }
}
