/**
 * The scoring rules: one named pure function per question type ({@code SingleChoiceRule}, {@code
 * MultipleResponseRule}, …), dispatched by {@link app.steppe.grading.scoring.ScoringRules}. A student's {@link
 * app.steppe.grading.scoring.Response} names options and items by their index in the question as authored, never by
 * the shuffled position they were shown in; the result is a {@link app.steppe.grading.scoring.Mark}, a share of the
 * question's points. Plain Java: no Spring, no persistence (checked by {@code ScoringRulesArchitectureTest}).
 */
@NamedInterface("scoring")
package app.steppe.grading.scoring;

import org.springframework.modulith.NamedInterface;
