package nl.overheid.ailedger.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.NonNull;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Writes the report in a renderer's format, so that content negotiation on {@code Accept} picks the renderer. */
class ReportMessageConverter extends AbstractHttpMessageConverter<KamerReport> {

    private final ReportRenderer renderer;

    ReportMessageConverter(ReportRenderer renderer) {
        super(StandardCharsets.UTF_8, renderer.mediaType());
        this.renderer = renderer;
    }

    @Override
    protected boolean supports(@NonNull Class<?> type) {
        return KamerReport.class.equals(type);
    }

    @Override
    public boolean canRead(@NonNull Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    protected KamerReport readInternal(@NonNull Class<? extends KamerReport> type, @NonNull HttpInputMessage input) {
        throw new HttpMessageNotReadableException("a report is never read", input);
    }

    @Override
    protected void writeInternal(@NonNull KamerReport report, @NonNull HttpOutputMessage output) throws IOException {
        output.getBody().write(renderer.render(report).getBytes(StandardCharsets.UTF_8));
    }
}
