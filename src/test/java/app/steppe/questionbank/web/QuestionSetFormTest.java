package app.steppe.questionbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionSetFormTest {

    @Test
    void tagsAreSplitOnCommasTrimmedAndEmptyOrRepeatedOnesDropped() {
        var form = new QuestionSetForm("s", "T", "", "r", " china, russia ,,china , ", null);

        assertThat(form.tagList()).containsExactly("china", "russia");
    }

    @Test
    void blankFieldsBecomeEmptyForTheDomainToReportAndABlankDescriptionNone() {
        var header = new QuestionSetForm(null, "  ", "   ", null, null, null).header();

        assertThat(header.slug()).isEmpty();
        assertThat(header.title()).isEmpty();
        assertThat(header.readingSlug()).isEmpty();
        assertThat(header.description()).isNull();
        assertThat(header.tags()).isEmpty();
    }

    @Test
    void violationPathsOfTheFileFormatLandOnTheFormFields() {
        assertThat(QuestionSetViolations.field("set")).isEqualTo("slug");
        assertThat(QuestionSetViolations.field("title")).isEqualTo("title");
        assertThat(QuestionSetViolations.field("reading")).isEqualTo("readingSlug");
        assertThat(QuestionSetViolations.field("tags[3]")).isEqualTo("tags");
        assertThat(QuestionSetViolations.field("")).isNull();
    }

    @Test
    void theSetPathKeepsOnlyTheFiltersInUseEncoded() {
        assertThat(new QuestionSetFilter(" ", null, "").setPath(7)).isEqualTo("/instructor/question-sets/7");
        assertThat(new QuestionSetFilter("a&b", "numeric", "x y").setPath(7))
                .isEqualTo("/instructor/question-sets/7?tag=a%26b&type=numeric&search=x%20y");
        assertThat(new QuestionSetFilter(null, "no-such-type", null).active()).isFalse();
    }
}
