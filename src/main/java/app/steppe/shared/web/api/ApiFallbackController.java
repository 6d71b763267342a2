package app.steppe.shared.web.api;

import org.springframework.web.bind.annotation.RequestMapping;

import app.steppe.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Any /api path no other controller maps: a 404 problem detail like every other API error, rather than the HTML
 * "nothing here" page. Every specific mapping wins over this pattern.
 */
@ApiController
@Hidden
class ApiFallbackController {

    @RequestMapping("/api/**")
    void none() {
        throw new NotFoundException("api path");
    }
}
