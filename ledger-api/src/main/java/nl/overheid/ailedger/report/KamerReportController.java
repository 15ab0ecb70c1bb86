package nl.overheid.ailedger.report;

import java.time.Instant;

import nl.overheid.ailedger.text.Csv;
import nl.overheid.ailedger.text.Markdown;
import nl.overheid.ailedger.web.Moments;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The progress report to the Kamer, in the format the {@code Accept} header asks for (JSON by default). */
@RestController
@RequestMapping("/api/v1/reports")
class KamerReportController {

    private final KamerReports reports;

    KamerReportController(KamerReports reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/kamer", produces = {MediaType.APPLICATION_JSON_VALUE, Markdown.MEDIA_TYPE,
            Csv.MEDIA_TYPE, MediaType.TEXT_HTML_VALUE})
    KamerReport kamer(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        return reports.at(Moments.readAt("asOf", asOf));
    }
}
