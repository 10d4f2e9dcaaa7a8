package com.monps.desktop.history;

import com.monps.core.history.FootballDataImporter;
import com.monps.core.history.ImportSummary;
import org.jooq.DSLContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings the current season up to date: downloads again the current season of each league the cache holds (at a start
 * only when its copy is older than a day; at once when the trader asks) and imports it. Importing a file again only
 * adds the rounds played since.
 */
public final class HistoryRefresh {

    private final SeasonDownloader downloader;
    private final DSLContext dsl;

    public HistoryRefresh(SeasonDownloader downloader, DSLContext dsl) {
        this.downloader = downloader;
        this.dsl = dsl;
    }

    /** What a refresh did: the seasons downloaded and what importing them changed. */
    public record Refreshed(List<Season> seasons, ImportSummary imported) {
    }

    /** At a start: only the copies older than a day are downloaded. */
    public Refreshed refreshStale() throws IOException {
        List<Season> downloaded = new ArrayList<>();
        downloader.fetch(downloader.cachedCurrent(), downloaded::add);
        return importing(downloaded, downloaded.stream().map(downloader::file).toList());
    }

    /** The "refresh history" action: every current season is downloaded now. */
    public Refreshed refreshNow() throws IOException {
        List<Season> seasons = downloader.cachedCurrent();
        return importing(seasons, downloader.fetchAgain(seasons));
    }

    private Refreshed importing(List<Season> seasons, List<Path> files) {
        return new Refreshed(seasons, files.isEmpty() ? ImportSummary.empty() : new FootballDataImporter(dsl).importFiles(files));
    }
}
