package app.steppe.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import com.nulabinc.zxcvbn.Feedback;

import app.steppe.account.domain.Violation;

/** Puts the domain's violations next to their form fields, with zxcvbn's advice in the reader's language. */
@Component
class ViolationErrors {

    private final MessageSource messages;

    ViolationErrors(MessageSource messages) {
        this.messages = messages;
    }

    void reject(BindingResult binding, List<Violation> violations) {
        Locale locale = LocaleContextHolder.getLocale();
        for (Violation violation : violations) {
            Object[] args = violation.args().stream()
                    .map(arg -> arg instanceof Feedback feedback ? describe(feedback, locale) : arg)
                    .toArray();
            binding.rejectValue(violation.field(), violation.messageKey(), args, null);
        }
    }

    /** zxcvbn's warning and suggestions, from this application's messages (keys zxcvbn.*). */
    String describe(Feedback feedback, Locale locale) {
        Feedback localised = feedback.withResourceBundle(new ZxcvbnMessages(messages, locale));
        List<String> sentences = new ArrayList<>();
        String warning = localised.getWarning(locale);
        if (warning != null && !warning.isBlank()) {
            sentences.add(warning);
        }
        sentences.addAll(localised.getSuggestions(locale));
        return String.join(" ", sentences);
    }

    /** zxcvbn looks its message keys up in a ResourceBundle; this one reads them from the MessageSource. */
    static final class ZxcvbnMessages extends ResourceBundle {

        static final String PREFIX = "zxcvbn.";

        private final MessageSource messages;
        private final Locale locale;

        ZxcvbnMessages(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
            // A key missing from our messages falls back to zxcvbn's own English text rather than failing.
            setParent(ResourceBundle.getBundle("com/nulabinc/zxcvbn/messages", Locale.ROOT));
        }

        @Override
        protected Object handleGetObject(String key) {
            return messages.getMessage(PREFIX + key, null, null, locale);
        }

        @Override
        public java.util.Enumeration<String> getKeys() {
            return parent.getKeys();
        }
    }
}
