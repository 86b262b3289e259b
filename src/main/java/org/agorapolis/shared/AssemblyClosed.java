package org.agorapolis.shared;

/**
 * An assembly entered its closed phase, by a moderator's hand or on its closing date. Observed
 * after the transaction succeeds (reports: the council's report is archived).
 */
public record AssemblyClosed(long assemblyId) {
}
