package org.guanxi.core.events;

/**
 * Sales reps were created, changed or deleted (a rep's team among them), published inside the writing transaction
 * or, for an import, when it has written: what was kept of the reps (the team a manager sees) is read again.
 */
public record SalesRepsChanged() {
}
