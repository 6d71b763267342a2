/**
 * Course readings: loading the texts in seeds/, versions by content hash, paragraphs with stable anchors, and adding readings in the browser.
 */
@ApplicationModule(displayName = "Readings")
package app.steppe.reading;

import org.springframework.modulith.ApplicationModule;
