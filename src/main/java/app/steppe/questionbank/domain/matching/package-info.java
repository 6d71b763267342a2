/**
 * Normalising and matching what students typed: numbers read from free text ({@link NumericAnswerParser}), short
 * text compared after normalisation ({@link TextNormaliser}) and the course-wide spellings ({@link
 * SpellingEquivalents}, {@link ShortTextMatcher}). Plain Java, exposed to the grading module as a named interface.
 */
@NamedInterface("matching")
package app.steppe.questionbank.domain.matching;

import org.springframework.modulith.NamedInterface;
