package nl.overheid.ailedger.application;

import java.util.List;

/** One page of the register; {@code total} counts every application that matches, on all pages. */
public record ApplicationPage(List<ApplicationView> items, int page, int pageSize, long total) {
}
