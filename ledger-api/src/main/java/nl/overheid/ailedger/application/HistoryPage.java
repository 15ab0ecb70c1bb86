package nl.overheid.ailedger.application;

import java.util.List;

/** A page of an application's history, oldest first; {@code total}: how many events the whole history holds. */
public record HistoryPage(List<HistoryItem> items, int page, int pageSize, long total) {
}
