/**
 * Safe rendering of authors' Markdown ({@link app.steppe.questionbank.domain.markdown.MarkdownRenderer}); exposed
 * so that other modules showing an explanation or feedback render it the same safe way.
 */
@NamedInterface("markdown")
package app.steppe.questionbank.domain.markdown;

import org.springframework.modulith.NamedInterface;
