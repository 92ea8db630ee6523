package io.cellwright.validation.selector;

import java.util.List;
import java.util.stream.Collectors;

import io.cellwright.model.catalog.Fact;
import io.cellwright.model.catalog.SourceRef;

/** How the selector's reasons name their sources: the fact's 002 sources when it has any (the newest overview), else all of them. */
final class Citations {

    private Citations() {
    }

    /** {@code 002 comparison table, row "System voltage"} */
    static String of(Fact fact) {
        if (fact == null) {
            return "no source in the catalog";
        }
        List<SourceRef> from002 = fact.getSources().stream()
                .filter(s -> s.getDocument() != null && SystemDesignRecommendation.DOCUMENT.equals(s.getDocument().getId())).toList();
        List<SourceRef> sources = from002.isEmpty() ? fact.getSources() : from002;
        return sources.stream().map(Citations::of).distinct().collect(Collectors.joining("; "));
    }

    static String of(SourceRef ref) {
        StringBuilder text = new StringBuilder(ref.getDocument() == null ? "?" : ref.getDocument().getId());
        if (ref.getTable() != null) {
            text.append(' ').append(ref.getTable());
            if (ref.getRow() != null) {
                text.append(", row \"").append(ref.getRow()).append('"');
            }
        } else if (ref.getSection() != null) {
            boolean numbered = ref.getSection().matches("§?[0-9][0-9.]*");
            text.append(numbered ? " §" + ref.getSection().replaceFirst("^§", "") : " \"" + ref.getSection() + "\"");
            if (ref.getRow() != null) {
                text.append(", row \"").append(ref.getRow()).append('"');
            }
        }
        return text.toString();
    }
}
