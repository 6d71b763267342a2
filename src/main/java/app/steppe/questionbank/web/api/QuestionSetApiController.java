package app.steppe.questionbank.web.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionSetExport;
import app.steppe.questionbank.domain.QuestionSetInteropExport;
import app.steppe.shared.web.api.ApiController;
import app.steppe.shared.web.api.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Question sets for instructors: list, export as YAML (the questions/ format) or GIFT, import either. */
@ApiController
@RequestMapping("/api/v1/question-sets")
@Tag(name = "Question sets", description = "Instructors only")
class QuestionSetApiController {

    static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);
    static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    /** A set; {@code grounded}: every question cites a passage found in the reading (a quiz can use it). */
    record SetItem(long id, String slug, String title, String readingSlug, long questionCount, boolean grounded,
            Instant updatedAt) {
    }

    private final QuestionBankQueries queries;
    private final QuestionSetExport yamlExport;
    private final QuestionSetInteropExport interopExport;
    private final QuestionSetImports imports;

    QuestionSetApiController(QuestionBankQueries queries, QuestionSetExport yamlExport,
            QuestionSetInteropExport interopExport, QuestionSetImports imports) {
        this.queries = queries;
        this.yamlExport = yamlExport;
        this.interopExport = interopExport;
        this.imports = imports;
    }

    @GetMapping
    @Operation(summary = "Every question set that is not archived, by title")
    List<SetItem> list() {
        return queries.sets().stream().map(s -> new SetItem(s.id(), s.slug(), s.title(), s.readingSlug(),
                s.questionCount(), s.grounded(), s.updatedAt())).toList();
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "A set as YAML (application/yaml; importing it back gives the same set) or GIFT (text/plain)")
    ResponseEntity<String> export(@PathVariable long id, @RequestParam(defaultValue = "yaml") String format) {
        return switch (SetFormat.parse(format)) {
            case YAML -> ResponseEntity.ok().contentType(YAML).body(yamlExport.yaml(id));
            case GIFT -> ResponseEntity.ok().contentType(TEXT).body(interopExport.gift(id));
        };
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a set, all or nothing",
            description = "YAML carries its own slug, title and reading; GIFT needs slug, title and readingSlug. "
                    + "GIFT questions come without citations: not yet grounded. Refused (400) with every problem.")
    ResponseEntity<QuestionSetImports.Imported> importSet(@Valid @RequestBody ImportRequest request, Locale locale) {
        var imported = imports.importSet(request, locale);
        return ResponseEntity.created(URI.create("/api/v1/question-sets/" + imported.id())).body(imported);
    }

    /** The two formats a set travels in through the API. */
    enum SetFormat {
        YAML, GIFT;

        static SetFormat parse(String text) {
            for (SetFormat f : values()) {
                if (f.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return f;
                }
            }
            throw ApiProblems.badRequest("Unknown format.",
                    List.of(new ApiProblems.FieldError("format", "Use yaml or gift.", null)));
        }
    }
}
