package app.steppe.questionbank.domain.yaml;

import java.math.BigDecimal;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.Node;

import app.steppe.questionbank.domain.Tolerance;

/** A tolerance is written as an absolute amount ({@code 5}) or a percentage string ({@code "2%"}). */
final class ToleranceText {

    private ToleranceText() {
    }

    static Optional<Tolerance> read(Node node, String path, ReadContext context) {
        String text = YamlScalars.text(node, path, context);
        if (text == null) {
            return Optional.empty();
        }
        String written = text.strip();
        boolean percent = written.endsWith("%");
        try {
            BigDecimal amount = new BigDecimal(percent ? written.substring(0, written.length() - 1).strip() : written);
            return Optional.of(percent ? new Tolerance.Percent(amount) : new Tolerance.Absolute(amount));
        } catch (NumberFormatException e) {
            context.problem(node, path, "yaml.expectedTolerance", text);
            return Optional.empty();
        }
    }

    static Node write(Tolerance tolerance) {
        if (tolerance instanceof Tolerance.Percent percent) {
            return YamlNodes.text(percent.percent().toPlainString() + "%");
        }
        return YamlNodes.number(((Tolerance.Absolute) tolerance).amount());
    }
}
