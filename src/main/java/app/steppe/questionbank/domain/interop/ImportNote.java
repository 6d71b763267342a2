package app.steppe.questionbank.domain.interop;

import java.util.List;

/** A message of the import report: a message key (interop or question-bank bundle) and its arguments. */
public record ImportNote(String key, List<Object> args) {

    public ImportNote {
        args = List.copyOf(args);
    }

    public static ImportNote of(String key, Object... args) {
        return new ImportNote(key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
