package org.guanxi.stakeholder;

/**
 * A reporting line to set: the person reports to the manager (both in the same account).
 */
public record ReportsToInput(String personId, String managerId) {
}
