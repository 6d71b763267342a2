package app.steppe.shared.web.api;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI description at /v3/api-docs (UI at /swagger-ui.html), both for logged-in users only. Springdoc is
 * limited to /api/** in application.properties, so the HTML pages are not described.
 */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "Steppe API", version = "v1", description = """
                Question sets (instructors), quizzes and attempts (students), with the same rules as the web pages. \
                Authenticate with a personal API token from your profile page: `Authorization: Bearer TOKEN`. \
                Errors are RFC 9457 problem details (application/problem+json)."""),
        security = @SecurityRequirement(name = ApiDocs.BEARER))
@SecurityScheme(name = ApiDocs.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token, created on your profile page")
class ApiDocs {

    static final String BEARER = "apiToken";
}
