package org.agorapolis.reports;

import java.util.Optional;

/**
 * What a report covers: the whole town (every published assembly) or one published assembly.
 * Drafts are never reported.
 */
public record ReportScope(Optional<Long> assemblyId) {

    public static final ReportScope TOWN = new ReportScope(Optional.empty());

    public ReportScope {
        assemblyId = assemblyId == null ? Optional.empty() : assemblyId;
    }

    public static ReportScope assembly(long id) {
        return new ReportScope(Optional.of(id));
    }

    /** The scope named by a request parameter: an assembly's number, or the town for anything else. */
    public static ReportScope parse(String assembly) {
        if (assembly == null || !assembly.matches("\\d{1,18}")) {
            return TOWN;
        }
        return assembly(Long.parseLong(assembly));
    }

    public boolean isTown() {
        return assemblyId.isEmpty();
    }

    /** The SQL condition on the assembly table under {@code alias}, with {@code :assembly} to bind for one assembly. */
    public String condition(String alias) {
        String published = alias + ".phase <> 'DRAFT'";
        return isTown() ? published : published + " and " + alias + ".id = :assembly";
    }

    /** The query string that names this scope on the report's pages and downloads ("" for the town). */
    public String query() {
        return assemblyId.map(id -> "assembly=" + id).orElse("");
    }
}
