package app.steppe.study.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A student's study settings: the recall probability the schedule aims for (0.80 to 0.97, two decimals; higher means
 * more reviews) and how many new cards a day the queue offers (0 to 500).
 */
public record StudySettings(BigDecimal desiredRetention, int dailyNewLimit) {

    public static final BigDecimal MIN_RETENTION = new BigDecimal("0.80");
    public static final BigDecimal MAX_RETENTION = new BigDecimal("0.97");
    public static final int MAX_DAILY_NEW_LIMIT = 500;
    public static final StudySettings DEFAULTS = new StudySettings(new BigDecimal("0.90"), 20);

    public StudySettings {
        Objects.requireNonNull(desiredRetention, "desiredRetention");
        if (desiredRetention.compareTo(MIN_RETENTION) < 0 || desiredRetention.compareTo(MAX_RETENTION) > 0
                || desiredRetention.stripTrailingZeros().scale() > 2) {
            throw new InvalidStudySettingsException("study.settings.error.retention");
        }
        if (dailyNewLimit < 0 || dailyNewLimit > MAX_DAILY_NEW_LIMIT) {
            throw new InvalidStudySettingsException("study.settings.error.daily-new-limit");
        }
        desiredRetention = desiredRetention.setScale(2);
    }
}
