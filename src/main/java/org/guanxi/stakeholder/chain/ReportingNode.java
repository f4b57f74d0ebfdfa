package org.guanxi.stakeholder.chain;

import org.guanxi.stakeholder.Person;

/**
 * One person of the reporting tree, listed in tree order (each person right before its reports).
 *
 * @param depth 0 for a root (no manager in the account)
 * @param managerId the person's manager, null for a root
 * @param directReports how many people report to this person
 */
public record ReportingNode(Person person, int depth, String managerId, int directReports) {
}
