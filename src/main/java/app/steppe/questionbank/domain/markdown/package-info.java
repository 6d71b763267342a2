/**
 * Safe rendering of authors' Markdown ({@link MarkdownRenderer}): exposed as a named interface so that the pages
 * of other modules (the attempt review shows explanations and option feedback) render it exactly as the bank does.
 */
@NamedInterface("markdown")
package app.steppe.questionbank.domain.markdown;

import org.springframework.modulith.NamedInterface;
