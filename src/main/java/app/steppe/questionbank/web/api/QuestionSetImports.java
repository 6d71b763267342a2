package app.steppe.questionbank.web.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import app.steppe.questionbank.domain.QuestionSetImport;
import app.steppe.questionbank.domain.QuestionSetYamlImport;
import app.steppe.questionbank.domain.SetHeader;
import app.steppe.questionbank.domain.interop.ImportLine;
import app.steppe.questionbank.domain.interop.ImportNote;
import app.steppe.questionbank.web.api.QuestionSetApiController.SetFormat;
import app.steppe.shared.web.api.ApiProblems;
import app.steppe.shared.web.api.ApiProblems.FieldError;

/**
 * The API's import: the request checked and handed to the question bank's importers, their report put into words
 * (the reader's language, as on the import page). Refusals are 400 problem details listing every problem.
 */
@Component
class QuestionSetImports {

    /** An imported set and, for GIFT, the report per question. */
    record Imported(long id, List<ReportLine> report) {
    }

    record ReportLine(int line, String title, String id, String status, List<String> notes) {
    }

    private final QuestionSetImport interop;
    private final QuestionSetYamlImport yaml;
    private final MessageSource messages;

    QuestionSetImports(QuestionSetImport interop, QuestionSetYamlImport yaml, MessageSource messages) {
        this.interop = interop;
        this.yaml = yaml;
        this.messages = messages;
    }

    Imported importSet(ImportRequest request, Locale locale) {
        byte[] bytes = request.content().getBytes(StandardCharsets.UTF_8);
        if (SetFormat.parse(request.format()) == SetFormat.YAML) {
            var result = yaml.importYaml(bytes);
            if (result.setId() == null) {
                throw ApiProblems.badRequest("The set was not imported.", result.problems().stream()
                        .map(p -> new FieldError(p.questionId() == null ? "content" : "content." + p.questionId(),
                                text(p.messageKey(), p.args(), locale), p.line())).toList());
            }
            return new Imported(result.setId(), List.of());
        }
        var header = giftHeader(request);
        var result = interop.importFile(QuestionSetImport.Format.GIFT, bytes, header);
        if (result.setId() != null) {
            return new Imported(result.setId(), report(result.plan().lines(), locale));
        }
        var errors = new ArrayList<FieldError>();
        if (result.plan().fileProblem() != null) {
            errors.add(new FieldError("content", text(result.plan().fileProblem(), locale), null));
        }
        result.headerViolations().forEach(v -> errors.add(new FieldError(headerField(v.path()),
                text(v.messageKey(), v.args(), locale), null)));
        result.plan().lines().stream().filter(l -> l.status() == ImportLine.Status.REJECTED)
                .forEach(l -> l.notes().forEach(n -> errors.add(new FieldError("content", text(n, locale), l.line()))));
        if (errors.isEmpty()) {
            errors.add(new FieldError("content", "The file has no questions.", null));
        }
        throw ApiProblems.badRequest("The set was not imported.", errors);
    }

    private static SetHeader giftHeader(ImportRequest request) {
        var missing = new ArrayList<FieldError>();
        for (String[] field : new String[][] {{"slug", request.slug()}, {"title", request.title()},
                {"readingSlug", request.readingSlug()}}) {
            if (field[1] == null || field[1].isBlank()) {
                missing.add(new FieldError(field[0], "Required for a GIFT import.", null));
            }
        }
        if (!missing.isEmpty()) {
            throw ApiProblems.badRequest("Some fields are not valid.", missing);
        }
        return new SetHeader(request.slug().strip(), request.title().strip(), null, request.readingSlug().strip(),
                request.tags() == null ? List.of() : request.tags());
    }

    /** Violations of the header name a path ending in the field, e.g. slug or title. */
    private static String headerField(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return List.of("slug", "title", "readingSlug", "tags").contains(last) ? last : "content";
    }

    private List<ReportLine> report(List<ImportLine> lines, Locale locale) {
        return lines.stream().map(l -> new ReportLine(l.line(), l.title(), l.slug(), l.status().name(),
                l.notes().stream().map(n -> text(n, locale)).toList())).toList();
    }

    private String text(ImportNote note, Locale locale) {
        return text(note.key(), note.argArray(), locale);
    }

    private String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}
