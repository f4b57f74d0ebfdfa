package org.guanxi.stakeholder;

import java.util.List;

import org.guanxi.core.InvalidInput;

/**
 * A new reporting line would close a loop: the manager already reports, directly or not, to the person.
 */
public class ReportingCycle extends InvalidInput {

	/**
	 * @param personId the person who was to report to the manager
	 * @param managerId the intended manager
	 * @param chain the existing line from the manager up to the person, manager first
	 */
	public ReportingCycle(String personId, String managerId, List<String> chain) {
		super("error.reportingCycle", personId, managerId, String.join(" -> ", chain));
	}

}
