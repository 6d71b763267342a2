package app.steppe.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only: a page that fails with a revealing message, to prove no exception detail reaches the user. */
@Controller
class FailingController {

    static final String SECRET = "jdbc:h2:secret-detail-42";

    @GetMapping("/test-support/fail")
    String fail() {
        throw new IllegalStateException("boom at " + SECRET);
    }
}
