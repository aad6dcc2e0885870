package vn.kstthc.catalogue;

/** Filters of the catalogue list; a null filter is not applied. {@code text} searches name and code. */
public record CatalogueQuery(
    String field, TthcLevel level, TthcKind kind, TthcState state, String owningUnit, String text, int page, int size) {}
