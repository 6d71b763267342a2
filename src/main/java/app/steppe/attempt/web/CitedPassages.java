package app.steppe.attempt.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import app.steppe.attempt.web.ReviewViews.PassageView;
import app.steppe.questionbank.QuestionBankApi.CitedPassage;
import app.steppe.reading.ReadingApi;
import app.steppe.reading.ReadingText;

/**
 * The passages a question cites, each in the paragraph of the reading version it was found in, with the quote
 * located so the page can mark it, and a link to that paragraph of that version. One reading version is read once
 * per page, however many questions cite it.
 */
@Component
class CitedPassages {

    private final ReadingApi readings;

    CitedPassages(ReadingApi readings) {
        this.readings = readings;
    }

    /** A lookup for one page: keeps the reading versions it has read. */
    Lookup lookup() {
        return new Lookup();
    }

    final class Lookup {

        private final Map<Long, Optional<ReadingText>> versions = new HashMap<>();

        List<PassageView> of(List<CitedPassage> passages) {
            return passages.stream().map(this::view).toList();
        }

        private PassageView view(CitedPassage cited) {
            var text = cited.readingVersionId() == null ? Optional.<ReadingText>empty()
                    : versions.computeIfAbsent(cited.readingVersionId(), readings::version);
            var paragraph = text.flatMap(t -> cited.paragraphNo() == null ? Optional.empty() : t.paragraph(cited.paragraphNo()));
            if (text.isEmpty() || paragraph.isEmpty()) {
                var current = readings.currentBySlug(cited.readingSlug());
                return new PassageView(current.map(ReadingText::title).orElse(cited.readingSlug()), null,
                        "/readings/" + cited.readingSlug(), null, cited.quote(), null, false);
            }
            var reading = text.get();
            String href = UriComponentsBuilder.fromPath("/readings/{slug}").queryParam("version", reading.version())
                    .fragment(paragraph.get().anchor()).buildAndExpand(reading.slug()).encode().toUriString();
            String body = paragraph.get().text();
            Matcher found = pattern(cited.quote()).matcher(body);
            if (!found.find()) {
                return new PassageView(reading.title(), cited.paragraphNo(), href, null, cited.quote(), null, false);
            }
            return new PassageView(reading.title(), cited.paragraphNo(), href, body.substring(0, found.start()),
                    body.substring(found.start(), found.end()), body.substring(found.end()), true);
        }
    }

    /** The quote, tolerant of spacing, case and straight versus typographic quotation marks. */
    static Pattern pattern(String quote) {
        String regex = List.of(quote.strip().split("\\s+")).stream().map(CitedPassages::word)
                .collect(Collectors.joining("\\s+"));
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String word(String word) {
        var regex = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ("'’‘".indexOf(c) >= 0) {
                regex.append("['’‘]");
            } else if ("\"“”".indexOf(c) >= 0) {
                regex.append("[\"“”]");
            } else if ("-–—".indexOf(c) >= 0) {
                regex.append("[-–—]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
