package nl.overheid.ailedger.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat answers some malformed requests itself (an encoded slash, an illegal character in the URI) before
 * the application sees them. This valve makes those answers problems too, instead of an HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader(ApiVersionFilter.HEADER, ApiVersionFilter.VERSION);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:nl:ailedger:problem:malformed-request\",\"title\":\"Malformed request\","
                        + "\"status\":" + status + ",\"detail\":\"the request could not be read as HTTP\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone; there is nobody left to tell
        }
    }
}
