package nl.overheid.ailedger.report;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Each report renderer becomes a message converter: a new format is a new renderer, nothing else. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration implements WebMvcConfigurer {

    private final List<ReportRenderer> renderers;

    ReportConfiguration(List<ReportRenderer> renderers) {
        this.renderers = renderers;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        renderers.forEach(renderer -> converters.add(new ReportMessageConverter(renderer)));
    }
}
