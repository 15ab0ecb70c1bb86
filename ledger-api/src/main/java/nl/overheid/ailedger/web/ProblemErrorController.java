package nl.overheid.ailedger.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container forwards to {@code /error} (an error no handler answered) is a problem too, with the
 * status it had. Asked for directly, {@code /error} is a resource like any other that does not exist.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus forwarded = code instanceof Integer status ? HttpStatus.resolve(status) : null;
        HttpStatus status = forwarded == null || !forwarded.isError() ? HttpStatus.NOT_FOUND : forwarded;
        String detail = forwarded == null ? "there is no resource " + request.getRequestURI()
                : "the request could not be completed";
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.ofStatus(status, detail));
    }
}
