package nl.overheid.ailedger.report;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Each report renderer becomes a message converter: a new format is a new renderer, nothing else. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration implements WebMvcConfigurer {

    private final List<ReportRenderer> renderers;

    ReportConfiguration(List<ReportRenderer> renderers) {
        this.renderers = renderers;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        renderers.forEach(renderer -> converters.addCustomConverter(new ReportMessageConverter(renderer)));
    }
}
