package app.steppe.study.fsrs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the FSRS peer fixtures copied into test resources (see peer-fixtures/fsrs/README.md for provenance). */
final class ReferenceCases {

    private ReferenceCases() {
    }

    static List<JsonNode> load(String file) {
        try (InputStream in = ReferenceCases.class.getResourceAsStream("/peer-fixtures/fsrs/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource peer-fixtures/fsrs/" + file);
            }
            List<JsonNode> nodes = new ArrayList<>();
            JsonMapper.builder().build().readTree(in).forEach(nodes::add);
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "default" or a list of 21 numbers. */
    static Weights weights(JsonNode parameters) {
        if (parameters.isString()) {
            if (!"default".equals(parameters.asString())) {
                throw new IllegalArgumentException("unknown parameters " + parameters);
            }
            return Weights.FSRS6_DEFAULT;
        }
        double[] w = new double[parameters.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = parameters.get(i).asDouble();
        }
        return Weights.of(w);
    }

    static List<Duration> durations(JsonNode list) {
        List<Duration> steps = new ArrayList<>();
        if (list != null) {
            list.forEach(n -> steps.add(Duration.parse(n.asString())));
        }
        return steps;
    }

    static Instant instant(JsonNode text) {
        return Instant.parse(text.asString());
    }

    /** The day rule a case names: py-fsrs counts 24-hour periods, ts-fsrs and go-fsrs UTC calendar dates. */
    static ElapsedDays elapsedDays(JsonNode variant) {
        JsonNode rule = variant.get("elapsed_days");
        if (rule == null || rule.asString().startsWith("floor of whole 24h")) {
            return ElapsedDays.wholeDays();
        }
        if (rule.asString().startsWith("UTC calendar")) {
            return ElapsedDays.calendarDays(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("unknown elapsed-days rule " + rule);
    }
}
