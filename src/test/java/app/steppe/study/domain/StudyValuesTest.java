package app.steppe.study.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class StudyValuesTest {

    @Test
    void desiredRetentionMustBeBetweenEightyAndNinetySevenPercent() {
        assertThat(new StudySettings(new BigDecimal("0.8"), 20).desiredRetention()).isEqualByComparingTo("0.80");
        assertThat(new StudySettings(new BigDecimal("0.97"), 20).desiredRetention()).isEqualByComparingTo("0.97");
        assertThatThrownBy(() -> new StudySettings(new BigDecimal("0.79"), 20))
                .isInstanceOf(InvalidStudySettingsException.class).hasMessage("study.settings.error.retention");
        assertThatThrownBy(() -> new StudySettings(new BigDecimal("0.98"), 20))
                .isInstanceOf(InvalidStudySettingsException.class);
    }

    @Test
    void desiredRetentionHasAtMostTwoDecimals() {
        assertThatThrownBy(() -> new StudySettings(new BigDecimal("0.855"), 20))
                .isInstanceOf(InvalidStudySettingsException.class);
    }

    @Test
    void theDailyNewLimitIsZeroToFiveHundred() {
        assertThat(new StudySettings(new BigDecimal("0.90"), 0).dailyNewLimit()).isZero();
        assertThat(new StudySettings(new BigDecimal("0.90"), 500).dailyNewLimit()).isEqualTo(500);
        assertThatThrownBy(() -> new StudySettings(new BigDecimal("0.90"), -1))
                .isInstanceOf(InvalidStudySettingsException.class).hasMessage("study.settings.error.daily-new-limit");
        assertThatThrownBy(() -> new StudySettings(new BigDecimal("0.90"), 501))
                .isInstanceOf(InvalidStudySettingsException.class);
    }

    @Test
    void theDefaultsAreNinetyPercentAndTwentyNewCards() {
        assertThat(StudySettings.DEFAULTS.desiredRetention()).isEqualByComparingTo("0.90");
        assertThat(StudySettings.DEFAULTS.dailyNewLimit()).isEqualTo(20);
    }

    @Test
    void aClientReviewIdIsAShortPlainToken() {
        assertThat(new ClientReviewId("3f2b8c1e-0d4a-4e9b-9f57-2a1c6d8e0b44").value()).hasSize(36);
        assertThatThrownBy(() -> new ClientReviewId(null)).isInstanceOf(InvalidReviewException.class);
        assertThatThrownBy(() -> new ClientReviewId("short")).isInstanceOf(InvalidReviewException.class);
        assertThatThrownBy(() -> new ClientReviewId("x".repeat(65))).isInstanceOf(InvalidReviewException.class);
        assertThatThrownBy(() -> new ClientReviewId("<script>alert(1)</script>"))
                .isInstanceOf(InvalidReviewException.class);
    }

    @Test
    void everySettingsErrorKeyHasAMessage() throws Exception {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/study.properties")) {
            messages.load(in);
        }
        assertThat(messages).containsKeys("study.settings.error.retention", "study.settings.error.daily-new-limit");
    }
}
