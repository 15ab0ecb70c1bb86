package nl.overheid.ailedger.report;

import org.springframework.http.MediaType;

/** Renders the report to the Kamer in one format; JSON needs none, it is the model as it is. */
interface ReportRenderer {

    MediaType mediaType();

    String render(KamerReport report);
}
