package nl.overheid.ailedger.core.policy;

import java.time.LocalDate;

/** Dates of the EU AI Act that the monitor shows; data, because some of them have been moved. */
public record AiActDates(LocalDate prohibitedPractices, LocalDate gpaiObligations, LocalDate highRiskObligations) {
}
